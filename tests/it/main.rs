//! The one integration-test binary (one link step instead of one per file): command-line
//! contract tests and property tests over the public API.

mod alloc;
mod clean;
mod cli;
mod dates;
mod properties;
mod segmented;
mod tone;

/// Path of a file under `tests/data/`.
pub fn data(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}
