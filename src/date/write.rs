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

/// A date as written, on the stack: the longest is 21 ASCII bytes (`2024-12-06/2024-12-07`), and a
/// date already in style must cost no allocation (only an edit allocates, in the [`Rewriter`]).
struct Written {
    bytes: [u8; 32],
    len: usize,
}

impl Written {
    fn new() -> Self {
        Written {
            bytes: [0; 32],
            len: 0,
        }
    }

    fn push(&mut self, b: u8) {
        self.bytes[self.len] = b;
        self.len += 1;
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).expect("digits and ASCII separators")
    }
}

impl Style {
    /// A day or month, zero-padded to two digits when asked.
    fn num(self, out: &mut Written, n: u8) {
        push_digits(out, n.into(), if self.zero_pad { 2 } else { 1 });
    }

    /// `d/m` or `d/m/yyyy`.
    fn dmy(self, out: &mut Written, d: u8, m: u8, y: Option<u16>) {
        self.num(out, d);
        out.push(b'/');
        self.num(out, m);
        if let Some(y) = y {
            out.push(b'/');
            push_digits(out, y, 4);
        }
    }
}

/// `n` in decimal with at least `width` digits (formatting machinery is the stage's hot spot).
fn push_digits(out: &mut Written, n: u16, width: usize) {
    let mut buf = [b'0'; 5];
    let mut k = buf.len();
    let mut v = n;
    loop {
        k -= 1;
        buf[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let from = k.min(buf.len() - width);
    buf[from..].iter().for_each(|&b| out.push(b));
}

/// `yyyy-mm-dd`.
fn iso_date(out: &mut Written, d: u8, m: u8, y: u16) {
    push_digits(out, y, 4);
    out.push(b'-');
    push_digits(out, m.into(), 2);
    out.push(b'-');
    push_digits(out, d.into(), 2);
}

/// Replaces `text[start..end]` with `with`; whether that changed anything.
fn put(text: &str, out: &mut Rewriter<'_>, start: usize, end: usize, with: &str) -> bool {
    out.replace(start, end, with);
    text[start..end] != *with
}

/// Writes `m` into `out` (edits in text order); whether the text changed.
pub(super) fn write_date(text: &str, m: &DateMatch, style: Style, out: &mut Rewriter<'_>) -> bool {
    let (day, month) = (m.day, m.month);
    let mut w = Written::new();
    match (m.kind, day, &m.end) {
        (DateKind::MonthYear, _, _) => {
            let Some(y) = m.year else { return false };
            if style.iso {
                push_digits(&mut w, y, 4);
                w.push(b'-');
                push_digits(&mut w, month.into(), 2);
            } else {
                style.num(&mut w, month);
                w.push(b'/');
                push_digits(&mut w, y, 4);
            }
        }
        (DateKind::Full, Some(d), _) => match m.year {
            Some(y) if style.iso => iso_date(&mut w, d, month, y),
            y => style.dmy(&mut w, d, month, y),
        },
        (DateKind::DayMonth, Some(d), _) => style.dmy(&mut w, d, month, None),
        (DateKind::Range, Some(d), Some(e)) => match (m.year, e.year) {
            (Some(y1), Some(y2)) if style.iso => {
                iso_date(&mut w, d, month, y1);
                w.push(b'/');
                iso_date(&mut w, e.day, e.month, y2);
            }
            (y1, y2) => {
                // The shared month and year are written once: `6-7/12/2024`, `30/11-2/12`.
                if y1 != y2 {
                    style.dmy(&mut w, d, month, y1);
                } else if month != e.month {
                    style.dmy(&mut w, d, month, None);
                } else {
                    style.num(&mut w, d);
                }
                w.push(b'-');
                style.dmy(&mut w, e.day, e.month, y2);
            }
        },
        (DateKind::WordRange, Some(d), Some(e)) => {
            // Each end as written (a bare day stays a bare day); the words between are kept.
            let start_len = text[m.span.clone()].find(char::is_whitespace).unwrap_or(0);
            let start_groups = text[m.span.start..m.span.start + start_len]
                .bytes()
                .filter(|b| matches!(b, b'/' | b'.' | b'-'))
                .count();
            let mut end = Written::new();
            match (m.year, e.year) {
                (Some(y1), Some(y2)) if style.iso => {
                    iso_date(&mut w, d, month, y1);
                    iso_date(&mut end, e.day, e.month, y2);
                }
                (y1, y2) => {
                    match start_groups {
                        0 => style.num(&mut w, d),
                        1 => style.dmy(&mut w, d, month, None),
                        _ => style.dmy(&mut w, d, month, y1),
                    }
                    style.dmy(&mut end, e.day, e.month, y2);
                }
            }
            let first = put(
                text,
                out,
                m.span.start,
                m.span.start + start_len,
                w.as_str(),
            );
            return put(text, out, e.span.start, e.span.end, end.as_str()) || first;
        }
        _ => return false, // verbal dates are annotations only
    }
    put(text, out, m.span.start, m.span.end, w.as_str())
}
