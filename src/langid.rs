//! Is this document Vietnamese? A score from letters and syllables first, whatlang for the unsure.
//!
//! Why not a general language identifier alone: trigram models are slow on long documents and
//! unreliable on the cases that matter for a Vietnamese corpus (whichlang, for one, calls Thai
//! and Khmer Vietnamese). Vietnamese is easy to recognise from its own spelling: almost every
//! word is a valid syllable (spec §1–2) and most carry a diacritic that other Latin-script
//! languages do not use in that place. So one pass over the text builds a [`Profile`]:
//!
//! - `words`: maximal runs of letters (digits and punctuation separate words and do not count;
//!   URLs and e-mail addresses are skipped);
//! - `syllables`: words that are valid Vietnamese syllables ([`crate::syllable::is_syllable`]);
//! - `marked`: syllables with a non-ASCII letter (a tone or a modifier: `ế`, `đ`, `ư`);
//! - `latin_letters` / `letters`: how much of the text is in the Latin script at all.
//!
//! [`is_vietnamese`] decides, cheapest evidence first:
//! 1. no words, or mostly another script (Arabic, Thai, Chinese…): **no**;
//! 2. at least a quarter of the words are *marked* syllables: **yes**. No other Latin-script
//!    language comes close: French and Portuguese have a few marked words that happen to be
//!    Vietnamese syllables (`à`, `é`), a few percent at most, while Vietnamese prose has 60–80 %
//!    and a Vietnamese sentence full of foreign names (`1952 – Douglas Adams, nhà văn người
//!    Anh`) still has well over 25 %;
//! 3. fewer than 30 % of the words are syllables (English is around 20–40 %): **no**;
//! 4. otherwise (unaccented Vietnamese, headings of one or two words, lists of names): whatlang,
//!    on at most the first 600 bytes, choosing among Vietnamese and ten other Latin-script
//!    languages (see `fallback` for why not all).
//!
//! On Wikipedia lines this leaves a few percent of the documents to whatlang, whose per-call
//! cost (scoring every Latin-script language profile) would otherwise dominate.
//! Residual risk: pinyin with tone marks (`huà`, `duì`) contains many marked Vietnamese
//! syllables; a document written entirely in it could pass.
//!
//! The same profile gives the quality filter's "share of tokens that are Vietnamese syllables"
//! ([`Profile::vi_ratio`]), so the text is scanned once for both.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use whatlang::{Detector, Lang};

use crate::syllable::is_syllable;

/// Word and letter counts of one text; see the module docs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    /// Maximal runs of letters.
    pub words: u32,
    /// Words that are valid Vietnamese syllables.
    pub syllables: u32,
    /// Syllables that carry a diacritic (contain a non-ASCII letter).
    pub marked: u32,
    /// Letters of the Latin script (ASCII, Latin-1 and Latin Extended, Vietnamese block).
    pub latin_letters: u32,
    /// All letters.
    pub letters: u32,
}

/// With at least this share of words being marked syllables a text is surely Vietnamese.
const SURE_MARKED: f64 = 0.25;
/// Below this share of syllables (and without enough marked ones) a text is surely not.
const FEW_SYLLABLES: f64 = 0.3;

impl Profile {
    /// Scans `text` once.
    ///
    /// ```
    /// let p = vietnorm::langid::Profile::of("Tổng thống Assad, năm 2011.");
    /// assert_eq!((p.words, p.syllables, p.marked), (4, 3, 3));
    /// ```
    pub fn of(text: &str) -> Profile {
        thread_local! {
            static MEMO: RefCell<WordMemo> = RefCell::new(WordMemo::new());
        }
        MEMO.with_borrow_mut(|memo| {
            let mut p = Profile::default();
            if may_have_links(text) {
                for chunk in text.split_whitespace().filter(|c| !is_link(c)) {
                    p.scan(chunk, memo);
                }
            } else {
                // Whitespace is not a letter, so it ends words anyway: no need to split.
                p.scan(text, memo);
            }
            p
        })
    }

    fn scan(&mut self, text: &str, memo: &mut WordMemo) {
        // Counted in locals and added at the end: the compiler keeps them in registers.
        let mut p = Profile::default();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            if b.is_ascii() && !is_ascii_letter(b) {
                at += 1; // the common separators: space, punctuation, digits
                continue;
            }
            // A word: ASCII letters one byte at a time, other letters classified; the letter
            // counts follow from the word's length and its non-ASCII letters.
            let start = at;
            let (mut wide_bytes, mut wide_letters, mut wide_latin) = (0, 0, 0);
            while at < bytes.len() {
                if is_ascii_letter(bytes[at]) {
                    at += 1;
                    continue;
                }
                if bytes[at].is_ascii() {
                    break;
                }
                let (letter, latin, len) = next_char(text, at);
                if !letter {
                    break;
                }
                wide_bytes += len;
                wide_letters += 1;
                wide_latin += u32::from(latin);
                at += len;
            }
            if at == start {
                // A character that is neither ASCII nor a letter.
                at += next_char(text, at).2;
                continue;
            }
            let ascii_letters = (at - start - wide_bytes) as u32;
            p.letters += ascii_letters + wide_letters;
            p.latin_letters += ascii_letters + wide_latin;
            p.words += 1;
            if memo.is_syllable(text, start..at) {
                p.syllables += 1;
                p.marked += u32::from(wide_letters > 0);
            }
        }
        self.words += p.words;
        self.syllables += p.syllables;
        self.marked += p.marked;
        self.letters += p.letters;
        self.latin_letters += p.latin_letters;
    }

    /// Share of words that are Vietnamese syllables (0 for a text without words).
    pub fn vi_ratio(&self) -> f64 {
        ratio(self.syllables, self.words)
    }
}

/// `u8::is_ascii_alphabetic` in one comparison (setting bit 5 folds upper case onto lower
/// case; non-ASCII bytes land above `z`).
#[inline(always)]
fn is_ascii_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

/// The char at byte `at` of `text`: whether it is a letter, a Latin-script letter, and its
/// length in bytes.
///
/// ASCII and the blocks of the Vietnamese letters are classified from their UTF-8 bytes,
/// without decoding (valid UTF-8: a lead byte is followed by its continuation bytes).
#[inline(always)]
fn next_char(text: &str, at: usize) -> (bool, bool, usize) {
    let bytes = text.as_bytes();
    match bytes[at] {
        b if b.is_ascii() => (b.is_ascii_alphabetic(), true, 1),
        // U+00C0–U+00FF: letters except × (C3 97) and ÷ (C3 B7).
        0xC3 => {
            let l = !matches!(bytes[at + 1], 0x97 | 0xB7);
            (l, l, 2)
        }
        // U+0100–U+023F: Latin Extended-A and most of B (ă, đ, ĩ, ũ, ơ, ư).
        0xC4..=0xC8 => (true, true, 2),
        // U+1E80–U+1EFF: Latin Extended Additional (ạ … ỹ).
        0xE1 if matches!(bytes[at + 1], 0xBA | 0xBB) => (true, true, 3),
        _ => {
            let c = text[at..].chars().next().expect("at a char boundary");
            (is_letter(c), is_latin(c), c.len_utf8())
        }
    }
}

/// Slots of [`WordMemo`]: more than the distinct syllables of most documents' vocabulary.
const MEMO_SLOTS: usize = 1 << 13;

/// [`is_syllable`] remembered per thread for words of at most 16 bytes (nearly every word),
/// in a direct-mapped table keyed by the word's bytes: most words of a corpus are a few
/// thousand syllables, and comparing two integers costs far less than even the fast syllable
/// test. It only caches a pure function, so results never depend on what a thread saw before.
struct WordMemo {
    /// Each word's bytes, zero-padded, as two halves (empty slot: zero). A word of letters has
    /// no zero byte, so equal keys are equal words, lengths included.
    keys: Vec<[u64; 2]>,
    /// The verdict of each slot's word, one bit per slot.
    verdicts: Vec<u64>,
}

impl WordMemo {
    fn new() -> Self {
        WordMemo {
            keys: vec![[0; 2]; MEMO_SLOTS],
            verdicts: vec![0; MEMO_SLOTS / 64],
        }
    }

    /// Whether `text[word]` is a syllable.
    #[inline]
    fn is_syllable(&mut self, text: &str, word: Range<usize>) -> bool {
        let len = word.len();
        if len > 16 {
            return is_syllable(&text[word]);
        }
        // The word's bytes as an integer: one 16-byte load where the text allows, masked.
        let bytes = match text.as_bytes().get(word.start..word.start + 16) {
            Some(window) => {
                let all = u128::from_le_bytes(window.try_into().expect("16 bytes"));
                all & (u128::MAX >> (8 * (16 - len)))
            }
            None => {
                let mut padded = [0; 16];
                padded[..len].copy_from_slice(&text.as_bytes()[word.clone()]);
                u128::from_le_bytes(padded)
            }
        };
        let key = [bytes as u64, (bytes >> 64) as u64];
        let folded = key[0] ^ key[1].rotate_left(29);
        let at = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 51) as usize % MEMO_SLOTS;
        let (word_bits, bit) = (&mut self.verdicts[at / 64], 1u64 << (at % 64));
        if self.keys[at] == key {
            return *word_bits & bit != 0;
        }
        let verdict = is_syllable(&text[word]);
        self.keys[at] = key;
        if verdict {
            *word_bits |= bit;
        } else {
            *word_bits &= !bit;
        }
        verdict
    }
}

fn ratio(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) / f64::from(whole)
    }
}

/// Whether [`is_link`] can be true for any chunk: one fast scan of the whole text instead of
/// searches in every chunk.
fn may_have_links(text: &str) -> bool {
    let bytes = text.as_bytes();
    // One pass over the three bytes that can start a marker (`@`, `://`, `www.`); Vietnamese
    // text has few of them.
    memchr::memchr3_iter(b'@', b':', b'w', bytes).any(|at| match bytes[at] {
        b'@' => true,
        b':' => bytes[at + 1..].starts_with(b"//"),
        _ => bytes[at..].starts_with(b"www."),
    })
}

/// URLs and e-mail addresses are not text in any language: their slugs are often unaccented
/// Vietnamese (`hang-tram-dan-quan`), which would make an Arabic line with a source link look
/// Vietnamese.
fn is_link(chunk: &str) -> bool {
    chunk.contains("://")
        || chunk.starts_with("www.")
        || chunk
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// `char::is_alphabetic` with the answer for ASCII and the Vietnamese ranges inlined: it is
/// asked for every character, and the general table look-up dominated the scan.
fn is_letter(c: char) -> bool {
    match c {
        'A'..='Z' | 'a'..='z' => true,
        '\0'..='\u{7F}' | '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1EA0}'..='\u{1EF9}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Latin-script letters: ASCII, Latin-1 Supplement to Latin Extended-B, Latin Extended Additional.
fn is_latin(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Whether `text` (whose profile is `profile`) is Vietnamese; see the module docs.
///
/// ```
/// use vietnorm::langid::{is_vietnamese, Profile};
/// let vi = "Quân đội Syria đã ngừng các hoạt động tấn công ở phía Đông Aleppo.";
/// assert!(is_vietnamese(vi, &Profile::of(vi)));
/// let en = "The army stopped its attacks in eastern Aleppo on Thursday.";
/// assert!(!is_vietnamese(en, &Profile::of(en)));
/// ```
pub fn is_vietnamese(text: &str, profile: &Profile) -> bool {
    if profile.words == 0 || profile.latin_letters * 2 < profile.letters {
        return false;
    }
    if ratio(profile.marked, profile.words) >= SURE_MARKED {
        return true;
    }
    if profile.vi_ratio() < FEW_SYLLABLES {
        return false;
    }
    fallback().detect_lang(prefix(text, WHATLANG_BYTES)) == Some(Lang::Vie)
}

/// Whatlang limited to Vietnamese and the Latin-script languages common in Vietnamese corpora
/// (quotations, titles, names, species). The question is only "Vietnamese or not?", and on the
/// unsure lines of Vietnamese Wikipedia the short list answers it 3× faster than all ~40 Latin
/// languages, and better: of 4,046 unsure lines (20 MB sample) the two disagreed on 58, nearly
/// all Vietnamese lines full of foreign names (`1933 - Henry Birkin, tay đua xe Anh`) that the
/// full list gave to some other language.
fn fallback() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        Detector::with_allowlist(vec![
            Lang::Vie,
            Lang::Eng,
            Lang::Fra,
            Lang::Deu,
            Lang::Spa,
            Lang::Por,
            Lang::Ita,
            Lang::Nld,
            Lang::Ind,
            Lang::Tgl,
            Lang::Lat,
        ])
    })
}

/// Bytes of an unsure document given to whatlang: its trigram scores are stable long before
/// that, and its cost grows with the text.
const WHATLANG_BYTES: usize = 600;

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vi(text: &str) -> bool {
        is_vietnamese(text, &Profile::of(text))
    }

    #[test]
    fn vietnamese_news_is_vietnamese() {
        for line in [
            "Bộ Quốc phòng Syria hôm 2.12 công bố đoạn video cho thấy quân đội nước này đang chiến đấu.",
            "Tổng thống al Assad khẳng định Damas « có khả năng dẹp quân khủng bố ».",
            "TP.HCM: ThS. Nguyễn Văn A nói rằng giá xăng tăng 1.200 đồng/lít.",
            "Quân_đội Syria bất_ngờ chấp_thuận ngừng_bắn với Mỹ ở Aleppo .",
            "1934 – Charles Antony Richard Hoare, nhà khoa học máy tính người Sri Lanka-Anh",
            "1933 - Henry Birkin, tay đua xe Anh (s. 1896)",
            "K-Maro, ca sĩ RnB Liban sinh ra ở Canada.",
        ] {
            assert!(vi(line), "{line}");
        }
    }

    #[test]
    fn other_languages_are_not() {
        for line in [
            "The Syrian army said on Monday that it had redeployed its forces around Aleppo.",
            "Saya tidak tahu apa yang harus dilakukan dengan semua buku ini di rumah.",
            "Ang mga bata ay naglalaro sa labas ng bahay tuwing hapon kasama ang aso.",
            "Le président syrien a affirmé que Damas était capable de vaincre les terroristes.",
            "Portugal é o país onde a língua é falada por quase todos, e não há dúvida disso.",
            "نقلت وكالة رويترز اليوم عن عدة مصادر قولها إن مئات من عناصر الميليشيات عبروا الحدود",
            "กองทัพซีเรียกล่าวว่าได้ถอนกำลังออกจากเมืองอาเลปโป",
            "叙利亚军队表示已从阿勒颇撤军",
            "2024 - 11 - 27 12:00",
            "المصدر: https://thanhnien.vn/hang-tram-dan-quan-tu-iraq-vuot-bien-vao-syria-de-ho-tro",
            "",
        ] {
            assert!(!vi(line), "{line}");
        }
    }

    #[test]
    fn unaccented_vietnamese_is_left_to_whatlang() {
        let text = "Quan doi Syria da ngung cac hoat dong tan cong o phia Dong Aleppo vi co mot \
                    chien dich so tan dan thuong quy mo lon dang duoc tien hanh";
        let p = Profile::of(text);
        assert!(p.vi_ratio() >= FEW_SYLLABLES && p.marked == 0);
        assert!(vi(text));
    }

    #[test]
    fn letters_agree_with_the_full_answers() {
        for b in 0..=u8::MAX {
            assert_eq!(is_ascii_letter(b), b.is_ascii_alphabetic(), "{b}");
        }
        for c in [
            'a', 'Z', 'đ', 'Ư', 'ỹ', '×', '÷', '1', ' ', 'ا', 'ก', '中', 'ß',
        ] {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c}");
        }
        assert_eq!(prefix("aế", 2), "a");
        assert_eq!(prefix("aế", 9), "aế");
    }

    proptest::proptest! {
        /// The one-pass marker search finds what three searches find.
        #[test]
        fn link_markers_are_found(
            parts in proptest::collection::vec(proptest::sample::select(
                &["www.", "ww", "w", ":", "//", ":/", "/", "@", "a", " ", "."][..]), 0..8),
        ) {
            let text = parts.concat();
            let expected = text.contains("://") || text.contains("www.") || text.contains('@');
            proptest::prop_assert_eq!(may_have_links(&text), expected);
        }

        /// The memo answers as [`is_syllable`] whatever it saw before, wherever the word is
        /// (at the end of the text the 16-byte window is not there) and however long it is.
        #[test]
        fn memo_agrees_with_is_syllable(
            picks in proptest::collection::vec(0..12usize, 1..40),
            tail in 0..20usize,
        ) {
            const WORDS: [&str; 12] = [
                "người", "Người", "nguoi", "a", "ab", "nghiêng", "NGHIÊNG", "quýt",
                "Aleppo", "đườngđường", "supercalifragilistic", "thuyền",
            ];
            let mut memo = WordMemo::new();
            for &k in &picks {
                let text = format!("{}{}", WORDS[k], " ".repeat(tail));
                let got = memo.is_syllable(&text, 0..WORDS[k].len());
                proptest::prop_assert_eq!(got, is_syllable(WORDS[k]), "{}", WORDS[k]);
            }
        }
    }

    /// The profile by definition, char by char (no byte tricks, no memo): words are maximal
    /// runs of letters.
    fn reference_scan(text: &str) -> Profile {
        let mut p = Profile::default();
        let words = text
            .split(|c: char| !is_letter(c))
            .filter(|w| !w.is_empty());
        for word in words {
            p.words += 1;
            p.letters += word.chars().count() as u32;
            p.latin_letters += word.chars().filter(|&c| is_latin(c)).count() as u32;
            if is_syllable(word) {
                p.syllables += 1;
                p.marked += u32::from(!word.is_ascii());
            }
        }
        p
    }

    proptest::proptest! {
        /// The scan counts what the definition counts, on text mixing Vietnamese, other
        /// scripts, letters outside the fast ranges, digits and separators in any order.
        #[test]
        fn scan_agrees_with_the_definition(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "người", "Nam", "a", "thuyền", "ĐƯỜNG", "x", " ", "  ", ".", ",", "1", "ế",
                "سوريا", "中", "ß", "ñ", "×", "÷", "ǅ", "\u{300}", "ȿ", "Ω", "ṭ", "—", "\n",
                "\u{a0}", "iPhone", "qu", "ý",
            ][..]), 0..40),
            any_text in "\\PC{0,40}",
        ) {
            for text in [parts.concat(), any_text] {
                let mut p = Profile::default();
                p.scan(&text, &mut WordMemo::new());
                proptest::prop_assert_eq!(p, reference_scan(&text), "{:?}", text);
            }
        }
    }

    #[test]
    fn profile_counts_words_and_scripts() {
        let p =
            Profile::of("Việt Nam iPhone 15 سوريا https://vi.wikipedia.org/wiki/Viet_Nam ai@vn.vn");
        assert_eq!(p.words, 4);
        assert_eq!(p.syllables, 2);
        assert_eq!(p.marked, 1);
        assert_eq!(p.letters, 18);
        assert_eq!(p.latin_letters, 13);
        assert_eq!(Profile::of("").vi_ratio(), 0.0);
    }
}
