//! Each stage's cost as the ratio of the default pipeline's time with the stage to its time
//! without it, measured in pairs: the two run one right after the other on the same lines,
//! round after round, and the median of the rounds' ratios is reported with its quartiles.
//!
//! Criterion (groups `tone-stage`, `dates-stage`, `segmented-stage` of the `pipeline` bench)
//! times the two variants seconds apart, and on a shared machine whose speed drifts by 2× in
//! that time the two can differ by more than the stage costs. A pair of runs a few
//! milliseconds apart sees the same machine.
//!
//! `cargo bench --bench paired [-- STAGE]` (`tone`, `dates`, `segmented`; all by default).
//! The inputs are those of the `pipeline` bench: the news seeds repeated to 1 MB, and 8 MB of
//! Wikipedia when `../shared/corpus/viwiki-2017.txt.gz` is there.

mod common;

use std::time::{Duration, Instant};

use common::{news, run, viwiki, without};
use vietnorm::Normalizer;

/// Pairs are run for this long per stage and input, and at least [`MIN_PAIRS`] times.
const MEASURE: Duration = Duration::from_secs(5);
const MIN_PAIRS: usize = 20;

fn main() {
    // Cargo passes `--bench`; the rest is the filter.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let mut inputs = vec![("news-nfc-clean", news(1 << 20))];
    if let Some(wiki) = viwiki(8 << 20) {
        inputs.push(("viwiki-8mb", wiki));
    }
    let with = Normalizer::default();
    for stage in ["tone", "dates", "segmented"] {
        if filter.as_deref().is_some_and(|f| !stage.contains(f)) {
            continue;
        }
        let without = without(stage);
        for (name, lines) in &inputs {
            let megabytes = lines.iter().map(|l| l.len() + 1).sum::<usize>() as f64 / 1e6;
            let pairs = measure_pairs(&with, &without, lines);
            let mut ratios: Vec<f64> = pairs.iter().map(|(w, wo)| w / wo).collect();
            ratios.sort_by(f64::total_cmp);
            let quartile = |q: usize| ratios[(ratios.len() - 1) * q / 4];
            let fastest =
                |side: fn(&(f64, f64)) -> f64| pairs.iter().map(side).fold(f64::INFINITY, f64::min);
            println!(
                "{stage}-stage/{name}: with/without {:.3} (quartiles {:.3}–{:.3}, {} pairs); \
                 fastest with {:.0} MB/s, without {:.0} MB/s",
                quartile(2),
                quartile(1),
                quartile(3),
                ratios.len(),
                megabytes / fastest(|p| p.0),
                megabytes / fastest(|p| p.1),
            );
        }
    }
}

/// Seconds of one run of `with` and one of `without` over `lines`, pair after pair, after one
/// run of each to warm up (the tone stage's memo, the caches).
fn measure_pairs(with: &Normalizer, without: &Normalizer, lines: &[String]) -> Vec<(f64, f64)> {
    let time = |normalizer: &Normalizer| {
        let start = Instant::now();
        std::hint::black_box(run(normalizer, lines));
        start.elapsed().as_secs_f64()
    };
    time(with);
    time(without);
    let start = Instant::now();
    let mut pairs = Vec::new();
    while pairs.len() < MIN_PAIRS || start.elapsed() < MEASURE {
        pairs.push((time(with), time(without)));
    }
    pairs
}
