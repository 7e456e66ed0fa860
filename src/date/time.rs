//! Clock times (spec §5 "Times", §6): only what a tokeniser split is re-joined, and in the ISO
//! style a time introduced by `lúc`/`vào` is written `HH:MM`.
//!
//! - `14 h 30` → `14h30`: a lone `h` between an hour (0–24) and two-digit minutes (up to 59)
//!   only comes from a split `14h30`. `14 h` → `14h` only next to a time or date word: `10 h`
//!   is also an abbreviation (10 hào in coin lists).
//! - `14 : 30` → `14:30` only after a time cue (`lúc`, `vào`, `sáng`, ...): a spaced colon also
//!   ends labels (`Khoản 3 : 30 ngày`) and writes ratios (`1 : 50`).
//! - ISO: `lúc 14h30`, `vào 9g30`, `lúc 9:30` → `14:30`, `09:30` (hours up to 23). `14h` alone
//!   stays: "at 14h" and "for 2h" are written alike, and spec table #12 keeps it.

use std::ops::Range;

use super::lex::{next_word, small_number, PrevWords};
use super::words::{ISO_TIME_CUES, STRONG, TIME_CUES, WEAK};

/// One edit of a clock time.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct TimeEdit {
    pub(super) range: Range<usize>,
    pub(super) with: String,
    /// A tokeniser split was re-joined.
    pub(super) joined: bool,
    /// The time was written in ISO form.
    pub(super) iso: bool,
}

/// The value of the hour digits when they are a whole token of 1–2 digits.
fn hour_value(text: &str, hour: Range<usize>) -> Option<u8> {
    let bytes = text.as_bytes();
    let boundary = hour.start == 0 || matches!(bytes[hour.start - 1], b' ' | b'\t' | b'\n' | b'(');
    boundary.then(|| small_number(&text[hour])).flatten()
}

/// Two-digit minutes 0–59 starting at `at`, ending at a token boundary.
fn minutes_at(text: &str, at: usize) -> Option<u8> {
    let b = text.as_bytes().get(at..at + 2)?;
    if !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let boundary = text[at + 2..]
        .chars()
        .next()
        .map_or(true, |c| c.is_whitespace() || ",.;)!?".contains(c));
    let m = (b[0] - b'0') * 10 + b[1] - b'0';
    (boundary && m <= 59).then_some(m)
}

/// Whether `lúc`/`vào` stands right before the hour (ISO times, spec §5).
fn iso_cue(text: &str, start: usize) -> bool {
    PrevWords::new(text, start)
        .next()
        .is_some_and(|w| w.end + 1 == start && w.lower().is_one_of(ISO_TIME_CUES))
}

/// A time with minutes at `range`, written `14h30`/`14:30`, or `14:30`/`09:30` in ISO style.
fn clock(text: &str, range: Range<usize>, (h, m): (u8, u8), sep: char, iso: bool) -> TimeEdit {
    let iso = iso && h <= 23 && iso_cue(text, range.start);
    let with = if iso {
        format!("{h:02}:{m:02}")
    } else {
        format!("{h}{sep}{m:02}")
    };
    TimeEdit {
        range,
        with,
        joined: true,
        iso,
    }
}

/// Whether a time word stands before the hour or a date word after the `h`.
fn hour_alone_cued(text: &str, start: usize, end: usize) -> bool {
    let before = PrevWords::new(text, start).next();
    before
        .is_some_and(|w| !w.broken && (w.lower().is_one_of(TIME_CUES) || w.lower().is_one_of(WEAK)))
        || next_word(text, end).is_some_and(|w| w.lower().is_one_of(STRONG))
}

/// A split time whose hour is the digit run `hour` (followed by a space): `14 h 30`, `14 h`,
/// `lúc 14 : 30`. See the module docs.
pub(super) fn split_time_at(text: &str, hour: Range<usize>, iso: bool) -> Option<TimeEdit> {
    let h = hour_value(text, hour.clone())?;
    let rest = &text[hour.end..];
    if let Some(after) = rest.strip_prefix(" h") {
        let at = hour.end + 2;
        let whole = after
            .chars()
            .next()
            .map_or(true, |c| c.is_whitespace() || ",.;)".contains(c));
        if h > 24 || !whole {
            return None;
        }
        return match after.strip_prefix(' ').map(|_| minutes_at(text, at + 1)) {
            Some(Some(m)) => Some(clock(text, hour.start..at + 3, (h, m), 'h', iso)),
            // `14 h 5`, `2 h 75 phút`: not a clean split time, leave it.
            Some(None) if text.as_bytes().get(at + 1).is_some_and(u8::is_ascii_digit) => None,
            // A lone `10 h` may be an abbreviation (`10 h` = 10 hào): join it only next to a
            // time or date word (`lúc 9 h sáng`, `từ 7 h đến`, `14 h ngày 2/12`).
            _ if hour_alone_cued(text, hour.start, at) => Some(TimeEdit {
                range: hour.start..at,
                with: format!("{h}h"),
                joined: true,
                iso: false,
            }),
            _ => None,
        };
    }
    if rest.starts_with(" : ") {
        let m = minutes_at(text, hour.end + 3)?;
        let cue = PrevWords::new(text, hour.start).next()?;
        return (h <= 23 && cue.lower().is_one_of(TIME_CUES))
            .then(|| clock(text, hour.start..hour.end + 5, (h, m), ':', iso));
    }
    None
}

/// ISO style: a one-token time `14h30`, `9g30`, `9:30` right after `lúc`/`vào` → `HH:MM`.
pub(super) fn iso_time_at(text: &str, hour: Range<usize>) -> Option<TimeEdit> {
    if !matches!(text.as_bytes().get(hour.end), Some(b'h' | b'g' | b':')) {
        return None;
    }
    let h = hour_value(text, hour.clone())?;
    let m = minutes_at(text, hour.end + 1)?;
    (h <= 23 && iso_cue(text, hour.start)).then(|| TimeEdit {
        range: hour.start..hour.end + 3,
        with: format!("{h:02}:{m:02}"),
        joined: false,
        iso: true,
    })
}
