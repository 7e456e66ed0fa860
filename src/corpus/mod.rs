//! Bulk corpus cleaning, the library side of `vietnorm clean`.
//!
//! Data flow (see [`clean()`]):
//!
//! ```text
//! files ─ read (calling thread) ─ blocks ─▶ rayon pool: per block ─────────────────────────▶ in input order (calling thread)
//!         .gz/.zst, dirs,          ~1 MiB    split into records (lines or blank-line         line numbers, dedup decision,
//!         cut at a record end                blocks), per record: UTF-8/JSON check,          write the kept output in runs,
//!                                            normalise, filters, dedup signature,            write rejects, count
//!                                            output bytes into one buffer per block
//! ```
//!
//! The calling thread does as little as possible per document (a hash lookup, a few counts) and
//! works on queued blocks while it waits, so `-j N` keeps N cores busy ([`runner`]). Buffers
//! of finished blocks are reused for the next ones.
//!
//! - **Nothing is lost**: every record is either written or rejected with a [`Reason`], its
//!   source and line; `documents in = out + rejected` is checked and reported. Blank lines are
//!   separators, not documents, and are counted apart.
//! - **Order and results do not depend on the thread count**: per-document work depends on the
//!   document alone, and the only cross-document decision (dedup) runs sequentially in input
//!   order ([`runner`]).
//! - **Bounded memory**: a fixed number of blocks is in flight; only the dedup index grows
//!   (16 bytes of payload per kept document for exact dedup).
//! - **No half-written output under a final name**: see [`write::OutputFile`].

mod clean;
pub mod read;
mod report;
pub mod runner;
pub mod write;

use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use clean::{clean, CleanOptions, Job, Output, Progress};
pub use report::Report;

/// Record format of an input or output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: one document per line, or per blank-line-separated block ([`DocSep`]); the
    /// format of names without a known extension.
    #[default]
    Txt,
    /// JSON Lines: one object per line, the text in one string field.
    Jsonl,
}

impl Format {
    /// The file extension (`txt`, `jsonl`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Jsonl => "jsonl",
        }
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "txt" => Ok(Format::Txt),
            "jsonl" => Ok(Format::Jsonl),
            _ => Err(format!("unknown format `{s}` (expected txt or jsonl)")),
        }
    }
}

/// How plain-text documents are separated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocSep {
    /// Every non-blank line is a document.
    #[default]
    Line,
    /// Documents are blocks of lines separated by blank lines.
    Blank,
}

impl FromStr for DocSep {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "line" => Ok(DocSep::Line),
            "blank" => Ok(DocSep::Blank),
            _ => Err(format!(
                "unknown document separator `{s}` (expected line or blank)"
            )),
        }
    }
}

/// Why a document was dropped. The names are those of the rejects file and the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// The record is not valid UTF-8.
    InvalidUtf8,
    /// A JSONL record is not an object with a string text field.
    InvalidJson,
    /// Shorter than `--min-chars` after normalisation (an empty document always is).
    TooShort,
    /// The language filter says it is not Vietnamese.
    NotVietnamese,
    /// Too few of its words are Vietnamese syllables (`--min-vi-ratio`).
    LowViRatio,
    /// Same (or near-same) text as an earlier kept document.
    Duplicate,
}

impl Reason {
    /// The reason's name (`duplicate` is written `duplicate-of:<source>:<line>` in rejects).
    pub fn name(self) -> &'static str {
        match self {
            Reason::InvalidUtf8 => "invalid-utf8",
            Reason::InvalidJson => "invalid-json",
            Reason::TooShort => "too-short",
            Reason::NotVietnamese => "not-vietnamese",
            Reason::LowViRatio => "low-vi-ratio",
            Reason::Duplicate => "duplicate",
        }
    }
}
