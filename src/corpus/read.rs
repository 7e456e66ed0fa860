//! Finding inputs and reading them as records: one per line, or one per blank-line-separated
//! block, from plain, gzip (`.gz`) or zstd (`.zst`) files, directories or standard input.
//!
//! The reading thread only cuts the stream into [`Blocks`] of whole records; the worker threads
//! split them ([`split_records`]). Records are raw bytes: UTF-8 and JSON are checked per record
//! by the workers, so one bad record becomes a reject with its line number instead of stopping
//! the run.

use std::borrow::Cow;
use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::ops::{Deref, Range};
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
/// the file itself. Not buffered: [`Blocks`] reads in large blocks.
pub fn open(input: &Input, raw_bytes: Rc<Cell<u64>>) -> Result<Box<dyn Read>> {
    let Some(path) = &input.path else {
        return Ok(Box::new(Counting {
            inner: io::stdin().lock(),
            count: raw_bytes,
        }));
    };
    let file = File::open(path).map_err(|e| Error::file(path, e))?;
    let counted = Counting {
        inner: file,
        count: raw_bytes,
    };
    Ok(match classify(path).0 {
        Compression::None => Box::new(counted),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(counted))),
        Compression::Zstd => {
            Box::new(zstd::stream::read::Decoder::new(counted).map_err(|e| Error::file(path, e))?)
        }
    })
}

/// Cuts a byte stream into blocks of whole records, to be split by [`split_records`] on the
/// worker threads: the reading thread only copies bytes and looks for the last record end.
///
/// A block holds about `size` bytes (more when one record is longer) and ends just after a
/// line end (one record per line) or just after a blank line (blank-line-separated blocks),
/// or at the end of the stream; so no record spans two blocks and every block starts a line.
pub struct Blocks<R> {
    reader: R,
    blank_sep: bool,
    size: usize,
    /// Bytes read past the last cut: the start of the next block.
    carry: Vec<u8>,
    eof: bool,
    /// Bytes read from the (decompressed) stream.
    bytes_read: u64,
}

impl<R: Read> Blocks<R> {
    /// Cuts at blank lines when `sep` is [`DocSep::Blank`] and `format` is text, otherwise at
    /// any line end.
    pub fn new(reader: R, format: Format, sep: DocSep, size: usize) -> Self {
        Blocks {
            reader,
            blank_sep: blank_separated(format, sep),
            size: size.max(1),
            carry: Vec::new(),
            eof: false,
            bytes_read: 0,
        }
    }

    /// Bytes read from the stream so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Whether the whole stream has been handed out.
    pub fn finished(&self) -> bool {
        self.eof && self.carry.is_empty()
    }

    /// Replaces the content of `block` with the next block (empty at the end of the stream).
    pub fn next_block(&mut self, block: &mut Block) -> io::Result<()> {
        block.len = 0;
        block.push(&self.carry);
        self.carry.clear();
        let mut target = self.size;
        // Record ends before this offset have been looked for already.
        let mut searched = 0;
        loop {
            if !self.eof && block.len < target {
                if block.buf.len() < target {
                    block.buf.resize(target, 0);
                }
                match self.reader.read(&mut block.buf[block.len..target]) {
                    Ok(0) => self.eof = true,
                    Ok(n) => {
                        block.len += n;
                        self.bytes_read += n as u64;
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
                continue;
            }
            if self.eof {
                return Ok(());
            }
            match last_cut(block, searched, self.blank_sep) {
                Some(cut) => {
                    self.carry.extend_from_slice(&block[cut..]);
                    block.len = cut;
                    return Ok(());
                }
                None => {
                    // One record longer than the block so far: read on.
                    searched = block.len;
                    target = block.len + self.size;
                }
            }
        }
    }
}

/// The bytes of one block. The buffer is read into directly and stays initialised beyond the
/// block's end, so that a reused `Block` is filled without zeroing or reallocating.
#[derive(Debug, Default)]
pub struct Block {
    buf: Vec<u8>,
    len: usize,
}

impl Block {
    fn push(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if self.buf.len() < end {
            self.buf.resize(end, 0);
        }
        self.buf[self.len..end].copy_from_slice(bytes);
        self.len = end;
    }
}

impl From<Vec<u8>> for Block {
    fn from(buf: Vec<u8>) -> Block {
        Block {
            len: buf.len(),
            buf,
        }
    }
}

impl Deref for Block {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Whether text documents of `format` are blank-line-separated blocks of lines.
pub fn blank_separated(format: Format, sep: DocSep) -> bool {
    format == Format::Txt && sep == DocSep::Blank
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// Where a block may end: just after the last line end at or after `from` (or, with
/// `blank_sep`, after the last blank line whose line end is at or after `from`).
fn last_cut(block: &[u8], from: usize, blank_sep: bool) -> Option<usize> {
    let mut ends = memchr::memrchr_iter(b'\n', &block[from..]).map(|i| from + i);
    let end = if blank_sep {
        ends.find(|&end| {
            let start = memchr::memrchr(b'\n', &block[..end]).map_or(0, |i| i + 1);
            is_blank(&block[start..end])
        })
    } else {
        ends.next()
    };
    end.map(|i| i + 1)
}

/// Splits a block of whole lines (from [`Blocks`]) into records: calls `record(line, range)`
/// with the 1-based number, within the block, of each record's first line and the record's
/// byte range (without its line ending; see [`record_bytes`]). Blank lines (empty or only
/// ASCII whitespace) are separators, not records. Returns the numbers of lines and blank lines.
pub fn split_records(
    block: &[u8],
    blank_sep: bool,
    mut record: impl FnMut(u64, Range<usize>),
) -> (u64, u64) {
    let (mut lines, mut blanks) = (0, 0);
    // The blank-separated record being gathered: its first line and range so far.
    let mut open: Option<(u64, Range<usize>)> = None;
    let mut start = 0;
    while start < block.len() {
        // The line ends before `\n` or `\r\n`; a last line without `\n` is kept whole.
        let (end, next) = match memchr::memchr(b'\n', &block[start..]) {
            Some(i) => {
                let newline = start + i;
                let cr = newline > start && block[newline - 1] == b'\r';
                (newline - usize::from(cr), newline + 1)
            }
            None => (block.len(), block.len()),
        };
        lines += 1;
        if is_blank(&block[start..end]) {
            blanks += 1;
            if let Some((line, range)) = open.take() {
                record(line, range);
            }
        } else if !blank_sep {
            record(lines, start..end);
        } else if let Some((_, range)) = &mut open {
            range.end = end;
        } else {
            open = Some((lines, start..end));
        }
        start = next;
    }
    if let Some((line, range)) = open {
        record(line, range);
    }
    (lines, blanks)
}

/// A record's bytes from its range in the block: a blank-separated record is its lines joined
/// by `\n` (a `\r\n` inside becomes `\n`); a line record is the range itself.
pub fn record_bytes(raw: &[u8], blank_sep: bool) -> Cow<'_, [u8]> {
    if !blank_sep {
        return Cow::Borrowed(raw);
    }
    let mut line_ends = memchr::memmem::find_iter(raw, b"\r\n").peekable();
    if line_ends.peek().is_none() {
        return Cow::Borrowed(raw);
    }
    let mut joined = Vec::with_capacity(raw.len());
    let mut start = 0;
    for cr in line_ends {
        joined.extend_from_slice(&raw[start..cr]);
        start = cr + 1;
    }
    joined.extend_from_slice(&raw[start..]);
    Cow::Owned(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The records of `text` read in blocks of `size` bytes: (line, bytes) and the blank lines.
    fn records(text: &str, format: Format, sep: DocSep, size: usize) -> (Vec<(u64, String)>, u64) {
        let mut blocks = Blocks::new(text.as_bytes(), format, sep, size);
        let blank_sep = blank_separated(format, sep);
        let (mut out, mut lines, mut blanks) = (Vec::new(), 0, 0);
        let mut block = Block::default();
        while !blocks.finished() {
            blocks.next_block(&mut block).unwrap();
            let (n, b) = split_records(&block, blank_sep, |line, range| {
                let bytes = record_bytes(&block[range], blank_sep).into_owned();
                out.push((lines + line, String::from_utf8(bytes).unwrap()));
            });
            lines += n;
            blanks += b;
        }
        assert_eq!(blocks.bytes_read(), text.len() as u64);
        (out, blanks)
    }

    #[test]
    fn lines_skip_blanks_and_strip_crlf() {
        for size in [1, 3, 100] {
            let (recs, blanks) = records("a\r\n\n  \nb\r\r\nc\r", Format::Txt, DocSep::Line, size);
            // Only the `\r` of a line end goes; a last line without `\n` is kept whole.
            assert_eq!(
                recs,
                [(1, "a".into()), (4, "b\r".into()), (5, "c\r".into())]
            );
            assert_eq!(blanks, 2);
        }
    }

    #[test]
    fn blocks_join_lines_and_start_at_their_first_line() {
        for size in [1, 5, 100] {
            let (recs, blanks) = records(
                "\na\nb\n\n \r\nc\r\nd\n\te\n",
                Format::Txt,
                DocSep::Blank,
                size,
            );
            assert_eq!(recs, [(2, "a\nb".into()), (6, "c\nd\n\te".into())]);
            assert_eq!(blanks, 3);
        }
    }

    #[test]
    fn jsonl_is_always_one_record_per_line() {
        let (recs, _) = records("{}\n{}\n", Format::Jsonl, DocSep::Blank, 1);
        assert_eq!(recs.len(), 2);
    }

    #[test]
    fn blocks_end_at_record_ends_and_grow_for_long_records() {
        let text = "một hai\nba\n\nbốn năm sáu bảy\n \ntám\n\n\nchín";
        for sep in [DocSep::Line, DocSep::Blank] {
            for size in 1..12 {
                let mut blocks = Blocks::new(text.as_bytes(), Format::Txt, sep, size);
                let mut got = Vec::new();
                let mut block = Block::default();
                while !blocks.finished() {
                    blocks.next_block(&mut block).unwrap();
                    got.push(String::from_utf8(block.to_vec()).unwrap());
                }
                assert_eq!(got.concat(), text);
                // Only the last block can be empty (the stream ended right at a cut).
                for block in &got[..got.len() - 1] {
                    assert!(!block.is_empty());
                    let lines: Vec<&str> = block.strip_suffix('\n').unwrap().split('\n').collect();
                    if sep == DocSep::Blank {
                        assert!(lines.last().unwrap().trim().is_empty(), "{block:?}");
                    }
                }
            }
        }
        let mut empty = Blocks::new(&b""[..], Format::Txt, DocSep::Line, 4);
        let mut block = Block::default();
        block.push(b"x");
        empty.next_block(&mut block).unwrap();
        assert!(block.is_empty() && empty.finished());
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
