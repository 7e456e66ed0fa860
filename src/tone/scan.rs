//! The byte-level gate of the tone stage: finds the few tokens whose tone mark may have to move,
//! without decoding the text into chars and without parsing syllables.
//!
//! Clean text is the common case, and in clean old-style text almost no token changes. The
//! scanner reads each UTF-8 sequence through one table look-up into a class (separator,
//! consonant, `q`, `g`, one of the 12 vowels with or without a tone, or "suspect"), collects each
//! run of vowels and, at the run's end, computes the tone position of spec §2.2 on it (with the
//! glide of `qu`/`gi` taken out, and "closed" meaning a letter follows). It reports the run only
//! when the mark is not there.
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
    low: Vec<u8>,
    extended: Vec<u8>,
}

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let class = |cp: u32| char::from_u32(cp).map_or(SEPARATOR, class_of);
        Classes {
            low: (0..0x800).map(class).collect(),
            extended: (0x1E00..0x1F00).map(class).collect(),
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
                    part.is_ascii_alphabetic()
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

/// A run of vowels being collected.
#[derive(Default)]
struct Run {
    /// Byte offset of the first vowel.
    start: usize,
    /// Class of the character before the run.
    before: u8,
    len: usize,
    classes: [u8; 4],
}

impl Run {
    /// Whether the tone mark of this run may not be where `style` puts it. `closed`: a letter
    /// follows the run.
    fn suspect(&self, closed: bool, style: ToneStyle) -> bool {
        if self.len > self.classes.len() {
            return false; // longer than any cluster with its qu/gi glide: not a syllable
        }
        let classes = &self.classes[..self.len];
        let mut bases = [' '; 4];
        for (base, &class) in bases.iter_mut().zip(classes) {
            *base = VOWEL_ROWS[usize::from((class - VOWEL) / 2)][0];
        }
        let bases = &bases[..self.len];
        if bases
            .windows(2)
            .any(|w| matches!(w, ['u', 'ơ'] | ['ư', 'o']))
        {
            return true; // horn repair, or the rare legal thuở/huơ: let the parse decide
        }
        let mut toned = (0..self.len).filter(|&k| (classes[k] - VOWEL) % 2 == 1);
        let Some(t) = toned.next() else {
            return false;
        };
        if toned.next().is_some() {
            return false; // two tones: left alone
        }
        let glide = (self.before == Q && bases[0] == 'u')
            || (self.before == G && bases[0] == 'i' && self.len >= 2);
        let first = usize::from(glide);
        if t < first || first == self.len {
            return true;
        }
        let current = t - first;
        position(&bases[first..], closed, style, Some(current)) != current
    }
}

/// Calls `report` with a byte offset inside each token of `text` that may need a change (in
/// increasing order); stops when `report` breaks.
pub(super) fn scan(
    text: &str,
    style: ToneStyle,
    mut report: impl FnMut(usize) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let classes = classes();
    let bytes = text.as_bytes();
    let mut run = Run::default();
    let mut prev = SEPARATOR;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (class, len) = if b < 0x80 {
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
        };
        if class >= VOWEL {
            if run.len == 0 {
                run.start = i;
                run.before = prev;
            }
            if let Some(slot) = run.classes.get_mut(run.len) {
                *slot = class;
            }
            run.len += 1;
        } else {
            if run.len > 0 {
                if run.suspect(class != SEPARATOR, style) {
                    report(run.start)?;
                }
                run.len = 0;
            }
            if class == SUSPECT {
                report(i)?;
            }
        }
        prev = class;
        i += len;
    }
    if run.len > 0 && run.suspect(false, style) {
        report(run.start)?;
    }
    ControlFlow::Continue(())
}
