//! The library's error type. The binary wraps it with `anyhow` for context (file names).

/// Everything that can go wrong when building a [`crate::Normalizer`] or loading a [`crate::Config`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration text could not be parsed (unknown field, wrong type, bad syntax).
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The configuration parsed but describes something the stages cannot do.
    #[error("invalid configuration value for `{field}`: {reason}")]
    ConfigValue {
        /// Dotted path of the offending field, e.g. `unicode.enabled`.
        field: &'static str,
        /// Why the value was refused.
        reason: String,
    },
    /// A line of input is not valid UTF-8 (and lossy decoding was not asked for).
    #[error("line {line}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// 1-based line number.
        line: u64,
        /// Byte offset of the first invalid byte from the start of the input.
        offset: u64,
    },
    /// Reading the input failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
