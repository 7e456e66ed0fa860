//! Recognition of day-first dates (spec §5): [`find_dates`] and the values it returns.
//!
//! The scan visits digit runs only (found 16 bytes at a time): only a `/`, `.` or `-` right
//! after a digit starts any work, so prose costs one quick pass. Each hit is widened to its numeric run (`lex::run_at`),
//! parsed into a `Shape`, and accepted by the rules of spec §5:
//! 1. a full date `d s m s yyyy` (one separator, valid day, year 1000–2999) needs no context;
//! 2. a year-less `d s m` needs a trigger word before it (strong or weak, see `words.rs`),
//!    reached through filler words only; `d-m` (the score shape) needs a strong trigger right
//!    before it;
//! 3. ranges are decided as a whole: both ends valid and going forward, else neither end is a
//!    date;
//! 4. `m s yyyy` is a month only right after `tháng`;
//! 5. a 3-digit group anywhere makes the token a number (`25.000`, `sau 2.120 ngày`).

use std::cell::Cell;
use std::ops::Range;

use super::lex::{
    dash_len, is_clock_time, is_one_of, next_word, run_at, run_end, run_start, small_number,
    DigitRuns, PrevWords, Run,
};
use super::words::{
    AMOUNT_VERBS, BLOCK_BEFORE, FILLERS, NEXT_BLOCK, PERIOD_DEICTICS, PER_DAY, RANGE_WORDS, STRONG,
    WEAK, WEAK_NEXT_BLOCK, WEEKDAYS,
};

/// What form a recognised date was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// Day, month and year: `2/12/2024`, `02.12.2024`, `2-12-2024`.
    Full,
    /// Day and month after a trigger: `hôm 2.12`, `ngày 2-12`.
    DayMonth,
    /// Month and year after `tháng`: `tháng 12.2024` (the span covers `12.2024`).
    MonthYear,
    /// A range joined by a dash, written as one expression: `6 - 7/12`, `30/11-2/12/2024`.
    Range,
    /// A range joined by `đến`/`tới`; the words are kept and each end is written on its own:
    /// `từ 30.11 đến 2.12`.
    WordRange,
    /// A date in words, `ngày 2 tháng 12 năm 2024`: annotated, never rewritten. The span covers
    /// the whole phrase from `ngày`/`mùng`/`mồng`/`tháng`.
    Verbal,
}

/// The end of a range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeEnd {
    /// Bytes of the end's own numeric part (`2.12` in `30.11 đến 2.12`).
    pub span: Range<usize>,
    /// Day of month, 1–31.
    pub day: u8,
    /// Month, 1–12.
    pub month: u8,
    /// Year, when written (for the start: also when implied by the end's year).
    pub year: Option<u16>,
}

/// A date recognised in a text. Values are checked: the day exists in the month (29/2 only in
/// leap years when the year is known), and a range goes forward.
///
/// ```
/// use vietnorm::{find_dates, DateKind};
/// let text = "Hôm 6 - 7/12, giá 25.000 đồng; ngày 02/12/2024.";
/// let dates = find_dates(text);
/// assert_eq!(dates.len(), 2);
/// assert_eq!(&text[dates[0].span.clone()], "6 - 7/12");
/// assert_eq!((dates[0].day, dates[0].month, dates[0].kind), (Some(6), 12, DateKind::Range));
/// assert_eq!(dates[0].end.as_ref().map(|e| e.day), Some(7));
/// assert_eq!((dates[1].day, dates[1].month, dates[1].year), (Some(2), 12, Some(2024)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte range of the whole expression, connectives of a range included.
    pub span: Range<usize>,
    /// Day of month (of the start, for a range); `None` for a month-year.
    pub day: Option<u8>,
    /// Month, 1–12.
    pub month: u8,
    /// Year when written in the expression (for a range start, also when implied by the end).
    pub year: Option<u16>,
    /// The end of a range.
    pub end: Option<RangeEnd>,
    /// The written form.
    pub kind: DateKind,
}

/// Finds the dates of `text`, in order, non-overlapping. See the module docs for the rules.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    let mut found = Vec::new();
    scan_numbers(text, |number| {
        if let Number::Date(m) = number {
            found.push(m);
        }
        None
    });
    let numeric = found.len();
    verbal_dates(text, &mut found);
    if found.len() > numeric {
        found.sort_by_key(|m| m.span.start);
    }
    found
}

/// A day, month and optional year as parsed from one numeric group sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    /// A bare day (only as the start of a range: `6` in `6 - 7/12`).
    Day(u8),
    DayMonth(u8, u8),
    MonthYear(u8, u16),
    Full(u8, u8, u16),
}

impl Part {
    fn has_month_and_day(self) -> bool {
        matches!(self, Part::DayMonth(..) | Part::Full(..))
    }
}

/// The separator between the groups of a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    Slash,
    Dot,
    Hyphen,
    EnDash,
}

/// A parsed numeric token core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// One part; the separator is `None` for a bare number.
    Part(Part, Option<Sep>),
    /// Two parts joined by a dash inside the token: `6-7/12`, `30/11-2/12/2024`.
    Range(Part, Part),
}

/// Parses a run core (digits and single separators, starting and ending with a digit).
fn parse_core(core: &str) -> Option<Shape> {
    let mut groups: [(u16, usize); 6] = [(0, 0); 6];
    let mut seps: [Sep; 6] = [Sep::Slash; 6];
    let mut n = 0;
    let bytes = core.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        // Rule 5: a 3-digit group is a thousands group; 5+ digits are no part of a date.
        if digits == 0 || digits == 3 || digits > 4 || n == groups.len() {
            return None;
        }
        let value = core[i..i + digits].parse().ok()?;
        groups[n] = (value, digits);
        i += digits;
        if i < bytes.len() {
            seps[n] = match bytes[i] {
                b'/' => Sep::Slash,
                b'.' => Sep::Dot,
                b'-' => Sep::Hyphen,
                _ if dash_len(&bytes[i..]) > 0 => Sep::EnDash,
                _ => return None,
            };
            i += if seps[n] == Sep::EnDash {
                dash_len(&bytes[i..])
            } else {
                1
            };
        }
        n += 1;
    }
    let groups = &groups[..n];
    let seps = &seps[..n - 1];
    let Some(&first) = seps.first() else {
        return Some(Shape::Part(part(groups)?, None));
    };
    if first != Sep::EnDash && seps.iter().all(|&s| s == first) {
        return Some(Shape::Part(part(groups)?, Some(first)));
    }
    // One dash between two parts, each with its own uniform `/` or `.` separator.
    let k = seps
        .iter()
        .position(|&s| matches!(s, Sep::Hyphen | Sep::EnDash))?;
    let (left, right) = (&seps[..k], &seps[k + 1..]);
    let uniform = |s: &[Sep]| {
        s.iter()
            .all(|&x| matches!(x, Sep::Slash | Sep::Dot) && x == s[0])
    };
    if !uniform(left) || !uniform(right) {
        return None;
    }
    Some(Shape::Range(part(&groups[..=k])?, part(&groups[k + 1..])?))
}

/// The part named by 1–3 groups: day and month have 1–2 digits, a year exactly 4.
fn part(groups: &[(u16, usize)]) -> Option<Part> {
    let small = |(v, len): (u16, usize)| (len <= 2).then_some(v as u8);
    let year = |(v, len): (u16, usize)| (len == 4).then_some(v);
    match *groups {
        [d] => Some(Part::Day(small(d)?)),
        [a, b] if b.1 == 4 => Some(Part::MonthYear(small(a)?, year(b)?)),
        [d, m] => Some(Part::DayMonth(small(d)?, small(m)?)),
        [d, m, y] => Some(Part::Full(small(d)?, small(m)?, year(y)?)),
        _ => None,
    }
}

fn is_leap(year: u16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn valid_year(year: u16) -> bool {
    (1000..=2999).contains(&year)
}

/// Whether `day/month[/year]` exists; without a year, 29/2 is allowed.
pub(super) fn valid_day(day: u8, month: u8, year: Option<u16>) -> bool {
    let last = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.map_or(true, is_leap) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=last).contains(&day) && year.map_or(true, valid_year)
}

/// The trigger found before a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trigger {
    None,
    Weak,
    Strong {
        /// Nothing but brackets between the trigger and the date.
        adjacent: bool,
    },
}

impl Trigger {
    /// Whether the stricter next-word guard applies.
    fn is_loose(self) -> bool {
        matches!(self, Trigger::Weak | Trigger::Strong { adjacent: false })
    }
}

/// How far back a trigger is looked for, in words (spec §5: "within the 3 preceding words").
const WINDOW: usize = 3;

/// One scan over a text, with what the dates found so far imply (an earlier date is a trigger:
/// `các ngày 2.12, 3.12 và 4.12`).
struct Scan<'a> {
    text: &'a str,
    /// End of the last date that may start a list (`ngày 2.12, 3.12`): a full date or one with a
    /// strong trigger. A date found through a weak trigger does not chain (`đạt đến 1.8, 3.6`).
    /// Also the end of a split time the stage joins (`19 h 14 10.1`): it triggers as the clock
    /// time it becomes does (`19h14 10.1`), so a second run decides the same.
    chain_end: Cell<Option<usize>>,
}

/// Whether the bytes at `at` (after a digit) may continue a date: `/` or `.` before a digit, or a
/// dash (also a range connective, `6- 7/12`). A `.` that ends a sentence (`năm 2016.`) or a
/// `/` of a unit (`km/h`) starts no work.
#[inline]
pub(super) fn is_date_separator(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(b'/' | b'.') => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
        Some(b'-') => true,
        _ => false,
    }
}

/// What [`scan_numbers`] reports, in text order.
pub(super) enum Number {
    /// A digit run that is not part of a numeric date.
    Other(Range<usize>),
    /// A numeric date.
    Date(DateMatch),
}

/// Visits the digit runs of `text` once: a run followed by a date separator goes to the date
/// rules (rules 1–5), and each date found is reported; any other run is reported as such, and
/// `visit` returns where it consumed text up to (the stage joins split times there). Nothing is
/// collected, so a text whose dates are already right costs no allocation.
pub(super) fn scan_numbers(text: &str, mut visit: impl FnMut(Number) -> Option<usize>) {
    let bytes = text.as_bytes();
    let scan = Scan {
        text,
        chain_end: Cell::new(None),
    };
    let mut runs = DigitRuns::new(bytes);
    let mut consumed = 0;
    while let Some(digits) = runs.next() {
        if !is_date_separator(bytes, digits.end) {
            if let Some(end) = visit(Number::Other(digits)) {
                consumed = end;
                scan.chain_end.set(Some(end));
                runs.resume_at(end);
            }
            continue;
        }
        let start = run_start(bytes, digits.end);
        match run_at(text, start) {
            None => consumed = run_end(bytes, start),
            Some(run) => {
                let decided = scan.at_run(&run, consumed);
                consumed = run.all.end;
                if let Some((m, end)) = decided {
                    consumed = end;
                    if let Some(m) = m {
                        visit(Number::Date(m));
                    }
                }
            }
        }
        runs.resume_at(consumed);
    }
}

impl Scan<'_> {
    /// Decides the run; `Some((date or None, consumed up to))` when something was decided.
    fn at_run(&self, run: &Run, consumed_from: usize) -> Option<(Option<DateMatch>, usize)> {
        let shape = parse_core(&self.text[run.core.clone()])?;
        if self.blocked_before(run.all.start) {
            return None;
        }
        match shape {
            Shape::Range(a, b) => {
                let m = self.range(a, run.core.clone(), b, run.core.clone(), DateKind::Range);
                Some((m, run.all.end))
            }
            Shape::Part(p, sep) => {
                if let Some(decided) = self.extend_forward(run, p) {
                    return Some(decided);
                }
                if p.has_month_and_day() {
                    if let Some(m) = self.extend_backward(run, p, consumed_from) {
                        return Some((m, run.all.end));
                    }
                }
                Some((self.single(run, p, sep?), run.all.end))
            }
        }
    }

    /// A single part with its separator.
    fn single(&self, run: &Run, p: Part, sep: Sep) -> Option<DateMatch> {
        let at = run.core.clone();
        match p {
            Part::Full(d, m, y) if valid_day(d, m, Some(y)) => {
                self.chain_end.set(Some(at.end));
                Some(date(at, Some(d), m, Some(y), DateKind::Full))
            }
            Part::MonthYear(m, y) if (1..=12).contains(&m) && valid_year(y) => {
                let prev = PrevWords::new(self.text, run.all.start).next()?;
                let adjacent = prev.end == run.all.start || prev.end + 1 == run.all.start;
                (adjacent && prev.lower().is_one_of(&["tháng"]))
                    .then(|| date(at, None, m, Some(y), DateKind::MonthYear))
            }
            Part::DayMonth(d, m) if valid_day(d, m, None) => {
                let trigger = self.trigger_before(run.all.start);
                let accepted = match sep {
                    // `d-m` is also how scores and counts are written (`thắng 2-1`, `2-3 người`).
                    Sep::Hyphen => trigger == Trigger::Strong { adjacent: true },
                    _ => trigger != Trigger::None,
                };
                if !accepted || self.next_blocked(run.core.end, trigger) {
                    return None;
                }
                if matches!(trigger, Trigger::Strong { .. }) {
                    self.chain_end.set(Some(at.end));
                }
                Some(date(at, Some(d), m, None, DateKind::DayMonth))
            }
            _ => None,
        }
    }

    /// This run is the start of a range: a connective and an end part follow.
    fn extend_forward(&self, run: &Run, a: Part) -> Option<(Option<DateMatch>, usize)> {
        let bytes = self.text.as_bytes();
        let mut i = run.all.end;
        let skip_spaces = |mut i: usize| {
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            i
        };
        let mut kind = DateKind::Range;
        if !run.trail_dash {
            i = skip_spaces(i);
            let dash = dash_len(&bytes[i..]);
            if dash > 0 {
                i += dash;
            } else {
                let word_len = self.text[i..].find(char::is_whitespace)?;
                if !is_one_of(&self.text[i..i + word_len], RANGE_WORDS) {
                    return None;
                }
                i += word_len;
                kind = DateKind::WordRange;
            }
        }
        let after = skip_spaces(i);
        if after == i && kind == DateKind::WordRange {
            return None;
        }
        if !bytes.get(after).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let b_run = run_at(self.text, after).filter(|r| !r.lead_dash && !r.trail_dash);
        let b = b_run
            .as_ref()
            .and_then(|r| match parse_core(&self.text[r.core.clone()]) {
                Some(Shape::Part(b, Some(_))) if b.has_month_and_day() => Some((b, r)),
                _ => None,
            });
        let Some((b, b_run)) = b else {
            // `từ 2.2 tới 2.2.3`, `từ 3.2 đến 4 lần`: a range of plain numbers, so the start is
            // a number too. A full date stays a date on its own.
            return match a {
                Part::Full(..) => None,
                _ => Some((None, run_end(bytes, after))),
            };
        };
        let m = self.range(a, run.core.clone(), b, b_run.core.clone(), kind);
        match (m, a) {
            // Two full dates that do not make a range are still two dates.
            (None, Part::Full(..)) => None,
            (m, _) => Some((m, b_run.all.end)),
        }
    }

    /// This run is the end of a range whose start is a bare day: `6 - 7/12`, `từ 6 đến 7/12`.
    fn extend_backward(&self, run: &Run, b: Part, consumed: usize) -> Option<Option<DateMatch>> {
        let mut words = PrevWords::new(self.text, run.all.start);
        let kind = if run.lead_dash {
            DateKind::Range
        } else {
            let conn = words.next()?;
            if dash_len(conn.text.as_bytes()) == conn.text.len() && !conn.text.is_empty() {
                DateKind::Range
            } else if conn.lower().is_one_of(RANGE_WORDS) {
                DateKind::WordRange
            } else {
                return None;
            }
        };
        let start = words.next().filter(|w| !w.broken)?;
        let d = small_number(start.text)?;
        let a_at = start.end - start.text.len()..start.end;
        if a_at.start < consumed
            || run_at(self.text, a_at.start).map(|r| r.all) != Some(a_at.clone())
        {
            return None;
        }
        if self.blocked_before(a_at.start) {
            return Some(None);
        }
        Some(self.range(Part::Day(d), a_at, b, run.core.clone(), kind))
    }

    /// Decides a range as a whole (rule 3).
    fn range(
        &self,
        a: Part,
        a_at: Range<usize>,
        b: Part,
        b_at: Range<usize>,
        kind: DateKind,
    ) -> Option<DateMatch> {
        let ((d1, m1, y1), (d2, m2, y2)) = range_values(a, b)?;
        if y2.is_none() {
            let trigger = self.trigger_before(a_at.start);
            if trigger == Trigger::None || self.next_blocked(b_at.end, trigger) {
                return None;
            }
            if trigger == Trigger::Weak {
                self.chain_end.set(None);
            } else {
                self.chain_end.set(Some(b_at.end));
            }
        } else {
            self.chain_end.set(Some(b_at.end));
        }
        Some(DateMatch {
            span: a_at.start..b_at.end,
            day: Some(d1),
            month: m1,
            year: y1,
            end: Some(RangeEnd {
                span: b_at,
                day: d2,
                month: m2,
                year: y2,
            }),
            kind,
        })
    }

    /// The trigger before `pos` (rule 2), walking back through fillers.
    fn trigger_before(&self, pos: usize) -> Trigger {
        let mut words = PrevWords::new(self.text, pos);
        let mut adjacent = true;
        let mut bracketed = false;
        let mut seen = 0;
        while seen < WINDOW {
            let Some(w) = words.next() else {
                return Trigger::None;
            };
            if w.text.is_empty() {
                if w.broken {
                    return Trigger::None;
                }
                bracketed = true;
                continue; // a bracket: `thứ Hai (2.12)`
            }
            let before = || words.clone().next().map(|p| p.lower());
            let before_is = |list: &[&str]| before().is_some_and(|b| b.is_one_of(list));
            let strong = Trigger::Strong { adjacent };
            let lower = w.lower();
            if self.chain_end.get() == Some(w.end) || is_clock_time(w.text) {
                return strong;
            }
            // A weekday is written `thứ Hai`, `thứ 2 (2.12)`; `vòng thứ ba` is "third round".
            let weekday_name = bracketed || w.text.starts_with(char::is_uppercase);
            if lower.is_one_of(WEEKDAYS) && weekday_name && before_is(&["thứ"])
                || lower.is_one_of(&["nhật"]) && before_is(&["chủ"])
                || lower.is_one_of(&["cn"])
            {
                return strong;
            }
            if w.broken {
                return Trigger::None;
            }
            if lower.is_one_of(STRONG) {
                if lower.is_one_of(&["ngày"]) && before_is(PER_DAY) {
                    return Trigger::None;
                }
                return strong;
            }
            if lower.is_one_of(WEAK) {
                // `đạt đến 1.8`, `lên tới 2.5`: an amount reached, not a date.
                if before_is(AMOUNT_VERBS) {
                    return Trigger::None;
                }
                return Trigger::Weak;
            }
            if !(lower.is_one_of(FILLERS) || small_number(w.text).is_some()) {
                return Trigger::None;
            }
            adjacent = false;
            seen += 1;
        }
        Trigger::None
    }

    /// Whether the word after a year-less date makes it a quantity (rule 2's guards). `năm`
    /// followed by `nay`, `ngoái`, a year... names a period, not a duration (`dịp 30.4 - 1.5 năm
    /// nay`).
    fn next_blocked(&self, end: usize, trigger: Trigger) -> bool {
        let Some(w) = next_word(self.text, end) else {
            return false;
        };
        let lower = w.lower();
        if lower.is_one_of(NEXT_BLOCK) {
            return true;
        }
        // After a loose trigger, a unit or symbol also makes a measure: a word with a slash or
        // a digit (`Mbit/s`, `m2`), one that does not start with a letter (`×`, `°C`), or an
        // abbreviation with capitals after its first letter (`MP`, `GHz`, `LTS`).
        let unit_like = w.text.contains(|c: char| c == '/' || c.is_ascii_digit())
            || !w.text.is_empty() && !w.text.starts_with(char::is_alphabetic)
            || w.text.chars().skip(1).any(|c| c.is_ascii_uppercase());
        if trigger.is_loose() && unit_like {
            return true;
        }
        if !trigger.is_loose() || !lower.is_one_of(WEAK_NEXT_BLOCK) {
            return false;
        }
        let names_period = lower.is_one_of(&["năm"])
            && next_word(self.text, w.end).is_some_and(|after| {
                after.lower().is_one_of(PERIOD_DEICTICS)
                    || after.text.len() == 4 && after.text.bytes().all(|b| b.is_ascii_digit())
            });
        !names_period
    }

    /// Whether the word right before `pos` makes the number an address, section or version.
    fn blocked_before(&self, pos: usize) -> bool {
        PrevWords::new(self.text, pos)
            .next()
            .is_some_and(|w| w.end + 1 == pos && w.lower().is_one_of(BLOCK_BEFORE))
    }
}

fn date(
    span: Range<usize>,
    day: Option<u8>,
    month: u8,
    year: Option<u16>,
    kind: DateKind,
) -> DateMatch {
    DateMatch {
        span,
        day,
        month,
        year,
        end: None,
        kind,
    }
}

type Ymd = (u8, u8, Option<u16>);

/// The checked values of a range `a s b`: each end valid, going forward (rule 3). A year written
/// only on the end is shared by the start (the year before for `30/12 - 2/1/2025`).
fn range_values(a: Part, b: Part) -> Option<(Ymd, Ymd)> {
    let forward = |d1: u8, m1: u8, d2: u8, m2: u8| (m1, d1) < (m2, d2) || (m1 == 12 && m2 == 1);
    let (start, end) = match (a, b) {
        (Part::Day(d1), Part::DayMonth(d2, m)) => ((d1, m, None), (d2, m, None)),
        (Part::Day(d1), Part::Full(d2, m, y)) => ((d1, m, Some(y)), (d2, m, Some(y))),
        (Part::DayMonth(d1, m1), Part::DayMonth(d2, m2)) => ((d1, m1, None), (d2, m2, None)),
        (Part::DayMonth(d1, m1), Part::Full(d2, m2, y)) => {
            let y1 = if m1 > m2 { y.checked_sub(1)? } else { y };
            ((d1, m1, Some(y1)), (d2, m2, Some(y)))
        }
        (Part::Full(d1, m1, y1), Part::Full(d2, m2, y2)) => {
            let ok = (y1, m1, d1) < (y2, m2, d2);
            return (ok && valid_day(d1, m1, Some(y1)) && valid_day(d2, m2, Some(y2)))
                .then_some(((d1, m1, Some(y1)), (d2, m2, Some(y2))));
        }
        _ => return None,
    };
    let ((d1, m1, y1), (d2, m2, y2)) = (start, end);
    (forward(d1, m1, d2, m2) && valid_day(d1, m1, y1) && valid_day(d2, m2, y2))
        .then_some((start, end))
}

/// Dates in words (rule 4): `ngày 2 tháng 12 [năm 2024]`, `tháng 12 năm 2024`. Found by `tháng`.
fn verbal_dates(text: &str, found: &mut Vec<DateMatch>) {
    const HANG: &str = "háng ";
    let word_at = |i: usize| {
        let rest = &text[i..];
        rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())]
            .trim_end_matches([',', '.', ';', ':', ')'])
    };
    let spaced = |i: usize| text[i..].starts_with(' ');
    let bytes = text.as_bytes();
    for hit in memchr::memmem::find_iter(bytes, HANG.as_bytes()) {
        let thang = hit.wrapping_sub(1);
        if hit == 0 || !matches!(bytes[thang], b't' | b'T') || !before_space(bytes, thang) {
            continue;
        }
        let month_at = hit + HANG.len();
        let Some(month) = small_number(word_at(month_at)).filter(|m| (1..=12).contains(m)) else {
            continue;
        };
        let mut end = month_at + word_at(month_at).len();
        let mut year = None;
        if spaced(end) && is_one_of(word_at(end + 1), &["năm"]) {
            let year_at = end + 1 + word_at(end + 1).len();
            let digits = if spaced(year_at) {
                word_at(year_at + 1)
            } else {
                ""
            };
            if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
                year = digits.parse().ok().filter(|&y| valid_year(y));
                if year.is_some() {
                    end = year_at + 1 + 4;
                }
            }
        }
        let mut words = PrevWords::new(text, thang);
        let day = words
            .next()
            .filter(|w| w.end + 1 == thang)
            .and_then(|w| small_number(w.text));
        let cue = words
            .next()
            .filter(|c| c.lower().is_one_of(&["ngày", "mùng", "mồng"]));
        let (start, day) = match (day, cue) {
            (Some(d), Some(c)) => (c.end - c.text.len(), Some(d)),
            _ => (thang, None),
        };
        if day.map_or(year.is_none(), |d| !valid_day(d, month, year)) {
            continue;
        }
        found.push(DateMatch {
            span: start..end,
            day,
            month,
            year,
            end: None,
            kind: DateKind::Verbal,
        });
    }
}

/// Whether byte `i` starts the text or follows whitespace or an opening bracket.
fn before_space(bytes: &[u8], i: usize) -> bool {
    i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(')
}
