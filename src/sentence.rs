//! A Vietnamese sentence splitter for `vietnorm clean --sentences`.
//!
//! A sentence ends at a run of `.` `!` `?` `…` (plus any closing quotes or brackets right after
//! it) when whitespace follows and the next text starts like a sentence: an upper-case letter, a
//! digit, an opening quote or bracket, or a dash (dialogue). A line break always ends a sentence.
//!
//! What this gets right without a list: numbers (`1.200`, `2.12`) and dotted names (`TP.HCM`,
//! `Q.1`) have no space after the dot; an ellipsis followed by a lower-case word (`mà… thôi`)
//! continues the sentence. What needs the list in `data/abbreviations.txt`: titles and
//! unit names followed by a capitalised name (`ThS. Nguyễn`, `PGS.TS. Lê`, `TP. Hồ Chí Minh`).
//! A single letter before a dot is an initial (`Nguyễn V. A.`, `Q. 1`) and never ends a sentence.
//!
//! Known limits, accepted for a corpus tool: an abbreviation that really ends a sentence keeps
//! the next sentence attached, and quoted speech without closing punctuation is not split.

use std::collections::HashSet;
use std::sync::OnceLock;

fn abbreviations() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../data/abbreviations.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '-' | '–' | '—'
        )
}

/// Whether the `.` at byte `dot` of `line` ends an abbreviation or an initial.
fn ends_abbreviation(line: &str, dot: usize) -> bool {
    let before = &line[..dot];
    let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[word_start..];
    let mut chars = word.chars();
    let single_letter = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    single_letter || abbreviations().contains(word)
}

/// Splits `text` into sentences, trimmed, in order, none empty.
///
/// ```
/// let s = vietnorm::sentence::split("PGS.TS. Lê Văn A ở TP. Hồ Chí Minh nói: “Giá tăng 1.200 đồng.” Sau đó… ông đi.");
/// assert_eq!(s, ["PGS.TS. Lê Văn A ở TP. Hồ Chí Minh nói: “Giá tăng 1.200 đồng.”", "Sau đó… ông đi."]);
/// ```
pub fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        split_line(line, &mut out);
    }
    out
}

fn split_line<'a>(line: &'a str, out: &mut Vec<&'a str>) {
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_terminator(c) {
            continue;
        }
        let mut run_len = 1;
        let mut end = at + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if !(is_terminator(c) || is_closer(c)) {
                break;
            }
            run_len += usize::from(is_terminator(c));
            end = i + c.len_utf8();
            chars.next();
        }
        let rest = &line[end..];
        let next = rest.trim_start();
        let followed_by_space = next.len() < rest.len();
        let is_boundary = followed_by_space
            && next.chars().next().is_some_and(starts_sentence)
            && !(c == '.' && run_len == 1 && ends_abbreviation(line, at));
        if is_boundary {
            push_trimmed(&line[start..end], out);
            start = end;
        }
    }
    push_trimmed(&line[start..], out);
}

fn push_trimmed<'a>(s: &'a str, out: &mut Vec<&'a str>) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s);
    }
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_and_keeps_together() {
        let cases: &[(&str, &[&str])] = &[
            ("Trời mưa. Đường ngập!", &["Trời mưa.", "Đường ngập!"]),
            (
                "Giá tăng 1.200 đồng. Dân lo.",
                &["Giá tăng 1.200 đồng.", "Dân lo."],
            ),
            (
                "Hôm 2.12 quân đội tiến vào.",
                &["Hôm 2.12 quân đội tiến vào."],
            ),
            (
                "Ông sống ở Q.1, TP.HCM. Bà ở Hà Nội.",
                &["Ông sống ở Q.1, TP.HCM.", "Bà ở Hà Nội."],
            ),
            (
                "Gặp ThS. Nguyễn Văn A và PGS.TS. Trần B hôm qua.",
                &["Gặp ThS. Nguyễn Văn A và PGS.TS. Trần B hôm qua."],
            ),
            (
                "Trụ sở ở TP. Hồ Chí Minh, Q. 3.",
                &["Trụ sở ở TP. Hồ Chí Minh, Q. 3."],
            ),
            (
                "Tác giả Nguyễn V. A. viết vậy.",
                &["Tác giả Nguyễn V. A. viết vậy."],
            ),
            ("Anh ấy nói... rồi thôi.", &["Anh ấy nói... rồi thôi."]),
            (
                "Chờ mãi… Cuối cùng anh đến.",
                &["Chờ mãi…", "Cuối cùng anh đến."],
            ),
            (
                "Thật sao?! Không thể nào.",
                &["Thật sao?!", "Không thể nào."],
            ),
            (
                "Ông nói: \"Tôi đi.\" Rồi ông đi.",
                &["Ông nói: \"Tôi đi.\"", "Rồi ông đi."],
            ),
            (
                "Bà hỏi: “Ai đó?” Không ai trả lời.",
                &["Bà hỏi: “Ai đó?”", "Không ai trả lời."],
            ),
            ("Năm 2011. 2012 khác hẳn.", &["Năm 2011.", "2012 khác hẳn."]),
            (
                "Xem www.vnexpress.net. Hết.",
                &["Xem www.vnexpress.net.", "Hết."],
            ),
            (
                "Dòng một\nDòng hai. Câu ba.",
                &["Dòng một", "Dòng hai.", "Câu ba."],
            ),
            ("  ", &[]),
            ("Không dấu chấm cuối", &["Không dấu chấm cuối"]),
        ];
        for (input, expected) in cases {
            assert_eq!(split(input), *expected, "{input}");
        }
    }

    #[test]
    fn no_text_is_lost() {
        let text = "A. B? “C!” D… e. 1.200. F";
        let joined: String = split(text).concat();
        let without_spaces: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined.replace(' ', ""), without_spaces);
    }
}
