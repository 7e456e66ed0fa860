//! Throughput of the default pipeline on realistic Vietnamese text, in bytes per second.
//!
//! Inputs: the news seeds bundled in `tests/data/seeds/`, repeated to about 1 MB, in three
//! shapes (clean NFC, NFD, messy spacing), and 8 MB of real Wikipedia text from
//! `../shared/corpus/viwiki-2017.txt.gz` when that file is present (skipped otherwise).
//! Each document is one line, as `vietnorm normalize` feeds them.
//!
//! Group `segmented`: the default pipeline on word-segmented news (the pyvi, underthesea and
//! simulated VnCoreNLP fixtures plus the VnCoreNLP-style seed, one stream as the CLI reads a
//! file), and plain text with and without the segmented stage, to show what detection costs.

use std::io::Read;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_normalization::UnicodeNormalization;
use vietnorm::{Config, Normalizer, StreamState};

/// The plain news seeds, one paragraph per line, repeated to at least `bytes`.
fn news(bytes: usize) -> Vec<String> {
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
fn data_lines(names: &[&str]) -> Vec<String> {
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

fn repeat_to(lines: Vec<String>, bytes: usize) -> Vec<String> {
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
fn viwiki(bytes: usize) -> Option<Vec<String>> {
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

/// Double spaces, NBSP and a zero-width space in every line.
fn messy(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            format!(
                "{}\u{200b}\u{a0}",
                l.replacen(' ', "  ", 3).replacen(", ", ",\u{a0}", 2)
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let normalizer = Normalizer::default();
    let clean = news(1 << 20);
    let mut inputs = vec![
        ("news-nfc-clean", clean.clone()),
        (
            "news-nfd",
            clean.iter().map(|l| l.nfd().collect()).collect(),
        ),
        ("news-messy-spacing", messy(&clean)),
    ];
    if let Some(wiki) = viwiki(8 << 20) {
        inputs.push(("viwiki-8mb", wiki));
    }
    let mut group = c.benchmark_group("default-pipeline");
    for (name, lines) in &inputs {
        let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), lines, |b, lines| {
            b.iter(|| {
                lines
                    .iter()
                    .map(|l| normalizer.normalize(l).len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

/// Segmenter output bundled in `tests/data`, repeated to at least `bytes`.
fn segmented_news(bytes: usize) -> Vec<String> {
    repeat_to(
        data_lines(&[
            "segmented/pyvi.txt",
            "segmented/underthesea.txt",
            "segmented/vncorenlp-sim.txt",
            "seeds/news-segmented-vncorenlp-style.txt",
        ]),
        bytes,
    )
}

fn bench_segmented(c: &mut Criterion) {
    let with = Normalizer::default();
    let mut config = Config::default();
    config.segmented.enabled = false;
    let without = Normalizer::new(config).unwrap();
    let mut inputs = vec![
        ("segmented-news", segmented_news(1 << 20)),
        ("plain-news", news(1 << 20)),
    ];
    if let Some(wiki) = viwiki(8 << 20) {
        inputs.push(("plain-viwiki-8mb", wiki));
    }
    let mut group = c.benchmark_group("segmented");
    for (name, lines) in &inputs {
        let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        for (stage, normalizer) in [("with-stage", &with), ("without-stage", &without)] {
            let id = BenchmarkId::new(*name, stage);
            group.bench_with_input(id, lines, |b, lines| {
                b.iter(|| {
                    let mut stream = StreamState::default();
                    lines
                        .iter()
                        .map(|l| normalizer.normalize_in(l, &mut stream).len())
                        .sum::<usize>()
                })
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = bench, bench_segmented
}
criterion_main!(benches);
