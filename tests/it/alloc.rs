//! Clean text costs no allocation: a line that needs no change goes through the whole default
//! pipeline without one heap allocation (issue #3 asks it of the tone stage; it holds for all).
//!
//! The test binary's global allocator counts allocations per thread, so tests running in
//! parallel on other threads do not disturb the count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;

use vietnorm::{Normalizer, StreamState};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter is a
// const-initialised thread-local `Cell`, which never allocates itself.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_in(f: impl FnOnce()) -> u64 {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// Every paragraph of the plain news seeds that the default pipeline leaves unchanged.
fn clean_lines(n: &Normalizer) -> Vec<String> {
    let mut lines = Vec::new();
    for seed in ["thanhnien", "rfi", "viettimes"] {
        let text = std::fs::read_to_string(crate::data(&format!("seeds/news-{seed}-plain.txt")))
            .expect("bundled seed");
        lines.extend(
            text.lines()
                .filter(|l| matches!(n.normalize(l), Cow::Borrowed(_)))
                .map(str::to_owned),
        );
    }
    lines
}

#[test]
fn unchanged_lines_allocate_nothing() {
    let n = Normalizer::default();
    let lines = clean_lines(&n);
    // Most of the seeds are clean old-style text; the test must see enough of it.
    assert!(lines.len() >= 20, "only {} clean lines", lines.len());
    // Warm-up: tables built once per process or thread are not per-line costs.
    let mut stream = StreamState::default();
    for line in &lines {
        n.normalize_in(line, &mut stream);
    }
    for line in &lines {
        let count = allocations_in(|| {
            assert!(matches!(n.normalize(line), Cow::Borrowed(_)));
            assert!(matches!(
                n.normalize_in(line, &mut stream),
                Cow::Borrowed(_)
            ));
        });
        assert_eq!(
            count, 0,
            "{count} allocations for an unchanged line: {line}"
        );
    }
}

#[test]
fn the_counter_sees_allocations() {
    // A changed line does allocate: proves the counter is live, so the test above can fail.
    let n = Normalizer::default();
    let count = allocations_in(|| {
        assert!(matches!(n.normalize("Hoà  bình"), Cow::Owned(_)));
    });
    assert!(count > 0);
}
