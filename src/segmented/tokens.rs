//! Splitting a line into tokens, and what a token tells about segmentation.
//!
//! Tokens are separated by runs of spaces. underthesea also glues punctuation to a neighbouring
//! word with `_` (`Damas_«`, `chào_»`): in a token with a letter or digit, an `_` next to a
//! punctuation-only part is a token separator too (a "`_` gap"). A token of symbols only (`(_)`,
//! `^_^`, underthesea's rare `}_«`) stays whole: splitting it would let a re-run delete an `_`
//! that the first run kept.

use std::cell::RefCell;

use super::memo::Memo;
use super::tables::{FOREIGN_FUNCTION_WORDS, NAME_PARTICLES};
use crate::syllable;

/// One token of a line; offsets are bytes into the line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    /// What the token's `_` say, computed once.
    pub kind: Underscored,
    /// What the token's bytes are, computed once while scanning it: the bits `GLUED` …
    /// `KEEPS_UNDERSCORES` below, asked with [`Token::has`].
    flags: u8,
}

/// The gap before is one `_` (underthesea's word–punctuation glue), not spaces.
pub(super) const GLUED: u8 = 1;
/// The last character is a letter.
pub(super) const ENDS_LETTER: u8 = 2;
/// The first character is a letter and the first part is not `h`: after a token with
/// `ENDS_LETTER`, a gap between words, which stays.
pub(super) const WORD_START: u8 = 4;
/// The token ends in a letter or ASCII digit, or is sentence marks only (`,` `...`). No rule
/// closes the gap between such a token and a `PLAIN_START` one (a word or number after a word,
/// number or `,`): rules act next to other symbols (`(`, `-`, `$`, `TP.`), on single letters
/// (`14 h`, `v . v .`, `20 đ`) and on `h30`. The rules' fast path, checked against them by a
/// test.
pub(super) const PLAIN_END: u8 = 8;
/// The token starts with an ASCII digit or two letters (so its first part is no single letter
/// and not `h30`).
pub(super) const PLAIN_START: u8 = 16;
/// Some byte is a letter: ASCII, or the lead byte of a Latin letter with marks (U+00C0–U+024F,
/// U+1E00–U+1EFF); close enough to count words.
pub(super) const HAS_LETTER: u8 = 32;
/// Every byte is one of `, . : ; ! ?`.
pub(super) const ONLY_MARKS: u8 = 64;
/// A token whose `_` stay: a URL, e-mail, handle, hashtag or identifier.
pub(super) const KEEPS_UNDERSCORES: u8 = 128;

/// Byte classes, or-ed over a token's bytes.
/// See [`HAS_LETTER`].
const LETTER: u8 = 1;
/// Any byte but `, . : ; ! ?`.
const NOT_MARK: u8 = 2;

static CLASSES: [u8; 256] = {
    let mut classes = [NOT_MARK; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphabetic() || matches!(byte, 0xC3..=0xC9 | 0xE1) {
            classes[b] |= LETTER;
        }
        b += 1;
    }
    let mut marks = b",.:;!?".as_slice();
    while let [mark, rest @ ..] = marks {
        classes[*mark as usize] = 0;
        marks = rest;
    }
    classes
};

/// The classes of `text`'s bytes, or-ed.
fn classes(text: &str) -> u8 {
    text.bytes()
        .fold(0, |seen, b| seen | CLASSES[usize::from(b)])
}

/// `bit` if `on`.
#[inline(always)]
fn flag(on: bool, bit: u8) -> u8 {
    if on {
        bit
    } else {
        0
    }
}

/// `WORD_START` and `PLAIN_START` of a token.
#[inline(always)]
fn start_flags(text: &str) -> u8 {
    let b = text.as_bytes();
    match b.first() {
        Some(d) if d.is_ascii_digit() => PLAIN_START,
        Some(&first) if letter_first(text) => {
            // A part `h` (`14 h 30`) is the one word a rule joins to a word.
            let h = first == b'h' && matches!(b.get(1), None | Some(b'_'));
            let second = text.get(utf8_len(first)..).is_some_and(letter_first);
            flag(!h, WORD_START) | flag(second, PLAIN_START)
        }
        _ => 0,
    }
}

/// `ENDS_LETTER` and `PLAIN_END` of a token that is sentence marks only or not.
#[inline(always)]
fn end_flags(text: &str, only_marks: bool) -> u8 {
    if letter_last(text) {
        ENDS_LETTER | PLAIN_END
    } else if only_marks || text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        PLAIN_END
    } else {
        0
    }
}

/// The length of the UTF-8 sequence that `lead` starts.
#[inline(always)]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..0xE0 => 1 + usize::from(lead >= 0x80),
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// [`is_letter`] of the first character of `s`; ASCII and the Latin letters of Vietnamese
/// (U+00C0–U+027F but `×` `÷`, U+1E00–U+1EFF) are recognised from their bytes.
#[inline(always)]
fn letter_first(s: &str) -> bool {
    match *s.as_bytes() {
        [b, ..] if b.is_ascii() => b.is_ascii_alphabetic(),
        [0xC3, 0x97 | 0xB7, ..] => false,
        [0xC3..=0xC9, ..] | [0xE1, 0xB8..=0xBB, ..] => true,
        _ => s.chars().next().is_some_and(is_letter),
    }
}

/// [`is_letter`] of the last character of `s`, recognised from the bytes like [`letter_first`].
#[inline(always)]
fn letter_last(s: &str) -> bool {
    match *s.as_bytes() {
        [.., b] if b.is_ascii() => b.is_ascii_alphabetic(),
        [.., 0xC3, 0x97 | 0xB7] => false,
        [.., 0xC3..=0xC9, _] | [.., 0xE1, 0xB8..=0xBB, _] => true,
        _ => s.chars().next_back().is_some_and(is_letter),
    }
}

impl<'a> Token<'a> {
    /// A token of the line. Always inlined: built in place in the vector, once per token of
    /// every line.
    #[inline(always)]
    fn new(text: &'a str, start: usize, glued: bool) -> Token<'a> {
        // Most tokens start with a letter: then the classes are known without a scan.
        let seen = match text.as_bytes().first() {
            Some(&b) if CLASSES[usize::from(b)] & LETTER != 0 => LETTER | NOT_MARK,
            _ => classes(text),
        };
        let only_marks = seen & NOT_MARK == 0;
        Token {
            text,
            start,
            kind: Underscored::No,
            flags: flag(glued, GLUED)
                | start_flags(text)
                | end_flags(text, only_marks)
                | flag(seen & LETTER != 0, HAS_LETTER)
                | flag(only_marks, ONLY_MARKS),
        }
    }

    /// The token with what its `_` say.
    fn with_kind(mut self, kind: Underscored) -> Token<'a> {
        self.kind = kind;
        if matches!(kind, Underscored::Neutral | Underscored::Foreign) {
            self.flags |= KEEPS_UNDERSCORES;
        }
        self
    }

    /// Whether any of `flags` (`GLUED`, `ENDS_LETTER`, …) is set.
    pub fn has(&self, flags: u8) -> bool {
        self.flags & flags != 0
    }

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

/// `char::is_alphabetic` with the Latin letters of Vietnamese answered without a table search.
pub(super) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷'
        || !c.is_ascii() && c.is_alphabetic()
}

/// Appends the tokens of `line` (without its `\n`; a final `\r` is left out) to `out`.
///
pub(super) fn tokenize<'a>(line: &'a str, out: &mut Vec<Token<'a>>) {
    let body = line.strip_suffix('\r').unwrap_or(line);
    let bytes = body.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if bytes[start] == b' ' {
            start += 1;
            continue;
        }
        let (end, underscore) = token_end(bytes, start);
        let raw = &body[start..end];
        if underscore {
            split_raw(raw, start, out);
        } else {
            out.push(Token::new(raw, start, false));
        }
        start = end;
    }
}

/// Where the token starting at `at` ends (the next space, or the end), and whether it holds an
/// `_`. Eight bytes at a time: tokens are a few bytes long, where a byte loop costs a branch per
/// byte and starting a SIMD search per token costs more than it saves.
#[inline(always)]
fn token_end(bytes: &[u8], mut at: usize) -> (usize, bool) {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    // The high bit of each byte that is zero, exact up to the first one: the bits above it may
    // be false hits (a borrow), which never matters since only bits below are looked at.
    let zero_bytes = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut underscore = false;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("a slice of 8 bytes"));
        let spaces = zero_bytes(word ^ (ONES * u64::from(b' ')));
        let underscores = zero_bytes(word ^ (ONES * u64::from(b'_')));
        if spaces != 0 {
            let before_space = (spaces & spaces.wrapping_neg()) - 1;
            let end = at + spaces.trailing_zeros() as usize / 8;
            return (end, underscore || underscores & before_space != 0);
        }
        underscore |= underscores != 0;
        at += 8;
    }
    for (k, &b) in bytes[at..].iter().enumerate() {
        if b == b' ' {
            return (at + k, underscore);
        }
        underscore |= b == b'_';
    }
    (bytes.len(), underscore)
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

/// Pushes one space-delimited token holding an `_`, split at `_` glue next to punctuation-only
/// parts.
fn split_raw<'a>(raw: &'a str, start: usize, out: &mut Vec<Token<'a>>) {
    let whole = UNDERSCORED.with(|memo| memo.borrow_mut().get(raw, unsplit_kind));
    if let Some(kind) = whole {
        out.push(Token::new(raw, start, false).with_kind(kind));
        return;
    }
    // Parts are never empty here: `__` and leading/trailing `_` are protected shapes. `from` is
    // where the current token starts in `raw`, `at` where the current part does.
    let (mut from, mut at, mut glued) = (0, 0, false);
    let mut prev_punct = false;
    for part in parts(raw) {
        let punct = !has_alphanumeric(part);
        if at > from && (punct || prev_punct) {
            let text = &raw[from..at - 1];
            out.push(classified(Token::new(text, start + from, glued)));
            (from, glued) = (at, true);
        }
        prev_punct = punct;
        at += part.len() + 1;
    }
    out.push(classified(Token::new(&raw[from..], start + from, glued)));
}

/// What a token with `_` is when it stays whole: protected shapes and symbols only (`(_)`,
/// `^_^`), and tokens without a punctuation-only part. `None`: it is split at `_` glue.
fn unsplit_kind(raw: &str) -> Option<Underscored> {
    if protected_shape(raw) || !has_alphanumeric(raw) {
        Some(underscored(raw))
    } else if parts(raw).all(has_alphanumeric) {
        Some(classify_parts(raw))
    } else {
        None
    }
}

/// Classifies a token cut from an unprotected one (its shape is already checked).
fn classified(t: Token) -> Token {
    if t.text.as_bytes().contains(&b'_') {
        t.with_kind(classify_parts(t.text))
    } else {
        t
    }
}

/// Whether `t` has a letter or digit; Latin letters are recognised from their first byte.
fn has_alphanumeric(t: &str) -> bool {
    let latin = |b: u8| b.is_ascii_alphanumeric() || (0xC3..=0xC9).contains(&b) || b == 0xE1;
    t.bytes().any(latin) || t.chars().any(char::is_alphanumeric)
}

thread_local! {
    /// Syllable verdicts already computed on this thread. A text repeats a few thousand
    /// distinct syllables (at most 11 bytes each) and the full parse costs far more than a
    /// look-up. Per thread, so the stage stays pure and lock-free. 2^15 slots (560 KB): with
    /// 2^13, 3 MB of segmented Wikipedia (5,400 distinct parts, 8,500 distinct joined words)
    /// lost a third of the stage's time to collisions.
    static SYLLABLES: RefCell<Memo<16, bool>> = RefCell::new(Memo::new(15));
    /// What a space-delimited token with `_` is, for tokens that are not split (almost all):
    /// joined words repeat about as much as syllables do. 2^15 slots (1.1 MB).
    static UNDERSCORED: RefCell<Memo<32, Option<Underscored>>> = RefCell::new(Memo::new(15));
}

/// [`syllable::is_syllable`], remembered per thread.
pub(super) fn is_syllable(part: &str) -> bool {
    SYLLABLES.with(|memo| memo.borrow_mut().get(part, syllable::is_syllable))
}

/// Shapes that are never split or rewritten (spec §6, protected tokens): URLs, e-mails,
/// `@handles`, `#hash_tags`, `__dunder__`, `_private`, `trailing_`, code in backticks.
fn protected_shape(t: &str) -> bool {
    let b = t.as_bytes();
    // One scan for `__`, backticks and the bytes every address needs.
    let (mut prev, mut address_byte) = (0, false);
    for &c in b {
        if c == b'`' || c == b'_' && prev == b'_' {
            return true;
        }
        address_byte |= matches!(c, b'/' | b'.' | b'@' | b'#');
        prev = c;
    }
    b.first() == Some(&b'_') || b.last() == Some(&b'_') || address_byte && address_shape(t)
}

/// URL, e-mail, `@handle`, `#hashtag`.
pub(super) fn address_shape(t: &str) -> bool {
    // One scan for the bytes all these shapes need before looking closer.
    // Byte windows, not `str::contains`: building a substring searcher costs more than a
    // scan of a token this short.
    let b = t.as_bytes();
    b.iter().any(|b| matches!(b, b'/' | b'.' | b'@' | b'#'))
        && (b.windows(3).any(|w| w == b"://")
            || b.windows(4).any(|w| w == b"www.")
            || b.contains(&b'@')
            || b.first() == Some(&b'#'))
}

/// What a token containing `_` says about segmentation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Underscored {
    /// No `_` in the token.
    #[default]
    No,
    /// A word joined by a segmenter: every part is a syllable or a name part. `accented` when
    /// some letter is not ASCII (strong evidence: identifiers are almost never accented).
    Joined { accented: bool },
    /// An English phrase joined by underthesea around a function word (`of_the`,
    /// `and_professional`): split like a joined word, but no evidence either way, since plain
    /// text has such tokens too (`recipient_of_the_Nobel_Prize` in Wikipedia).
    Phrase,
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
    // underthesea also joins English phrases around their function words (`of_the`,
    // `and_professional`), which identifiers hardly ever contain: a phrase.
    let (mut words, mut accented, mut other, mut number_first, mut name_first) =
        (0, false, 0, false, false);
    let mut function_word = false;
    let (mut names, mut particles) = (0, 0);
    for (n, part) in parts(t).enumerate() {
        function_word |= FOREIGN_FUNCTION_WORDS.contains(&part);
        // Whether a syllable is also a name part only matters for the first part; elsewhere a
        // capitalised syllable counts as a name for the particles.
        let syllable = is_syllable(part);
        let name = (n == 0 || !syllable) && is_name_part(part);
        names += u32::from(name || syllable && part.starts_with(char::is_uppercase));
        // A temperature's unit is the word its number rides along with (`25,7_°C`).
        if syllable || name || matches!(part, "°C" | "°F") {
            // A plain name: `A-max` may be the result of gluing `A - max`.
            name_first |= n == 0 && name && !part.as_bytes().contains(&b'-');
            words += 1;
            accented |= syllable && !part.is_ascii();
        } else if is_number(part) || with_unit(part) {
            number_first |= n == 0;
        } else if NAME_PARTICLES.contains(&part) {
            particles += 1;
        } else if is_word(part) {
            other += 1;
            // A loanword in Vietnamese spelling (underthesea's `ôxít_asen`, `macmột_bobac`) is as
            // unlike an identifier as an accented syllable.
            accented |= !part.is_ascii() && part.chars().all(vietnamese_letter);
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
    if words + other + particles == 0 || constant {
        Underscored::Foreign
    } else if others_ok {
        Underscored::Joined {
            accented: !t.is_ascii(),
        }
    } else if function_word {
        Underscored::Phrase
    } else {
        Underscored::Foreign
    }
}

/// A part of a proper name the segmenters join like a word: a capital letter followed by letters,
/// digits or inner hyphens (`Donald`, `Hezbollah`, and from underthesea `U23_thắng`,
/// `Kim_Jong-un`, `Covid-19_mới`, `H'Hen_Niê`), initials (`Q.` in pyvi's `Nguyễn_Q.`, `C.H.`), a
/// word of a script without case (`カタカナ`, `دارالسلام`), or a name after the abbreviation of
/// a district or ward (`Q.Ba` in underthesea's `Q.Ba_Đình`, `P.Bến_Nghé`).
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
                    .all(|c| is_letter(c) || c.is_numeric() || c == '-' || c == '\''))
        // Case first: it rules out Latin letters cheaply, `is_alphabetic` is a slow table search.
        || part
            .chars()
            .all(|c| !c.is_lowercase() && !c.is_uppercase() && c.is_alphabetic())
        || part.split_once('.').is_some_and(|(abbreviation, name)| {
            (1..=2).contains(&abbreviation.len())
                && abbreviation.bytes().all(|c| c.is_ascii_uppercase())
                && !name.contains('.')
                && is_name_part(name)
        })
}

/// The rest of an initial or dotted abbreviation after its capital: `.` (`Q.`), `.H.` (`C.H.`),
/// `GS.` (`PGS.`), as underthesea joins them to names (`C.H._Wills`, `PGS._TS.`).
fn initials(rest: &str) -> bool {
    rest.strip_suffix('.').is_some_and(|inner| {
        !inner.contains("..") && inner.chars().all(|c| c.is_alphabetic() || c == '.')
    })
}

/// A letter of the Vietnamese alphabet, in either case, with or without a tone (`ô`, `í`, `đ`;
/// not `ñ`, `ç`, `ü`).
fn vietnamese_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'đ' | 'Đ') || syllable::vowel(c).is_some()
}

/// A word of letters, possibly with inner `'` or `-` (`cricket`, `Shi'a`, `kilo-héc`).
fn is_word(part: &str) -> bool {
    part.starts_with(is_letter)
        && part.ends_with(is_letter)
        && part.chars().all(|c| is_letter(c) || c == '\'' || c == '-')
}

/// A number with a short unit, which underthesea joins to words like a number (`dây_5G`,
/// `One_Piece_3D`).
fn with_unit(part: &str) -> bool {
    let unit = part.trim_start_matches(|c: char| c.is_ascii_digit());
    unit.len() < part.len()
        && (1..=3).contains(&unit.len())
        && unit.bytes().all(|b| b.is_ascii_alphabetic())
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
        out.iter().map(|t| (t.text, t.has(GLUED))).collect()
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

    proptest::proptest! {
        #[test]
        fn token_end_is_its_definition(text in "[a _ư,]{0,40}", at in 0usize..40) {
            let b = text.as_bytes();
            let at = at.min(b.len());
            let end = b[at..].iter().position(|&c| c == b' ').map_or(b.len(), |p| at + p);
            let want = (end, b[at..end].contains(&b'_'));
            proptest::prop_assert_eq!(token_end(b, at), want);
        }
    }

    #[test]
    fn offsets_point_into_the_line() {
        let line = " a  b_» c";
        let mut out = Vec::new();
        tokenize(line, &mut out);
        for t in &out {
            assert_eq!(&line[t.start..t.start + t.text.len()], t.text);
        }
        let starts: Vec<_> = out.iter().map(|t| (t.start, t.has(GLUED))).collect();
        assert_eq!(starts, [(1, false), (4, false), (6, true), (9, false)]);
    }

    #[test]
    fn letter_shortcut_agrees_with_unicode() {
        for c in ('\0'..='\u{2FFF}').chain(['カ', 'د', '€', '\u{1F600}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            for s in [
                format!("{c}"),
                format!("{c}a"),
                format!("ư{c}"),
                format!("1{c}"),
            ] {
                let (first, last) = (s.chars().next().unwrap(), s.chars().last().unwrap());
                assert_eq!(letter_first(&s), first.is_alphabetic(), "{s:?}");
                assert_eq!(letter_last(&s), last.is_alphabetic(), "{s:?}");
            }
            assert_eq!(utf8_len(c.to_string().as_bytes()[0]), c.len_utf8());
        }
    }

    #[test]
    fn byte_classes_match_their_definitions() {
        for t in [
            "Hà_Nội",
            ",",
            "...",
            ",.;",
            "!?:",
            "a.",
            "“",
            "2024",
            "Đà",
            "_",
            "ư",
        ] {
            let token = Token::new(t, 0, false);
            assert_eq!(
                token.has(ONLY_MARKS),
                t.bytes().all(|b| b",.:;!?".contains(&b)),
                "{t}"
            );
            let letter = |b: u8| b.is_ascii_alphabetic() || (0xC3..=0xC9).contains(&b) || b == 0xE1;
            assert_eq!(token.has(HAS_LETTER), t.bytes().any(letter), "{t}");
        }
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
            ("25,7_°C", Joined { accented: true }),
            ("dây_5G", Joined { accented: true }),
            ("One_Piece_3D", Joined { accented: false }),
            ("file_2G", Foreign),
            ("ôxít_asen", Joined { accented: true }),
            ("año_nuevo", Foreign),
            ("über_alles", Foreign),
            ("Nguyễn_Q.", Joined { accented: true }),
            ("Katakana_カタカナ", Joined { accented: true }),
            ("of_the", Phrase),
            ("and_professional", Phrase),
            ("recipient_of_the_Nobel_Prize", Phrase),
            ("user_of", Phrase),
            ("de_futebol", Foreign),
            ("of_You", Joined { accented: false }),
            ("of_Federal", Joined { accented: false }),
            ("of_Hà", Joined { accented: true }),
            ("Gervasio_del", Joined { accented: false }),
            ("C.H._Wills", Joined { accented: false }),
            ("H'Hen_Niê", Joined { accented: true }),
            ("PGS._TS.", Joined { accented: false }),
            ("J._R.", Joined { accented: false }),
            ("Q.Ba_Đình", Joined { accented: true }),
            ("TP.Hồ_Chí_Minh", Joined { accented: true }),
            ("Q.ba_đình", Foreign),
            ("os.Path_x", Foreign),
            ("a._b.", Foreign),
            ("Acer_griseum", Joined { accented: false }),
            ("size_t", Foreign),
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
