//! Writing a recognised date in the configured style (spec §5, "Canonical output").
//!
//! Canonical: `/` between day, month and year, no leading zeros unless `zero_pad`, no spaces in
//! a dash range, the shared month and year written once (`6-7/12/2024`), a cross-year range in
//! full (`30/12/2024-2/1/2025`). ISO 8601 is used only when the expression writes a year; a
//! year-less date keeps its canonical form. Connective words of a range are kept.

use super::recognise::{DateKind, DateMatch};
use crate::stage::Rewriter;

/// How dates are written. `Keep` never reaches the writer: the stage is not built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Style {
    pub(super) iso: bool,
    pub(super) zero_pad: bool,
}

impl Style {
    fn num(self, n: u8) -> String {
        if self.zero_pad {
            format!("{n:02}")
        } else {
            n.to_string()
        }
    }

    /// `d/m` or `d/m/yyyy`.
    fn dmy(self, d: u8, m: u8, y: Option<u16>) -> String {
        match y {
            Some(y) => format!("{}/{}/{y}", self.num(d), self.num(m)),
            None => format!("{}/{}", self.num(d), self.num(m)),
        }
    }
}

/// `yyyy-mm-dd`.
fn iso_date(d: u8, m: u8, y: u16) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Replaces `text[start..end]` with `with`; whether that changed anything.
fn put(text: &str, out: &mut Rewriter<'_>, start: usize, end: usize, with: &str) -> bool {
    out.replace(start, end, with);
    text[start..end] != *with
}

/// Writes `m` into `out` (edits in text order); whether the text changed.
pub(super) fn write_date(text: &str, m: &DateMatch, style: Style, out: &mut Rewriter<'_>) -> bool {
    let month = m.month;
    let Some(d) = m.day else {
        if m.kind == DateKind::MonthYear {
            if let Some(y) = m.year {
                let written = if style.iso {
                    format!("{y:04}-{month:02}")
                } else {
                    format!("{}/{y}", style.num(month))
                };
                return put(text, out, m.span.start, m.span.end, &written);
            }
        }
        return false;
    };
    let written = match (m.kind, &m.end) {
        (DateKind::Full, _) => match m.year {
            Some(y) if style.iso => iso_date(d, month, y),
            y => style.dmy(d, month, y),
        },
        (DateKind::DayMonth, _) => style.dmy(d, month, None),
        (DateKind::Range, Some(e)) => match (m.year, e.year) {
            (Some(y1), Some(y2)) if style.iso => {
                format!(
                    "{}/{}",
                    iso_date(d, month, y1),
                    iso_date(e.day, e.month, y2)
                )
            }
            (y1, y2) if y1 == y2 && month == e.month => {
                format!("{}-{}", style.num(d), style.dmy(e.day, month, y2))
            }
            (y1, y2) if y1 == y2 => {
                format!(
                    "{}/{}-{}",
                    style.num(d),
                    style.num(month),
                    style.dmy(e.day, e.month, y2)
                )
            }
            (y1, y2) => format!(
                "{}-{}",
                style.dmy(d, month, y1),
                style.dmy(e.day, e.month, y2)
            ),
        },
        (DateKind::WordRange, Some(e)) => {
            // Each end as written (a bare day stays a bare day); the words between are kept.
            let start_len = text[m.span.clone()].find(char::is_whitespace).unwrap_or(0);
            let start_groups = text[m.span.start..m.span.start + start_len]
                .bytes()
                .filter(|b| matches!(b, b'/' | b'.' | b'-'))
                .count();
            let (start, end) = match (m.year, e.year) {
                (Some(y1), Some(y2)) if style.iso => {
                    (iso_date(d, month, y1), iso_date(e.day, e.month, y2))
                }
                (y1, y2) => {
                    let start = match start_groups {
                        0 => style.num(d),
                        1 => style.dmy(d, month, None),
                        _ => style.dmy(d, month, y1),
                    };
                    (start, style.dmy(e.day, e.month, y2))
                }
            };
            let first = put(text, out, m.span.start, m.span.start + start_len, &start);
            return put(text, out, e.span.start, e.span.end, &end) || first;
        }
        _ => return false, // verbal dates are annotations only
    };
    put(text, out, m.span.start, m.span.end, &written)
}
