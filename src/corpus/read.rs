//! Finding inputs and reading them as records: one per line, or one per blank-line-separated
//! block, from plain, gzip (`.gz`) or zstd (`.zst`) files, directories or standard input.
//!
//! Records are raw bytes: UTF-8 and JSON are checked per record by the worker threads, so one
//! bad record becomes a reject with its line number instead of stopping the run.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::{DocSep, Format};
use crate::error::{Error, Result};

/// One input file, or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// Path to open; `None` for standard input.
    pub path: Option<PathBuf>,
    /// Name used in rejects and errors: the path as given or found, or `-`.
    pub name: String,
    /// Path relative to the input argument it came from (the file name for a file argument),
    /// used to mirror names into an output directory.
    pub relative: PathBuf,
    /// Record format, from the extension (`.jsonl`, `.ndjson`, `.json` → JSONL, otherwise text).
    pub format: Format,
    /// Size on disk (compressed size for compressed files), 0 for standard input.
    pub size: u64,
}

/// How a file name is compressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// Plain bytes.
    None,
    /// gzip (`.gz`).
    Gzip,
    /// zstd (`.zst`).
    Zstd,
}

/// Compression and format of a file name, from its extensions (`a.jsonl.gz`).
pub fn classify(path: &Path) -> (Compression, Option<Format>) {
    let ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
    };
    let (compression, inner) = match ext(path).as_deref() {
        Some("gz") => (Compression::Gzip, path.with_extension("")),
        Some("zst") => (Compression::Zstd, path.with_extension("")),
        _ => (Compression::None, path.to_path_buf()),
    };
    let format = match ext(&inner).as_deref() {
        Some("jsonl" | "ndjson" | "json") => Some(Format::Jsonl),
        Some("txt" | "text") => Some(Format::Txt),
        _ => None,
    };
    (compression, format)
}

/// Expands the command-line inputs: files as given, directories recursed in sorted (byte)
/// order keeping only files with a known extension, `-` as standard input (read as text).
pub fn expand(args: &[PathBuf]) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input {
                path: None,
                name: "-".into(),
                relative: PathBuf::from("stdin"),
                format: Format::Txt,
                size: 0,
            });
            continue;
        }
        let meta = std::fs::metadata(arg).map_err(|e| Error::file(arg, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(arg, &mut files)?;
            files.sort();
            for file in files {
                if let (_, Some(format)) = classify(&file) {
                    inputs.push(file_input(&file, arg, format)?);
                }
            }
        } else {
            let format = classify(arg).1.unwrap_or(Format::Txt);
            let parent = arg.parent().unwrap_or(Path::new(""));
            inputs.push(file_input(arg, parent, format)?);
        }
    }
    Ok(inputs)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| Error::file(dir, e))? {
        let entry = entry.map_err(|e| Error::file(dir, e))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| Error::file(&path, e))?;
        if kind.is_dir() {
            walk(&path, files)?;
        } else if path.is_file() {
            files.push(path);
        }
    }
    Ok(())
}

fn file_input(path: &Path, base: &Path, format: Format) -> Result<Input> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::file(path, e))?
        .len();
    let relative = path.strip_prefix(base).unwrap_or(path).to_path_buf();
    Ok(Input {
        path: Some(path.to_path_buf()),
        name: path.display().to_string(),
        relative,
        format,
        size,
    })
}

/// Counts the bytes read from the underlying file (compressed bytes for compressed files), for
/// the progress bar. Reading happens on one thread, so a `Cell` suffices.
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// Opens `input` for reading, decompressing by extension; `raw_bytes` counts bytes taken from
/// the file itself.
pub fn open(input: &Input, raw_bytes: Rc<Cell<u64>>) -> Result<Box<dyn BufRead>> {
    const BUF: usize = 1 << 18;
    let Some(path) = &input.path else {
        let count = Counting {
            inner: io::stdin().lock(),
            count: raw_bytes,
        };
        return Ok(Box::new(BufReader::with_capacity(BUF, count)));
    };
    let file = File::open(path).map_err(|e| Error::file(path, e))?;
    let counted = Counting {
        inner: file,
        count: raw_bytes,
    };
    Ok(match classify(path).0 {
        Compression::None => Box::new(BufReader::with_capacity(BUF, counted)),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            BUF,
            flate2::read::MultiGzDecoder::new(BufReader::new(counted)),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            BUF,
            zstd::stream::read::Decoder::new(counted).map_err(|e| Error::file(path, e))?,
        )),
    })
}

/// One document as read: its bytes (a line without `\n`/`\r\n`, or a block's lines joined by
/// `\n`) and the 1-based number of its first line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawRecord {
    /// Line number of the first line.
    pub line: u64,
    /// The record's bytes, not yet checked for UTF-8.
    pub bytes: Vec<u8>,
}

/// Splits a byte stream into records.
pub struct Records<R> {
    reader: R,
    blocks: bool,
    line: u64,
    /// Bytes read from the (decompressed) stream.
    pub bytes_read: u64,
    /// Lines that were empty or only ASCII whitespace, which are separators, not documents.
    pub blank_lines: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> Records<R> {
    /// Reads blank-line-separated blocks when `sep` is [`DocSep::Blank`] and `format` is text,
    /// otherwise one record per line.
    pub fn new(reader: R, format: Format, sep: DocSep) -> Self {
        Records {
            reader,
            blocks: format == Format::Txt && sep == DocSep::Blank,
            line: 0,
            bytes_read: 0,
            blank_lines: 0,
            buf: Vec::new(),
        }
    }

    /// Number of the last line read (1-based; 0 before the first).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Reads the next line into `self.buf` without its line ending; `false` at the end.
    fn read_line(&mut self) -> io::Result<bool> {
        self.buf.clear();
        let n = self.reader.read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(false);
        }
        self.line += 1;
        self.bytes_read += n as u64;
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
            if self.buf.last() == Some(&b'\r') {
                self.buf.pop();
            }
        }
        Ok(true)
    }

    fn is_blank(&self) -> bool {
        self.buf.iter().all(u8::is_ascii_whitespace)
    }

    /// The next record, skipping blank lines; `None` at the end of the stream.
    pub fn next_record(&mut self) -> io::Result<Option<RawRecord>> {
        let mut record: Option<RawRecord> = None;
        while self.read_line()? {
            if self.is_blank() {
                self.blank_lines += 1;
                if record.is_some() {
                    break; // the blank line ends a block
                }
                continue;
            }
            match &mut record {
                None if !self.blocks => {
                    // A copy of exactly the record's size: the line buffer keeps its capacity
                    // (taking it would make the next line grow a new buffer step by step).
                    return Ok(Some(RawRecord {
                        line: self.line,
                        bytes: self.buf.clone(),
                    }));
                }
                None => {
                    record = Some(RawRecord {
                        line: self.line,
                        bytes: self.buf.clone(),
                    })
                }
                Some(r) => {
                    r.bytes.push(b'\n');
                    r.bytes.extend_from_slice(&self.buf);
                }
            }
        }
        Ok(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str, format: Format, sep: DocSep) -> (Vec<(u64, String)>, u64) {
        let mut r = Records::new(text.as_bytes(), format, sep);
        let mut out = Vec::new();
        while let Some(rec) = r.next_record().unwrap() {
            out.push((rec.line, String::from_utf8(rec.bytes).unwrap()));
        }
        (out, r.blank_lines)
    }

    #[test]
    fn lines_skip_blanks_and_strip_crlf() {
        let (recs, blanks) = records("a\r\n\n  \nb\nc", Format::Txt, DocSep::Line);
        assert_eq!(recs, [(1, "a".into()), (4, "b".into()), (5, "c".into())]);
        assert_eq!(blanks, 2);
    }

    #[test]
    fn blocks_join_lines_and_start_at_their_first_line() {
        let (recs, _) = records("\na\nb\n\n\nc\r\nd\n", Format::Txt, DocSep::Blank);
        assert_eq!(recs, [(2, "a\nb".into()), (6, "c\nd".into())]);
    }

    #[test]
    fn jsonl_is_always_one_record_per_line() {
        let (recs, _) = records("{}\n{}\n", Format::Jsonl, DocSep::Blank);
        assert_eq!(recs.len(), 2);
    }

    #[test]
    fn names_are_classified() {
        assert_eq!(
            classify(Path::new("a/b.jsonl.gz")),
            (Compression::Gzip, Some(Format::Jsonl))
        );
        assert_eq!(
            classify(Path::new("b.TXT.zst")),
            (Compression::Zstd, Some(Format::Txt))
        );
        assert_eq!(classify(Path::new("README")), (Compression::None, None));
    }
}
