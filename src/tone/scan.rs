//! The byte-level gate of the tone stage: finds the few tokens whose tone mark may have to move,
//! without decoding the text into chars and without parsing syllables.
//!
//! Clean text is the common case, and in clean old-style text almost no token changes. Only a
//! non-ASCII character can start a change (every toned vowel, `ơ`, `ư`, combining marks,
//! lookalike D and toned consonants are non-ASCII), so the scanner visits the non-ASCII
//! characters only (found 64 bytes at a time on x86-64) and classes each through one table
//! look-up (separator, consonant, `q`, `g`, suspect, or a vowel: its row of the vowel table
//! and a bit each for "toned", "modified" and "look further", so that every question below is
//! one mask). Most are done there: `đ`, punctuation, untoned vowels other than `ơ`/`ư`, and
//! toned vowels with neither an ASCII vowel nor a non-ASCII byte beside them (a run of one
//! vowel, whose mark is always right). A toned vowel, `ơ` or `ư` next to a possible vowel is
//! then judged by the classes of its two neighbours (the left one is usually known from the
//! previous step), and only when those leave a doubt, for instance a toned plain vowel inside a
//! cluster, by the tone position of spec §2.2 on the vowel run (with the glide of `qu`/`gi`
//! taken out, "closed" meaning a letter follows): for the common runs of two vowels one look-up
//! in a table computed from that rule, for longer ones the rule itself.
//!
//! The decisions taken for every character are written without branches where the outcome is
//! a coin toss in running text (two or three bytes?): on Wikipedia, mispredicted branches were
//! half of the stage's time.
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
use crate::unicode::for_each_non_ascii;

/// Not part of a Vietnamese syllable: ends the run.
const SEPARATOR: u8 = 0;
const CONSONANT: u8 = 1;
const Q: u8 = 2;
const G: u8 = 3;
/// Combining mark, lookalike D, consonant with a tone mark: always handed to the full parse.
const SUSPECT: u8 = 4 | LOOK;
/// Set on the classes that can start a change: toned vowels, `ơ`, `ư` and the suspects; the
/// scanner passes every other character with one test.
const LOOK: u8 = 0x10;
/// Vowels are `VOWEL | row of VOWEL_ROWS`, plus `TONED` if they carry a tone mark,
/// `MODIFIED` for `â ă ê ô ơ ư` and [`LOOK`], so that each question about a neighbour is one mask.
const VOWEL: u8 = 0x80;
const TONED: u8 = 0x40;
const MODIFIED: u8 = 0x20;
const ROW: u8 = 0x0F;

/// Classes of every code point below U+0800 (one- and two-byte UTF-8) and of U+1E00–U+1EFF
/// (Latin Extended Additional, where most toned vowels are).
struct Classes {
    /// U+0000–U+07FF, then U+1E00–U+1EFF from [`EXTENDED`], then one [`SEPARATOR`] for every
    /// other code point.
    table: [u8; TABLE],
    /// [`Run::suspect`] of every run of two vowels, by [`pair_key`]: bit `style as u8` set when
    /// the run is suspect in that style. Computed once from `Run::suspect` itself, so that the
    /// most common runs to judge cost one look-up.
    pairs: [u8; PAIR_KEYS],
    /// By byte: an ASCII vowel, or part of a non-ASCII character (which may be one).
    may_be_vowel: [bool; 0x100],
}

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let class = |cp: u32| char::from_u32(cp).map_or(SEPARATOR, class_of);
        Classes {
            table: std::array::from_fn(|k| match k {
                0..EXTENDED => class(k as u32),
                EXTENDED..OTHER => class((0x1E00 + k - EXTENDED) as u32),
                _ => SEPARATOR,
            }),
            pairs: std::array::from_fn(pair_verdicts),
            may_be_vowel: std::array::from_fn(|b| b >= 0x80 || class(b as u32) >= VOWEL),
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
        let row = row as u8;
        let toned = if tone == Tone::Level as usize {
            0
        } else {
            TONED
        };
        let modified = if MODIFIED_ROWS.contains(&row) {
            MODIFIED
        } else {
            0
        };
        let look = if toned != 0 || row == ROW_OHORN || row == ROW_UHORN {
            LOOK
        } else {
            0
        };
        return VOWEL | toned | modified | look | row;
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
    /// The run of `vowels` (their classes) after a character of class `before`.
    #[inline(always)]
    fn of(before: u8, vowels: &[u8]) -> Run {
        let mut run = Run {
            before,
            ..Run::default()
        };
        for &class in vowels {
            run.push(class);
        }
        run
    }

    fn push(&mut self, class: u8) {
        let row = class & ROW;
        if self.len > 0 {
            let pair = (self.rows[(self.len - 1).min(3)], row);
            self.horn |= pair == (ROW_U, ROW_OHORN) || pair == (ROW_UHORN, ROW_O);
        }
        if let Some(slot) = self.rows.get_mut(self.len) {
            *slot = row;
        }
        if class & TONED != 0 {
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

/// Number of keys of [`pair_key`]: 2 bits for the glide before, 4 bits of row and 1 bit of
/// tone for each vowel, 1 bit for "closed".
const PAIR_KEYS: usize = 1 << 13;

/// The index in [`Classes::pairs`] of the run `first`, `second` (vowel classes) after a
/// character of class `before`, followed by a letter if `closed`.
#[inline(always)]
fn pair_key(before: u8, first: u8, second: u8, closed: bool) -> usize {
    let glide = match before {
        Q => 1,
        G => 2,
        _ => 0,
    };
    let vowel = |class: u8| usize::from(class & ROW) << 1 | usize::from(class & TONED != 0);
    glide << 11 | vowel(first) << 6 | vowel(second) << 1 | usize::from(closed)
}

/// The entry of [`Classes::pairs`] for `key`: the inverse of [`pair_key`].
fn pair_verdicts(key: usize) -> u8 {
    let before = match key >> 11 {
        0 => SEPARATOR,
        1 => Q,
        2 => G,
        _ => return 0, // not a key
    };
    let vowel = |bits: usize| {
        let row = (bits >> 1) as u8 & ROW;
        let toned = if bits & 1 != 0 { TONED } else { 0 };
        (usize::from(row) < VOWEL_ROWS.len()).then_some(VOWEL | toned | row)
    };
    let (Some(first), Some(second)) = (vowel(key >> 6), vowel(key >> 1)) else {
        return 0;
    };
    let run = Run::of(before, &[first, second]);
    [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep]
        .into_iter()
        .filter(|&style| run.suspect(key & 1 != 0, style))
        .fold(0, |bits, style| bits | 1 << style as u8)
}

/// Where U+1E00–U+1EFF start in [`Classes::table`].
const EXTENDED: usize = 0x800;
/// The slot of [`Classes::table`] for every other code point.
const OTHER: usize = EXTENDED + 0x100;
const TABLE: usize = OTHER + 1;

/// The class of the character starting at byte `i`, and its length in bytes.
///
/// Without branches on the bytes of a non-ASCII character: in running text whether the next
/// one has two bytes or three is a coin toss, which a branch predictor loses.
#[inline(always)]
fn class_at(classes: &Classes, bytes: &[u8], i: usize) -> (u8, usize) {
    let b = bytes[i];
    if b < 0x80 {
        return (classes.table[usize::from(b)], 1);
    }
    // The text is valid UTF-8, so a lead byte is followed by its continuation bytes; one slice
    // look-up covers both (a two-byte character at the very end is the only short case).
    let (b1, b2) = match bytes.get(i + 1..i + 3) {
        Some(&[b1, b2]) => (b1, b2),
        _ => (bytes[i + 1], 0),
    };
    let two = usize::from(b & 0x1F) << 6 | usize::from(b1 & 0x3F);
    // U+1E00–U+1EFF is E1 B8 80 – E1 BB BF.
    let latin_extended = (b == 0xE1) & (b1 & 0xFC == 0xB8);
    let three = EXTENDED + (usize::from(b1 & 0x03) << 6 | usize::from(b2 & 0x3F));
    // Selected with masks (all ones or zero), which compile to no branch.
    let pick = |all: bool, yes: usize, no: usize| {
        let mask = usize::from(all).wrapping_neg();
        yes & mask | no & !mask
    };
    let slot = pick(b < 0xE0, two, pick(latin_extended, three, OTHER));
    let len = 2 + usize::from(b >= 0xE0) + usize::from(b >= 0xF0);
    (classes.table[slot], len)
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

/// The class of the character ending at `end` ([`SEPARATOR`] at the start of the text).
#[inline(always)]
fn class_before(classes: &Classes, bytes: &[u8], end: usize) -> u8 {
    if end == 0 {
        SEPARATOR
    } else {
        class_at(classes, bytes, char_before(bytes, end)).0
    }
}

/// Whether `class` is the vowel of row `row`, with or without tone.
#[inline(always)]
fn is_row(class: u8, row: u8) -> bool {
    class & (VOWEL | ROW) == VOWEL | row
}

/// Calls `report` with a byte offset inside each token of `text` that may need a change (in
/// increasing order); stops when `report` breaks.
///
/// Only non-ASCII characters can start a change: toned vowels, `ơ`/`ư` (horn patterns) and the
/// suspects. Each is [`visit`]ed; most are passed over there after one table look-up.
pub(super) fn scan(
    text: &str,
    style: ToneStyle,
    mut report: impl FnMut(usize) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let classes = classes();
    let bytes = text.as_bytes();
    // Where the last non-ASCII character visited ends, and its class.
    let mut last = (0, SEPARATOR);
    // Characters starting before this offset have been dealt with (a judged run is skipped whole).
    let mut resume = 0;
    for_each_non_ascii(bytes, |i| {
        if i >= resume {
            resume = visit(classes, bytes, i, style, &mut last, &mut report)?;
        }
        ControlFlow::Continue(())
    })
}

/// Looks at the non-ASCII character starting at `i` and reports its token if it may need a
/// change; returns where to go on from (after the character, or after its judged run).
/// `last` is the end and class of the character visited before, the left neighbour of this
/// one when that ends at `i`.
#[inline(always)]
fn visit(
    classes: &Classes,
    bytes: &[u8],
    i: usize,
    style: ToneStyle,
    last: &mut (usize, u8),
    report: &mut impl FnMut(usize) -> ControlFlow<()>,
) -> ControlFlow<(), usize> {
    let (class, len) = class_at(classes, bytes, i);
    let end = i + len;
    let seen = std::mem::replace(last, (end, class));
    // One branch for the common case (untoned letters, and toned vowels with no vowel byte
    // beside them, a run of one whose mark is always right), computed without branches.
    let near = near_vowel(classes, bytes, i, end);
    if !((class & LOOK != 0) & (near | (class == SUSPECT))) {
        return ControlFlow::Continue(end);
    }
    if class == SUSPECT {
        report(i)?;
        return ControlFlow::Continue(end);
    }
    let prev = match i.checked_sub(1).map(|k| bytes[k]) {
        None => SEPARATOR,
        Some(b) if b < 0x80 => classes.table[usize::from(b)],
        Some(_) if seen.0 == i => seen.1,
        Some(_) => class_before(classes, bytes, i),
    };
    let (next, next_len) = match bytes.get(end) {
        None => (SEPARATOR, 0),
        Some(_) => class_at(classes, bytes, end),
    };
    if !needs_judging(class, prev, next) {
        return ControlFlow::Continue(end);
    }
    // Most runs to judge are two vowels (`của`, `này`, `hoạt`): with one more neighbour's
    // class they are judged here, without collecting the run again.
    let pair = if prev >= VOWEL && next < VOWEL {
        let start = if bytes[i - 1] < 0x80 {
            i - 1
        } else {
            char_before(bytes, i)
        };
        let before = class_before(classes, bytes, start);
        (before < VOWEL).then(|| (start, end, pair_key(before, prev, class, next != SEPARATOR)))
    } else if prev < VOWEL && next >= VOWEL {
        let run_end = end + next_len;
        let after = bytes
            .get(run_end)
            .map_or(SEPARATOR, |_| class_at(classes, bytes, run_end).0);
        (after < VOWEL).then(|| (i, run_end, pair_key(prev, class, next, after != SEPARATOR)))
    } else {
        None
    };
    let (start, run_end, suspect) = match pair {
        Some((start, end, key)) => (start, end, classes.pairs[key] >> style as u8 & 1 != 0),
        None => judge_run(classes, bytes, i, style),
    };
    if suspect {
        report(start)?;
    }
    ControlFlow::Continue(run_end)
}

/// Whether a byte next to the character at `i..end` may belong to a vowel: an ASCII vowel, or
/// any non-ASCII byte. Most toned vowels have a consonant or a space on both sides, which makes
/// them a one-vowel run: always right, without looking at the neighbours' classes.
#[inline(always)]
fn near_vowel(classes: &Classes, bytes: &[u8], i: usize, end: usize) -> bool {
    let may_be_vowel = |b: u8| classes.may_be_vowel[usize::from(b)];
    // Bitwise, not short-circuit: no branch. A space stands in for the ends of the text.
    let before = if i > 0 { bytes[i - 1] } else { b' ' };
    let after = bytes.get(end).copied().unwrap_or(b' ');
    may_be_vowel(before) | may_be_vowel(after)
}

/// Whether the run around the vowel of class `class` (toned, or `ơ`/`ư`) must be judged, from
/// the classes of its neighbours:
/// - `ơ`, `ư` without tone matter only in the horn patterns `uơ`, `ưo`;
/// - a toned `â ă ê ô ơ ư` is where rules 2–3 of §2.2 put the mark unless a neighbour is another
///   modified vowel (other than the `ư` of `ươ` before an `ơ`), or it is part of `uơ`/`ưo`;
/// - a toned plain vowel with no vowel beside it is a one-vowel run, which is always right.
#[inline(always)]
fn needs_judging(class: u8, prev: u8, next: u8) -> bool {
    if is_row(class, ROW_OHORN) && is_row(prev, ROW_U)
        || is_row(class, ROW_UHORN) && is_row(next, ROW_O)
    {
        true // a horn pattern
    } else if class & TONED == 0 {
        false
    } else if class & MODIFIED != 0 {
        // The MODIFIED bit is only ever set on vowels.
        let uo = is_row(class, ROW_OHORN) && is_row(prev, ROW_UHORN);
        (prev & MODIFIED != 0 && !uo) || next & MODIFIED != 0
    } else {
        prev >= VOWEL || next >= VOWEL
    }
}

/// Collects the run of vowels around byte `i` and judges it: (start, end, suspect).
fn judge_run(classes: &Classes, bytes: &[u8], i: usize, style: ToneStyle) -> (usize, usize, bool) {
    let mut start = i;
    let before = loop {
        if start == 0 {
            break SEPARATOR;
        }
        let prev = char_before(bytes, start);
        let class = class_at(classes, bytes, prev).0;
        if class < VOWEL {
            break class;
        }
        start = prev;
    };
    let mut run = Run::of(before, &[]);
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
