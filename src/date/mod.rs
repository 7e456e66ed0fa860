//! Dates and times in news text (spec §5): recognise day-first dates and write them in one
//! canonical form, without ever touching a number that is not a date.
//!
//! Vietnamese news writes the same date many ways: `2/12`, `02/12/2024`, `2.12`, `2-12-2024`,
//! `6 - 7/12`, `tháng 12.2024`. The same shapes are also scores (`thắng 2-1`), thousands
//! (`25.000`), versions (`phiên bản 2.12`), fractions (`1/2 dân số`), decree numbers
//! (`12/2024/NĐ-CP`), phone numbers and IP addresses. Precision comes first: when in doubt a
//! token is left byte-identical.
//!
//! Layout: [`recognise`] decides what is a date (the rules are listed there), `words.rs` holds
//! the trigger and guard word lists, [`write`](mod@write) writes the canonical or ISO form, `time.rs`
//! re-joins tokeniser-split clock times, `lex.rs` is the byte-level tokenising both share.
//!
//! [`find_dates`] is public so other tools can use the recognised dates without rewriting:
//!
//! ```
//! let dates = vietnorm::find_dates("Hôm 2.12, quân đội rút; giá 25.000 đồng, tỷ số 2-1.");
//! assert_eq!(dates.len(), 1);
//! assert_eq!((dates[0].day, dates[0].month, dates[0].year), (Some(2), 12, None));
//! ```
//!
//! The stage runs last (spec §7), on text that is already NFC and detokenised; it is also
//! correct on its own, on word-segmented text (`hôm_nay`, `rạng_sáng`) and on tokenised text
//! (`Hôm 6 - 7/12 ,`).

mod lex;
pub mod recognise;
mod time;
mod words;
pub mod write;

use std::borrow::Cow;
use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use recognise::{find_dates, DateKind, DateMatch, RangeEnd};

use crate::stage::{Counts, Rewriter, Stage};
use recognise::Number;
use write::Style;

/// How the `dates` stage writes dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateStyle {
    /// `d/m`, `d/m/yyyy`, `d1-d2/m`, `d1/m1-d2/m2`, `m/yyyy` (spec §5 canonical output).
    #[default]
    Canonical,
    /// ISO 8601 when the year is written (`2024-12-02`, `2024-12`, `2024-12-06/2024-12-07`,
    /// and `lúc 14h30` → `lúc 14:30`); canonical otherwise.
    Iso,
    /// Leave dates and times as written (the stage is not run).
    Keep,
}

/// Settings of the `dates` stage (`[dates]` in a config file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatesConfig {
    /// Run the stage at all.
    pub enabled: bool,
    /// Output style.
    pub style: DateStyle,
    /// Write day and month with two digits (`02/12/2024`), the style of official documents.
    pub zero_pad: bool,
}

impl Default for DatesConfig {
    fn default() -> Self {
        DatesConfig {
            enabled: true,
            style: DateStyle::Canonical,
            zero_pad: false,
        }
    }
}

impl DatesConfig {
    /// Whether the pipeline should run the stage.
    pub(crate) fn active(&self) -> bool {
        self.enabled && self.style != DateStyle::Keep
    }
}

/// Counters of one pass; `apply` ignores them, `survey` reports them.
#[derive(Debug, Default)]
struct Tally {
    kinds: [u64; 5],
    rewritten: u64,
    time_joined: u64,
    time_iso: u64,
}

/// Survey keys per recognised form, in [`DateKind`] order (verbal dates are not counted: they are
/// never rewritten, and the stage does not look for them).
const KIND_KEYS: [&str; 5] = ["full", "day_month", "month_year", "range", "word_range"];

fn kind_index(kind: DateKind) -> Option<usize> {
    match kind {
        DateKind::Full => Some(0),
        DateKind::DayMonth => Some(1),
        DateKind::MonthYear => Some(2),
        DateKind::Range => Some(3),
        DateKind::WordRange => Some(4),
        DateKind::Verbal => None,
    }
}

/// The `dates` stage; see the module docs.
#[derive(Debug)]
pub(crate) struct DatesStage {
    style: Style,
}

impl DatesStage {
    pub(crate) fn new(config: &DatesConfig) -> Self {
        DatesStage {
            style: Style {
                iso: config.style == DateStyle::Iso,
                zero_pad: config.zero_pad,
            },
        }
    }

    /// The time edit whose hour is the digit run `hour`, if any.
    fn time_at(&self, text: &str, hour: Range<usize>) -> Option<time::TimeEdit> {
        if !self.may_be_time(text.as_bytes(), hour.end) {
            return None;
        }
        match text.as_bytes()[hour.end] {
            b' ' => time::split_time_at(text, hour, self.style.iso),
            _ => time::iso_time_at(text, hour),
        }
    }

    /// The bytes after a digit run that can start a time edit: ` h`, ` :`, or in ISO style `h`,
    /// `g`, `:`. Most numbers are followed by a space and a word, so this byte test comes first.
    #[inline]
    fn may_be_time(&self, bytes: &[u8], at: usize) -> bool {
        match bytes.get(at) {
            Some(b' ') => matches!(bytes.get(at + 1), Some(b'h' | b':')),
            Some(b'h' | b'g' | b':') => self.style.iso,
            _ => false,
        }
    }

    /// One pass over the digit runs finds dates and times, and edits them in text order. A time
    /// is held back until no date can start before it, which a date found later cannot (its
    /// span starts at or before its own digits, after every run visited so far).
    fn rewrite<'a>(&self, text: &'a str, tally: &mut Tally) -> Cow<'a, str> {
        let mut out = Rewriter::new(text);
        // Only split or ISO times land here, so clean text never grows it.
        let mut times: Vec<time::TimeEdit> = Vec::new();
        recognise::scan_numbers(text, |number| match number {
            Number::Other(hour) => {
                let edit = self.time_at(text, hour)?;
                let end = edit.range.end;
                times.push(edit);
                Some(end)
            }
            Number::Date(m) => {
                let before = times
                    .iter()
                    .take_while(|t| t.range.start < m.span.start)
                    .count();
                for t in times.drain(..before) {
                    write_time(text, &t, &mut out, tally);
                }
                if let Some(k) = kind_index(m.kind) {
                    tally.kinds[k] += 1;
                }
                tally.rewritten += u64::from(write::write_date(text, &m, self.style, &mut out));
                None
            }
        });
        for t in times {
            write_time(text, &t, &mut out, tally);
        }
        out.finish()
    }
}

fn write_time(text: &str, t: &time::TimeEdit, out: &mut Rewriter<'_>, tally: &mut Tally) {
    let changed = text[t.range.clone()] != t.with;
    tally.time_joined += u64::from(changed && t.joined);
    tally.time_iso += u64::from(changed && t.iso);
    out.replace(t.range.start, t.range.end, &t.with);
}

impl Stage for DatesStage {
    fn name(&self) -> &'static str {
        "dates"
    }

    /// A digit followed by a date separator, or the start of a time the stage would edit. A dot
    /// before a group of three digits separates thousands (`25.000`, `1.250.000`, in a third of
    /// the lines of news), never a day from a month.
    fn needs(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let thousands = |at: usize| {
            bytes.get(at) == Some(&b'.')
                && bytes
                    .get(at + 1..at + 4)
                    .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
        };
        lex::DigitRuns::new(bytes).any(|digits| {
            recognise::is_date_separator(bytes, digits.end) && !thousands(digits.end)
                || self.may_be_time(bytes, digits.end) && self.time_at(text, digits).is_some()
        })
    }

    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.rewrite(text, &mut Tally::default())
    }

    fn survey(&self, text: &str, counts: &mut Counts) {
        let mut tally = Tally::default();
        self.rewrite(text, &mut tally);
        for (key, n) in KIND_KEYS.iter().zip(tally.kinds) {
            *counts.entry(key).or_default() += n;
        }
        *counts.entry("rewritten").or_default() += tally.rewritten;
        *counts.entry("time_joined").or_default() += tally.time_joined;
        *counts.entry("time_iso").or_default() += tally.time_iso;
    }
}

#[cfg(test)]
mod tests;
