//! What the benchmarks share: their inputs and the run over them.

use std::io::Read;
use std::path::Path;

use vietnorm::{Config, DateStyle, Normalizer};

/// The plain news seeds, one paragraph per line, repeated to at least `bytes`.
pub fn news(bytes: usize) -> Vec<String> {
    repeat_to(
        data_lines(&[
            "seeds/news-thanhnien-plain.txt",
            "seeds/news-rfi-plain.txt",
            "seeds/news-viettimes-plain.txt",
        ]),
        bytes,
    )
}

/// The non-empty lines of files under `tests/data`.
pub fn data_lines(names: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut lines = Vec::new();
    for name in names {
        let text = std::fs::read_to_string(dir.join(name)).expect("bundled data");
        lines.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned),
        );
    }
    lines
}

pub fn repeat_to(lines: Vec<String>, bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        for line in &lines {
            total += line.len() + 1;
            out.push(line.clone());
        }
    }
    out
}

/// Up to `bytes` of real Wikipedia lines, if the shared corpus is there.
pub fn viwiki(bytes: usize) -> Option<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/viwiki-2017.txt.gz");
    let file = std::fs::File::open(path).ok()?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .take(bytes as u64)
        .read_to_string(&mut text)
        .ok()?;
    let complete = text.rfind('\n')?;
    Some(text[..complete].lines().map(str::to_owned).collect())
}

/// Normalises every line, as `vietnorm normalize` does; the sum keeps the work observable.
pub fn run(normalizer: &Normalizer, lines: &[String]) -> usize {
    lines.iter().map(|l| normalizer.normalize(l).len()).sum()
}

/// The default pipeline without `stage` (`tone`, `dates` or `segmented`), to measure the
/// stage's cost against. The dates stage is not left out but set to keep every date as it is,
/// so that its cost is the recognition and rewriting, not the gate.
pub fn without(stage: &str) -> Normalizer {
    let mut config = Config::default();
    match stage {
        "tone" => config.tone.enabled = false,
        "dates" => config.dates.style = DateStyle::Keep,
        "segmented" => config.segmented.enabled = false,
        _ => panic!("no stage {stage}"),
    }
    Normalizer::new(config).expect("a valid configuration")
}
