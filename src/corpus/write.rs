//! Output files that appear only when complete.
//!
//! [`AtomicFile`] writes to a hidden temporary name next to the destination
//! (`.name.vietnorm-tmp-PID`) and renames it over the destination in [`AtomicFile::commit`],
//! after the compressor is finished and the data flushed. Dropping it without a commit (an error,
//! a panic) deletes the temporary file; a killed process leaves only the hidden temporary name.
//! Either way no truncated file ever carries the destination's name. Compression follows the
//! destination's extension (`.gz`, `.zst`).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::read::{classify, Compression};

enum Sink {
    Plain(BufWriter<File>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<File>>),
}

/// A file written under a temporary name and renamed into place on [`AtomicFile::commit`].
pub struct AtomicFile {
    dest: PathBuf,
    tmp: PathBuf,
    sink: Option<Sink>,
}

impl AtomicFile {
    /// Creates the temporary file (and the destination's parent directories).
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let parent = dest.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(parent) = parent {
            std::fs::create_dir_all(parent)?;
        }
        let name = dest
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".vietnorm-tmp-{}", std::process::id()));
        let tmp = dest.with_file_name(tmp_name);
        let file = BufWriter::with_capacity(1 << 18, File::create(&tmp)?);
        let sink = match classify(dest).0 {
            Compression::None => Sink::Plain(file),
            Compression::Gzip => Sink::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )),
            Compression::Zstd => Sink::Zstd(zstd::stream::write::Encoder::new(file, 3)?),
        };
        Ok(AtomicFile {
            dest: dest.to_path_buf(),
            tmp,
            sink: Some(sink),
        })
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.dest
    }

    fn sink(&mut self) -> &mut dyn Write {
        match self.sink.as_mut().expect("not committed") {
            Sink::Plain(w) => w,
            Sink::Gzip(w) => w,
            Sink::Zstd(w) => w,
        }
    }

    /// Finishes compression, flushes to disk and renames the file into place.
    pub fn commit(mut self) -> io::Result<()> {
        let file = match self.sink.take().expect("committed once") {
            Sink::Plain(w) => w,
            Sink::Gzip(w) => w.finish()?,
            Sink::Zstd(w) => w.finish()?,
        };
        let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        std::fs::rename(&self.tmp, &self.dest)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.sink().write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.sink().write_all(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.sink().flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.sink.take().is_some() {
            // Not committed: the run failed. The partial file must not survive; if removing it
            // fails there is nobody left to tell, and its hidden name does not look finished.
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("sub/out.txt");
        let mut f = AtomicFile::create(&dest).unwrap();
        f.write_all("xin chào\n".as_bytes()).unwrap();
        assert!(!dest.exists());
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "xin chào\n");
        assert_eq!(files_in(&dir.path().join("sub")), ["out.txt"]);
    }

    #[test]
    fn dropped_file_leaves_nothing_and_keeps_the_old_destination() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.txt");
        std::fs::write(&dest, "old").unwrap();
        let mut f = AtomicFile::create(&dest).unwrap();
        f.write_all(b"half").unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        assert_eq!(files_in(dir.path()), ["out.txt"]);
    }

    #[test]
    fn compression_follows_the_extension() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.txt.gz", "a.txt.zst"] {
            let dest = dir.path().join(name);
            let mut f = AtomicFile::create(&dest).unwrap();
            f.write_all("Việt Nam\n".repeat(100).as_bytes()).unwrap();
            f.commit().unwrap();
            let raw = std::fs::read(&dest).unwrap();
            assert!(raw.len() < 500, "{name} is compressed");
            let mut text = String::new();
            let input = super::super::read::Input {
                path: Some(dest.clone()),
                name: name.into(),
                relative: name.into(),
                format: super::super::Format::Txt,
                size: 0,
            };
            super::super::read::open(&input, Default::default())
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            assert_eq!(text, "Việt Nam\n".repeat(100));
        }
    }
}
