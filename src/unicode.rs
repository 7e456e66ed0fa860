//! Unicode clean-up (spec §3): NFC with Vietnamese mark order, invisible characters, spaces.
//!
//! Rules, per line (newlines are never touched, a `\r` before `\n` is kept):
//! 1. **Invisible characters** are deleted: U+200B, U+2060, U+FEFF (a leading BOM included),
//!    U+200E/U+200F and the bidi embeddings/isolates U+202A–U+202E, U+2066–U+2069. U+200C/U+200D
//!    (ZWNJ/ZWJ) carry meaning in emoji and in non-Latin scripts, so they are deleted only next
//!    to a Latin letter and never next to another script or a symbol.
//! 2. **Spaces**: NBSP, U+2000–U+200A, U+202F, U+205F and U+3000 become U+0020; runs of spaces
//!    after the line's indentation become one space; trailing spaces are removed. Leading
//!    indentation and tabs are kept, because they carry structure (code, lists, TSV).
//! 3. **NFC with mark order**: canonical ordering never swaps two marks of combining class 230,
//!    so `e` + acute + circumflex is NFC as `é` + U+0302 and never becomes `ế`. Before composing we
//!    move tone marks after the circumflex/breve/horn of a Latin vowel, then compose.
//!
//! U+00AD (soft hyphen) is kept on purpose: it is a letter (ư, ễ) in TCVN3 and VISCII text that
//! was decoded as Latin-1, and the spec forbids deleting it before legacy-encoding repair.
//!
//! Speed: the gate scans bytes; Vietnamese letters (U+00C0–U+024F, U+1E00–U+1EFF) and ASCII are
//! accepted from their first two bytes, 64 bytes at a time, without any table look-up, so clean
//! NFC text costs one pass and no allocation.

use std::borrow::Cow;
use std::ops::ControlFlow;

use memchr::memmem;
use serde::{Deserialize, Serialize};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::letters::{self, Mark};
use crate::stage::{Counts, Rewriter, Stage};

/// Settings of the Unicode stage. NFC and mark order are always applied when the stage is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UnicodeConfig {
    /// Run the stage at all.
    pub enabled: bool,
    /// Delete invisible format characters (zero-width space, BOM, bidi controls, joiners in Latin).
    pub invisible: bool,
    /// Unify Unicode spaces into U+0020, collapse runs inside a line, trim trailing spaces.
    pub spaces: bool,
}

impl Default for UnicodeConfig {
    fn default() -> Self {
        UnicodeConfig {
            enabled: true,
            invisible: true,
            spaces: true,
        }
    }
}

/// How a character concerns this stage.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// NFC-stable on its own (quick-check Yes, combining class 0): nothing to do.
    Plain,
    /// A non-standard space, mapped to U+0020.
    Space,
    /// Always deleted (when invisible-character removal is on).
    Invisible,
    /// ZWJ/ZWNJ: deleted only inside Latin text.
    Joiner,
    /// Combining mark or anything else that may change under NFC.
    Compose,
}

fn kind(cp: u32) -> Kind {
    match cp {
        0xA0 => Kind::Space,
        0..=0x2FF => Kind::Plain,
        0x300..=0x36F => Kind::Compose,
        0x1E00..=0x1EFF => Kind::Plain,
        0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Kind::Space,
        0x200B | 0x200E | 0x200F | 0x202A..=0x202E | 0x2060 | 0x2066..=0x2069 | 0xFEFF => {
            Kind::Invisible
        }
        0x200C | 0x200D => Kind::Joiner,
        0x2010..=0x206F => Kind::Plain,
        _ => match char::from_u32(cp) {
            Some(c)
                if canonical_combining_class(c) == 0
                    && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes =>
            {
                Kind::Plain
            }
            _ => Kind::Compose,
        },
    }
}

/// Latin letters and combining diacritics: the context in which a joiner is noise.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32, 0xC0..=0x24F | 0x300..=0x36F | 0x1E00..=0x1EFF)
            && c != '×'
            && c != '÷'
}

/// A character of another script, or a symbol/emoji: the context in which a joiner is meaningful.
/// Spaces and general punctuation are neutral: they are not what a joiner joins.
fn is_other_script(c: char) -> bool {
    (c as u32) >= 0x370
        && !is_latin(c)
        && !c.is_whitespace()
        && !(0x2000..=0x206F).contains(&(c as u32))
}

fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// Circumflex and breve: the Vietnamese modifiers that share class 230 with the tones.
fn is_modifier_230(c: char) -> bool {
    matches!(c, '\u{302}' | '\u{306}')
}

fn is_latin_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Which passes a line needs, from [`UnicodeStage::scan`].
#[derive(Clone, Copy, Default)]
struct Work {
    /// Unicode spaces to map or invisible characters to delete.
    filter: bool,
    /// Combining marks or characters that may change under NFC.
    compose: bool,
    /// A run of spaces or a trailing space.
    squeeze: bool,
}

impl Work {
    fn any(self) -> bool {
        self.filter || self.compose || self.squeeze
    }
}

/// Counters of one pass; `apply` ignores them, `survey` reports them.
#[derive(Default)]
struct Tally {
    invisible: u64,
    spaces: u64,
    nfc: u64,
    mark_order: u64,
}

/// The Unicode clean-up stage; see the module docs for its rules.
#[derive(Debug)]
pub(crate) struct UnicodeStage {
    invisible: bool,
    spaces: bool,
}

impl UnicodeStage {
    pub(crate) fn new(config: &UnicodeConfig) -> Self {
        UnicodeStage {
            invisible: config.invisible,
            spaces: config.spaces,
        }
    }

    /// Byte-level scan of one line: which passes it may need. May report work that turns out
    /// to be a no-op (a combining mark that is already NFC), never misses work.
    ///
    /// ASCII needs nothing but the space rule, so only pairs of spaces and the non-ASCII chars
    /// other than the common letters are looked at, found in one pass
    /// ([`for_each_unusual_char_or_double_space`]).
    fn scan(&self, line: &str) -> Work {
        let bytes = line.as_bytes();
        let body = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let indent = indentation(line);
        let mut work = Work {
            squeeze: self.spaces && body.last() == Some(&b' '),
            ..Work::default()
        };
        for_each_unusual_char_or_double_space(bytes, |i| {
            if bytes[i] == b' ' {
                // A pair of spaces starting at or after the indentation is a run to collapse
                // (the byte right after the indentation is never a space).
                work.squeeze |= self.spaces && i >= indent;
                return;
            }
            match kind(decode(bytes, i)) {
                Kind::Plain => {}
                Kind::Compose => work.compose = true,
                Kind::Space if self.spaces => work.filter = true,
                Kind::Invisible | Kind::Joiner if self.invisible => work.filter = true,
                Kind::Space | Kind::Invisible | Kind::Joiner => {}
            }
        });
        work
    }

    /// Cleans one line; `None` when the result equals the input.
    fn clean_line(&self, line: &str, work: Work, tally: &mut Tally) -> Option<String> {
        let mut text = if work.filter {
            Cow::Owned(self.filter(line, tally))
        } else {
            Cow::Borrowed(line)
        };
        if work.compose {
            let composed = compose(&text, tally);
            if composed != text {
                tally.nfc += 1;
                text = Cow::Owned(composed);
            }
        }
        // Mapped spaces can make new runs, so the space pass looks at the filtered text.
        if self.spaces && has_space_work(&text) {
            text = Cow::Owned(squeeze_spaces(&text, tally));
        }
        (text != line).then(|| text.into_owned())
    }

    /// Maps Unicode spaces to U+0020 and deletes invisible characters. Those are never usual
    /// chars (see [`for_each_unusual_char`]), so the text between two unusual chars is copied
    /// in one piece.
    fn filter(&self, line: &str, tally: &mut Tally) -> String {
        let mut text = String::with_capacity(line.len());
        let mut copied = 0;
        for_each_unusual_char(line.as_bytes(), |at| {
            text.push_str(&line[copied..at]);
            let c = line[at..].chars().next().expect("a char starts here");
            copied = at + c.len_utf8();
            self.filter_char(c, &line[copied..], &mut text, tally);
        });
        text.push_str(&line[copied..]);
        text
    }

    /// The filter's rule for the char `c`, followed in its line by `after`: appends to `text`
    /// (the line so far) what stays of it.
    fn filter_char(&self, c: char, after: &str, text: &mut String, tally: &mut Tally) {
        match kind(c as u32) {
            Kind::Space if self.spaces => {
                tally.spaces += 1;
                text.push(' ');
            }
            Kind::Invisible if self.invisible => tally.invisible += 1,
            Kind::Joiner if self.invisible => {
                let prev = text.chars().next_back();
                let next = after
                    .chars()
                    .find(|&n| !matches!(kind(n as u32), Kind::Invisible | Kind::Joiner));
                let latin = prev.is_some_and(is_latin) || next.is_some_and(is_latin);
                let other = prev.is_some_and(is_other_script) || next.is_some_and(is_other_script);
                if latin && !other {
                    tally.invisible += 1;
                } else {
                    text.push(c);
                }
            }
            _ => text.push(c),
        }
    }

    fn rewrite<'a>(&self, text: &'a str, tally: &mut Tally) -> Cow<'a, str> {
        let mut out = Rewriter::new(text);
        crate::stage::for_each_line(text, |at, line| {
            let work = self.scan(line);
            if work.any() {
                if let Some(clean) = self.clean_line(line, work, tally) {
                    out.replace(at, at + line.len(), &clean);
                }
            }
        });
        out.finish()
    }
}

impl Stage for UnicodeStage {
    fn name(&self) -> &'static str {
        "unicode"
    }

    fn needs(&self, text: &str) -> bool {
        let mut start = 0;
        for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
            if self.scan(&text[start..nl]).any() {
                return true;
            }
            start = nl + 1;
        }
        self.scan(&text[start..]).any()
    }

    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.rewrite(text, &mut Tally::default())
    }

    fn survey(&self, text: &str, counts: &mut Counts) {
        let mut tally = Tally::default();
        self.rewrite(text, &mut tally);
        for (key, n) in [
            ("invisible", tally.invisible),
            ("spaces", tally.spaces),
            ("nfc", tally.nfc),
            ("mark_order", tally.mark_order),
        ] {
            *counts.entry(key).or_default() += n;
        }
    }
}

/// Length in bytes of the line's leading run of spaces and tabs.
fn indentation(line: &str) -> usize {
    line.bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count()
}

/// The first byte offset at or after `i` holding a non-ASCII byte (or `bytes.len()`), eight
/// bytes at a time: Vietnamese text is mostly ASCII letters between its marked vowels.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline(always)]
fn next_non_ascii(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let high = word & 0x8080_8080_8080_8080;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|&b| b >= 0x80)
        .unwrap_or(bytes.len() - i)
}

/// Whether the char starting at byte `i` of `bytes` (ASCII or a lead byte) is ASCII or one of
/// the common non-ASCII chars that no rule concerns, decided from its first two bytes:
/// U+1E00–U+1EFF and U+00C0–U+02FF (Latin and Vietnamese letters). The others are U+0080–U+00BF
/// (NBSP among them), combining marks U+0300–U+036F and every char from U+0370 on.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn is_usual(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0..=0x7F | 0xC3..=0xCB => true,
        0xE1 => bytes[i + 1] & 0xFC == 0xB8,
        _ => false,
    }
}

/// Calls `visit` with the offset of each char of `bytes` that is not usual (`is_usual`: ASCII,
/// U+00C0–U+02FF, U+1E00–U+1EFF), in order.
///
/// Vietnamese has a non-ASCII letter every few bytes and nearly all of them are usual, so on
/// x86-64 the lead bytes of the others are found 64 bytes at a time from SSE2 masks (the
/// byte loop of `for_each_unusual_char_bytewise` cost 5.6 instructions per byte of news
/// text).
#[cfg(target_arch = "x86_64")]
fn for_each_unusual_char(bytes: &[u8], mut visit: impl FnMut(usize)) {
    let _ = crate::bytemask::for_each_selected(bytes, unusual_leads, |i| {
        visit(i);
        ControlFlow::Continue(())
    });
}

/// [`for_each_unusual_char`], and the first space of each pair of spaces (a run of three gives
/// two), in order: [`UnicodeStage::scan`] looks for both in one pass, where a search for
/// double spaces of its own cost 0.7% of the pipeline on segmented news.
#[cfg(target_arch = "x86_64")]
fn for_each_unusual_char_or_double_space(bytes: &[u8], mut visit: impl FnMut(usize)) {
    use crate::bytemask::splat;
    use std::arch::x86_64::{_mm_and_si128, _mm_cmpeq_epi8, _mm_or_si128};
    // SAFETY: SSE2 is enabled on every x86-64 target.
    let select = |v, next| unsafe {
        let spaces = _mm_and_si128(
            _mm_cmpeq_epi8(v, splat(b' ')),
            _mm_cmpeq_epi8(next, splat(b' ')),
        );
        _mm_or_si128(unusual_leads(v, next), spaces)
    };
    let _ = crate::bytemask::for_each_selected(bytes, select, |i| {
        visit(i);
        ControlFlow::Continue(())
    });
}

/// The lead bytes of unusual chars among 16 bytes `v` (`next`: the bytes after each).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn unusual_leads(
    v: crate::bytemask::Vector,
    next: crate::bytemask::Vector,
) -> crate::bytemask::Vector {
    use crate::bytemask::{first_bytes, in_range, splat};
    use std::arch::x86_64::{_mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_or_si128};
    // SAFETY: SSE2 is enabled on every x86-64 target.
    unsafe {
        let c3_to_cb = in_range(v, 0xC3, 0xCB);
        let e1_latin = _mm_and_si128(
            _mm_cmpeq_epi8(v, splat(0xE1)),
            _mm_cmpeq_epi8(_mm_andnot_si128(splat(0x03), next), splat(0xB8)),
        );
        _mm_andnot_si128(_mm_or_si128(c3_to_cb, e1_latin), first_bytes(v))
    }
}

/// [`for_each_unusual_char_or_double_space`] one byte at a time.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn for_each_unusual_char_or_double_space_bytewise(bytes: &[u8], mut visit: impl FnMut(usize)) {
    for i in 0..bytes.len() {
        let pair = bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ');
        let lead = bytes[i] & 0xC0 != 0x80 && !bytes[i].is_ascii();
        if pair || lead && !is_usual(bytes, i) {
            visit(i);
        }
    }
}

/// [`for_each_unusual_char`] one char at a time.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn for_each_unusual_char_bytewise(bytes: &[u8], mut visit: impl FnMut(usize)) {
    let _ = for_each_non_ascii_bytewise(bytes, |i| {
        if !is_usual(bytes, i) {
            visit(i);
        }
        ControlFlow::Continue(())
    });
}

/// Calls `visit` with the offset of every non-ASCII char of `bytes`, in order, until it
/// breaks. On x86-64 they are found 64 bytes at a time (Vietnamese has one every few bytes).
#[cfg(target_arch = "x86_64")]
pub(crate) fn for_each_non_ascii(
    bytes: &[u8],
    visit: impl FnMut(usize) -> ControlFlow<()>,
) -> ControlFlow<()> {
    // SAFETY: SSE2 is enabled on every x86-64 target.
    let leads = |v, _| unsafe { crate::bytemask::first_bytes(v) };
    crate::bytemask::for_each_selected(bytes, leads, visit)
}

#[cfg(not(target_arch = "x86_64"))]
pub(crate) use for_each_non_ascii_bytewise as for_each_non_ascii;

/// [`for_each_non_ascii`] a word of eight bytes at a time between the chars.
#[cfg(any(test, not(target_arch = "x86_64")))]
pub(crate) fn for_each_non_ascii_bytewise(
    bytes: &[u8],
    mut visit: impl FnMut(usize) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let mut i = next_non_ascii(bytes, 0);
    while i < bytes.len() {
        visit(i)?;
        i = next_non_ascii(bytes, i + utf8_len(bytes[i]));
    }
    ControlFlow::Continue(())
}

#[cfg(not(target_arch = "x86_64"))]
use for_each_unusual_char_bytewise as for_each_unusual_char;
#[cfg(not(target_arch = "x86_64"))]
use for_each_unusual_char_or_double_space_bytewise as for_each_unusual_char_or_double_space;

/// Length of the UTF-8 sequence led by the byte `lead` (one compare fewer than a match on four
/// ranges: the segmented stage asks it for the first byte of every token).
#[inline(always)]
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0..0xE0 => 1 + usize::from(lead >= 0x80),
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// Decodes the UTF-8 sequence starting at `i` (the input is a valid `str`).
fn decode(bytes: &[u8], i: usize) -> u32 {
    let b = bytes[i] as u32;
    let cont = |k: usize| (bytes[i + k] & 0x3F) as u32;
    match b {
        0xC0..=0xDF => ((b & 0x1F) << 6) | cont(1),
        0xE0..=0xEF => ((b & 0x0F) << 12) | (cont(1) << 6) | cont(2),
        _ => ((b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
    }
}

/// NFC with Vietnamese mark order: the fast letter-table path when every combining mark sits
/// on a Vietnamese vowel, the generic path otherwise, word by word. Composition never crosses
/// an ASCII space (nothing composes with one, and canonical order stops at it), so a foreign
/// word (IPA, Sanskrit) sends only itself down the generic path, not its whole line, which may
/// be a document: such a 1.5 MB line took 570 M instructions, 380 a byte.
fn compose(text: &str, tally: &mut Tally) -> String {
    if let Some(composed) = compose_vietnamese(text, tally) {
        return composed;
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_inclusive(' ') {
        match compose_vietnamese(word, tally) {
            Some(composed) => out.push_str(&composed),
            None => out.push_str(&compose_generic(word, tally)),
        }
    }
    out
}

/// Composes each vowel with its combining modifier and tone, typed in any order, through the
/// letter tables (which are NFC by construction). `None` when anything else is combined
/// (a mark on a consonant, two tones, another script's marks): the generic path decides those.
fn compose_vietnamese(text: &str, tally: &mut Tally) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut pending: Option<letters::Parts> = None;
    let mut trapped = 0;
    for c in text.chars() {
        match letters::mark(c) {
            Some(Mark::Modifier(m)) => {
                let p = pending.as_mut().filter(|p| p.modifier == 0)?;
                // The trap: a class-230 tone (all but the dot below) typed before a class-230
                // circumflex or breve.
                let tone_230 = p.tone != 0 && letters::TONES[p.tone as usize] != Some('\u{323}');
                if tone_230 && is_modifier_230(c) {
                    trapped += 1;
                }
                p.modifier = m;
            }
            Some(Mark::Tone(t)) => pending.as_mut().filter(|p| p.tone == 0)?.tone = t,
            None if !c.is_ascii() && kind(c as u32) == Kind::Compose => return None,
            None => {
                if let Some(p) = pending.take() {
                    out.push(letters::join(p)?);
                }
                match letters::split(c) {
                    Some(p) => pending = Some(p),
                    None => out.push(c),
                }
            }
        }
    }
    if let Some(p) = pending {
        out.push(letters::join(p)?);
    }
    tally.mark_order += trapped;
    Some(out)
}

/// NFD, then tone marks after the modifiers of each Latin vowel, then NFC.
fn compose_generic(text: &str, tally: &mut Tally) -> String {
    let mut chars: Vec<char> = text.nfd().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        i += 1;
        while i < chars.len() && canonical_combining_class(chars[i]) != 0 {
            i += 1;
        }
        if i - start > 2 && is_latin_vowel(chars[start]) {
            let base = chars[start].to_ascii_lowercase();
            let marks = &mut chars[start + 1..i];
            // A tone of class 230 typed before a circumflex/breve is the trap; a stable sort by
            // "is a tone" fixes it and leaves every other order to canonical ordering. Only where
            // the modifier makes a Vietnamese letter (`â ê ô ă`): `e` with an acute and then a
            // breve is not Vietnamese, and its marks keep their order.
            let vietnamese = |m: char| match m {
                '\u{302}' => matches!(base, 'a' | 'e' | 'o'),
                '\u{306}' => base == 'a',
                _ => false,
            };
            // A tone before the last such modifier (found once: Zalgo text stacks thousands of
            // marks on one letter, and a search after each tone took time quadratic in them).
            let trapped = marks
                .iter()
                .rposition(|&n| vietnamese(n))
                .is_some_and(|last| {
                    marks[..last]
                        .iter()
                        .any(|&m| is_tone_mark(m) && canonical_combining_class(m) == 230)
                });
            if trapped {
                marks.sort_by_key(|&m| is_tone_mark(m));
                tally.mark_order += 1;
            }
        }
    }
    chars.into_iter().nfc().collect()
}

/// Whether [`squeeze_spaces`] has anything to do: a double space or a trailing space.
fn has_space_work(text: &str) -> bool {
    let body = text.strip_suffix('\r').unwrap_or(text);
    text.ends_with(' ') || body.ends_with(' ') || memmem::find(text.as_bytes(), b"  ").is_some()
}

/// Collapses runs of spaces after the indentation and drops trailing spaces (also those before
/// a final `\r`, which stays). A line of nothing but spaces becomes empty.
fn squeeze_spaces(text: &str, tally: &mut Tally) -> String {
    let trimmed = text.trim_end_matches(' ');
    let (body, cr) = match trimmed.strip_suffix('\r') {
        Some(body) => (body.trim_end_matches(' '), "\r"),
        None => (trimmed, ""),
    };
    if body.len() + cr.len() != text.len() {
        tally.spaces += 1;
    }
    let indent = if body.bytes().all(|b| b == b' ') {
        0
    } else {
        indentation(body)
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&body[..indent]);
    collapse_runs(&body[indent..], &mut out, tally);
    out.push_str(cr);
    out
}

/// Appends `text` to `out` with each run of spaces made one space. Runs are rare, so the
/// text between them is copied in one piece.
fn collapse_runs(mut text: &str, out: &mut String, tally: &mut Tally) {
    while let Some(at) = memmem::find(text.as_bytes(), b"  ") {
        out.push_str(&text[..=at]);
        let run = text[at..].bytes().take_while(|&b| b == b' ').count();
        tally.spaces += run as u64 - 1;
        text = &text[at + run..];
    }
    out.push_str(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The SIMD walk over non-ASCII chars visits the same ones as the byte loop, across
        /// block ends.
        #[test]
        fn non_ascii_walks_agree(text in "[a-zà-ỹ \u{300}-\u{36f}\u{1e00}-\u{1eff}中😀]{0,200}") {
            type Walk = fn(&[u8], &mut dyn FnMut(usize) -> ControlFlow<()>) -> ControlFlow<()>;
            let collect = |walk: Walk| {
                let mut seen = Vec::new();
                let _ = walk(text.as_bytes(), &mut |i| {
                    seen.push(i);
                    ControlFlow::Continue(())
                });
                seen
            };
            let simd = collect(|b, f| for_each_non_ascii(b, f));
            let bytewise = collect(|b, f| for_each_non_ascii_bytewise(b, f));
            proptest::prop_assert_eq!(simd, bytewise);
        }
    }

    fn run(input: &str) -> String {
        UnicodeStage::new(&UnicodeConfig::default())
            .apply(input)
            .into_owned()
    }

    /// (input, expected) pairs: spec §1 trap, §3 forms, invisible characters and spaces.
    const CASES: &[(&str, &str)] = &[
        // NFD and the ccc-230 trap (tone typed before circumflex/breve).
        ("e\u{301}\u{302}", "ế"),
        ("e\u{302}\u{301}", "ế"),
        ("e\u{323}\u{302}", "ệ"),
        ("e\u{302}\u{323}", "ệ"),
        ("a\u{300}\u{306}", "ằ"),
        // Not Vietnamese letters: the marks keep their typed order.
        ("e\u{301}\u{306}", "é\u{306}"),
        ("\u{e9}\u{306}", "é\u{306}"),
        ("i\u{301}\u{302}", "í\u{302}"),
        ("a\u{323}\u{306}", "ặ"),
        ("o\u{309}\u{31b}", "ở"),
        ("o\u{31b}\u{323}", "ợ"),
        ("O\u{301}\u{302}", "Ố"),
        ("\u{e9}\u{302}", "ế"),
        ("Vie\u{302}\u{323}t Nam", "Việt Nam"),
        ("Tie\u{301}\u{302}ng Vie\u{323}\u{302}t", "Tiếng Việt"),
        // Windows-1258 style: precomposed modifier letter + combining tone.
        ("Vi\u{ea}\u{323}t", "Việt"),
        ("H\u{f4}\u{300}", "Hồ"),
        ("\u{1b0}\u{1a1}\u{300}i", "ười"),
        // Deprecated tone marks.
        ("a\u{340}", "à"),
        ("a\u{341}", "á"),
        // Invisible characters.
        ("\u{feff}Việt Nam", "Việt Nam"),
        ("Việt\u{200b}Nam", "ViệtNam"),
        ("Hà\u{200b} Nội", "Hà Nội"),
        ("\u{202b}Hà Nội\u{202c}", "Hà Nội"),
        ("a\u{2060}b\u{200e}c\u{200f}", "abc"),
        ("\u{2066}x\u{2069}", "x"),
        ("Vi\u{200d}ệt", "Việt"),
        ("Vi\u{200c}ệt", "Việt"),
        ("a\u{200c}\u{3000}", "a"),
        // Spaces.
        ("Hà\u{a0}Nội", "Hà Nội"),
        ("Hà\u{a0}\u{a0} Nội", "Hà Nội"),
        (
            "a\u{2002}b\u{2009}c\u{202f}d\u{205f}e\u{3000}f",
            "a b c d e f",
        ),
        ("Hà   Nội", "Hà Nội"),
        ("Hà Nội   ", "Hà Nội"),
        ("Hà Nội \r", "Hà Nội\r"),
        ("    indented  text", "    indented text"),
        ("\tcol1\tcol2", "\tcol1\tcol2"),
        ("a \t b", "a \t b"),
        ("   ", ""),
        ("a\n  \nb", "a\n\nb"),
        ("\u{a0}\r\u{a0}", "\r"),
        (" \t ", " \t"),
        ("a \r \r", "a \r\r"),
        ("x  \ny  z\n", "x\ny z\n"),
        // U+2000/U+2001 decompose to U+2002/U+2003 under NFC: still one plain space.
        ("a\u{2000}b\u{2001}c", "a b c"),
    ];

    /// Inputs that must come out byte-identical.
    const UNCHANGED: &[&str] = &[
        "",
        "Việt Nam",
        "Quân_đội Syria bất_ngờ chấp_thuận ngừng_bắn , để",
        "ng\u{ad}êi", // TCVN3 ư as soft hyphen: kept for legacy repair
        "👩\u{200d}💻 coder",
        "❤\u{200d}🔥",
        "क्\u{200d}ष",
        "می\u{200c}خواهم",
        "x\u{301}",      // no precomposed form: already NFC
        "\u{e9}\u{308}", // é + diaeresis: not a Vietnamese trap, already NFC
        "\tindented\ttabs",
        "    code  ", // would change: checked separately below
    ];

    #[test]
    fn table() {
        for &(input, expected) in CASES {
            assert_eq!(run(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn unchanged_inputs_are_borrowed() {
        let stage = UnicodeStage::new(&UnicodeConfig::default());
        for &input in &UNCHANGED[..UNCHANGED.len() - 1] {
            assert!(
                matches!(stage.apply(input), Cow::Borrowed(_)),
                "input {input:?} was changed to {:?}",
                stage.apply(input)
            );
        }
        assert_eq!(run(UNCHANGED[UNCHANGED.len() - 1]), "    code");
    }

    #[test]
    fn every_case_is_idempotent_and_gated() {
        let stage = UnicodeStage::new(&UnicodeConfig::default());
        for &(input, expected) in CASES {
            assert!(
                input == expected || stage.needs(input),
                "gate missed {input:?}"
            );
            assert_eq!(run(expected), expected, "second pass changed {expected:?}");
        }
    }

    #[test]
    fn switches_turn_rules_off() {
        let stage = UnicodeStage::new(&UnicodeConfig {
            enabled: true,
            invisible: false,
            spaces: false,
        });
        let input = "Hà\u{a0}\u{200b}Nội  ";
        assert!(!stage.needs(input));
        assert!(matches!(stage.apply(input), Cow::Borrowed(_)));
        assert_eq!(stage.apply("e\u{301}\u{302}  "), "ế  ");
    }

    #[test]
    fn survey_counts_each_kind() {
        let stage = UnicodeStage::new(&UnicodeConfig::default());
        let mut counts = Counts::new();
        stage.survey("a\u{a0}b  c\u{200b}\ne\u{301}\u{302} \nclean", &mut counts);
        assert_eq!(counts["invisible"], 1);
        assert_eq!(counts["spaces"], 3); // NBSP mapped, one run collapsed, one trailing space
        assert_eq!(counts["nfc"], 1);
        assert_eq!(counts["mark_order"], 1);
    }

    /// What [`UnicodeStage::scan`] must find, decided character by character.
    fn work_by_chars(stage: &UnicodeStage, line: &str) -> (bool, bool, bool) {
        let kinds = || line.chars().map(|c| kind(c as u32));
        let filter = kinds().any(|k| match k {
            Kind::Space => stage.spaces,
            Kind::Invisible | Kind::Joiner => stage.invisible,
            Kind::Plain | Kind::Compose => false,
        });
        let compose = kinds().any(|k| k == Kind::Compose);
        let body = line.strip_suffix('\r').unwrap_or(line);
        let squeeze =
            stage.spaces && (body.ends_with(' ') || line[indentation(line)..].contains("  "));
        (filter, compose, squeeze)
    }

    /// [`UnicodeStage::filter`] with the rule applied to every char: the definition.
    fn filter_by_chars(stage: &UnicodeStage, line: &str, tally: &mut Tally) -> String {
        let mut text = String::new();
        for (at, c) in line.char_indices() {
            stage.filter_char(c, &line[at + c.len_utf8()..], &mut text, tally);
        }
        text
    }

    /// [`collapse_runs`] char by char: the definition.
    fn collapse_by_chars(body: &str, tally: &mut Tally) -> String {
        let mut out = String::new();
        let mut previous_space = false;
        for c in body.chars() {
            if c == ' ' && previous_space {
                tally.spaces += 1;
                continue;
            }
            previous_space = c == ' ';
            out.push(c);
        }
        out
    }

    proptest::proptest! {
        /// Filtering piece by piece gives what filtering char by char gives, counts included.
        #[test]
        fn filter_agrees_with_its_definition(
            chars in proptest::collection::vec(proptest::sample::select(&[
                'a', ' ', '\t', 'ệ', 'Ư', '\u{a0}', '\u{200b}', '\u{200c}', '\u{200d}',
                '\u{2009}', '\u{3000}', '\u{feff}', '\u{301}', 'ا', '中', '\u{1f600}', '\u{2019}',
                '\u{ad}', '\u{202e}',
            ][..]), 0..150),
            invisible: bool,
            spaces: bool,
        ) {
            let line: String = chars.into_iter().collect();
            let stage = UnicodeStage::new(&UnicodeConfig { enabled: true, invisible, spaces });
            let (mut fast, mut slow) = (Tally::default(), Tally::default());
            proptest::prop_assert_eq!(
                stage.filter(&line, &mut fast),
                filter_by_chars(&stage, &line, &mut slow)
            );
            proptest::prop_assert_eq!(
                (fast.spaces, fast.invisible),
                (slow.spaces, slow.invisible)
            );
        }

        /// Collapsing the runs found by a search gives what the char loop gives.
        #[test]
        fn collapse_agrees_with_its_definition(
            chars in proptest::collection::vec(proptest::sample::select(&[
                'a', ' ', ' ', '\t', 'ệ', '\r',
            ][..]), 0..60),
        ) {
            let text: String = chars.into_iter().collect();
            let (mut fast, mut slow) = (Tally::default(), Tally::default());
            let mut collapsed = String::new();
            collapse_runs(&text, &mut collapsed, &mut fast);
            proptest::prop_assert_eq!(collapsed, collapse_by_chars(&text, &mut slow));
            proptest::prop_assert_eq!(fast.spaces, slow.spaces);
        }

        /// The masks find the chars the byte loop finds, at any offset of any text.
        #[test]
        fn unusual_chars_by_masks_and_by_bytes_agree(text in "\\PC{0,300}") {
            let (mut by_masks, mut by_bytes) = (vec![], vec![]);
            for_each_unusual_char(text.as_bytes(), |i| by_masks.push(i));
            for_each_unusual_char_bytewise(text.as_bytes(), |i| by_bytes.push(i));
            proptest::prop_assert_eq!(&by_masks, &by_bytes);
            let (mut by_masks, mut by_bytes) = (vec![], vec![]);
            for_each_unusual_char_or_double_space(text.as_bytes(), |i| by_masks.push(i));
            for_each_unusual_char_or_double_space_bytewise(text.as_bytes(), |i| by_bytes.push(i));
            proptest::prop_assert_eq!(by_masks, by_bytes);
        }

        /// The byte scanner (64-byte masks, lead-byte shortcuts, one search for double spaces)
        /// finds exactly what a character-by-character look finds, in lines longer than the
        /// masks too.
        #[test]
        fn scan_agrees_with_a_char_by_char_look(
            chars in proptest::collection::vec(proptest::sample::select(&[
                'a', 'n', ' ', ' ', '\t', '\r', 'ệ', 'đ', 'Ư', 'é', '\u{a0}', '\u{200b}',
                '\u{200d}', '\u{2009}', '\u{3000}', '\u{feff}', '\u{301}', '\u{36f}', '\u{370}',
                '\u{2019}', '\u{1f600}', '中', 'ǅ', '\u{ad}', 'Ω', '\u{2000}', 'ḁ', 'ἀ',
                '\u{1dc0}', 'ʰ', '\u{c2}', '\u{e1}',
            ][..]), 0..200),
            invisible: bool,
            spaces: bool,
        ) {
            let line: String = chars.into_iter().collect();
            let stage = UnicodeStage::new(&UnicodeConfig { enabled: true, invisible, spaces });
            let work = stage.scan(&line);
            proptest::prop_assert_eq!(
                (work.filter, work.compose, work.squeeze),
                work_by_chars(&stage, &line)
            );
        }

        #[test]
        fn fast_composer_agrees_with_generic_nfc(
            chars in proptest::collection::vec(proptest::sample::select(&[
                'a', 'e', 'i', 'o', 'u', 'y', 'A', 'O', 'U', 'â', 'ơ', 'é', 'ễ', 't', 'n', 'đ', ' ',
                'ä', '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{306}', '\u{309}',
                '\u{31b}', '\u{323}', '\u{308}',
            ][..]), 0..12)
        ) {
            let text: String = chars.into_iter().collect();
            let (mut fast_tally, mut generic_tally) = (Tally::default(), Tally::default());
            if let Some(fast) = compose_vietnamese(&text, &mut fast_tally) {
                proptest::prop_assert_eq!(&fast, &compose_generic(&text, &mut generic_tally));
                proptest::prop_assert_eq!(fast_tally.mark_order, generic_tally.mark_order);
            }
        }

        /// Word by word, as `compose` falls back, is the generic path on the whole text: with
        /// marks that only it composes (on consonants, Devanagari's, a lone one after a space).
        #[test]
        fn composing_word_by_word_is_composing_the_whole(
            chars in proptest::collection::vec(proptest::sample::select(&[
                'a', 'e', 'o', 'u', 'A', 'â', 'ơ', 'é', 'n', 's', 'đ', ' ', ' ', 'क', '\u{94d}',
                '\u{93f}', '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{306}', '\u{309}',
                '\u{31b}', '\u{323}', '\u{308}', '\u{327}', '\u{30c}',
            ][..]), 0..24)
        ) {
            let text: String = chars.into_iter().collect();
            let (mut by_words, mut whole) = (Tally::default(), Tally::default());
            proptest::prop_assert_eq!(
                compose(&text, &mut by_words),
                compose_generic(&text, &mut whole)
            );
            proptest::prop_assert_eq!(by_words.mark_order, whole.mark_order);
        }
    }
}
