//! Dots of abbreviations and initials: `TP . HCM`, `Q. 1`, `v . v .`, `D. C.`, `N . V . A`, and
//! news sites' names (`VTV.vn`); the comma of a ministry's acronym (`VH , TT & DL`).

use super::*;
use crate::segmented::tables::{ABBREVIATION_HEADS, SPLIT_ABBREVIATIONS, TLDS};
use crate::segmented::tokens::{
    dotted_capital, initial, is_letter, is_syllable, parts, Token, Underscored, UNITS_SPLIT,
    WORDS_JOINED,
};

/// `t` without the sentence's final dot that pyvi leaves on a capitalised last word (`° C.`,
/// `đồng / USD.`, `CT / TW.`).
pub(super) fn without_sentence_dot(t: &str) -> &str {
    t.strip_suffix('.').unwrap_or(t)
}

/// pyvi splits `D.C.` and `U.S.` into `D. C.`. Two dotted capitals before a lower-case word or
/// `, ) ; :` are written unspaced 550 times, spaced 136, in the 84 MB of Wikipedia (`Washington,
/// D.C.,`); before a name they are initials, spaced as often as not (`C. H. Wills`), and stay.
/// Before a bracket they are unspaced, a person's in a report (`Captrade N.B.V.H. (tên`, `bà
/// V.T.S. (SN 1970`: 76 times in the news sets, spaced once) or another's (`Washington D.C. (Bắc
/// Mỹ)`), unless they are a [`cited_author`]'s, which stay; an age in the bracket makes them a
/// person's whatever comes first (`gồm: Đ.T.Đ. (28 tuổi), T.H.T. (41 tuổi)`). Three or more
/// are read to the last, which decides for all (`Ảnh: T.T.D.`, a photo credit): unspaced 176
/// times, spaced 15; so is a run ending in a bare capital (see [`last_initial`]). The gap is
/// the one before token `i`. A capital's dot may be a token of its own (`H .`), which the same
/// pass glues to it, so that a second pass finds the same pair; the second capital is a whole
/// token (`D._Irvine` is a name).
#[inline(always)]
pub(super) fn dotted_letters(tokens: &[Token], i: usize) -> bool {
    // Asked first: most tokens are no capital.
    let b = tokens[i].text;
    if !(b.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        || b.starts_with(|c: char| !c.is_ascii() && c.is_uppercase()))
    {
        return false;
    }
    let text = |k: usize| text_at(tokens, k);
    // The token after the dotted capital at `k`.
    let past = |k: usize| match text(k).strip_suffix('.') {
        Some(letter) if initial(letter) => Some(k + 1),
        None if initial(text(k)) && text(k + 1) == "." => Some(k + 2),
        _ => None,
    };
    // The capital may be joined to the next word (`E._coli`, `D._Irvine`), which a second run
    // sees apart: then that word is what follows it.
    let joined = tokens[i].kind != Underscored::No
        && tokens[i]
            .first_part()
            .strip_suffix('.')
            .is_some_and(initial);
    let Some(mut next) = (if joined { Some(i + 1) } else { past(i) }) else {
        return last_initial(tokens, i);
    };
    let Some(first) = dotted_capital_before(tokens, i) else {
        return false;
    };
    // Initials run on (`N. V. A.`, `U. S. A.`): what follows the last one decides for all.
    while let Some(k) = past(next).filter(|_| !joined) {
        next = k;
    }
    let after = next;
    let next = if joined {
        part_after_first(tokens, i)
    } else {
        first_part_at(tokens, after)
    };
    // The last initial, bare (`T`) or dotted inside (`M.T`): [`last_initial`] glues it.
    let last = undotted_initials(next);
    next.is_empty()
        || next.starts_with(char::is_lowercase)
        || next.starts_with([',', ')', ';', ':'])
        || last
        || next == "(" && (age(tokens, after + 1) || !cited_author(tokens, i, after))
        // A dash before the person's role (`thầy N.Đ.T. - phó hiệu trưởng`, `Phạm Đ.T. – tài
        // xế`): unspaced in all 7 such runs of Wikipedia and of the news sets read in session 30.
        || matches!(next, "-" | "–")
        // The United States' `U.S.`, before a name too (`U.S. Navy`): unspaced 331 times in
        // Wikipedia, spaced 9. Not before a capital's dot glued to more (`U. S. U.19`), which a
        // first run saw as a third initial.
        || matches!(tokens[i].first_part(), "S" | "S.")
            && matches!(tokens[first].last_part(), "U" | "U.")
            && (joined || past(i) == Some(after))
            && !matches!(next.as_bytes(), [b'A'..=b'Z', b'.', ..])
}

/// Tokens from `k` are a person's age, `28 tuổi`, or year of birth, `SN 2010` (sinh năm), as a
/// report gives it in brackets after the initials of a name it abbreviates (`gồm: Đ.T.Đ. (28
/// tuổi), T.H.T. (41 tuổi)`, `trưa 11/11, H.V.B. (SN 2010, trú tại`), whatever comes before them.
pub(super) fn age(tokens: &[Token], k: usize) -> bool {
    // The word may carry a mark a first run glues to it (`33 tuổi,`).
    let tuoi = |t: &Token| {
        t.first_part()
            .trim_end_matches(|c: char| c.is_ascii_punctuation())
            == "tuổi"
    };
    is_digits(text_at(tokens, k)) && tokens.get(k + 1).is_some_and(tuoi)
        || text_at(tokens, k) == "SN" && is_digits(first_part(text_at(tokens, k + 1)))
}

/// The initials around token `i` (it and the dotted capitals before it) follow a lower-case
/// Vietnamese word: a person's, as court, police and hospital reports abbreviate names (`ông
/// N.V.H. (68 tuổi)`, `bệnh nhân M.V.L. (nam)`), unspaced before the bracket with the age in
/// all 5 such lines of the news sets; also after a capitalised one that starts the line (`Ông
/// N.V.H. (52 tuổi)`). [`last_initial`] asks it of a bare last initial before a bracket; a run
/// of dotted ones has the wider [`cited_author`] test.
fn after_person_word(tokens: &[Token], i: usize) -> bool {
    let first = first_initial(tokens, i);
    let word = part_before_last(tokens, first);
    // Capitalised only where it starts the line (`Ông N.V.H. (52 tuổi)`, or pyvi's `Ông_N. V.`):
    // elsewhere a capitalised syllable may be a name's.
    let starts_line = match first {
        0 => tokens[0].text.split('_').count() == 2,
        1 => tokens[0].text == word,
        _ => false,
    };
    // A capitalised syllable with a mark is a Vietnamese name's (`Bùi Đ.Q. (Hà Nội)`, `Lê X.H.
    // (SN 1990)`): unspaced before the bracket in all 7 such runs of the news sets; Wikipedia
    // has none either way.
    let vietnamese_name = || !word.is_ascii() && word.starts_with(char::is_uppercase);
    (word.starts_with(char::is_lowercase) || starts_line || vietnamese_name()) && is_syllable(word)
}

/// The first of the initials around token `i` (it and the dotted capitals before it). The word
/// before them may be joined to the first (`ông_P. D`), which a second run sees apart: the run
/// stops there.
fn first_initial(tokens: &[Token], i: usize) -> usize {
    let mut first = i;
    while let Some(k) = dotted_capital_before(tokens, first) {
        first = k;
        if tokens[k].text.contains('_') {
            break;
        }
    }
    first
}

/// The initials around token `i`, before the bracket at token `bracket`, may be a cited
/// author's, which lists of references space as often as not: after a comma or a semicolon
/// (`Kenyon, J. P. (1978)`: in Wikipedia spaced 130 times, unspaced 94), or after a surname in
/// ASCII letters before a year (`Adams K. L. (1989)`: spaced 16 times, unspaced 15). Elsewhere
/// before a bracket Wikipedia leaves them unspaced 41 times, spaced twice (`Washington D.C.
/// (Bắc Mỹ)`; `Whittaker C. R. (chủ biên)`).
fn cited_author(tokens: &[Token], i: usize, bracket: usize) -> bool {
    // A first run glues the comma to the word before.
    let word = part_before_last(tokens, first_initial(tokens, i));
    word.ends_with([',', ';'])
        || word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.is_ascii()
            && text_at(tokens, bracket + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// Token `i` is the last of a person's initials, after two or more with a dot: bare, as pyvi
/// splits `ông P.M.T` (`P. M. T`), or with the one before it, as VnCoreNLP does (`P. M.T`).
/// News abbreviates the name of someone in a court or police report so; Wikipedia writes such a
/// run unspaced 101 times, spaced 6 (`R. J. A`), and never `P. M.T`. After one initial only
/// when a lower-case word follows (`quán N. H ở`: unspaced 24 times, spaced 4; before a name,
/// `J. Smith`, it is the spaced form), or a bracket after a person's word (VnCoreNLP's `anh
/// N.V . T (26 tuổi`, see [`after_person_word`]). Asked by [`dotted_letters`], which has
/// checked that the token starts with a capital. So also before `,`, `;` or `:` (`bà T. N, chủ
/// sạp`: unspaced 30 times, spaced once, in Wikipedia).
fn last_initial(tokens: &[Token], i: usize) -> bool {
    // The initial may be joined to the next word (`C. Y_khoa`), which a second run sees apart.
    let b = tokens[i].first_part();
    // The dotted capitals just before, up to two.
    let dotted = std::iter::successors(dotted_capital_before(tokens, i), |&k| {
        dotted_capital_before(tokens, k)
    })
    .take(2)
    .count();
    if initial(b) {
        let next = part_after_first(tokens, i);
        dotted == 2
            || dotted == 1
                && (next.starts_with(char::is_lowercase)
                    || matches!(next, "," | ";" | ":")
                    || next == "(" && (after_person_word(tokens, i) || age(tokens, i + 2)))
    } else {
        dotted >= 1 && b.contains('.') && undotted_initials(b)
    }
}

/// Where the dotted capital that ends just before token `k` starts: `P.` (token `k - 1`, or its
/// last part), or `P .` (token `k - 2`), the dot pyvi split off, which the same pass glues to it,
/// so that a second pass finds the same. The dot must stand alone: `_.` ends no capital.
fn dotted_capital_before(tokens: &[Token], k: usize) -> Option<usize> {
    if k >= 1 && dotted_capital(tokens[k - 1].last_part()) {
        Some(k - 1)
    } else if k >= 2 && tokens[k - 1].text == "." && undotted_initials(tokens[k - 2].last_part()) {
        Some(k - 2)
    } else {
        None
    }
}

/// Capitals with a dot between each two and none after: `H`, `T.T` (VnCoreNLP splits the dots
/// after the first initials off `T.T.D.`: `T.T . D .`).
pub(in crate::segmented) fn undotted_initials(t: &str) -> bool {
    t.split('.').all(initial)
}

/// The gap before token `i` is inside an abbreviation of two capitals that VnCoreNLP splits
/// after its first (`TX.Kỳ Anh` → `T X.Kỳ Anh`, `QL.279D` → `Q L. 279D`, `KP.2` → `K P. 2`;
/// it keeps the abbreviations of its own list whole, `TP.`, `TT.`), or after the dot of such an
/// abbreviation, where [`dotted`] decides for the whole abbreviation (`QL.279D`, `KP.2`).
/// Published text never spaces a town's `TX.` or a road's `QL.` after their first letter. So
/// is an associate professor's `PGS.` before two more titles, which VnCoreNLP splits so too
/// (`PGS.TS.BS` → `P GS.TS . BS`; `PGS.TS` it keeps whole).
pub(super) fn split_abbreviation(tokens: &[Token], i: usize) -> bool {
    let split = |k: usize| {
        let (Some(first), Some(rest)) = (tokens.get(k), tokens.get(k + 1)) else {
            return None;
        };
        // The first letter may end a word joined to it (`ở_K P. 2`), apart in a second run.
        let ([first], [second, b'.', ..]) = (first.last_part().as_bytes(), rest.text.as_bytes())
        else {
            return None;
        };
        SPLIT_ABBREVIATIONS
            .iter()
            .find(|abbreviation| abbreviation.as_bytes() == [*first, *second])
    };
    split(i - 1).is_some()
        || tokens[i - 1].text == "P" && tokens[i].text.starts_with("GS.")
        || i >= 2
            && tokens[i - 1].text.len() == 2
            && split(i - 2).is_some_and(|abbreviation| dotted(abbreviation, tokens.get(i)))
}

/// An abbreviation's dot that a producer split from what follows: `a` ends in it (`TP. HCM`,
/// see [`dotted`]). underthesea keeps a district's unit on the name after it as published,
/// whole or spaced (`TP.Thủ_Đức`, `TP. Hải_Phòng`), which news writes both ways (in the sets AT,
/// AW, AX and AY, `TP.` before a city's name unspaced 7 times, spaced 10): after it
/// (`UNITS_SPLIT`), such a gap stays. (A second run decides the same: the name is no longer
/// one joined word. Not so an acronym's, `TP. HCM`, which underthesea also keeps as published,
/// but which a second run, no longer seeing underthesea, would glue.) `next` is the tokens after
/// the dot.
pub(super) fn abbreviation_dot(a: &str, next: &[Token], seen: u16) -> bool {
    a.strip_suffix('.').is_some_and(|a| {
        let name = || district(a, next.first()) || place_words(a, next);
        (dotted(a, next.first()) || seen & WORDS_JOINED != 0 && place_words(a, next))
            && !(seen & UNITS_SPLIT != 0 && name())
    })
}

/// pyvi leaves many places' names unjoined (`P. Bãi Cháy`, `Q. Cầu Giấy`, `H. Krông Nô`):
/// after `Q.`, `P.` and `H.`, two capitalised words are a name too, syllables or a highland
/// name's words with a mark (`Krông`, `Đắk`), which the news sets write unspaced 176 times,
/// spaced 10 (not after `TP.`: 134 to 166). Only in a line with joined words (`WORDS_JOINED`):
/// underthesea keeps such a unit on its name as published (see [`abbreviation_dot`]), and a
/// second run over its output, which no longer shows underthesea, must leave `Q. Tân Bình` as
/// the first did; that output has no joined words.
fn place_words(unit: &str, next: &[Token]) -> bool {
    let place_word = |p: &str| {
        let mut chars = p.chars();
        chars.next().is_some_and(char::is_uppercase)
            && !chars.any(char::is_uppercase)
            && (is_syllable(p) || !p.is_ascii() && p.chars().all(is_letter))
    };
    let mut words = next.iter().take(2).flat_map(|t| parts(t.text));
    matches!(unit, "Q" | "P" | "H")
        && words.next().is_some_and(place_word)
        && words.next().is_some_and(place_word)
}

/// The letters `a` of an abbreviation and `b` after its dot are written unspaced: `TP.HCM` (see
/// [`abbreviation`]), `V.League` ([`league`]), `Q.1`, `KP.2`, `U.23` ([`abbreviation_number`]),
/// `Q.Tân Bình` ([`district`]). pyvi splits them into `TP. HCM`; `TP . HCM`, the dot on its
/// own, is the infix form of the same rules: left as `TP. HCM`, a second run would glue it.
/// `next` is the token after the dot.
pub(super) fn dotted(a: &str, next: Option<&Token>) -> bool {
    // Each rule wants letters before the dot: most dots are a sentence's, with none.
    if a.is_empty() {
        return false;
    }
    let b = next.map_or("", |t| t.first_part());
    abbreviation(a, b)
        // `T.Ư` (trung ương), which pyvi splits: never spaced in Wikipedia and the news sets.
        || a == "T" && b == "Ư"
        // The retailer Saigon Co.op and its stores (`Co.opmart`, `Co.opXtra`), which every
        // producer splits after the dot.
        || a == "Co" && b.starts_with("op")
        || league(a, b)
        || abbreviation_number(a, b)
        || district(a, next)
        || site_name(a, b)
}

/// A news site's name, `VTV.vn`, `ANTD.VN`, `VOH.COM.VN`, which opens its articles (`VTV.vn -
/// Sau …`): pyvi leaves the dot on the capitals and splits the rest off, `VTV. vn`. (Names not
/// all capitals it splits on both sides, `Zing . vn`: see [`split_address`].) `a` is the name,
/// `b` what follows the dot: a top-level domain, in lower case or, as these sites write it,
/// `VN`, `COM`, `NET` (with the dot before the next piece, `VOH. COM. VN`). No sentence starts
/// with a lower-case `vn`, and `VN` after a sentence's last acronym is rare. Capitals only: a
/// first run glues `D 8 . vn`'s code into `D8`, and a second run must not glue `D8. vn` where
/// the first left `8 . vn`.
fn site_name(a: &str, b: &str) -> bool {
    // The name first: most dots end a sentence's last word, in lower case.
    a.len() >= 2
        && a.bytes().all(|c| c.is_ascii_uppercase())
        && (TLDS.contains(&b) || matches!(b, "VN" | "COM" | "COM." | "NET" | "NET."))
}

/// News abbreviates the district-level unit before a place's name and writes it unspaced:
/// `Q.Tân Bình` (quận), `P.Bến Thành` (phường), `H.Củ Chi` (huyện), `X.` (xã), `TX.` (thị xã),
/// `TT.` (thị trấn), `TP.` (thành phố). pyvi and VnCoreNLP split it into `Q. Tân_Bình`;
/// underthesea keeps it. In a sample of 148 news pages such forms were unspaced 78 times, spaced
/// 8; the crawl pyvi's diacritics model was trained on has them for a dozen places (`q.tan`,
/// `p.ben`); Wikipedia spaces most (`P. ` 110 to 54, `H. ` 63 to 12), but the text to restore is
/// news. So with `TP.` before a city's name (`TP.Đà Nẵng`, `TP.Thủ Đức`): the six news sets of
/// session 28 (3,322 sentences) write it unspaced 59 times on 35 pages, spaced never (three
/// lines to two in the 686 sentences of the first sets; Wikipedia spaces it 216 times to 53).
/// The name must be one joined word of capitalised syllables: an initial before a name (`H.
/// Wills`, `T. Hạnh`) is spaced, and no segmenter joins `Robert_Horvitz`'s parts into syllables.
/// One name is the exception: the largest city's in full, `TP. Hồ Chí Minh`, is spaced (the
/// 13 sets of session 29: 15 times to 1, on pages of 7 sets; Wikipedia 98 to 19), where its
/// short form is not (`TP.HCM`).
pub(super) fn district(unit: &str, next: Option<&Token>) -> bool {
    district_unit(unit)
        && next.is_some_and(|t| {
            matches!(t.kind, Underscored::Joined { .. })
                && parts(t.text).all(|p| p.starts_with(char::is_uppercase) && is_syllable(p))
                && !t.text.starts_with("Hồ_Chí")
        })
}

/// The units of [`district`]. pyvi also joins one to the name, `P._Phương_Liệt`: the tokenizer
/// splits that `_` for the rule.
pub(in crate::segmented) fn district_unit(t: &str) -> bool {
    matches!(t, "Q" | "P" | "H" | "X" | "TX" | "TT" | "TP" | "Tp")
}

/// An abbreviation that heads another one, `TP.HCM`, `PGS.TS`, `TR.CN` (see
/// [`ABBREVIATION_HEADS`]), then at least 2 capitals (a final dot allowed) or a specialist's
/// level (`BS.CK2`, see [`specialist_level`]). Not any capitals before a dot: most end a
/// sentence, and the next may start with an acronym (`1 tỷ USD. EU áp thuế`, `từ IBM. IBM
/// đang`). (`ASP.NET` is glued as a site's name is, see [`site_name`].)
pub(super) fn abbreviation(a: &str, b: &str) -> bool {
    let b = b.trim_end_matches('.');
    // Heads may run on, `GS.TS.BS`, `TS.BS.CKII`, which VnCoreNLP splits before the last dot.
    abbreviation_heads(a) && (b.chars().count() >= 2 && all_caps(b) || matches!(b, "CK1" | "CK2"))
}

/// Abbreviations of [`ABBREVIATION_HEADS`], one or a run of them with dots between (`GS.TS.BS`).
pub(in crate::segmented) fn abbreviation_heads(a: &str) -> bool {
    a.split('.').all(|head| ABBREVIATION_HEADS.contains(&head))
}

/// A doctor's specialist level, chuyên khoa cấp 1 or 2, after the title: `BS.CK2` as news
/// writes it (the news sets: 4 times, spaced never; with a roman numeral, `BS.CKII`, 6 times,
/// never spaced), which pyvi splits after the dot (`BS. CK2`, glued by [`abbreviation`]), and
/// underthesea and VnCoreNLP before the digit, `BS.CK 2`: the gap before `b`.
pub(super) fn specialist_level(a: &str, b: &str) -> bool {
    matches!(b, "1" | "2") && a.strip_suffix(".CK").is_some_and(abbreviation_heads)
}

/// Vietnam's football league, `V.League` (51 times in Wikipedia, never spaced), which pyvi
/// writes `V._League` (split there for this rule by the tokenizer), and Japan's, `J.League` (as
/// the league writes its name; the news sets read by session 45 write it so 6 times on two
/// pages, never spaced, though Wikipedia spaces it 16 times to 15). Other initials before a
/// name are spaced (`J. Smith`). `initial` is the letter without its dot.
pub(in crate::segmented) fn league(initial: &str, b: &str) -> bool {
    matches!(initial, "V" | "J") && b == "League"
}

/// pyvi splits `Q.1` (quận 1) and `P.5` (phường 5) into `Q. 1`; published text writes them
/// unspaced. Every producer splits an age group as Tuổi Trẻ writes it, `U.23` (`U. 23`), which
/// nothing writes spaced (Wikipedia writes `U23`). Video codecs, `H.264`, `H.265` (21 times in
/// Wikipedia, never spaced; a district's `H.` comes before a name); a quarter's roman numeral
/// before its year. `letter` is the abbreviation without its dot.
pub(in crate::segmented) fn abbreviation_number(letter: &str, b: &str) -> bool {
    match letter {
        // `KP.2`: a khu phố (quarter) of a ward, in addresses; `KV.8`, a khu vực (area).
        "Q" | "P" | "KP" | "KV" => is_digits(b),
        // A national road, quốc lộ, `QL.1A`, `QL.279D` (in Wikipedia and the news sets unspaced 7
        // times, never spaced), and a provincial one, đường tỉnh, `ĐT.741` (9 times, never).
        "QL" | "ĐT" => {
            let letter = b.trim_start_matches(|c: char| c.is_ascii_digit());
            letter.len() < b.len() && (letter.is_empty() || initial(letter))
        }
        "U" => b.len() == 2 && is_digits(b),
        "H" => matches!(b, "261" | "262" | "263" | "264" | "265" | "266"),
        // A year's quarter, `quý I.2020` (the news set CC three times, never spaced; Wikipedia
        // writes neither), or in business news `Q2.2025`, which every producer splits after
        // the dot.
        "I" | "II" | "III" | "IV" | "Q1" | "Q2" | "Q3" | "Q4" => year(b),
        _ => false,
    }
}

/// A year of the last two centuries, `1975`, `2025`.
fn year(t: &str) -> bool {
    t.len() == 4 && (t.starts_with("19") || t.starts_with("20")) && is_digits(t)
}

/// A year's quarter as business news writes it, `Q1/2025`, `Q2.2025`, which VnCoreNLP splits
/// after its letter, `Q 1/2025` (nothing writes it so): the gap before token `i`. Also with the
/// separator split off too, `Q 1 / 2025`, which a first run would leave as `Q 1/2025` for a
/// second (the dot's gaps are [`quarter_dot`]'s).
pub(super) fn quarter_of_year(tokens: &[Token], i: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    let b = text(i);
    tokens[i - 1].text == "Q"
        && match b.as_bytes() {
            [b'1'..=b'4', b'/' | b'.', ..] => year(&b[2..]),
            [b'1'..=b'4'] => matches!(text(i + 1), "/" | ".") && year(text(i + 2)),
            _ => false,
        }
}

/// The dot of a quarter split apart, `Q 2 . 2025`, token `i`: glued with its year, as a
/// second run would glue `Q2. 2025` (see [`abbreviation_number`]).
pub(super) fn quarter_dot(tokens: &[Token], i: usize) -> bool {
    let text = |k: usize| text_at(tokens, k);
    i >= 2
        && matches!(text(i - 1), "1" | "2" | "3" | "4")
        && text(i - 2) == "Q"
        && year(text(i + 1))
}

/// pyvi splits `v.v.` (vân vân, "etc.") into `v . v .`; the dots attach as closing marks, this
/// closes the gap before the second `v`. (Not one `v. v.` in 30 MB of Wikipedia; `v.v.` 241 times.)
pub(super) fn vv(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 2].text == "v"
        && tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.text, "." | "..." | "…"))
}

/// The comma inside the acronym of a ministry or department named for three fields, `Sở
/// VH,TT&DL` (Văn hóa, Thể thao và Du lịch), `Bộ LĐ,TB&XH`, which every producer splits off
/// (`VH , TT & DL`, VnCoreNLP's `VH , TT&DL`): the `,` at `i`, between two or three capitals and
/// capitals joined by `&` (the news sets write it unspaced 2 times, never spaced; Wikipedia
/// writes neither). A list of acronyms has no `&` after its comma.
pub(super) fn ministry_comma(tokens: &[Token], i: usize) -> bool {
    let capitals = |t: &str| (2..=3).contains(&t.chars().count()) && code_capitals(t);
    // The first part of a token: underthesea joins the acronym to the place after it
    // (`TB&XH_Hà_Tĩnh`).
    let next = first_part_at(tokens, i + 1);
    // The `&` first: asked at commas after a capital (`USD ,`), which have none.
    (next.contains('&') || text_at(tokens, i + 2) == "&")
        && capitals(tokens[i - 1].last_part())
        && match next.split_once('&') {
            Some((first, second)) => code_capitals(first) && capitals(without_sentence_dot(second)),
            None => {
                code_capitals(next)
                    && text_at(tokens, i + 2) == "&"
                    && capitals(without_sentence_dot(first_part_at(tokens, i + 3)))
            }
        }
}
