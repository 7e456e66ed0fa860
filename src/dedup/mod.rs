//! Duplicate detection for bulk cleaning, split into the two steps the architecture guide asks
//! for so that results never depend on the number of threads:
//!
//! 1. a **signature** per document ([`Dedup::signature`]), computed in parallel from the
//!    document alone: an xxh3-64 hash of the normalised text ([`exact`]), or the 14 band hashes
//!    of a MinHash over 5-word shingles ([`minhash`]);
//! 2. a **decision** ([`Index::check_and_insert`]), run sequentially in input order: the first
//!    document with a signature is kept, every later one is a duplicate of it.
//!
//! Hashes are xxh3 (stable across machines and versions, unlike the std/foldhash/ahash hashers),
//! so an index could be persisted and a split run gives the same answers.

pub mod exact;
pub mod minhash;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use minhash::MinHasher;

/// Which duplicates to drop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DedupMode {
    /// Keep every document.
    None,
    /// Drop documents whose normalised text is byte-identical to an earlier kept one.
    #[default]
    Exact,
    /// Drop documents whose MinHash shares a band with an earlier kept one (Jaccard ≳ 0.75).
    Near,
}

impl FromStr for DedupMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "none" => Ok(DedupMode::None),
            "exact" => Ok(DedupMode::Exact),
            "near" => Ok(DedupMode::Near),
            _ => Err(format!(
                "unknown dedup mode `{s}` (expected exact, near or none)"
            )),
        }
    }
}

/// A document's dedup signature: the keys under which it is entered in the [`Index`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signature {
    /// Not deduplicated (mode `none`, or no words to shingle).
    None,
    /// One key.
    Exact(u64),
    /// One key per MinHash band.
    Near(Box<[u64; minhash::BANDS]>),
}

/// The signature step, shared by reference across threads.
#[derive(Debug)]
pub struct Dedup {
    mode: DedupMode,
    minhash: Option<MinHasher>,
}

impl Dedup {
    /// Prepares the signature step for `mode` (builds the MinHash permutations once).
    pub fn new(mode: DedupMode) -> Dedup {
        let minhash = (mode == DedupMode::Near).then(MinHasher::new);
        Dedup { mode, minhash }
    }

    /// The signature of a normalised document.
    pub fn signature(&self, text: &str) -> Signature {
        match (&self.minhash, self.mode) {
            (Some(m), _) => m
                .bands(text)
                .map_or(Signature::None, |b| Signature::Near(Box::new(b))),
            (None, DedupMode::Exact) => Signature::Exact(exact::key(text)),
            (None, _) => Signature::None,
        }
    }
}

/// Passes an already-hashed `u64` key through: the keys are xxh3 outputs, hashing them again
/// would only cost time.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by `u64` keys; fold anything else in for completeness.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The decision step: signature keys of kept documents, each mapped to the id of the document
/// that entered it (16 bytes per key: 8 of hash, 8 of id; one key per document for exact dedup).
#[derive(Default)]
pub struct Index {
    seen: HashMap<u64, u64, BuildHasherDefault<KeyHasher>>,
}

impl Index {
    /// An empty index.
    pub fn new() -> Index {
        Index::default()
    }

    /// If a kept document already has one of `signature`'s keys, returns that document's id;
    /// otherwise enters the keys under `id` (the document is kept) and returns `None`.
    ///
    /// ```
    /// use vietnorm::dedup::{Dedup, DedupMode, Index};
    /// let dedup = Dedup::new(DedupMode::Exact);
    /// let mut index = Index::new();
    /// assert_eq!(index.check_and_insert(&dedup.signature("Xin chào"), 1), None);
    /// assert_eq!(index.check_and_insert(&dedup.signature("Tạm biệt"), 2), None);
    /// assert_eq!(index.check_and_insert(&dedup.signature("Xin chào"), 3), Some(1));
    /// ```
    pub fn check_and_insert(&mut self, signature: &Signature, id: u64) -> Option<u64> {
        let keys: &[u64] = match signature {
            Signature::None => return None,
            Signature::Exact(key) => std::slice::from_ref(key),
            Signature::Near(bands) => &bands[..],
        };
        if let Some(first) = keys.iter().find_map(|k| self.seen.get(k)) {
            return Some(*first);
        }
        for &k in keys {
            self.seen.insert(k, id);
        }
        None
    }

    /// Number of keys held.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// Whether no key is held.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mode_parses() {
        assert_eq!("near".parse(), Ok(DedupMode::Near));
        assert_eq!("none".parse(), Ok(DedupMode::None));
        assert!("fuzzy".parse::<DedupMode>().is_err());
    }

    #[test]
    fn none_mode_keeps_everything() {
        let dedup = Dedup::new(DedupMode::None);
        let mut index = Index::new();
        for id in 0..3 {
            assert_eq!(index.check_and_insert(&dedup.signature("a b c"), id), None);
        }
        assert!(index.is_empty());
    }

    #[test]
    fn near_mode_drops_a_one_word_edit_of_a_long_text() {
        let dedup = Dedup::new(DedupMode::Near);
        let base: Vec<String> = (0..200).map(|i| format!("từ{i}")).collect();
        let mut edited = base.clone();
        edited[100] = "khác".into();
        let mut index = Index::new();
        assert_eq!(
            index.check_and_insert(&dedup.signature(&base.join(" ")), 7),
            None
        );
        assert_eq!(index.len(), minhash::BANDS);
        assert_eq!(
            index.check_and_insert(&dedup.signature(&edited.join(" ")), 8),
            Some(7)
        );
        let other: Vec<String> = (0..200).map(|i| format!("chữ{i}")).collect();
        assert_eq!(
            index.check_and_insert(&dedup.signature(&other.join(" ")), 9),
            None
        );
    }
}
