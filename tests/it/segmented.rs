//! Segmented-text restoration against real tools' output (tests/data/segmented, see its README).

use std::path::Path;

use vietnorm::{Normalizer, StreamState};

fn data(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/segmented")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Restores a producer's file line by line as the CLI does (one stream), and returns the lines
/// that differ from the published text, as (published, restored).
fn mismatches(producer: &str) -> (usize, Vec<(String, String)>) {
    let n = Normalizer::default();
    let (plain, segmented) = (data("plain.txt"), data(producer));
    assert_eq!(
        plain.lines().count(),
        segmented.lines().count(),
        "{producer}"
    );
    let mut stream = StreamState::default();
    let mut bad = Vec::new();
    for (want, seg) in plain.lines().zip(segmented.lines()) {
        let got = n.normalize_in(seg, &mut stream);
        let want = n.normalize(want);
        if got != want {
            bad.push((want.into_owned(), got.into_owned()));
        }
    }
    (plain.lines().count(), bad)
}

fn check(producer: &str, min_rate: f64) {
    let (total, bad) = mismatches(producer);
    let rate = 1.0 - bad.len() as f64 / total as f64;
    for (want, got) in &bad {
        eprintln!("{producer}\n  want {want}\n  got  {got}");
    }
    eprintln!(
        "{producer}: {}/{total} exact ({:.1}%)",
        total - bad.len(),
        rate * 100.0
    );
    assert!(rate >= min_rate, "{producer}: {rate:.3} < {min_rate}");
}

#[test]
fn pyvi_fixtures_restored() {
    check("pyvi.txt", 0.0);
}

#[test]
fn underthesea_fixtures_restored() {
    check("underthesea.txt", 0.0);
}

#[test]
fn vncorenlp_simulated_fixtures_restored() {
    check("vncorenlp-sim.txt", 0.0);
}
