//! The `/` between two tokens: dates and fractions (`2 / 12`), rates (`km / h`), document
//! numbers (`12 / 2024 / NĐ-CP`, `CT / TW`).

use super::*;
use crate::segmented::tables::{PER_TIME, RATE_DENOMINATORS, RATE_NUMERATORS};
use crate::segmented::tokens::{is_number, is_syllable, with_unit, Token};

/// `/` at `i`: `2 / 12`, `2 / 12 / 2024`, `quý III / 2024`, rates (`km / h`, `4,5% / năm`),
/// document numbers (`100 / 2019 / NĐ`), alternatives between lower-case words (`và / hoặc`,
/// `ca sĩ / diễn viên`: unspaced 714 times, spaced 61, in 30 MB of Wikipedia) and between
/// acronyms (`HIV / AIDS`, 271 to 6), after a name before an acronym (photo credits
/// `Ngọc Thành / TTXVN`, `Linux / GNU`: 47 to 12 in Wikipedia), between model numbers
/// (`4G / 5G`: 17 to 1), flu strains (`A / H5N1`), a house's number (`12 A / 3`, see
/// [`house_number`]); never between names (`Hà Nội / TP.HCM`, spec §6).
pub(super) fn slash(tokens: &[Token], join: &[bool], i: usize, seen: u16) -> bool {
    let (Some(a), Some(b)) = (tokens.get(i - 1), tokens.get(i + 1)) else {
        return false;
    };
    if house_number(tokens, i - 1) {
        return true;
    }
    let (a, b) = (last_part(a.text), first_part(b.text));
    // The mark that ends an article of the news agency and the papers that follow it, `./.`;
    // at the end of a line also after an abbreviation that pyvi and underthesea keep with its
    // dot (`UBND. / .`).
    if b == "." && (a == "." || a.ends_with('.') && i + 2 == tokens.len()) {
        return true;
    }
    let b = without_sentence_dot(b);
    // A code after the slash (`U23`, `S8+`), also where VnCoreNLP split it before a mark or `+`
    // (`U 23 ”`, `D 100 +`) and [`code_number`] glues it: a second run sees `U23`.
    let code_after = || {
        letter_code(b.trim_end_matches('+'))
            || i + 2 < tokens.len() && code_number(tokens, i + 2, seen)
    };
    // `5-6% / năm` too: VnCoreNLP keeps `5-6%` whole.
    let unit = a.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'));
    (is_number(a) || is_roman(a)) && is_number(b)
        // An acronym per unit (`GDP / người`): unspaced 95 times, never spaced, in Wikipedia.
        || (RATE_NUMERATORS.contains(&unit) || is_number(a) || acronym(a))
            && RATE_DENOMINATORS.contains(&b)
        // A word per unit, `doanh thu/m2` (a lower-case word before one of them: 1,497 to 16 in
        // Wikipedia and the news sets); a unit of letters alone is a word's (below).
        || b.ends_with(['2', '3', '²', '³']) && RATE_DENOMINATORS.contains(&b) && lower_word(a)
        // An amount per piece of any other word, `2.500/cái`, `45gr/cái`, `2 triệu/sào`: in the
        // news sets of sessions 29 to 31 unspaced 6 times, never spaced; in Wikipedia, before a
        // Vietnamese syllable, 25 times to 4.
        || (is_number(a) || with_unit(a)) && lower_word(b) && is_syllable(b)
        || is_number(a)
            && document_code(b)
            // A number and year kept whole (`100/2019 / NĐ`); not a date (`sáng 2/5 / T.`,
            // `19/5/2005 / T.`, which the dates stage makes of `2.5` and `19-5-2005`: glued on a
            // second run only, they were not idempotent).
            && (a.split_once('/').is_some_and(|(number, year)| {
                is_digits(number) && year.len() == 4 && is_digits(year)
            })
                || after_slash(tokens, join, i - 1)
                || acronym(first_code(b)))
        // A second issuer after the first, `655/NQ/UBTVQH14`, `12/NQ/HĐND`.
        || acronym(a) && after_slash(tokens, join, i - 1) && document_code(b)
        // Two words, alternatives or a pair (`và/hoặc`, `tỉnh/TP`, `Phu nhân/Phu quân`,
        // `Hip-hop/Rap`, `C/O`): unspaced 5,001 times, spaced 668, in the 84 MB of Wikipedia
        // (lower-case pairs 2,969 to 195, capitalised ones 892 to 265, a capitalised word after
        // a lower-case one, the closest, 184 to 113), and 397 to none in the news of sets A–I
        // and the pages of the units' count.
        || letters_word(a) && letters_word(b)
        // A rate's area or volume in a chain of them, before a word: `đồng/m2/bước giá` (a
        // news set: twice, never spaced).
        || after_slash(tokens, join, i - 1)
            && RATE_DENOMINATORS.contains(&a)
            && lower_word(b)
            && is_syllable(b)
        // So are two acronyms when one is joined (`S&P / ASX`, as underthesea leaves it; pyvi's
        // `S & P / ASX` is decided at `P`); never a name (`TP.HCM / Hà_Nội`).
        || joined_capitals(a) && joined_capitals(b)
        || lower_word(a) && per_count(tokens, i, a)
        || model_number(a) && model_number(b)
        // A house number with its alley or lot, `12A/3` (Tuổi Trẻ's addresses), and a pair of
        // trains or models, `SE3/4`, `SQN1/2`, `VP6/7` (unspaced 24 times, spaced twice, in
        // Wikipedia).
        || (model_number(a) || letter_code(a)) && is_digits(b)
        // And the other way round, a house's number with a lettered alley, `611/36B` (the news
        // set EW; Wikipedia writes three, never spaced).
        || is_digits(a) && model_number(b)
        // An acronym before a number, a land title's `QSDĐ/503`, `OS/2` (unspaced 73 times,
        // spaced once, in Wikipedia and the news sets).
        || is_digits(b) && acronym(a)
        // A document's number before its issuer's code, `số 522/C46` (a police department's):
        // unspaced 11 times, never spaced, in Wikipedia. Three digits or more: `22 / U23` may
        // be a code's number that VnCoreNLP split off, left to [`code_before_mark`].
        || a.len() >= 3 && is_digits(a) && code_after()
        // Codes: `U22/U23`, `S8/S8+` (unspaced 15 times, spaced once, in Wikipedia), also as
        // VnCoreNLP splits them (`U 22 / U23`, see [`code_before_mark`]).
        || letter_code(a) && code_after()
        || code_before_mark(tokens, i - 1)
        // Round the clock, `24/24h` (17 times in Wikipedia, never spaced).
        || is_number(a) && b.strip_suffix('h').is_some_and(is_hour)
        // A transformer's voltages, `35/220kV`, and other numbers with a unit after the last
        // (Wikipedia: unspaced 17 times, spaced twice).
        || is_number(a) && with_unit(b)
        // A flu virus's type and strain, `A/H5N1`, `A/H1N1`, as news writes them daily (Wikipedia
        // has one such, unspaced).
        || a.len() == 1 && all_caps(a) && flu_strain(b)
        // A lens's aperture, `f/1.8` (unspaced 22 times, spaced once, in Wikipedia).
        || a == "f" && is_number(b)
        || designation(a, b, || first_part_at(tokens, i + 2))
}

/// A comet's or a moon's designation, `C/2020 F3`, `P/2019 LD2`, `S/2004 N1`: one capital, the
/// year of discovery and a code of one or two capitals and one to three digits after it (a
/// held-out news set: 4 times, never spaced; Wikipedia's sample once). Not an initial after a
/// year (`H / 1890 S. Navy`). `a` and `b` are beside the slash, `code` gives the word after `b`
/// (looked for only after a capital and a year).
fn designation<'a>(a: &str, b: &str, code: impl FnOnce() -> &'a str) -> bool {
    if !(matches!(a.as_bytes(), [b'A'..=b'Z']) && matches!(b.as_bytes(), [b'1' | b'2', _, _, _])) {
        return false;
    }
    let code = without_sentence_dot(code());
    let letters = code.trim_end_matches(|c: char| c.is_ascii_digit());
    is_digits(b)
        && (1..=2).contains(&letters.len())
        && letters.bytes().all(|c| c.is_ascii_uppercase())
        && (1..=3).contains(&(code.len() - letters.len()))
}

/// The `/` at `i` after the word `a` is read "per", before a number and a word: per one, or
/// per hundred, of a unit, `miligam/1 lít` (drink-driving news), `phút/1 lượt`, `bé trai/100
/// bé gái`, `ca/100.000 dân` (unspaced 71 times, spaced twice, in Wikipedia), or of a time,
/// whatever the number, `100 mm/3 giờ` (the weather service's rain; Wikipedia: once, unspaced);
/// and, after a
/// Vietnamese word, counts set against each other, `9 mã tăng/18 mã giảm`, `29,1 điểm/3 môn`,
/// `26 bàn/26 trận` (news: 2 to none; Wikipedia: 23 to 7). Not a unit's conversion, `212 km /
/// 132 mi`, spaced. The number is as it stands, not without a sentence's dot, nor with a `/` or
/// `-`: a first run glues the dot of `lít / 1 . mm` to it, and `mã / 3 / 1 km` into `3/1 km`,
/// and a second would then see a unit after `1.` and `3/1`. The word after it may be joined to
/// it (underthesea's `1.250_ca`), which a second run sees apart.
fn per_count(tokens: &[Token], i: usize, a: &str) -> bool {
    let Some(n) = tokens.get(i + 1) else {
        return false;
    };
    let number = n.first_part();
    let word = part_after_first(tokens, i + 1);
    is_number(number)
        && !number.contains(['/', '-'])
        && lower_word(word)
        && (matches!(number, "1" | "10" | "100" | "1.000" | "10.000" | "100.000")
            || is_syllable(a)
            || PER_TIME.contains(&word))
}

/// The issuer part of a document number: `NĐ`, `NĐ-CP`, `QĐ-BGDĐT`, `QĐ-TTg`, and the
/// National Assembly's with its term, `QH13`, `NQ-UBTVQH14` (`17/2012/QH13`: unspaced 61
/// times, spaced twice, in Wikipedia).
fn document_code(t: &str) -> bool {
    t.split('-').all(issuer)
}

/// One part of a document's issuer: `NĐ`, `TTg`, `QH13`.
pub(super) fn issuer(part: &str) -> bool {
    all_caps(part) || acronym(part.trim_end_matches(|c: char| c.is_ascii_digit()))
}

/// `NQ` of `NQ-CP`.
fn first_code(t: &str) -> &str {
    t.split('-').next().unwrap_or(t)
}

/// Token `i` is glued to a `/` before it (inside `12/2024/…`).
pub(super) fn after_slash(tokens: &[Token], join: &[bool], i: usize) -> bool {
    i >= 2 && join[i] && tokens[i - 1].text == "/"
}

/// Token `k` starts an issuer with its slash: `CT/TW` whole, or `CT`, `/`, `TW` (pyvi).
pub(super) fn issuer_with_slash(tokens: &[Token], k: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    let body = |t: &str| acronym(without_sentence_dot(t));
    match text(k).split_once('/') {
        Some((issuer, rest)) => acronym(issuer) && body(rest),
        None => acronym(text(k)) && text(k + 1) == "/" && body(text(k + 2)),
    }
}

/// A house's number with its letter and the number of a house behind it, `12A/3`, which
/// VnCoreNLP's tokenizer (at 66501f4) cuts into `12 A / 3`, as nothing writes it: `k` is the
/// letter's token. Its gaps are closed here and before the letter (see `plain_gap_closes`).
pub(super) fn house_number(tokens: &[Token], k: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    let number = |t: &str, most: usize| (1..=most).contains(&t.len()) && is_digits(t);
    k >= 1
        && matches!(text(k).as_bytes(), [c] if c.is_ascii_uppercase())
        && number(text(k - 1), 4)
        && text(k + 1) == "/"
        && number(without_sentence_dot(text(k + 2)), 3)
}
