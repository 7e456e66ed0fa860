//! The library's error type. The binary wraps it with `anyhow` for context (file names).

/// Everything that can go wrong when building a [`crate::Normalizer`], loading a [`crate::Config`]
/// or running a bulk job ([`crate::corpus`]).
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
    /// Reading or writing a named file failed (includes corrupt compressed streams).
    #[error("{path}: {source}")]
    File {
        /// The file (or `-` for standard input/output).
        path: std::path::PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A bulk-cleaning job that cannot run as described (e.g. mixed input formats into one file).
    #[error("{0}")]
    Job(String),
}

impl Error {
    /// Wraps an I/O error with the file it concerns.
    pub fn file(path: impl Into<std::path::PathBuf>, source: std::io::Error) -> Error {
        Error::File {
            path: path.into(),
            source,
        }
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
