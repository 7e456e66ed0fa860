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
//!
//! A caller that needs the answer alone uses [`is_vietnamese_text`]: its scan stops once the
//! rest of the text can no longer change a "yes" of step 2, after about two thirds of a
//! Vietnamese paragraph.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use whatlang::{Detector, Lang};

#[cfg(target_arch = "x86_64")]
use crate::bytemask;
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

/// With at least one word in this many a marked syllable (a quarter) a text is surely
/// Vietnamese. Compared in integers, `marked * 4 >= words`: exact, and shared with the early
/// stop of [`is_vietnamese_text`].
const SURE_MARKED_ONE_IN: u64 = 4;
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
        Profile::scanned(text, false).0
    }

    /// The profile of `text`, and whether the scan stopped early because `decision_only`
    /// and the text is [surely Vietnamese](Profile::surely_vietnamese) whatever its rest
    /// holds (the counts then cover only a prefix).
    fn scanned(text: &str, decision_only: bool) -> (Profile, bool) {
        thread_local! {
            static MEMO: RefCell<WordMemo> = RefCell::new(WordMemo::new());
        }
        MEMO.with_borrow_mut(|memo| {
            let mut p = Profile::default();
            let mut sure = false;
            if may_have_links(text) {
                for chunk in text.split_whitespace().filter(|c| !is_link(c)) {
                    p.scan(chunk, memo, false);
                }
            } else {
                // Whitespace is not a letter, so it ends words anyway: no need to split.
                sure = p.scan(text, memo, decision_only);
            }
            (p, sure)
        })
    }

    /// Adds the counts of `text`; with `decision_only`, stops when the text is surely
    /// Vietnamese, and then returns true.
    fn scan(&mut self, text: &str, memo: &mut WordMemo, decision_only: bool) -> bool {
        // Counted in a local and added at the end: the compiler keeps it in registers.
        let mut p = Profile::default();
        let mut at = 0;
        let mut sure = false;
        while at < text.len() && !sure {
            at = match p.window(text, at, memo) {
                Some(next) => next,
                None => p.step(text, at, memo),
            };
            sure = decision_only && p.surely_vietnamese(text.len() - at);
        }
        self.words += p.words;
        self.syllables += p.syllables;
        self.marked += p.marked;
        self.letters += p.letters;
        self.latin_letters += p.latin_letters;
        sure
    }

    /// Whether [`is_vietnamese`] answers "yes" at its second step (enough marked syllables)
    /// for every text that starts with the text profiled here and has `rest` more bytes.
    ///
    /// The rest can add at most `(rest + 1) / 2` words (a letter and a separator each) and
    /// `rest / 2` letters outside the Latin script (those take two bytes or more).
    fn surely_vietnamese(&self, rest: usize) -> bool {
        let rest = rest as u64;
        self.words > 0 && self.latin_enough(rest) && self.marked_enough(rest)
    }

    /// Whether at least half of the letters are Latin, with `rest` more bytes of other letters.
    fn latin_enough(&self, rest: u64) -> bool {
        let (latin, other) = (
            u64::from(self.latin_letters),
            u64::from(self.letters - self.latin_letters),
        );
        latin >= other + rest / 2
    }

    /// Whether one word in [`SURE_MARKED_ONE_IN`] is a marked syllable, with `rest` more bytes
    /// of unmarked words.
    fn marked_enough(&self, rest: u64) -> bool {
        u64::from(self.marked) * SURE_MARKED_ONE_IN >= u64::from(self.words) + rest.div_ceil(2)
    }

    /// Counts the separator or the whole word at byte `at` of `text`, byte by byte; returns
    /// where the next one starts.
    fn step(&mut self, text: &str, mut at: usize, memo: &mut WordMemo) -> usize {
        let bytes = text.as_bytes();
        let b = bytes[at];
        if b.is_ascii() && !is_ascii_letter(b) {
            return at + 1; // the common separators: space, punctuation, digits
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
            return at + next_char(text, at).2;
        }
        let ascii_letters = (at - start - wide_bytes) as u32;
        self.letters += ascii_letters + wide_letters;
        self.latin_letters += ascii_letters + wide_latin;
        self.words += 1;
        if memo.is_syllable(text, start..at) {
            self.syllables += 1;
            self.marked += u32::from(wide_letters > 0);
        }
        at
    }

    /// Counts the words of the (up to) 64 bytes at `at` together, from bit masks of the bytes'
    /// classes, and returns where to continue: after the last word that ends inside them. A word
    /// running past them is left to the next window. `None` when no word ends there (a word
    /// of 64 bytes or more), for [`Profile::step`].
    ///
    /// Why: on news text the byte loop of `step` took 29 instructions per byte, the windows
    /// take 14, most of them in the memo look-up per word. Every non-ASCII char is taken for a
    /// letter of the Latin script from its lead byte's mask unless the lead is not one of the
    /// common Vietnamese blocks of [`next_char`]; those (quotes, dashes, other scripts) are
    /// classified one by one.
    #[cfg(target_arch = "x86_64")]
    fn window(&mut self, text: &str, at: usize, memo: &mut WordMemo) -> Option<usize> {
        let bytes = text.as_bytes();
        // The window and the 16 bytes after it, for the memo's word keys (zero bytes after
        // the end of the text: separators, never part of a word).
        let mut padded = [0; 80];
        let block = bytemask::block_at(bytes, at, &mut padded);
        let m = ByteMasks::of(block);
        let mut word = m.alpha | m.high;
        let (mut wide_letters, mut wide_latin) = (m.lead, m.lead);
        let mut others = m.others;
        while others != 0 {
            let i = others.trailing_zeros();
            others &= others - 1;
            let (letter, latin, len) = next_char(text, at + i as usize);
            if !letter {
                word &= !(low_bits(len as u32) << i);
                wide_letters &= !(1 << i);
            }
            if !latin {
                wide_latin &= !(1 << i);
            }
        }
        // The bytes up to `cut` hold whole words and chars: a run of word bytes reaching the
        // end may go on, and so may a char (then not a letter) starting in the last 3 bytes.
        let mut cut = 64 - word.leading_ones();
        if cut == 0 {
            return None;
        }
        while bytes
            .get(at + cut as usize)
            .is_some_and(|&b| is_continuation(b))
        {
            cut -= 1;
        }
        let before_cut = low_bits(cut);
        // One bit per letter (an ASCII byte or a lead byte); other scripts are rare.
        let letters = (m.alpha | wide_letters) & before_cut;
        let not_latin = (wide_letters & !wide_latin & before_cut).count_ones();
        self.letters += letters.count_ones();
        self.latin_letters += letters.count_ones() - not_latin;
        // Nothing before `at` continues a word here (see the return value).
        let mut starts = word & !(word << 1) & before_cut;
        self.words += starts.count_ones();
        let wide = m.high & word;
        while starts != 0 {
            let s = starts.trailing_zeros();
            starts &= starts - 1;
            // The word's bytes are the low run of ones of `from_s`; adding 1 clears exactly
            // them and sets the bit after them.
            let from_s = word >> s;
            let after = from_s.wrapping_add(1);
            let len = after.trailing_zeros();
            let start = at + s as usize;
            let range = start..start + len as usize;
            let syllable = match block[s as usize..].first_chunk::<16>() {
                Some(following) if len <= 16 => memo.lookup(following, text, range),
                _ => is_syllable(&text[range]),
            };
            self.syllables += u32::from(syllable);
            self.marked += u32::from(syllable && (wide >> s) & !after != 0);
        }
        Some((at + cut as usize).min(bytes.len()))
    }

    /// Without SSE2 every byte goes through [`Profile::step`].
    #[cfg(not(target_arch = "x86_64"))]
    fn window(&mut self, _: &str, _: usize, _: &mut WordMemo) -> Option<usize> {
        None
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

/// UTF-8 continuation bytes: 0x80–0xBF.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn is_continuation(b: u8) -> bool {
    (b as i8) < -64
}

/// The lowest `n` bits set (`n` ≤ 64).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn low_bits(n: u32) -> u64 {
    u64::MAX.checked_shr(64 - n).unwrap_or(0)
}

/// Classes of 64 bytes of text, bit `i` for byte `i`.
#[cfg(target_arch = "x86_64")]
struct ByteMasks {
    /// ASCII letters.
    alpha: u64,
    /// Non-ASCII bytes.
    high: u64,
    /// Lead bytes of non-ASCII chars.
    lead: u64,
    /// Lead bytes of chars that may not be letters of the Latin script: all but the letters
    /// U+00C0–U+023F (less × and ÷) and U+1E80–U+1EFF, which [`next_char`] also takes whole.
    others: u64,
}

#[cfg(target_arch = "x86_64")]
impl ByteMasks {
    #[inline(always)]
    fn of(block: &bytemask::Block) -> ByteMasks {
        use bytemask::{in_range, splat};
        use std::arch::x86_64::{_mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_or_si128};
        // SAFETY: SSE2 is enabled on every x86-64 target.
        let [alpha, high, lead, others] = bytemask::masks(block, |v, next| unsafe {
            // Setting bit 5 folds upper case onto lower case; bytes of 0x80 and above stay out.
            let alpha = in_range(_mm_or_si128(v, splat(0x20)), b'a', b'z');
            let lead = bytemask::first_bytes(v);
            // 0xC3–0xC8 not before 0x97 or 0xB7 (C3 97 is ×, C3 B7 ÷; the rare letters
            // C4 97, C6 B7… are left to `next_char` with them), or 0xE1 before 0xBA or 0xBB.
            let two_byte = _mm_andnot_si128(
                _mm_cmpeq_epi8(_mm_or_si128(next, splat(0x20)), splat(0xB7)),
                in_range(v, 0xC3, 0xC8),
            );
            let three_byte = _mm_and_si128(
                _mm_cmpeq_epi8(v, splat(0xE1)),
                _mm_cmpeq_epi8(_mm_or_si128(next, splat(1)), splat(0xBB)),
            );
            let others = _mm_andnot_si128(_mm_or_si128(two_byte, three_byte), lead);
            [alpha, v, lead, others]
        });
        ByteMasks {
            alpha,
            high,
            lead,
            others,
        }
    }
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

/// Bits of a [`WordMemo`] slot number.
const MEMO_BITS: u32 = 15;
/// Slots of [`WordMemo`] (544 KB per thread): Vietnamese has a few thousand syllables, but
/// Wikipedia's names and foreign words made 8,192 slots miss often enough to cost 4 % of
/// `clean` on it (each miss is a full syllable test); with 32,768 the extra cache misses of
/// the larger table cost less than that.
const MEMO_SLOTS: usize = 1 << MEMO_BITS;

/// The low `n` bytes of a word key, for each length `n` ≤ 16 (a table: the shift of a
/// 128-bit integer by a variable amount takes a dozen instructions).
static KEY_MASKS: [u128; 17] = {
    let mut masks = [u128::MAX; 17];
    let mut n = 0;
    while n < 16 {
        masks[n] = (1 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// [`is_syllable`] remembered per thread for words of at most 16 bytes (nearly every word),
/// in a direct-mapped table keyed by the word's bytes: most words of a corpus are a few
/// thousand syllables, and comparing two integers costs far less than even the fast syllable
/// test. It only caches a pure function, so results never depend on what a thread saw before.
struct WordMemo {
    /// Each word's bytes, zero-padded, as two halves (empty slot: zero). A word of letters has
    /// no zero byte, so equal keys are equal words, lengths included. Fixed-size arrays: a
    /// slot number below `MEMO_SLOTS` by construction needs no bounds check.
    keys: Box<[[u64; 2]; MEMO_SLOTS]>,
    /// The verdict of each slot's word.
    verdicts: Box<[bool; MEMO_SLOTS]>,
}

impl WordMemo {
    fn new() -> Self {
        WordMemo {
            // Built on the heap: an array this size on the stack could overflow a thread's.
            keys: vec![[0; 2]; MEMO_SLOTS]
                .try_into()
                .expect("MEMO_SLOTS keys"),
            verdicts: vec![false; MEMO_SLOTS]
                .try_into()
                .expect("MEMO_SLOTS verdicts"),
        }
    }

    /// Whether `text[word]` is a syllable.
    fn is_syllable(&mut self, text: &str, word: Range<usize>) -> bool {
        if word.len() > 16 {
            return is_syllable(&text[word]);
        }
        let bytes = text.as_bytes();
        // The word's bytes as an integer: one 16-byte load where the text allows.
        let padded = match bytes
            .get(word.start..)
            .and_then(|rest| rest.first_chunk::<16>())
        {
            Some(window) => *window,
            None => {
                let mut padded = [0; 16];
                padded[..word.len()].copy_from_slice(&bytes[word.clone()]);
                padded
            }
        };
        self.lookup(&padded, text, word)
    }

    /// Whether `text[word]` is a syllable, for a word of 1 to 16 bytes that starts
    /// `following`, the next 16 bytes of the text (or of a zero-padded copy).
    #[inline(always)]
    fn lookup(&mut self, following: &[u8; 16], text: &str, word: Range<usize>) -> bool {
        let len = word.len();
        if len <= 8 {
            // Nearly every Vietnamese syllable (`trường`, `nghiêng`: 8 bytes): one half of the
            // key, the other zero, which the look-up then folds away.
            let half = u64::from_le_bytes(*following.first_chunk::<8>().expect("16 bytes"));
            return self.find([half & (u64::MAX >> (64 - 8 * len)), 0], text, word);
        }
        let bytes = u128::from_le_bytes(*following) & KEY_MASKS[len];
        self.find([bytes as u64, (bytes >> 64) as u64], text, word)
    }

    /// Whether `text[word]`, whose zero-padded bytes are `key`, is a syllable.
    #[inline(always)]
    fn find(&mut self, key: [u64; 2], text: &str, word: Range<usize>) -> bool {
        let folded = key[0] ^ key[1].rotate_left(29);
        let at = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - MEMO_BITS)) as usize;
        if self.keys[at] == key {
            return self.verdicts[at];
        }
        self.remember(at, key, &text[word])
    }

    /// The memo's slow path, kept out of line so that the look-up stays small.
    #[cold]
    #[inline(never)]
    fn remember(&mut self, at: usize, key: [u64; 2], word: &str) -> bool {
        let verdict = is_syllable(word);
        self.keys[at] = key;
        self.verdicts[at] = verdict;
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
pub(crate) fn is_latin(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// [`is_vietnamese`] of `text` and its profile, for callers that need nothing else from the
/// profile: the scan stops as soon as the rest of the text cannot change the answer "yes",
/// which on Vietnamese prose is after about two thirds of it.
///
/// ```
/// let vi = "Quân đội Syria đã ngừng các hoạt động tấn công ở phía Đông Aleppo.";
/// assert!(vietnorm::langid::is_vietnamese_text(vi));
/// ```
pub fn is_vietnamese_text(text: &str) -> bool {
    let (profile, sure) = Profile::scanned(text, true);
    sure || is_vietnamese(text, &profile)
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
    if profile.words == 0 || !profile.latin_enough(0) {
        return false;
    }
    if profile.marked_enough(0) {
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
        /// scripts, letters outside the fast ranges, digits and separators in any order, in
        /// texts longer than the 64-byte windows and with words longer than them.
        #[test]
        fn scan_agrees_with_the_definition(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "người", "Nam", "a", "thuyền", "ĐƯỜNG", "x", " ", "  ", ".", ",", "1", "ế",
                "سوريا", "中", "ß", "ñ", "×", "÷", "ǅ", "\u{300}", "ȿ", "Ω", "ṭ", "—", "\n",
                "\u{a0}", "iPhone", "qu", "ý", "“", "ė", "ᄀ", "ẞ", "\u{e000}", "😀",
                "Supercalifragilisticexpialidociouswordthatislongerthan64bytesofletters",
            ][..]), 0..120),
            any_text in "\\PC{0,150}",
        ) {
            for text in [parts.concat(), any_text] {
                let mut p = Profile::default();
                p.scan(&text, &mut WordMemo::new(), false);
                proptest::prop_assert_eq!(p, reference_scan(&text), "{:?}", text);
            }
        }
    }

    proptest::proptest! {
        /// Stopping early never changes the answer: on a Vietnamese start (where the scan may
        /// stop) followed by anything, other scripts, foreign words and digits in any share.
        #[test]
        fn early_stop_keeps_the_answer(
            start in proptest::collection::vec(proptest::sample::select(&[
                "người ", "Việt ", "thuyền ", "đã ", "các ", "Nam ", "a ",
            ][..]), 0..60),
            rest in proptest::collection::vec(proptest::sample::select(&[
                "người ", "Việt ", "nguoi ", "the ", "army ", "a ", "سوريا ", "中国 ", "ภาษา ",
                "Ωμέγα ", "2024 ", ". ", "x", " ",
            ][..]), 0..150),
        ) {
            let text = start.concat() + &rest.concat();
            proptest::prop_assert_eq!(
                is_vietnamese_text(&text),
                is_vietnamese(&text, &Profile::of(&text))
            );
        }
    }

    /// Stopping early never changes the answer where the bounds on the rest are tight: a
    /// Vietnamese start (long words, where the marked share decides when to stop, or short
    /// ones, where the share of Latin letters does), then as many words (`x `) or non-Latin
    /// letters (`س`) per byte as possible.
    #[test]
    fn early_stop_keeps_the_answer_at_the_bounds() {
        for start in ["người ", "đã "] {
            for (repeat, tail) in [(40, "x "), (40, "س"), (3, "x "), (3, "ω")] {
                for n in 0..400 {
                    let text = start.repeat(repeat) + &tail.repeat(n);
                    let full = is_vietnamese(&text, &Profile::of(&text));
                    assert_eq!(is_vietnamese_text(&text), full, "{start} {tail:?} {n}");
                }
            }
        }
    }

    #[test]
    fn vietnamese_prose_stops_early() {
        let text = "Bộ Quốc phòng Syria hôm 2.12 công bố đoạn video cho thấy quân đội nước này \
                    đang chiến đấu với các nhóm vũ trang ở phía bắc tỉnh Hama, sau khi các nhóm \
                    này chiếm được thành phố Aleppo trong một cuộc tấn công bất ngờ tuần trước.";
        let (prefix, sure) = Profile::scanned(text, true);
        assert!(sure);
        assert!(prefix.words < Profile::of(text).words);
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
