//! Throughput of the default pipeline on realistic Vietnamese text, in bytes per second.
//!
//! Inputs: the news seeds bundled in `tests/data/seeds/`, repeated to about 1 MB, in three
//! shapes (clean NFC, NFD, messy spacing), and 8 MB of real Wikipedia text from
//! `../shared/corpus/viwiki-2017.txt.gz` when that file is present (skipped otherwise).
//! Each document is one line, as `vietnorm normalize` feeds them.
//!
//! Groups `tone-stage` and `dates-stage` run the default pipeline with and without one stage
//! side by side on the news seeds and on Wikipedia: the ratio of the two is the stage's cost.
//!
//! Group `segmented-stage` is the same comparison for segmented-text detection on plain text;
//! group `segmented-news` runs the default pipeline on word-segmented news (the pyvi,
//! underthesea and simulated VnCoreNLP fixtures plus the VnCoreNLP-style seed), one stream as
//! the CLI reads a file, with and without the stage.

mod common;

use common::{data_lines, news, repeat_to, run, viwiki, without};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_normalization::UnicodeNormalization;
use vietnorm::{Normalizer, StreamState};

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
            b.iter(|| run(&normalizer, lines))
        });
    }
    group.finish();
}

/// The per-document steps of `vietnorm clean` besides normalisation, side by side with it, on
/// the same lines: the language filter (profile + decision), the exact and near dedup
/// signatures and the sentence splitter. Ratios between rows show where clean spends its time.
fn clean_steps(c: &mut Criterion) {
    use vietnorm::dedup::{Dedup, DedupMode, Signature};
    use vietnorm::langid::{is_vietnamese, Profile};

    let normalizer = Normalizer::default();
    let exact = Dedup::new(DedupMode::Exact);
    let near = Dedup::new(DedupMode::Near);
    let mut inputs = vec![("news", news(1 << 20))];
    if let Some(wiki) = viwiki(8 << 20) {
        inputs.push(("viwiki-8mb", wiki));
    }
    type Step<'a> = (&'a str, &'a dyn Fn(&str) -> usize);
    let steps: [Step; 5] = [
        ("normalize", &|l| normalizer.normalize(l).len()),
        ("langid", &|l| {
            usize::from(is_vietnamese(l, &Profile::of(l)))
        }),
        ("dedup-exact", &|l| {
            usize::from(exact.signature(l) != Signature::None)
        }),
        ("dedup-near", &|l| {
            usize::from(near.signature(l) != Signature::None)
        }),
        ("sentences", &|l| vietnorm::sentence::split(l).len()),
    ];
    for (input, lines) in &inputs {
        let mut group = c.benchmark_group(format!("clean-steps/{input}"));
        let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        for (step, f) in &steps {
            group.bench_with_input(BenchmarkId::from_parameter(step), lines, |b, lines| {
                b.iter(|| lines.iter().map(|l| f(l)).sum::<usize>())
            });
        }
        group.finish();
    }
}

/// The cost of one stage: the default pipeline with and without it, side by side, on clean NFC
/// news and on Wikipedia (when present).
fn stage_cost(c: &mut Criterion, stage: &str, without: Normalizer) {
    let with = Normalizer::default();
    let mut inputs = vec![("news-nfc-clean", news(1 << 20))];
    if let Some(wiki) = viwiki(8 << 20) {
        inputs.push(("viwiki-8mb", wiki));
    }
    let mut group = c.benchmark_group(format!("{stage}-stage"));
    for (name, lines) in &inputs {
        let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        let variants = [("with", &with), ("without", &without)];
        for (variant, normalizer) in variants {
            let id = BenchmarkId::new(format!("{variant}-{stage}"), name);
            group.bench_with_input(id, lines, |b, lines| b.iter(|| run(normalizer, lines)));
        }
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

/// Detection on plain text (target: under 10% of the pipeline's time) and restoration of
/// segmented news (target: the whole pipeline at 80 MB/s or more), each with and without.
fn segmented_cost(c: &mut Criterion) {
    let without = without("segmented");
    let with = Normalizer::default();
    let lines = segmented_news(1 << 20);
    let mut group = c.benchmark_group("segmented-news");
    group.throughput(Throughput::Bytes(
        lines.iter().map(|l| l.len() as u64 + 1).sum(),
    ));
    for (variant, normalizer) in [("with-segmented", &with), ("without-segmented", &without)] {
        group.bench_function(variant, |b| {
            b.iter(|| {
                let mut stream = StreamState::default();
                lines
                    .iter()
                    .map(|l| normalizer.normalize_in(l, &mut stream).len())
                    .sum::<usize>()
            })
        });
    }
    // The same news as one line, and long lines that repeat a few tokens: a rule that scans the
    // line at every gap makes these quadratic, which the sentence-long lines above do not show.
    // Each of these lines of 20,000 tokens took 0.6 to 0.9 s before its rule looked once per line:
    // hyphenated words, dotted abbreviations, apostrophes in names, an address's labels, a
    // decimal's unit; and joined words whose parts the line also has took 0.3 s, the search for
    // them along the line made at each; so did minutes' marks (`5 ' 5 ' …`), each looking back
    // along the whole list for `phút`.
    let one_line = lines.join(" ");
    let periodic = [
        &["ba", "-", "na", "-"][..],
        &["Ths", "."],
        &["Nguyễn", "Bai", "’", "ông", "com"],
        &["ab", "."],
        &["1,5", "mm", "y"],
        // Joined words, one also written with spaces, one whose parts are apart (see
        // `spaced_too`).
        &["Lục_Tuyết", "Tuyết", "Lục", "Kỳ", "Hà_Nội", "Hà", "Nội"],
        // Minutes' marks, each after a number (see `quotes::goal_minutes`).
        &["5", "'"],
    ]
    .iter()
    .map(|cycle| {
        let words = cycle.iter().cycle().take(20_000).copied();
        words.collect::<Vec<_>>().join(" ")
    })
    .collect::<Vec<_>>()
    .join("\n");
    // Restored whatever detection says: a line of hyphenated words alone is no evidence.
    let mut config = vietnorm::Config::default();
    config.segmented.mode = vietnorm::Desegment::Always;
    let always = Normalizer::new(config).expect("a valid configuration");
    for (name, line) in [("one-line", &one_line), ("periodic-lines", &periodic)] {
        group.throughput(Throughput::Bytes(line.len() as u64));
        group.bench_function(name, |b| b.iter(|| always.normalize(line).len()));
    }
    group.finish();
    stage_cost(c, "segmented", without);
}

/// The tone stage must stay within 1.5× on clean old-style NFC news; on Wikipedia about 13% of the
/// oa/oe/uy syllables are in new style, so the stage really rewrites.
fn tone_cost(c: &mut Criterion) {
    stage_cost(c, "tone", without("tone"));
}

/// The dates stage (target: under 10% of the pipeline's time on news text).
fn dates_cost(c: &mut Criterion) {
    stage_cost(c, "dates", without("dates"));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = bench, tone_cost, dates_cost, segmented_cost, clean_steps
}
criterion_main!(benches);
