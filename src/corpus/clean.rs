//! The cleaning job: per-document work ([`Worker`]), the in-order decision and writing step
//! ([`Consumer`]), and [`clean()`] that wires them to the readers and the parallel runner.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::io::{self, BufWriter, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Instant;

use serde::Serialize;

use super::read::{self, classify, Block, Blocks, Compression, Input};
use super::write::OutputFile;
use super::{runner, DocSep, Format, Reason, Report};
use crate::dedup::{Dedup, DedupMode, Index, Signature};
use crate::error::{Error, Result};
use crate::io::{json_string_field, replace_span};
use crate::langid::{is_vietnamese, is_vietnamese_text, Profile};
use crate::pipeline::Normalizer;
use crate::sentence;

/// What to do with each document. The defaults are those of `vietnorm clean`.
///
/// A document is rejected for the first check it fails, in this order: UTF-8, JSON, empty
/// (too short), language, `min_chars` (too short), `min_vi_ratio`, duplicate.
#[derive(Clone, Debug, PartialEq)]
pub struct CleanOptions {
    /// How plain-text documents are separated (input and output).
    pub doc_sep: DocSep,
    /// The JSONL field holding the text.
    pub field: String,
    /// Output format; `None` follows the output name or the input.
    pub to: Option<Format>,
    /// Drop documents that are not Vietnamese.
    pub lang_vi: bool,
    /// Drop documents with fewer characters (after normalisation and trimming). Empty documents
    /// are always dropped as too short.
    pub min_chars: usize,
    /// Drop documents in which a smaller share of words are Vietnamese syllables.
    pub min_vi_ratio: f64,
    /// Duplicate removal.
    pub dedup: DedupMode,
    /// Write one sentence per line.
    pub sentences: bool,
    /// Threads, the calling one included (it reads, writes and works in between); 0 means
    /// one per core.
    pub threads: usize,
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions {
            doc_sep: DocSep::Line,
            field: "text".into(),
            to: None,
            lang_vi: true,
            min_chars: 0,
            min_vi_ratio: 0.0,
            dedup: DedupMode::Exact,
            sentences: false,
            threads: 0,
        }
    }
}

/// Where cleaned documents go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// Standard output (written as it goes; no atomic rename possible).
    Stdout,
    /// One file for all inputs, in input order.
    File(PathBuf),
    /// A directory mirroring the inputs' names (relative to the directory arguments).
    Dir(PathBuf),
}

impl Output {
    /// `-` is standard output; an existing directory or a path ending in `/` is a directory;
    /// anything else is a file.
    pub fn from_arg(arg: &Path) -> Output {
        let text = arg.as_os_str().to_string_lossy();
        if text == "-" {
            Output::Stdout
        } else if arg.is_dir() || text.ends_with(std::path::MAIN_SEPARATOR) || text.ends_with('/') {
            Output::Dir(arg.to_path_buf())
        } else {
            Output::File(arg.to_path_buf())
        }
    }
}

/// Everything a run needs besides the normaliser.
#[derive(Clone, Copy, Debug)]
pub struct Job<'a> {
    /// Inputs in order ([`read::expand`]).
    pub inputs: &'a [Input],
    /// Where kept documents go.
    pub output: &'a Output,
    /// Where rejected documents go (JSON Lines), if anywhere.
    pub rejects: Option<&'a Path>,
    /// What to do with each document.
    pub options: &'a CleanOptions,
}

/// A snapshot for a progress display, given after each batch.
#[derive(Clone, Copy, Debug, Default)]
pub struct Progress {
    /// Index of the file being read.
    pub file: usize,
    /// Number of input files.
    pub files: usize,
    /// Documents handled so far.
    pub documents: u64,
    /// Bytes taken from the input files so far (compressed bytes for compressed files).
    pub raw_bytes: u64,
    /// Total size of the input files on disk (0 when unknown, e.g. standard input).
    pub raw_total: u64,
}

/// Bytes per block, about: large enough that the reading thread's work per block (a few
/// system calls, one search for the last record end) is small beside the workers', small
/// enough to keep memory low and both workers busy to the end.
const BLOCK_BYTES: usize = 1 << 20;

/// Runs a cleaning job: reads every input, cleans in parallel, writes kept documents (and
/// rejects) in input order, and returns the counts. Output files are renamed into place only
/// when the whole run succeeded.
pub fn clean(
    normalizer: &Normalizer,
    job: &Job,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Report> {
    clean_in_blocks(normalizer, job, progress, BLOCK_BYTES)
}

/// [`clean()`] reading blocks of about `block_bytes` (tests use tiny blocks: many blocks,
/// records cut everywhere).
fn clean_in_blocks(
    normalizer: &Normalizer,
    job: &Job,
    progress: &mut dyn FnMut(&Progress),
    block_bytes: usize,
) -> Result<Report> {
    let started = Instant::now();
    let opts = job.options;
    // The calling thread is one of the threads (see `runner`).
    let threads = runner::threads(opts.threads);
    let pool = (threads > 1)
        .then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads - 1)
                .build()
                .map_err(|e| Error::Job(format!("cannot start worker threads: {e}")))
        })
        .transpose()?;
    let worker = Worker {
        normalizer,
        dedup: Dedup::new(opts.dedup),
        opts,
        stages: normalizer.stage_names().count(),
    };
    let raw_bytes = Rc::<Cell<u64>>::default();
    // Batches whose results were written, to be filled again: their buffers keep their
    // capacity, so the steady state allocates nothing per block.
    let spare = RefCell::new(Vec::new());
    let mut producer = Producer::new(job, raw_bytes.clone(), &spare, block_bytes);
    let mut consumer = Consumer::new(job, normalizer)?;
    let raw_total = job.inputs.iter().map(|i| i.size).sum();
    runner::run_ordered(
        pool.as_ref(),
        2 * threads + 2,
        || producer.next_batch(),
        |batch| worker.process_batch(batch),
        |done| {
            let file = done.batch.file;
            consumer.take(&done)?;
            spare.borrow_mut().push(done.batch);
            progress(&Progress {
                file,
                files: job.inputs.len(),
                documents: consumer.report.documents_in,
                raw_bytes: raw_bytes.get(),
                raw_total,
            });
            Ok(())
        },
    )?;
    let mut report = consumer.finish()?;
    report.files = job.inputs.len();
    report.threads = threads;
    report.seconds = started.elapsed().as_secs_f64();
    report.mb_per_second = report.bytes_in as f64 / 1e6 / report.seconds.max(1e-9);
    Ok(report)
}

/// The output format of documents read from `input`.
fn output_format(job: &Job, input: &Input) -> Format {
    if let Some(to) = job.options.to {
        return to;
    }
    match job.output {
        Output::File(path) => classify(path).1.unwrap_or(input.format),
        _ => input.format,
    }
}

/// A block of whole records of one file, and the buffers the workers fill for it.
#[derive(Default)]
struct Batch {
    file: usize,
    in_format: Format,
    out_format: Format,
    /// Whether the records are blank-line-separated blocks of lines.
    blank_sep: bool,
    /// The bytes as read.
    block: Block,
    /// The output of the documents that passed the filters, one after the other.
    out: Vec<u8>,
    /// Every record of the block, in order.
    docs: Vec<Doc>,
}

/// A batch after the per-document work.
struct Done {
    batch: Batch,
    /// Lines in the block (the next block's line numbers start after them).
    lines: u64,
    blank_lines: u64,
    stage_changes: Vec<u64>,
}

/// One record of a block and what became of it.
struct Doc {
    /// Number of its first line, counted from the start of the block (1-based).
    line: u64,
    /// Its range in the block ([`read::record_bytes`]).
    record: Range<usize>,
    verdict: Verdict,
}

enum Verdict {
    /// Passed the filters; its output (ending with its newline, and starting with the blank
    /// line between documents when they are blank-line separated) is `out` in the batch's
    /// output buffer.
    Keep {
        out: Range<usize>,
        signature: Signature,
    },
    Drop {
        reason: Reason,
        detail: Option<String>,
    },
}

/// Reads the inputs one after the other and cuts them into blocks. Every file yields at least
/// one batch (empty for an empty file), so that the consumer sees each file start.
struct Producer<'a> {
    job: &'a Job<'a>,
    /// Index of the file being read (or next to open).
    file: usize,
    blocks: Option<Blocks<Box<dyn Read>>>,
    raw_bytes: Rc<Cell<u64>>,
    spare: &'a RefCell<Vec<Batch>>,
    block_bytes: usize,
}

impl<'a> Producer<'a> {
    fn new(
        job: &'a Job<'a>,
        raw_bytes: Rc<Cell<u64>>,
        spare: &'a RefCell<Vec<Batch>>,
        block_bytes: usize,
    ) -> Self {
        Producer {
            job,
            file: 0,
            blocks: None,
            raw_bytes,
            spare,
            block_bytes,
        }
    }

    fn next_batch(&mut self) -> Result<Option<Batch>> {
        let job = self.job;
        let Some(input) = job.inputs.get(self.file) else {
            return Ok(None);
        };
        let doc_sep = job.options.doc_sep;
        if self.blocks.is_none() {
            let reader = read::open(input, self.raw_bytes.clone())?;
            self.blocks = Some(Blocks::new(reader, input.format, doc_sep, self.block_bytes));
        }
        let blocks = self.blocks.as_mut().expect("opened above");
        let mut batch = self.spare.borrow_mut().pop().unwrap_or_default();
        blocks.next_block(&mut batch.block).map_err(|e| {
            let at = format!("after byte {}: {e}", blocks.bytes_read());
            Error::file(&input.name, io::Error::new(e.kind(), at))
        })?;
        batch.file = self.file;
        batch.in_format = input.format;
        batch.out_format = output_format(job, input);
        batch.blank_sep = read::blank_separated(input.format, doc_sep);
        batch.out.clear();
        batch.docs.clear();
        if blocks.finished() {
            self.blocks = None;
            self.file += 1;
        }
        Ok(Some(batch))
    }
}

/// The per-document work, shared by reference by all worker threads.
struct Worker<'a> {
    normalizer: &'a Normalizer,
    dedup: Dedup,
    opts: &'a CleanOptions,
    stages: usize,
}

impl Worker<'_> {
    /// Splits the block into records and fills the batch's output and verdicts.
    fn process_batch(&self, mut batch: Batch) -> Done {
        let mut stage_changes = vec![0; self.stages];
        let separated = blank_line_between(self.opts, batch.out_format);
        let Batch {
            in_format,
            out_format,
            blank_sep,
            block,
            out,
            docs,
            ..
        } = &mut batch;
        // One UTF-8 validation for the whole block (records are cut next to ASCII line ends, so
        // each is then valid too); a block with an invalid record validates record by record.
        let block_text = simdutf8::basic::from_utf8(block).ok();
        let (lines, blank_lines) = read::split_records(block, *blank_sep, |line, range| {
            let record = read::record_bytes(&block[range.clone()], *blank_sep);
            let start = out.len();
            if separated {
                out.push(b'\n');
            }
            let text = match (&record, block_text) {
                (Cow::Borrowed(_), Some(block_text)) => Ok(&block_text[range.clone()]),
                _ => utf8(&record),
            };
            let checked = text.and_then(|text| {
                self.check(text, *in_format, *out_format, out, &mut stage_changes)
            });
            let verdict = match checked {
                Ok(signature) => {
                    out.push(b'\n');
                    Verdict::Keep {
                        out: start..out.len(),
                        signature,
                    }
                }
                Err((reason, detail)) => {
                    out.truncate(start);
                    Verdict::Drop { reason, detail }
                }
            };
            docs.push(Doc {
                line,
                record: range,
                verdict,
            });
        });
        Done {
            batch,
            lines,
            blank_lines,
            stage_changes,
        }
    }

    /// The filters and the output of one record: appends the document's output to `out` and
    /// returns its dedup signature, or returns `(reason, detail)` (`out` may then hold a part).
    fn check(
        &self,
        record: &str,
        input: Format,
        output: Format,
        out: &mut Vec<u8>,
        changes: &mut [u64],
    ) -> std::result::Result<Signature, (Reason, Option<String>)> {
        let opts = self.opts;
        let (text, span) = match input {
            Format::Txt => (Cow::Borrowed(record), None),
            Format::Jsonl => {
                let field = json_string_field(record, &opts.field)
                    .map_err(|e| (Reason::InvalidJson, Some(e.to_string())))?
                    .ok_or_else(|| {
                        let why = format!("not an object with a string field `{}`", opts.field);
                        (Reason::InvalidJson, Some(why))
                    })?;
                (Cow::Owned(field.value), Some(field.span))
            }
        };
        let normalized = self.normalizer.normalize_counting(&text, changes);
        // The first filter a document fails is its reason. Language comes before length so
        // that a short Arabic line is reported as not Vietnamese; an empty document has no
        // language and is too short.
        let trimmed = normalized.trim();
        // Counting characters costs a pass over the text: only done when a limit needs it.
        let too_short = |length: usize| (Reason::TooShort, Some(format!("{length} characters")));
        if trimmed.is_empty() {
            return Err(too_short(0));
        }
        // Without a vi-ratio limit only the language decision is needed, and its scan can
        // stop early.
        let profile = (opts.min_vi_ratio > 0.0).then(|| Profile::of(&normalized));
        if opts.lang_vi {
            let vietnamese = match &profile {
                Some(profile) => is_vietnamese(&normalized, profile),
                None => is_vietnamese_text(&normalized),
            };
            if !vietnamese {
                return Err((Reason::NotVietnamese, None));
            }
        }
        if opts.min_chars > 0 {
            let length = trimmed.chars().count();
            if length < opts.min_chars {
                return Err(too_short(length));
            }
        }
        if let Some(profile) = &profile {
            let ratio = profile.vi_ratio();
            if ratio < opts.min_vi_ratio {
                return Err((Reason::LowViRatio, Some(format!("vi-ratio {ratio:.3}"))));
            }
        }
        let signature = self.dedup.signature(&normalized);
        let changed = matches!(normalized, Cow::Owned(_)) || opts.sentences;
        let body = if opts.sentences {
            Cow::Owned(sentence::split(&normalized).join("\n"))
        } else {
            normalized
        };
        match (output, span) {
            (Format::Jsonl, Some(span)) if changed => {
                out.extend_from_slice(replace_span(record, &span, &body).as_bytes())
            }
            (Format::Jsonl, Some(_)) => out.extend_from_slice(record.as_bytes()),
            (Format::Jsonl, None) => {
                out.extend_from_slice(json_object(&opts.field, &body).as_bytes())
            }
            (Format::Txt, _) => out.extend_from_slice(body.as_bytes()),
        }
        Ok(signature)
    }
}

/// Where one stream of output goes.
enum Sink {
    Stdout(BufWriter<io::Stdout>),
    File(Box<OutputFile>),
}

impl Sink {
    fn open(path: &Path) -> Result<Sink> {
        Ok(Sink::File(Box::new(
            OutputFile::create(path).map_err(|e| Error::file(path, e))?,
        )))
    }

    fn name(&self) -> PathBuf {
        match self {
            Sink::Stdout(_) => PathBuf::from("-"),
            Sink::File(f) => f.path().to_path_buf(),
        }
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(w) => w,
            Sink::File(f) => f,
        }
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.writer()
            .write_all(bytes)
            .map_err(|e| Error::file(self.name(), e))
    }

    fn commit(self) -> Result<()> {
        let name = self.name();
        match self {
            Sink::Stdout(mut w) => w.flush(),
            Sink::File(f) => f.commit(),
        }
        .map_err(|e| Error::file(name, e))
    }
}

/// One line of the rejects file.
#[derive(Serialize)]
struct Rejected<'a> {
    source: &'a str,
    line: u64,
    reason: Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    /// The record as read (lossily decoded when it is not UTF-8), so nothing is lost.
    record: Cow<'a, str>,
}

/// The sequential step: dedup decisions, output and rejects writing, counting.
struct Consumer<'a> {
    job: &'a Job<'a>,
    /// The open output and the file index it belongs to (directory mode opens one per input).
    output: Option<(usize, Sink)>,
    /// Whether the current output has had a document (for blank-line separators).
    output_started: bool,
    rejects: Option<Sink>,
    /// The file being consumed and the lines of it before the next block.
    position: (usize, u64),
    /// A line of the rejects file being formatted (kept for its capacity).
    json: Vec<u8>,
    index: Index,
    stage_names: Vec<&'static str>,
    report: Report,
}

impl<'a> Consumer<'a> {
    fn new(job: &'a Job<'a>, normalizer: &Normalizer) -> Result<Self> {
        if let (Output::Dir(_), Some(stdin)) =
            (job.output, job.inputs.iter().find(|i| i.path.is_none()))
        {
            return Err(Error::Job(format!(
                "cannot mirror `{}` (standard input) into a directory; give an output file",
                stdin.name
            )));
        }
        if !matches!(job.output, Output::Dir(_)) && job.options.to.is_none() {
            let formats: Vec<Format> = job.inputs.iter().map(|i| output_format(job, i)).collect();
            if formats.windows(2).any(|w| w[0] != w[1]) {
                return Err(Error::Job(
                    "the inputs mix txt and jsonl; choose the output format with --to".into(),
                ));
            }
        }
        let rejects = job.rejects.map(Sink::open).transpose()?;
        Ok(Consumer {
            job,
            output: None,
            output_started: false,
            rejects,
            position: (0, 0),
            json: Vec::new(),
            index: Index::new(),
            stage_names: normalizer.stage_names().collect(),
            report: Report::default(),
        })
    }

    /// The output for documents of file `file`, switching files in directory mode.
    fn output_for(&mut self, file: usize, format: Format) -> Result<&mut Sink> {
        let reuse = match (&self.output, self.job.output) {
            (Some((current, _)), Output::Dir(_)) => *current == file,
            (Some(_), _) => true,
            (None, _) => false,
        };
        if !reuse {
            if let Some((_, old)) = self.output.take() {
                old.commit()?;
            }
            let sink = match self.job.output {
                Output::Stdout => Sink::Stdout(BufWriter::with_capacity(1 << 18, io::stdout())),
                Output::File(path) => Sink::open(&self.checked(path.clone())?)?,
                Output::Dir(dir) => {
                    let input = &self.job.inputs[file];
                    let name = mirrored_name(&input.relative, input.format, format);
                    Sink::open(&self.checked(dir.join(name))?)?
                }
            };
            self.output = Some((file, sink));
            self.output_started = false;
        }
        Ok(&mut self.output.as_mut().expect("opened above").1)
    }

    /// Refuses an output path that is one of the inputs (it would be replaced mid-read).
    fn checked(&self, path: PathBuf) -> Result<PathBuf> {
        let Ok(dest) = path.canonicalize() else {
            return Ok(path); // does not exist yet
        };
        let clash = self
            .job
            .inputs
            .iter()
            .filter_map(|i| i.path.as_ref())
            .any(|p| p.canonicalize().is_ok_and(|p| p == dest));
        if clash {
            return Err(Error::Job(format!(
                "output `{}` is also an input",
                path.display()
            )));
        }
        Ok(path)
    }

    /// Decides on the documents of a block in order and writes them: the output of documents
    /// kept one after the other is written in one piece.
    fn take(&mut self, done: &Done) -> Result<()> {
        let batch = &done.batch;
        let file = batch.file;
        let report = &mut self.report;
        report.blank_lines += done.blank_lines;
        report.bytes_in += batch.block.len() as u64;
        for (name, n) in self.stage_names.iter().zip(&done.stage_changes) {
            *report.stages_changed.entry(name).or_default() += n;
        }
        if self.position.0 != file {
            self.position = (file, 0);
        }
        let lines_before = self.position.1;
        self.position.1 += done.lines;
        let separated = blank_line_between(self.job.options, batch.out_format);
        self.output_for(file, batch.out_format)?;
        // Output of kept documents not written yet.
        let mut pending = 0..0;
        for doc in &batch.docs {
            self.report.documents_in += 1;
            let line = lines_before + doc.line;
            let record = || read::record_bytes(&batch.block[doc.record.clone()], batch.blank_sep);
            match &doc.verdict {
                Verdict::Keep { out, signature } => {
                    if let Some(first) = self.index.check_and_insert(signature, doc_id(file, line))
                    {
                        let (first_file, first_line) = split_doc_id(first);
                        let name = &self.job.inputs[first_file].name;
                        let label = format!("duplicate-of:{name}:{first_line}");
                        self.reject(file, line, &record(), Reason::Duplicate, label, None)?;
                        continue;
                    }
                    // The first document of an output has no blank line before it.
                    let start = out.start + usize::from(separated && !self.output_started);
                    self.output_started = true;
                    self.report.documents_out += 1;
                    if pending.end != start {
                        self.write_output(&batch.out[pending])?;
                        pending = start..start;
                    }
                    pending.end = out.end;
                }
                Verdict::Drop { reason, detail } => {
                    let label = reason.name().into();
                    self.reject(file, line, &record(), *reason, label, detail.as_deref())?;
                }
            }
        }
        self.write_output(&batch.out[pending])
    }

    fn write_output(&mut self, bytes: &[u8]) -> Result<()> {
        self.report.bytes_out += bytes.len() as u64;
        let sink = &mut self.output.as_mut().expect("opened before").1;
        sink.write(bytes)
    }

    fn reject(
        &mut self,
        file: usize,
        line: u64,
        record: &[u8],
        reason: Reason,
        label: String,
        detail: Option<&str>,
    ) -> Result<()> {
        self.report.documents_rejected += 1;
        *self.report.rejected.entry(reason.name()).or_default() += 1;
        let Some(sink) = &mut self.rejects else {
            return Ok(());
        };
        let entry = Rejected {
            source: &self.job.inputs[file].name,
            line,
            reason: label.into(),
            detail,
            record: String::from_utf8_lossy(record),
        };
        self.json.clear();
        serde_json::to_writer(&mut self.json, &entry).expect("plain data serialises");
        self.json.push(b'\n');
        sink.write(&self.json)
    }

    /// Commits every output (an empty output file when there was no input at all).
    fn finish(mut self) -> Result<Report> {
        if self.output.is_none() && !matches!(self.job.output, Output::Dir(_)) {
            self.output_for(0, Format::Txt)?;
        }
        if let Some((_, sink)) = self.output.take() {
            sink.commit()?;
        }
        if let Some(rejects) = self.rejects.take() {
            rejects.commit()?;
        }
        self.report.balanced = self.report.is_balanced();
        Ok(self.report)
    }
}

/// A record as text, or why not.
fn utf8(record: &[u8]) -> std::result::Result<&str, (Reason, Option<String>)> {
    simdutf8::compat::from_utf8(record).map_err(|e| {
        let detail = format!("invalid UTF-8 at byte {}", e.valid_up_to());
        (Reason::InvalidUtf8, Some(detail))
    })
}

/// Whether text output puts a blank line between documents (so that they can be read back).
fn blank_line_between(opts: &CleanOptions, output: Format) -> bool {
    output == Format::Txt && (opts.doc_sep == DocSep::Blank || opts.sentences)
}

/// A one-field JSON object `{"name": value}`, for text input written as JSONL.
fn json_object(name: &str, value: &str) -> String {
    let mut map = serde_json::Map::new();
    map.insert(
        name.to_string(),
        serde_json::Value::String(value.to_string()),
    );
    serde_json::Value::Object(map).to_string()
}

/// Documents are identified by file index and line, packed in 64 bits for the dedup index:
/// 24 bits of file (16 million files) and 40 bits of line (10¹² lines).
const LINE_BITS: u32 = 40;

fn doc_id(file: usize, line: u64) -> u64 {
    ((file as u64) << LINE_BITS) | (line & ((1 << LINE_BITS) - 1))
}

fn split_doc_id(id: u64) -> (usize, u64) {
    ((id >> LINE_BITS) as usize, id & ((1 << LINE_BITS) - 1))
}

/// The output name of an input in directory mode: same path, format extension changed when
/// the format changes, compression kept (`a/b.jsonl.gz` → `a/b.txt.gz` with `--to txt`).
fn mirrored_name(relative: &Path, input: Format, output: Format) -> PathBuf {
    if input == output {
        return relative.to_path_buf();
    }
    let (compression, _) = classify(relative);
    let base = match compression {
        Compression::None => relative.to_path_buf(),
        _ => relative.with_extension(""),
    };
    let renamed = base.with_extension(output.extension());
    match compression {
        Compression::None => renamed,
        Compression::Gzip => append_extension(&renamed, "gz"),
        Compression::Zstd => append_extension(&renamed, "zst"),
    }
}

fn append_extension(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_ids_round_trip() {
        assert_eq!(split_doc_id(doc_id(3, 12_345)), (3, 12_345));
        assert_eq!(split_doc_id(doc_id(0, 1)), (0, 1));
    }

    #[test]
    fn mirrored_names_change_format_keep_compression() {
        let cases = [
            ("a/b.jsonl.gz", Format::Jsonl, Format::Txt, "a/b.txt.gz"),
            ("b.txt", Format::Txt, Format::Jsonl, "b.jsonl"),
            ("b.txt.zst", Format::Txt, Format::Txt, "b.txt.zst"),
            ("README", Format::Txt, Format::Jsonl, "README.jsonl"),
        ];
        for (name, from, to, expected) in cases {
            assert_eq!(
                mirrored_name(Path::new(name), from, to),
                Path::new(expected)
            );
        }
    }

    #[test]
    fn output_argument_kinds() {
        assert_eq!(Output::from_arg(Path::new("-")), Output::Stdout);
        assert_eq!(
            Output::from_arg(Path::new("out/")),
            Output::Dir("out/".into())
        );
        assert_eq!(
            Output::from_arg(Path::new("out.txt")),
            Output::File("out.txt".into())
        );
    }

    fn worker_check(opts: &CleanOptions, input: Format, output: Format, record: &str) -> String {
        let normalizer = Normalizer::default();
        let worker = Worker {
            normalizer: &normalizer,
            dedup: Dedup::new(opts.dedup),
            opts,
            stages: normalizer.stage_names().count(),
        };
        let batch = Batch {
            in_format: input,
            out_format: output,
            block: format!("\n{record}\r\n").into_bytes().into(),
            ..Batch::default()
        };
        let done = worker.process_batch(batch);
        assert_eq!((done.lines, done.blank_lines), (2, 1));
        let [doc] = &done.batch.docs[..] else {
            panic!("one record expected")
        };
        assert_eq!((doc.line, &doc.record), (2, &(1..record.len() + 1)));
        match &doc.verdict {
            Verdict::Keep { out, .. } => {
                assert_eq!(out.end, done.batch.out.len());
                let out = std::str::from_utf8(&done.batch.out[out.clone()]).unwrap();
                // Without the blank line before it (if any) and its newline.
                out.trim_matches('\n').to_string()
            }
            Verdict::Drop { reason, .. } => {
                assert!(done.batch.out.is_empty());
                reason.name().to_string()
            }
        }
    }

    #[test]
    fn per_document_outcomes() {
        let opts = CleanOptions {
            min_chars: 10,
            min_vi_ratio: 0.5,
            ..CleanOptions::default()
        };
        let vi = "Quân đội Syria đã ngừng tấn công ở phía Đông Aleppo.";
        let messy = "Quân đội Syria đã\u{a0} ngừng tấn công ở phía Đông Aleppo.";
        let (t, j) = (Format::Txt, Format::Jsonl);
        let cases: Vec<(Format, Format, String, String)> = vec![
            (t, t, vi.into(), vi.into()),
            (t, t, messy.into(), vi.into()),
            (t, t, "Ngắn quá".into(), "too-short".into()),
            (
                t,
                t,
                "The army stopped its attacks in eastern Aleppo.".into(),
                "not-vietnamese".into(),
            ),
            (t, j, vi.into(), format!(r#"{{"text":"{vi}"}}"#)),
            (
                j,
                j,
                format!(r#"{{"id":1,"text":"{vi}"}}"#),
                format!(r#"{{"id":1,"text":"{vi}"}}"#),
            ),
            (
                j,
                j,
                format!(r#"{{"id":1,"text":"{messy}"}}"#),
                format!(r#"{{"id":1,"text":"{vi}"}}"#),
            ),
            (j, t, format!(r#"{{"text":"{messy}"}}"#), vi.into()),
            (j, j, r#"{"text": "#.into(), "invalid-json".into()),
        ];
        for (input, output, record, expected) in cases {
            assert_eq!(
                worker_check(&opts, input, output, &record),
                expected,
                "{record}"
            );
        }
    }

    #[test]
    fn low_vi_ratio_is_its_own_reason() {
        // Vietnamese by the language filter, but with many foreign names and codes.
        let text = "Tổng thống Bachar Al Assad khẳng định Damas, Aleppo, Hama, Homs, Idlib, Raqqa vẫn an toàn.";
        let strict = CleanOptions {
            min_vi_ratio: 0.9,
            ..CleanOptions::default()
        };
        assert_eq!(
            worker_check(&strict, Format::Txt, Format::Txt, text),
            "low-vi-ratio"
        );
        assert_eq!(
            worker_check(&CleanOptions::default(), Format::Txt, Format::Txt, text),
            text
        );
    }

    #[test]
    fn invalid_utf8_is_rejected_with_its_byte() {
        let normalizer = Normalizer::default();
        let opts = CleanOptions::default();
        let worker = Worker {
            normalizer: &normalizer,
            dedup: Dedup::new(opts.dedup),
            opts: &opts,
            stages: normalizer.stage_names().count(),
        };
        let vi = "Quân đội Syria đã ngừng tấn công ở phía Đông Aleppo.";
        // A block with an invalid record: the others are still checked (one by one) and kept.
        let mut block = format!("{vi}\nVi").into_bytes();
        block.extend_from_slice(b"\xff\xfet\n");
        block.extend_from_slice(format!("{vi}.\n").as_bytes());
        let batch = Batch {
            block: block.into(),
            ..Batch::default()
        };
        let done = worker.process_batch(batch);
        let verdicts: Vec<_> = done
            .batch
            .docs
            .iter()
            .map(|d| match &d.verdict {
                Verdict::Keep { .. } => None,
                Verdict::Drop { reason, detail } => Some((*reason, detail.clone())),
            })
            .collect();
        let invalid = (Reason::InvalidUtf8, Some("invalid UTF-8 at byte 2".into()));
        assert_eq!(verdicts, [None, Some(invalid), None]);
        assert_eq!(done.batch.out, format!("{vi}\n{vi}.\n").as_bytes());
    }

    #[test]
    fn sentences_are_one_per_line() {
        let opts = CleanOptions {
            sentences: true,
            ..CleanOptions::default()
        };
        let out = worker_check(
            &opts,
            Format::Txt,
            Format::Txt,
            "Ông đến TP. Hồ Chí Minh. Trời mưa to.",
        );
        assert_eq!(out, "Ông đến TP. Hồ Chí Minh.\nTrời mưa to.");
    }

    /// Writes a corpus of seeds with CRLF lines, broken UTF-8 and JSON, blank lines,
    /// duplicates within and across files into `dir`.
    fn write_corpus(dir: &Path) {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
        let mut text = Vec::new();
        for name in ["news-thanhnien-plain.txt", "news-arabic-not-vietnamese.txt"] {
            text.extend(std::fs::read(seeds.join(name)).unwrap());
        }
        let mut crlf = Vec::new();
        for (i, line) in text.split(|&b| b == b'\n').enumerate() {
            crlf.extend_from_slice(line);
            crlf.extend_from_slice(if i % 3 == 0 { b"\r\n" } else { b"\n" });
            if i % 7 == 0 {
                crlf.extend_from_slice(b"Vi\xe1\xbb\x87t \xff Nam\n \t\n");
            }
        }
        let mut jsonl = String::new();
        let rfi = std::fs::read_to_string(seeds.join("news-rfi-plain.txt")).unwrap();
        for line in rfi.lines().chain(["Ông đến TP. Hồ Chí Minh hôm qua."]) {
            jsonl += &format!("{{\"id\":1,\"text\":{}}}\n", serde_json::json!(line));
        }
        jsonl += "{\"text\": \"Vi\n[1]\n";
        std::fs::write(dir.join("a.txt"), &text).unwrap();
        std::fs::write(dir.join("b.txt"), &crlf).unwrap();
        std::fs::write(dir.join("c.jsonl"), jsonl).unwrap();
    }

    /// Output, rejects and report of cleaning the corpus in `dir`.
    fn run_corpus(
        dir: &Path,
        options: &CleanOptions,
        block_bytes: usize,
    ) -> (String, String, Report) {
        let inputs = read::expand(&[dir.join("in")]).unwrap();
        let (out, rejects) = (dir.join("out.txt"), dir.join("rejects.jsonl"));
        let options = CleanOptions {
            to: Some(Format::Txt),
            ..options.clone()
        };
        let job = Job {
            inputs: &inputs,
            output: &Output::File(out.clone()),
            rejects: Some(&rejects),
            options: &options,
        };
        let mut report =
            clean_in_blocks(&Normalizer::default(), &job, &mut |_| {}, block_bytes).unwrap();
        (report.seconds, report.mb_per_second, report.threads) = (0.0, 0.0, 0);
        let read = |p: &Path| std::fs::read_to_string(p).unwrap();
        (read(&out), read(&rejects), report)
    }

    #[test]
    fn results_do_not_depend_on_threads_or_block_size() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("in")).unwrap();
        write_corpus(&dir.path().join("in"));
        for doc_sep in [DocSep::Line, DocSep::Blank] {
            let options = CleanOptions {
                doc_sep,
                min_chars: 20,
                ..CleanOptions::default()
            };
            let reference = run_corpus(
                dir.path(),
                &CleanOptions {
                    threads: 1,
                    ..options.clone()
                },
                1 << 20,
            );
            let (out, rejects, report) = &reference;
            // Nothing lost: every record read is in the output or the rejects.
            assert!(report.balanced && report.documents_out > 10, "{report:?}");
            assert_eq!(rejects.lines().count() as u64, report.documents_rejected);
            let documents = match doc_sep {
                DocSep::Line => out.lines().count(),
                DocSep::Blank => out.split("\n\n").count(),
            };
            assert_eq!(documents as u64, report.documents_out);
            for reason in [
                "duplicate",
                "invalid-utf8",
                "invalid-json",
                "not-vietnamese",
            ] {
                assert!(report.rejected.contains_key(reason), "{doc_sep:?} {reason}");
            }
            for (threads, block_bytes) in [(1, 1), (2, 1), (2, 100), (3, 4096)] {
                let options = CleanOptions {
                    threads,
                    ..options.clone()
                };
                let got = run_corpus(dir.path(), &options, block_bytes);
                let at = format!("{doc_sep:?} -j {threads}, blocks of {block_bytes}");
                assert_eq!(got.2, reference.2, "{at}");
                assert_eq!(got.1, reference.1, "{at}");
                assert_eq!(got.0, reference.0, "{at}");
            }
        }
    }
}
