//! The `-` between two tokens: split compounds and names (`al - Qaeda`, `Coca - Cola`), codes
//! and numbers (`Covid - 19`, `2 - 3`), full dates, kept between names and places (`Syria - Nga`).

use super::*;
use crate::langid::is_latin;
use crate::segmented::tables::{
    CLAUSE_WORDS, GLUED_DATELINES, HYPHENATED_WORDS, KOREAN_SURNAMES, PAIRED_NAMES, TLDS,
};
use crate::segmented::tokens::{
    is_number, is_syllable, with_unit, Token, Underscored, NUMBER_WHOLE, ONLY_MARKS, UNITS_SPLIT,
    WORDS_JOINED,
};

/// The line opens with the dateline of a site that glues its dash to the bracket (`( PLO ) -
/// Theo` → `(PLO)- Theo`, see [`GLUED_DATELINES`]): the gap before that dash.
pub(super) fn glued_dateline(tokens: &[Token]) -> bool {
    let text = |k: usize| text_at(tokens, k);
    text(0) == "(" && GLUED_DATELINES.contains(&text(1)) && text(2) == ")" && text(3) == "-"
}

/// A year `a` before the separator and token `i` the day of a full date (`19 tháng 8`): a range
/// of full dates is written spaced (`18 tháng 6 1269 – 19 tháng 8 1298`: spaced 257 times,
/// unspaced 54 in 30 MB of Wikipedia), unlike a range of numbers (`1973-1974`, `2-1`) or of
/// days (`27-28 tháng 5`).
fn between_dates(a: &str, tokens: &[Token], i: usize) -> bool {
    a.len() >= 3
        && (tokens.get(i).and_then(|t| t.text.split('_').nth(1)) == Some("tháng")
            || tokens.get(i + 1).map(|t| t.first_part()) == Some("tháng"))
}

/// Tokens from `k` are a full date as pyvi and underthesea split `19-5-2005`: `19 - 5 - 2005`.
/// After a year, it ends a range of full dates (`(19-5-1890 - 2-9-1969)`), whose ` - ` stays
/// like that of `18 tháng 6 1269 – 19 tháng 8 1298` (see [`between_dates`]), so that the dates
/// stage reads both dates. The year may carry the marks a first run glues to it (`2005).`).
fn split_date_at(tokens: &[Token], k: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    let year = text(k + 4).trim_end_matches(|c: char| c.is_ascii_punctuation());
    text(k + 1) == "-" && text(k + 3) == "-" && day_month_year(text(k), text(k + 2), year)
}

/// A range of days with their month, `13-15/9`, which VnCoreNLP's tokenizer (at 66501f4) keeps
/// whole before a word or a comma but cuts beside a bracket, a quote or another mark (`( 13 -
/// 15/9 )`, `13 - 15/9/2024 .`): there a spaced one may be its cut, and news writes such ranges
/// unspaced 70 times, spaced 25 (Wikipedia 35 to 6). Not a range of two days with their months,
/// which news spaces more often (`30/4 - 1/5`: 23 to 14). The hyphen is token `i`.
fn cut_day_range(tokens: &[Token], i: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    let before = i.checked_sub(2).map_or("", text);
    let beside = matches!(before, "(" | "\"" | "“")
        || matches!(text(i + 2), "." | ";" | ":" | "!" | "?" | ")" | "\"" | "”");
    if !beside || !one_or_two_digits(text(i - 1)) {
        return false;
    }
    let date = text(i + 1);
    date.split_once('/')
        .is_some_and(|(day, month)| one_or_two_digits(day) && one_or_two_digits(month))
        || date.contains('/') && full_date(date)
}

/// The parts of a full date: a day and month of one or two digits, a year of four.
fn day_month_year(day: &str, month: &str, year: &str) -> bool {
    one_or_two_digits(day) && one_or_two_digits(month) && year.len() == 4 && is_digits(year)
}

/// A full date, `19-5-1890` or `19/5/1890`, which underthesea and VnCoreNLP keep whole: a range
/// of two (`19-5-1890 - 19-5-2005`) stays spaced like pyvi's (see [`split_date_at`]): the dates
/// stage reads it spaced, not glued. (It may leave the range spaced with slashes, which
/// Wikipedia writes as often as not: 10 to 7.)
fn full_date(t: &str) -> bool {
    let Some(separator) = t.chars().find(|c| matches!(c, '-' | '/')) else {
        return false;
    };
    let mut parts = t.split(separator);
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(day), Some(month), Some(year), None) => day_month_year(day, month, year),
        _ => false,
    }
}

/// Whether the line shows a producer that keeps hyphenated words whole (underthesea and
/// VnCoreNLP keep `Jong-un`, `NĐ-CP`, `Mỹ-EU`, `tay-chân-miệng`; pyvi splits every hyphen
/// outside URLs). Then a spaced ` - ` between words in that line, and in the lines of the
/// stream after it, is the published spacing, not a split. A hyphen between digits shows
/// nothing: the dates stage rewrites `19-5-2005` as `19/5/2005`, and a second run, no longer
/// seeing it, would glue what the first left. With `digits`, it shows that the producer is not
/// pyvi too (`23-1`, `2-3`), for a decision a second run cannot repeat anyway (`UNITS_SPLIT`).
pub(in crate::segmented) fn keeps_hyphens(tokens: &[Token], digits: bool) -> bool {
    tokens.iter().any(|t| {
        // A `-` inside the token first, one search, before the pattern of its neighbours.
        let inner = t.text.as_bytes().get(1..t.text.len().saturating_sub(1));
        inner.is_some_and(|b| b.contains(&b'-'))
            && t.text.as_bytes().windows(3).any(|w| {
                w[1] == b'-'
                    && w[0] != b'-'
                    && w[2] != b'-'
                    && w[0] != b'_'
                    && (digits || !(w[0].is_ascii_digit() && w[2].is_ascii_digit()))
            })
            && !crate::segmented::tokens::address_shape(t.text)
    })
}

/// Whether `line` has a hyphen inside a token (not `-` alone, `--` or `_-`): what
/// [`keeps_hyphens`] looks for first, found without looking at the tokens.
pub(in crate::segmented) fn inner_hyphen(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b'-', b).any(|p| {
        p > 0
            && !matches!(b[p - 1], b' ' | b'-' | b'_')
            && b.get(p + 1).is_some_and(|n| !matches!(n, b' ' | b'-'))
    })
}

/// `-` at `i`: split compounds (`al - Qaeda`, `e - mail`, `Jong - un`), word–number
/// (`Covid - 19`, `F - 16`), number–number (`2 - 1`, `6 - 7/12`: pyvi splits them, and
/// published text writes them unspaced about 5 times in 6, see the module docs), the code part
/// of document numbers (`2019/NĐ - CP`, `143 - NV`), a number and an English word
/// (`10.1 - inch`), codes (`GT - I9100`, `DVD - R`), acronyms (`NQ - CP`, `QĐ - TTg`,
/// `ASEAN - EU`: unspaced 414 times, spaced 28 in 30 MB of Wikipedia), the parts of a foreign name
/// (`Karl - Heinz`, see [`name_parts`]), listed words (`Ki - tô`, `Hán - Việt`, see
/// [`hyphenated_word`]) and transliterations (`Mát - xcơ - va`, see [`transliteration`]). Kept
/// between names and Vietnamese words (`Syria - Nga`, `Việt - Mỹ`), at line start, between words
/// when the line keeps hyphens ([`LineFacts::hyphens_kept`]): the producer did not split this
/// hyphen, and between numbers when `seen` has [`NUMBER_WHOLE`]: the producer keeps `2021-2025`
/// whole (VnCoreNLP), so a spaced range is as published; after underthesea (which keeps
/// hyphens), so is a short range (`10 - 15`), also where the stream shows underthesea by other
/// signs (`UNITS_SPLIT`).
pub(super) fn hyphen(
    tokens: &[Token],
    join: &[bool],
    i: usize,
    seen: u16,
    facts: &LineFacts,
) -> bool {
    let numbers_whole = seen & NUMBER_WHOLE != 0;
    let hyphens_kept = || facts.hyphens_kept(tokens, seen);
    let (Some(a), Some(b)) = (tokens.get(i - 1), tokens.get(i + 1)) else {
        return false;
    };
    let (a, b) = (last_part(a.text), without_sentence_dot(first_part(b.text)));
    // Not an acronym (`dân ca - ST`): those are spaced like names.
    let latin = |t: &str| {
        !t.is_empty() && t.bytes().all(|c| c.is_ascii_alphabetic()) && !(t.len() > 1 && all_caps(t))
    };
    let lower = |t: &str| t.starts_with(char::is_lowercase);
    // With diacritics too when neither is a Vietnamese syllable: `Chūō-ku`, `Hōryū-ji`,
    // `sous-préfet`, `axit-bazơ` (34 unspaced, never spaced, in the 8,000 sentences of
    // [`name_parts`]); a syllable beside a name is a dash (`Kazakhstan - người`).
    let foreign = |t: &str| foreign_word(t) && !(t.len() > 1 && all_caps(t));
    // Not after the domain of a split address (`Zing . vn - Ca_sĩ`, `VTV. vn - Sau`), which
    // glues into one token: a second run sees `Zing.vn`, no word.
    let domain = || tokens[i - 2].text.ends_with('.') && TLDS.contains(&tokens[i - 1].text);
    let compound = (lower(a) || lower(b))
        && (latin(a) && latin(b) && !(is_syllable(a) && is_syllable(b))
            || foreign(a) && foreign(b))
        && !(i >= 2 && domain())
        && !(ascii_title(a) && CLAUSE_WORDS.binary_search(&b).is_ok());
    // `F-16`, `F-15J`, plates `51A-123.45`, `8-bit` (see [`english_word`]), `GT-I9100` (see
    // [`letter_code`]), `143-NV` (see [`short_number`]) and `KD-65X9000H` (see
    // [`product_code`]). In running sentences a capitalised
    // word before a number of up to three digits is a model or an isotope too (`Cosmos-186`,
    // `Urani-235`, `Blink-182`: unspaced 192 times, spaced 37, in the prose sentences that
    // `scripts/held-out-segmented.py` samples from), though not before a year (5 to 8), and not
    // in Wikipedia's lists, where `Trận Austerlitz - 1805` is the rule (see [`code_word`]),
    // nor before an age (`em Sùng Mý Cho - 17 tuổi`, see [`age`]).
    // (Not the minutes of a time, `8 h05p - 9 h`: see `numbers`.)
    let word_number = (is_digits(b) || model_number(b) || product_code(b))
        && code_word(a)
        && !h_minutes(a)
        || all_caps(a) && version(b)
        || ascii_title(a) && is_digits(b) && b.len() <= 3 && !age(tokens, i + 1)
        || plate_series(a) && (is_number(b) || masked_serial(b))
        // The same with the series split from the province (`51 A - 123.45`, see [`split_plate`]).
        || i >= 2 && split_plate(tokens, i - 1)
        || acronym(a) && letter_code(b)
        // A code of capitals and digits before a number, `HC1-02` (a tunnel), `SQN1-2`,
        // `MP4-18`: unspaced 46 times, spaced 3, in Wikipedia, but for a year's quarters
        // (`Q3 - 4`, spaced 11 times).
        || capitals_digits(a).is_some() && !a.starts_with('Q') && is_digits(b) && b.len() <= 3
        || aircraft_variant(a, b)
        || i >= 2 && airliner(tokens[i - 2].last_part(), a, b);
    // underthesea, which keeps other hyphens whole (`F-16`, `GT-I9100`), splits one after a
    // number (`7 - inch`, `143 - NV`), so these are joined after it too.
    let number_word = is_number(a) && english_word(b)
        || short_number(a) && issuer_code(b) && !city_before_name(tokens, i + 1)
        || province_series(a, b) && serial(part_after_first(tokens, i + 1));
    // Grades of fuel are a number and a roman numeral (`RON 95-III`).
    // (A producer that keeps numbers whole still splits a roman numeral off: `95 - III`.)
    // underthesea keeps a range whole when its first number has one or two digits and its second
    // at most four (`2-1`, `10-15`, `10-2024`, but `100 - 200`, `1905 - 1945`): after it, such a
    // spaced range is as published. The numbers beside the `-` are the ends of ranges a first
    // run may have joined (`25.000-19 - 45`, `19 - 19-10.1`), so a second run decides the same.
    // A number glued to a `/` is no short range (`30/4 - 1/5`), nor is one the `/` rule or the
    // time rule glues (`123.45 / 10 - 19`, `19 - 10 / 123.45`, `30 - 19 h`), as a second run
    // sees `123.45/10`, `10/123.45`, `19h`.
    let (before, after) = (after_last_hyphen(a), b.split('-').next().unwrap_or(b));
    // Asked last: most hyphens are ruled out by their numbers' digits.
    let glued_on = || {
        after_slash(tokens, join, i - 1)
            || text_at(tokens, i + 2) == "/"
                && is_number(without_sentence_dot(first_part(text_at(tokens, i + 3))))
            || time_starts_at(tokens, i + 1)
    };
    // The second number without a unit a first run may have glued to it (`1890 oC`, `20 đ`).
    let after = after.trim_end_matches(|c: char| !c.is_ascii_digit());
    // A decimal second number too: underthesea writes `6-6,6` as `6-6 , 6` (see
    // [`range_decimal`]), so its `6 - 6,6` is as published.
    let decimal = |t: &str| {
        t.split_once(',')
            .is_some_and(|(a, b)| is_digits(a) && is_digits(b))
    };
    // A line without joined words or marks standing alone is no segmenter's output but a first
    // run's, which left its spaced short ranges as underthesea (`UNITS_SPLIT`) had them: a
    // second run leaves them too. (A first run leaves a mark that opens the line alone.)
    let restored = || {
        seen & WORDS_JOINED == 0
            && (seen & ONLY_MARKS == 0 || !tokens[1..].iter().any(|t| t.has(ONLY_MARKS)))
    };
    let short_range = is_digits(before)
        && before.len() <= 2
        && (is_digits(after) && after.len() <= 4 || decimal(after))
        && !glued_on();
    // pyvi keeps a whole number's unit on it (`2 - 8mm`, `15 - 22kV`): unspaced 103 times,
    // spaced 39, in Wikipedia; so an hour's with its minutes (`18 - 22h30`, like `6 - 10h`).
    let second = is_number(b) || with_unit(b) || glued_hour(b);
    // As published: whole numbers kept (but VnCoreNLP splits a range before an hour with its
    // minutes, `18 - 22h30`, at 66501f4 with their last digit apart, `18 - 22h3 0`), a short
    // range kept whole, a long range.
    let as_published = || {
        numbers_whole
            && !hour_with_minutes(b)
            && !split_minutes(b, text_at(tokens, i + 2))
            && !cut_day_range(tokens, i)
            || short_range && (hyphens_kept() || seen & UNITS_SPLIT != 0 || restored())
            || spaced_range(tokens, i, before, after)
    };
    // Grades of fuel with the octane's code, `RON95-III`, `E5 RON92-II`, or the sulfur's,
    // `0,05S-II`, its `S` glued (a second run) or not yet.
    let sulfur = || {
        a.strip_suffix('S').is_some_and(|n| sulfur_grade(n, "S"))
            || a == "S" && i >= 2 && sulfur_grade(tokens[i - 2].last_part(), a)
    };
    let fuel_grade = is_roman(b) && (letter_code(a) || sulfur());
    let numbers = is_number(a)
        && (second && !as_published() || is_roman(b))
        && !between_dates(a, tokens, i + 1)
        // A year before a full date, split or whole (a first run may have joined it, and the
        // year to a number before it: `5-1890 - 19-5-2005`).
        && !(before.len() == 4 && (split_date_at(tokens, i + 1) || full_date(b)))
        && !(full_date(a) && full_date(b))
        // An hour range stays as the producers leave it, spaced (`7h30 - 11h30`, `18h - 20h`):
        // so news writes it more often than not (3 lines to 1 in 686 sentences), and so does
        // Wikipedia (4 to 1 outside its bus timetables, which all space it). Also when the
        // minutes of its first hour are split off (`7 h 30 - 9h`).
        && !(time_ends_at(tokens, i - 1) && time_starts_at(tokens, i + 1));
    // A range of percentages, `5%-10%`, which pyvi and underthesea split into `5 % - 10 %`
    // (VnCoreNLP keeps `5%` whole): the news sets of sessions 29 to 31 write it unspaced 10
    // times, spaced 4 (Wikipedia 29 to 33).
    let percents = a == "%"
        && i >= 2
        && is_number(tokens[i - 2].last_part())
        && is_number(b)
        && text_at(tokens, i + 2) == "%";
    let code = all_caps(a) && issuer(b) && after_slash(tokens, join, i - 1);
    let acronyms = acronym(a) && acronym(b);
    // `V-League`, `X-Men`, `T-Mobile`: unspaced 308 times, spaced 17, in 30 MB of Wikipedia;
    // `M-TP`, `W-CDMA`: 255 times, spaced 4, all of them roman numerals (`V - VI`).
    let letter_name = a.len() == 1
        && all_caps(a)
        && (ascii_title(b) || b.len() >= 2 && all_caps(b) && !(is_roman(a) && is_roman(b)));
    // And the other way round: `DVD-R`, `GLONASS-M`, `WALL-E` (unspaced 99 times, spaced 4,
    // one of them roman numerals), `Hyper-V`, `Jay-Z`, `Objective-C` (122 to 24; not before `A`
    // or `I`, English words: `History - A Guide`, 28 to 46).
    let name_letter = b.len() == 1
        && b.bytes().all(|c| c.is_ascii_uppercase())
        && (acronym(a) && !(is_roman(a) && is_roman(b))
            || foreign_name(a) && !matches!(b, "A" | "I"));
    // Stock indices `VN-Index`, `HNX-Index`, `VN30-Index` (also `VN-index`): never spaced in
    // the 84 MB of Wikipedia; so also after a producer that keeps hyphens, which splits
    // `VN30-Index` all the same (VnCoreNLP: `VN 30 - Index`, whose code and number
    // [`code_number`] joins).
    let stock_index = matches!(b, "Index" | "index")
        && (all_caps(a.trim_end_matches(|c: char| c.is_ascii_digit()))
            || split_code(tokens, i - 1));
    // The number and issuer of a document: `32-CT/TW`, `48-NQ/TW` (unspaced 79 times, spaced
    // once, in the 84 MB of Wikipedia), and after `số` (`số 56-CP`: 225 to 3).
    let document = is_digits(a)
        && (issuer_with_slash(tokens, i + 1)
            || acronym(b) && i >= 2 && tokens[i - 2].last_part() == "số");
    // A Korean given name whose halves are both Vietnamese syllables, which pyvi splits:
    // `Park Hang - seo` (the others fail the syllable test and are compounds: `Jae - in`), also
    // with its second half capitalised, as some news writes it (`Moon Jae - In`).
    // Not before a place news pairs with a dash (`Hong Kong - Macao`).
    let korean = ascii_title(a)
        && (b.bytes().all(|c| c.is_ascii_lowercase())
            || ascii_title(b) && !PAIRED_NAMES.contains(&b))
        && KOREAN_SURNAMES.contains(&part_before_last(tokens, i - 1));
    // A drug's registration number, `VD-28109-17` (the serial and the year), which pyvi splits
    // at both hyphens: the serial is glued to its code already (the news set CC writes six
    // such numbers, Wikipedia two, never spaced), so the year is no range's end.
    let registration = b.len() == 2
        && is_digits(b)
        && a.len() >= 4
        && is_digits(a)
        && join[i - 1]
        && i >= 3
        && tokens[i - 2].text == "-"
        && acronym(tokens[i - 3].last_part());
    // A fishing boat's number with its `TS` (for thủy sản), `KG-94793-TS`, which pyvi and
    // VnCoreNLP split at the last hyphen (`KG-94793 - TS`, pyvi's also `Qng 90999 - TS`): the
    // news sets write it unspaced 12 times, never spaced. Not before a name, where `TS` is a
    // doctor's title (`phiếu 12345 - TS Lê Văn Nam`).
    let boat = b == "TS"
        && a.bytes().rev().take_while(u8::is_ascii_digit).count() == 5
        && !text_at(tokens, i + 2).starts_with(char::is_uppercase);
    numbers
        || percents
        || registration
        || boat
        || fuel_grade
        || number_word
        || code
        || document
        || korean
        || stock_index
        || (compound
            || word_number
            || acronyms
            || letter_name
            || name_letter
            || name_parts(a, b)
            || hyphenated_word(a, b)
            || transliteration(tokens, i, facts))
            && !hyphens_kept()
}

/// A range whose first number has four digits or more stays spaced, as news writes prices
/// (`giá 5.500 - 5.800 đồng/kg`); one of up to three digits is written unspaced (`2-3 tuần`,
/// `cấp 8-9`, `100-200 người`), and so are two years (`nhiệm kỳ 2020-2025`). A decimal's digits
/// are counted before its comma (`71,5-72,3`, `1,38-1,44`). Counts in the 25 news sets of
/// sessions 29 and 30 (14,640 sentences): first numbers with a thousands dot spaced 59 times,
/// unspaced 42 (and in helpers' count of 183 pages from 67 sites, 161 to 37); of three digits
/// spaced 15, unspaced 49 (helpers: 27 to 26; Wikipedia 393 to 880); of one or two digits spaced
/// 83, unspaced 865; decimals spaced 16, unspaced 38; years spaced 47, unspaced 115. (The VLSP
/// treebank spaces 12 of its 13 year ranges, `giai đoạn 1998 - 2002`; Wikipedia writes all of
/// these unspaced; the text to restore is today's news.) pyvi splits every range; underthesea
/// the long ones; VnCoreNLP none (it keeps numbers whole). The gap is the `-` at `i`; `before`
/// and `after` are the numbers beside it. A range whose unit pyvi left on the second number is
/// joined too, as its first number was written glued to the `-` (`băng tần 3700-3900MHz`).
pub(super) fn spaced_range(tokens: &[Token], i: usize, before: &str, after: &str) -> bool {
    // The number right before the `-`, in a token a first run may have glued (`30/4`,
    // `123.45/10`: the month, `10`, as the first run saw them).
    let first = before.rsplit('/').next().unwrap_or(before);
    let year = |t: &str| t.len() == 4 && matches!(t.as_bytes()[0], b'1' | b'2') && is_digits(t);
    // Two years, also a season's (`2006-07`).
    let joined_anyway = year(first) && (year(after) || after.len() == 2 && is_digits(after))
        || tokens
            .get(i + 1)
            .is_some_and(|t| with_kept_unit(t.first_part()));
    let whole_part = first.split(',').next().unwrap_or(first);
    whole_part.bytes().filter(u8::is_ascii_digit).count() >= 4 && !joined_anyway
}

/// A number with the unit pyvi leaves on it, `3900MHz`, `1500m`; not an hour or a temperature,
/// whose `h`, `g` or `oC` a first run may have glued on (`3 h`, `9 g`, `400 oC`; see
/// [`hour_mark`], [`g_hour`], [`oc_degrees`]), nor an article's number, whose letter it glues
/// after underthesea (`19 a`, which `a`, the are, would read as a unit; see
/// [`numbered_letter`]): a second run decides as the first did.
fn with_kept_unit(t: &str) -> bool {
    let unit = t.trim_start_matches(|c: char| c.is_ascii_digit());
    with_unit(t) && !matches!(unit, "h" | "g" | "oC" | "oF" | "a")
}

/// The word before the last one of token `k`: inside it when it is joined (`Park_Hang`), else
/// the last word of the token before.
pub(super) fn part_before_last<'a>(tokens: &[Token<'a>], k: usize) -> &'a str {
    match tokens[k].text.rsplit_once('_') {
        Some((rest, _)) => last_part(rest),
        None if k > 0 => tokens[k - 1].last_part(),
        None => "",
    }
}

/// The word after the first one of token `k`: inside it when it is joined (`Y_khoa`,
/// underthesea's `1.250_ca`), else the first word of the token after (`""` at the end), so
/// that a rule decides the same once a first run has turned the `_` into a space.
pub(super) fn part_after_first<'a>(tokens: &[Token<'a>], k: usize) -> &'a str {
    match tokens[k].text.split_once('_') {
        Some((_, rest)) => first_part(rest),
        None => first_part(text_at(tokens, k + 1)),
    }
}

/// A number hyphenated to an English word as one adjective: `8-bit`, `10.1-inch`,
/// `5-megawatt`. In Wikipedia a number and a lower-case word that is not a Vietnamese syllable
/// are unspaced 461 times and spaced 12 (`2 - km` twice, the rest English text: `5 - more`).
fn english_word(t: &str) -> bool {
    t.len() >= 2 && t.bytes().all(|c| c.is_ascii_lowercase()) && !is_syllable(t)
}

/// An issuer's code after a document's number: an [`acronym`] with at most one lower-case letter
/// (`NV`, `HĐBT`, `TTg`); a name in camel case is no code (`lần 1 - JobFair 2026`: Wikipedia
/// spaces a number and such a name 6 times, never writes them unspaced).
fn issuer_code(t: &str) -> bool {
    acronym(t) && t.chars().filter(|c| c.is_lowercase()).count() <= 1
}

/// Token `k` is `TP` (thành phố) before a name, no issuer: the ` - ` before it is a dash
/// (`tàu ngầm HQ 183 - TP Hồ Chí Minh`).
fn city_before_name(tokens: &[Token], k: usize) -> bool {
    tokens[k].text == "TP" && part_after_first(tokens, k).starts_with(char::is_uppercase)
}

/// A number of one to three digits, before its issuer: `143-NV`, `75-HĐBT`, `36-CP` (unspaced
/// 375 times, spaced 18, in Wikipedia; with four digits it is mostly a year, `1966 - FIFA`).
pub(super) fn short_number(t: &str) -> bool {
    (1..=3).contains(&t.len()) && is_digits(t)
}

/// Two words of one foreign name or term (`Karl - Heinz`, `Coca - Cola`, `Anglo - Saxon`,
/// `Jean - François`, `KwaZulu - Natal`): in 8,000 Wikipedia sentences with one hyphen, segmented
/// by pyvi, such pairs were unspaced 989 times and spaced 25. A Vietnamese syllable on either side
/// makes the hyphen a dash between names (`Syria - Nga`), and so does one of [`PAIRED_NAMES`]
/// (`Israel - Hamas`): news writes such pairs spaced, though Wikipedia's 32 were mostly not.
pub(super) fn name_parts(a: &str, b: &str) -> bool {
    foreign_name(a) && foreign_name(b) && !PAIRED_NAMES.contains(&a) && !PAIRED_NAMES.contains(&b)
}

/// The halves of a word of [`HYPHENATED_WORDS`]: `Ki - tô`, `đô - la`, `Hán - Việt`. In the 8,000
/// sentences of [`name_parts`], the listed words were unspaced 519 times and spaced 6 (the six
/// were fixed compounds: `Áo - Hung`, `Á - Âu`; the loanwords, never).
fn hyphenated_word(a: &str, b: &str) -> bool {
    // `a-b` in lower case, in a buffer long enough for any two syllables.
    let mut key = [0; 32];
    let mut len = 0;
    for c in a
        .chars()
        .chain(['-'])
        .chain(b.chars())
        .flat_map(char::to_lowercase)
    {
        let Some(room) = key.get_mut(len..len + c.len_utf8()) else {
            return false;
        };
        len += c.encode_utf8(room).len();
    }
    let key = &key[..len];
    HYPHENATED_WORDS
        .binary_search_by(|w| w.as_bytes().cmp(key))
        .is_ok()
}

/// A capitalised [`foreign_word`] that is not all capitals: `Karl`, `François`, `McCartney`.
fn foreign_name(t: &str) -> bool {
    t.starts_with(char::is_uppercase)
        && t.chars().skip(1).any(char::is_lowercase)
        && foreign_word(t)
}

/// A word of Latin letters that is not a Vietnamese syllable: `Karl`, `Chūō`, `bazơ`.
fn foreign_word(t: &str) -> bool {
    !t.is_empty() && t.chars().all(is_latin) && !is_syllable(t)
}

/// A chain of three or more single words joined by hyphens, all but the first in lower case:
/// a Vietnamese transliteration (`Mát - xcơ - va`, `Bai - ni - ma - ra - ma`). Published text
/// writes these unspaced (393 against 13 in 30 MB of Wikipedia); two-word chains are left alone
/// (`Hà Nội - nơi …` uses the hyphen as a dash).
pub(super) fn transliteration(tokens: &[Token], i: usize, facts: &LineFacts) -> bool {
    // Every hyphen inside a chain finds the same chain: looked for once, not at each hyphen
    // (which took time quadratic in a chain's length).
    if let Some((first, last, found)) = facts.hyphen_chain.get() {
        if first < i && i < last {
            return found;
        }
    }
    let letters = |s: &str| !s.is_empty() && s.chars().all(char::is_alphabetic);
    let hyphen_at = |k: usize| tokens.get(k).is_some_and(|t| t.text == "-");
    // Inner words are whole tokens; the two ends may be the edge parts of `_`-joined words, so
    // that the answer is the same before and after their `_` become spaces (idempotence).
    // A hyphen with no word beyond it (`xi - , a`) ends the chain before it, as it does once a
    // first run has glued the mark to it (`xi -, a`).
    let whole = |k: usize| tokens[k].kind == Underscored::No && letters(tokens[k].text);
    let mut first = i - 1;
    while first >= 2
        && hyphen_at(first - 1)
        && whole(first)
        && letters(tokens[first - 2].last_part())
    {
        first -= 2;
    }
    let mut last = i + 1;
    while hyphen_at(last + 1)
        && whole(last)
        && tokens
            .get(last + 2)
            .is_some_and(|t| letters(t.first_part()))
    {
        last += 2;
    }
    let Some(end) = tokens.get(last) else {
        return false;
    };
    let lower = |s: &str| s.starts_with(char::is_lowercase);
    let found = last - first >= 4
        && letters(tokens[first].last_part())
        && letters(end.first_part())
        && lower(end.first_part())
        && (first + 2..last).step_by(2).all(|k| lower(tokens[k].text));
    facts.hyphen_chain.set(Some((first, last, found)));
    found
}
