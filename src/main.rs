//! The `vietnorm` command line: a thin layer that turns flags into a [`vietnorm::Config`] and
//! streams files through the [`vietnorm::Normalizer`].
//!
//! Exit codes: 0 success (also when stdout is closed early, as by `| head`), 1 I/O or other
//! runtime failure, 2 bad input data (invalid UTF-8, invalid JSON) or bad usage.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use vietnorm::io::{json_string_field, replace_span, AtomicFile, Lines};
use vietnorm::segmented::{Evidence, History, Verdict};
use vietnorm::{Config, Counts, DateStyle, Desegment, Normalizer, StreamState, ToneStyle};

#[derive(Parser)]
#[command(
    name = "vietnorm",
    version,
    about = "Clean and normalise Vietnamese text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Normalise text line by line: one output line per input line.
    Normalize(NormalizeArgs),
    /// Report, per input, what each stage would change (one JSON object per input).
    Detect(DetectArgs),
    /// Clean a corpus in bulk: normalise, filter, deduplicate, in parallel, nothing lost.
    Clean(CleanArgs),
}

/// Options that choose the pipeline; shared by every command that normalises.
#[derive(Args)]
struct PipelineArgs {
    /// TOML or JSON configuration file (`.json` is read as JSON); flags override it.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Tone mark style for open oa/oe/uy: `old` (hòa, thủy), `new` (hoà, thuỷ) or `keep`.
    #[arg(long, value_name = "STYLE")]
    tone: Option<ToneStyle>,
    /// Only convert between the two legal tone positions; no mark repairs (text with pinyin).
    #[arg(long)]
    strict_tone: bool,
    /// How dates are written: canonical (`2/12/2024`), iso (`2024-12-02`) or keep (no change).
    #[arg(long, value_name = "STYLE")]
    dates: Option<DateStyleArg>,
    /// Write dates with two-digit day and month (`02/12/2024`).
    #[arg(long)]
    date_zero_pad: bool,
    /// Restore word-segmented / tokenised text (VnCoreNLP, pyvi, underthesea output): `auto`
    /// when detected, `always`, or `never`.
    #[arg(long, value_name = "MODE", value_parser = parse_desegment)]
    desegment: Option<Desegment>,
}

fn parse_desegment(mode: &str) -> Result<Desegment, String> {
    match mode {
        "auto" => Ok(Desegment::Auto),
        "always" => Ok(Desegment::Always),
        "never" => Ok(Desegment::Never),
        _ => Err("expected auto, always or never".to_string()),
    }
}

/// `--dates` values, mapped onto [`DateStyle`].
#[derive(Clone, Copy, clap::ValueEnum)]
enum DateStyleArg {
    Canonical,
    Iso,
    Keep,
}

impl PipelineArgs {
    /// The config file (or the default), with the flags applied over it.
    fn config(&self) -> anyhow::Result<Config> {
        let mut config = match &self.config {
            None => Config::default(),
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config {}", path.display()))?;
                Config::from_str_for_path(path, &text)
                    .map_err(|e| InputError(format!("{}: {e}", path.display())))?
            }
        };
        if let Some(style) = self.tone {
            config.tone.style = style;
        }
        config.tone.strict |= self.strict_tone;
        if let Some(style) = self.dates {
            config.dates.style = match style {
                DateStyleArg::Canonical => DateStyle::Canonical,
                DateStyleArg::Iso => DateStyle::Iso,
                DateStyleArg::Keep => DateStyle::Keep,
            };
        }
        config.dates.zero_pad |= self.date_zero_pad;
        if let Some(mode) = self.desegment {
            config.segmented.mode = mode;
        }
        Ok(config)
    }

    fn normalizer(&self) -> anyhow::Result<Normalizer> {
        Normalizer::new(self.config()?).map_err(|e| InputError(e.to_string()).into())
    }
}

/// Where the text comes from and how it is framed.
#[derive(Args)]
struct InputArgs {
    /// Input files; none or `-` reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Each line is a JSON object; only the string field `--field` is normalised.
    #[arg(long)]
    jsonl: bool,
    /// The JSON field holding the text (with --jsonl).
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    field: String,
    /// Replace invalid UTF-8 with U+FFFD (counted on stderr) instead of failing.
    #[arg(long)]
    lossy: bool,
}

#[derive(Args)]
struct NormalizeArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// Write to PATH (created when complete) instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct DetectArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// Also print one JSON object per line (record) with its segmented-text verdict, score and
    /// evidence, before the file's report.
    #[arg(long)]
    per_line: bool,
}

#[derive(Args)]
struct CleanArgs {
    /// Input files and directories (recursed in sorted order; .txt, .jsonl, .gz, .zst); `-` is
    /// standard input (read as text).
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
    /// Output file, or directory (existing, or ending in `/`) that mirrors the input names; `-`
    /// is standard output. Compressed by extension (.gz, .zst); written under a temporary name
    /// and renamed when complete.
    #[arg(short, long, value_name = "OUTPUT")]
    output: PathBuf,
    /// Threads, the one reading and writing included (default: all cores). The output is the
    /// same for every N.
    #[arg(short = 'j', long = "threads", value_name = "N")]
    threads: Option<usize>,
    /// Text documents are single lines (`line`) or blank-line-separated blocks (`blank`).
    #[arg(long, value_name = "line|blank", default_value = "line")]
    doc_sep: vietnorm::corpus::DocSep,
    /// The JSONL field holding the text; other fields are kept byte-identical.
    #[arg(long, value_name = "NAME", default_value = "text")]
    field: String,
    /// Output format (default: the output name's, else the input's).
    #[arg(long, value_name = "txt|jsonl")]
    to: Option<vietnorm::corpus::Format>,
    /// Keep only documents in this language: `vi`, or `any` to switch the filter off.
    #[arg(long, value_name = "vi|any", default_value = "vi", value_parser = ["vi", "any"])]
    lang: String,
    /// Drop documents shorter than N characters after normalisation.
    #[arg(long, value_name = "N", default_value_t = 0)]
    min_chars: usize,
    /// Drop documents in which less than this share of words are Vietnamese syllables.
    #[arg(long, value_name = "R", default_value_t = 0.0)]
    min_vi_ratio: f64,
    /// Duplicate removal: `exact` (same normalised text), `near` (MinHash), `none`.
    #[arg(long, value_name = "exact|near|none", default_value = "exact")]
    dedup: vietnorm::dedup::DedupMode,
    /// Write one sentence per line (documents separated by a blank line in text output).
    #[arg(long)]
    sentences: bool,
    /// Write every dropped document here (JSON Lines: source, line, reason, detail, record).
    #[arg(long, value_name = "PATH")]
    rejects: Option<PathBuf>,
    /// Write a JSON summary here: documents in/out/rejected per reason, stages, bytes, time.
    #[arg(long, value_name = "PATH")]
    report: Option<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

/// Bad input data or configuration: exit code 2.
#[derive(Debug)]
struct InputError(String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Normalize(args) => normalize(&args),
        Command::Detect(args) => detect(&args),
        Command::Clean(args) => clean(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vietnorm: {e:#}");
            if e.downcast_ref::<InputError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The inputs to read: `-` (or nothing) is standard input.
fn inputs(files: &[PathBuf]) -> Vec<PathBuf> {
    if files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        files.to_vec()
    }
}

/// The input, unbuffered: [`Lines`] reads it in blocks of its own.
fn open(path: &Path) -> anyhow::Result<Box<dyn Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::stdin().lock()));
    }
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(Box::new(file))
}

fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Calls `each(line_number, text)` for every line (the JSONL text field with --jsonl) and
/// `write` with what to emit for it; reports bad input with file, line and byte offset.
fn for_each_record(
    path: &Path,
    input: &InputArgs,
    mut each: impl FnMut(&str) -> anyhow::Result<Option<String>>,
    mut write: impl FnMut(&str, bool) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let name = display_name(path);
    let mut lines = Lines::new(open(path)?, input.lossy);
    let mut missing_field = 0u64;
    loop {
        let line = match lines.next_line() {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(vietnorm::Error::Io(e)) => {
                return Err(e).with_context(|| format!("cannot read {name}"));
            }
            Err(e) => return Err(InputError(format!("{name}: {e}")).into()),
        };
        let out = if input.jsonl && !line.text.trim().is_empty() {
            let field = json_string_field(&line.text, &input.field).map_err(|e| {
                InputError(format!(
                    "{name}: line {}: invalid JSON at byte offset {}: {e}",
                    line.number,
                    line.offset + e.column().saturating_sub(1) as u64
                ))
            })?;
            match field {
                None => {
                    missing_field += 1;
                    None
                }
                Some(field) => {
                    each(&field.value)?.map(|v| replace_span(&line.text, &field.span, &v))
                }
            }
        } else if input.jsonl {
            None
        } else {
            each(&line.text)?
        };
        write(out.as_deref().unwrap_or(&line.text), line.newline)?;
    }
    if lines.replaced() > 0 {
        eprintln!(
            "vietnorm: {name}: replaced {} invalid UTF-8 sequence(s) with U+FFFD",
            lines.replaced()
        );
    }
    if missing_field > 0 {
        eprintln!(
            "vietnorm: {name}: {missing_field} record(s) have no string field \"{}\" and were copied unchanged",
            input.field
        );
    }
    Ok(())
}

fn normalize(args: &NormalizeArgs) -> anyhow::Result<()> {
    let normalizer = args.pipeline.normalizer()?;
    match &args.output {
        None => {
            let stdout = io::stdout().lock();
            let mut out = BufWriter::with_capacity(256 * 1024, stdout);
            normalize_into(&normalizer, &args.input, &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            let mut out = AtomicFile::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            normalize_into(&normalizer, &args.input, &mut out)?;
            out.commit()
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    Ok(())
}

fn normalize_into(
    normalizer: &Normalizer,
    input: &InputArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    for path in inputs(&input.files) {
        // Each file is one stream: segmented-text detection learns from its earlier lines.
        let mut stream = StreamState::default();
        for_each_record(
            &path,
            input,
            // Borrowed output means unchanged: the input line is written as it is, not copied.
            |text| match normalizer.normalize_in(text, &mut stream) {
                Cow::Owned(changed) => Ok(Some(changed)),
                Cow::Borrowed(_) => Ok(None),
            },
            |text, newline| {
                out.write_all(text.as_bytes())?;
                if newline {
                    out.write_all(b"\n")?;
                }
                Ok(())
            },
        )?;
    }
    Ok(())
}

/// One `vietnorm detect` report.
#[derive(Serialize)]
struct Report {
    file: String,
    lines: u64,
    text_bytes: u64,
    /// Lines (records) whose text is not in NFC.
    not_nfc: u64,
    /// Lines (records) the pipeline would change.
    would_change: u64,
    /// Per stage, what it would change, by kind.
    stages: BTreeMap<&'static str, Counts>,
    /// Segmented-text detection over the whole file.
    segmented: SegmentedReport,
}

/// What segmented-text detection found in a file.
#[derive(Default, Serialize)]
struct SegmentedReport {
    /// The verdict on the file's evidence taken together.
    verdict: Option<Verdict>,
    /// Share of the file's evidence that says segmented or tokenised (0 to 1).
    score: f64,
    /// The file's evidence counts, summed over its lines.
    evidence: Evidence,
    /// Lines by verdict, decided in order with the stream history (as `normalize` does).
    lines: BTreeMap<&'static str, u64>,
}

/// One `detect --per-line` object.
#[derive(Serialize)]
struct LineReport<'a> {
    file: &'a str,
    line: u64,
    verdict: Verdict,
    score: f64,
    evidence: Evidence,
}

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Plain => "plain",
        Verdict::Tokenised => "tokenised",
        Verdict::Segmented => "segmented",
        Verdict::Joined => "joined",
    }
}

/// Writes `value` as one line of JSON, serialised first: an error of the write is then an
/// `io::Error`, by which a closed pipe is told (serde_json's writer hides it in its own error).
fn write_json_line(out: &mut impl Write, value: &impl Serialize) -> anyhow::Result<()> {
    let mut line = serde_json::to_vec(value)?;
    line.push(b'\n');
    out.write_all(&line)?;
    Ok(())
}

fn detect(args: &DetectArgs) -> anyhow::Result<()> {
    let normalizer = args.pipeline.normalizer()?;
    let mut out = BufWriter::new(io::stdout().lock());
    for path in inputs(&args.input.files) {
        let mut report = Report {
            file: display_name(&path),
            lines: 0,
            text_bytes: 0,
            not_nfc: 0,
            would_change: 0,
            stages: BTreeMap::new(),
            segmented: SegmentedReport::default(),
        };
        let mut stream = StreamState::default();
        let mut history = History::default();
        let mut line = 0;
        for_each_record(
            &path,
            &args.input,
            |text| {
                line += 1;
                report.text_bytes += text.len() as u64;
                report.not_nfc += u64::from(!unicode_normalization::is_nfc(text));
                report.would_change +=
                    u64::from(normalizer.normalize_in(text, &mut stream) != text);
                normalizer.survey(text, &mut report.stages);
                let evidence = Evidence::of(text);
                let verdict = history.decide(&evidence);
                report.segmented.evidence += evidence;
                *report
                    .segmented
                    .lines
                    .entry(verdict_name(verdict))
                    .or_default() += 1;
                if args.per_line {
                    let one = LineReport {
                        file: &report.file,
                        line,
                        verdict,
                        score: evidence.score(),
                        evidence,
                    };
                    write_json_line(&mut out, &one)?;
                }
                Ok(None)
            },
            |_, _| {
                report.lines += 1;
                Ok(())
            },
        )?;
        report.segmented.verdict = Some(report.segmented.evidence.verdict());
        report.segmented.score = report.segmented.evidence.score();
        write_json_line(&mut out, &report)?;
    }
    out.flush()?;
    Ok(())
}

fn clean(args: &CleanArgs) -> anyhow::Result<()> {
    use vietnorm::corpus::{self, CleanOptions, Job, Output};

    if !(0.0..=1.0).contains(&args.min_vi_ratio) {
        return Err(InputError("--min-vi-ratio must be between 0 and 1".into()).into());
    }
    let normalizer = args.pipeline.normalizer()?;
    let options = CleanOptions {
        doc_sep: args.doc_sep,
        field: args.field.clone(),
        to: args.to,
        lang_vi: args.lang == "vi",
        min_chars: args.min_chars,
        min_vi_ratio: args.min_vi_ratio,
        dedup: args.dedup,
        sentences: args.sentences,
        threads: args.threads.unwrap_or(0),
    };
    let inputs = corpus::read::expand(&args.inputs).map_err(library_error)?;
    let output = Output::from_arg(&args.output);
    let job = Job {
        inputs: &inputs,
        output: &output,
        rejects: args.rejects.as_deref(),
        options: &options,
    };
    let bar = progress_bar(inputs.iter().map(|i| i.size).sum());
    let report = corpus::clean(&normalizer, &job, &mut |p| {
        if let Some(bar) = &bar {
            bar.set_position(p.raw_bytes);
            bar.set_message(format!(
                "file {}/{}, {} documents",
                p.file + 1,
                p.files,
                p.documents
            ));
        }
    })
    .map_err(library_error)?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if let Some(path) = &args.report {
        let mut out = AtomicFile::create(path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        serde_json::to_writer_pretty(&mut out, &report)?;
        out.write_all(b"\n")?;
        out.commit()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let reasons: Vec<String> = report
        .rejected
        .iter()
        .map(|(reason, n)| format!("{reason} {n}"))
        .collect();
    eprintln!(
        "vietnorm clean: {} documents in, {} out, {} rejected ({}); {:.1} MB/s on {} threads",
        report.documents_in,
        report.documents_out,
        report.documents_rejected,
        if reasons.is_empty() {
            "none".into()
        } else {
            reasons.join(", ")
        },
        report.mb_per_second,
        report.threads
    );
    Ok(())
}

/// Library errors: a job that cannot run as asked is a usage error (exit 2), the rest I/O (1).
fn library_error(e: vietnorm::Error) -> anyhow::Error {
    match e {
        vietnorm::Error::Job(why) => InputError(why).into(),
        other => other.into(),
    }
}

/// A progress bar over the input bytes on disk, only when stderr is a terminal.
fn progress_bar(total_bytes: u64) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total_bytes);
    let style = indicatif::ProgressStyle::with_template(
        "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
    )
    .expect("the template is valid");
    bar.set_style(style);
    Some(bar)
}
