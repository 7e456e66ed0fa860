//! Codes, models and document numbers that producers cut apart: `K 54 .` (`K54.`), `H 5 N1`,
//! `Su-30 MK2`, `Km 46+ 100`, a law's `QH 14`, `Galaxy S 8 +`, `GPT-5 . 2`.

use super::*;
use crate::segmented::tables::{BEFORE_NEGATIVE, TITLE_CASE_CODES, TRAIN_CODES};
use crate::segmented::tokens::{
    is_number, is_syllable, with_unit, Token, NUMBERS_SPLIT, NUMBER_WHOLE, ONLY_MARKS,
};

/// A variant's capitals after a hyphenated model's number, `Su-30MK2`, `F-16V`, `T-90S`,
/// `AKM-1B`, which VnCoreNLP's tokenizer (at 66501f4) splits off: `Su-30 MK2`; the gap before
/// token `i`. Wikipedia and the news sets read by session 33 write one or two capitals (and a
/// digit) there unspaced 687 times, spaced 19; three (`Su-30MKI`, `TCN-111 TCN`) 82 times to 45,
/// left out. pyvi keeps the variant on the number (`Su - 30MK2`), so its spaced `Su - 30 MK2` was
/// published so, but it is read the same when its hyphen is joined (`join`): a second run sees
/// `Su-30 MK2`; so is VnCoreNLP's signed number glued back to the name (`GD -19 N1`). A
/// product's series is such a variant too (`KD-65 X9000H`, see [`product_series`]). A fishing
/// boat's `TS` is [`fishing_boat`]'s.
#[inline(never)]
pub(super) fn model_variant(tokens: &[Token], join: &[bool], i: usize) -> bool {
    let (a, b) = (tokens[i - 1].last_part(), tokens[i].first_part());
    let model = |t: &str| (1..=4).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_alphabetic());
    let number = |t: &str| (1..=4).contains(&t.len()) && is_digits(t);
    let glued_name = |k: usize| join[i - 1] && model(tokens[k].last_part());
    let caps = b.strip_suffix(|c: char| c.is_ascii_digit()).unwrap_or(b);
    ((1..=2).contains(&caps.len()) && caps.bytes().all(|c| c.is_ascii_uppercase())
        || product_series(b))
        && b != "TS"
        && match a.split_once('-') {
            Some((name, n)) if !name.is_empty() => model(name) && number(n),
            // The name a first run glues to VnCoreNLP's `-19`, or to pyvi's `- 30`.
            Some((_, n)) => number(n) && i >= 2 && glued_name(i - 2),
            None => number(a) && i >= 3 && tokens[i - 2].text == "-" && glued_name(i - 3),
        }
}

/// A product's series after its size, `X9000H` of a television's `KD-65X9000H`, `Q80T` of
/// `QN-55Q80T`: a capital, two to five digits and maybe a capital. VnCoreNLP's tokenizer (at
/// 66501f4) splits it off (`KD-65 X9000H`, see [`model_variant`]) and pyvi splits at the hyphen
/// (`KD - 65X9000H`, see [`product_code`]). Wikipedia writes a code and such a series after a
/// hyphen unspaced 252 times, spaced once; with a size before the series, as televisions are
/// named, it has none, and the news sets three, unspaced (IE).
fn product_series(t: &str) -> bool {
    match t.as_bytes() {
        [b'A'..=b'Z', rest @ ..] => {
            let digits = match rest {
                [digits @ .., b'A'..=b'Z'] => digits,
                _ => rest,
            };
            (2..=5).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// [`product_series`] after one to three digits of a size: `65X9000H`. Not the series alone
/// (`V226`), which may be a code that VnCoreNLP split and a first run glues (`V 226 .`): a second
/// run would glue what the first did not.
pub(super) fn product_code(t: &str) -> bool {
    let series = t.trim_start_matches(|c: char| c.is_ascii_digit());
    (1..=3).contains(&(t.len() - series.len())) && product_series(series)
}

/// A code-like word that takes a number after a hyphen: `F`, `MH`, `VNREDSat`, `cacbon`, `Covid`
/// (ASCII, ends in a letter). Vietnamese words never do: `độ -5` is a negative number. A
/// capitalised word is a name, spaced from a year (`Trận Austerlitz - 1805`): in 30 MB of
/// Wikipedia `Name - 1805` outnumbers `Name-1805` 943 to 136, while single letters, capitals,
/// mixed case and lower case are unspaced 1,488 times to 96. `Covid` is the exception news
/// writes daily. (Counted over all lines, which lists dominate; in running sentences a
/// capitalised word before a shorter number is a model, and [`hyphen`] joins it.) `TCN`
/// ("BC") ends the first year of a range: `221 TCN - 206 TCN` is spaced 132 times, unspaced 35.
/// Capitals with a `Đ` are codes too: a fishing boat's province, `BĐ-97757TS`, a zone of a plan,
/// `NĐT-3` (in the news sets 9 times, never spaced; Wikipedia has none but a currency's range,
/// `VNĐ - 5`).
pub(super) fn code_word(a: &str) -> bool {
    ascii_code(a) && (!ascii_title(a) || TITLE_CASE_CODES.contains(&a)) && a != "TCN"
        || code_capitals(a) && a.contains('Đ') && a != "VNĐ"
}

/// The letters of a code in capitals: ASCII ones, and the `Đ` of Vietnamese acronyms (`BĐ`,
/// `NĐT`).
pub(in crate::segmented) fn code_capitals(t: &str) -> bool {
    t.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ')
}

/// ASCII letters and digits ending in a letter: `Covid`, `F`, `CoV`, `VNREDSat`.
fn ascii_code(t: &str) -> bool {
    t.ends_with(|c: char| c.is_ascii_alphabetic()) && t.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The part of `t` after its last `-`: `CoV` of `SARS-CoV`, `TB` of `LĐ-TB`. A byte search:
/// the segmented stage asks this at many gaps.
pub(super) fn after_last_hyphen(t: &str) -> &str {
    &t[t.bytes().rposition(|c| c == b'-').map_or(0, |k| k + 1)..]
}

/// `Covid -19`, `F -16`, `SARS-CoV -2`, `A -123.45`, `Syncom -2`: an ASCII word ending in a
/// letter followed by a token `-number`. VnCoreNLP splits a signed number off a word; no
/// producer leaves a `-` glued to a number otherwise, so unlike ` - ` (see [`code_word`]) this
/// is not a name before a year. Nor a word a negative number follows, which a first run glues
/// its sign to (`hay - 2,45` → `hay -2,45`, see [`BEFORE_NEGATIVE`]).
pub(super) fn glued_hyphen_number(a: &str, b: &str) -> bool {
    b.strip_prefix('-').is_some_and(is_number) && {
        let code = after_last_hyphen(a);
        ascii_code(code) && !BEFORE_NEGATIVE.contains(&code)
    }
}

/// A drug's registration number, two capitals or more and two numbers, `VD-24891-16`, which
/// VnCoreNLP splits into `VD-24891 -16` (written unspaced in each of its 7 times in the news set
/// DG); the gap before token `i`, the last number with its hyphen. The first number may still
/// be apart from the capitals, which this run joined (`VD -24891 -16`): a second run sees them
/// whole.
pub(super) fn registration_number(tokens: &[Token], join: &[bool], i: usize) -> bool {
    let b = tokens[i].text;
    let capitals = |t: &str| t.chars().count() >= 2 && code_capitals(t);
    b.len() == 3
        && b.strip_prefix('-').is_some_and(is_digits)
        && match tokens[i - 1].last_part().split_once('-') {
            Some(("", number)) => {
                i >= 2 && join[i - 1] && capitals(tokens[i - 2].last_part()) && first_number(number)
            }
            Some((code, number)) => capitals(code) && first_number(number),
            None => false,
        }
}

/// A registration's first number: four digits or more.
fn first_number(t: &str) -> bool {
    t.len() >= 4 && is_digits(t)
}

/// A road's chainage (`Km46+100`, see [`plus_between`]) that VnCoreNLP's tokenizer (at
/// 66501f4) cut at its pattern for a number with a sign: `Km 46+100` → `Km 4 6+ 100`,
/// `Km1556+00` → `Km155 6+ 00`, `km17+500` → `km 17+ 500`. The gap before token `i`: after the
/// kilometre's `+`, before the metres; and before a last digit and `+` cut from the kilometre.
/// No text spaces a `+` after a number before the next one (`18+ 100`) after a kilometre.
#[inline(never)]
pub(super) fn chainage_cut(tokens: &[Token], i: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    let plus_end = |t: &str| t.strip_suffix('+').is_some_and(is_digits);
    let metres = |t: &str| is_digits(t) && (t.len() == 3 || t == "00");
    let km = |t: &str| after_kilometre_mark(t).is_some_and(|n| n.is_empty() || is_digits(n));
    // The kilometre's last digit, cut from the rest of it (`4 6+`, `Km155 6+`).
    let cut = |k: usize| text(k + 1).len() == 2 && (is_digits(text(k)) || km(text(k)));
    plus_end(text(i - 1)) && metres(text(i)) && i >= 2 && (km(text(i - 2)) || cut(i - 2))
        || plus_end(text(i)) && metres(text(i + 1)) && cut(i - 1)
}

/// A number that VnCoreNLP's tokenizer (at 66501f4) cut where its pattern for a time or a date
/// matched inside it, when a mark follows the number: a race's time, `14:58.14` → `14:5 8.14`,
/// `(3:48.06)` → `( 3:4 8.06 )`, `2:29:34,` → `2:2 9:34 ,`, `2:37:34.` → `2:3 7:3 4 .`; a
/// score or a ratio, `21/18.` → `21/1 8 .`, `(29/42)` → `( 29/4 2 )`, `66/80.` → `6 6/8 0 .`,
/// `1/500.` → `1/5 00 .`; a season, `2025/26.` → `20 25/2 6 .`; a document's number whose own
/// number ends in 20 or 30, `120/2020/QH14` → `1 20/2 020 / QH 14`, `20/2023/NĐ-CP` →
/// `20/2 023 / NĐ-CP`; a house's number with a lettered alley, `611/36B` → `6 11/3 6B`; a
/// boundary marker's, `159/2.` → `15 9/2 .`; a runner's pace, `2:59/km` → `2:5 9 / km`; and a
/// time or a ratio after an opening bracket or quote, whatever follows it, `(7:53 sáng` →
/// `( 7:5 3 sáng`, `“17:45` → `“ 17:4 5`, `(20/20 bơm` → `( 20/2 0 bơm`. The gap before token
/// `i`: after one digit past a `:` (no time is written so), or beside such a day and month
/// before digits and a mark, or before a year's last three digits and a `/` (no text writes
/// `29/4 2.` or `20/2 023/`, nor one or two digits before them).
#[inline(never)]
pub(super) fn split_last_digit(tokens: &[Token], i: usize) -> bool {
    let (a, b) = (tokens[i - 1].text.as_bytes(), tokens[i].text.as_bytes());
    // The last three digits of a year from 1900 to 2099 after the day and month that took its
    // first (`20/2 020`), before a `/`.
    let year_tail = |k: usize| {
        let before = text_at(tokens, k - 1).as_bytes().last();
        let t = text_at(tokens, k).as_bytes();
        t.len() == 3
            && matches!((before, t[0]), (Some(b'1'), b'9') | (Some(b'2'), b'0'))
            && text_at(tokens, k + 1) == "/"
    };
    // Digits at `k`, and a mark after them.
    let digits_then_mark = |k: usize| {
        let t = text_at(tokens, k);
        t.len() <= 3
            && is_digits(t)
            && (tokens.get(k + 1).is_some_and(mark_or_close) || year_tail(k))
    };
    let day_month = |t: &[u8]| {
        matches!(
            t,
            [_, b'/', _] | [_, _, b'/', _] | [_, b'/', _, _] | [_, _, b'/', _, _]
        ) && t.iter().all(|&c| c.is_ascii_digit() || c == b'/')
    };
    // A house's lettered alley, `6B` of `611/36B`, which VnCoreNLP cuts into `6 11/3 6B`.
    let lot = |k: usize| {
        matches!(
            text_at(tokens, k).as_bytes(),
            [b'0'..=b'9', b'A'..=b'Z'] | [b'0'..=b'9', b'0'..=b'9', b'A'..=b'Z']
        )
    };
    // The rest of a time after its cut: its seconds or hundredths before a mark (`8.14 ,`), or
    // a piece cut again before its last digit (`7:3 4 .`). Not a second score, `2:1 3:0`.
    let time_cut = || match b {
        [_, b'.' | b':', b'0'..=b'9', b'0'..=b'9'] => tokens.get(i + 1).is_some_and(mark_or_close),
        [_, b'.' | b':', b'0'..=b'9'] => {
            text_at(tokens, i + 1).len() == 1 && digits_then_mark(i + 1)
        }
        _ => b.len() == 1 && digits_then_mark(i),
    };
    // A bracket or quote that VnCoreNLP split off the time or ratio it opens (a time at the
    // line's start, or after a space, stays whole), and for a time also a dash. (Not for a ratio:
    // pyvi's `- 1 / 5 5` would read so only on a second run, once the `/` is glued.)
    let bracketed =
        || b.len() == 1 && i >= 2 && matches!(tokens[i - 2].text, "(" | "[" | "“" | "‘" | "\"");
    let opened = || bracketed() || b.len() == 1 && i >= 2 && tokens[i - 2].text == "-";
    // A pace's time before its unit, `2:59/km` → `2:5 9 / km`: no pace is written `2:5 9/km`.
    let per_unit = || {
        b.len() == 1
            && text_at(tokens, i + 1) == "/"
            && text_at(tokens, i + 2).starts_with(|c: char| c.is_ascii_alphabetic())
    };
    match a {
        [.., b'0'..=b'9', b':', b'0'..=b'5'] => time_cut() || opened() || per_unit(),
        // The same time with its `:` still spaced (`15 : 3 2:1`), which the `:`'s rule closes:
        // a second run reads `15:3 2:1`, as above.
        [b'0'..=b'5']
            if i >= 3
                && tokens[i - 2].text == ":"
                && is_digits(tokens[i - 3].last_part())
                && time_cut() =>
        {
            true
        }
        _ if day_month(a) => {
            digits_then_mark(i)
                || bracketed()
                || lot(i) && i >= 2 && is_digits(text_at(tokens, i - 2))
        }
        [_] | [_, _] if a.iter().all(u8::is_ascii_digit) => {
            // Or, after two digits, a one-digit day and a month before a mark: the whole, of
            // three digits before its `/`, is no date (`159/2.` → `15 9/2 .`, a boundary
            // marker's number). A two-digit day is a date after a time's minutes (`7 giờ 30
            // 25/7,`). One digit before a date is a weekday's (`thứ 5 6/8.`).
            day_month(b)
                && (digits_then_mark(i + 1)
                    || lot(i + 1)
                    || a.len() == 2 && b[1] == b'/' && tokens.get(i + 1).is_some_and(mark_or_close))
        }
        _ => false,
    }
}

/// The gap before token `i` is between a train's code and the pair of its numbers, `SE 1/2`,
/// `NA 1/2`, as VnCoreNLP (at 66501f4) splits `SE1/2`, `NA1/2` (and a two-digit pair's last
/// digit too, see [`train_pair_cut`]). The news sets write such pairs unspaced 10 times, never
/// spaced (pyvi and underthesea split them at the slash, `SE1 / 2`, which [`slash`] glues).
pub(super) fn train_pair(tokens: &[Token], i: usize) -> bool {
    short_pair(tokens, i).is_some() && train_code(tokens, i - 1)
}

/// A pair of numbers of one or two digits at token `k`, `1/2`, `19/20`: the number of tokens it
/// takes, one, or three where it is spaced round a slash that [`slash`] glues between numbers
/// (`22 / 2`), as a second run sees it whole. Its bytes first: asked at many gaps between
/// digits (and inlined: called there, it cost 0.03% of the instructions on segmented news).
#[inline(always)]
fn short_pair(tokens: &[Token], k: usize) -> Option<usize> {
    let short = |k: usize| one_or_two_digits(text_at(tokens, k));
    let t = text_at(tokens, k);
    let whole = (3..=5).contains(&t.len())
        && t.as_bytes().contains(&b'/')
        && t.split_once('/')
            .is_some_and(|(a, b)| one_or_two_digits(a) && one_or_two_digits(b));
    if whole {
        Some(1)
    } else if short(k) && text_at(tokens, k + 1) == "/" && short(k + 2) {
        Some(3)
    } else {
        None
    }
}

/// The gap before token `i` is before the last digit that VnCoreNLP cuts off a train's pair of
/// two-digit numbers, `SE 19/2 0` (`SE19/20`): it cuts no other pair, so a count after `SE 1/2`
/// stays apart.
pub(super) fn train_pair_cut(tokens: &[Token], i: usize) -> bool {
    let cut = text_at(tokens, i - 1).split_once('/');
    matches!(tokens[i].text.as_bytes(), [b'0'..=b'9'])
        && cut.is_some_and(|(a, b)| two_digits(a) && b.len() == 1 && is_digits(b))
        && i >= 2
        && train_code(tokens, i - 2)
}

/// Token `k` is the code of a train (see [`TRAIN_CODES`]).
fn train_code(tokens: &[Token], k: usize) -> bool {
    TRAIN_CODES.contains(&tokens[k].last_part())
}

/// A standard's number and year, `TCVN 5574:2018`, `QCVN 01:2021/BYT`, `TCCS 49:2025`, which
/// VnCoreNLP's tokenizer (at 66501f4) cuts around a digit, a colon and a digit: `557 4:2 018`,
/// `01:2 021`, `4 9:2 025`. The gap before token `i` is on either side of such a cut token,
/// whose last digit and the three after it are a year from 1900 to 2099, and which has digits
/// before it or two digits before its colon (a score, `2:1 987 khán giả`, has neither).
pub(super) fn standard_year_cut(tokens: &[Token], join: &[bool], i: usize) -> bool {
    // The cut that ends at token `k`, before a year's tail: the digits before its colon and its
    // first token. VnCoreNLP's is one token (`4:2`); a spaced one (`15 : 2 021`), whose `:` this
    // run glued, is read as a second run sees it.
    let cut = |k: usize| {
        let t = text_at(tokens, k);
        let (number, century, first) = match t.split_once(':') {
            Some((number, century)) => (number, century, k),
            None if k >= 2 && text_at(tokens, k - 1) == ":" && join[k - 1] && join[k] => {
                (text_at(tokens, k - 2), t, k - 2)
            }
            None => return None,
        };
        let tail = text_at(tokens, k + 1);
        let year = matches!(
            (century, tail.as_bytes()),
            ("1", [b'9', _, _]) | ("2", [b'0', _, _])
        );
        (year && is_digits(tail) && (1..=2).contains(&number.len()) && is_digits(number))
            .then_some((number, first))
    };
    let digits_before = |first: usize| {
        first >= 1 && is_digits(tokens[first - 1].text) && tokens[first - 1].text.len() <= 3
    };
    // Before the cut token, and after the cut, before the year's tail.
    cut(i).is_some_and(|(_, first)| first == i && digits_before(i))
        || cut(i - 1).is_some_and(|(number, first)| number.len() == 2 || digits_before(first))
}

/// A transformer's voltages, `35/220kV`, `110/35/22kV`, which VnCoreNLP's tokenizer (at
/// 66501f4) cuts around the digits beside each slash as if they were a day and a month:
/// `3 5/2 20kV`, `1 10/3 5/2 2kV`. The gap before token `i` is inside such a run: a number of
/// one or two digits, up to four cut pairs, and a number with its unit, which no text spaces so.
/// A pair may be spaced round its slash (`5 / 2`), and the unit from its number (`20 kV`), as
/// this run may glue them and a second run read them.
pub(super) fn ratio_cut(tokens: &[Token], i: usize) -> bool {
    // The pairs before the gap, read from its end back to the number that leads them.
    let (mut lead, mut pairs) = (i - 1, 0);
    while pairs < 4 {
        match lead {
            k if k >= 1 && short_pair(tokens, k) == Some(1) => lead = k - 1,
            k if k >= 3 && short_pair(tokens, k - 2) == Some(3) => lead = k - 3,
            _ => break,
        }
        pairs += 1;
    }
    // The pairs after it, up to the number with its unit.
    let mut end = i;
    while pairs < 4 {
        match short_pair(tokens, end) {
            Some(width) => end += width,
            None => break,
        }
        pairs += 1;
    }
    // The number with its unit, also spaced from it (`20 kV`). The words beside the run are
    // read as a second run reads them: the last part of the first token, the first parts of the
    // number and of the letters after it.
    let unit = |k: usize| {
        let (number, letters) = (first_part_at(tokens, k), part_after_first(tokens, k));
        with_unit(number)
            || is_digits(number)
                && (1..=3).contains(&letters.len())
                && letters.bytes().all(|c| c.is_ascii_alphabetic())
    };
    pairs > 0 && one_or_two_digits(last_part_at(tokens, lead)) && end < tokens.len() && unit(end)
}

/// The National Assembly's term after its code in a document's number, `NQ-UBTVQH14`, `QH15`,
/// which VnCoreNLP (at 66501f4) splits off after a `/` or `-` (`1107 / NQ-UBTVQH 14`); pyvi and
/// underthesea keep it whole, and Wikipedia writes it unspaced (`17/2012/QH13`: 61 times, spaced
/// twice). `a` is the code, `b` the term.
#[inline(always)]
pub(super) fn legislature_term(a: &str, b: &str) -> bool {
    // Asked last of the short gaps' rules: the code's end first.
    a.ends_with("QH")
        && two_digits(b)
        && matches!(
            after_last_hyphen(a.rsplit('/').next().unwrap_or(a)),
            "QH" | "UBTVQH"
        )
}

/// Token `i` is one or two digits after one to four capitals, and ends a sentence, bracket or
/// quote: VnCoreNLP splits `K54.` into `K 54 .`, `VTV1)` into `VTV 1 )` and `“F0”` into
/// `“ F 0 ”`. Published text writes such a code unspaced (1,630 times against 266 in Wikipedia,
/// before `. , ; : )`; 18 times against 4 before a closing quote). Not before a `»`, which
/// stays spaced, as guillemets keep their text apart (`« F 2 »`). pyvi and underthesea keep
/// `K54.` whole, so after them `CZ 82 ,` is as published: never in a line or
/// stream that has shown one of them (`NUMBERS_SPLIT` in `seen`), unless it has also shown
/// VnCoreNLP, which keeps `15%` whole (`NUMBER_WHOLE`): then a spaced `21,5 %` was published so.
/// Also, with no gate, such a code before `+` or before `/` and another code (see
/// [`code_before_mark`]), asked here so that a gap's code is looked at once.
#[inline(always)]
pub(super) fn code_number(tokens: &[Token], i: usize, seen: u16) -> bool {
    split_code(tokens, i)
        && ((seen & NUMBERS_SPLIT == 0 || seen & NUMBER_WHOLE != 0)
            && (tokens
                .get(i + 1)
                .is_some_and(|t| t.has(ONLY_MARKS) || matches!(t.text, ")" | "”" | "\""))
                // Also before a capital it split off (`(QL1A)` → `( QL 1 A )`: see
                // [`number_letter`]).
                || i + 1 < tokens.len() && number_letter(tokens, i + 1))
            // A fuel's grade, `RON95-III`, which VnCoreNLP splits into `RON 95 - III` (news
            // writes it unspaced 4 times, never spaced). Only once VnCoreNLP has shown: pyvi and
            // underthesea keep `RON95` whole, so after them `RON 95 - III` was published so.
            || seen & NUMBER_WHOLE != 0
                && text_at(tokens, i + 1) == "-"
                && is_roman(text_at(tokens, i + 2))
            || mark_after_code(tokens, i)
            // The second of a pair, `SP 3 / SP 4 chạy` (see [`mark_after_code`]).
            || i >= 4 && text_at(tokens, i - 2) == "/" && split_code(tokens, i - 3))
}

/// Token `k` is one or two digits after one to four capitals, or three digits after one: a code
/// as VnCoreNLP splits it (`K 54`, `U 22`, a flood's alarm level `BĐ 1`, an aircraft `A 321`).
/// The capitals may end a name the segmenter joined (`Galaxy_S 8 .`), or be a fuel's (`RON95`:
/// the 13 news sets of session 29 write it unspaced 16 times, spaced 3); not a VinFast model,
/// which news mostly spaces (`VF 8`: 55 times, unspaced 23, in the news sets of sessions 28 and
/// 29). Three digits after one capital before a mark are unspaced 15 times, never spaced, in the
/// 63 news sets, and 169 times to 17 in Wikipedia; after two capitals or more they are spaced as
/// often as not (`ATP 500`, `LX 570`), and so is the index `S&P 500` (`S & P 500`).
#[inline(always)]
pub(super) fn split_code(tokens: &[Token], k: usize) -> bool {
    // The digits first: most tokens are not, and the capitals need a search for `_`.
    let digits = tokens[k].text;
    if !(digits.len() <= 3 && is_digits(digits)) {
        return false;
    }
    let letters = k
        .checked_sub(1)
        .map_or("", |before| tokens[before].last_part());
    let capitals = letters.chars().count();
    (1..=4).contains(&capitals)
        && (digits.len() <= 2 || capitals == 1 && !(k >= 2 && tokens[k - 2].text == "&"))
        && code_capitals(letters)
        && letters != "VF"
}

/// A Vietnamese aircraft's registration, `VN-A539`, which VnCoreNLP splits into `VN-A 539`
/// wherever it stands: written unspaced in each of its 5 times in the news sets. `a` and `b` are
/// beside the gap.
pub(super) fn aircraft_registration(a: &str, b: &str) -> bool {
    a == "VN-A" && b.len() == 3 && is_digits(b)
}

/// Token `i` is one or two digits after one to four capitals, before a `+` or before a `/` and
/// another such code: VnCoreNLP splits a code from its number whenever a mark follows it
/// unspaced (`S8+` → `S 8 +`, `U22/U23` → `U 22 / U23`, `S8/S8+` → `S 8 / S 8 +`), and such
/// codes are written unspaced (in Wikipedia before `+` 32 times, never spaced; before `/` 41
/// times, spaced 25, of which only `MK 46/MK 50` and `TC 46/SC 9` have a code after the slash:
/// the others are dates and fractions, which VnCoreNLP keeps whole; in news 15 times to none).
/// Unlike [`code_number`]'s marks, not gated on the producer: a first run need not glue the
/// `/`, and a second, which no longer sees the first's `15 %`, must decide the same.
pub(super) fn code_before_mark(tokens: &[Token], i: usize) -> bool {
    split_code(tokens, i) && mark_after_code(tokens, i)
}

/// What follows the code at `i` in [`code_before_mark`]: `+`, or `/` and another code.
fn mark_after_code(tokens: &[Token], i: usize) -> bool {
    match text_at(tokens, i + 1) {
        "+" => true,
        // A stock index, `VN 30 - Index` (`VN30-Index`; see [`hyphen`]).
        "-" => matches!(first_part(text_at(tokens, i + 2)), "Index" | "index"),
        // The code after the slash: whole (`U23`), or split too, as VnCoreNLP splits a pair of
        // trains, `SE1/SE2` → `SE 1 / SE 2` (and `S8/S8+` → `S 8 / S 8 +`).
        "/" => {
            letter_code(first_part(text_at(tokens, i + 2)).trim_end_matches('+'))
                || i + 3 < tokens.len() && split_code(tokens, i + 3)
        }
        _ => false,
    }
}

/// The gap before token `i` is inside a flu subtype as VnCoreNLP splits it after a type
/// (`A / H 5 N1`, `H 7 N 9`), which news writes `A/H5N1`, `H7N9`. Unlike [`code_number`], not
/// gated on the producer: no text has `H 5 N1` spaced, and with a gate a second run, which no
/// longer sees the first's `15 %`, would glue what the first left.
#[inline]
pub(super) fn flu_subtype(tokens: &[Token], i: usize) -> bool {
    // Every gap inside one is after `H` or `N`, or before `N…`: most gaps are ruled out here.
    let inside = matches!(tokens[i - 1].text, "H" | "N") || tokens[i].text.starts_with('N');
    inside
        && (1..=3)
            .any(|back| i >= back && subtype_at(tokens, i - back).is_some_and(|len| back < len))
}

/// The number of tokens of a split flu subtype starting at token `s`: `H 5 N1` (3), `H 7 N 9` (4).
fn subtype_at(tokens: &[Token], s: usize) -> Option<usize> {
    let text = |k: usize| text_at(tokens, k);
    if text(s) != "H" || !is_digits(text(s + 1)) || text(s + 1).len() > 2 {
        return None;
    }
    match text(s + 2).strip_prefix('N') {
        Some("") => (is_digits(text(s + 3)) && text(s + 3).len() <= 2).then_some(4),
        Some(n) => (is_digits(n) && n.len() <= 2).then_some(3),
        None => None,
    }
}

/// Token `i` is a capital after a number of one to three digits, which VnCoreNLP's tokenizer
/// (at 66501f4) splits off when a bracket, a quote, `:`, `;` or `!` touches the token: `1A)` →
/// `1 A )`, `(547A` → `( 547 A`, `“12C”` → `“ 12 C ”`. pyvi and underthesea keep it whole.
/// Wikipedia writes it unspaced before `:`, `;` or `)` 252 times, spaced 11, nearly all units
/// (`30 K)`, which stay, as do volts); after `(` 37 times to 12. The news sets read by session 33
/// write it unspaced beside a bracket 16 times, never spaced, eight of them a `C` (`Quốc lộ
/// 27C)`; Celsius is `°C` there).
pub(super) fn number_letter(tokens: &[Token], i: usize) -> bool {
    // A capital first, before the search for parts: most tokens start otherwise.
    if !tokens[i]
        .text
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_uppercase)
    {
        return false;
    }
    // The parts beside the gap, as a second run sees them once `_` are spaces (`95 A_P`).
    let (a, b) = (tokens[i - 1].last_part(), tokens[i].first_part());
    // The letter and number first: this is asked at most gaps the rules decide.
    if !(b.len() == 1 && all_caps(b) && (1..=3).contains(&a.len()) && is_digits(a)) {
        return false;
    }
    // Beside a part of a joined word, another part, never a bracket or quote.
    let before = match i.checked_sub(2) {
        Some(k) if a.len() == tokens[i - 1].text.len() => text_at(tokens, k),
        _ => "",
    };
    let after = if b.len() == tokens[i].text.len() {
        text_at(tokens, i + 1)
    } else {
        ""
    };
    // Quoted, a `K` is a price's thousands or a screen's resolution (`“19K”`, `"3K"`).
    let quoted = matches!(before, "“" | "\"") || matches!(after, "”" | "\"");
    // Not before a `Đ`: a second run would read `226O Đ` as underthesea's cut of `13HCĐ` (see
    // [`case_split_unit`]) and glue it too.
    (!matches!(b, "K" | "V") || b == "K" && quoted)
        && (quoted || matches!(before, "(" | "[") || matches!(after, ")" | "]" | ":" | ";" | "!"))
        && text_at(tokens, i + 1) != "Đ"
}

/// The rules for what follows a number or its capitals (`a`), before token `i` (`b`): asked
/// together behind one test of `a`'s last byte, since most gaps that reach the rules follow a
/// lower-case word or a mark.
#[inline(always)]
pub(super) fn after_number(tokens: &[Token], join: &[bool], i: usize, a: &str, b: &str) -> bool {
    a.as_bytes()
        .last()
        .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && (
            // Primes after a number, minutes and seconds of arc or inches (`45′`, `cấp 0″`):
            // 562 times in Wikipedia, never spaced. Also after a time (`đúng 00h00′`).
            matches!(b, "′" | "″") && (is_number(a) || time_ends_at(tokens, i - 1))
                || case_split_unit(a, b) && ends_unit(tokens, i)
                || model_letter(tokens, join, i)
                || video_lines(a, b)
                || sulfur_grade(a, b)
        )
}

/// A letter after a whole number, as laws number their articles and clauses (`Điều 226a`,
/// `khoản 2c`) and streets their houses (`số 2b`), which underthesea splits off (`226 a`, also
/// joined to the next word, `226 a_Luật`); pyvi and VnCoreNLP keep them whole. The news sets read
/// by session 33 write them glued 13 times, spaced twice; Wikipedia's spaced ones are `a.m.`.
pub(super) fn numbered_letter(a: &str, b: &str) -> bool {
    matches!(b, "a" | "b" | "c" | "d" | "e") && (1..=4).contains(&a.len()) && is_digits(a)
}

/// A model's letter after a product's name and number, which underthesea splits off (`Pixel 9
/// a`, `iPhone 16 e`, `iPhone 6 s`, `SH 150 i`); pyvi and VnCoreNLP keep it whole. A lone `a`
/// or `e` after a number that follows a word is Vietnamese (`e ngại`), so the letter needs the
/// name: ASCII letters with a capital (`iPhone`, `SH`). Letters only: a first run makes no such
/// token by gluing (`K 54` becomes `K54`), so a second run decides the same. The letter is a
/// first part: underthesea may join it to the next word (`16 e_ngại`), which a second run sees
/// apart (`16e ngại`). VnCoreNLP's tokenizer splits a version's letter off, with its hyphen
/// (`GPT -4 o`, at 5e00d32) or after it (`GPT-4 o`, at 66501f4): after a hyphen's number, `o`
/// too; it also cuts `IA-32e`, `MOS-1a` so, which Wikipedia never spaces. Such a name is all
/// capitals: `Covid-19 e ngại` is Vietnamese. A hyphen this run closed (`GD - 19 a`) counts as
/// one kept whole, as a second run sees it (`GD-19 a`).
fn model_letter(tokens: &[Token], join: &[bool], i: usize) -> bool {
    let product = |t: &str| {
        t.len() >= 2
            && t.bytes().all(|c| c.is_ascii_alphabetic())
            && t.bytes().any(|c| c.is_ascii_uppercase())
    };
    let text = tokens[i - 1].text;
    let before = |k: usize| i.checked_sub(k).map_or("", |k| tokens[k].last_part());
    let closed_hyphen = i >= 3 && join[i - 1] && join[i - 2] && tokens[i - 2].text == "-";
    let (name, a, hyphen) = match text.strip_prefix('-') {
        Some(number) => (before(2), number, true),
        None if closed_hyphen => (before(3), text, true),
        None => match text.split_once('-') {
            Some((name, number)) => (name, number, true),
            None => (before(2), text, false),
        },
    };
    // The name of a hyphen kept whole (or closed) is all capitals.
    let whole = hyphen && !text.starts_with('-');
    let letter = tokens[i].first_part();
    (matches!(letter, "a" | "c" | "e" | "i" | "s") || hyphen && letter == "o")
        && (1..=3).contains(&a.len())
        && is_digits(a)
        && product(name)
        && !(whole && name.bytes().any(|c| c.is_ascii_lowercase()))
}

/// A `+` between two numbers `a` and `b` after the word `before`: a road's chainage after `km`
/// (`km 15 + 200` is written `km 15+200`, kilometre 15, metre 200), and a match's added time
/// after `phút` (`phút 90 + 3`, `Phút 45 + 2`: football reports write `90+3`; Wikipedia's two
/// are unspaced).
/// The kilometre may be glued to its number (`Km1694 + 410`, `km55 + 150`; not `km2` or `km3`,
/// units), also as the engineers' `K` (`K49 + 750`, written `K49+750`). The metres have three
/// digits, or two at a kilometre's mark (`Km1403+00`); `km 5 + 20` is a sum.
pub(super) fn plus_between(before: &str, a: &str, b: &str) -> bool {
    let (before, a) = match after_kilometre_mark(a) {
        Some(kilometre) => ("km", kilometre),
        None => (before, a),
    };
    is_digits(a)
        && is_digits(b)
        && match before {
            "km" | "Km" => b.len() == 3 || b == "00",
            "phút" | "Phút" => a.len() <= 3 && b.len() <= 2,
            _ => false,
        }
}

/// What follows a kilometre's mark glued to it (`Km1694`, `km55`, the engineers' `K49`; not
/// `km2` or `km3`, units), if `t` starts with one.
fn after_kilometre_mark(t: &str) -> Option<&str> {
    t.strip_prefix("Km")
        .or_else(|| t.strip_prefix("km").filter(|n| !matches!(*n, "2" | "3")))
        .or_else(|| t.strip_prefix('K'))
}

/// A `+` that ends a name, a rating or a charge: `18+`, `Google+`, `HSPA+`, `Na+`, `Fe3+`, `C++`,
/// before a Vietnamese word, a mark or the line's end (`Na+ và Ca2+ từ`, `nhãn 18+ và`):
/// unspaced 211 times, spaced 22, in Wikipedia. Also before a bracket after a letter (`Galaxy
/// Note10+ (24 triệu đồng)`, `Mg2+ (`): 9 times to 1 (`Fe2O3 + (`, an equation) in 300,000
/// lines of Wikipedia; not after a number alone, which adds (`2 + (3 × 4)`), unless this run
/// joins it to the letters before it (`O 45 + (` → `O45+ (`, as a second run sees it). Not
/// after a Vietnamese word (`văn hóa + du lịch`), and not before a number, where it adds
/// (`45 + 2`, `2 + 3`). The gap before token `i`.
#[inline]
pub(super) fn suffix_plus(tokens: &[Token], join: &[bool], i: usize) -> bool {
    if tokens[i].text != "+" {
        return false;
    }
    let a = tokens[i - 1].last_part();
    let after = first_part_at(tokens, i + 1);
    let letter = |t: &str| t.bytes().any(|c| c.is_ascii_alphabetic());
    !a.is_empty()
        && a.bytes().all(|c| c.is_ascii_alphanumeric())
        && (a.ends_with(|c: char| c.is_ascii_digit())
            || a.starts_with(|c: char| c.is_ascii_uppercase()))
        && (after.is_empty()
            || only(after, &[',', '.', ')', ';', ':', '+'])
            || after == "("
                && (letter(a) || i >= 2 && join[i - 1] && letter(tokens[i - 2].last_part()))
            || after.len() >= 2 && after.starts_with(char::is_lowercase) && is_syllable(after))
}

/// A flu subtype written whole: `H5N1`, `H1N1`, `H7N9`. (Not any code: `S / USD 95 .` would
/// be glued on a second run only, once `code_number` has made `USD95.` of it.)
pub(super) fn flu_strain(t: &str) -> bool {
    t.strip_prefix('H')
        .and_then(|rest| rest.split_once('N'))
        .is_some_and(|(h, n)| one_or_two_digits(h) && one_or_two_digits(n))
}

/// An airliner's model and its variant, Airbus's `A321-200` and Boeing's `B787-9`, `B737-900ER`,
/// which pyvi splits at the hyphen: unspaced 27 times in Wikipedia, never spaced. `a` is the
/// maker's letter and the model, `b` the variant.
pub(super) fn aircraft_variant(a: &str, b: &str) -> bool {
    a.split_at_checked(1)
        .is_some_and(|(maker, model)| airliner(maker, model, b))
}

/// The gap before token `i` is between the maker's letter and the rest of such a model, which
/// VnCoreNLP splits off it (`B 787-9`, `A 321-200`), or pyvi, which then splits the variant too
/// (`B 787 - 9`, glued whole in one run so that a second, which sees `B 787-9`, agrees).
pub(super) fn split_aircraft(tokens: &[Token], i: usize) -> bool {
    // The parts beside the gap, as a second run sees them (`B 787-9_Dreamliner`).
    let (maker, rest) = (tokens[i - 1].last_part(), tokens[i].first_part());
    match rest.split_once('-') {
        Some((model, variant)) => airliner(maker, model, variant),
        None => {
            text_at(tokens, i + 1) == "-" && airliner(maker, rest, first_part_at(tokens, i + 2))
        }
    }
}

/// An Airbus (`A3xx`) or Boeing (`B7x7`) model, and a variant of one to three digits and at most
/// two capitals (`ER`).
pub(super) fn airliner(maker: &str, model: &str, variant: &str) -> bool {
    // The model first: asked at every hyphen the rules reach.
    if !matches!(
        (maker, model.as_bytes()),
        ("A", [b'3', b'0'..=b'9', b'0'..=b'9']) | ("B", [b'7', b'0'..=b'9', b'7'])
    ) {
        return false;
    }
    let digits = variant.trim_end_matches(|c: char| c.is_ascii_uppercase());
    (1..=3).contains(&digits.len()) && is_digits(digits) && variant.len() - digits.len() <= 2
}

/// One to four capitals and one or two digits, `HC1`, `SQN1`, `MP4`: how many of each.
pub(super) fn capitals_digits(t: &str) -> Option<(usize, usize)> {
    let capitals = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = t.len() - capitals.len();
    ((1..=2).contains(&digits)
        && (1..=4).contains(&capitals.len())
        && capitals.bytes().all(|c| c.is_ascii_uppercase()))
    .then_some((capitals.len(), digits))
}

/// A model's code that starts with a letter, after its maker's acronym: `I9100` of
/// `GT-I9100`, `T2` of `DVB-T2`. Unspaced about 300 times, spaced twice, in Wikipedia.
pub(super) fn letter_code(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_uppercase())
        && t.bytes().all(|c| c.is_ascii_alphanumeric())
        && t.bytes().any(|c| c.is_ascii_digit())
}

/// A version's number after an acronym and a hyphen: with one lower-case letter, `4o` of
/// `GPT-4o`, `1a` of `MOS-1a`, `32e` of `IA-32e` (Wikipedia: 3 unspaced, none spaced), or with
/// one digit after a dot, `5.2` of `GPT-5.2`, `1.7` of `CUTE-1.7` (2 to none; one digit after
/// the dot: no Vietnamese thousands).
pub(super) fn version(t: &str) -> bool {
    let digits = t.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let letter =
        t.len() == digits.len() + 1 && (1..=3).contains(&digits.len()) && is_digits(digits);
    letter
        || t.split_once('.').is_some_and(|(major, minor)| {
            (1..=2).contains(&major.len())
                && minor.len() == 1
                && is_digits(major)
                && is_digits(minor)
        })
}

/// A version's number as underthesea splits it at the dot, `GPT-5 . 2` (see [`version`]), or
/// as pyvi and underthesea split a model's, `A2 . 0`, `SA2 . 0` (`LUX A2.0`; in 200 MB of
/// Wikipedia such a code of capitals and one digit before a dot and a digit is unspaced 16
/// times, `S5.1`, `IE1.0`, never spaced; in news 7 times, never spaced): `a` is the acronym and
/// the major number (one digit: not `COVID-19 .`, which may end a sentence), `b` the minor.
pub(super) fn split_version(a: &str, b: &str) -> bool {
    b.len() == 1
        && is_digits(b)
        && (a.split_once('-').is_some_and(|(name, major)| {
            name.len() >= 2 && all_caps(name) && major.len() == 1 && is_digits(major)
        }) || capitals_digits(a).is_some_and(|(capitals, digits)| capitals <= 3 && digits == 1))
}

/// A model's number with its letters, after a code word and a hyphen: `15J` of `F-15J`, `15DJ`,
/// `30MK2`.
/// Written unspaced 518 times, spaced 8, in 100 MB of Wikipedia.
pub(super) fn model_number(t: &str) -> bool {
    let code = t.trim_start_matches(|c: char| c.is_ascii_digit());
    // A version's digit may end it (`30MK2` of `Su-30MK2`).
    let letters = code
        .strip_suffix(|c: char| c.is_ascii_digit())
        .unwrap_or(code);
    code.len() < t.len() && (1..=3).contains(&letters.len()) && all_caps(letters)
}

/// OpenAI's reasoning models, `o1-preview`, `o3-mini`, which VnCoreNLP's tokenizer (at 66501f4)
/// cuts after their `o`, `o 1 - preview` (alone, `o1` stays whole): the gap before token `i`, a
/// digit after a lone `o`, with a hyphen and a lower-case word after it. (The Vietnamese `o` is
/// rare, and no digit follows it.)
pub(super) fn reasoning_model(tokens: &[Token], i: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    text(i - 1) == "o"
        && matches!(text(i).as_bytes(), [b'1'..=b'9'])
        && text(i + 1) == "-"
        && text(i + 2).starts_with(|c: char| c.is_ascii_lowercase())
}
