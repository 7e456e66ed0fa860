//! Near duplicates: MinHash over 5-word shingles with locality-sensitive banding, 14 bands of
//! 8 rows (the parameters datatrove uses for web corpora).
//!
//! - **Words** are the lower-cased runs of letters and digits, so punctuation, spacing and case
//!   differences do not matter. A document with fewer than 5 words is one shingle.
//! - **Shingle hashes** are xxh3-64 of the five word hashes.
//! - **112 hash functions** are `x ↦ a·x + b (mod 2⁶⁴)` with odd `a`: each is a bijection of
//!   the 64-bit space, cheap (one multiply-add), and good enough because `x` is already a
//!   well-mixed hash. `a` and `b` come from a fixed splitmix64 stream, so signatures are the same
//!   on every machine and in every run.
//! - **Bands**: the 112 minima are cut into 14 bands of 8; each band is hashed to one key. Two
//!   documents sharing any band key are near duplicates. With Jaccard similarity s, the chance
//!   of sharing a band is 1 − (1 − s⁸)¹⁴: 0.04 at s = 0.5, 0.56 at s = 0.75, 0.99 at s = 0.9.

use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

const _: () = assert!(SHINGLE <= ROWS, "hash_u64s holds at most ROWS numbers");

/// Number of bands.
pub const BANDS: usize = 14;
/// Rows (hash functions) per band.
pub const ROWS: usize = 8;
/// Words per shingle.
pub const SHINGLE: usize = 5;
const HASHES: usize = BANDS * ROWS;

/// The MinHash signature step; build once, share by reference.
#[derive(Debug)]
pub struct MinHasher {
    mul: [u64; HASHES],
    add: [u64; HASHES],
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Default for MinHasher {
    fn default() -> Self {
        MinHasher::new()
    }
}

impl MinHasher {
    /// Draws the hash functions from a fixed seed.
    pub fn new() -> MinHasher {
        let mut state = 0x7669_6574_6e6f_726d; // "vietnorm"
        let mut mul = [0; HASHES];
        let mut add = [0; HASHES];
        for (m, a) in mul.iter_mut().zip(&mut add) {
            *m = splitmix64(&mut state) | 1;
            *a = splitmix64(&mut state);
        }
        MinHasher { mul, add }
    }

    /// The band keys of `text`, or `None` when it has no words.
    pub fn bands(&self, text: &str) -> Option<[u64; BANDS]> {
        let words = word_hashes(text);
        if words.is_empty() {
            return None;
        }
        let mut mins = [u64::MAX; HASHES];
        for window in words.windows(SHINGLE.min(words.len())) {
            let shingle = hash_u64s(window, 0);
            for ((min, m), a) in mins.iter_mut().zip(&self.mul).zip(&self.add) {
                *min = (*min).min(shingle.wrapping_mul(*m).wrapping_add(*a));
            }
        }
        let mut bands = [0; BANDS];
        for (band, (key, rows)) in bands.iter_mut().zip(mins.chunks(ROWS)).enumerate() {
            *key = hash_u64s(rows, band as u64);
        }
        Some(bands)
    }
}

/// xxh3 of up to 8 numbers' little-endian bytes (no allocation).
fn hash_u64s(values: &[u64], seed: u64) -> u64 {
    let mut bytes = [0u8; 8 * ROWS];
    for (chunk, v) in bytes.chunks_exact_mut(8).zip(values) {
        chunk.copy_from_slice(&v.to_le_bytes());
    }
    xxh3_64_with_seed(&bytes[..8 * values.len()], seed)
}

/// xxh3 of each lower-cased word (run of letters and digits) of `text`.
fn word_hashes(text: &str) -> Vec<u64> {
    let mut hashes = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            hashes.push(xxh3_64(word.as_bytes()));
            word.clear();
        }
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared_bands(a: &str, b: &str) -> usize {
        let m = MinHasher::new();
        let (a, b) = (m.bands(a).unwrap(), m.bands(b).unwrap());
        a.iter().zip(&b).filter(|(x, y)| x == y).count()
    }

    #[test]
    fn case_spacing_and_punctuation_do_not_matter() {
        let a = "Chiến sự ở Aleppo vẫn đang tiếp diễn hết sức ác liệt";
        let b = "chiến sự ở ALEPPO, vẫn đang  tiếp diễn hết sức ác liệt!";
        assert_eq!(shared_bands(a, b), BANDS);
    }

    #[test]
    fn unrelated_texts_share_no_band() {
        let a = "Chiến sự ở Aleppo vẫn đang tiếp diễn hết sức ác liệt trong nhiều ngày qua";
        let b = "Bộ Quốc phòng Syria hôm nay công bố đoạn video cho thấy quân đội nước này";
        assert_eq!(shared_bands(a, b), 0);
    }

    #[test]
    fn short_texts_are_one_shingle_and_empty_has_none() {
        let m = MinHasher::new();
        assert!(m.bands("Xin chào").is_some());
        assert_ne!(m.bands("Xin chào"), m.bands("chào Xin"));
        assert_eq!(m.bands(" ... "), None);
    }
}
