//! Clock times (spec §5 "Times", §6): only what a tokeniser split is re-joined, and in the ISO
//! style a time introduced by `lúc`/`vào` is written `HH:MM`.
//!
//! - `14 h 30` → `14h30` and `14 h` → `14h`: a lone `h` after an hour (0–24) only comes from a
//!   split `14h30`/`14h`; minutes must be two digits up to 59, otherwise nothing is joined.
//! - `14 : 30` → `14:30` only after a time cue (`lúc`, `vào`, `sáng`, ...): a spaced colon also
//!   ends labels (`Khoản 3 : 30 ngày`) and writes ratios (`1 : 50`).
//! - ISO: `lúc 14h30`, `vào 9g30`, `lúc 9:30` → `14:30`, `09:30` (hours up to 23). `14h` alone
//!   stays: "at 14h" and "for 2h" are written alike, and spec table #12 keeps it.

use std::borrow::Cow;

use super::lex::{is_clock_time, is_one_of, small_number, PrevWords};
use super::words::{ISO_TIME_CUES, TIME_CUES};
use crate::stage::Rewriter;

/// Counts of time edits.
#[derive(Debug, Default)]
pub(super) struct TimeTally {
    pub(super) joined: u64,
    pub(super) iso: u64,
}

/// Whether `text` may hold a split time (`digit h ` or `digit : `).
pub(super) fn may_contain_split_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    [&b" h"[..], b" : "].iter().any(|pat| {
        memchr::memmem::find_iter(bytes, pat).any(|i| i > 0 && bytes[i - 1].is_ascii_digit())
    })
}

/// Whether `text` may hold a one-token clock time (`digit h`, `digit g`, `digit :`).
pub(super) fn may_contain_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'h', b'g', b':', bytes).any(|i| i > 0 && bytes[i - 1].is_ascii_digit())
}

/// The hour token ending at `end`: its start and value, when it is a whole token of 1–2 digits.
fn hour_before(text: &str, end: usize) -> Option<(usize, u8)> {
    let bytes = text.as_bytes();
    let digits = bytes[..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let start = end - digits;
    let boundary = start == 0 || matches!(bytes[start - 1], b' ' | b'\t' | b'\n' | b'(');
    (boundary && digits > 0)
        .then(|| small_number(&text[start..end]))
        .flatten()
        .map(|h| (start, h))
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
    let m = small_number(std::str::from_utf8(b).ok()?)?;
    (boundary && m <= 59).then_some(m)
}

/// Re-joins split times; see the module docs.
pub(super) fn join_split_times<'a>(text: &'a str, tally: &mut TimeTally) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    let mut out = Rewriter::new(text);
    let mut done = 0;
    let finder_h = memchr::memmem::find_iter(bytes, " h").map(|i| (i, b'h'));
    let finder_c = memchr::memmem::find_iter(bytes, " : ").map(|i| (i, b':'));
    let mut hits: Vec<(usize, u8)> = finder_h.chain(finder_c).collect();
    hits.sort_unstable();
    for (space, kind) in hits {
        if space < done {
            continue;
        }
        let Some((start, hour)) = hour_before(text, space) else {
            continue;
        };
        let after = space + if kind == b'h' { 2 } else { 3 };
        let joined = if kind == b'h' {
            let next = text[after..].chars().next();
            if hour > 24 || next.is_some_and(|c| !(c == ' ' || c == '\n' || ",.;)".contains(c))) {
                continue;
            }
            match text[after..]
                .strip_prefix(' ')
                .map(|_| minutes_at(text, after + 1))
            {
                Some(Some(m)) => Some((after + 3, format!("{hour}h{m:02}"))),
                Some(None) if bytes.get(after + 1).is_some_and(u8::is_ascii_digit) => None,
                _ => Some((after, format!("{hour}h"))),
            }
        } else {
            let cue = PrevWords::new(text, start).next();
            match minutes_at(text, after) {
                Some(m) if hour <= 23 && cue.is_some_and(|w| is_one_of(w.text, TIME_CUES)) => {
                    Some((after + 2, format!("{hour}:{m:02}")))
                }
                _ => None,
            }
        };
        if let Some((end, with)) = joined {
            out.replace(start, end, &with);
            tally.joined += 1;
            done = end;
        }
    }
    out.finish()
}

/// ISO style: `lúc 14h30` → `lúc 14:30`; see the module docs.
pub(super) fn iso_times<'a>(text: &'a str, tally: &mut TimeTally) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    let mut out = Rewriter::new(text);
    let mut done = 0;
    for i in memchr::memchr3_iter(b'h', b'g', b':', bytes) {
        if i < done || i == 0 || !bytes[i - 1].is_ascii_digit() {
            continue;
        }
        let Some((start, hour)) = hour_before(text, i) else {
            continue;
        };
        let Some(minutes) = minutes_at(text, i + 1) else {
            continue;
        };
        let cue = PrevWords::new(text, start).next();
        if hour <= 23
            && is_clock_time(&text[start..i + 3])
            && cue.is_some_and(|w| w.end + 1 == start && is_one_of(w.text, ISO_TIME_CUES))
        {
            let iso = format!("{hour:02}:{minutes:02}");
            tally.iso += u64::from(text[start..i + 3] != iso);
            out.replace(start, i + 3, &iso);
            done = i + 3;
        }
    }
    out.finish()
}
