//! A direct-mapped memo for verdicts on short strings: what a stage asks again and again (the
//! segmented stage: is this part a syllable, what is this `_` token) costs a parse the first
//! time and a look-up after.
//!
//! The tone stage's gate keeps its own set instead ([`crate::tone`]'s `clean`): it asks once
//! per word of every line, and takes its key straight from the text as one 16-byte number,
//! where this memo copies the key into a padded buffer first.

/// Remembers a value for each string shorter than `N` bytes (`N` a multiple of 8). Each key
/// has one slot, chosen by hashing it, which holds the last key that hashed there: a collision
/// only costs computing a value again, never a wrong answer, and the memory is fixed.
pub(crate) struct Memo<const N: usize, V> {
    slots: Vec<([u8; N], V)>,
    bits: u32,
}

impl<const N: usize, V: Copy + Default> Memo<N, V> {
    /// A memo of `2^bits` slots.
    pub fn new(bits: u32) -> Self {
        Memo {
            slots: vec![([0; N], V::default()); 1 << bits],
            bits,
        }
    }

    /// The value for `key`: remembered, or computed by `compute` and remembered.
    pub fn get(&mut self, key: &str, compute: impl FnOnce(&str) -> V) -> V {
        let bytes = key.as_bytes();
        if bytes.is_empty() || bytes.len() >= N {
            return compute(key);
        }
        // The key's bytes padded with zeros, its length in the last byte: an empty slot (all
        // zeros) matches no key.
        let mut padded = [0; N];
        padded[..bytes.len()].copy_from_slice(bytes);
        padded[N - 1] = bytes.len() as u8;
        let slot = self.slot_of(&padded);
        let slot = &mut self.slots[slot];
        if slot.0 != padded {
            *slot = (padded, compute(key));
        }
        slot.1
    }

    /// The key's 8-byte words mixed by multiplications, top bits taken.
    fn slot_of(&self, padded: &[u8; N]) -> usize {
        let mut hash = 0u64;
        for word in padded.chunks_exact(8) {
            let word = u64::from_le_bytes(word.try_into().expect("8-byte chunks"));
            hash = (hash.rotate_left(29) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        (hash >> (64 - self.bits)) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_and_recomputes_on_collision() {
        // Two slots: many keys collide, answers must stay right.
        let mut memo = Memo::<16, usize>::new(1);
        let keys = [
            "a",
            "bb",
            "ccc",
            "Hà",
            "thủ",
            "đô",
            "a",
            "ccc",
            "xxxxxxxxxxxxxxx",
        ];
        for _ in 0..3 {
            for k in keys {
                assert_eq!(memo.get(k, str::len), k.len(), "{k}");
            }
        }
        let mut calls = 0;
        let mut memo = Memo::<16, usize>::new(4);
        for _ in 0..3 {
            memo.get("Hà", |k| {
                calls += 1;
                k.len()
            });
        }
        assert_eq!(calls, 1);
        // Too long or empty: computed every time, never stored.
        assert_eq!(memo.get("a_very_long_token", str::len), 17);
        assert_eq!(memo.get("", |_| 7), 7);
    }
}
