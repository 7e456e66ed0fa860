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
//! the trigger and guard word lists, [`write`] writes the canonical or ISO form, `time.rs`
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

use serde::{Deserialize, Serialize};

pub use recognise::{find_dates, DateKind, DateMatch, RangeEnd};

use crate::stage::{Counts, Rewriter, Stage};
use time::TimeTally;
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
    times: TimeTally,
    kinds: [u64; 5],
    rewritten: u64,
}

/// Survey keys per recognised form, in [`DateKind`] order (verbal dates are not counted: they are
/// never rewritten, and the stage's gate does not look for them).
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

    fn rewrite<'a>(&self, text: &'a str, tally: &mut Tally) -> Cow<'a, str> {
        let mut current = time::join_split_times(text, &mut tally.times);
        if self.style.iso && time::may_contain_time(&current) {
            if let Cow::Owned(s) = time::iso_times(&current, &mut tally.times) {
                current = Cow::Owned(s);
            }
        }
        let dated = self.write_dates(&current, tally);
        match (current, dated) {
            (current, None) => current,
            (_, Some(s)) => Cow::Owned(s),
        }
    }

    /// Rewrites the dates of `text`; `None` when nothing changed.
    fn write_dates(&self, text: &str, tally: &mut Tally) -> Option<String> {
        if !recognise::may_contain_date(text) {
            return None;
        }
        let mut out = Rewriter::new(text);
        for m in find_dates(text) {
            let Some(k) = kind_index(m.kind) else {
                continue;
            };
            tally.kinds[k] += 1;
            tally.rewritten += u64::from(write::write_date(text, &m, self.style, &mut out));
        }
        match out.finish() {
            Cow::Owned(s) => Some(s),
            Cow::Borrowed(_) => None,
        }
    }
}

impl Stage for DatesStage {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn needs(&self, text: &str) -> bool {
        recognise::may_contain_date(text)
            || time::may_contain_split_time(text)
            || self.style.iso && time::may_contain_time(text)
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
        *counts.entry("time_joined").or_default() += tally.times.joined;
        *counts.entry("time_iso").or_default() += tally.times.iso;
    }
}

#[cfg(test)]
mod tests;
