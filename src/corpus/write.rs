//! Output files that appear only when complete, compressed by extension.
//!
//! [`crate::io::AtomicFile`] (shared with `vietnorm normalize`) provides the temporary name and
//! the rename on commit; this adds the compressor chosen by the destination's extension (`.gz`,
//! `.zst`) and creates missing parent directories (directory outputs mirror input trees). The
//! compressor is finished before the rename, so a committed file is always a complete stream.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::read::{classify, Compression};
use crate::io::AtomicFile;

enum Sink {
    Plain(AtomicFile),
    Gzip(flate2::write::GzEncoder<AtomicFile>),
    Zstd(zstd::stream::write::Encoder<'static, AtomicFile>),
}

/// An [`AtomicFile`] behind the compressor its name asks for.
pub struct OutputFile {
    path: PathBuf,
    sink: Sink,
}

impl OutputFile {
    /// Creates parent directories and the temporary file.
    pub fn create(path: &Path) -> io::Result<OutputFile> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let file = AtomicFile::create(path)?;
        let sink = match classify(path).0 {
            Compression::None => Sink::Plain(file),
            Compression::Gzip => Sink::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )),
            Compression::Zstd => Sink::Zstd(zstd::stream::write::Encoder::new(file, 3)?),
        };
        Ok(OutputFile {
            path: path.to_path_buf(),
            sink,
        })
    }

    /// The destination.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Finishes the compressed stream and renames the file into place.
    pub fn commit(self) -> io::Result<()> {
        match self.sink {
            Sink::Plain(f) => f,
            Sink::Gzip(w) => w.finish()?,
            Sink::Zstd(w) => w.finish()?,
        }
        .commit()
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.sink {
            Sink::Plain(w) => w.write(buf),
            Sink::Gzip(w) => w.write(buf),
            Sink::Zstd(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Plain(w) => w.flush(),
            Sink::Gzip(w) => w.flush(),
            Sink::Zstd(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    use crate::corpus::read::{open, Input};
    use crate::corpus::Format;

    #[test]
    fn compressed_output_round_trips_and_appears_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["sub/a.txt.gz", "sub/a.txt.zst", "sub/a.txt"] {
            let dest = dir.path().join(name);
            let mut f = OutputFile::create(&dest).unwrap();
            f.write_all("Việt Nam\n".repeat(100).as_bytes()).unwrap();
            assert!(!dest.exists());
            f.commit().unwrap();
            let compressed = std::fs::metadata(&dest).unwrap().len() < 500;
            assert_eq!(compressed, !name.ends_with(".txt"), "{name}");
            let input = Input {
                path: Some(dest.clone()),
                name: name.into(),
                relative: name.into(),
                format: Format::Txt,
                size: 0,
            };
            let mut text = String::new();
            open(&input, Default::default())
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            assert_eq!(text, "Việt Nam\n".repeat(100));
        }
    }

    #[test]
    fn dropped_compressed_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut f = OutputFile::create(&dir.path().join("a.jsonl.zst")).unwrap();
        f.write_all(b"{}\n").unwrap();
        drop(f);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
