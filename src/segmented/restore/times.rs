//! Clock times split by a producer: `14 h 30`, `7 g30`, `19h4 7`, and a race's `3 : 47.28` and
//! `2:08 : 15`.

use super::*;
use crate::segmented::tables::TIMES_OF_DAY;
use crate::segmented::tokens::Token;

pub(in crate::segmented) fn is_hour(t: &str) -> bool {
    t.len() <= 2 && is_digits(t) && t.parse::<u8>().is_ok_and(|h| h <= 24)
}

/// Digits that a spaced `:` after a number glues to it (`14 : 30`, a score's `3 : 1`, a scale's
/// `1 : 500`), but not two from 60 up, which are no minutes: a heading's number before a count
/// (`Phần 3: 80 năm vang mãi`). Wikipedia spaces such a `:` 12 times, glues it twice (`Matthew
/// 26:71`).
pub(super) fn after_colon(t: &str) -> bool {
    is_digits(t) && !matches!(t.as_bytes(), [b'6'..=b'9', _])
}

/// Seconds with hundredths, English style, of a race's time: `47.28` of `3:47.28`, which pyvi
/// and underthesea split into `3 : 47.28`. Two digits after the dot: no Vietnamese thousands.
pub(super) fn race_seconds(t: &str) -> bool {
    t.split_once('.')
        .is_some_and(|(s, h)| s.len() == 2 && h.len() == 2 && is_digits(s) && is_digits(h))
}

/// The `:` at token `i` comes after a clock's hour and minutes, before its seconds or
/// hundredths (`2:08:15`, a marathon's time; `2:13:64`, a swimmer's). VnCoreNLP (at 66501f4)
/// writes such a time with a one-digit hour as `2:08 : 15`, pyvi and underthesea as
/// `2 : 08 : 15`, whose first `:` the `:` rule glues. Any two digits may follow here, where
/// [`after_colon`] takes none from 60 up (`Phần 3: 80 năm`).
pub(super) fn clock_before_colon(tokens: &[Token], i: usize) -> bool {
    let minutes = tokens[i - 1].last_part();
    match minutes.split_once(':') {
        Some((hour, minutes)) => one_or_two_digits(hour) && is_minute(minutes),
        None => {
            is_minute(minutes)
                && i >= 3
                && tokens[i - 2].text == ":"
                && one_or_two_digits(tokens[i - 3].last_part())
        }
    }
}

/// A time's last digit after the rest of it, `19h4 7`: VnCoreNLP's tokenizer (at 66501f4)
/// splits it off when a mark follows (`19h47.` → `19h4 7 .`, `15h30′` → `15h3 0 ′`). No text
/// writes a minute's digits apart.
#[inline(always)]
pub(super) fn split_minutes(a: &str, b: &str) -> bool {
    matches!(b.as_bytes(), [b'0'..=b'9'])
        && matches!(a.as_bytes(), [.., b'h', b'0'..=b'5'])
        && is_hour(&a[..a.len() - 2])
}

/// A time's last digit, cut off with the range after it: `13h3 0-17 h`, as VnCoreNLP's
/// tokenizer (at 66501f4) cuts `13h30-17h`.
pub(super) fn split_minutes_before_range(a: &str, b: &str) -> bool {
    b.split_once('-')
        .is_some_and(|(digit, hour)| split_minutes(a, digit) && is_hour(hour))
}

pub(super) fn is_minute(t: &str) -> bool {
    two_digits(t) && t < "60"
}

/// `14 h`, `3 h` (underthesea splits `3h`) and `14 h30`: an hour number before `h`; also the
/// second hour of a range as VnCoreNLP's tokenizer splits `8h-17h` (`8 h -17 h` at 5e00d32,
/// `8 h-17 h` at 66501f4, where the first `h` takes the hyphen and the second hour), a range
/// of hours that underthesea keeps whole (`2-3 h`, written `2-3h`), and round the clock, `24/24
/// h` (see [`slash`]).
pub(super) fn hour_mark(a: &str, b: &str) -> bool {
    // The `h` first: it is asked at most gaps, and rarely there.
    if !hour_unit(b) {
        return b.strip_prefix("h-").is_some_and(is_hour) && is_hour(a);
    }
    if a == "24/24" {
        return b == "h";
    }
    let a = a
        .strip_prefix('-')
        .or_else(|| a.strip_prefix("h-"))
        .unwrap_or(a);
    is_hour(a) || hour_range(a)
}

/// Two hours and a hyphen, `2-3`, `12-15`: what underthesea keeps whole before an `h`, spaced
/// (`2-3 h`) or joined (`12-15_h`; the tokenizer splits that `_` for [`hour_mark`]).
pub(in crate::segmented) fn hour_range(t: &str) -> bool {
    t.split_once('-')
        .is_some_and(|(from, to)| is_hour(from) && is_hour(to))
}

/// A length in metres and centimetres, a person's height `1m75` or a jump's `8m95` (54 times in
/// Wikipedia, never spaced), which underthesea splits into `1 m75`. VnCoreNLP splits one next
/// to a mark or bracket into `1 m 98 )` (see the infix rules in [`gap_rules`]).
pub(super) fn height(a: &str, b: &str) -> bool {
    b.strip_prefix('m')
        .is_some_and(|cm| metres_and_centimetres(a, cm))
}

/// The numbers of a [`height`]: one or two digits of metres, two of centimetres.
pub(super) fn metres_and_centimetres(m: &str, cm: &str) -> bool {
    one_or_two_digits(m) && cm.len() == 2 && is_digits(cm)
}

/// The `h` of a split time, with its minutes or without: `h`, `h30`.
fn hour_unit(t: &str) -> bool {
    t == "h" || h_minutes(t)
}

/// The minutes of a split time with their `h`, `h30`; also `h5` and `h40p` (p for phút), as
/// some news writes `0h5` and `16h40p` and underthesea splits them (`0 h5`, `16 h40p`).
pub(in crate::segmented) fn h_minutes(t: &str) -> bool {
    t.strip_prefix('h').is_some_and(written_minutes)
}

/// Minutes written against their `h` (see [`h_minutes`]). Spaced from it they must be two
/// digits (`14 h 30`): `h 5` may be anything.
fn written_minutes(t: &str) -> bool {
    let t = t.strip_suffix('p').unwrap_or(t);
    is_minute(t) || t.len() == 1 && is_digits(t)
}

/// The `g` hours of Tuổi Trẻ and the treebank (`7g30`, `9g`: g for giờ), which
/// underthesea splits into `7 g30` and `9 g`; the gap before token `i`. With its minutes a `g`
/// is always an hour's. Alone it is a gram's too (`5 g muối`, `khoảng 12 g`, `20 g/cm³`), and an
/// hour's only after `lúc`, `vào`, `đến` or `từ`, or before a time of day or a date (`9 g
/// sáng`, `20 g ngày 24/12`). In Wikipedia `lúc 7g`, `lúc 19g`, `Vào 22g tối` are never spaced,
/// and every `g` after `khoảng` is a gram. (A `/` after the `g` is a rate's, `g / kg`, also once
/// a first run has glued it to what follows, `g /,`.)
pub(super) fn g_hour(tokens: &[Token], i: usize) -> bool {
    // The hour and the word before it as a second run reads them: the last parts of a joined
    // word (`ngày_22 g30`).
    if !tokens[i].text.starts_with('g') || !is_hour(tokens[i - 1].last_part()) {
        return false;
    }
    let b = tokens[i].first_part();
    let before = match tokens[i - 1].text.rsplit_once('_') {
        Some((rest, _)) => last_part(rest),
        None if i >= 2 => tokens[i - 2].last_part(),
        None => "",
    };
    let after = first_part_at(tokens, i + 1);
    g_minutes(b)
        || b == "g"
            && (matches!(
                before,
                "lúc" | "Lúc" | "vào" | "Vào" | "đến" | "Đến" | "từ" | "Từ"
            ) && !after.starts_with('/')
                || TIMES_OF_DAY.contains(&after))
}

/// A time written whole: `7h`, `7h30`, and `7g30` (see [`g_hour`]; `9g` may be a gram's).
pub(super) fn glued_hour(t: &str) -> bool {
    let (hour, rest) = t.split_at(t.bytes().take_while(u8::is_ascii_digit).count());
    is_hour(hour)
        && match rest.as_bytes().first() {
            Some(b'h') => rest.len() == 1 || written_minutes(&rest[1..]),
            Some(b'g') => is_minute(&rest[1..]),
            _ => false,
        }
}

/// An hour and its minutes written with `h`, `22h30`: what VnCoreNLP's tokenizer takes for a
/// time and splits off a range, though it keeps ranges whole (`18-22h30` → `18 - 22h30`).
pub(super) fn hour_with_minutes(t: &str) -> bool {
    t.split_once('h')
        .is_some_and(|(hour, minutes)| is_hour(hour) && is_minute(minutes))
}

/// Token `k` ends a time, whole (`7h30`, `7g30`) or split by the producer (`7 h30`, `7 h`,
/// `7 h 30`, `7 g30`), so that an hour range (`7h30 - 11h30`) is recognised whether or not its
/// hours are joined yet (idempotence).
pub(super) fn time_ends_at(tokens: &[Token], k: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    glued_hour(last_part(text(k)))
        || k >= 1 && time_unit(text(k)) && is_hour(text(k - 1))
        || k >= 2 && is_minute(text(k)) && matches!(text(k - 1), "h" | "g") && is_hour(text(k - 2))
}

/// Token `k` starts a time, whole or split (see [`time_ends_at`]); its unit may be joined to the
/// word after it (`19 h30_tối`), which a second run sees glued to the hour (`19h30 tối`).
pub(super) fn time_starts_at(tokens: &[Token], k: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    glued_hour(first_part(text(k)))
        || is_hour(text(k))
            && (time_unit(first_part(text(k + 1))) || text(k + 1) == "g" && is_minute(text(k + 2)))
}

/// The letter of a split time that is surely one: `h`, `h30`, `g30` (a `g` alone may be a
/// gram's, see [`g_hour`]).
fn time_unit(t: &str) -> bool {
    hour_unit(t) || g_minutes(t)
}

/// `g30`: the minutes of an hour written with `g` (`7g30`, giờ), which underthesea splits off.
fn g_minutes(t: &str) -> bool {
    t.strip_prefix('g').is_some_and(is_minute)
}
