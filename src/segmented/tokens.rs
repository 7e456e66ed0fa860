//! Splitting a line into tokens, and what a token tells about segmentation.
//!
//! Tokens are separated by runs of spaces. underthesea also glues punctuation to a neighbouring
//! word with `_` (`Damas_«`, `chào_»`): in a token with a letter or digit, an `_` next to a
//! punctuation-only part is a token separator too (a "`_` gap"). A token of symbols only (`(_)`,
//! `^_^`, underthesea's rare `}_«`) stays whole: splitting it would let a re-run delete an `_`
//! that the first run kept.

use crate::syllable::is_syllable;

/// One token of a line; offsets are bytes into the line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    /// Start of the gap before the token (`== start` for the first token of a line).
    pub gap: usize,
    /// The gap before is one `_` (underthesea's word–punctuation glue), not spaces.
    pub underscore_gap: bool,
}

/// Appends the tokens of `line` (without its `\n`; a final `\r` is left out) to `out`.
pub(super) fn tokenize<'a>(line: &'a str, out: &mut Vec<Token<'a>>) {
    let body = line.strip_suffix('\r').unwrap_or(line);
    let mut gap = 0;
    let mut pos = 0;
    for raw in body.split(' ') {
        if !raw.is_empty() {
            split_raw(raw, pos, gap, out);
            gap = pos + raw.len();
        }
        pos += raw.len() + 1;
    }
}

/// Splits one space-delimited token at `_` glue next to punctuation-only parts.
fn split_raw<'a>(raw: &'a str, start: usize, gap: usize, out: &mut Vec<Token<'a>>) {
    let first = Token {
        text: raw,
        start,
        gap: if out.is_empty() { start } else { gap },
        underscore_gap: false,
    };
    // Only glue between a word and punctuation is split: `(_)` or `^_^` is a symbol of its own.
    if !raw.contains('_') || protected_shape(raw) || !raw.chars().any(char::is_alphanumeric) {
        out.push(first);
        return;
    }
    // Parts are never empty here: `__` and leading/trailing `_` are protected shapes.
    let mut cur = first;
    cur.text = "";
    let mut at = start;
    let mut prev_punct = false;
    for part in raw.split('_') {
        let punct = !part.chars().any(char::is_alphanumeric);
        if cur.text.is_empty() {
            cur.text = &raw[at - start..at - start + part.len()];
        } else if punct || prev_punct {
            out.push(cur);
            cur = Token {
                text: &raw[at - start..at - start + part.len()],
                start: at,
                gap: at - 1,
                underscore_gap: true,
            };
        } else {
            cur.text = &raw[cur.start - start..at - start + part.len()];
        }
        prev_punct = punct;
        at += part.len() + 1;
    }
    out.push(cur);
}

/// Shapes that are never split or rewritten (spec §6, protected tokens): URLs, e-mails,
/// `@handles`, `#hash_tags`, `__dunder__`, `_private`, `trailing_`, code in backticks.
fn protected_shape(t: &str) -> bool {
    t.contains("://")
        || t.contains("www.")
        || t.contains('@')
        || t.starts_with('#')
        || t.contains("__")
        || t.starts_with('_')
        || t.ends_with('_')
        || t.contains('`')
}

/// What a token containing `_` says about segmentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Underscored {
    /// No `_` in the token.
    No,
    /// A word joined by a segmenter: every part is a syllable or a name part. `accented` when
    /// some letter is not ASCII (strong evidence: identifiers are almost never accented).
    Joined { accented: bool },
    /// A URL, e-mail, handle or hashtag: neutral, found in plain and segmented text alike.
    Neutral,
    /// Anything else (`max_length`, `bao_cao.pdf`, `API_KEY`): evidence of plain text.
    Foreign,
}

pub(super) fn underscored(t: &str) -> Underscored {
    if !t.contains('_') {
        return Underscored::No;
    }
    if t.contains("://") || t.contains("www.") || t.contains('@') || t.starts_with('#') {
        return Underscored::Neutral;
    }
    if protected_shape(t) {
        return Underscored::Foreign;
    }
    // Parts: syllables and name parts are words; numbers may ride along (underthesea's
    // `1.250_ca`, `6.578_ft`); another Latin word is accepted only next to an accented
    // syllable, which no identifier has (underthesea's `Hội_đồng_cricket`, `Hồi_giáo_Shi'a`),
    // or after a name (binomials: `Acer_griseum`, `Otus_lettia`).
    let (mut words, mut accented, mut other, mut number_first, mut name_first) =
        (0, false, 0, false, false);
    for (n, part) in t.split('_').enumerate() {
        if is_syllable(part) || is_name_part(part) {
            // A plain name: `A-max` may be the result of gluing `A - max`.
            name_first |= n == 0 && is_name_part(part) && !part.contains('-');
            words += 1;
            accented |= !part.is_ascii() && is_syllable(part);
        } else if is_number(part) {
            number_first |= n == 0;
        } else if is_word(part) {
            other += 1;
        } else {
            return Underscored::Foreign;
        }
    }
    // ALL_CAPS_WITH_UNDERSCORES is a constant name, not a segmented word.
    let constant = t.is_ascii() && !t.chars().any(char::is_lowercase);
    let others_ok = other == 0 || accented || name_first || number_first && words == 0;
    if words + other == 0 || constant || !others_ok {
        return Underscored::Foreign;
    }
    Underscored::Joined {
        accented: !t.is_ascii(),
    }
}

/// A part of a proper name the segmenters join like a word: a capital letter followed by letters,
/// digits or inner hyphens (`Donald`, `Hezbollah`, and from underthesea `U23_thắng`,
/// `Kim_Jong-un`, `Covid-19_mới`), an initial (`Q.` in pyvi's `Nguyễn_Q.`), or a word of a
/// script without case (`カタカナ`, `دارالسلام`).
pub(super) fn is_name_part(part: &str) -> bool {
    let mut chars = part.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    first.is_uppercase()
        && (rest == "."
            || !rest.ends_with('-') && rest.chars().all(|c| c.is_alphanumeric() || c == '-'))
        || part
            .chars()
            .all(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
}

/// A word of letters, possibly with inner `'` or `-` (`cricket`, `Shi'a`, `kilo-héc`).
fn is_word(part: &str) -> bool {
    part.starts_with(char::is_alphabetic)
        && part.ends_with(char::is_alphabetic)
        && part
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
}

/// A number as the tokenisers keep it: digits with inner `.` `,` `-` `/` (`25.000`, `1,5`,
/// `2-1`, `7/12`). underthesea joins them to words (`1.250_ca`, `2.12_ẢNH`).
pub(super) fn is_number(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.ends_with(|c: char| c.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b".,-/".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        tokenize(line, &mut out);
        out.iter().map(|t| (t.text, t.underscore_gap)).collect()
    }

    #[test]
    fn splits_on_spaces_and_underscore_glue() {
        assert_eq!(
            texts("Damas_« có  khả_năng }_« chào_» .\r"),
            vec![
                ("Damas", false),
                ("«", true),
                ("có", false),
                ("khả_năng", false),
                ("}_«", false),
                ("chào", false),
                ("»", true),
                (".", false)
            ]
        );
        assert_eq!(
            texts("user_id __init__"),
            vec![("user_id", false), ("__init__", false)]
        );
    }

    #[test]
    fn offsets_point_into_the_line() {
        let line = " a  b_» c";
        let mut out = Vec::new();
        tokenize(line, &mut out);
        for t in &out {
            assert_eq!(&line[t.start..t.start + t.text.len()], t.text);
        }
        assert_eq!(
            (out[0].gap, out[1].gap, out[2].gap, out[3].gap),
            (1, 2, 5, 8)
        );
    }

    #[test]
    fn underscore_classes() {
        use Underscored::*;
        for (t, want) in [
            ("Hà_Nội", Joined { accented: true }),
            ("Bachar_Al_Assad", Joined { accented: false }),
            ("U23_thắng", Joined { accented: true }),
            ("ma_tran", Joined { accented: false }),
            ("max_length", Foreign),
            ("user_id", Foreign),
            ("API_KEY", Foreign),
            ("bao_cao.pdf", Foreign),
            ("năm_2024", Joined { accented: true }),
            ("1.250_ca", Joined { accented: false }),
            ("Kim_Jong-un", Joined { accented: false }),
            ("2024_12", Foreign),
            ("Hội_đồng_cricket", Joined { accented: true }),
            ("6.578_ft", Joined { accented: false }),
            ("Nguyễn_Q.", Joined { accented: true }),
            ("Katakana_カタカナ", Joined { accented: true }),
            ("of_the", Foreign),
            ("Acer_griseum", Joined { accented: false }),
            ("file_2", Foreign),
            ("MAX_2", Foreign),
            ("#hà_nội", Neutral),
            ("nguyen_van_a@gmail.com", Neutral),
            ("https://x.vn/bai_viet_1", Neutral),
            ("Hà", No),
        ] {
            assert_eq!(underscored(t), want, "{t}");
        }
    }
}
