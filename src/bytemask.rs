//! Byte classes of 64 bytes of text at a time, as bit masks (bit `i` for byte `i`).
//!
//! The language profile, the Unicode gate and the tone gate look at every byte of every
//! document, but what they look for is rare or comes in runs (the few chars outside the common
//! Vietnamese blocks, words between separators, non-ASCII chars). Classifying 16 bytes per SSE2 instruction and then walking the
//! set bits costs a fraction of a byte-by-byte loop. SSE2 is part of the x86-64 baseline, so
//! it is always there; elsewhere the callers keep their byte loops.

/// 64 bytes to classify and the 16 after them: each byte's successor is at hand (a lead byte
/// is told apart by the byte after it), and a 16-byte load from any of the 64 stays inside.
pub(crate) type Block = [u8; 80];

/// The block at byte `at` of `bytes`: the bytes themselves, or near the end a copy in
/// `padded` filled up with zero bytes (ASCII, so in no class the callers look for).
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
    use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8};
    let mut masks = [0; N];
    for k in 0..4 {
        // SAFETY: SSE2 is enabled on every x86-64 target, and the unaligned 16-byte loads
        // read bytes 16k..16k+17 of the 80-byte block.
        let (v, next) = unsafe {
            let load = |at: usize| _mm_loadu_si128(block.as_ptr().add(at).cast::<Vector>());
            (load(16 * k), load(16 * k + 1))
        };
        for (mask, class) in masks.iter_mut().zip(classify(v, next)) {
            // SAFETY: SSE2, as above.
            let bits = unsafe { _mm_movemask_epi8(class) } as u16;
            *mask |= u64::from(bits) << (16 * k);
        }
    }
    masks
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
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn in_range(v: Vector, lo: u8, hi: u8) -> Vector {
    use std::arch::x86_64::{_mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8};
    debug_assert!(lo <= hi && (lo ^ hi) & 0x80 == 0 && !matches!(lo, 0 | 0x80));
    debug_assert!(!matches!(hi, 0x7F | 0xFF));
    // SAFETY: SSE2 is enabled on every x86-64 target.
    unsafe {
        _mm_and_si128(
            _mm_cmpgt_epi8(v, splat(lo - 1)),
            _mm_cmplt_epi8(v, splat(hi + 1)),
        )
    }
}

/// The first bytes of the non-ASCII chars of `v` (`11xxxxxx`), high bit set.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn first_bytes(v: Vector) -> Vector {
    use std::arch::x86_64::{_mm_andnot_si128, _mm_cmplt_epi8};
    // SAFETY: SSE2 is enabled on every x86-64 target. Signed compare: continuation bytes
    // (80–BF) are below C0, and ASCII has no high bit.
    unsafe { _mm_andnot_si128(_mm_cmplt_epi8(v, splat(0xC0)), v) }
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
