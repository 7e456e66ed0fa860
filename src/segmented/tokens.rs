//! Splitting a line into tokens, and what a token tells about segmentation.
//!
//! Tokens are separated by runs of spaces. underthesea also glues punctuation to a neighbouring
//! word with `_` (`Damas_«`, `chào_»`): in a token with a letter or digit, an `_` next to a
//! punctuation-only part is a token separator too (a "`_` gap"). A token of symbols only (`(_)`,
//! `^_^`, underthesea's rare `}_«`) stays whole: splitting it would let a re-run delete an `_`
//! that the first run kept.

use std::cell::RefCell;

use super::restore::{
    abbreviation_heads, abbreviation_number, boat_number, case_split_unit, code_capitals,
    district_unit, engine_size, h_minutes, hour_range, is_digits, is_host, is_hour, league,
    masked_plate, plate_series, serial, sulfur_grade, undotted_initials, unit_after_number,
};
use super::tables::{
    CLOSING, CODE_WORDS, FOREIGN_FUNCTION_WORDS, LOANWORDS, NAME_PARTICLES, NEWS_ACRONYMS, OPENING,
};
use super::Evidence;
use crate::memo::Memo;
use crate::syllable;
use crate::unicode::utf8_len;

/// One token of a line; offsets are bytes into the line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    /// What the token's `_` say, computed once.
    pub kind: Underscored,
    /// What the token's bytes are, computed once while scanning it: the bits `GLUED` …
    /// `ADDRESS_MARK` below, asked with [`Token::has`].
    flags: u16,
}

/// The gap before is one `_` (underthesea's word–punctuation glue), not spaces.
pub(super) const GLUED: u16 = 1;
/// The last character is a letter, and the token is no number with capitals (`138N`, see
/// `number_capitals`).
pub(super) const ENDS_LETTER: u16 = 2;
/// The first character is a letter, the first part is not `h` and the token does not start
/// with a capital and a dot or `&` (`P.`, VnCoreNLP's `X.Kỳ` of `T X.Kỳ`, `T&T`): after a token
/// with `ENDS_LETTER`, a gap between words, which stays.
pub(super) const WORD_START: u16 = 4;
/// The token ends in a letter or ASCII digit, or is sentence marks only (`,` `...`). Only the
/// rules of `restore::plain_gap_closes` close the gap between such a token and a `PLAIN_START`
/// one (a word or number after a word, number or `,`): VnCoreNLP's `K 54 .`, `H 5 N1` and
/// `29 LD -12345`, and `27 oC`; the others act next to other symbols (`(`, `-`, `$`, `TP.`), on
/// single letters (`14 h`, `v . v .`, `20 đ`) and on `h30`. The rules' fast path, checked against
/// them by a test.
pub(super) const PLAIN_END: u16 = 8;
/// The token starts with an ASCII digit or two letters (so its first part is no single letter
/// and not `h30`), and is not `2.5` (see `restore::units::fine_dust_split`).
pub(super) const PLAIN_START: u16 = 16;
/// Some byte is a letter: ASCII, or the lead byte of a Latin letter with marks (U+00C0–U+024F,
/// U+1E00–U+1EFF); close enough to count words.
pub(super) const HAS_LETTER: u16 = 32;
/// Every byte is one of `, . : ; ! ?`.
pub(super) const ONLY_MARKS: u16 = 64;
/// A token whose `_` stay: a URL, e-mail, handle, hashtag or identifier.
pub(super) const KEEPS_UNDERSCORES: u16 = 128;
/// The last byte is one of `, . : ; ! ?`: the token may be plain-text evidence (`Hà Nội,`).
pub(super) const ENDS_MARK: u16 = 256;
/// The token is a straight quote, `"` or `'`, or two `''` standing for a `"` (as some sites
/// write it): the line's quotes are paired.
pub(super) const QUOTE: u16 = 512;
/// The token is `.`, `:` or `@`, where pyvi splits an address.
pub(super) const ADDRESS_MARK: u16 = 1024;
/// A number with its `%` (`15%`, `3,5%`), or a range only VnCoreNLP keeps whole (`2021-2025`,
/// see [`kept_range`]): pyvi and underthesea split the sign off, VnCoreNLP keeps numbers whole,
/// so a tokenised line with one shows that producer.
pub(super) const NUMBER_WHOLE: u16 = 2048;
/// Not a token's flag but the stream's, in `seen`: an earlier line showed a producer that keeps
/// hyphenated words whole (see `restore::hyphens::keeps_hyphens`).
pub(super) const HYPHENS_KEPT: u16 = 4096;
/// A `%` standing alone after a number: pyvi and underthesea split it off (`15 %`), VnCoreNLP
/// keeps `15%` whole, so a line with one (or, in the stream's `seen`, an earlier line) is not
/// VnCoreNLP's. (Set on the token; the line's shows it only after a number, see `tokenize`.)
pub(super) const NUMBERS_SPLIT: u16 = 8192;
/// Not a token's flag but the stream's, in `seen`: earlier lines showed underthesea, which
/// keeps hyphens whole (`Ê-đê`, `23-1`; unlike pyvi) and splits a `%` off its number (unlike
/// VnCoreNLP): it also splits a unit off a whole number, `200m` → `200 m` (see
/// `History::producer`).
pub(super) const UNITS_SPLIT: u16 = 16384;
/// Not a token's flag but the line's, in `seen`: the line has words a segmenter joined with `_`.
/// A first run's output has none, so a rule that acts only in such a line leaves that output as
/// it is (see `restore::abbreviations::place_words`).
pub(super) const WORDS_JOINED: u16 = 32768;

/// Byte classes, or-ed over a token's bytes.
/// See [`HAS_LETTER`].
const LETTER: u8 = 1;
/// Any byte but `, . : ; ! ?`.
const NOT_MARK: u8 = 2;
/// `%`: a number may have kept its sign (see [`NUMBER_WHOLE`]).
const PERCENT: u8 = 4;
/// `-`: a range of numbers may be whole (see [`NUMBER_WHOLE`]).
const HYPHEN: u8 = 8;

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
    classes[b'%' as usize] |= PERCENT;
    classes[b'-' as usize] |= HYPHEN;
    classes
};

/// The classes of `text`'s bytes, or-ed.
fn classes(text: &str) -> u8 {
    text.bytes()
        .fold(0, |seen, b| seen | CLASSES[usize::from(b)])
}

/// `bit` if `on`.
#[inline(always)]
fn flag(on: bool, bit: u16) -> u16 {
    if on {
        bit
    } else {
        0
    }
}

/// `WORD_START` and `PLAIN_START` of a token.
#[inline(always)]
fn start_flags(text: &str) -> u16 {
    let b = text.as_bytes();
    match b.first() {
        // Not the size of fine dust, which VnCoreNLP splits off (`PM 2.5`, see
        // `restore::units::fine_dust_split`), as a first part too (`2.5_nổ`).
        Some(d) if d.is_ascii_digit() => flag(!fine_dust_first(text), PLAIN_START),
        Some(&first) if letter_first(text) => {
            // A part `h` (`14 h 30`), a capital's dot and the rest of VnCoreNLP's `P GS.TS`
            // (see `restore::abbreviations::split_abbreviation`) and VnCoreNLP's `T&T` (of
            // `T T&T T`) are the words a rule joins to a word.
            let h = first == b'h' && matches!(b.get(1), None | Some(b'_'));
            let dotted = first.is_ascii_uppercase() && matches!(b.get(1), Some(b'.' | b'&'));
            let title = first == b'G' && matches!(b, [_, b'S', b'.', ..]);
            let second = letter_at(text, utf8_len(first)) && !title;
            flag(!h && !dotted && !title, WORD_START) | flag(second, PLAIN_START)
        }
        _ => 0,
    }
}

/// `ENDS_LETTER`, `PLAIN_END` and `ENDS_MARK` of a token that is sentence marks only or not.
#[inline(always)]
fn end_flags(text: &str, only_marks: bool) -> u16 {
    let Some(&last) = text.as_bytes().last() else {
        return 0;
    };
    let ends = if last < 0x80 {
        ENDS[usize::from(last)]
    } else {
        flag(letter_last(text), ENDS_LETTER | PLAIN_END)
    };
    ends | flag(only_marks, PLAIN_END)
}

/// The end flags of a token whose last byte is an ASCII byte: one look-up, where tests cost a
/// branch each.
static ENDS: [u16; 128] = {
    let mut ends = [0; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        ends[b] = if byte.is_ascii_alphabetic() {
            ENDS_LETTER | PLAIN_END
        } else if byte.is_ascii_digit() {
            PLAIN_END
        } else if matches!(byte, b',' | b'.' | b':' | b';' | b'!' | b'?') {
            ENDS_MARK
        } else {
            0
        };
        b += 1;
    }
    ends
};

/// `ENDS_LETTER` if the token is a number with capitals, `138N`, `216MW`, which does not get that
/// flag: the gap after it is no gap between words, which the rules' fast path skips, as
/// underthesea may have cut a unit there (`138N m`, see `restore::units::case_split_unit`).
#[inline(always)]
fn number_capitals(text: &str) -> u16 {
    match text.as_bytes() {
        [first, .., last] if first.is_ascii_digit() && last.is_ascii_uppercase() => ENDS_LETTER,
        _ => 0,
    }
}

/// `QUOTE`, `ADDRESS_MARK` and `NUMBERS_SPLIT` of a token.
#[inline(always)]
fn single_flags(text: &str) -> u16 {
    match text.as_bytes() {
        [b'"' | b'\''] | [b'\'', b'\''] => QUOTE,
        [b'.' | b':' | b'@'] => ADDRESS_MARK,
        [b'%'] => NUMBERS_SPLIT,
        _ => 0,
    }
}

/// A number with its `%` (`NUMBER_WHOLE`), also with the marks a first run glues to it
/// (`15%,`, `(15%).`) or a rate's unit (`0,65%/tháng`), so that a second run sees the producer
/// the first did.
fn kept_percent(text: &str) -> bool {
    let text = text.trim_start_matches(opening_mark);
    if let Some((number, _)) = text.split_once("%/") {
        return is_number(number);
    }
    text.trim_end_matches(|c| c != '%' && closing_mark(c))
        .strip_suffix('%')
        .is_some_and(is_number)
}

/// A mark a first run glues to the word after it: the [`OPENING`] ones and straight quotes.
fn opening_mark(c: char) -> bool {
    OPENING.contains(&c) || c == '"' || c == '\''
}

/// A mark a first run glues to the word before it: the [`CLOSING`] ones and straight quotes.
fn closing_mark(c: char) -> bool {
    CLOSING.contains(&c) || c == '"' || c == '\''
}

/// `text` without the marks a first run glues to it: `(19/10),` → `19/10`.
fn without_marks(text: &str) -> &str {
    text.trim_start_matches(opening_mark)
        .trim_end_matches(closing_mark)
}

/// A range of numbers kept whole as only VnCoreNLP keeps it (`NUMBER_WHOLE`): `2021-2025`,
/// `100-200`, `0,5-0,7`, also with the marks a first run glues to it (`(2021-2025).`). pyvi
/// splits every hyphen, and underthesea keeps a range whole only when its first number has one
/// or two digits and its second at most four (`6-12`, `10-2024`): the 161 news sets of sessions
/// 43–48 segmented by both hold no other range whole, where VnCoreNLP's hold 281.
fn kept_range(text: &str) -> bool {
    // Most tokens asked are a dash alone or a score: five bytes at least, and a digit or a
    // mark first, before any trimming.
    if text.len() < 5 || !matches!(text.as_bytes()[0], b'0'..=b'9' | b'(' | b'[' | b'"' | 0xE2) {
        return false;
    }
    let b = without_marks(text).as_bytes();
    let digits = |t: &[u8]| !t.is_empty() && t.iter().all(u8::is_ascii_digit);
    // Whole numbers with thousands dots and decimals with a comma: not the serial of a plate
    // VnCoreNLP cut, `65H 1-254.30`, which a first run glues (`65H1-254.30`) and a second would
    // not see. Bytes, not `str` patterns: asked at every token with a `-`.
    let number = |t: &[u8]| {
        let (whole, fraction) = match t.iter().position(|&c| c == b',') {
            Some(k) => (&t[..k], &t[k + 1..]),
            None => (t, &b"0"[..]),
        };
        let mut groups = whole.split(|&c| c == b'.');
        groups.next().is_some_and(digits)
            && groups.all(|g| g.len() == 3 && digits(g))
            && digits(fraction)
    };
    b.iter().position(|&c| c == b'-').is_some_and(|k| {
        let (x, y) = (&b[..k], &b[k + 1..]);
        number(x) && number(y) && !(digits(x) && x.len() <= 2 && digits(y) && y.len() <= 4)
    })
}

/// [`is_letter`] of the first character of `s`; ASCII and the Latin letters of Vietnamese
/// (U+00C0–U+027F but `×` `÷`, U+1E00–U+1EFF) are recognised from their bytes.
#[inline(always)]
fn letter_first(s: &str) -> bool {
    letter_at(s, 0)
}

/// [`letter_first`] of `s[at..]` (`at` a char boundary, or the end), without slicing `s`.
#[inline(always)]
fn letter_at(s: &str, at: usize) -> bool {
    match *s.as_bytes().get(at..).unwrap_or_default() {
        [b, ..] if b.is_ascii() => b.is_ascii_alphabetic(),
        [0xC3, 0x97 | 0xB7, ..] => false,
        [0xC3..=0xC9, ..] | [0xE1, 0xB8..=0xBB, ..] => true,
        // U+2000–U+203F, dashes, curly quotes, `…`: never letters, and asked at every one.
        [] | [0xE2, 0x80, ..] => false,
        _ => s[at..].chars().next().is_some_and(is_letter),
    }
}

/// [`is_letter`] of the last character of `s`, recognised from the bytes like [`letter_first`].
#[inline(always)]
fn letter_last(s: &str) -> bool {
    match *s.as_bytes() {
        [.., b] if b.is_ascii() => b.is_ascii_alphabetic(),
        [.., 0xC3, 0x97 | 0xB7] => false,
        [.., 0xC3..=0xC9, _] | [.., 0xE1, 0xB8..=0xBB, _] => true,
        [.., 0xE2, 0x80, _] => false,
        _ => s.chars().next_back().is_some_and(is_letter),
    }
}

impl<'a> Token<'a> {
    /// A token of the line. Always inlined: built in place in the vector, once per token of
    /// every line.
    #[inline(always)]
    fn new(text: &'a str, start: usize, glued: bool) -> Token<'a> {
        // Most tokens start with a letter: then the classes are known without a scan, and the
        // token is no mark.
        let flags = match text.as_bytes().first() {
            Some(&b) if CLASSES[usize::from(b)] & LETTER != 0 => {
                HAS_LETTER | start_flags(text) | end_flags(text, false)
            }
            _ => {
                let seen = classes(text);
                let only_marks = seen & NOT_MARK == 0;
                start_flags(text)
                    | end_flags(text, only_marks) & !number_capitals(text)
                    | flag(seen & LETTER != 0, HAS_LETTER)
                    | flag(only_marks, ONLY_MARKS)
                    | single_flags(text)
                    | flag(
                        seen & PERCENT != 0 && kept_percent(text)
                            || seen & HYPHEN != 0 && kept_range(text),
                        NUMBER_WHOLE,
                    )
            }
        };
        Token {
            text,
            start,
            kind: Underscored::No,
            flags: flags | flag(glued, GLUED),
        }
    }

    /// The token, without the flags that let the rules' fast path skip the gap before it when
    /// the rules must decide that gap (`yes`).
    fn rules_decide(self, yes: bool) -> Token<'a> {
        Token {
            flags: if yes {
                self.flags & !(WORD_START | PLAIN_START)
            } else {
                self.flags
            },
            ..self
        }
    }

    /// The token with what its `_` say.
    fn with_kind(mut self, kind: Underscored) -> Token<'a> {
        self.kind = kind;
        if matches!(kind, Underscored::Neutral | Underscored::Foreign) {
            self.flags |= KEEPS_UNDERSCORES;
        } else if self.text.ends_with(|c: char| c.is_ascii_uppercase()) {
            // A joined word whose last part is a number with capitals (`camera_200MP`), as a
            // second run sees that part.
            self.flags &= !number_capitals(self.last_part());
        }
        self
    }

    /// The token as a phrase, split and read by its parts, if it is an English word and a
    /// syllable ([`english_syllable_join`]), a size and its unit ([`size_unit_join`]) or a
    /// code and a date, time or score ([`signed_join`]), which no identifier is; or, in a
    /// stream that may be underthesea's (`underthesea`: it shows underthesea, or no other
    /// producer yet, as a line alone does), words of different case
    /// ([`mixed_case_join`], [`word_then_names`]), codes in capitals ([`capitals_join`]) or a
    /// code and what follows it ([`code_join`]) that it joined, where elsewhere they are
    /// identifiers and constants (`MAX_VALUE`).
    pub(super) fn underthesea_phrase(self, underthesea: bool) -> Token<'a> {
        if self.kind == Underscored::Foreign
            && (english_syllable_join(self.text)
                || size_unit_join(self.text)
                || signed_join(self.text)
                || underthesea
                    && (mixed_case_join(self.text)
                        || english_words_join(self.text)
                        || word_then_names(self.text)
                        || capitals_join(self.text)
                        || code_join(self.text)))
        {
            Token {
                kind: Underscored::Phrase,
                flags: self.flags & !KEEPS_UNDERSCORES,
                ..self
            }
        } else {
            self
        }
    }

    /// Whether any of `flags` (`GLUED`, `ENDS_LETTER`, …) is set.
    pub fn has(&self, flags: u16) -> bool {
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

/// Appends the tokens of `line` (without its `\n`; a final `\r` is left out) to `out`, and
/// returns what they say as a whole.
///
/// Token boundaries come from bit masks of the spaces and `_` of 64 bytes at a time
/// ([`Window`]): finding a token's end is a count of trailing zeros, not a loop over its bytes.
pub(super) fn tokenize<'a>(line: &'a str, out: &mut Vec<Token<'a>>) -> Summary {
    // The memo of `_` tokens is borrowed once per line, not once per token.
    UNDERSCORED.with_borrow_mut(|memo| tokenize_with(line, out, memo))
}

fn tokenize_with<'a>(line: &'a str, out: &mut Vec<Token<'a>>, memo: &mut WholeMemo) -> Summary {
    let mut summary = Summary::default();
    let first = out.len();
    let body = line.strip_suffix('\r').unwrap_or(line);
    let bytes = body.as_bytes();
    let mut w = Window::at(bytes, 0);
    let mut pos = 0;
    while pos < bytes.len() {
        if pos - w.base >= 64 {
            w = Window::at(bytes, pos);
        }
        // Bytes past the end are spaces in the masks, so a word found is inside the line.
        let words = !w.spaces >> (pos - w.base);
        if words == 0 {
            pos = w.base + 64;
            continue;
        }
        let start = pos + words.trailing_zeros() as usize;
        let (mut at, mut underscore) = (start, false);
        let end = loop {
            let k = at - w.base;
            let after = w.spaces >> k;
            if after != 0 {
                let len = after.trailing_zeros();
                underscore |= (w.underscores >> k) & ((1 << len) - 1) != 0;
                break at + len as usize;
            }
            underscore |= w.underscores >> k != 0;
            w = Window::at(bytes, w.base + 64);
            at = w.base;
        };
        // SAFETY: `start` is 0 or follows a space, `end` is at a space or the end of `body`:
        // both are char boundaries, since an ASCII byte is never inside a UTF-8 sequence.
        let raw = unsafe { body.get_unchecked(start..end) };
        if underscore {
            split_raw(raw, start, out, &mut summary, memo);
        } else {
            summary.push(out, Token::new(raw, start, false));
        }
        pos = end;
    }
    // A `%` shows a producer that splits it off its number only after a number: elsewhere
    // (`Trump %`, `, %`) a first run glues it to the token before, and a second run, not seeing
    // it, would decide otherwise. Looked at in the few lines with a lone `%`.
    if summary.seen & NUMBERS_SPLIT != 0
        && !out[first..]
            .windows(2)
            .any(|w| w[1].has(NUMBERS_SPLIT) && is_number(w[0].last_part()))
    {
        summary.seen &= !NUMBERS_SPLIT;
    }
    summary.evidence.count_end(&out[first..]);
    summary.evidence.non_ascii_lines = u32::from(!body.is_ascii());
    summary.seen |= flag(summary.evidence.joined_words() > 0, WORDS_JOINED);
    summary
}

/// A token without the marks a first run glues to it (`Lục_Tuyết_Kỳ,`, `(Hà_Nội)`, `“Hà_Nội”`).
fn bare(t: &str) -> &str {
    t.trim_matches(glued_mark)
}

/// Punctuation a word may have glued on in published text (`sinh_viên.`, `(Hà_Nội),`): the
/// [`CLOSING`] and [`OPENING`] marks, quotes, guillemets, slashes and dashes.
fn glued_mark(c: char) -> bool {
    CLOSING.contains(&c)
        || OPENING.contains(&c)
        || matches!(c, '"' | '\'' | '«' | '»' | '/' | '-' | '–' | '—')
}

/// How many of the joined words of a line (its `tokens`) are written with spaces too, as a run
/// of its words: `Lục_Tuyết_Kỳ` beside `Lục Tuyết Kỳ,` (marks glued on are left out).
// Out of line: asked in few lines, and inlined into `Evidence::count_end` it cost 0.3% more
// instructions on segmented news.
#[inline(never)]
pub(super) fn spaced_too(tokens: &[Token]) -> u32 {
    // A long line (a document on one line) is counted in its first 4,096 tokens: enough for the
    // share the verdict asks for, where counting all of a 16 MB line took as long as the rest of
    // the pipeline.
    let tokens = &tokens[..tokens.len().min(4096)];
    // The trim of marks only where the flags say there may be some.
    fn text<'a>(t: &Token<'a>) -> &'a str {
        if t.has(PLAIN_END) && t.has(WORD_START | PLAIN_START) {
            t.text
        } else {
            bare(t.text)
        }
    }
    let plain = || {
        tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == Underscored::No)
    };
    // A filter of the line's words, a bit for each length and end bytes: in a line of a sentence
    // most joined words have a part in none of them, and skip the look-up below.
    let key = |w: &str| match w.as_bytes() {
        [first, .., last] => {
            let hash = w.len() * 31 + usize::from(*first) * 7 + usize::from(*last);
            1u128 << (hash % 128)
        }
        _ => 0,
    };
    let filter = plain().fold(0, |seen, (_, t)| seen | key(text(t)));
    let parts_known = |word: &str| {
        let b = word.as_bytes();
        let ends = (b.iter().position(|&c| c == b'_')).zip(b.iter().rposition(|&c| c == b'_'));
        ends.is_some_and(|(first, last)| {
            filter & key(&word[..first]) != 0 && filter & key(&word[last + 1..]) != 0
        })
    };
    let joined = tokens
        .iter()
        .filter(|t| matches!(t.kind, Underscored::Joined { .. }));
    let mut candidates: Vec<&str> = joined.map(text).filter(|w| parts_known(w)).collect();
    if candidates.is_empty() {
        return 0;
    }
    // The line's words in order of their text, with their places, and the joined words each
    // looked up once: a search along the line for each joined word made a long line (a document
    // on one line) take quadratic time.
    let mut words: Vec<(&str, usize)> = plain().map(|(k, t)| (text(t), k)).collect();
    words.sort_unstable();
    candidates.sort_unstable();
    let spaced = |word: &str| {
        let Some((first, rest)) = word.split_once('_') else {
            return false;
        };
        let from = words.partition_point(|&(w, _)| w < first);
        let places = words[from..].iter().take_while(|&&(w, _)| w == first);
        // The other parts follow as whole words, the last perhaps with marks glued on. At most
        // 64 places of one first part are tried, which bounds a line of one word repeated.
        places.take(64).any(|&(_, k)| {
            let mut parts = rest.split('_').peekable();
            let mut at = k;
            while let Some(part) = parts.next() {
                at += 1;
                let Some(t) = tokens.get(at).filter(|t| t.kind == Underscored::No) else {
                    return false;
                };
                let last = parts.peek().is_none();
                if !(t.text == part || last && bare(t.text) == part) {
                    return false;
                }
            }
            true
        })
    };
    let same_word = candidates.chunk_by(|a, b| a == b);
    same_word
        .filter(|same| spaced(same[0]))
        .map(|same| same.len() as u32)
        .sum()
}

/// What a line's tokens say as a whole, counted while they are made rather than in another pass
/// over them.
#[derive(Default)]
pub(super) struct Summary {
    pub evidence: Evidence,
    /// The flags of all the tokens, or-ed, and the line's [`WORDS_JOINED`].
    pub seen: u16,
}

impl Summary {
    #[inline(always)]
    fn push<'a>(&mut self, out: &mut Vec<Token<'a>>, t: Token<'a>) {
        self.evidence.count(&t, !out.is_empty());
        self.seen |= t.flags;
        out.push(t);
    }
}

/// Bit `k` of `spaces` (`underscores`) is set when byte `base + k` of a line is a space (an
/// `_`); bytes past the line's end count as spaces.
struct Window {
    base: usize,
    spaces: u64,
    underscores: u64,
}

impl Window {
    fn at(bytes: &[u8], base: usize) -> Window {
        let mut padded = [b' '; 64];
        let block = match bytes.get(base..base + 64) {
            Some(block) => block.try_into().expect("a slice of 64 bytes"),
            None => {
                let rest = &bytes[base.min(bytes.len())..];
                padded[..rest.len()].copy_from_slice(rest);
                &padded
            }
        };
        let (spaces, underscores) = masks(block);
        Window {
            base,
            spaces,
            underscores,
        }
    }
}

/// The masks of spaces and `_` in a block: with SSE2 on x86-64 (part of its baseline, so always
/// there), 16 bytes per compare; elsewhere `masks_by_bytes`.
#[cfg(target_arch = "x86_64")]
fn masks(block: &[u8; 64]) -> (u64, u64) {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    let (mut spaces, mut underscores) = (0, 0);
    for k in 0..4 {
        // SAFETY: SSE2 is enabled on every x86-64 target, and the 16 bytes loaded at `16 * k`
        // (k < 4) are inside the 64-byte block.
        let (s, u) = unsafe {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * k).cast::<__m128i>());
            (
                _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8))),
                _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8))),
            )
        };
        spaces |= u64::from(s as u16) << (16 * k);
        underscores |= u64::from(u as u16) << (16 * k);
    }
    (spaces, underscores)
}

#[cfg(not(target_arch = "x86_64"))]
fn masks(block: &[u8; 64]) -> (u64, u64) {
    masks_by_bytes(block)
}

/// [`masks`] one byte at a time: the definition, and the code on other targets.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn masks_by_bytes(block: &[u8; 64]) -> (u64, u64) {
    block
        .iter()
        .enumerate()
        .fold((0, 0), |(spaces, underscores), (k, &b)| {
            (
                spaces | u64::from(b == b' ') << k,
                underscores | u64::from(b == b'_') << k,
            )
        })
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
/// parts and between two initials (pyvi's `D._C.`), so that the rule for pyvi's `D. C.` decides
/// that gap too, the same in a second run as in the first.
fn split_raw<'a>(
    raw: &'a str,
    start: usize,
    out: &mut Vec<Token<'a>>,
    summary: &mut Summary,
    memo: &mut WholeMemo,
) {
    // The whole token as remembered: its kind and flags depend on its text alone.
    let whole = memo.get(raw, |raw| {
        unsplit_kind(raw).map(|kind| {
            let t = Token::new(raw, 0, false).with_kind(kind);
            (t.kind, t.flags)
        })
    });
    if let Some((kind, flags)) = whole {
        summary.push(
            out,
            Token {
                text: raw,
                start,
                kind,
                flags,
            },
        );
        return;
    }
    split_at_glue(raw, start, out, summary);
}

/// The rest of [`split_raw`], for the few tokens split at glue. Not inlined: the look-up of
/// whole tokens before it is on the tokenizer's hot path, and stays small.
#[inline(never)]
fn split_at_glue<'a>(raw: &'a str, start: usize, out: &mut Vec<Token<'a>>, summary: &mut Summary) {
    // Parts are never empty here: `__` and leading/trailing `_` are protected shapes. `from` is
    // where the current token starts in `raw`, `at` where the current part does; `cut`, whether
    // that token starts inside a unit cut where its case changes (`120H_z`): the rules must
    // decide that gap, though it is between words, where their fast path would skip it.
    let (mut from, mut at, mut glued, mut cut) = (0, 0, false, false);
    let (mut prev, mut prev_punct) = ("", false);
    // The word a mark touches across an `_` is glued to it, unless it may be a program's name
    // (see [`lower_identifier`]).
    let glue =
        |word: &str, may_be_name: bool| !(word.is_empty() || may_be_name && lower_identifier(word));
    for part in parts(raw) {
        let punct = !has_alphanumeric(part);
        // Glue joins punctuation to the letter or digit it touches (`Damas_«`, `«_Damas`); an
        // `_` between a mark and a symbol (`(_%/người`, which a first run may have made of
        // `( _ % / người`) is not glue, and stays.
        let gap = match (prev_punct, punct) {
            (true, true) => true,
            // Not a program's name quoted or bracketed (`"_id"`, `(_rev)`): underthesea glues a
            // dash or an apostrophe to a foreign word too (`—_ion`, `Q'anjob '_al`), but with no
            // mark after the word.
            (true, false) => {
                let word = part.split(|c: char| !c.is_alphanumeric()).next();
                word.is_some_and(|word| glue(word, word.len() < part.len()))
            }
            // Not a program's name before a mark (`model.coef_,`).
            (false, true) => prev
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|word| glue(word, true)),
            // After the first part, also a word before an e-mail address.
            (false, false) => {
                split_between(prev, part) || at == prev.len() + 1 && word_then_address(raw)
            }
        };
        if at > from && gap {
            let text = &raw[from..at - 1];
            summary.push(
                out,
                classified(Token::new(text, start + from, glued).rules_decide(cut)),
            );
            (from, glued, cut) = (at, true, case_split_unit(prev, part));
            // A unit cut for the rules was one word the producer joined (`120H_z`, `0,05_S`):
            // evidence of a join, as the whole token would have been.
            summary.evidence.joined_ascii += u32::from(cut || sulfur_grade(prev, part));
        }
        (prev, prev_punct) = (part, punct);
        at += part.len() + 1;
    }
    summary.push(
        out,
        classified(Token::new(&raw[from..], start + from, glued).rules_decide(cut)),
    );
}

/// `word`, on the other side of an `_` from a mark, is an ASCII word in lower case that is no
/// syllable, as a program's names that start or end in `_` are: scikit-learn's fitted
/// attributes (`xem model.coef_, model.intercept_.`, a line of a held-out sample of real pages
/// with `_`, which lost them), MongoDB's `"_id"`. Segmenters glue marks with `_` to syllables,
/// names and numbers (`Nguyễn_,`, `khoai_—`, `Putin_]`, `37,3_°C`, `‘_cú`).
fn lower_identifier(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase()) && word.is_ascii() && !is_syllable(word)
}

/// What a token with `_` is when it stays whole: protected shapes and symbols only (`(_)`,
/// `^_^`), and tokens without a punctuation-only part or two initials in a row. `None`: it is
/// split at `_` glue.
fn unsplit_kind(raw: &str) -> Option<Underscored> {
    if protected_shape(raw) {
        // Every token with an `@` is one (see [`address_shape`]).
        (!word_then_address(raw)).then(|| underscored(raw))
    } else if !has_alphanumeric(raw) {
        Some(underscored(raw))
    } else if parts(raw).all(has_alphanumeric) && !split_inside(raw) && !word_then_address(raw) {
        Some(classify_parts(raw))
    } else {
        None
    }
}

/// The size of fine dust, `2.5` of `PM2.5` (or `2,5`).
fn fine_dust_size(t: &str) -> bool {
    matches!(t.as_bytes(), [b'2', b'.' | b',', b'5'])
}

/// [`fine_dust_size`] as a token's first part, `2.5` or `2.5_nổ`, read from its bytes: asked
/// of every token that starts with a digit.
pub(super) fn fine_dust_first(t: &str) -> bool {
    matches!(
        t.as_bytes(),
        [b'2', b'.' | b',', b'5'] | [b'2', b'.' | b',', b'5', b'_', ..]
    )
}

/// An initial: a capital and its dot (`D.`, `Đ.`).
pub(super) fn dotted_capital(part: &str) -> bool {
    part.strip_suffix('.').is_some_and(initial)
}

/// Initials with dots between them, `Q.T`, `Q.T.`, `Ng.Th.Ng`: after an initial of a name
/// (`T._Q.T`), the gap the rules for pyvi's `T. Q.T` decide; as a joined word's last part, a
/// name's part with or without its last dot (see `classify_whole`).
fn dotted_initials(t: &str) -> bool {
    let t = t.strip_suffix('.').unwrap_or(t);
    t.contains('.') && undotted_initials(t)
}

/// A capital that may be a person's initial: a Latin one, or a Vietnamese one (`ông N.V.Đ.`,
/// `Đ.N.Á.`), or a consonant of two or three letters that news abbreviates a name to
/// (`N.Ph.A.`, `Ng.Th.Ng`, `V.N.Q.Tr.`: in runs unspaced 16 times, spaced 3, in the news sets
/// read by session 34).
pub(super) fn initial(t: &str) -> bool {
    match t.as_bytes() {
        [c] => c.is_ascii_uppercase(),
        consonant if consonant_initial(consonant) => true,
        [0xC3..=0xC6 | 0xE1, ..] => {
            let mut chars = t.chars();
            chars
                .next()
                .is_some_and(|c| c.is_uppercase() && vietnamese_letter(c))
                && chars.next().is_none()
        }
        _ => false,
    }
}

/// A Vietnamese consonant of two or three letters, capitalised: an [`initial`].
fn consonant_initial(t: &[u8]) -> bool {
    matches!(
        t,
        b"Ch" | b"Gh" | b"Gi" | b"Kh" | b"Ng" | b"Ngh" | b"Nh" | b"Ph" | b"Qu" | b"Th" | b"Tr"
    )
}

/// Some part of `raw` is split from the one before it (see [`split_between`]).
fn split_inside(raw: &str) -> bool {
    parts(raw)
        .zip(parts(raw).skip(1))
        .any(|(a, b)| split_between(a, b))
}

/// The `_` between parts `a` and `b` is split for the rules to decide:
/// - pyvi's between two initials (`A._S.`, `J._R._R.`, also a bare last one: `N. C._K ,`), in
///   `V._League` (see [`league`]) and after a district's unit (`P._Phương_Liệt`, see
///   `restore::abbreviations::district`);
/// - underthesea's before degrees (`25,7_°C`, `nhiệt_độ_°C`; see `restore::units::degrees`),
///   before the `h` of an hour or a range of hours, with its minutes or not, or of round the
///   clock (`3_h`, `12-15_h`, `18-22_h30`, `24/24_h`, see `restore::times::hour_mark`), before
///   a plate's mask (`51C-454_xx`, see [`masked_plate`]), inside a unit whose case changes
///   (`120H_z`, see [`case_split_unit`]), before a fuel's sulfur (`0,05_S`, see
///   [`sulfur_grade`]), before an engine's `L` (`1.5_L`, see [`engine_size`]), before a
///   fishing boat's `TS` (`QNa-90039_TS`, see [`boat_number`]), before fine dust's size
///   (`PM_2.5`, which a first run glues as it glues VnCoreNLP's `PM 2.5`, see
///   `restore::units::fine_dust_split`), after an abbreviation's dot before its number
///   (`KP._2`, see `restore::abbreviations::abbreviation_number`), after an hour's `h` before a
///   number (`11 h_10/9`, which news writes `11h 10/9`), and beside a unit a rule may glue to
///   its number: before it (`1,5_m`, see [`unit_after_number`]), and after it before a syllable
///   (`3.000 m_vượt`), where the rules must see the unit apart to decide the gap before it;
/// - between a code's capitals and one or two digits (`VTV_1`, `A_B_1`), or one capital and three
///   (an aircraft, `A_321`, as VnCoreNLP's word segmenter joins its tokenizer's `A 321`), which
///   the rules for VnCoreNLP's `VTV 1 )` decide: a second run sees them apart;
/// - between a motorbike plate's series letter and its digit with the serial, which VnCoreNLP's
///   tokenizer cuts apart (`59 A 3-115.99`) and its word segmenter joins (`59 A_3-115.99`).
///
/// (And between a word and an e-mail address, in the protected tokens [`word_then_address`]
/// picks.)
fn split_between(a: &str, b: &str) -> bool {
    dotted_capital(a)
        && (dotted_capital(b) || initial(b) || dotted_initials(b) || league(&a[..a.len() - 1], b))
        || b.starts_with('°')
        || b == "h" && (hour_range(a) || is_hour(a) || a == "24/24")
        || h_minutes(b) && hour_range(a)
        || masked_plate(a, b)
        || case_split_unit(a, b)
        || sulfur_grade(a, b)
        || b == "L" && engine_size(a)
        || b == "TS" && boat_number(a)
        || a == "PM" && fine_dust_size(b)
        || unit_after_number(b) && is_number(a)
        || unit_after_number(a) && accented_syllable(b)
        || a.strip_suffix('.').is_some_and(district_unit) && b.starts_with(char::is_uppercase)
        || b.starts_with(|c: char| c.is_ascii_digit())
            && (a
                .strip_suffix('.')
                .is_some_and(|letter| abbreviation_number(letter, b))
                || a == "h")
        || b.len() <= 2 && is_digits(b) && (1..=4).contains(&a.chars().count()) && code_capitals(a)
        || matches!(a.as_bytes(), [c] if c.is_ascii_uppercase())
            && (matches!(b.as_bytes(), [d, b'-', ..] if d.is_ascii_digit()) && serial(&b[2..])
                || b.len() == 3 && is_digits(b))
}

/// underthesea joins the word before an e-mail address or a host to it:
/// `email_hotro@baochinhphu.vn`, `thư_toasoan@tuoitre.com.vn`, `trang_kworb.net`,
/// `website_www.vietcombank.com.vn`. Such a token is split when the rest is an address without
/// `_` and its first part is `email` or an accented syllable (an e-mail address may hold an
/// `_`, but none starts so), or any syllable or loanword before a host (no host holds an `_`).
fn word_then_address(raw: &str) -> bool {
    // One scan of bytes, since most tokens asked are joined words: after the first `_`, an `@`
    // or a dot, and no other `_`.
    let bytes = raw.as_bytes();
    let Some(cut) = bytes.iter().position(|&b| b == b'_') else {
        return false;
    };
    let (mut at, mut dot) = (false, false);
    for &b in &bytes[cut + 1..] {
        match b {
            b'_' => return false,
            b'@' => at = true,
            b'.' => dot = true,
            _ => {}
        }
    }
    let (word, address) = (&raw[..cut], &raw[cut + 1..]);
    at && word_before_address(word)
        || dot && is_host(address) && (is_syllable(word) || LOANWORDS.contains(&word))
}

/// The first part of a [`word_then_address`] token.
fn word_before_address(word: &str) -> bool {
    word.eq_ignore_ascii_case("email") || accented_syllable(word)
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
pub(super) fn has_alphanumeric(t: &str) -> bool {
    let latin = |b: u8| b.is_ascii_alphanumeric() || (0xC3..=0xC9).contains(&b) || b == 0xE1;
    t.bytes().any(latin) || t.chars().any(char::is_alphanumeric)
}

/// Kind and flags of whole `_` tokens, `None` for those split at `_` glue.
type WholeMemo = Memo<32, Option<(Underscored, u16)>>;

thread_local! {
    /// Syllable verdicts already computed on this thread. A text repeats a few thousand
    /// distinct syllables (at most 11 bytes each) and the full parse costs far more than a
    /// look-up. Per thread, so the stage stays pure and lock-free. 2^15 slots (560 KB): with
    /// 2^13, 3 MB of segmented Wikipedia (5,400 distinct parts, 8,500 distinct joined words)
    /// lost a third of the stage's time to collisions.
    static SYLLABLES: RefCell<Memo<16, bool>> = RefCell::new(Memo::new(15));
    /// What a space-delimited token with `_` is, and its flags, for tokens that are not split
    /// (almost all): joined words repeat about as much as syllables do. 2^15 slots (1.2 MB).
    static UNDERSCORED: RefCell<WholeMemo> = RefCell::new(Memo::new(15));
}

/// A syllable with a letter outside ASCII (`với`, `thư`), which no identifier or English word
/// is.
pub(super) fn accented_syllable(t: &str) -> bool {
    !t.is_ascii() && is_syllable(t)
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

/// URL, e-mail, `@handle`, `#hashtag`; a hashtag also after the brackets and quotes a first run
/// glues to it (`( #_Hà_Nội` becomes `(#_Hà_Nội`, which a second run must keep too).
pub(super) fn address_shape(t: &str) -> bool {
    // One scan for the bytes all these shapes need before looking closer.
    // Byte windows, not `str::contains`: building a substring searcher costs more than a
    // scan of a token this short.
    let b = t.as_bytes();
    b.iter().any(|b| matches!(b, b'/' | b'.' | b'@' | b'#'))
        && (b.windows(3).any(|w| w == b"://")
            || b.windows(4).any(|w| w == b"www.")
            || b.contains(&b'@')
            || t.trim_start_matches(|c| OPENING.contains(&c) || c == '"' || c == '\'')
                .starts_with('#'))
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

/// [`underscored`] for a token with `_` and no protected shape. Joined words may carry the
/// published text's punctuation (`sinh_viên.`, `(Hà_Nội)`, `đồng/cổ_phiếu`, `Thái_Lan,Việt_Nam;`,
/// `pháp_luật./.`: a segmenter's output whose punctuation was put back, or one that leaves it
/// on the words): the token is joined words when every piece between its marks that has an
/// `_` is one, so that an identifier beside a mark (`max_length,`) stays one. Not a call
/// (`tinh_tong(ma_tran,`: a bracket opened after a letter), a path
/// (`/home/Tài_liệu/học_tập`: a `/` first or more than one), nor a file or host name
/// (`cau_hinh.yaml`, `xu_ly.py.`, `Booking_88.net`: a last dot before 2 to 5 ASCII letters and
/// digits, and maybe marks, spec §6's protected `.ext`).
fn classify_parts(t: &str) -> Underscored {
    let whole = classify_whole(t);
    if whole != Underscored::Foreign {
        return whole;
    }
    let call = t
        .char_indices()
        .any(|(k, c)| OPENING.contains(&c) && t[..k].ends_with(|c: char| c.is_alphanumeric()));
    let path = t.starts_with('/') || t.matches('/').nth(1).is_some();
    let extension = t
        .trim_end_matches(glued_mark)
        .rsplit_once('.')
        .is_some_and(|(_, ext)| {
            (2..=5).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric())
                && ext.bytes().any(|b| b.is_ascii_alphabetic())
        });
    if call || path || extension || !t.contains(glued_mark) {
        return Underscored::Foreign;
    }
    // Inside the token a dot is no mark: `self.so_luong` is code, and `Q.Ba_Đình` and
    // `TP.Hồ_Chí_Minh` are read whole. Some piece has the token's `_` (no mark is one).
    let inner = |c: char| c != '.' && glued_mark(c);
    let body = t
        .trim_start_matches(glued_mark)
        .trim_end_matches(glued_mark);
    let mut accented = false;
    for piece in body.split(inner).filter(|piece| piece.contains('_')) {
        match classify_whole(piece) {
            Underscored::Joined { accented: a } => accented |= a,
            _ => return Underscored::Foreign,
        }
    }
    Underscored::Joined { accented }
}

/// [`classify_parts`] of the token as it is, punctuation and all.
fn classify_whole(t: &str) -> Underscored {
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
    // A first number with a decimal or thousands separator: a measurement (see [`unit`]).
    let mut measure = false;
    let last = t.bytes().filter(|&b| b == b'_').count();
    for (n, part) in parts(t).enumerate() {
        // A function word hyphenated to a name is a first run's glue (`Bahá - of_the` gives
        // `Bahá-of_the`), no name: the token stays the phrase it was.
        let glued_function_word = part.as_bytes().contains(&b'-')
            && part.split('-').any(|p| FOREIGN_FUNCTION_WORDS.contains(&p));
        function_word |= glued_function_word || FOREIGN_FUNCTION_WORDS.contains(&part);
        // Whether a syllable is also a name part only matters for the first part; elsewhere a
        // capitalised syllable counts as a name for the particles.
        let syllable = is_syllable(part);
        // Initials last without their dot too (`Junior_L.S.S`): a first run may glue the
        // sentence's dot on (`Junior_L.S.S .`), and a second run reads `L.S.S.` as initials.
        let initials_last = n == last && dotted_initials(part);
        let name =
            (n == 0 || !syllable) && !glued_function_word && (is_name_part(part) || initials_last);
        names += u32::from(name || syllable && part.starts_with(char::is_uppercase));
        // An accented syllable with digits typed against it (`năm1959`, `dịch2`, `thứ2`), as
        // news has them and underthesea joins them to a word (`sinh_năm1959`). Asked last.
        let syllable_digits = || {
            part.ends_with(|c: char| c.is_ascii_digit())
                && !part.is_ascii()
                && is_syllable(part.trim_end_matches(|c: char| c.is_ascii_digit()))
        };
        if syllable || name || LOANWORDS.contains(&part) || etc(part) || syllable_digits() {
            // A plain name: `A-max` may be the result of gluing `A - max`.
            name_first |= n == 0 && name && !part.as_bytes().contains(&b'-');
            words += 1;
            // (A part here that ends with a digit and is no syllable is a name or has a
            // syllable before its digits.)
            accented |=
                (syllable || part.ends_with(|c: char| c.is_ascii_digit())) && !part.is_ascii();
        } else if is_number(part) || with_unit(part) || h_minutes(part) {
            // (`h30`: the minutes underthesea splits off an hour and joins to the next word,
            // `22 h30_tối`, ride along like a number.)
            number_first |= n == 0;
            measure |= n == 0 && part.contains([',', '.']);
        } else if n == 1 && measure && unit(part) {
            other += 1;
        } else if NAME_PARTICLES.contains(&part) {
            particles += 1;
        } else if is_word(part) {
            other += 1;
            // A loanword in Vietnamese spelling (underthesea's `ôxít_asen`, `macmột_bobac`), or
            // words it kept hyphenated (`doanh_nghiệp-thông_tin`), is as unlike an identifier as
            // an accented syllable. Each hyphenated piece must be Vietnamese: `length-đ`, glued
            // from `max_length - đ` by a first run, stays as protected as `max_length` was.
            accented |= !part.is_ascii()
                && part.chars().all(|c| vietnamese_letter(c) || c == '-')
                && part.split('-').all(|p| !p.is_ascii() || is_syllable(p));
        } else {
            return Underscored::Foreign;
        }
    }
    // ALL_CAPS_WITH_UNDERSCORES is a constant name, not a segmented word (dotted abbreviations
    // such as `PGS._TS.` are not constants, nor are news acronyms, `E5_RON`, also with a number,
    // `E5_RON92`, `E5_RON92-II`: underthesea's fuel grades; nor a number with its unit,
    // underthesea's `RAM_8GB`, `HDD_1TB`, `4G_LTE`; nor a range of numbers or a date first,
    // which no identifier starts with: underthesea's `3-4_HCV`, `1/2024_MXH`; nor a team and
    // its score or age group, `UAE_3-2`, `U23_UAE` (a held-out news set: 9 lines, before
    // anything in the stream showed underthesea); nor initials alone, pyvi's `A_P.` of a
    // name news shortens, `Sùng A P.`: Wikipedia has two such constants in 84 MB), with the
    // sentence's dots glued to it or not: a second run sees `II_XYZ.` or `II_XYZ..` where the
    // first saw `II_XYZ .` (idempotence).
    let body = t.trim_end_matches('.');
    let range_first = number_first && t.split('_').next().is_some_and(|p| p.contains(['-', '/']));
    let constant = t.is_ascii()
        && !range_first
        && !t.chars().any(char::is_lowercase)
        && !body.contains('.')
        && !measure
        && !parts(body).all(|p| p.len() == 1)
        && !parts(body).any(|p| {
            let letters = p.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(p.len());
            NEWS_ACRONYMS.contains(&&p[..letters]) || with_unit(p) || score(p)
        })
        // An age group and a team (`U23_UAE`) is none; a limit (`U16_MAX`) is.
        && (!parts(body).any(age_group) || parts(body).any(|p| matches!(p, "MAX" | "MIN")))
        // The city's abbreviation, which VnCoreNLP's word segmenter joins after a capitalised
        // word (`Cục Thuế TP_HCM`: 8 lines of the 66 news sets); `TP` and `HCM` are no news
        // acronyms for a longer token (`TP.HCM_X` stays an identifier).
        && body != "TP_HCM";
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

/// A score or a range, `3-2`: no identifier holds a `-`.
fn score(part: &str) -> bool {
    part.contains('-') && is_number(part)
}

/// A football team's age group, `U23`, `U19`: from 15 to 23.
fn age_group(part: &str) -> bool {
    part.strip_prefix('U')
        .is_some_and(|age| age.len() == 2 && is_digits(age) && ("15"..="23").contains(&age))
}

/// `v.v.` (và vân vân, "and so on"), with any dots after it, which underthesea joins to the
/// word before it (`Internet_v.v.`, `đồng dao_v.v...`).
fn etc(part: &str) -> bool {
    part.strip_prefix("v.v")
        .is_some_and(|dots| dots.bytes().all(|b| b == b'.'))
}

/// Two ASCII words or codes joined by `_` whose letters differ in case, capitals against lower
/// case or mixed (`VF_e34`, `series_A`, `trending_YouTube`), or both of mixed case
/// (`iPhone_Mini`). underthesea joins such neighbours (`VF e34` → `VF_e34`); identifiers mostly
/// keep one case across their parts (`max_length`; capitals alone, see [`capitals_join`]).
fn mixed_case_join(t: &str) -> bool {
    // Bit 1: a capital; bit 2: a lower-case letter.
    let case = |part: &str| {
        part.bytes().fold(0, |case, c| {
            case | u8::from(c.is_ascii_uppercase()) | u8::from(c.is_ascii_lowercase()) << 1
        })
    };
    let code = |part: &str| !part.is_empty() && part.bytes().all(|c| c.is_ascii_alphanumeric());
    t.split_once('_').is_some_and(|(first, second)| {
        code(first)
            && code(second)
            && case(first) != 0
            && case(second) != 0
            && (case(first) != case(second) || case(first) == 3)
    })
}

/// A lower-case ASCII word and the name after it, of two parts or more, that underthesea joined
/// (`pate_Minh_Chay`, five sentences of the news set CC; two parts are [`mixed_case_join`]'s),
/// or initials (`karaoke_S.M`, two sentences of the set DE).
fn word_then_names(t: &str) -> bool {
    t.split_once('_').is_some_and(|(word, names)| {
        word.len() >= 2
            && word.bytes().all(|c| c.is_ascii_lowercase())
            && (names.contains('_') && names.split('_').all(is_name_part) || dotted_initials(names))
    })
}

/// Codes in capitals and digits that underthesea joined (`MSC_POESIA`, `ASEAN_NCAP`,
/// `HEV_RS`, `LUX_SA2`, and with an `&`, `CJ_E&M`): in its output on the news sets AT, AW, AX
/// and AY (2,331 sentences) 24 such tokens, none in pyvi's or VnCoreNLP's; in 100 MB of
/// Wikipedia 13 published ones (`JIS_X_0208`, `DT_GNU_HASH`). So in a stream that may be
/// underthesea's they are split; elsewhere they stay as constants, and so does one named with
/// a word programs name things with (`MAX_VALUE`, `API_KEY`, see [`CODE_WORDS`]), as none of
/// the 85 such tokens in the three producers' output on the news sets is.
fn capitals_join(t: &str) -> bool {
    let code = |part: &str| {
        !part.is_empty()
            && part
                .bytes()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'&')
            && !code_word(part)
    };
    t.split('_').all(code) && t.bytes().any(|c| c.is_ascii_uppercase())
}

/// A code and what follows it, which underthesea joins (its output on the news sets of sessions
/// 29 to 31 has 11 such tokens; Wikipedia has none): a plate's series and serial, `14C_277.77`,
/// a person's initials and the word or name after them, `N.V.L_giấu`, `I.L.E_Edu`, and, in the
/// sets of session 42, a missile's model and its name, `AIM-120_AMRAAM`, `AIM-9X_Sidewinder`.
/// (With a `/`, `:` or `-` after the `_`, see [`signed_join`].)
fn code_join(t: &str) -> bool {
    let Some((code, rest)) = t.split_once('_') else {
        return false;
    };
    let model = || {
        code.split_once('-').is_some_and(|(name, number)| {
            capitals(name) && number.starts_with(|c: char| c.is_ascii_digit())
        }) && (capitals(rest) || is_name_part(rest))
    };
    plate_series(code) && serial(rest)
        || dotted_initials(code)
            && (is_syllable(rest) && rest.starts_with(char::is_lowercase) || is_name_part(rest))
        || model()
}

/// Capitals of two letters or more: `TTXVN`, `UTC`.
fn capitals(t: &str) -> bool {
    t.len() >= 2 && t.bytes().all(|c| c.is_ascii_uppercase())
}

/// A code joined to a date, a time or a score, which underthesea joins and no identifier is
/// (none holds a `/`, `:` or `-`), in any stream: a news agency's dateline, `TTXVN_18/4/2024`
/// (`Hà Nội (TTXVN 18/4/2024)`), a clock time and its zone, `00:47:26_UTC` (the news sets of
/// session 42), and a word and a score, `line_1-1` (session 47). In a stream not yet known as
/// underthesea's, such a line alone kept its `_`.
fn signed_join(t: &str) -> bool {
    let Some((code, rest)) = t.split_once('_') else {
        return false;
    };
    // Two or three numbers joined by `sep`: a date (`18/4/2024`), a time (`00:47:26`).
    let numbers = |t: &str, sep: char| {
        let mut numbers = t.split(sep);
        (2..=3).contains(&numbers.clone().count()) && numbers.all(is_digits)
    };
    capitals(code) && numbers(rest, '/')
        || numbers(code, ':') && capitals(rest)
        || !code.is_empty() && code.bytes().all(|c| c.is_ascii_lowercase()) && score(rest)
}

/// Two lower-case English words of three letters or more that underthesea joined
/// (`deep_learning`, `death_penalty`, `pop_ballad`: 8 lines of its output on the news sets, the
/// Wikipedia sample and the treebank kept such a join; pyvi and VnCoreNLP join none). Identifiers
/// are made of such words too, but with one that programs name things with ([`CODE_WORDS`]:
/// `max_length`, `file_name`); 84 MB of Wikipedia has 23 lower-case `a_b` tokens, the news sets
/// none.
fn english_words_join(t: &str) -> bool {
    let english = |part: &str| english_word(part) && !code_word(part);
    t.split_once('_')
        .is_some_and(|(first, second)| english(first) && english(second))
}

/// One of the words programs name things with ([`CODE_WORDS`]), in any case: `max`, `VALUE`.
fn code_word(part: &str) -> bool {
    CODE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(part))
}

/// A lower-case ASCII word of three letters or more that is no Vietnamese syllable: English, as
/// underthesea joins it to a neighbour.
fn english_word(part: &str) -> bool {
    part.len() >= 3 && part.bytes().all(|c| c.is_ascii_lowercase()) && !is_syllable(part)
}

/// A lower-case English word of three letters or more and an unaccented Vietnamese syllable,
/// in either order, that underthesea joined (`zoom_quang`, `marathon_nam`, `trang_review`):
/// identifiers are mostly English throughout (`max_length`, see [`english_words_join`]) or
/// Vietnamese throughout (`so_luong`, which is split as a joined word anyway).
fn english_syllable_join(t: &str) -> bool {
    let syllable = |part: &str| part.bytes().all(|c| c.is_ascii_lowercase()) && is_syllable(part);
    t.split_once('_').is_some_and(|(first, second)| {
        english_word(first) && syllable(second) || syllable(first) && english_word(second)
    })
}

/// A size and its unit, `6x7_cm`, `2x2_cm`, which underthesea joins whether the text had a
/// space or not (`6x7cm` and `6x7 cm` alike: checked on the tool); Wikipedia spaces such a
/// unit 30 times and glues it 27. An identifier starts with no digit.
fn size_unit_join(t: &str) -> bool {
    t.split_once('_').is_some_and(|(size, measure)| {
        let mut sides = size.split(['x', '×']);
        let sides_ok = sides.clone().count() >= 2 && sides.all(is_number);
        sides_ok && unit(measure)
    })
}

/// A part of a proper name the segmenters join like a word: a capital letter followed by letters,
/// digits or inner hyphens, apostrophes and ampersands (`Donald`, `Hezbollah`, and from
/// underthesea `U23_thắng`, `Kim_Jong-un`, `Covid-19_mới`, `H'Hen_Niê`, `H’Hen_Niê`,
/// `AT&T_Wireless`), initials (`Q.` in pyvi's `Nguyễn_Q.`, `C.H.`), a word of a script without
/// case (`カタカナ`, `دارالسلام`), or a name after the abbreviation of a district or ward (`Q.Ba`
/// in underthesea's `Q.Ba_Đình`, `P.Bến_Nghé`) or after a title's (`PGS.TS.BS_Hồ_Thượng_Dũng`,
/// which underthesea joins as it joins `TS.BS_Hồ`).
pub(super) fn is_name_part(part: &str) -> bool {
    let mut chars = part.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    first.is_uppercase()
        && (initials(rest)
            || !rest.ends_with(['-', '\'', '’', '&'])
                && rest
                    .chars()
                    .all(|c| is_letter(c) || c.is_numeric() || matches!(c, '-' | '\'' | '’' | '&')))
        // Case first: it rules out Latin letters cheaply, `is_alphabetic` is a slow table search.
        || part
            .chars()
            .all(|c| !c.is_lowercase() && !c.is_uppercase() && c.is_alphabetic())
        || part.rsplit_once('.').is_some_and(|(abbreviation, name)| {
            ((1..=2).contains(&abbreviation.len())
                && abbreviation.bytes().all(|c| c.is_ascii_uppercase())
                || abbreviation_heads(abbreviation))
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

/// A word of letters, possibly with inner `'`, `’` or `-` (`cricket`, `Shi'a`, `d’Ivoire`,
/// `kilo-héc`).
fn is_word(part: &str) -> bool {
    part.starts_with(is_letter)
        && part.ends_with(is_letter)
        && part
            .chars()
            .all(|c| is_letter(c) || matches!(c, '\'' | '’' | '-'))
}

/// A unit that underthesea joins to a number with a decimal or thousands separator (`91,46_km2`,
/// `18.000_m²`, `1,25_MB`, `12,7_mm`; it leaves `500 mm` apart).
fn unit(part: &str) -> bool {
    let letters = part.trim_end_matches(['2', '3', '²', '³']);
    (1..=3).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_alphabetic())
}

/// A number with a short unit, which underthesea joins to words like a number (`dây_5G`,
/// `One_Piece_3D`).
pub(super) fn with_unit(part: &str) -> bool {
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
    fn signed_joins() {
        for t in ["TTXVN_18/4/2024", "00:47:26_UTC", "line_1-1"] {
            assert!(signed_join(t), "{t}");
        }
        // Nothing before the `_` (a first run may leave `_8-4` so), an identifier, a time
        // before lower-case letters.
        for t in ["_8-4", "max_len", "a_b-c", "00:47_utc"] {
            assert!(!signed_join(t), "{t}");
        }
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
        // A word joined to an address; an address with `_` in it stays whole.
        assert_eq!(
            texts("email_hotro@x.vn thư_toasoan@x.vn hotro_x@x.vn email_a_b@x.vn"),
            vec![
                ("email", false),
                ("hotro@x.vn", true),
                ("thư", false),
                ("toasoan@x.vn", true),
                ("hotro_x@x.vn", false),
                ("email_a_b@x.vn", false)
            ]
        );
        // … and the word before a host, which holds no `_` (not a file's name).
        assert_eq!(
            texts("trang_kworb.net website_www.x.com.vn bao_cao.pdf trang_x_y.vn max_len.vn"),
            vec![
                ("trang", false),
                ("kworb.net", true),
                ("website", false),
                ("www.x.com.vn", true),
                ("bao_cao.pdf", false),
                ("trang_x_y.vn", false),
                ("max_len.vn", false)
            ]
        );
        // Fine dust's size, an abbreviation's number, a date after an hour's `h`, an hour's
        // `h`, for the rules to decide as they decide them spaced.
        assert_eq!(
            texts("PM_2.5_nổ KV._2 h_10/9 3_h"),
            vec![
                ("PM", false),
                ("2.5_nổ", true),
                ("KV.", false),
                ("2", true),
                ("h", false),
                ("10/9", true),
                ("3", false),
                ("h", true)
            ]
        );
        // A number's degrees, for the rules to decide.
        assert_eq!(
            texts("25,7_°C nhiệt_độ_°C"),
            vec![
                ("25,7", false),
                ("°C", true),
                ("nhiệt_độ", false),
                ("°C", true)
            ]
        );
        // Between a mark and a symbol an `_` is no glue.
        assert_eq!(
            texts("(_%/người «_Damas"),
            vec![("(_%/người", false), ("«", false), ("Damas", true)]
        );
        // A unit cut where its case changes and a fuel's sulfur, for the rules to decide; each
        // still counts as the join the producer made.
        assert_eq!(
            texts("120H_z 0,05_S"),
            vec![("120H", false), ("z", true), ("0,05", false), ("S", true)]
        );
        let mut out = Vec::new();
        assert_eq!(tokenize("120H_z 0,05_S", &mut out).evidence.joined_ascii, 2);
    }

    proptest::proptest! {
        #[test]
        fn masks_are_their_definition(block in proptest::collection::vec(
            proptest::sample::select(&b" _a\xc3\xa0,"[..]), 64)) {
            let block: &[u8; 64] = block.as_slice().try_into().unwrap();
            proptest::prop_assert_eq!(masks(block), masks_by_bytes(block));
        }

        #[test]
        fn tokens_are_the_space_separated_words(text in "[a _ư,]{0,150}") {
            let mut out = Vec::new();
            tokenize(&text, &mut out);
            let mut want: Vec<(usize, &str)> = Vec::new();
            let mut at = 0;
            for word in text.split(' ') {
                if !word.is_empty() {
                    want.push((at, word));
                }
                at += word.len() + 1;
            }
            // Tokens split at `_` glue are consecutive pieces of one word.
            let mut got: Vec<(usize, String)> = Vec::new();
            for t in &out {
                match got.last_mut() {
                    Some((start, word)) if t.has(GLUED) => {
                        word.push('_');
                        word.push_str(t.text);
                        proptest::prop_assert_eq!(*start + word.len(), t.start + t.text.len());
                    }
                    _ => got.push((t.start, t.text.to_owned())),
                }
            }
            let want: Vec<(usize, String)> = want.into_iter().map(|(a, w)| (a, w.to_owned())).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn offsets_point_into_the_line() {
        let line = " a  B_» c";
        let mut out = Vec::new();
        tokenize(line, &mut out);
        for t in &out {
            assert_eq!(&line[t.start..t.start + t.text.len()], t.text);
        }
        let starts: Vec<_> = out.iter().map(|t| (t.start, t.has(GLUED))).collect();
        assert_eq!(starts, [(1, false), (4, false), (6, true), (9, false)]);
    }

    #[test]
    fn joined_words_written_with_spaces_too() {
        for (line, want) in [
            ("Lục Tuyết Kỳ, Lục_Tuyết_Kỳ", 1),
            ("“Lục Tuyết Kỳ” (Lục_Tuyết_Kỳ), Hà_Nội và Hà Nội.", 2),
            ("hai_người và hai người_ấy", 0),
            ("Hà_Nội, Hà_Nội", 0),
            ("Lục Tuyết Kỳ Lục_Tuyết", 1),
        ] {
            let mut out = Vec::new();
            tokenize(line, &mut out);
            assert_eq!(spaced_too(&out), want, "{line}");
        }
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
            ("E5_RON", Joined { accented: false }),
            ("E5_RON92", Joined { accented: false }),
            ("E5_RON92-II", Joined { accented: false }),
            ("API_V2", Foreign),
            ("RAM_8GB", Joined { accented: false }),
            ("4G_LTE", Joined { accented: false }),
            ("3-4_HCV", Joined { accented: false }),
            ("1/2024_MXH", Joined { accented: false }),
            ("U23_UAE", Joined { accented: false }),
            ("sinh_năm1959", Joined { accented: true }),
            ("so_luong2", Foreign),
            ("line_1-1", Foreign),
            ("max_len-2", Foreign),
            ("UAE_3-2", Joined { accented: false }),
            ("U16_MAX", Foreign),
            ("U24_UAE", Foreign),
            ("A_P.", Joined { accented: false }),
            ("A_P", Joined { accented: false }),
            ("AB_P", Foreign),
            ("12_HCB", Foreign),
            ("S25_FE", Foreign),
            ("h30_tối", Joined { accented: true }),
            ("VCK_U23", Joined { accented: false }),
            ("NXB_CAND", Joined { accented: false }),
            ("BXH_ATP", Joined { accented: false }),
            ("CTCK_VNDIRECT", Joined { accented: false }),
            ("KSND_TPHCM", Joined { accented: false }),
            ("SX_TM", Joined { accented: false }),
            ("TM_YEAR_BASE", Foreign),
            ("CTCP_FPT", Joined { accented: false }),
            ("axit_sunfuric", Joined { accented: false }),
            ("BTS_GHPGVN", Joined { accented: false }),
            ("II_TCN", Joined { accented: false }),
            ("TP_HCM", Joined { accented: false }),
            ("TP_HCM_X", Foreign),
            ("Internet_v.v.", Joined { accented: false }),
            ("đồng_dao_v.v...", Joined { accented: true }),
            ("x_v.w", Foreign),
            ("SJC_133,8", Joined { accented: false }),
            ("bao_cao.pdf", Foreign),
            // Joined words with the published text's punctuation on them; an identifier, a path
            // and file names with it stay foreign.
            ("sinh_viên.", Joined { accented: true }),
            ("(Hà_Nội),", Joined { accented: true }),
            ("“xin_chào”", Joined { accented: true }),
            ("đồng/cổ_phiếu", Joined { accented: true }),
            ("pháp_luật./.", Joined { accented: true }),
            ("Thái_Lan,Việt_Nam;", Joined { accented: true }),
            ("-Tình_yêu", Joined { accented: true }),
            ("ma_tran.", Joined { accented: false }),
            ("max_length,", Foreign),
            ("Hà_Nội,max_length", Foreign),
            ("tinh_tong(ma_tran,", Foreign),
            ("self.so_luong,", Foreign),
            ("/home/Tài_liệu/học_tập", Foreign),
            ("Tài_liệu/học_tập/bài_1", Foreign),
            ("cau_hinh.yaml", Foreign),
            ("xu_ly.py.", Foreign),
            ("năm_2024", Joined { accented: true }),
            ("1.250_ca", Joined { accented: false }),
            ("Kim_Jong-un", Joined { accented: false }),
            ("2024_12", Foreign),
            ("91,46_km2", Joined { accented: false }),
            ("18.000_m²", Joined { accented: true }),
            ("1,25_MB", Joined { accented: false }),
            ("2024_MB", Foreign),
            ("2024_km2", Foreign),
            ("Hội_đồng_cricket", Joined { accented: true }),
            ("6.578_ft", Joined { accented: false }),
            ("dây_5G", Joined { accented: true }),
            ("One_Piece_3D", Joined { accented: false }),
            ("file_2G", Foreign),
            ("ôxít_asen", Joined { accented: true }),
            ("tia_laser", Joined { accented: false }),
            ("axit_nitric", Joined { accented: false }),
            ("chip_A18", Joined { accented: false }),
            ("camera_200MP", Joined { accented: false }),
            ("radar_AN", Joined { accented: false }),
            ("thai_hormon", Joined { accented: false }),
            ("hot_girl", Joined { accented: false }),
            ("hot_boy", Joined { accented: false }),
            ("vitamin_D", Joined { accented: false }),
            ("camera_id", Foreign),
            ("game_id", Foreign),
            ("chip_id", Foreign),
            ("laser_mode", Foreign),
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
            ("H’Hen_Niê", Joined { accented: true }),
            ("PGS._TS.", Joined { accented: false }),
            ("J._R.", Joined { accented: false }),
            ("Q.Ba_Đình", Joined { accented: true }),
            ("TP.Hồ_Chí_Minh", Joined { accented: true }),
            ("PGS.TS.BS_Hồ_Thượng_Dũng", Joined { accented: true }),
            ("XYZ.TS_Hồ", Foreign),
            ("Q.ba_đình", Foreign),
            ("os.Path_x", Foreign),
            ("a._b.", Foreign),
            ("Acer_griseum", Joined { accented: false }),
            ("ibn_Tāriq", Joined { accented: true }),
            ("doanh_nghiệp-thông_tin", Joined { accented: true }),
            ("an_ninh-quốc_phòng", Joined { accented: true }),
            ("max_length-x", Foreign),
            ("max_length-đ", Foreign),
            ("xcơ-max_length", Foreign),
            ("AT&T_Wireless", Joined { accented: false }),
            ("T&T_thua", Joined { accented: false }),
            ("a&b_c", Foreign),
            ("size_t", Foreign),
            ("file_2", Foreign),
            ("MAX_2", Foreign),
            ("Côte_d’Ivoire", Joined { accented: true }),
            ("kali_clorua", Joined { accented: false }),
            ("trang_blog", Joined { accented: false }),
            ("II_XYZ", Foreign),
            ("II_XYZ.", Foreign),
            ("II_TCN.", Joined { accented: false }),
            ("#hà_nội", Neutral),
            ("nguyen_van_a@gmail.com", Neutral),
            ("https://x.vn/bai_viet_1", Neutral),
            ("Hà", No),
        ] {
            assert_eq!(underscored(t), want, "{t}");
        }
    }
}
