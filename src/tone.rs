//! Tone placement and mark repair (spec §2.2–§2.4, and the lookalike-Đ rule of §3).
//!
//! Every token (maximal run of letters and combining marks; `_`, digits, spaces and punctuation
//! separate tokens, so word-segmented `hoà_bình` works) that parses as a Vietnamese syllable
//! ([`crate::syllable`]) gets its tone mark on the letter of spec §2.2, in the configured
//! [`ToneStyle`]. Everything else stays byte-identical: foreign words, mixed case, tokens with two
//! tone marks, misspellings other than the ones below.
//!
//! The two styles differ only for open syllables whose vowel cluster is exactly `oa`, `oe` or
//! `uy` (`hòa`/`hoà`, `khỏe`/`khoẻ`, `thủy`/`thuỷ`); [`ToneStyle::Keep`] leaves those as written.
//!
//! Repairs, each switchable ([`ToneConfig`]):
//! - `misplaced`: a mark on a letter where no style puts it is moved (`tóan` → `toán`,
//!   `qủa` → `quả`, `gía` → `giá`, `nghịêm` → `nghiệm`, decomposed `Viêt` + U+0323 → `Việt`);
//! - `horn`: `ưo` → `ươ`, and `uơ` before a final or glide → `ươ` (`ngưòi` → `người`,
//!   `đuợc` → `được`); open `uơ` (`thuở`) is correct and stays;
//! - `lookalike_d`: `Ð ð Ɖ ɖ` → `Đ đ` at the start of a token that then is a syllable (Icelandic
//!   `að`, `Ðóra` stay).
//!
//! `strict` (for text mixed with accented pinyin such as `huà`, which parses as Vietnamese)
//! turns all repairs off and only converts between the two legal style positions. The spec also
//! asks strict mode to repair a misplacement when a syllable lexicon says the output exists and
//! the input does not; the crate has no lexicon, so strict mode does not repair at all.
//!
//! Speed: clean text is the common case, so [`Stage::needs`] and `apply` first run a byte-level
//! scanner (`tone/scan.rs`) that computes the tone position of spec §2.2 on each run of vowels straight
//! from the UTF-8 bytes, and reports only runs whose mark is elsewhere (or a horn pattern, a
//! combining mark, a lookalike D). Only the tokens it reports are parsed; in old-style text that
//! is almost none. Nothing is allocated unless a token changes.
//! [`Stage::needs`] asks the scanner only about words it has not passed before on this thread
//! (`src/tone/clean.rs`): running text repeats a few thousand words.
//!
//! `survey` (behind `vietnorm detect`) parses every non-ASCII token and counts: `old_style` and
//! `new_style` (open oa/oe/uy syllables written in that style, whichever style is configured),
//! `misplaced`, `horn`, `lookalike_d` (repairs found; made when their switch is on),
//! `two_tones` (tokens with two tone marks) and `orphan_mark` (tokens that start with a combining
//! mark, as after a space: the mark belongs to no letter); both are always left alone.

mod clean;
mod scan;

use std::borrow::Cow;
use std::ops::ControlFlow;

use serde::{Deserialize, Serialize};

use crate::stage::{Counts, Rewriter, Stage};
use crate::syllable::{Reject, Syllable, Tone, MAX_LETTERS};

/// Where the tone mark of an open `oa`/`oe`/`uy` syllable goes (spec §2.3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ToneStyle {
    /// Traditional: `hòa`, `khỏe`, `thủy` (Unikey's and underthesea's default).
    #[default]
    Old,
    /// On the main vowel: `hoà`, `khoẻ`, `thuỷ` (textbooks since QĐ 1989/2018).
    New,
    /// Leave either legal position as written; still repair the rest.
    Keep,
}

impl std::str::FromStr for ToneStyle {
    type Err = String;

    /// The names used in configs and on the command line: `old`, `new`, `keep`.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name {
            "old" => Ok(ToneStyle::Old),
            "new" => Ok(ToneStyle::New),
            "keep" => Ok(ToneStyle::Keep),
            _ => Err(format!(
                "unknown tone style `{name}` (expected old, new or keep)"
            )),
        }
    }
}

/// Settings of the tone stage (config section `[tone]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ToneConfig {
    /// Run the stage at all.
    pub enabled: bool,
    /// Target style for open oa/oe/uy syllables.
    pub style: ToneStyle,
    /// Only convert between the two legal positions; no repairs (for text with pinyin).
    pub strict: bool,
    /// Move marks that sit where no style puts them (`tóan` → `toán`).
    pub misplaced: bool,
    /// Add the missing horn of `ươ` (`ngưòi` → `người`, `đuợc` → `được`).
    pub horn: bool,
    /// Map `Ð ð Ɖ ɖ` to `Đ đ` at the start of a Vietnamese syllable.
    pub lookalike_d: bool,
}

impl Default for ToneConfig {
    fn default() -> Self {
        ToneConfig {
            enabled: true,
            style: ToneStyle::Old,
            strict: false,
            misplaced: true,
            horn: true,
            lookalike_d: true,
        }
    }
}

/// Spec §2.2: the index in `cluster` (lower-case vowels without tone) of the letter that carries
/// the tone. `current` is where the mark is now; [`ToneStyle::Keep`] keeps it when it is one of
/// the two legal positions of an open oa/oe/uy.
fn position(cluster: &[char], closed: bool, style: ToneStyle, current: Option<usize>) -> usize {
    if cluster.len() == 1 {
        return 0;
    }
    if let Some(i) = cluster.windows(2).position(|w| w == ['ư', 'ơ']) {
        return i + 1;
    }
    if let Some(i) = cluster
        .iter()
        .rposition(|c| matches!(c, 'â' | 'ă' | 'ê' | 'ô' | 'ơ' | 'ư'))
    {
        return i;
    }
    if cluster.len() == 3 || closed {
        return 1;
    }
    if matches!(cluster, ['o', 'a'] | ['o', 'e'] | ['u', 'y']) {
        return match style {
            ToneStyle::Old => 0,
            ToneStyle::New => 1,
            ToneStyle::Keep => current.filter(|&c| c < 2).unwrap_or(0),
        };
    }
    0
}

/// Places the tone of one word in `style`, with every repair on (as the default stage does).
/// Anything that is not a Vietnamese syllable comes back unchanged (borrowed); a changed word is
/// NFC.
///
/// ```
/// use vietnorm::{place_tone, ToneStyle};
/// assert_eq!(place_tone("hoà", ToneStyle::Old), "hòa");
/// assert_eq!(place_tone("THUỶ", ToneStyle::Old), "THỦY");
/// assert_eq!(place_tone("khỏe", ToneStyle::New), "khoẻ");
/// assert_eq!(place_tone("qủa", ToneStyle::Keep), "quả");
/// assert_eq!(place_tone("ngưòi", ToneStyle::Old), "người");
/// assert_eq!(place_tone("café", ToneStyle::Old), "café");
/// ```
pub fn place_tone(word: &str, style: ToneStyle) -> Cow<'_, str> {
    let stage = ToneStage::new(&ToneConfig {
        style,
        ..ToneConfig::default()
    });
    match stage.fix(word, &mut Tally::default()) {
        Some(fixed) => Cow::Owned(fixed),
        None => Cow::Borrowed(word),
    }
}

/// Counters of one pass; `apply` ignores them, `survey` reports them.
#[derive(Default)]
struct Tally {
    old_style: u64,
    new_style: u64,
    misplaced: u64,
    horn: u64,
    lookalike_d: u64,
    two_tones: u64,
    orphan_mark: u64,
}

/// The tone stage; see the module docs.
#[derive(Debug)]
pub(crate) struct ToneStage {
    style: ToneStyle,
    misplaced: bool,
    horn: bool,
    lookalike_d: bool,
    gate: clean::Gate,
}

impl ToneStage {
    pub(crate) fn new(config: &ToneConfig) -> Self {
        let repair = !config.strict;
        ToneStage {
            style: config.style,
            misplaced: config.misplaced && repair,
            horn: config.horn && repair,
            lookalike_d: config.lookalike_d && repair,
            gate: clean::Gate::new(),
        }
    }

    /// The corrected token, or `None` when it stays as it is. Counts what it finds in `tally`.
    fn fix(&self, token: &str, tally: &mut Tally) -> Option<String> {
        let respelt;
        let (word, lookalike) = match token.chars().next().and_then(lookalike_d) {
            Some(d) => {
                let first = token.chars().next().map_or(0, char::len_utf8);
                respelt = format!("{d}{}", &token[first..]);
                (respelt.as_str(), true)
            }
            None => (token, false),
        };
        let s = match Syllable::analyse(word, true) {
            Ok(s) => s,
            Err(Reject::TwoTones) => {
                tally.two_tones += 1;
                return None;
            }
            Err(Reject::NotVietnamese) => return None,
        };
        tally.lookalike_d += u64::from(lookalike);
        tally.horn += u64::from(s.horn_repaired);
        if (lookalike && !self.lookalike_d) || (s.horn_repaired && !self.horn) {
            return None;
        }

        let mut cluster = [' '; MAX_LETTERS];
        let n = s
            .vowels()
            .chars()
            .zip(&mut cluster)
            .map(|(c, slot)| *slot = c)
            .count();
        let cluster = &cluster[..n];
        let closed = !s.final_consonant().is_empty();
        let initial_len = s.initial().chars().count();
        let current = s
            .tone_at
            .and_then(|i| i.checked_sub(initial_len))
            .filter(|&i| i < n);
        let target = if s.tone() == Tone::Level {
            current
        } else {
            let old = position(cluster, closed, ToneStyle::Old, current);
            let new = position(cluster, closed, ToneStyle::New, current);
            if current == Some(old) && old == new {
                current
            } else if old != new && (current == Some(old) || current == Some(new)) {
                if current == Some(old) {
                    tally.old_style += 1;
                } else {
                    tally.new_style += 1;
                }
                Some(position(cluster, closed, self.style, current))
            } else {
                tally.misplaced += 1;
                if !self.misplaced {
                    return None;
                }
                Some(position(cluster, closed, self.style, current))
            }
        };
        if target == current && !s.horn_repaired && !lookalike {
            return None;
        }
        let mut out = String::with_capacity(token.len() + 2);
        s.write(target.unwrap_or(0), &mut out);
        (out != token).then_some(out)
    }

    fn rewrite<'a>(&self, text: &'a str, tally: &mut Tally) -> Cow<'a, str> {
        let mut out = Rewriter::new(text);
        let mut done = 0;
        let _ = scan::scan(text, self.style, |at| {
            if at >= done {
                let (start, end) = token_around(text, at);
                done = end;
                if let Some(fixed) = self.fix(&text[start..end], tally) {
                    out.replace(start, end, &fixed);
                }
            }
            ControlFlow::Continue(())
        });
        out.finish()
    }
}

/// The lookalike of Đ/đ that `c` is (`Ð` ETH, `Ɖ` African D, and their lower cases), if any.
fn lookalike_d(c: char) -> Option<char> {
    match c {
        '\u{d0}' | '\u{189}' => Some('Đ'),
        '\u{f0}' | '\u{256}' => Some('đ'),
        _ => None,
    }
}

/// Whether `c` belongs to a token: a letter or a combining mark.
fn is_token_char(c: char) -> bool {
    match c as u32 {
        // Latin-1 … Latin Extended-B and Latin Extended Additional: letters but for × and ÷.
        0xC0..=0x24F | 0x1E00..=0x1EFF => c != '×' && c != '÷',
        0x300..=0x36F => true,
        _ => c.is_alphabetic(),
    }
}

/// The byte range of the token around byte offset `at` (a char boundary inside a token).
fn token_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_token_char(c))
        .last()
        .map_or(at, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .find(|&(_, c)| !is_token_char(c))
        .map_or(text.len(), |(i, _)| at + i);
    (start, end)
}

/// Byte ranges of the tokens of `text` (maximal runs of letters and combining marks).
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|&(_, c)| is_token_char(c))?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !is_token_char(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

impl Stage for ToneStage {
    fn name(&self) -> &'static str {
        "tone"
    }

    fn needs(&self, text: &str) -> bool {
        self.gate.needs(text, self.style)
    }

    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.rewrite(text, &mut Tally::default())
    }

    fn survey(&self, text: &str, counts: &mut Counts) {
        let mut tally = Tally::default();
        for (start, end) in tokens(text) {
            let token = &text[start..end];
            if token.starts_with(|c| ('\u{300}'..='\u{36f}').contains(&c)) {
                tally.orphan_mark += 1;
            } else if !token.is_ascii() {
                self.fix(token, &mut tally);
            }
        }
        for (key, n) in [
            ("old_style", tally.old_style),
            ("new_style", tally.new_style),
            ("misplaced", tally.misplaced),
            ("horn", tally.horn),
            ("lookalike_d", tally.lookalike_d),
            ("two_tones", tally.two_tones),
            ("orphan_mark", tally.orphan_mark),
        ] {
            *counts.entry(key).or_default() += n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spec §2.6: (input, old, new). Keep gives the input's own legal position back.
    #[rustfmt::skip]
    const SPEC_WORDS: &[(&str, &str, &str)] = &[
        ("hoà", "hòa", "hoà"), ("hoá", "hóa", "hoá"), ("hoạ", "họa", "hoạ"), ("toà", "tòa", "toà"),
        ("thoả", "thỏa", "thoả"), ("xoã", "xõa", "xoã"), ("oà", "òa", "oà"), ("loè", "lòe", "loè"),
        ("khoẻ", "khỏe", "khoẻ"), ("xoè", "xòe", "xoè"), ("hoè", "hòe", "hoè"), ("oẹ", "ọe", "oẹ"),
        ("thuỷ", "thủy", "thuỷ"), ("tuỳ", "tùy", "tuỳ"), ("luỹ", "lũy", "luỹ"), ("huỷ", "hủy", "huỷ"),
        ("thuý", "thúy", "thuý"), ("thuỵ", "thụy", "thuỵ"), ("uỷ", "ủy", "uỷ"), ("Hoà", "Hòa", "Hoà"),
        ("HOÀ", "HÒA", "HOÀ"), ("THUỶ", "THỦY", "THUỶ"), ("Uỷ", "Ủy", "Uỷ"),
        ("người", "người", "người"), ("rượu", "rượu", "rượu"), ("mía", "mía", "mía"),
        ("mưa", "mưa", "mưa"), ("tuần", "tuần", "tuần"), ("qủa", "quả", "quả"),
        ("tóan", "toán", "toán"), ("đuợc", "được", "được"), ("hoàng", "hoàng", "hoàng"),
        ("toán", "toán", "toán"), ("hoạch", "hoạch", "hoạch"), ("khoét", "khoét", "khoét"),
        ("huýt", "huýt", "huýt"), ("huỳnh", "huỳnh", "huỳnh"), ("thuyền", "thuyền", "thuyền"),
        ("khuyến", "khuyến", "khuyến"), ("quý", "quý", "quý"), ("quả", "quả", "quả"),
        ("quyển", "quyển", "quyển"), ("giữa", "giữa", "giữa"), ("giày", "giày", "giày"),
        ("gìn", "gìn", "gìn"), ("gì", "gì", "gì"), ("giếng", "giếng", "giếng"),
        ("thuở", "thuở", "thuở"), ("xoóng", "xoóng", "xoóng"), ("khuỷu", "khuỷu", "khuỷu"),
        ("ngoài", "ngoài", "ngoài"), ("xoáy", "xoáy", "xoáy"), ("ngoẻo", "ngoẻo", "ngoẻo"),
        ("khuấy", "khuấy", "khuấy"), ("chuối", "chuối", "chuối"), ("yếu", "yếu", "yếu"),
        ("múa", "múa", "múa"), ("cứu", "cứu", "cứu"), ("hoặc", "hoặc", "hoặc"),
        ("gía", "giá", "giá"), ("ngưòi", "người", "người"), ("khủyu", "khuỷu", "khuỷu"),
        // §2.4 repairs; decomposed input is composed only when a mark moves (NFC is the unicode
        // stage's job, which runs first).
        ("baỏ", "bảo", "bảo"), ("đaị", "đại", "đại"), ("nghịêm", "nghiệm", "nghiệm"),
        ("lựơng", "lượng", "lượng"), ("ngừơi", "người", "người"), ("ngọai", "ngoại", "ngoại"),
        ("qúa", "quá", "quá"), ("qúy", "quý", "quý"), ("gìa", "già", "già"), ("Vuơng", "Vương", "Vương"),
        ("Viêt\u{323}", "Việt", "Việt"), ("Vie\u{323}\u{302}t", "Vie\u{323}\u{302}t", "Vie\u{323}\u{302}t"),
        ("hoan\u{303}", "hoãn", "hoãn"), ("hoa\u{300}", "hòa", "hoa\u{300}"),
        // lookalike D
        ("\u{d0}ẠI", "ĐẠI", "ĐẠI"), ("\u{f0}ược", "được", "được"), ("\u{189}à", "Đà", "Đà"),
        ("\u{256}oạ", "đọa", "đoạ"),
    ];

    /// Left alone in every style: foreign, two tones, mixed case, Icelandic, pinyin-like.
    const UNCHANGED: &[&str] = &[
        "café",
        "Zoé",
        "hóà",
        "HoÀ",
        "að",
        "\u{d0}óra",
        "nguoi",
        "iPhone",
        "Đắk",
        "Kon",
        "Ngô\u{308}",
    ];

    fn stage(style: ToneStyle) -> ToneStage {
        ToneStage::new(&ToneConfig {
            style,
            ..ToneConfig::default()
        })
    }

    fn cases(word: &str) -> [String; 3] {
        let mut title: String = word.chars().take(1).flat_map(char::to_uppercase).collect();
        title.extend(word.chars().skip(1));
        [word.to_string(), title, word.to_uppercase()]
    }

    #[test]
    fn spec_words_in_both_styles_and_every_case() {
        for &(input, old, new) in SPEC_WORDS {
            for (style, expected) in [(ToneStyle::Old, old), (ToneStyle::New, new)] {
                let stage = stage(style);
                for (input, expected) in cases(input).iter().zip(cases(expected)) {
                    assert_eq!(stage.apply(input), *expected, "{style:?} {input:?}");
                    assert_eq!(place_tone(input, style), *expected, "{style:?} {input:?}");
                    assert!(
                        *input == expected || stage.needs(input),
                        "gate missed {input:?} in {style:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn foreign_and_ambiguous_tokens_are_borrowed() {
        for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
            for &input in UNCHANGED {
                assert!(
                    matches!(stage(style).apply(input), Cow::Borrowed(_)),
                    "{input:?}"
                );
            }
        }
    }

    #[test]
    fn keep_leaves_legal_positions_and_repairs() {
        let keep = stage(ToneStyle::Keep);
        for (input, expected) in [
            ("hoà hòa thuỷ thủy", "hoà hòa thuỷ thủy"),
            ("tóan qủa ngưòi", "toán quả người"),
        ] {
            assert_eq!(keep.apply(input), expected);
        }
    }

    #[test]
    fn strict_only_converts_styles() {
        let strict = ToneStage::new(&ToneConfig {
            strict: true,
            ..ToneConfig::default()
        });
        let input = "huà huì duì tóan ngưòi \u{d0}ẠI";
        assert!(matches!(strict.apply(input), Cow::Borrowed(_)));
        assert_eq!(strict.apply("hoà thuỷ huà"), "hòa thủy huà");
        assert_eq!(stage(ToneStyle::Old).apply("huà"), "hùa");
    }

    #[test]
    fn switches_turn_repairs_off() {
        let off = ToneStage::new(&ToneConfig {
            misplaced: false,
            horn: false,
            lookalike_d: false,
            ..ToneConfig::default()
        });
        assert!(matches!(off.apply("tóan ngưòi \u{d0}ẠI"), Cow::Borrowed(_)));
        assert_eq!(off.apply("hoà"), "hòa");
    }

    #[test]
    fn tokens_split_on_underscore_digits_and_punctuation() {
        let old = stage(ToneStyle::Old);
        assert_eq!(old.apply("hoà_bình"), "hòa_bình");
        assert_eq!(old.apply("Thuỷ2 (hoà), khoẻ."), "Thủy2 (hòa), khỏe.");
        assert_eq!(
            tokens("a_bc1đ é\u{301}").collect::<Vec<_>>(),
            vec![(0, 1), (2, 4), (5, 7), (8, 12)]
        );
    }

    #[test]
    fn clean_text_is_borrowed_and_not_gated() {
        let old = stage(ToneStyle::Old);
        let text = "Người dân Thủy Nguyên khỏe mạnh, hòa thuận: quý giá, giữa trưa. café iPhone";
        assert!(!old.needs(text));
        assert!(matches!(old.apply(text), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        /// The gate never misses: checking every token gives the same output as checking only
        /// the tokens the scanner reports. And a second pass changes nothing.
        #[test]
        fn scanner_finds_every_token_that_changes(
            text in proptest::collection::vec(proptest::sample::select(POOL), 0..40),
            style in proptest::sample::select(&[ToneStyle::Old, ToneStyle::New, ToneStyle::Keep][..]),
        ) {
            let text: String = text.into_iter().collect();
            let stage = stage(style);
            let mut every = Rewriter::new(&text);
            for (start, end) in tokens(&text) {
                if let Some(fixed) = stage.fix(&text[start..end], &mut Tally::default()) {
                    every.replace(start, end, &fixed);
                }
            }
            let every = every.finish();
            proptest::prop_assert_eq!(&stage.apply(&text), &every);
            proptest::prop_assert!(stage.needs(&text) || every == text);
            proptest::prop_assert_eq!(&stage.apply(&every), &every, "not idempotent");
        }
    }

    /// The gate's shortcut for runs of two vowels, exhaustively: every pair of vowel forms, after
    /// nothing, a consonant, `q` or `g`, before nothing or a consonant, in every style. Whenever
    /// the full parse changes such a word, the gate must have said so.
    #[test]
    fn gate_sees_every_two_vowel_word_that_changes() {
        use crate::syllable::VOWEL_ROWS;
        let forms: Vec<char> = VOWEL_ROWS.iter().flatten().copied().collect();
        for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
            let stage = stage(style);
            for before in ["", "t", "q", "g"] {
                for &first in &forms {
                    for &second in &forms {
                        for after in ["", "n"] {
                            let word = format!("{before}{first}{second}{after}");
                            let changes = stage.fix(&word, &mut Tally::default()).is_some();
                            assert!(!changes || stage.needs(&word), "{word} ({style:?})");
                        }
                    }
                }
            }
        }
    }

    /// Letters, toned vowels, marks and separators that exercise every branch of the scanner
    /// (among them adjacent non-ASCII vowels, whose left neighbour the scanner remembers).
    const POOL: &[char] = &[
        'a', 'o', 'e', 'u', 'y', 'i', 'q', 'g', 'h', 'n', 't', 'c', 'A', 'O', 'U', 'Y', 'Q', 'G',
        'à', 'á', 'ạ', 'ò', 'ó', 'ọ', 'è', 'ẻ', 'ù', 'ú', 'ủ', 'ỳ', 'ý', 'ỷ', 'ì', 'í', 'ĩ', 'ư',
        'ơ', 'ờ', 'ừ', 'ấ', 'ế', 'ồ', 'ê', 'ô', 'đ', 'Đ', 'Ò', 'Ủ', 'ễ', 'ặ', '\u{300}', '\u{301}',
        '\u{323}', '\u{302}', '\u{31b}', '\u{d0}', '\u{f0}', 'ṭ', 'ñ', 'ë', '中', ' ', '_', '1',
        '.', '\u{2019}', 'ợ', 'ự', 'ộ', 'ị', 'ở', 'Ư', 'Ơ', 'ǵ', 'ḥ', 'ǹ', 'ń', 'Ñ', '\u{189}',
        '\u{256}', 'ố', 'Ố', 'â', 'Ê', 'ậ', 'Ấ', 'ể', 'ế', 'ệ', 'ỗ', 'ớ', 'Ờ', 'ứ', 'Ữ', 'ử', 'ằ',
        'ă',
    ];

    #[test]
    fn survey_counts_each_kind() {
        let mut counts = Counts::new();
        stage(ToneStyle::Old).survey(
            "hòa hoà khỏe tóan ngưòi \u{d0}ẠI hóà thuở café \u{301}a",
            &mut counts,
        );
        let expected = [
            ("old_style", 2),
            ("new_style", 1),
            ("misplaced", 1),
            ("horn", 1),
            ("lookalike_d", 1),
            ("two_tones", 1),
            ("orphan_mark", 1),
        ];
        for (key, n) in expected {
            assert_eq!(counts[key], n, "{key}");
        }
    }
}
