//! Numbers and what goes against them: units (`71.5 mm`, `200 m`), `%`, degrees, currencies,
//! multiples (`100x`), ordinals (`10 th`), fine dust (`PM 2.5`) and other measures.

use super::*;
use crate::segmented::tables::DECIMAL_MEASURES;
use crate::segmented::tokens::{
    fine_dust_first, is_number, is_syllable, Token, ONLY_MARKS, UNITS_SPLIT,
};

/// An English ordinal's suffix, which underthesea splits off (`iPad 10 th`, `1 st`); pyvi and
/// VnCoreNLP keep it whole, and no text spaces it.
#[inline(always)]
pub(super) fn ordinal(a: &str, b: &str) -> bool {
    // Asked first: most short words follow a word.
    a.as_bytes().last().is_some_and(u8::is_ascii_digit) && is_digits(a) && b == ordinal_suffix(a)
}

/// The English ordinal suffix of the whole number `n`: `1st`, `2nd`, `3rd`, `11th`, `10th`.
fn ordinal_suffix(n: &str) -> &'static str {
    let mut digits = n.bytes().rev();
    match (digits.next(), digits.next()) {
        (_, Some(b'1')) => "th",
        (Some(b'1'), _) => "st",
        (Some(b'2'), _) => "nd",
        (Some(b'3'), _) => "rd",
        _ => "th",
    }
}

/// A unit split off the number before token `i`, on the fast path: a decimal's
/// ([`decimal_unit`]), or a whole number's `cm` or `kV` ([`whole_unit`]; the ones of its units
/// that are plain tokens).
#[inline(always)]
pub(super) fn split_unit(
    tokens: &[Token],
    join: &[bool],
    i: usize,
    seen: u16,
    facts: &LineFacts,
) -> bool {
    let (a, unit) = (tokens[i - 1].text, tokens[i].text);
    // Asked first: most short words follow a word.
    a.as_bytes().last().is_some_and(u8::is_ascii_digit)
        && (DECIMAL_UNITS
            .iter()
            .position(|&u| u == unit)
            .is_some_and(|k| decimal_unit(tokens, join, i, seen, facts, k))
            || matches!(unit, "cm" | "kV") && whole_unit(tokens, i, seen))
}

/// The units [`decimal_unit`] glues.
pub(super) const DECIMAL_UNITS: [&str; 8] = ["mm", "cm", "km", "kg", "mg", "ha", "m2", "m3"];

/// A decimal's unit, which pyvi and VnCoreNLP split off (`71.5 mm`, `1.000 ha`) though they
/// keep a whole number's on it (`60mm`): glued when a whole number in the line has the same
/// unit glued. On 175 news pages, where whole numbers had a unit glued and none spaced, decimals
/// had it glued 35 times, spaced never; where some were spaced, decimals were spaced 54 times
/// to 7.
///
/// So is a whole number's where VnCoreNLP splits it off with a bracket or a mark (`(42km)` →
/// `( 42 km )`, `97mm…`, `30m2.`; not `5km,` or `5km.`, which it keeps whole): in those pages
/// and the news sets, beside such a mark in a line with the unit glued and never spaced
/// elsewhere, the unit was glued 29 times, spaced never. A first run glues the mark, so a second
/// run does not find it apart.
///
/// So is a range's, which VnCoreNLP splits off too (`150-250mm` → `150-250 mm`): in the 66 news
/// sets of sessions 43–46, beside a whole number with the unit glued, a range had it glued 14
/// times, spaced never (beside one with it spaced, spaced 3 times). The range may be pyvi's,
/// which this run glues (`150 - 250 mm`), as a second run sees it whole. Not a decimal range's
/// (`0,2-0,3 mm`), which the sets never have beside such evidence.
///
/// Not `m` or `k`, which a first run glues to whole numbers after underthesea ([`whole_unit`]):
/// a second run would find evidence the first did not have. A whole number's unit that
/// [`whole_unit`] glues after underthesea (`20 m2`, `30 cm`) is such a line's evidence already
/// in the first run, as it is in the second. The unit before token `i` is `DECIMAL_UNITS[k]`.
#[inline(always)]
fn decimal_unit(
    tokens: &[Token],
    join: &[bool],
    i: usize,
    seen: u16,
    facts: &LineFacts,
    k: usize,
) -> bool {
    // The number's last part, as in `whole_unit`.
    let a = tokens[i - 1].last_part();
    let glued = || *facts.glued_units[k].get_or_init(|| glued_unit(tokens, seen, k));
    // Two whole numbers: VnCoreNLP's range in one token, or pyvi's that this run glued.
    let whole_range = || match a.split_once('-') {
        Some((from, to)) => is_digits(from) && is_digits(to),
        None => {
            i >= 3
                && join[i - 1]
                && tokens[i - 2].text == "-"
                && is_digits(a)
                && is_digits(tokens[i - 3].last_part())
        }
    };
    is_number(a)
        && ((a.contains([',', '.']) || split_with_mark(tokens, i)) && !a.contains(['-', '/'])
            || whole_range())
        && glued()
}

/// A whole number in the line has `DECIMAL_UNITS[k]` glued: `60mm`, or a unit that
/// [`whole_unit`] glues.
pub(super) fn glued_unit(tokens: &[Token], seen: u16, k: usize) -> bool {
    let unit = DECIMAL_UNITS[k];
    tokens
        .iter()
        .enumerate()
        .any(|(k, t)| match t.text.strip_suffix(unit) {
            Some("") => k > 0 && whole_unit(tokens, k, seen),
            number => number.is_some_and(is_digits),
        })
}

/// The number and unit before token `i` are where VnCoreNLP splits a unit off a whole number:
/// after an opening bracket, or before a closing one or a mark (not a comma, and not a dot
/// after a letter).
fn split_with_mark(tokens: &[Token], i: usize) -> bool {
    let opened = i >= 2 && matches!(tokens[i - 2].text, "(" | "[");
    opened
        || tokens.get(i + 1).is_some_and(|t| match t.text {
            ")" | "]" | "…" => true,
            "," => false,
            "." => tokens[i].text.ends_with(|c: char| c.is_ascii_digit()),
            _ => t.has(ONLY_MARKS),
        })
}

/// A whole number's unit as underthesea splits it, `200 m`, `24 k`, in a stream that shows that
/// producer (`UNITS_SPLIT`): news writes `200m`. In a count of 175 news pages from 65 sites such
/// a length was glued 109 times and spaced 48, and 21 sites leaned glued against 8; gold's
/// carats, `vàng 24k`, are glued 27 times, spaced once, in Wikipedia; square metres, `20m2`,
/// 15 times to 2 (9 pages to 2) in the news sets M–Y, which Wikipedia spaces as often as not
/// (written `20m²`, not glued: see below); centimetres, `30cm`, 14 times to 1 (in 6 sets) in
/// the news sets read in sessions 29 and 30, which Wikipedia spaces 495 times to 17; a power
/// line's kilovolts, `500kV`, 20 times to 5 in the news sets read by session 33 (Wikipedia 24
/// to 10). pyvi and VnCoreNLP keep `200m` whole, so after them `200 m` is as published.
///
/// A length with a thousands dot, `1.500 m`, as athletics reports write their distances, is
/// glued after every producer: all three split `1.500m` so. The news sets of session 28 glue it
/// 14 times and space it 2; the sets AT–AY and BA–BC 24 times to 2. So is a decimal's with one
/// or two digits before its comma, `cao 1,7 m`, `2,35 m` (heights, water levels), which all
/// three split too: the news sets read in sessions 29 and 30 glue it 28 times, space it 16, and
/// session 28's 9 to 1. Wikipedia spaces decimals' metres 634 times to 205, but the text to
/// restore is news: the lines that changed gained 3, 3 and 1 (pyvi, underthesea, VnCoreNLP) on
/// the read sets, 11 each on session 29's held-out ones, none on the Wikipedia sample.
/// (Session 28 had tried it on its own sets: 1 line gained, 2 lost.)
///
/// Other units stay as underthesea leaves them: `km` (51 glued, 52 spaced; 28 to 32 in the sets
/// of session 28), `mm` (33, 32), `kg` (13, 26), `ha` (12, 24). So does a range's (`1-2 m`,
/// `200 - 400 m`: 3 glued, 6 spaced). (Gluing a short range's `m` and `mm`, `sóng cao 7-9 m`,
/// which news sets A to I write glued 18 times to 7, lost two lines on the held-out set J and
/// gained one each on three others; the read sets of sessions 29 and 30 glue 20 to 7, yet their
/// lines that changed were 3 gained, 4 lost: left out.) These units but `cm` and `kV` are no
/// plain tokens (see `PLAIN_START`): the rules' fast path never skips them, and asks about `cm`
/// and `kV` (see [`split_unit`]).
#[inline(always)]
pub(super) fn whole_unit(tokens: &[Token], i: usize, seen: u16) -> bool {
    // Its last part: a word joined to it (`cự_ly_1.500 m`) is apart in a second run.
    let number = tokens[i - 1].last_part();
    let underthesea = seen & UNITS_SPLIT != 0;
    let whole = match tokens[i].text {
        "m" => with_thousands(number) || short_decimal(number) || underthesea && is_digits(number),
        // Not `m²`, which VnCoreNLP's tokenizer splits too (its letters leave `²` out): the 153
        // news sets of sessions 43–48 read for rules write it after a whole number spaced 7 times,
        // glued twice; gluing it lost 6 lines of VnCoreNLP's and gained none, and after
        // underthesea 6 were gained by leaving it.
        "k" | "cm" | "m2" => underthesea && is_digits(number),
        // Also after a transformer's voltages, `35/220kV` (the news sets glue `kV` 9 times,
        // never space it).
        "kV" => underthesea && number.split('/').all(is_digits),
        _ => false,
    };
    // Not a range's second number. A first run may glue marks before the dash (`- - 1,5 m` →
    // `-- 1,5 m`, `" - 1,5 m` → `"- 1,5 m`), which a second run must read as the first did.
    let dash = |t: &str| t.ends_with(['-', '–']) && !t.contains(char::is_alphanumeric);
    whole && !(i >= 2 && dash(tokens[i - 2].text))
}

/// A decimal with one or two digits before its comma: `1,7`, `12,35`.
fn short_decimal(t: &str) -> bool {
    t.split_once(',')
        .is_some_and(|(whole, fraction)| one_or_two_digits(whole) && is_digits(fraction))
}

/// Digits in groups of three after thousands dots: `1.500`, `10.000`.
fn with_thousands(t: &str) -> bool {
    thousands_groups(t, '.')
}

/// One to three digits, then groups of three after each `separator`; at least one group.
fn thousands_groups(t: &str, separator: char) -> bool {
    t.split_once(separator).is_some_and(|(first, rest)| {
        (1..=3).contains(&first.len())
            && is_digits(first)
            && rest.split(separator).all(|g| g.len() == 3 && is_digits(g))
    })
}

/// A `%` after a word, not a number, stays apart: `tăng 1 điểm %` (a percentage point), `tỷ lệ %`
/// (spaced 24 times in Wikipedia after a Vietnamese word, never unspaced). The word may end a
/// token a first run glued (`( là %` → `(là %`, `km / điểm %` → `km/điểm %`, `1,5 ha %` →
/// `1,5ha %`), and the `%` may carry closing marks (`điểm %.`).
pub(super) fn percent_after_word(a: &str, b: &str) -> bool {
    b.starts_with('%')
        && a.rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(is_syllable)
}

/// Per mille written `%o` (`tỷ trọng 3,3%o`, `(9,7%o)`), which every producer splits into
/// `3,3% o` or `3,3 % o`: the `o` goes against the `%` when only marks or a bracket follow it
/// (unspaced 5 times, never spaced, in Wikipedia and the news sets).
#[inline(always)]
pub(super) fn per_mille(tokens: &[Token], i: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    tokens[i].text == "o"
        && (text(i - 1).strip_suffix('%').is_some_and(is_number)
            || text(i - 1) == "%" && i >= 2 && is_number(text(i - 2)))
        && tokens.get(i + 1).map_or(true, mark_or_close)
}

/// A multiple or a generation written with a letter `x` against its number, `zoom 100x`, `thế
/// hệ 8x`, which every producer may split off: unspaced 134 times, spaced 3, in Wikipedia when
/// no number follows (`2 x 3`, a product, stays spaced: 513 times to 109). `a` is the number,
/// `next` the word after the `x` (asked once the `x` is found).
pub(super) fn multiple(a: &str, next: &str) -> bool {
    is_number(a) && !next.starts_with(|c: char| c.is_ascii_digit())
}

/// A letter `o` for the degree sign goes against the number (`27oC`, which underthesea splits:
/// 31 times in Wikipedia, never spaced).
pub(super) fn oc_degrees(a: &str, b: &str) -> bool {
    matches!(b, "oC" | "oF") && is_number(a)
}

/// pyvi splits `$2.2` into `$ 2.2`. Published text writes the sign against the number
/// (`$2` outnumbers `$ 2` 17 to 1 in Wikipedia).
pub(super) fn currency_amount(a: &str, b: &str) -> bool {
    matches!(a, "$" | "€" | "£") && is_number(b)
}

/// pyvi splits `US$4` into `US $ 4`: a country's one or two capitals before a dollar amount
/// are written against the sign (`US$`, `S$`, `NZ$`: 128 times in Wikipedia, spaced 18).
pub(super) fn currency_country(a: &str, b: &str, amount: &str) -> bool {
    b == "$"
        && (1..=2).contains(&a.len())
        && a.bytes().all(|c| c.is_ascii_uppercase())
        && is_number(amount)
}

/// pyvi splits `25°C` into `25 ° C` and `33,9°` into `33,9 °`; VnCoreNLP and underthesea
/// split it into `25 °C` (underthesea joins a decimal's, `25,7_°C`, split for this rule by the
/// tokenizer). `°C` and `°F` are units, written whole, and news writes them against the number
/// like an angle's `°` (`25°C`: 15 times, never spaced, in a sample of 148 news pages from 57
/// sites, where most write `25 độ C`). Wikipedia spaces a temperature (1,309 to 45) but not an
/// angle (235 to 2); the text to restore is news. The number may be negative, as VnCoreNLP keeps
/// it (`-5 °C`). So are the compass points of a latitude or longitude (`16,3°N`, `117°E`, `21°B`
/// for Bắc, `105°Đ` for Đông: unspaced 118 times, spaced 22, in Wikipedia), and the second
/// end of a range of them, which VnCoreNLP keeps whole with its hyphen, as it keeps a signed
/// number: news writes a storm's area `từ 15,0°-18,5°N` (`15,0 ° -18,5 °N`). See also
/// [`oc_degrees`].
pub(super) fn degrees(a: &str, b: &str) -> bool {
    let scale = |t: &str| {
        matches!(
            without_sentence_dot(t),
            "C" | "F" | "N" | "S" | "E" | "W" | "B" | "Đ" | "T"
        )
    };
    a == "°" && (scale(b) || b.strip_prefix('-').is_some_and(is_number))
        || b.strip_prefix('°')
            .is_some_and(|s| s.is_empty() || scale(s))
            && is_number(a.strip_prefix('-').unwrap_or(a))
}

/// A unit whose case changes inside it, which underthesea's tokenizer cuts after its capitals
/// when a number comes first: `120Hz` → `120H_z`, `5GHz` → `5GH_z`, `60Wh` → `60W_h`, `30MPa`
/// → `30MP_a`, `100Mbps` → `100M_bps`, `200Ah` → `200A_h` (the tokenizer splits the `_` for
/// this rule, and has the rules decide the gap), and `1Ah` → `1A h`. It also cuts before a
/// capital `Đ` after ASCII ones: `13HCĐ` (huy chương đồng) → `13HC_Đ`, `239QĐ` → `239Q_Đ`.
/// pyvi and VnCoreNLP keep them whole, and no text writes them so cut. It also leaves them
/// spaced, `138N m`, `216MW p` (a megawatt-peak), `20000VN Đ`: the rules decide that gap too,
/// as a number with capitals ends no word (see `tokens::number_capitals`). `a` is the number and
/// the capitals, `b` the rest of the unit.
pub(in crate::segmented) fn case_split_unit(a: &str, b: &str) -> bool {
    // The rest first: one letter, and rarely a whole token.
    matches!(b, "z" | "h" | "a" | "m" | "p" | "bps" | "Đ") && {
        let caps = a.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
        a.starts_with(|c: char| c.is_ascii_digit())
            && match b {
                // Not after a decimal: `1,5S` (or `2.5S`) is a fuel's sulfur grade, which a rule
                // glues (`1,5 S`), and a first run asks about `S Đ`, where a second sees `1,5S Đ`.
                "Đ" => {
                    (1..=3).contains(&caps.len())
                        && caps.bytes().all(|c| c.is_ascii_uppercase())
                        && !a.contains([',', '.'])
                }
                _ => matches!(
                    (caps, b),
                    ("H" | "MH" | "GH" | "TH", "z")
                        | ("W" | "MW" | "GW" | "TW" | "A", "h")
                        | ("P" | "MP" | "GP", "a")
                        | ("N", "m")
                        | ("W" | "kW" | "MW", "p")
                        | ("K" | "M" | "G", "bps")
                ),
            }
    }
}

/// A unit that a rule may write against its number (see [`whole_unit`], [`decimal_unit`],
/// [`multiple`], [`oc_degrees`], the dong's `đ`), joined to it by an `_` (underthesea's `1,5_m`;
/// `1.500_m`, `9_x`): the rules decide that gap as they decide `1.500 m`'s, which a second run
/// sees once the first has made the `_` a space.
pub(in crate::segmented) fn unit_after_number(b: &str) -> bool {
    matches!(
        b,
        "m" | "k" | "cm" | "m2" | "m²" | "kV" | "x" | "đ" | "oC" | "oF"
    ) || DECIMAL_UNITS.contains(&b)
}

/// What may follow a [`case_split_unit`] (token `i`'s first part) that is glued: nothing, a
/// word, a number, sentence marks or a closing bracket. Rules that read the word before a symbol
/// (`%`, `/`, a quote) would read `a` there and `MPa` on a second run (`30MP a ' và`), so before
/// a symbol the unit stays cut. A word joined to the unit (`a_Luật`) follows it.
pub(super) fn ends_unit(tokens: &[Token], i: usize) -> bool {
    if let Some((_, joined)) = tokens[i].text.split_once('_') {
        return joined.starts_with(char::is_alphanumeric);
    }
    tokens.get(i + 1).map_or(true, |t| {
        t.has(ONLY_MARKS) || t.text.starts_with(char::is_alphanumeric) || t.text == ")"
    })
}

/// A video's lines, `1080p`, `720p`, which underthesea splits (`1080 p`): written unspaced 131
/// times, spaced once, in Wikipedia. `a` is the number.
pub(super) fn video_lines(a: &str, b: &str) -> bool {
    b == "p"
        && matches!(
            a,
            "240" | "360" | "480" | "720" | "1080" | "1440" | "2160" | "4320"
        )
}

/// The sulfur content that names a grade of diesel or fuel oil, `0,05S`, `0.001S`, `3.5S` (`dầu
/// DO 0,05S-II`, `mazut 180CST 3.5S`), which fuel-price news prints in every report and every
/// producer splits (`0,05 S`, `0,05 S-II`; underthesea's `0,05_S` is split by the tokenizer for
/// this rule). `a` is the number: one digit before the decimal separator, and then `0` or one
/// digit after it (not `1.000`, a thousand). `b` is what follows it.
pub(in crate::segmented) fn sulfur_grade(a: &str, b: &str) -> bool {
    (b == "S" || b.strip_prefix("S-").is_some_and(is_roman))
        && a.split_once([',', '.']).is_some_and(|(whole, part)| {
            whole.len() == 1
                && is_digits(whole)
                && is_digits(part)
                && (whole == "0" || part.len() == 1)
        })
}

/// An engine's size in litres before its `L`, `1.5L`, `2,0L`, which every producer splits off
/// (`1.5 L`; underthesea `1.5_L`, which the tokenizer splits for this rule): car news writes it
/// unspaced (15 times in the set AR, never spaced); a decimal of one digit each side, as
/// displacements are given.
pub(in crate::segmented) fn engine_size(a: &str) -> bool {
    matches!(a.as_bytes(), [d, b'.' | b',', e] if d.is_ascii_digit() && e.is_ascii_digit())
}

/// A map's scale, `tỷ lệ 1/2.000`, which underthesea splits at the thousands dot (`1/2 .
/// 000`): `a` is the scale up to the dot, `b` the group after it.
pub(super) fn map_scale(a: &str, b: &str) -> bool {
    b.len() == 3
        && is_digits(b)
        && a.split_once('/')
            .is_some_and(|(one, n)| is_digits(one) && (1..=3).contains(&n.len()) && is_digits(n))
}

/// A number in English style, `22,689.74` (commas for thousands, a dot for the decimals), as
/// news gives foreign stock indices; underthesea splits it at the dot (`22,689 . 74`): `a` is
/// the number up to the dot, `b` the decimals. Wikipedia has 15 such numbers, the news sets
/// of sessions 29 to 32 five, never spaced.
pub(super) fn english_decimal(a: &str, b: &str) -> bool {
    (1..=3).contains(&b.len()) && is_digits(b) && thousands_groups(a, ',')
}

/// Fine dust, `PM2.5` (or `PM2,5`), which pyvi and underthesea split into `PM2 . 5`: `a` is the
/// word before the mark at `i`. Air-quality news names it daily; Wikipedia, never.
pub(super) fn fine_dust(a: &str, tokens: &[Token], i: usize) -> bool {
    a == "PM2" && tokens.get(i + 1).is_some_and(|t| t.first_part() == "5")
}

/// Fine dust as VnCoreNLP splits it, `PM 2.5`: token `i` is the size. It splits letters from
/// any decimal (`USB 3.0`, which is also published so). pyvi leaves a published `PM 2.5` as it
/// is and underthesea joins it (`PM_2.5`), but the news sets read by session 45 and the
/// fixtures write it glued twice (a page each) and never spaced, so it is glued after every
/// producer, underthesea's `PM_2.5` too (a held-out set of session 47 spaced it twice, on one
/// page: a second run reads a spaced one as VnCoreNLP's). (Gated as [`code_number`] is, on a
/// stream that shows no `%` split off, it was not idempotent: a first run glues the `15 %` that
/// showed pyvi, and a second then glued the `PM 2.5` the first had left.) The size is no
/// `PLAIN_START` token, so that the rules' fast path leaves this gap to the rules without a look
/// at every gap between plain tokens (which cost 1% of the pipeline).
pub(super) fn fine_dust_split(tokens: &[Token], i: usize) -> bool {
    fine_dust_first(tokens[i].text) && last_part(tokens[i - 1].text) == "PM"
}

/// A range whose second end is a decimal, `6-6,5%`, which underthesea splits into `6-6 , 5 %`
/// (it keeps `6-6` whole, and `6,5` too when alone): `a` is the range before the comma at `i`.
/// Only with a measure after the digits: a score or a list may be followed by a number
/// (`thắng 2-1, 3 điểm`), hardly ever by a measure. Years are too long for a second end
/// (`1994-1995, 50%`). Two-digit ends that rise are marks of an exam (`điểm chuẩn 27-27,5
/// điểm`, `từ 24-24,5.`), also before `điểm` or a sentence mark; a score's two digits hardly
/// ever rise.
pub(super) fn range_decimal(a: &str, tokens: &[Token], i: usize) -> bool {
    // Most commas follow a word: ruled out by the last byte.
    if !a.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((from, to)) = a.split_once('-') else {
        return false;
    };
    let marks = from.len() == 2 && to.len() == 2 && from <= to;
    is_digits(from)
        && is_digits(to)
        && to.len() <= 2
        && tokens
            .get(i + 1)
            .is_some_and(|t| is_digits(t.text) && t.text.len() <= 2)
        && tokens.get(i + 2).is_some_and(|t| {
            let unit = t.first_part();
            unit == "%"
                || DECIMAL_MEASURES.contains(&unit)
                || marks && (unit == "điểm" || t.has(ONLY_MARKS))
        })
}
