//! TEMPORARY stand-in for `crate::syllable::is_syllable` (branch `tone`); removed once that lands.

use unicode_normalization::UnicodeNormalization;

const INITIALS: [&str; 27] = [
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];
const FINALS: [&str; 8] = ["ch", "ng", "nh", "c", "m", "n", "p", "t"];
const OPEN: &str = "a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu ia ua ưa oa oe uy uê uơ iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu";
const CLOSED: &str = "a ă â e ê i o ô ơ u ư iê yê uô ươ oa oă oe uâ uê uy oo ôô uyê";

pub(crate) fn is_syllable(word: &str) -> bool {
    let mut tones = 0;
    let mut tone = ' ';
    let base: String = word
        .nfd()
        .filter(|&c| {
            let t = matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
            if t {
                tones += 1;
                tone = c;
            }
            !t
        })
        .nfc()
        .collect();
    let lower = base.to_lowercase();
    let upper = base.to_uppercase();
    let mut cs = base.chars();
    let title =
        cs.next().is_some_and(|c| c.is_uppercase()) && cs.as_str().to_lowercase() == cs.as_str();
    if tones > 1 || !(base == lower || base == upper || title) {
        return false;
    }
    if !lower
        .chars()
        .all(|c| "abcdđeghiklmnopqrstuvxyăâêôơư".contains(c))
    {
        return false;
    }
    let mut rest = lower.as_str();
    if let Some(i) = INITIALS.iter().find(|i| rest.starts_with(*i)) {
        let after = &rest[i.len()..];
        let gi_alone = *i == "gi" && !after.starts_with(|c: char| "aăâeêioôơuưy".contains(c));
        if gi_alone {
            rest = &rest[1..];
        } else if *i != "qu" || !after.is_empty() {
            rest = after;
        }
    }
    let v_end = rest
        .char_indices()
        .find(|(_, c)| !"aăâeêioôơuưy".contains(*c))
        .map_or(rest.len(), |(i, _)| i);
    let (v, f) = rest.split_at(v_end);
    if v.is_empty() {
        return false;
    }
    if f.is_empty() {
        return OPEN.split(' ').any(|x| x == v);
    }
    FINALS.contains(&f)
        && CLOSED.split(' ').any(|x| x == v)
        && (!matches!(f, "c" | "ch" | "p" | "t") || matches!(tone, '\u{301}' | '\u{323}'))
}
