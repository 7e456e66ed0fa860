//! Vietnamese vowel letters as (base, modifier, tone) and back.
//!
//! The tables are not written by hand: they are generated on first use from Unicode's own
//! canonical composition (via `unicode-normalization`), for the 12 ASCII vowel bases × 4
//! modifiers × 6 tones, keeping every combination that composes to one code point. So they can
//! never disagree with NFC, and the fast paths built on them give exactly NFC's answer.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// The ASCII vowel bases, lower then upper case.
const BASES: [char; 12] = ['a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y'];
/// No modifier, circumflex, breve, horn.
pub(crate) const MODIFIERS: [Option<char>; 4] =
    [None, Some('\u{302}'), Some('\u{306}'), Some('\u{31b}')];
/// Level, grave, acute, hook above, tilde, dot below.
pub(crate) const TONES: [Option<char>; 6] = [
    None,
    Some('\u{300}'),
    Some('\u{301}'),
    Some('\u{309}'),
    Some('\u{303}'),
    Some('\u{323}'),
];

/// A vowel letter split into indices into [`BASES`], [`MODIFIERS`] and [`TONES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Parts {
    pub base: u8,
    pub modifier: u8,
    pub tone: u8,
}

struct Tables {
    /// Composed letter for each (base, modifier, tone), if one code point exists.
    join: [[[Option<char>; 6]; 4]; 12],
    /// Parts of every letter in U+0041..U+01B0 and U+1EA0..U+1EF9 (the only ranges they occupy).
    low: Vec<Option<Parts>>,
    high: Vec<Option<Parts>>,
}

const LOW: std::ops::RangeInclusive<u32> = 0x41..=0x1B0;
const HIGH: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EF9;

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            join: [[[None; 6]; 4]; 12],
            low: vec![None; LOW.clone().count()],
            high: vec![None; HIGH.clone().count()],
        };
        for (b, &base) in BASES.iter().enumerate() {
            for (m, modifier) in MODIFIERS.iter().enumerate() {
                for (k, tone) in TONES.iter().enumerate() {
                    let seq: String = std::iter::once(base)
                        .chain(*modifier)
                        .chain(*tone)
                        .collect();
                    let mut composed = seq.nfc();
                    let (Some(c), None) = (composed.next(), composed.next()) else {
                        continue;
                    };
                    t.join[b][m][k] = Some(c);
                    let parts = Some(Parts {
                        base: b as u8,
                        modifier: m as u8,
                        tone: k as u8,
                    });
                    let cp = c as u32;
                    if LOW.contains(&cp) {
                        t.low[(cp - LOW.start()) as usize] = parts;
                    } else if HIGH.contains(&cp) {
                        t.high[(cp - HIGH.start()) as usize] = parts;
                    }
                }
            }
        }
        t
    })
}

/// The parts of a vowel letter (plain ASCII vowels included), `None` for anything else.
pub(crate) fn split(c: char) -> Option<Parts> {
    let cp = c as u32;
    let t = tables();
    if LOW.contains(&cp) {
        t.low[(cp - LOW.start()) as usize]
    } else if HIGH.contains(&cp) {
        t.high[(cp - HIGH.start()) as usize]
    } else {
        None
    }
}

/// The one code point for `parts`, if Unicode has it.
pub(crate) fn join(parts: Parts) -> Option<char> {
    tables().join[parts.base as usize][parts.modifier as usize][parts.tone as usize]
}

/// What a combining character means to a Vietnamese vowel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Index into [`MODIFIERS`] (1..=3).
    Modifier(u8),
    /// Index into [`TONES`] (1..=5).
    Tone(u8),
}

/// Classifies a combining modifier or tone mark; `None` for every other character.
pub(crate) fn mark(c: char) -> Option<Mark> {
    match c {
        '\u{302}' => Some(Mark::Modifier(1)),
        '\u{306}' => Some(Mark::Modifier(2)),
        '\u{31b}' => Some(Mark::Modifier(3)),
        '\u{300}' => Some(Mark::Tone(1)),
        '\u{301}' => Some(Mark::Tone(2)),
        '\u{309}' => Some(Mark::Tone(3)),
        '\u{303}' => Some(Mark::Tone(4)),
        '\u{323}' => Some(Mark::Tone(5)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vietnamese_vowel_letter_round_trips() {
        // 12 lower-case vowel letters × 6 tones, and their capitals: 144 letters.
        let letters = "aăâeêioôơuưy";
        let mut count = 0;
        for upper in [false, true] {
            for base in letters.chars() {
                let base = if upper {
                    base.to_uppercase().next().unwrap()
                } else {
                    base
                };
                let p = split(base).expect("vowel splits");
                assert_eq!(p.tone, 0);
                for tone in 0..6 {
                    let c = join(Parts { tone, ..p }).expect("every toned vowel is precomposed");
                    assert_eq!(split(c), Some(Parts { tone, ..p }), "{c}");
                    count += 1;
                }
            }
        }
        assert_eq!(count, 144);
    }

    #[test]
    fn marks_match_the_tables() {
        for (i, m) in MODIFIERS.iter().enumerate().skip(1) {
            assert_eq!(mark(m.unwrap()), Some(Mark::Modifier(i as u8)));
        }
        for (i, t) in TONES.iter().enumerate().skip(1) {
            assert_eq!(mark(t.unwrap()), Some(Mark::Tone(i as u8)));
        }
        assert_eq!(mark('\u{308}'), None);
    }

    #[test]
    fn non_vowels_do_not_split() {
        for c in ['b', 'đ', 'Đ', 'ß', 'ñ', ' ', 'ç', '中'] {
            assert_eq!(split(c), None, "{c}");
        }
        // Precomposed letters of other languages split too: they are base + mark as well.
        assert_eq!(split('ä'), None);
        assert!(split('î').is_some());
    }
}
