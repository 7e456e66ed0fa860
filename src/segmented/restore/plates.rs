//! Vehicle plates and fishing boats' numbers as producers cut them: `51 A -123.45`,
//! `51A-123 . 45`, `36C . 148 . xx`, `BĐ-97757 TS`.

use super::*;
use crate::segmented::tokens::Token;

/// A fishing boat's number, `BĐ-97757TS` (the province's letters, a serial, `TS` for thủy sản),
/// whose last letters VnCoreNLP's tokenizer splits off: `BĐ-97757 TS`; the gap before token
/// `i`. News writes it both ways (the set BG 8 times in 4 sentences unspaced, CB twice spaced),
/// so pyvi's `QNa - 90039 TS` is read the same, or a second run would join what the first
/// left (`QNa-90039 TS`); so is `QNa -90039 TS` once the gap before the serial is closed.
#[inline(always)]
pub(super) fn fishing_boat(tokens: &[Token], join: &[bool], i: usize) -> bool {
    let a = tokens[i - 1].text;
    tokens[i].text == "TS"
        && (boat_number(a)
            || boat_serial(a)
                && i >= 3
                && tokens[i - 2].text == "-"
                && boat_province(tokens[i - 3].text)
            || i >= 2
                && a.strip_prefix('-').is_some_and(boat_serial)
                && join[i - 1]
                && boat_province(tokens[i - 2].text))
}

/// A fishing boat's province and serial, `BĐ-97757` (see [`fishing_boat`]); underthesea joins
/// its `TS` to it, `QNa-90039_TS`, a gap the rules decide.
pub(in crate::segmented) fn boat_number(t: &str) -> bool {
    t.rsplit_once('-')
        .is_some_and(|(province, serial)| boat_serial(serial) && boat_province(province))
}

fn boat_province(t: &str) -> bool {
    t.starts_with(|c: char| c.is_uppercase()) && t.chars().all(char::is_alphabetic)
}

fn boat_serial(t: &str) -> bool {
    t.len() >= 4 && is_digits(t)
}

/// Token `k` is a plate's series letters and the first digits of its serial after the
/// province's two digits, as VnCoreNLP's tokenizer at 66501f4 splits a plate: `51 B-295 . 47`
/// (`51B-295.47`), `76 Y-2814`, `16 N-14 xx` (`16N-14xx`); the 5e00d32 of the fixtures splits
/// it as [`split_plate`] reads it. The gap before it closes when the rest of the serial
/// follows, or it has the four or five digits of an older plate (not `12 C-130`, twelve
/// aircraft, which VnCoreNLP leaves so); so do the dot and the mask after it (see the `.` rules
/// and [`plain_gap_closes`]).
pub(super) fn series_after_province<'a>(tokens: &[Token<'a>], k: usize) -> Option<&'a str> {
    // The shape's first bytes first: this is asked at most gaps the rules decide.
    let t = tokens[k].text;
    let letters = match t.as_bytes() {
        [a, b'-', ..] if a.is_ascii_uppercase() => 1,
        [a, b, b'-', ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => 2,
        _ => return None,
    };
    let digits = &t[letters + 1..];
    let plate = (2..=5).contains(&digits.len())
        && is_digits(digits)
        && k >= 1
        && two_digits(tokens[k - 1].text);
    plate.then_some(digits)
}

/// The gap before token `i` is inside a plate split as [`series_after_province`] reads it.
pub(super) fn province_then_series(tokens: &[Token], i: usize) -> bool {
    series_after_province(tokens, i).is_some_and(|digits| serial_ends(tokens, digits, i + 1))
}

/// A plate's serial of `digits` ends before token `k`: four or five digits, or fewer before its
/// masked or dotted rest (`12 xxx`, `12 . xx`, `020 . 87`).
fn serial_ends(tokens: &[Token], digits: &str, k: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    digits.len() >= 4
        || mask(text(k))
        || text(k) == "." && (two_digits(text(k + 1)) || mask(text(k + 1)))
}

/// The series of a plate number split by VnCoreNLP: `51 A -123.45` (`51A-123.45`), `52 S -1234`,
/// `29 LD -12345` (older plates have four digits, no dot), and a motorbike's, whose series ends
/// in a digit that VnCoreNLP keeps on the serial: `77 C 1-124.56` (`77C1-124.56`; see
/// [`plate_tail`]).
pub(super) fn split_plate(tokens: &[Token], i: usize) -> bool {
    let next = text_at(tokens, i + 1);
    // The serial, and the token after it. Also with its hyphen apart, `45 C - 2024`, which the
    // hyphen's rule glues into `45 C-2024`: a second run reads that as a plate (see
    // [`series_after_province`]), so the first closes this gap too.
    let serial = || {
        match next {
            // The serial's first part, as a second run sees it (`45 C - 2024_Hà_Nội`).
            "-" => Some((first_part_at(tokens, i + 2), i + 3)),
            _ => next
                .strip_prefix('-')
                .or_else(|| series_digit(tokens, i + 1))
                .map(|n| (n, i + 2)),
        }
        .is_some_and(|(n, end)| match n.split_once('.') {
            Some((a, b)) => a.len() == 3 && b.len() == 2 && is_digits(a) && is_digits(b),
            // What [`province_then_series`] reads once a first run glued the series to it
            // (`45 NQ -19 xxx`, then `45 NQ-19 xxx`).
            None => (2..=5).contains(&n.len()) && is_digits(n) && serial_ends(tokens, n, end),
        })
    };
    i >= 1
        && two_digits(text_at(tokens, i - 1))
        && (1..=2).contains(&text_at(tokens, i).len())
        && all_caps(text_at(tokens, i))
        && serial()
}

/// The serial after the last digit of a plate's series at token `k` and its hyphen: `124.56` of
/// `1-124.56`, or of `1 - 124.56`, as VnCoreNLP splits a serial the text spaced (`82L1- 038.87`),
/// which a first run joins into `1-038.87`.
#[inline(always)]
fn series_digit<'a>(tokens: &[Token<'a>], k: usize) -> Option<&'a str> {
    let t = text_at(tokens, k);
    match t.as_bytes() {
        [d, b'-', ..] if d.is_ascii_digit() => Some(&t[2..]),
        [d] if d.is_ascii_digit() && text_at(tokens, k + 1) == "-" => Some(text_at(tokens, k + 2)),
        _ => None,
    }
}

/// Token `i` is the serial of a motorbike's plate after its series as VnCoreNLP splits it,
/// `77 C 1-124.56` (`77C1-124.56`): the gap before it closes with the one before the letters.
/// Inlined: asked at most gaps between plain tokens, where the first bytes rule it out.
#[inline(always)]
pub(super) fn plate_tail(tokens: &[Token], i: usize) -> bool {
    series_digit(tokens, i).is_some() && i >= 2 && split_plate(tokens, i - 1)
}

/// The series of a vehicle plate: two digits of the province, one or two capitals, maybe a
/// digit (`51A`, `29LD`, `30E1`).
pub(in crate::segmented) fn plate_series(t: &str) -> bool {
    let letters = t.trim_matches(|c: char| c.is_ascii_digit());
    t.len() <= 5
        && t.get(..2).is_some_and(is_digits)
        && (1..=2).contains(&letters.len())
        && letters.bytes().all(|c| c.is_ascii_uppercase())
        && t.len() - letters.len() <= 3
}

/// A motorbike's plate written with a hyphen after the province's two digits and a space before
/// the serial (see [`serial`]), `77-G1 394.xx`, `81-B2 10.xx`, which pyvi splits at the hyphen
/// (`77 - G1`): `a` and `b` are the hyphen's sides.
pub(super) fn province_series(a: &str, b: &str) -> bool {
    two_digits(a) && matches!(b.as_bytes(), [l, d] if l.is_ascii_uppercase() && d.is_ascii_digit())
}

/// The serial of a plate after its series, its last digits maybe masked: `394.xx`, `123.45`.
pub(in crate::segmented) fn serial(t: &str) -> bool {
    t.split_once('.')
        .is_some_and(|(x, y)| is_digits(x) && (is_digits(y) || mask(y)))
}

/// underthesea splits a plate number `51A-123.45` into `51A-123 . 45`: `a` is the series and
/// the first three digits, before the dot and the last two (see the `.` rules, which ask for
/// those first: the search for `-` here cost 1% of the pipeline on segmented news at every
/// sentence's dot).
pub(super) fn plate_serial(a: &str) -> bool {
    a.split_once('-')
        .is_some_and(|(series, first)| plate_series(series) && first.len() == 3 && is_digits(first))
}

/// Two digits: a province's code before a plate's series, the last two of its serial, a
/// National Assembly's term.
pub(super) fn two_digits(t: &str) -> bool {
    t.len() == 2 && is_digits(t)
}

/// A phone or plate number whose last digits news masks with `x` (`1900.xxxx`, `0243.xxx.xxx`,
/// `028.3822.xxxx`, `29E-054.xx`), which pyvi splits at each dot (`0243 . xxx . xxx`) and
/// underthesea at the last (`29E-054 . xx`): `a` and `b` are the groups before and after a dot,
/// a mask after digits, or digits or a mask after a mask.
pub(super) fn masked_number(a: &str, b: &str) -> bool {
    mask(b) && (a.ends_with(|c: char| c.is_ascii_digit()) || mask(a))
        || mask(a) && b.split('.').all(is_digits)
}

/// A plate number written with dots, `36C.148.xx`, which pyvi splits at each dot (`36C . 148 .
/// xx`) and underthesea at the first (`36C . 148.xx`): `a` is the series, `b` the first three
/// digits, with the rest after underthesea. (No sentence ends in a plate's series.)
pub(super) fn dotted_plate(a: &str, b: &str) -> bool {
    b.get(..3).is_some_and(is_digits)
        && matches!(b.as_bytes().get(3), None | Some(b'.'))
        && plate_series(a)
}

/// Digits news hides, `xx`, `xxx`, also in capitals, `XX` (in the news sets read in sessions 29
/// and 30, a plate's mask 9 times in lower case, 7 in capitals).
pub(super) fn mask(t: &str) -> bool {
    t.len() >= 2 && (t.bytes().all(|c| c == b'x') || t.bytes().all(|c| c == b'X'))
}

/// The serial of a plate number with its last digits masked, `454xx`, which pyvi splits off
/// its series (`51C - 454xx`; see [`hyphen`]).
pub(super) fn masked_serial(t: &str) -> bool {
    let digits = t.trim_end_matches(['x', 'X']);
    mask(&t[digits.len()..]) && is_digits(digits)
}

/// A plate number with its last digits masked, `51C-454xx`, which underthesea splits before
/// the mask (`51C-454 xx`, or `51C-454_xx`, which the tokenizer splits for this rule): `a` is
/// the series and the digits, `b` the mask.
pub(in crate::segmented) fn masked_plate(a: &str, b: &str) -> bool {
    mask(b)
        && a.split_once('-')
            .is_some_and(|(series, digits)| plate_series(series) && is_digits(digits))
}
