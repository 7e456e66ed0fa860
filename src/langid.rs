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
//! [`is_vietnamese`] says yes when most words are syllables and enough of them are marked, no
//! when the text is mostly another script or few words are syllables, and asks whatlang only in
//! between (unaccented Vietnamese, English with many syllable-shaped words, short mixed lines).
//! The same profile gives the quality filter's "share of tokens that are Vietnamese syllables"
//! ([`Profile::vi_ratio`]), so the text is scanned once for both.

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

/// At least this share of words must be syllables to be sure of Vietnamese...
const SURE_SYLLABLES: f64 = 0.6;
/// ...and at least this share of words must be marked syllables.
const SURE_MARKED: f64 = 0.2;
/// Below this share of syllables a text is surely not Vietnamese (English is around 0.3–0.5).
const FEW_SYLLABLES: f64 = 0.3;

impl Profile {
    /// Scans `text` once.
    ///
    /// ```
    /// let p = vietnorm::langid::Profile::of("Tổng thống Assad, năm 2011.");
    /// assert_eq!((p.words, p.syllables, p.marked), (4, 3, 3));
    /// ```
    pub fn of(text: &str) -> Profile {
        let mut p = Profile::default();
        for chunk in text.split_whitespace().filter(|c| !is_link(c)) {
            let mut word_start = None;
            let mut word_ascii = true;
            for (at, c) in chunk.char_indices() {
                if c.is_alphabetic() {
                    p.letters += 1;
                    if is_latin(c) {
                        p.latin_letters += 1;
                    }
                    if word_start.is_none() {
                        word_start = Some(at);
                        word_ascii = true;
                    }
                    word_ascii &= c.is_ascii();
                } else if let Some(start) = word_start.take() {
                    p.add_word(&chunk[start..at], word_ascii);
                }
            }
            if let Some(start) = word_start {
                p.add_word(&chunk[start..], word_ascii);
            }
        }
        p
    }

    fn add_word(&mut self, word: &str, ascii: bool) {
        self.words += 1;
        if is_syllable(word) {
            self.syllables += 1;
            self.marked += u32::from(!ascii);
        }
    }

    /// Share of words that are Vietnamese syllables (0 for a text without words).
    pub fn vi_ratio(&self) -> f64 {
        ratio(self.syllables, self.words)
    }
}

fn ratio(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) / f64::from(whole)
    }
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
    let syllables = profile.vi_ratio();
    if syllables < FEW_SYLLABLES {
        return false;
    }
    if syllables >= SURE_SYLLABLES && ratio(profile.marked, profile.words) >= SURE_MARKED {
        return true;
    }
    whatlang::detect_lang(text) == Some(whatlang::Lang::Vie)
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
        ] {
            assert!(vi(line), "{line}");
        }
    }

    #[test]
    fn other_languages_are_not() {
        for line in [
            "The Syrian army said on Monday that it had redeployed its forces around Aleppo.",
            "Le président syrien a affirmé que Damas était capable de vaincre les terroristes.",
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
        assert!(p.vi_ratio() >= SURE_SYLLABLES && p.marked == 0);
        assert!(vi(text));
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
