//! Byte-level lexing shared by the date recogniser and the time joiner: numeric runs, the words
//! before and after a position, case-insensitive list look-ups. Nothing here allocates.

use std::ops::Range;

/// The en dash `–`, written between the ends of ranges by some newsrooms.
const EN_DASH: &[u8] = "–".as_bytes();

/// Length of the numeric-run character starting at `i` (digit, `/`, `.`, `-`, `–`), else 0.
fn run_char_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'0'..=b'9' | b'/' | b'.' | b'-' => 1,
        0xE2 if bytes[i..].starts_with(EN_DASH) => EN_DASH.len(),
        _ => 0,
    }
}

/// Length of a dash (`-` or `–`) at the start of `s`, else 0.
pub(super) fn dash_len(s: &[u8]) -> usize {
    if s.starts_with(b"-") {
        1
    } else if s.starts_with(EN_DASH) {
        EN_DASH.len()
    } else {
        0
    }
}

/// Length of a dash (`-` or `–`) at the end of `s`.
fn trailing_dash_len(s: &[u8]) -> Option<usize> {
    if s.ends_with(b"-") {
        Some(1)
    } else if s.ends_with(EN_DASH) {
        Some(EN_DASH.len())
    } else {
        None
    }
}

/// The maximal runs of ASCII digits of a text, found 16 bytes at a time. Digits are a few
/// percent of news text, so this is the whole cost of the `dates` stage on most lines.
#[derive(Debug)]
pub(super) struct DigitRuns<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> DigitRuns<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        DigitRuns { bytes, pos: 0 }
    }

    /// Continues the scan at `pos` (when a caller consumed more than the digit run).
    pub(super) fn resume_at(&mut self, pos: usize) {
        self.pos = self.pos.max(pos);
    }
}

/// Offset of the first ASCII digit at or after `i`, or `bytes.len()`.
///
/// Digits are rare in prose, so this search is most of the stage's cost on clean text. On
/// x86-64 it tests 16 bytes per step with SSE2 (part of the x86-64 baseline, so always there);
/// elsewhere it is a plain byte loop.
fn find_digit(bytes: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
            _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        // SAFETY (all blocks): SSE2 is enabled on every x86-64 target, and each unaligned
        // 16-byte load starts at `at` with `at + 16 <= bytes.len()` by the loop conditions.
        let digits = |at: usize| unsafe {
            let v = _mm_loadu_si128(bytes.as_ptr().add(at).cast::<__m128i>());
            // Signed compares: bytes >= 0x80 are negative, so never inside '0'..='9'.
            let above = _mm_cmpgt_epi8(v, _mm_set1_epi8(b'0' as i8 - 1));
            let below = _mm_cmplt_epi8(v, _mm_set1_epi8(b'9' as i8 + 1));
            _mm_and_si128(above, below)
        };
        // 64 bytes per step while nothing is found, then 16 to locate the digit.
        while i + 64 <= bytes.len() {
            let any = unsafe {
                let all = _mm_or_si128(
                    _mm_or_si128(digits(i), digits(i + 16)),
                    _mm_or_si128(digits(i + 32), digits(i + 48)),
                );
                _mm_movemask_epi8(all)
            };
            if any != 0 {
                break;
            }
            i += 64;
        }
        while i + 16 <= bytes.len() {
            let mask = unsafe { _mm_movemask_epi8(digits(i)) };
            if mask != 0 {
                return i + mask.trailing_zeros() as usize;
            }
            i += 16;
        }
        // The last partial block: one load ending at the end, minus the bytes already seen.
        if i < bytes.len() && bytes.len() >= 16 {
            let last = bytes.len() - 16;
            let mask = unsafe { _mm_movemask_epi8(digits(last)) } >> (i - last);
            return if mask != 0 {
                i + mask.trailing_zeros() as usize
            } else {
                bytes.len()
            };
        }
    }
    while i < bytes.len() && !bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

impl Iterator for DigitRuns<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.bytes;
        let mut i = find_digit(bytes, self.pos);
        if i >= bytes.len() {
            self.pos = bytes.len();
            return None;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        self.pos = i;
        Some(start..i)
    }
}

/// A maximal run of digits and date separators, with its date-like core isolated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Run {
    /// The whole run, leading/trailing dashes and a sentence-final `.` included.
    pub(super) all: Range<usize>,
    /// The part from the first to the last digit.
    pub(super) core: Range<usize>,
    /// The run starts with a dash after a space (`30/11 -2/12`): a range connective.
    pub(super) lead_dash: bool,
    /// The run ends with a dash before a space (`6- 7/12`): a range connective.
    pub(super) trail_dash: bool,
}

/// The start of the numeric run that contains byte `i`.
pub(super) fn run_start(bytes: &[u8], mut i: usize) -> usize {
    loop {
        if i > 0 && matches!(bytes[i - 1], b'0'..=b'9' | b'/' | b'.' | b'-') {
            i -= 1;
        } else if i >= EN_DASH.len() && bytes[..i].ends_with(EN_DASH) {
            i -= EN_DASH.len();
        } else {
            return i;
        }
    }
}

/// The end of the numeric run starting at `start`.
pub(super) fn run_end(bytes: &[u8], mut end: usize) -> usize {
    while end < bytes.len() {
        match run_char_len(bytes, end) {
            0 => break,
            n => end += n,
        }
    }
    end
}

/// The numeric run starting at `start`, when it stands alone as a token: bounded by spaces or by
/// brackets, quotes and clause punctuation, never glued to letters, `_`, `%`, `,5`, `/x` (spec
/// §5: "whole tokens, never substrings of a longer digit/slash/letter token").
pub(super) fn run_at(text: &str, start: usize) -> Option<Run> {
    let bytes = text.as_bytes();
    let end = run_end(bytes, start);
    let mut core = start..end;
    let lead = dash_len(&bytes[start..end]);
    let lead_dash = lead > 0;
    if lead_dash {
        if !before_is(text, start, char::is_whitespace) {
            return None;
        }
        core.start += lead;
    }
    if !before_is(text, start, opens) {
        return None;
    }
    let mut trail_dash = false;
    if bytes[..core.end].ends_with(b".") && after_is(text, end, closes) {
        core.end -= 1; // sentence-final full stop
    } else if let Some(n) = trailing_dash_len(&bytes[core.clone()]) {
        if !after_is(text, end, char::is_whitespace) {
            return None;
        }
        trail_dash = true;
        core.end -= n;
    }
    if core.start >= core.end
        || !bytes[core.start].is_ascii_digit()
        || !bytes[core.end - 1].is_ascii_digit()
        || !after_is(text, end, closes)
    {
        return None;
    }
    Some(Run {
        all: start..end,
        core,
        lead_dash,
        trail_dash,
    })
}

/// Whether the character before `i` (or the start of the text) satisfies `f`.
fn before_is(text: &str, i: usize, f: impl Fn(char) -> bool) -> bool {
    text[..i].chars().next_back().map_or(true, f)
}

/// Whether the character at `i` (or the end of the text) satisfies `f`; a `,`, `.` or `:` counts
/// as punctuation only when no digit follows it (`2,5`, `2.12.5`, `14:30` are one token).
fn after_is(text: &str, i: usize, f: impl Fn(char) -> bool) -> bool {
    let mut rest = text[i..].chars();
    match rest.next() {
        None => true,
        Some(c @ (',' | '.' | ':')) => f(c) && !rest.next().is_some_and(|n| n.is_ascii_digit()),
        Some(c) => f(c),
    }
}

/// What may stand before a token: a space or an opening bracket or quote.
fn opens(c: char) -> bool {
    c.is_whitespace() || is_opening(c)
}

/// What may stand after a token: a space, a closing bracket or quote, clause punctuation.
fn closes(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ')' | ']'
                | '}'
                | '"'
                | '\''
                | '”'
                | '’'
                | '»'
                | '…'
                | ','
                | '.'
                | ';'
                | ':'
                | '!'
                | '?'
        )
}

/// A word folded to lower case once, so that comparing it with the word lists is a byte
/// comparison (the lists are lower case NFC). Words longer than any list entry fold to nothing.
#[derive(Clone, Copy, Debug)]
pub(super) struct Folded {
    bytes: [u8; Folded::CAP],
    len: usize,
}

impl Folded {
    const CAP: usize = 24;

    pub(super) fn new(word: &str) -> Folded {
        let mut f = Folded {
            bytes: [0; Folded::CAP],
            len: 0,
        };
        if word.len() > Folded::CAP {
            f.len = usize::MAX;
            return f;
        }
        for c in word.chars() {
            let mut push = |l: char| {
                let mut buf = [0; 4];
                let s = l.encode_utf8(&mut buf).as_bytes();
                if f.len + s.len() > Folded::CAP {
                    f.len = usize::MAX;
                } else if f.len != usize::MAX {
                    f.bytes[f.len..f.len + s.len()].copy_from_slice(s);
                    f.len += s.len();
                }
            };
            match vietnamese_lower(c) {
                Some(l) => push(l),
                None => c.to_lowercase().for_each(&mut push),
            }
        }
        f
    }

    /// Whether the folded word is one of `list`.
    pub(super) fn is_one_of(&self, list: &[&str]) -> bool {
        self.len <= Folded::CAP && list.iter().any(|w| w.as_bytes() == &self.bytes[..self.len])
    }
}

/// The lower case of ASCII and of the Vietnamese letters without a table look-up (upper and
/// lower case alternate in their blocks); `None` for anything else.
fn vietnamese_lower(c: char) -> Option<char> {
    let cp = c as u32;
    let lower = match cp {
        0..=0x7F => c.to_ascii_lowercase() as u32,
        0xC0..=0xDE if cp != 0xD7 => cp + 0x20,
        0xDF..=0xFF => cp,
        0x100..=0x12F | 0x168..=0x169 | 0x1EA0..=0x1EF9 => cp | 1,
        0x1A0 | 0x1AF => cp + 1,
        0x1A1 | 0x1B0 => cp,
        _ => return None,
    };
    char::from_u32(lower)
}

/// Case-insensitive membership of a word in a lower-case list.
pub(super) fn is_one_of(word: &str, list: &[&str]) -> bool {
    Folded::new(word).is_one_of(list)
}

/// A word seen while walking away from a candidate.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word<'a> {
    /// The word without surrounding brackets, quotes and punctuation (may be empty: `(`).
    pub(super) text: &'a str,
    /// Byte offset just after `text`.
    pub(super) end: usize,
    /// Clause punctuation (`, ; : . ! ?`) follows the word: the phrase is broken there.
    pub(super) broken: bool,
}

impl Word<'_> {
    /// The word in lower case, for the word lists (computed on demand: most words seen while
    /// walking are only checked for punctuation or position).
    pub(super) fn lower(&self) -> Folded {
        Folded::new(self.text)
    }
}

fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '«')
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»' | ',' | ';' | ':' | '.' | '!' | '?' | '…'
    )
}

fn strip_word(text: &str, range: Range<usize>) -> Word<'_> {
    let raw = &text[range.clone()];
    let head = raw.trim_start_matches(is_opening);
    let word = head.trim_end_matches(is_closing);
    let start = range.start + (raw.len() - head.len());
    Word {
        text: word,
        end: start + word.len(),
        broken: head[word.len()..]
            .bytes()
            .any(|b| matches!(b, b',' | b';' | b':' | b'.' | b'!' | b'?')),
    }
}

/// The words before a position, nearest first. Word-segmented tokens are split at `_`
/// (`rạng_sáng` gives `sáng`, then `rạng`), so segmented and plain text read alike.
#[derive(Clone, Debug)]
pub(super) struct PrevWords<'a> {
    text: &'a str,
    /// Start of the current whitespace-delimited token.
    token_start: usize,
    /// End of the part of the current token not yet returned.
    cursor: usize,
}

impl<'a> PrevWords<'a> {
    pub(super) fn new(text: &'a str, pos: usize) -> Self {
        PrevWords {
            text,
            token_start: pos,
            cursor: pos,
        }
    }
}

impl<'a> Iterator for PrevWords<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        let bytes = self.text.as_bytes();
        if self.cursor <= self.token_start {
            // Move to the previous token; a line break ends the walk.
            let mut end = self.token_start;
            while end > 0 && matches!(bytes[end - 1], b' ' | b'\t') {
                end -= 1;
            }
            if end == 0 || matches!(bytes[end - 1], b'\n' | b'\r') {
                return None;
            }
            let mut start = end;
            while start > 0 && !bytes[start - 1].is_ascii_whitespace() {
                start -= 1;
            }
            self.token_start = start;
            self.cursor = end;
        }
        let part = &bytes[self.token_start..self.cursor];
        let cut = memchr::memrchr(b'_', part).map(|u| self.token_start + u);
        let from = cut.map_or(self.token_start, |u| u + 1);
        let word = strip_word(self.text, from..self.cursor);
        self.cursor = cut.unwrap_or(self.token_start);
        Some(word)
    }
}

/// The first word after `pos` when only spaces (or a segmentation `_`) separate it, else `None`:
/// punctuation right after a date closes the phrase, so nothing after it can qualify the date.
pub(super) fn next_word(text: &str, pos: usize) -> Option<Word<'_>> {
    let rest = &text[pos..];
    let trimmed = rest.trim_start_matches([' ', '\t', '_']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let len = trimmed
        .find(|c: char| c.is_whitespace() || c == '_')
        .unwrap_or(trimmed.len());
    let start = pos + rest.len() - trimmed.len();
    Some(strip_word(text, start..start + len))
}

/// `n` when `word` is a number of at most two digits.
pub(super) fn small_number(word: &str) -> Option<u8> {
    let b = word.as_bytes();
    match b {
        [d] if d.is_ascii_digit() => Some(d - b'0'),
        [t, d] if t.is_ascii_digit() && d.is_ascii_digit() => Some((t - b'0') * 10 + d - b'0'),
        _ => None,
    }
}

/// A clock time written as one token: `14h`, `14h30`, `9g30`, `14:30`.
pub(super) fn is_clock_time(word: &str) -> bool {
    let b = word.as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours) || b.len() == hours {
        return false;
    }
    let minutes = &b[hours + 1..];
    let two_digits = minutes.len() == 2 && minutes.iter().all(u8::is_ascii_digit);
    match b[hours] {
        b'h' | b'g' => minutes.is_empty() || two_digits,
        b':' => two_digits,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_whole_tokens() {
        fn core(t: &str, at: usize) -> Option<&str> {
            run_at(t, at).map(|r| &t[r.core])
        }
        assert_eq!(core("hôm 2.12.", 5), Some("2.12"));
        assert_eq!(core("(27/11/2024),", 1), Some("27/11/2024"));
        assert_eq!(core("6- 7/12", 0), Some("6"));
        assert_eq!(core("a -7/12", 2), Some("7/12"));
        assert_eq!(core("v1.2.2024", 1), None);
        assert_eq!(core("12/2024/NĐ-CP", 0), None);
        assert_eq!(core("2.12,5", 0), None);
        assert_eq!(core("1/2%", 0), None);
        assert_eq!(core("x-2.12", 2), None);
        assert_eq!(core("2/12/", 0), None);
    }

    #[test]
    fn previous_words_split_segmented_tokens() {
        let text = "vào rạng_sáng (";
        let words: Vec<&str> = PrevWords::new(text, text.len()).map(|w| w.text).collect();
        assert_eq!(words, ["", "sáng", "rạng", "vào"]);
        let line = "a\nhôm qua, ";
        let w: Vec<(&str, bool)> = PrevWords::new(line, line.len())
            .map(|w| (w.text, w.broken))
            .collect();
        assert_eq!(w, [("qua", true), ("hôm", false)]);
    }

    #[test]
    fn next_word_needs_a_space() {
        let word = |t, at| next_word(t, at).map(|w| w.text);
        assert_eq!(word("2.12 dân_số", 4), Some("dân"));
        assert_eq!(word("2.12 dân_số", 9), Some("số"));
        assert_eq!(word("2.12, người", 4), None);
        assert_eq!(word("2.12 %)", 4), Some("%"));
    }

    #[test]
    fn digit_runs_match_a_plain_scan() {
        let text = "0 a12bc 3456789 x9 ậ 2024-12-02/7 ١٢ 99";
        let runs: Vec<&str> = DigitRuns::new(text.as_bytes()).map(|r| &text[r]).collect();
        assert_eq!(
            runs,
            ["0", "12", "3456789", "9", "2024", "12", "02", "7", "99"]
        );
        for b in 0..=255u8 {
            let mut block = [b'a'; 40];
            block[20] = b;
            let want = if b.is_ascii_digit() { 20 } else { 40 };
            assert_eq!(find_digit(&block, 0), want, "byte {b:#x}");
            assert_eq!(find_digit(&block, 17), want, "byte {b:#x} from 17");
        }
        for len in [5, 16, 40, 70, 130] {
            for pos in 0..len {
                let mut block = vec![b'x'; len];
                block[pos] = b'7';
                for start in 0..=pos {
                    assert_eq!(
                        find_digit(&block, start),
                        pos,
                        "len {len} pos {pos} from {start}"
                    );
                }
                assert_eq!(find_digit(&block, pos + 1), len);
            }
        }
        let long = format!("{}7{}", "ậ".repeat(40), "x".repeat(70));
        let runs: Vec<_> = DigitRuns::new(long.as_bytes()).collect();
        assert_eq!((runs.len(), runs[0].clone()), (1, 120..121));
    }

    #[test]
    fn clock_times() {
        for t in ["14h", "14h30", "9g30", "14:30"] {
            assert!(is_clock_time(t), "{t}");
        }
        for t in ["h", "14", "14h3", "14:3", "123h", "14x30"] {
            assert!(!is_clock_time(t), "{t}");
        }
    }

    #[test]
    fn vietnamese_lower_agrees_with_unicode() {
        let ranges = [0..0x180u32, 0x1A0..0x1B1, 0x1EA0..0x1EFA];
        for cp in ranges.into_iter().flatten() {
            let c = char::from_u32(cp).unwrap();
            if let Some(l) = vietnamese_lower(c) {
                assert_eq!(Some(l), c.to_lowercase().next(), "{c:?}");
            }
        }
    }

    #[test]
    fn case_insensitive_lists() {
        assert!(is_one_of("Hôm", &["hôm"]));
        assert!(is_one_of("ĐẾN", &["đến"]));
        assert!(!is_one_of("hom", &["hôm"]));
    }
}
