//! Throughput of the default pipeline on realistic Vietnamese text, in bytes per second.
//!
//! Inputs: the news seeds bundled in `tests/data/seeds/`, repeated to about 1 MB, in three
//! shapes (clean NFC, NFD, messy spacing), and 8 MB of real Wikipedia text from
//! `../shared/corpus/viwiki-2017.txt.gz` when that file is present (skipped otherwise).
//! Each document is one line, as `vietnorm normalize` feeds them.

use std::io::Read;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_normalization::UnicodeNormalization;
use vietnorm::Normalizer;

/// The plain news seeds, one paragraph per line, repeated to at least `bytes`.
fn news(bytes: usize) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut paragraphs = Vec::new();
    for name in [
        "news-thanhnien-plain.txt",
        "news-rfi-plain.txt",
        "news-viettimes-plain.txt",
    ] {
        let text = std::fs::read_to_string(dir.join(name)).expect("bundled seed");
        paragraphs.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned),
        );
    }
    repeat_to(paragraphs, bytes)
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
