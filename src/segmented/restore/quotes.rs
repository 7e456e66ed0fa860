//! Quotes and apostrophes: straight quotes paired within the line, apostrophes inside words and
//! names (`don ' t`, `Cha’`), and the marks of minutes and seconds (`12 ° 52 ' 10 "`).

use super::*;
use crate::segmented::tables::{
    APOSTROPHE_NAME_PREFIXES, APOSTROPHE_PARTICLES, CLOSING, CONTRACTION_ENDINGS,
};
use crate::segmented::tokens::{is_number, is_syllable, Token, ONLY_MARKS};

/// Role of a straight quote found by pairing quotes within the line.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Quote {
    None,
    Open,
    Close,
    /// An apostrophe inside a word (`Bahá ' í`): both gaps close.
    Inner,
}

/// Opens the gaps between two tokens of `'` only (`' ' '`), but inside a split `''` that
/// [`pair_quotes`] paired (see [`split_double`]): glued, they would make a `''` or `'''`, which
/// a second run pairs as a quote of its own.
pub(super) fn keep_apostrophes_apart(tokens: &[Token], quotes: &[Quote], join: &mut [bool]) {
    for i in 1..tokens.len() {
        if only(tokens[i - 1].text, &['\''])
            && only(tokens[i].text, &['\''])
            && !(quotes[i] != Quote::None && split_double(tokens, i - 1))
        {
            join[i] = false;
        }
    }
}

/// Tokens `i` and `i + 1` are a `''` (see [`pair_quotes`]) that a producer split: every one of
/// them writes `''nóng''` as `' ' nóng ' '`, and published text has no `' '` (twice in the 84 MB
/// of Wikipedia, against 32 lines with `''`). Not beside another `'`: a token before that ends
/// in one or after that starts with one (`' ' '`, `' ' 'x`), whose ends gluing leaves as they
/// are, so that a second run decides the same.
fn split_double(tokens: &[Token], i: usize) -> bool {
    tokens[i].text == "'"
        && text_at(tokens, i + 1) == "'"
        && !(i > 0 && tokens[i - 1].text.ends_with('\''))
        && !text_at(tokens, i + 2).starts_with('\'')
}

/// Straight `"` (and `'` that is not an apostrophe, and `''`, which some sites write for `"`:
/// `''nóng''`, in Wikipedia unspaced inside 24 times to 15; split into `' '`, see [`split_double`],
/// the second `'` takes the role of the first) are paired within the line, each kind apart: odd
/// ones open, even ones close. An unmatched last quote opens when it starts the line (a quotation
/// running on past the sentence, or closed by a curly quote: `" Nhưng … lui ”`), closes when only
/// closing punctuation follows it, opens after a colon (`nói : " Tôi …`; Wikipedia has the quote
/// attached after a colon 1004 times, spaced 7). Elsewhere a `"` closes before a sentence mark
/// (`vui " , bà nói`) or a dash (`năm 2017 " - ông Mỹ nói`: in Wikipedia `2017" - ông` 470 times,
/// `2017 "-ông` 22) or after an open curly quote (see [`curly_quote_open`]), and opens before a
/// word (`là " Tổ quốc`), as in lines of Wikipedia with an odd number of `"`: closing 494 times
/// before a mark, opening 18; before a word, opening 1118 times, closing 422 (a sentence of a
/// quotation split into sentences has one). For a `'` there, see [`lone_apostrophe`]. Not paired: a
/// `'` inside a foreign word (see [`inner_apostrophe`]), a goal's minute (see [`minute_mark`]), and
/// a quote beside an `_` that ends or starts a token (see [`underscore_gap`]).
pub(super) fn pair_quotes(tokens: &[Token], facts: &LineFacts) -> Vec<Quote> {
    let mut roles = vec![Quote::None; tokens.len()];
    // The quotes to pair of each kind, `"`, `'` and `''`, found in one pass over the tokens.
    let mut kinds: [Vec<usize>; 3] = Default::default();
    const APOSTROPHE: usize = 1;
    const DOUBLE: usize = 2;
    // The tokens a quote at `i` takes: two for a split `''`.
    let width = |i: usize| 1 + usize::from(split_double(tokens, i));
    for (i, t) in tokens.iter().enumerate() {
        let kind = match t.text.as_bytes() {
            b"\"" => 0,
            b"'" if i > 0 && split_double(tokens, i - 1) => continue,
            b"'" if split_double(tokens, i) => DOUBLE,
            b"'" => APOSTROPHE,
            b"''" => DOUBLE,
            _ => continue,
        };
        let apostrophe = kind == APOSTROPHE;
        // A quote that cannot be glued on one side is not paired: left alone, it would be
        // paired differently by a second run, once the others are glued.
        if i > 0 && underscore_gap(tokens, i)
            || underscore_gap(tokens, i + width(i))
            || apostrophe && contraction(tokens, i, facts)
        {
            continue;
        }
        let at = &mut kinds[kind];
        if apostrophe && inner_apostrophe(tokens, i) {
            roles[i] = Quote::Inner;
        } else if apostrophe && at.len() % 2 == 0 && minute_mark(tokens, i) || angle_mark(tokens, i)
        {
            roles[i] = Quote::Close;
        } else {
            at.push(i);
        }
    }
    // A quote before a sentence mark or a dash (`vui " , bà nói`, `2017 " - ông Mỹ nói`).
    let before_mark =
        |next: usize| tokens[next].has(ONLY_MARKS) || matches!(tokens[next].text, "-" | "–" | "—");
    for (kind, mut at) in kinds.iter().map(Vec::as_slice).enumerate() {
        // Of an odd number of `"`, a first one before a mark or dash closes a quotation begun in
        // an earlier sentence (`vui " - Việt Hoa … tập 76 " Hương vị " lên sóng`): the others
        // pair after it. (In lines of Wikipedia with an odd number of `"`, such a first one is
        // attached to the word before it 78 times, spaced from it 9.)
        // Of an odd number of `"`, one that opens the line opens a quotation that goes on past
        // its sentence (`" Chạy nhiều thì đơn mới " nổ " nhiều .`): the others pair after it.
        // The news sets have five such lines, each so; Wikipedia's lines so opened pair the
        // first with the second about as often as not.
        // So does one after a colon, when the next two quote a few words between words: the
        // quotation goes on past its sentence and holds a shorter quote (`chia_sẻ : " Mình …
        // đội trật_tự đến " dọn " , dần_dần …`). Lines of Wikipedia and the news sets with an
        // odd number of `"`, the first after a colon and the second between words, the third
        // within five words of it: the first opened a quotation left open 11 times, and was
        // paired with the second once.
        // Or, a `"` where one would open, whose quotation a curly `”` closes before the next `"`,
        // opens it: `Một " cuộc tấn_công vô_cớ ” … đã " đáp trả " khiến`, `là " Đúng … sai " ,
        // " Vì em quá yêu anh ” và " Anh chưa biết_đâu "` (2 lines of 2,700 of news). The others
        // pair without it.
        let without: Vec<usize>;
        if let [first, rest @ ..] = at {
            if kind != APOSTROPHE && rest.len() % 2 == 0 && !rest.is_empty() {
                let curly_closed = |n: usize| {
                    let inside = &tokens[at[n] + width(at[n])..at[n + 1]];
                    let curly = |c: char| inside.iter().any(|t| t.text.contains(c));
                    curly('”') && !curly('“')
                };
                let next = first + width(*first);
                if *first > 0 && before_mark(next) {
                    roles[*first..next].fill(Quote::Close);
                    at = rest;
                } else if kind == 0
                    && (*first == 0
                        || tokens[first - 1].text.ends_with(':') && short_quote(tokens, rest))
                {
                    roles[*first..next].fill(Quote::Open);
                    at = rest;
                } else if let Some(n) = (0..rest.len())
                    .step_by(2)
                    .find(|&n| kind == 0 && curly_closed(n))
                {
                    roles[at[n]..at[n] + width(at[n])].fill(Quote::Open);
                    without = [&at[..n], &at[n + 1..]].concat();
                    at = &without;
                }
            }
        }
        for (n, &i) in at.iter().enumerate() {
            let unmatched = n + 1 == at.len() && n % 2 == 0;
            let next = i + width(i);
            let role = if !unmatched {
                [Quote::Open, Quote::Close][n % 2]
            } else if i == 0 {
                Quote::Open
            } else if tokens[next..].iter().all(|t| only(t.text, CLOSING)) {
                Quote::Close
            } else if tokens[i - 1].text.ends_with(':') {
                Quote::Open
            } else if kind == APOSTROPHE {
                lone_apostrophe(tokens, i)
            } else if before_mark(next) || curly_quote_open(&tokens[..i]) {
                Quote::Close
            } else {
                Quote::Open
            };
            roles[i..next].fill(role);
        }
    }
    roles
}

/// The first two of the `"` at `rest` quote at most five tokens, and the first of them stands
/// between words, where a quote opens (see [`pair_quotes`]).
fn short_quote(tokens: &[Token], rest: &[usize]) -> bool {
    let (open, close) = (rest[0], rest[1]);
    close - open <= 6
        && tokens[open - 1].text.ends_with(char::is_alphanumeric)
        && tokens[open + 1].text.starts_with(char::is_alphanumeric)
}

/// A `'` at `i` after a number and before a closing bracket or sentence mark, where it would
/// open a quotation: the minutes of a goal, `Công Phượng ( 57 ' )`, which every producer splits
/// off. A quotation opens before a word, never before `)` or `,`; a `'` that closes one after
/// a number (`' Số 7 ' )`) is paired as before. After a time it is a minute's mark wherever it
/// stands (`lúc 10h50 ' hôm_nay`), also when VnCoreNLP split its last digit off (`19h4 7 '`,
/// see [`split_minutes`]).
fn minute_mark(tokens: &[Token], i: usize) -> bool {
    i > 0
        && (time_ends_at(tokens, i - 1)
            || i >= 2 && split_minutes(tokens[i - 2].text, tokens[i - 1].text)
            || is_number(tokens[i - 1].text)
                && (tokens.get(i + 1).is_some_and(mark_or_close) || goal_minutes(tokens, i - 1)))
}

/// The number at `k` is one of a list of minutes after `phút`, each with its mark: `ở các phút
/// 23 ' và 67 '`, `phút 12 ' , 45 '`, where a `'` after it is a minute's mark before a word too.
/// The list is looked at over its last 24 tokens (eight goals): looked at from every number of
/// a line of `5 ' 5 ' …`, the whole of it made that line's restoration quadratic.
fn goal_minutes(tokens: &[Token], k: usize) -> bool {
    let in_list = |t: &&str| matches!(*t, "'" | "," | "và") || is_number(t);
    tokens[k.saturating_sub(24)..k]
        .iter()
        .rev()
        .map(Token::last_part)
        .find(|t| !in_list(t))
        == Some("phút")
}

/// A curly `“` is open at the end of `tokens`: a lone straight `"` after it closes it, as the
/// writer meant (`về tội “ Lừa_đảo … tài_sản " và “ Làm …”`). In Wikipedia's lines with an odd
/// number of `"`, the last one after an open `“` closes it 29 times, opens none.
fn curly_quote_open(tokens: &[Token]) -> bool {
    let mut open = 0i32;
    for t in tokens {
        for c in t.text.chars() {
            match c {
                '“' => open += 1,
                '”' => open -= 1,
                _ => {}
            }
        }
    }
    open > 0
}

/// The role of an unmatched `'` at `i` inside a line, from Wikipedia's lines with one `'`.
/// After a word ending in `s` it closes a possessive (`Girls ' Generation`, `Burns ' Night`:
/// `Girls' Generation` 185 times, otherwise 8; no Vietnamese syllable ends in `s`). Between a
/// letter and a lower-case word it is inside a word (`Bahá ' í`, `man ' yōgana`, `Pe ' er`:
/// unspaced 553 times, spaced 19), unless both sides are Vietnamese syllables: `từ ' định`
/// opens a quotation closed by another mark. Otherwise, or next to a token that is no word
/// (`max_length`, see [`becomes_words`]), it keeps its spaces (`Howlin ' Wolf`).
fn lone_apostrophe(tokens: &[Token], i: usize) -> Quote {
    let Some((a, b)) = apostrophe_sides(tokens, i) else {
        return Quote::None;
    };
    if a.len() >= 2 && a.ends_with('s') {
        Quote::Close
    } else if b.starts_with(char::is_lowercase) && !(is_syllable(a) && is_syllable(b)) {
        Quote::Inner
    } else {
        Quote::None
    }
}

/// The letters on each side of a `'` at `i` (`0 < i < tokens.len() - 1`), when both are words
/// (see [`becomes_words`]): without what a first run glues to them (`(từ`, `là,`, `Mát-xcơ`),
/// so that a second run decides the same.
fn apostrophe_sides<'a>(tokens: &[Token<'a>], i: usize) -> Option<(&'a str, &'a str)> {
    let (before, after) = (&tokens[i - 1], &tokens[i + 1]);
    let not_letter = |c: char| !c.is_alphabetic();
    let a = before.last_part().rsplit(not_letter).next().unwrap_or("");
    let b = after.first_part().split(not_letter).next().unwrap_or("");
    (becomes_words(before) && becomes_words(after) && !a.is_empty() && !b.is_empty())
        .then_some((a, b))
}

/// A `'` between two words that are not Vietnamese syllables, before a lower-case one:
/// inside a foreign word (`Bahá ' ís`, `Al-Qā ' idah`, `J ' accuse`), wherever it stands
/// among the line's quotes; it is not paired. Not after an `s` (a possessive, `Marines '
/// hymn`), nor beside a word quoted alone (`Kubuntu ' metapackage ' lên`, `the ' big ' deal`).
fn inner_apostrophe(tokens: &[Token], i: usize) -> bool {
    0 < i
        && i + 1 < tokens.len()
        && text_at(tokens, i + 2) != "'"
        && (i < 2 || tokens[i - 2].text != "'")
        && apostrophe_sides(tokens, i).is_some_and(|(a, b)| {
            b.starts_with(char::is_lowercase)
                && !a.ends_with('s')
                && !is_syllable(a)
                && !is_syllable(b)
        })
}

/// The mark of degrees, minutes or seconds at `i` between two numbers: a race's time in minutes,
/// seconds and hundredths (`8’05”55`, `22”27`, `4′19″42`) or an angle (`12°52’15"`), which
/// every producer splits at each mark (`8 ’ 05 ” 55`). The marks after a number before another
/// one are unspaced 97 times, spaced 6, in the news sets and Wikipedia; `°` before minutes 245
/// times, spaced 11. The number after is two digits (one or two before a minute's `’`); a
/// closing quote after a year before a number (`năm 2020 ” 15`) is not taken.
pub(super) fn sexagesimal(tokens: &[Token], i: usize) -> bool {
    let after = text_at(tokens, i + 1);
    match tokens[i].text {
        "°" => {
            is_number(text_at(tokens, i - 1))
                && one_or_two_digits(after)
                && matches!(text_at(tokens, i + 2), "’" | "′" | "'")
        }
        // A straight `'` marks minutes only in an angle; elsewhere it is a quote.
        "'" => angle_mark(tokens, i) && two_digits(after),
        _ => one_or_two_digits(text_at(tokens, i - 1)) && two_digits(after),
    }
}

/// A straight `'` or `"` that marks an angle's minutes or seconds (`12 ° 52 ' 15 "`, see
/// [`sexagesimal`]), not a quote: [`pair_quotes`] leaves it out and glues it to its number.
fn angle_mark(tokens: &[Token], i: usize) -> bool {
    let number_at = |k: usize| one_or_two_digits(text_at(tokens, k));
    i >= 2
        && number_at(i - 1)
        && match tokens[i].text {
            "'" => text_at(tokens, i - 2) == "°",
            "\"" => {
                i >= 4
                    && matches!(text_at(tokens, i - 2), "'" | "’" | "′")
                    && number_at(i - 3)
                    && text_at(tokens, i - 4) == "°"
            }
            _ => false,
        }
}

/// `' / ’` inside `don ' t`, `it ' s`, `O ' Neill`, `D ' Angelo`, `d ' Erlon`.
pub(super) fn contraction(tokens: &[Token], i: usize, facts: &LineFacts) -> bool {
    let (Some(a), Some(b)) = (
        i.checked_sub(1).and_then(|j| tokens.get(j)),
        tokens.get(i + 1),
    ) else {
        return false;
    };
    // `I ' ve_sound` stays: glued, `I've_sound` would read as a name joined to a word.
    let plain_words = becomes_words(a) && becomes_words(b);
    let (a, b) = (last_part(a.text), first_part(b.text));
    plain_words
        && (a.bytes().all(|c| c.is_ascii_alphabetic())
            && !a.is_empty()
            && (CONTRACTION_ENDINGS.contains(&b)
                || b.len() == 1 && b.bytes().all(|c| c.is_ascii_lowercase()) // Shi ' a, Baha ' i
                || APOSTROPHE_NAME_PREFIXES.contains(&a) && b.starts_with(char::is_alphabetic)
                // Any other capital before a name (`R ' Bonney`, `B ' Lao`: unspaced in
                // Wikipedia 5 times, never spaced), but `A` and `I`, English words.
                || matches!(a.as_bytes(), [b'B'..=b'Z'] if a != "I")
                    && b.starts_with(char::is_uppercase)
                // `A` before a name of the Central Highlands, `A ' Rơng` (a news set: 7 times
                // on a page, never spaced): a capitalised word with Vietnamese letters, the
                // line's only `'` (not an English word, nor a word quoted, `A ' Đẹp '`).
                || a == "A"
                    && b.starts_with(char::is_uppercase)
                    // Letters, not marks a first run glued on (`O…`).
                    && b.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
                    // (Counted to the second: a line of many is not scanned for each.)
                    && tokens.iter().filter(|t| t.text == "'").take(2).count() == 1
                || APOSTROPHE_PARTICLES.contains(&a) && b.starts_with(char::is_uppercase))
            || highland_name(tokens, i, a, b, facts))
}

/// A curly `’` inside a name of the Central Highlands or the Khmer south, `Cha’lăng`, `G’lao`,
/// `Pơr’ning`, `Kh’Leang`, `R’tíh` (pyvi and VnCoreNLP split it off): a capitalised word of up to
/// three letters before it (not the English `A` and `I`), a word after. Unspaced 32 times, never
/// spaced, in the news sets read by session 34; 156 times to 8 in Wikipedia (`O’Neill`,
/// `Qur’an`). Not after a `‘` in the line, where it may close a quotation (`‘Việt Nam’ là`).
fn highland_name(tokens: &[Token], i: usize, a: &str, b: &str, facts: &LineFacts) -> bool {
    tokens[i].text == "’"
        && a.starts_with(char::is_uppercase)
        && a.chars().count() <= 3
        && a.chars().all(char::is_alphabetic)
        && !matches!(a, "A" | "I")
        && b.starts_with(char::is_alphabetic)
        && facts.first_open_quote(tokens) >= i
}
