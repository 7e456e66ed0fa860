//! The tone stage's gate: whether a text has a word the scanner ([`super::scan`]) reports.
//!
//! Running text repeats a few thousand words, and the scanner's verdict on a word depends on
//! the word alone. So the gate remembers, per thread and style, the words the scanner passed,
//! and asks it only about words it has not seen (or that lost their slot to others). Its
//! cost is then one look-up per word with a non-ASCII char, where the scanner paid a table
//! look-up and a few hard-to-predict branches for every non-ASCII char. On x86-64 the words
//! are found 64 bytes at a time ([`crate::bytemask`], in AVX2 where the CPU has it, with its
//! byte classes looked up in tables), only those with a char that the scanner could report
//! are looked up, and each as one 16-byte number.
//!
//! A word here is a maximal run of ASCII letters and non-ASCII chars. Everything else is
//! ASCII and a separator to the scanner, which looks no further than the run of vowels
//! around a char and the classes of the letters on each side: its verdict on a word inside a
//! text is its verdict on the word alone.

use std::cell::RefCell;
use std::ops::ControlFlow;

use super::{scan, ToneStyle};
#[cfg(target_arch = "x86_64")]
use crate::bytemask::{
    block_at, first_bytes, high_nibbles, in_range, lookup, masks_in, Block, Lanes, Vector, Wide,
};

/// The gate: whether the scanner reports a char of a text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Gate {
    /// The search in the widest lanes this CPU has, chosen once: testing the CPU's features
    /// and dispatching on them for every text cost about 40 instructions a line, 6% of the
    /// gate's cost on Wikipedia, whose lines are short.
    find_unclean: FindUnclean,
}

/// A search for a word the scanner reports, in one lane width. Unsafe to call where the CPU
/// lacks that width's instructions.
type FindUnclean = unsafe fn(&str, &mut CleanWords, ToneStyle) -> bool;

impl Gate {
    pub(super) fn new() -> Gate {
        Gate {
            find_unclean: find_unclean_here(),
        }
    }

    /// Whether the scanner reports a char of `text` in `style`.
    pub(super) fn needs(&self, text: &str, style: ToneStyle) -> bool {
        // SAFETY: `find_unclean_here` chose a search that this CPU can run.
        CLEAN.with(|sets| unsafe {
            (self.find_unclean)(text, &mut sets.borrow_mut()[style as usize], style)
        })
    }
}

thread_local! {
    /// The words passed on this thread, a set per [`ToneStyle`]. Per thread, so the stage
    /// stays pure and lock-free.
    static CLEAN: RefCell<[CleanWords; 3]> = RefCell::new(std::array::from_fn(|_| CleanWords::new()));
}

/// Words the scanner passed in one style, of up to 16 bytes, as numbers: the word's bytes in
/// little-endian order, zeros after it (a word has no zero byte and is never empty, so the
/// number tells the word, and 0 is an empty slot). Each word has a pair of slots, chosen by a
/// hash, which holds the last two words passed that hashed there: a collision only costs a
/// scan again. Two, because with one, two frequent words that share it take it from each
/// other at every turn (in the news seeds `điều` and `việc` did, and each paid a scan each
/// time: 9 in 10 of the scans there).
struct CleanWords {
    // An array, so that a pair's index needs no bounds check.
    pairs: Box<[[u128; 2]; PAIRS]>,
}

/// 2^13 pairs of slots (256 KB): on 20 MB of Vietnamese Wikipedia, with its foreign names,
/// about 2 look-ups in 100 miss (a quarter of the slots missed 2.7 times as many).
const PAIR_BITS: u32 = 13;
const PAIRS: usize = 1 << PAIR_BITS;

impl CleanWords {
    fn new() -> Self {
        let pairs = vec![[0; 2]; PAIRS].into_boxed_slice();
        CleanWords {
            pairs: pairs.try_into().expect("PAIRS pairs"),
        }
    }

    /// The pair of slots of the word numbered `key`.
    #[inline(always)]
    fn pair(&mut self, key: u128) -> &mut [u128; 2] {
        let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        &mut self.pairs[(mixed >> (64 - PAIR_BITS)) as usize]
    }

    /// Whether the word numbered `key` is remembered. The newer word of a pair is tested
    /// first, and is nearly always the one.
    #[inline(always)]
    fn has(&mut self, key: u128) -> bool {
        let pair = self.pair(key);
        pair[0] == key || pair[1] == key
    }

    /// Remembers the word numbered `key`, which is not remembered yet, in place of the older
    /// word of its pair.
    fn remember(&mut self, key: u128) {
        let pair = self.pair(key);
        *pair = [key, pair[0]];
    }
}

/// Whether the word `text[start..end]` is clean: remembered, or else judged by the scanner
/// (and remembered if it has at most 16 bytes).
#[inline(always)]
fn judge(set: &mut CleanWords, text: &str, start: usize, end: usize, style: ToneStyle) -> bool {
    match key_of(text.as_bytes(), start, end) {
        Some(key) if set.has(key) => true,
        key => judge_unseen(set, &text[start..end], key, style),
    }
}

/// [`judge`] of a word not remembered, numbered `key` if it has at most 16 bytes. Out of line,
/// so that the look-up that nearly always answers stays short.
#[cold]
#[inline(never)]
fn judge_unseen(set: &mut CleanWords, word: &str, key: Option<u128>, style: ToneStyle) -> bool {
    let clean = scan::scan(word, style, |_| ControlFlow::Break(())).is_continue();
    if let (true, Some(key)) = (clean, key) {
        set.remember(key);
    }
    clean
}

/// The number of the word `bytes[start..end]` in [`CleanWords`], if it has at most 16 bytes.
#[inline(always)]
fn key_of(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    /// Masks of the first `n` bytes of a number, by `n`.
    const FIRST_BYTES: [u128; 17] = {
        let mut masks = [0; 17];
        let mut n = 1;
        while n <= 16 {
            masks[n] = u128::MAX >> (128 - 8 * n);
            n += 1;
        }
        masks
    };
    let len = end - start;
    let mask = *FIRST_BYTES.get(len)?;
    // One 16-byte load, except for a word near the end of the text.
    let raw = match bytes[start..].first_chunk::<16>() {
        Some(chunk) => u128::from_le_bytes(*chunk),
        None => {
            let mut chunk = [0; 16];
            chunk[..len].copy_from_slice(&bytes[start..end]);
            u128::from_le_bytes(chunk)
        }
    };
    Some(raw & mask)
}

/// Whether `b` is part of a word: an ASCII letter or a byte of a non-ASCII char.
#[cfg(not(target_arch = "x86_64"))]
fn is_word_byte(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_alphabetic()
}

/// The end of the word that goes on at byte `i`.
#[cfg(not(target_arch = "x86_64"))]
fn word_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| !is_word_byte(b))
        .map_or(bytes.len(), |k| i + k)
}

/// The start of the word that goes on at byte `i - 1`.
#[cfg(not(target_arch = "x86_64"))]
fn word_start(bytes: &[u8], i: usize) -> usize {
    bytes[..i]
        .iter()
        .rposition(|&b| !is_word_byte(b))
        .map_or(0, |k| k + 1)
}

/// The search in the widest lanes this CPU has.
#[cfg(target_arch = "x86_64")]
fn find_unclean_here() -> FindUnclean {
    if has_avx2() {
        find_unclean_avx2
    } else {
        find_unclean_sse2
    }
}

/// Whether the CPU has what [`find_unclean_avx2`] needs. The answers are cached: each test is
/// a load and a branch.
#[cfg(target_arch = "x86_64")]
fn has_avx2() -> bool {
    std::is_x86_feature_detected!("avx2")
        && std::is_x86_feature_detected!("bmi1")
        && std::is_x86_feature_detected!("lzcnt")
}

/// [`find_unclean_in`] with AVX2, which classifies 32 bytes per instruction, and the bit scans
/// `tzcnt` and `lzcnt`, which need no test for zero: the gate then costs about a fifth less.
///
/// # Safety
/// The CPU has AVX2, BMI1 and LZCNT.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,bmi1,lzcnt")]
unsafe fn find_unclean_avx2(text: &str, set: &mut CleanWords, style: ToneStyle) -> bool {
    find_unclean_in::<Wide>(text, set, style)
}

/// [`find_unclean_in`] with SSE2, which every x86-64 CPU has.
///
/// # Safety
/// None: the function is unsafe to be a [`FindUnclean`].
#[cfg(target_arch = "x86_64")]
unsafe fn find_unclean_sse2(text: &str, set: &mut CleanWords, style: ToneStyle) -> bool {
    find_unclean_in::<Vector>(text, set, style)
}

/// Whether a word of `text` that may change is not clean, in lanes `V`. The words come from
/// the masks of each 64-byte block; one that goes on past the block's edge is carried over to
/// the next.
///
/// Only the words with a [`worth_a_look`] char are judged: in clean Vietnamese that is
/// about 1 word in 10 of those with a non-ASCII char with AVX2, and more with SSE2, which
/// finds no hats.
///
/// # Safety
/// The CPU has the instructions of `V`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn find_unclean_in<V: GateLanes>(
    text: &str,
    set: &mut CleanWords,
    style: ToneStyle,
) -> bool {
    let bytes = text.as_bytes();
    let mut padded = [0; 80];
    // The start of the word that goes on at byte `at`, if that is a word byte: words that
    // cross a block's edge are carried over, never finished a byte at a time (whose loop
    // mispredicted its exit on every such word).
    let mut open = 0;
    // Whether that word has a char worth a look.
    let mut pending = false;
    // What the byte before the block is, in bit 0.
    let mut before = Before::default();
    let open_pairs = first_marks_open_pairs(style);
    for at in (0..bytes.len()).step_by(64) {
        let block = block_at(bytes, at, &mut padded);
        let (classes, words) = V::classify(block);
        let mut look = worth_a_look(classes, words, open_pairs, &mut before);
        // A word carried over is judged as if its first byte here were worth a look (it ends
        // at byte 0 if it ended with the last block), in the one loop: a second path for it
        // had the compiler keep the block's vectors live across its call, and spill them.
        look |= u64::from(pending);
        pending = false;
        while look != 0 {
            let k = look.trailing_zeros();
            // Every byte looked at is non-ASCII, so a word byte, but for a word carried over:
            // the loop moves on, or stops at the block's end.
            debug_assert!(words >> k & 1 == 1 || k == 0);
            let end = k + (!(words >> k)).trailing_zeros();
            if end == 64 {
                pending = true; // judged where it ends
                break;
            }
            let before = words | !((1 << k) - 1);
            let start = if before == u64::MAX {
                open
            } else {
                at + (64 - (!before).leading_zeros()) as usize
            };
            if !judge(set, text, start, at + end as usize, style) {
                return true;
            }
            // Up to `end`, which is not a word byte, so `k` too when a word carried over ended
            // with the last block (`end` is then 0).
            look &= !1 << end;
        }
        if words != u64::MAX {
            open = at + (64 - (!words).leading_zeros()) as usize;
        }
    }
    // A word still open ends the text (the block after the last byte would be padding).
    pending && !judge(set, text, open, bytes.len(), style)
}

/// How the gate classifies the bytes of a block in lanes of one width.
#[cfg(target_arch = "x86_64")]
trait GateLanes: Lanes {
    /// The classes of the first 64 bytes of `block`, and which of them are word bytes.
    ///
    /// # Safety
    /// The CPU has the instructions of `Self`.
    unsafe fn classify(block: &Block) -> (BlockClasses, u64);
}

/// With SSE2 the classes are compares. SSE2 has no byte shuffle (`pshufb` came with SSSE3),
/// and the compares that would tell the hats cost as much as the look-ups they save: here the
/// gate finds no hats, and looks those words up.
#[cfg(target_arch = "x86_64")]
impl GateLanes for Vector {
    #[inline(always)]
    unsafe fn classify(block: &Block) -> (BlockClasses, u64) {
        let [leads, words, high, vowels, plain, d, q_or_g] = masks_in(block, |v: Self, next| {
            let is = |v: Self, b| v.eq(Self::splat(b));
            let folded = lower(v);
            let vowels = [b'e', b'i', b'o', b'u', b'y']
                .into_iter()
                .fold(is(folded, b'a'), |acc, vowel| acc.or(is(folded, vowel)));
            let next_odd = next.or(Self::splat(1));
            let plain = in_range(v, 0xC3, 0xC6).or(is(v, 0xE1).and(is(next_odd, 0xBB)));
            let d = is(v, 0xC4).and(is(next_odd, 0x91));
            let q_or_g = is(folded, b'q').or(is(folded, b'g'));
            [first_bytes(v), words(v), v, vowels, plain, d, q_or_g]
        });
        let classes = BlockClasses {
            leads,
            high,
            vowels,
            plain,
            d,
            hats: 0,
            q_or_g,
        };
        (classes, words)
    }
}

/// With AVX2 most classes are looked up in tables by the high and low 4 bits of each byte,
/// a bit per class ([`NibbleSets`]): that costs a few instructions for all of them, where a
/// compare costs one per byte value.
#[cfg(target_arch = "x86_64")]
impl GateLanes for Wide {
    #[inline(always)]
    unsafe fn classify(block: &Block) -> (BlockClasses, u64) {
        use std::arch::x86_64::{_mm256_adds_epu8, _mm256_sll_epi16, _mm_cvtsi32_si128};
        const ALL: [u8; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
        // What a byte is, by itself.
        const BYTE: NibbleSets = NibbleSets::new([
            (&[4, 6], &[1, 5, 9, 0xF]),    // A E I O, a e i o
            (&[5, 7], &[5, 9]),            // U Y, u y
            (&[0xC], &[3, 4, 5, 6]),       // a first byte of U+00C0–01BF
            (&[0xE], &[1]),                // a first byte of U+1000–1FFF
            (&[0xB], &[0xA, 0xB]),         // after E1, a char of U+1E80–1EFF
            (&[0xC], &[4]),                // a first byte of U+0100–013F
            (&[9], &[0, 1]),               // after C4, Đ or đ
            (&[0xC, 0xD, 0xE, 0xF], &ALL), // a first byte of a char of 2 bytes or more
        ]);
        // The byte before the last of a hat, with a bit for each set of last bytes in
        // `HAT_LAST` that it goes with; and in bit 7, which goes with none, the letters that
        // may begin the initial `qu` or `gi` (and `a w`, which cost a look-up at most).
        const HAT_BEFORE_LAST: NibbleSets = NibbleSets::new([
            (&[0xB], &[0xA]),
            (&[0xB], &[0xA]),
            (&[0xB], &[0xB]),
            (&[0xB], &[0xB]),
            (&[0xC], &[3]),
            (&[0xC], &[3]),
            (&[0xC], &[4]),
            (&[4, 5, 6, 7], &[1, 7]), // A G Q W, a g q w
        ]);
        const HAT_LAST: NibbleSets = NibbleSets::new([
            (&[0xA], &[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]), // E1 BA A4–AF: Ấ…ắ
            (&[0xB], &[0, 1, 2, 3, 4, 5, 6, 7, 0xE, 0xF]),         // E1 BA B0–B7, BE–BF: Ằ…ặ, Ế ế
            (&[8], &[0, 1, 2, 3, 4, 5, 6, 7]),                     // E1 BB 80–87: Ề…ệ
            (&[9], &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),               // E1 BB 90–99: Ố…ộ
            (&[8, 0xA], &[2, 0xA]),                                // C3 82, 8A, A2, AA: Â Ê â ê
            (&[9, 0xB], &[4]),                                     // C3 94, B4: Ô ô
            (&[8], &[2, 3]),                                       // C4 82, 83: Ă ă
            (&[], &[]),
        ]);
        let [leads, words, high, vowels, plain_2, e1, e1_block, c4, d_last, hats, q_or_g] =
            masks_in(block, |v: Self, next| {
                // Bit `k` of each byte moved to its high bit (the 16-bit shift moves bits of
                // the low byte into the high one, below its high bit).
                let bit =
                    |classes: Self, k: i32| _mm256_sll_epi16(classes, _mm_cvtsi32_si128(7 - k));
                // The high bit set where any bit is.
                let any = |classes: Self| _mm256_adds_epu8(classes, Self::splat(0x7F));
                let byte = BYTE.of(v);
                let before_last = HAT_BEFORE_LAST.of(v);
                let hat = before_last.and(HAT_LAST.of(next));
                [
                    byte,
                    words(v),
                    v,
                    any(byte.and(Self::splat(0x03))),
                    bit(byte, 2),
                    bit(byte, 3),
                    bit(byte, 4),
                    bit(byte, 5),
                    bit(byte, 6),
                    any(hat),
                    before_last,
                ]
            });
        // A lead byte whose class needs the byte after it is told by the byte after it in the
        // next bit; at bit 63 that is not known, and the char is taken for a rare one.
        let classes = BlockClasses {
            leads,
            high,
            vowels,
            plain: plain_2 | (e1 & e1_block >> 1),
            d: c4 & d_last >> 1,
            hats,
            q_or_g,
        };
        (classes, words)
    }
}

/// Up to 8 sets of byte values, each all the bytes whose high 4 bits are among its first list
/// and whose low 4 bits are among its second: a byte's sets, a bit each, are the AND of two
/// 16-entry tables, one by each half of the byte.
#[cfg(target_arch = "x86_64")]
struct NibbleSets {
    by_high: [u8; 16],
    by_low: [u8; 16],
}

#[cfg(target_arch = "x86_64")]
impl NibbleSets {
    const fn new(sets: [(&[u8], &[u8]); 8]) -> Self {
        let (mut by_high, mut by_low) = ([0; 16], [0; 16]);
        let mut k = 0;
        while k < 8 {
            let (highs, lows) = sets[k];
            let mut i = 0;
            while i < highs.len() {
                by_high[highs[i] as usize] |= 1 << k;
                i += 1;
            }
            i = 0;
            while i < lows.len() {
                by_low[lows[i] as usize] |= 1 << k;
                i += 1;
            }
            k += 1;
        }
        NibbleSets { by_high, by_low }
    }

    /// The sets of each byte of `v`, bit `k` for set `k`.
    ///
    /// # Safety
    /// The CPU has AVX2.
    #[inline(always)]
    unsafe fn of(&self, v: Wide) -> Wide {
        let low = v.and(Wide::splat(0x0F));
        lookup(self.by_high, high_nibbles(v)).and(lookup(self.by_low, low))
    }
}

/// The bytes of `v` with upper-case ASCII letters in lower case (setting bit 5; bytes of
/// 0x80 and above stay out of every ASCII class).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn lower<V: Lanes>(v: V) -> V {
    v.or(V::splat(0x20))
}

/// The word bytes of `v`, high bit set: ASCII letters, and non-ASCII bytes, whose high bit is
/// set already.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn words<V: Lanes>(v: V) -> V {
    v.or(in_range(lower(v), b'a', b'z'))
}

/// Byte classes of a 64-byte block, bit `i` for byte `i`.
#[cfg(target_arch = "x86_64")]
struct BlockClasses {
    /// First bytes of non-ASCII chars.
    leads: u64,
    /// Non-ASCII bytes.
    high: u64,
    /// ASCII vowels, either case.
    vowels: u64,
    /// First bytes of the chars U+00C0–U+01BF and U+1E80–U+1EFF: every Vietnamese letter is
    /// among them, and every char that may take a tone on a final `g` or `h`, where it
    /// touches no vowel (`ǵ`, `ḥ`, combining marks), is not.
    plain: u64,
    /// First bytes of `đ` and `Đ`.
    d: u64,
    /// The byte before the last of `â ê ô ă`, bare or toned, either case: where every style
    /// puts a tone mark, on a vowel with no horn to repair.
    hats: u64,
    /// `q` and `g`, either case (with AVX2 also `a` and `w`, which cost a look-up at most):
    /// at a word's start, the first letter of the initial `qu` or `gi`, whose glide takes no
    /// tone (`qủa` is `quả`, `gìa` is `già`).
    q_or_g: u64,
}

/// All ones in the styles that put the mark of a run of two vowels that ends a word on the
/// first of them, as in `của`, `này`, `hòa`, `thủy`; 0 in the new style, which puts those of
/// `oa`, `oe`, `uy` on the second. Keep leaves either, and the first is the only place for
/// the others.
#[cfg(target_arch = "x86_64")]
fn first_marks_open_pairs(style: ToneStyle) -> u64 {
    match style {
        ToneStyle::Old | ToneStyle::Keep => u64::MAX,
        ToneStyle::New => 0,
    }
}

/// Whether the byte before a block may be a vowel, in bit 0, as an ASCII vowel and as a
/// non-ASCII char.
#[cfg(target_arch = "x86_64")]
#[derive(Default)]
struct Before {
    vowel: u64,
    other: u64,
}

/// Some byte of each char of the block the scanner may report: a char outside the plain
/// blocks, or one with a vowel or a non-ASCII char but `đ` beside it, where two kinds of
/// ASCII vowel do not count:
/// - one beside a hat: a hat's mark is where every style puts it, and it has no horn to
///   repair (`tôi`, `việc`, `quốc`, `nhiều`, `ngoặc`; in news text that halves the words
///   looked up);
/// - in the styles of [`first_marks_open_pairs`], one that ends the word after a char that
///   an ASCII consonant or `đ` comes before, but for a `q` or `g` that starts the word
///   (`của`, `này`, `đại`, `vào`, `ngày`, but not `qủa`, `gìa` or a lookalike D, which is only
///   replaced as an initial: in news text that halves the words looked up again).
///
/// The others are alone between consonants (or `đ`, or a text's end): a toned vowel whose
/// mark is where every style puts it, `ơ`/`ư` with no `u`/`o` for a horn repair, or a
/// lookalike D that no vowel follows, so not a syllable's initial. `words` are the block's
/// word bytes, `open_pairs` is [`first_marks_open_pairs`] and `before` carries what the last
/// byte of the block may be to the next block. A char that ends the block, or a hat that
/// crosses its edge, is looked at, and what is not known at the block's edges (the bytes
/// before a char, whether a word ends) is taken for what asks for a look.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn worth_a_look(block: BlockClasses, words: u64, open_pairs: u64, before: &mut Before) -> u64 {
    let BlockClasses {
        leads,
        high,
        vowels,
        plain,
        d,
        hats,
        q_or_g,
    } = block;
    // The second byte of `đ`, which is a consonant to the scanner.
    let d_second = d << 1;
    let others = high & !d_second;
    let continuation = high & !leads;
    let last_bytes = high & !(continuation >> 1);
    // A hat's first byte is one of these two, and the bytes that are not a first byte go
    // unused below.
    let (hat_leads, hat_lasts) = (hats | hats >> 1, hats << 1);
    let vowel_before = ((vowels << 1 | before.vowel) & !hat_leads) | others << 1 | before.other;
    // Bytes after a non-word byte (byte 0 as if it were one).
    let word_starts = !(words << 1);
    let after_letter = leads & (words & !(q_or_g & word_starts)) << 1;
    // The chars' other bytes (3 at most: a char of 4 is outside the plain blocks).
    let mut after_letter_rest = (after_letter << 1) & continuation;
    after_letter_rest |= (after_letter_rest << 1) & continuation;
    // Last bytes with an ASCII vowel after them that ends its word (not known for 62 and 63).
    let open_pair = after_letter_rest & !(words >> 2) & (u64::MAX >> 2) & open_pairs;
    let vowel_after = ((vowels >> 1) & !hat_lasts & !open_pair) | others >> 1 | 1 << 63;
    *before = Before {
        vowel: vowels >> 63,
        other: others >> 63,
    };
    (leads & (!plain | vowel_before)) | (last_bytes & vowel_after & !d_second)
}

/// The search where there is no SSE2: [`find_unclean`].
#[cfg(not(target_arch = "x86_64"))]
fn find_unclean_here() -> FindUnclean {
    find_unclean
}

/// Whether a word of `text` that may change is not clean, a char at a time.
#[cfg(not(target_arch = "x86_64"))]
fn find_unclean(text: &str, set: &mut CleanWords, style: ToneStyle) -> bool {
    let bytes = text.as_bytes();
    let mut done = 0;
    crate::unicode::for_each_non_ascii(bytes, |i| {
        if i >= done {
            done = word_end(bytes, i);
            if !judge(set, text, word_start(bytes, i), done, style) {
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    })
    .is_break()
}

#[cfg(test)]
mod tests {
    use super::super::{ToneConfig, ToneStage};
    use super::*;
    use crate::stage::Stage;

    /// The gate's answer on `text` in each lane width this CPU has, each width with its own
    /// sets, so that the SSE2 code is tested where the CPU has AVX2 too.
    fn gates(text: &str, style: ToneStyle, sets: &mut [CleanWords; 2]) -> Vec<bool> {
        #[cfg(target_arch = "x86_64")]
        {
            // SAFETY: SSE2 is enabled on every x86-64 target.
            let sse2 = unsafe { find_unclean_in::<Vector>(text, &mut sets[0], style) };
            // SAFETY: the CPU has the features.
            let avx2 = has_avx2().then(|| unsafe { find_unclean_avx2(text, &mut sets[1], style) });
            [Some(sse2), avx2].into_iter().flatten().collect()
        }
        #[cfg(not(target_arch = "x86_64"))]
        vec![find_unclean(text, &mut sets[0], style)]
    }

    /// The gate remembers the words it judged, whole, wherever they fall in the blocks, and
    /// so also the words that cross a block's edge.
    #[test]
    fn remembers_whole_words() {
        for pad in 0..70 {
            let text = format!("{}người toán", " ".repeat(pad));
            let mut sets = [CleanWords::new(), CleanWords::new()];
            let answers = gates(&text, ToneStyle::Old, &mut sets);
            for (width, set) in sets.iter_mut().enumerate().take(answers.len()) {
                for word in ["người", "toán"] {
                    let key = key_of(word.as_bytes(), 0, word.len()).expect("short word");
                    assert!(set.has(key), "{word} after {pad} bytes, width {width}");
                }
            }
        }
    }

    /// The gate with its memo reports a text when the stage changes it, and only when the
    /// scanner reports it too: on words it has seen and not seen, in one 64-byte block or
    /// across two, short and over 16 bytes, at the ends of the text.
    #[test]
    fn agrees_with_the_stage_and_the_scanner() {
        let long = [
            "ñà".repeat(30),
            format!("{}hoà{}ñ", "a".repeat(70), "b".repeat(60)),
        ];
        let words = [
            "hòa",
            "hoà",
            "thủy",
            "thuỷ",
            "của",
            "người",
            "ngưòi",
            "đuợc",
            "tóan",
            "qủa",
            "gía",
            "café",
            "Zoé",
            "að",
            "Ðà",
            "ɖi",
            "Ɖo",
            "đà",
            "Việt",
            "nghiêng",
            "Nguyễn",
            "khuỷu",
            "HOÀ",
            "Uỷ",
            "được",
            "ñandú",
            "Schrödingerüberlagerung",
            "toán",
            "quả",
            // Hats beside ASCII vowels, which need no look, and words that may look alike.
            "quốc",
            "nhiều",
            "vậy",
            "NGHIỆP",
            "tôi",
            "Yêu",
            "khuấy",
            "ngoặc",
            "Ước",
            "thuở",
            "ngưoi",
            "ửơ",
            "cửa",
            "ặa",
            "Ðấ",
            "uyể",
            "côa",
            "ếă",
            "ôá",
            "àâ",
            "uă",
            "hoằ",
            "hoạ",
            "Toả",
            // Open pairs, which the old and keep styles pass without a look, and what looks
            // like them.
            "này",
            "vào",
            "đại",
            "ngày",
            "khỏe",
            "ủy",
            "gìa",
            "Gìa",
            "qủa",
            "QỦA",
            "ngìa",
            "Iraqủa",
            "ða",
            "Ɖo",
            "xða",
            "ña",
            "thửo",
            "hoài",
            "Viêṭ",
            "thanḥ",
            "hoang\u{301}",
            "nǵ",
            "x",
            "a",
            // Words over 64 bytes, which go on across two and three blocks.
            &long[0],
            &long[1],
        ];
        let fillers = ["", " ", "ab ", "abcdefghij ", "1,2 ", "x_y ", "đ ", "ê"];
        for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
            let stage = ToneStage::new(&ToneConfig {
                style,
                ..Default::default()
            });
            let mut sets = [CleanWords::new(), CleanWords::new()];
            for round in 0..2 {
                for (k, filler) in fillers.iter().enumerate() {
                    for w in words {
                        // Shift the word across the 64-byte block boundary.
                        for pad in [0, 54, 55, 58, 60, 62, 63, 64] {
                            let text = format!("{}{filler}{w}.{}", "x ".repeat(pad / 2), &words[k]);
                            assert_agrees(&stage, &text, style, &mut sets, round);
                        }
                    }
                }
            }
        }
    }

    /// Asserts that the gate, in every lane width, reports `text` when `stage` changes it, and
    /// only when the scanner reports it too.
    fn assert_agrees(
        stage: &ToneStage,
        text: &str,
        style: ToneStyle,
        sets: &mut [CleanWords; 2],
        round: usize,
    ) {
        let scanner = scan::scan(text, style, |_| ControlFlow::Break(())).is_break();
        let changes = stage.apply(text) != text;
        for (width, gate) in gates(text, style, sets).into_iter().enumerate() {
            assert!(
                gate <= scanner && changes <= gate,
                "{text:?} {style:?} {round} {width}: gate {gate}, changes {changes}"
            );
        }
    }

    /// Every char of the plain blocks between each kind of letter and each ASCII vowel, at a
    /// word's end and not: the gate passes the open pairs only where no style and no repair
    /// would move their mark (`qủa`, `gìa`, a lookalike D, `hoà` in the new style are
    /// reported), in both orders of a text's two words.
    #[test]
    fn passes_only_open_pairs_that_stay() {
        let chars: Vec<char> = (0xC0..=0x1BF)
            .chain(0x1E80..=0x1EFF)
            .filter_map(char::from_u32)
            .collect();
        let befores = [
            "", "b", "đ", "Đ", "g", "G", "ng", "q", "Q", "qu", "gi", "w", "kh", "a", "ư",
        ];
        let afters = [
            "a", "e", "i", "o", "u", "y", "A", "Y", "an", "o-", "a\u{301}",
        ];
        for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
            let stage = ToneStage::new(&ToneConfig {
                style,
                ..Default::default()
            });
            let mut sets = [CleanWords::new(), CleanWords::new()];
            for c in &chars {
                for before in befores {
                    for after in afters {
                        let word = format!("{before}{c}{after}");
                        assert_agrees(&stage, &format!("{word} ba"), style, &mut sets, 0);
                        assert_agrees(&stage, &format!("ba {word}"), style, &mut sets, 1);
                    }
                }
            }
        }
    }

    /// In the old and keep styles the gate passes `của` and `này` without a look-up, and looks
    /// them up in the new one (where `hòa` is not clean). The gate a char at a time looks up
    /// every word with a non-ASCII char.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn open_pairs_need_no_look_up_but_in_the_new_style() {
        for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
            let mut sets = [CleanWords::new(), CleanWords::new()];
            let answers = gates("của này", style, &mut sets);
            assert!(answers.iter().all(|&unclean| !unclean));
            for (width, set) in sets.iter_mut().enumerate().take(answers.len()) {
                for word in ["của", "này"] {
                    let key = key_of(word.as_bytes(), 0, word.len()).expect("short word");
                    let looked_up = style == ToneStyle::New;
                    assert_eq!(set.has(key), looked_up, "{word} {style:?} width {width}");
                }
            }
        }
    }
}
