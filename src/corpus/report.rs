//! The JSON summary of a cleaning run (`--report`).

use std::collections::BTreeMap;

use serde::Serialize;

/// Counts of one run. `documents_in == documents_out + documents_rejected` always holds
/// ([`Report::is_balanced`]); the report says so in `balanced`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Input files read (standard input counts as one).
    pub files: usize,
    /// Records read (blank lines are separators, not records).
    pub documents_in: u64,
    /// Documents written.
    pub documents_out: u64,
    /// Documents in the rejects.
    pub documents_rejected: u64,
    /// Rejected documents per reason name ([`super::Reason::name`]).
    pub rejected: BTreeMap<&'static str, u64>,
    /// Whether `documents_in == documents_out + documents_rejected`.
    pub balanced: bool,
    /// Blank (whitespace-only) lines skipped as separators.
    pub blank_lines: u64,
    /// Per normalisation stage, how many documents it changed.
    pub stages_changed: BTreeMap<&'static str, u64>,
    /// Bytes read, after decompression.
    pub bytes_in: u64,
    /// Bytes written to the output, before compression.
    pub bytes_out: u64,
    /// Wall-clock time of the run.
    pub seconds: f64,
    /// Input megabytes (10⁶ bytes, after decompression) per second.
    pub mb_per_second: f64,
    /// Threads used, the calling one (reading and writing) included.
    pub threads: usize,
}

impl Report {
    /// Whether every document read was written or rejected.
    pub fn is_balanced(&self) -> bool {
        self.documents_in == self.documents_out + self.documents_rejected
    }
}
