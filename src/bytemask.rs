//! Byte classes of 64 bytes of text at a time, as bit masks (bit `i` for byte `i`).
//!
//! The language profile, the Unicode gate and the tone gate look at every byte of every
//! document, but what they look for is rare or comes in runs (the few chars outside the common
//! Vietnamese blocks, words between separators, non-ASCII chars). Classifying 16 bytes per SSE2 instruction and then walking the
//! set bits costs a fraction of a byte-by-byte loop. SSE2 is part of the x86-64 baseline, so
//! it is always there; elsewhere the callers keep their byte loops.

/// 64 bytes to classify and the 16 after them: each byte's successor is at hand (a lead byte
/// is told apart by the byte after it), and a 16-byte load from any of the 64 stays inside.
#[cfg(target_arch = "x86_64")]
pub(crate) type Block = [u8; 80];

/// The block at byte `at` of `bytes`: the bytes themselves, or near the end a copy in
/// `padded` filled up with zero bytes (ASCII, so in no class the callers look for).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn block_at<'a>(bytes: &'a [u8], at: usize, padded: &'a mut Block) -> &'a Block {
    let rest = &bytes[at..];
    match rest.first_chunk::<80>() {
        Some(block) => block,
        None => {
            // Zeroing the whole block is a few fixed stores; the tail alone would be a call.
            *padded = [0; 80];
            padded[..rest.len()].copy_from_slice(rest);
            padded
        }
    }
}

/// The masks of the first 64 bytes of `block`: `classify` gets 16 bytes and the 16 bytes
/// one further on (each byte's successor) and returns a vector per class, with the high bit
/// of each byte set for the bytes in that class.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn masks<const N: usize>(
    block: &Block,
    classify: impl Fn(Vector, Vector) -> [Vector; N],
) -> [u64; N] {
    // SAFETY: SSE2 is enabled on every x86-64 target.
    unsafe { masks_in(block, classify) }
}

/// [`masks`] in lanes of any width.
///
/// # Safety
/// The CPU has the instructions of `V`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) unsafe fn masks_in<V: Lanes, const N: usize>(
    block: &Block,
    classify: impl Fn(V, V) -> [V; N],
) -> [u64; N] {
    let mut masks = [0; N];
    for at in (0..64).step_by(V::BYTES) {
        // The loads read bytes at..at + V::BYTES + 1 of the 80-byte block.
        let (v, next) = (
            V::load(block.as_ptr().add(at)),
            V::load(block.as_ptr().add(at + 1)),
        );
        for (mask, class) in masks.iter_mut().zip(classify(v, next)) {
            *mask |= class.high_bits() << at;
        }
    }
    masks
}

/// The byte operations the masks need, on registers of 16 bytes ([`Vector`], SSE2) or 32
/// ([`Wide`], AVX2), so that a classifier is written once for both.
///
/// # Safety
/// Every method runs instructions of its register's extension: call them only where the CPU
/// has it (SSE2 is part of the x86-64 baseline; AVX2 is not).
#[cfg(target_arch = "x86_64")]
pub(crate) trait Lanes: Copy {
    const BYTES: usize;
    /// The bytes at `at`, which must be readable.
    unsafe fn load(at: *const u8) -> Self;
    /// `b` in every byte.
    unsafe fn splat(b: u8) -> Self;
    unsafe fn or(self, other: Self) -> Self;
    unsafe fn and(self, other: Self) -> Self;
    /// The bytes of `self` that are not in `other`.
    unsafe fn and_not(self, other: Self) -> Self;
    /// All ones in the bytes where `self` and `other` are equal.
    unsafe fn eq(self, other: Self) -> Self;
    /// All ones in the bytes where `self` is greater, compared as signed bytes.
    unsafe fn gt(self, other: Self) -> Self;
    /// The high bit of each byte, byte `i` as bit `i`.
    unsafe fn high_bits(self) -> u64;
}

#[cfg(target_arch = "x86_64")]
impl Lanes for Vector {
    const BYTES: usize = 16;
    #[inline(always)]
    unsafe fn load(at: *const u8) -> Self {
        std::arch::x86_64::_mm_loadu_si128(at.cast())
    }
    #[inline(always)]
    unsafe fn splat(b: u8) -> Self {
        std::arch::x86_64::_mm_set1_epi8(b as i8)
    }
    #[inline(always)]
    unsafe fn or(self, other: Self) -> Self {
        std::arch::x86_64::_mm_or_si128(self, other)
    }
    #[inline(always)]
    unsafe fn and(self, other: Self) -> Self {
        std::arch::x86_64::_mm_and_si128(self, other)
    }
    #[inline(always)]
    unsafe fn and_not(self, other: Self) -> Self {
        std::arch::x86_64::_mm_andnot_si128(other, self)
    }
    #[inline(always)]
    unsafe fn eq(self, other: Self) -> Self {
        std::arch::x86_64::_mm_cmpeq_epi8(self, other)
    }
    #[inline(always)]
    unsafe fn gt(self, other: Self) -> Self {
        std::arch::x86_64::_mm_cmpgt_epi8(self, other)
    }
    #[inline(always)]
    unsafe fn high_bits(self) -> u64 {
        u64::from(std::arch::x86_64::_mm_movemask_epi8(self) as u16)
    }
}

/// 32 bytes in an AVX2 register.
#[cfg(target_arch = "x86_64")]
pub(crate) type Wide = std::arch::x86_64::__m256i;

#[cfg(target_arch = "x86_64")]
impl Lanes for Wide {
    const BYTES: usize = 32;
    #[inline(always)]
    unsafe fn load(at: *const u8) -> Self {
        std::arch::x86_64::_mm256_loadu_si256(at.cast())
    }
    #[inline(always)]
    unsafe fn splat(b: u8) -> Self {
        std::arch::x86_64::_mm256_set1_epi8(b as i8)
    }
    #[inline(always)]
    unsafe fn or(self, other: Self) -> Self {
        std::arch::x86_64::_mm256_or_si256(self, other)
    }
    #[inline(always)]
    unsafe fn and(self, other: Self) -> Self {
        std::arch::x86_64::_mm256_and_si256(self, other)
    }
    #[inline(always)]
    unsafe fn and_not(self, other: Self) -> Self {
        std::arch::x86_64::_mm256_andnot_si256(other, self)
    }
    #[inline(always)]
    unsafe fn eq(self, other: Self) -> Self {
        std::arch::x86_64::_mm256_cmpeq_epi8(self, other)
    }
    #[inline(always)]
    unsafe fn gt(self, other: Self) -> Self {
        std::arch::x86_64::_mm256_cmpgt_epi8(self, other)
    }
    #[inline(always)]
    unsafe fn high_bits(self) -> u64 {
        u64::from(std::arch::x86_64::_mm256_movemask_epi8(self) as u32)
    }
}

/// Each byte of `table` (the same 16 entries in both 16-byte halves) at the low 4 bits of
/// each byte of `index`, whose bits 4 to 6 must be clear; 0 where `index` has its high bit set.
///
/// # Safety
/// The CPU has AVX2.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) unsafe fn lookup(table: [u8; 16], index: Wide) -> Wide {
    use std::arch::x86_64::*;
    let table = _mm256_broadcastsi128_si256(_mm_loadu_si128(table.as_ptr().cast()));
    _mm256_shuffle_epi8(table, index)
}

/// The high 4 bits of each byte of `v`, as a number from 0 to 15.
///
/// # Safety
/// The CPU has AVX2.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) unsafe fn high_nibbles(v: Wide) -> Wide {
    use std::arch::x86_64::*;
    // A 16-bit shift moves the low bits of each odd byte into the even byte below: masked off.
    _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F))
}

/// 16 bytes in an SSE2 register.
#[cfg(target_arch = "x86_64")]
pub(crate) type Vector = std::arch::x86_64::__m128i;

/// `b` in every byte.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn splat(b: u8) -> Vector {
    // SAFETY: SSE2 is enabled on every x86-64 target.
    unsafe { std::arch::x86_64::_mm_set1_epi8(b as i8) }
}

/// The bytes of `v` from `lo` to `hi`, all ones. Signed compares: `lo` and `hi` must be on the
/// same side of 0x80 and not at an end of it (`b'a'..=b'z'`, `0xC3..=0xC8`).
///
/// # Safety
/// As [`Lanes`].
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) unsafe fn in_range<V: Lanes>(v: V, lo: u8, hi: u8) -> V {
    debug_assert!(lo <= hi && (lo ^ hi) & 0x80 == 0 && !matches!(lo, 0 | 0x80));
    debug_assert!(!matches!(hi, 0x7F | 0xFF));
    v.gt(V::splat(lo - 1)).and(V::splat(hi + 1).gt(v))
}

/// The first bytes of the non-ASCII chars of `v` (`11xxxxxx`), high bit set.
///
/// # Safety
/// As [`Lanes`].
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) unsafe fn first_bytes<V: Lanes>(v: V) -> V {
    // Signed compare: continuation bytes (80–BF) are below C0, and ASCII has no high bit.
    v.and_not(V::splat(0xC0).gt(v))
}

/// Calls `visit`, in order and until it breaks, with the offset of every byte of `bytes` that
/// `select` marks: it gets 16 bytes and their successors (as [`masks`]) and returns the bytes
/// chosen, high bit set. Stepping from one to the next is a bit scan, where a byte loop would
/// mispredict its exit at each one.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn for_each_selected(
    bytes: &[u8],
    select: impl Fn(Vector, Vector) -> Vector,
    mut visit: impl FnMut(usize) -> std::ops::ControlFlow<()>,
) -> std::ops::ControlFlow<()> {
    let mut padded = [0; 80];
    for at in (0..bytes.len()).step_by(64) {
        let [mut selected] = masks(block_at(bytes, at, &mut padded), |v, next| {
            [select(v, next)]
        });
        while selected != 0 {
            visit(at + selected.trailing_zeros() as usize)?;
            selected &= selected - 1;
        }
    }
    std::ops::ControlFlow::Continue(())
}
