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
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
