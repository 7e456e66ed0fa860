//! The byte-level gate of the tone stage: finds the few tokens whose tone mark may have to move,
//! without decoding the text into chars and without parsing syllables.
//!
//! Clean text is the common case, and in clean old-style text almost no token changes. Only a
//! non-ASCII character can start a change (every toned vowel, `ơ`, `ư`, combining marks,
//! lookalike D and toned consonants are non-ASCII), so the scanner jumps from one non-ASCII
//! character to the next, eight ASCII bytes at a time. A character with an ASCII non-vowel on
//! both sides is a one-vowel run and needs nothing (unless it is "suspect"); the others are
//! classed through one table look-up (separator, consonant, `q`, `g`, one of the 12 vowels with
//! or without tone, or suspect) and judged by their neighbours, and only then, for a toned plain
//! vowel inside a cluster, by the tone position of spec §2.2 computed on the whole vowel run
//! (with the glide of `qu`/`gi` taken out, "closed" meaning a letter follows).
//!
//! Why it never misses a token that [`super::ToneStage::fix`] would change: such a token is a
//! syllable, so it consists of ASCII letters, Vietnamese vowels, `đ`, and possibly combining
//! marks, a lookalike D or a consonant carrying a tone. The last three are "suspect" and always
//! reported. Every other character is a separator here; a token that contains one is not a
//! syllable, so splitting it can only cause a report that the full parse then declines. On a
//! syllable, the run is its vowel cluster (plus the qu/gi glide) and the position computed is the
//! one `fix` computes, so the two agree.

use std::ops::ControlFlow;
use std::sync::OnceLock;

use unicode_normalization::char::decompose_canonical;

use super::{lookalike_d, position, ToneStyle};
use crate::syllable::{Tone, VOWEL_ROWS};

/// Not part of a Vietnamese syllable: ends the run.
const SEPARATOR: u8 = 0;
const CONSONANT: u8 = 1;
const Q: u8 = 2;
const G: u8 = 3;
/// Combining mark, lookalike D, consonant with a tone mark: always handed to the full parse.
const SUSPECT: u8 = 4;
/// Vowels are `VOWEL + 2 * row of VOWEL_ROWS + 1 if toned`.
const VOWEL: u8 = 16;

/// Classes of every code point below U+0800 (one- and two-byte UTF-8) and of U+1E00–U+1EFF
/// (Latin Extended Additional, where most toned vowels are).
struct Classes {
    low: [u8; 0x800],
    extended: [u8; 0x100],
}

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let class = |cp: u32| char::from_u32(cp).map_or(SEPARATOR, class_of);
        Classes {
            low: std::array::from_fn(|cp| class(cp as u32)),
            extended: std::array::from_fn(|k| class(0x1E00 + k as u32)),
        }
    })
}

fn class_of(c: char) -> u8 {
    let lower = c.to_lowercase().next().unwrap_or(c);
    if let Some((row, tone)) = VOWEL_ROWS.iter().enumerate().find_map(|(row, forms)| {
        forms
            .iter()
            .position(|&f| f == lower)
            .map(|tone| (row, tone))
    }) {
        return VOWEL + 2 * row as u8 + u8::from(tone != Tone::Level as usize);
    }
    match lower {
        'q' => Q,
        'g' => G,
        'đ' => CONSONANT,
        _ if c.is_ascii_alphabetic() => CONSONANT,
        '\u{300}'..='\u{36f}' => SUSPECT,
        _ if lookalike_d(c).is_some() => SUSPECT,
        _ => {
            // A Latin consonant with a tone mark (`ṭ`, `ñ`) may be a tone typed on a final.
            let mut toned_consonant = true;
            let mut first = true;
            decompose_canonical(c, |part| {
                toned_consonant &= if first {
                    // A consonant of the Vietnamese alphabet (not f j w z).
                    part.is_ascii_alphabetic()
                        && !matches!(
                            part.to_ascii_lowercase(),
                            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'f' | 'j' | 'w' | 'z'
                        )
                } else {
                    Tone::from_mark(part).is_some()
                };
                first = false;
            });
            if toned_consonant && c.len_utf8() > 1 && !first {
                SUSPECT
            } else {
                SEPARATOR
            }
        }
    }
}

/// The row of `vowel` in [`VOWEL_ROWS`].
const fn row_of(vowel: char) -> u8 {
    let mut row = 0;
    while VOWEL_ROWS[row][0] != vowel {
        row += 1;
    }
    row as u8
}

const ROW_O: u8 = row_of('o');
const ROW_OHORN: u8 = row_of('ơ');
const ROW_U: u8 = row_of('u');
const ROW_UHORN: u8 = row_of('ư');
/// Rows of the vowels with a modifier, which take the tone before plain ones (§2.2 rule 3).
const MODIFIED_ROWS: [u8; 6] = [
    row_of('â'),
    row_of('ă'),
    row_of('ê'),
    row_of('ô'),
    ROW_OHORN,
    ROW_UHORN,
];

/// A run of vowels being collected.
#[derive(Default)]
struct Run {
    /// Class of the character before the run.
    before: u8,
    len: usize,
    /// Rows in [`VOWEL_ROWS`] of the first four vowels.
    rows: [u8; 4],
    tones: u8,
    /// Index of the (last) toned vowel.
    toned_at: usize,
    /// Contains `uơ` or `ưo`.
    horn: bool,
}

impl Run {
    fn push(&mut self, class: u8) {
        let row = (class - VOWEL) / 2;
        if self.len > 0 {
            let pair = (self.rows[(self.len - 1).min(3)], row);
            self.horn |= pair == (ROW_U, ROW_OHORN) || pair == (ROW_UHORN, ROW_O);
        }
        if let Some(slot) = self.rows.get_mut(self.len) {
            *slot = row;
        }
        if (class - VOWEL) % 2 == 1 {
            self.tones += 1;
            self.toned_at = self.len;
        }
        self.len += 1;
    }

    /// Whether the tone mark of this run may not be where `style` puts it. `closed`: a letter
    /// follows the run.
    fn suspect(&self, closed: bool, style: ToneStyle) -> bool {
        if self.len > self.rows.len() {
            return false; // longer than any cluster with its qu/gi glide: not a syllable
        }
        if self.horn {
            return true; // horn repair, or the rare legal thuở/huơ: let the parse decide
        }
        if self.tones != 1 || self.len == 1 {
            // No tone, two tones (left alone), or one vowel that carries the mark.
            return false;
        }
        let mut bases = [' '; 4];
        for (base, &row) in bases.iter_mut().zip(&self.rows[..self.len]) {
            *base = VOWEL_ROWS[usize::from(row)][0];
        }
        let glide = (self.before == Q && bases[0] == 'u') || (self.before == G && bases[0] == 'i');
        let first = usize::from(glide);
        let Some(current) = self.toned_at.checked_sub(first) else {
            return true; // the mark is on the glide of qu/gi
        };
        position(&bases[first..self.len], closed, style, Some(current)) != current
    }
}

/// The class of the character starting at byte `i`, and its length in bytes.
#[inline(always)]
fn class_at(classes: &Classes, bytes: &[u8], i: usize) -> (u8, usize) {
    let b = bytes[i];
    if b < 0x80 {
        (classes.low[usize::from(b)], 1)
    } else if b < 0xE0 {
        let cp = usize::from(b & 0x1F) << 6 | usize::from(bytes[i + 1] & 0x3F);
        (classes.low[cp], 2)
    } else if b == 0xE1 && bytes[i + 1] & 0xFC == 0xB8 {
        // U+1E00–U+1EFF is E1 B8 80 – E1 BB BF.
        let k = usize::from(bytes[i + 1] & 0x03) << 6 | usize::from(bytes[i + 2] & 0x3F);
        (classes.extended[k], 3)
    } else if b < 0xF0 {
        (SEPARATOR, 3)
    } else {
        (SEPARATOR, 4)
    }
}

/// The byte offset where the character ending at `end` starts.
#[inline(always)]
fn char_before(bytes: &[u8], end: usize) -> usize {
    let mut i = end - 1;
    while bytes[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    i
}

/// The first byte offset at or after `i` holding a non-ASCII byte (or `bytes.len()`), eight
/// bytes at a time: Vietnamese text is mostly ASCII letters between its marked vowels.
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

/// The length of the UTF-8 sequence that starts with byte `b`.
#[inline(always)]
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// A quick filter for [`SUSPECT`] that looks at the first two bytes only: U+1EA0–U+1EFF (`E1 BA`,
/// `E1 BB`: the Vietnamese toned vowels and letters no syllable has) and Latin-1 letters other
/// than `Ð ð Ñ ñ` (`C3 ..`) never are. The table decides the rest; a test checks this filter
/// against the table for every code point.
#[inline(always)]
fn may_be_suspect(bytes: &[u8], i: usize) -> bool {
    match (bytes[i], bytes.get(i + 1)) {
        (0xE1, Some(0xBA | 0xBB)) => false,
        (0xC3, Some(&b)) => matches!(b, 0x90 | 0x91 | 0xB0 | 0xB1),
        _ => true,
    }
}

/// Whether byte `b` is an ASCII vowel letter.
#[inline(always)]
fn is_ascii_vowel(b: u8) -> bool {
    matches!(b | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Whether the character at `start..end` has an ASCII non-vowel (or the text's edge) on both
/// sides: then it is a run of one vowel at most, which cannot be misplaced or need a horn.
fn between_consonants(bytes: &[u8], start: usize, end: usize) -> bool {
    let plain = |b: u8| b < 0x80 && !is_ascii_vowel(b);
    (start == 0 || plain(bytes[start - 1])) && bytes.get(end).map_or(true, |&b| plain(b))
}

/// Calls `report` with a byte offset inside each token of `text` that may need a change (in
/// increasing order); stops when `report` breaks.
///
/// Only non-ASCII characters can start a change: toned vowels, `ơ`/`ư` (horn patterns) and the
/// suspects. A vowel between two ASCII non-vowels is alone in its run and always right; the
/// others are judged by [`needs_judging`] and, if need be, their whole run by [`Run::suspect`].
pub(super) fn scan(
    text: &str,
    style: ToneStyle,
    mut report: impl FnMut(usize) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let classes = classes();
    let bytes = text.as_bytes();
    let mut i = next_non_ascii(bytes, 0);
    while i < bytes.len() {
        let mut next = i + utf8_len(bytes[i]);
        if between_consonants(bytes, i, next) {
            if may_be_suspect(bytes, i) && class_at(classes, bytes, i).0 == SUSPECT {
                report(i)?;
            }
        } else {
            let class = class_at(classes, bytes, i).0;
            if class == SUSPECT {
                report(i)?;
            } else if class >= VOWEL && needs_judging(classes, bytes, i, next, class) {
                let (start, end, suspect) = judge_run(classes, bytes, i, style);
                if suspect {
                    report(start)?;
                }
                next = end;
            }
        }
        i = next_non_ascii(bytes, next);
    }
    ControlFlow::Continue(())
}

/// The vowel row of the character starting at `i`, if it is a vowel.
#[inline(always)]
fn row_at(classes: &Classes, bytes: &[u8], i: usize) -> Option<u8> {
    let class = class_at(classes, bytes, i).0;
    (class >= VOWEL).then(|| (class - VOWEL) / 2)
}

/// Whether the run around the vowel of class `class` at `i..end` must be judged, from its neighbours:
/// - `ơ`, `ư` without tone matter only in the horn patterns `uơ`, `ưo`;
/// - a toned `â ă ê ô ơ ư` is where rules 2–3 of §2.2 put the mark unless a neighbour is another
///   modified vowel (other than the `ư` of `ươ` before an `ơ`), or it is part of `uơ`/`ưo`;
/// - a toned plain vowel with no vowel beside it is a one-vowel run, which is always right.
#[inline(always)]
fn needs_judging(classes: &Classes, bytes: &[u8], i: usize, end: usize, class: u8) -> bool {
    let row = (class - VOWEL) / 2;
    let toned = (class - VOWEL) % 2 == 1;
    let prev = || {
        (i > 0)
            .then(|| row_at(classes, bytes, char_before(bytes, i)))
            .flatten()
    };
    let next = || {
        (end < bytes.len())
            .then(|| row_at(classes, bytes, end))
            .flatten()
    };
    let modified = |row: Option<u8>| row.is_some_and(|r| MODIFIED_ROWS.contains(&r));
    if row == ROW_OHORN && prev() == Some(ROW_U) || row == ROW_UHORN && next() == Some(ROW_O) {
        true // a horn pattern
    } else if !toned {
        false
    } else if MODIFIED_ROWS.contains(&row) {
        let (prev, next) = (prev(), next());
        let uo = row == ROW_OHORN && prev == Some(ROW_UHORN);
        (modified(prev) && !uo) || modified(next)
    } else {
        prev().is_some() || next().is_some()
    }
}

/// Collects the run of vowels around byte `i` and judges it: (start, end, suspect).
fn judge_run(classes: &Classes, bytes: &[u8], i: usize, style: ToneStyle) -> (usize, usize, bool) {
    let mut start = i;
    while start > 0 && row_at(classes, bytes, char_before(bytes, start)).is_some() {
        start = char_before(bytes, start);
    }
    let before = if start == 0 {
        SEPARATOR
    } else {
        class_at(classes, bytes, char_before(bytes, start)).0
    };
    let mut run = Run {
        before,
        ..Run::default()
    };
    let mut end = start;
    let mut after = SEPARATOR;
    while end < bytes.len() {
        let (class, len) = class_at(classes, bytes, end);
        if class < VOWEL {
            after = class;
            break;
        }
        run.push(class);
        end += len;
    }
    (start, end, run.suspect(after != SEPARATOR, style))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_suspect_filter_agrees_with_the_table() {
        let classes = classes();
        for cp in (0x80..0x800).chain(0x1E00..0x1F00) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if class_at(classes, bytes, 0).0 == SUSPECT {
                assert!(may_be_suspect(bytes, 0), "{c:?} U+{cp:04X}");
            }
            assert_eq!(utf8_len(bytes[0]), bytes.len());
        }
    }
}
