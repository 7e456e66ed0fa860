//! Splitting a line into tokens, and what a token tells about segmentation.
//!
//! Tokens are separated by runs of spaces. underthesea also glues punctuation to a neighbouring
//! word with `_` (`Damas_«`, `chào_»`): in a token with a letter or digit, an `_` next to a
//! punctuation-only part is a token separator too (a "`_` gap"). A token of symbols only (`(_)`,
//! `^_^`, underthesea's rare `}_«`) stays whole: splitting it would let a re-run delete an `_`
//! that the first run kept.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::tables::NAME_PARTICLES;
use crate::syllable;

/// One token of a line; offsets are bytes into the line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    /// Start of the gap before the token (`== start` for the first token of a line).
    pub gap: usize,
    /// The gap before is one `_` (underthesea's word–punctuation glue), not spaces.
    pub underscore_gap: bool,
    /// What the token's `_` say, computed once.
    pub kind: Underscored,
}

impl<'a> Token<'a> {
    /// The word before a following gap: the text after the last `_`.
    pub fn last_part(&self) -> &'a str {
        match self.kind {
            Underscored::No => self.text,
            _ => super::restore::last_part(self.text),
        }
    }

    /// The word after the gap before: the text up to the first `_`.
    pub fn first_part(&self) -> &'a str {
        match self.kind {
            Underscored::No => self.text,
            _ => super::restore::first_part(self.text),
        }
    }
}

/// Appends the tokens of `line` (without its `\n`; a final `\r` is left out) to `out`.
pub(super) fn tokenize<'a>(line: &'a str, out: &mut Vec<Token<'a>>) {
    let body = line.strip_suffix('\r').unwrap_or(line);
    let mut gap = 0;
    let mut pos = 0;
    let ends = memchr::memchr_iter(b' ', body.as_bytes()).chain(std::iter::once(body.len()));
    for end in ends {
        let raw = &body[pos..end];
        if !raw.is_empty() {
            split_raw(raw, pos, gap, out);
            gap = end;
        }
        pos = end + 1;
    }
}

/// The `_`-separated parts of a token. A plain byte loop: tokens are a few bytes long, where
/// the set-up of a SIMD search costs more than it saves.
pub(super) fn parts(t: &str) -> impl Iterator<Item = &str> {
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match t.as_bytes()[from..].iter().position(|&b| b == b'_') {
            Some(p) => {
                start = Some(from + p + 1);
                Some(&t[from..from + p])
            }
            None => {
                start = None;
                Some(&t[from..])
            }
        }
    })
}

/// Splits one space-delimited token at `_` glue next to punctuation-only parts.
fn split_raw<'a>(raw: &'a str, start: usize, gap: usize, out: &mut Vec<Token<'a>>) {
    let first = Token {
        text: raw,
        start,
        gap: if out.is_empty() { start } else { gap },
        underscore_gap: false,
        kind: Underscored::No,
    };
    // Only glue between a word and punctuation is split: `(_)` or `^_^` is a symbol of its own.
    if !raw.as_bytes().contains(&b'_') {
        out.push(first);
        return;
    }
    if protected_shape(raw) || !has_alphanumeric(raw) {
        out.push(Token {
            kind: underscored(raw),
            ..first
        });
        return;
    }
    // Parts are never empty here: `__` and leading/trailing `_` are protected shapes.
    let mut cur = first;
    cur.text = "";
    let mut at = start;
    let mut prev_punct = false;
    for part in parts(raw) {
        let punct = !has_alphanumeric(part);
        if cur.text.is_empty() {
            cur.text = &raw[at - start..at - start + part.len()];
        } else if punct || prev_punct {
            out.push(classified(cur));
            cur = Token {
                text: &raw[at - start..at - start + part.len()],
                start: at,
                gap: at - 1,
                underscore_gap: true,
                kind: Underscored::No,
            };
        } else {
            cur.text = &raw[cur.start - start..at - start + part.len()];
        }
        prev_punct = punct;
        at += part.len() + 1;
    }
    out.push(classified(cur));
}

/// Classifies a token cut from an unprotected one (its shape is already checked).
fn classified(mut t: Token) -> Token {
    if t.text.as_bytes().contains(&b'_') {
        t.kind = classify_parts(t.text);
    }
    t
}

/// Whether `t` has a letter or digit; Latin letters are recognised from their first byte.
fn has_alphanumeric(t: &str) -> bool {
    let latin = |b: u8| b.is_ascii_alphanumeric() || (0xC3..=0xC9).contains(&b) || b == 0xE1;
    t.bytes().any(latin) || t.chars().any(char::is_alphanumeric)
}

thread_local! {
    /// Syllable verdicts already computed on this thread. A text repeats a few thousand
    /// distinct syllables, and the full parse costs far more than a look-up; a per-thread memo
    /// keeps the stage pure and lock-free. Cleared when it grows past [`MEMO_LIMIT`].
    static MEMO: RefCell<HashMap<Box<str>, bool, BuildHasherDefault<Fnv>>> =
        RefCell::new(HashMap::default());
}

/// FNV-1a: syllables are a few bytes long, where it is several times faster than SipHash, and
/// the memo's keys come from the text being processed on this thread only.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

const MEMO_LIMIT: usize = 1 << 16;

/// [`syllable::is_syllable`], memoised per thread.
pub(super) fn is_syllable(part: &str) -> bool {
    MEMO.with(|memo| {
        if let Some(&known) = memo.borrow().get(part) {
            return known;
        }
        let verdict = syllable::is_syllable(part);
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(part.into(), verdict);
        verdict
    })
}

/// Shapes that are never split or rewritten (spec §6, protected tokens): URLs, e-mails,
/// `@handles`, `#hash_tags`, `__dunder__`, `_private`, `trailing_`, code in backticks.
fn protected_shape(t: &str) -> bool {
    t.starts_with('_')
        || t.ends_with('_')
        || t.contains("__")
        || address_shape(t)
        || t.contains('`')
}

/// URL, e-mail, `@handle`, `#hashtag`.
pub(super) fn address_shape(t: &str) -> bool {
    // One scan for the bytes all these shapes need before looking closer.
    t.bytes().any(|b| matches!(b, b'/' | b'.' | b'@' | b'#'))
        && (t.contains("://") || t.contains("www.") || t.contains('@') || t.starts_with('#'))
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
    if !t.as_bytes().contains(&b'_') {
        return Underscored::No;
    }
    if address_shape(t) {
        return Underscored::Neutral;
    }
    if protected_shape(t) {
        return Underscored::Foreign;
    }
    classify_parts(t)
}

/// [`underscored`] for a token with `_` and no protected shape.
fn classify_parts(t: &str) -> Underscored {
    // Parts: syllables and name parts are words; numbers may ride along (underthesea's
    // `1.250_ca`, `6.578_ft`); another Latin word is accepted only next to an accented
    // syllable, which no identifier has (underthesea's `Hội_đồng_cricket`, `Hồi_giáo_Shi'a`),
    // or after a name (binomials: `Acer_griseum`, `Otus_lettia`).
    let (mut words, mut accented, mut other, mut number_first, mut name_first) =
        (0, false, 0, false, false);
    let (mut names, mut particles) = (0, 0);
    for (n, part) in parts(t).enumerate() {
        let (syllable, name) = (is_syllable(part), is_name_part(part));
        names += u32::from(name);
        if syllable || name {
            // A plain name: `A-max` may be the result of gluing `A - max`.
            name_first |= n == 0 && name && !part.as_bytes().contains(&b'-');
            words += 1;
            accented |= syllable && !part.is_ascii();
        } else if is_number(part) {
            number_first |= n == 0;
        } else if NAME_PARTICLES.contains(&part) {
            particles += 1;
        } else if is_word(part) {
            other += 1;
        } else {
            return Underscored::Foreign;
        }
    }
    // ALL_CAPS_WITH_UNDERSCORES is a constant name, not a segmented word (dotted abbreviations
    // such as `PGS._TS.` are not constants).
    let constant = t.is_ascii() && !t.chars().any(char::is_lowercase) && !t.contains('.');
    // Particles of foreign names and titles (`Shape_of_You`, `Gervasio_del`) need a name.
    let others_ok = (other == 0 && (particles == 0 || names > 0))
        || accented
        || name_first
        || number_first && words == 0;
    if words + other == 0 || constant || !others_ok {
        return Underscored::Foreign;
    }
    Underscored::Joined {
        accented: !t.is_ascii(),
    }
}

/// A part of a proper name the segmenters join like a word: a capital letter followed by letters,
/// digits or inner hyphens (`Donald`, `Hezbollah`, and from underthesea `U23_thắng`,
/// `Kim_Jong-un`, `Covid-19_mới`, `H'Hen_Niê`), initials (`Q.` in pyvi's `Nguyễn_Q.`, `C.H.`), or a word of a
/// script without case (`カタカナ`, `دارالسلام`).
pub(super) fn is_name_part(part: &str) -> bool {
    let mut chars = part.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    first.is_uppercase()
        && (initials(rest)
            || !rest.ends_with(['-', '\''])
                && rest
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '\''))
        || part
            .chars()
            .all(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
}

/// The rest of an initial or dotted abbreviation after its capital: `.` (`Q.`), `.H.` (`C.H.`),
/// `GS.` (`PGS.`), as underthesea joins them to names (`C.H._Wills`, `PGS._TS.`).
fn initials(rest: &str) -> bool {
    rest.strip_suffix('.').is_some_and(|inner| {
        !inner.contains("..") && inner.chars().all(|c| c.is_alphabetic() || c == '.')
    })
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
            ("of_You", Joined { accented: false }),
            ("Gervasio_del", Joined { accented: false }),
            ("user_of", Foreign),
            ("C.H._Wills", Joined { accented: false }),
            ("H'Hen_Niê", Joined { accented: true }),
            ("PGS._TS.", Joined { accented: false }),
            ("J._R.", Joined { accented: false }),
            ("a._b.", Foreign),
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
