//! The tone stage against the spec: every legal syllable in every style and case, foreign words
//! byte-identical, the news seeds changed exactly as the rules say, and the CLI flags.

use std::collections::BTreeMap;

use unicode_normalization::is_nfc;
use vietnorm::syllable::{toned, CLOSED_CLUSTERS, FINALS, INITIALS, OPEN_CLUSTERS};
use vietnorm::{place_tone, Config, Normalizer, Syllable, Tone, ToneStyle};

const STYLES: [ToneStyle; 3] = [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep];

/// The default pipeline with the given tone options. The segmented stage is off: the seeds
/// include VnCoreNLP output, whose `_`-joined words these tests look at as the tool wrote them.
fn normalizer(style: ToneStyle, strict: bool) -> Normalizer {
    let mut config = Config::default();
    config.tone.style = style;
    config.tone.strict = strict;
    config.segmented.enabled = false;
    Normalizer::new(config).unwrap()
}

/// Every spelling of every (initial, cluster, final, tone) the parser accepts, with the tone
/// mark on each letter of the cluster in turn (so misplaced marks are generated too).
fn every_syllable() -> Vec<(String, Syllable)> {
    let shapes = OPEN_CLUSTERS.iter().map(|v| (*v, "")).chain(
        CLOSED_CLUSTERS
            .iter()
            .flat_map(|v| FINALS.iter().map(move |f| (*v, *f))),
    );
    let shapes: Vec<_> = shapes.collect();
    let mut out = Vec::new();
    for initial in std::iter::once("").chain(INITIALS) {
        for &(cluster, fin) in &shapes {
            for tone in Tone::ALL {
                let letters: Vec<char> = cluster.chars().collect();
                let positions = if tone == Tone::Level {
                    1
                } else {
                    letters.len()
                };
                for at in 0..positions {
                    let mut word = initial.to_string();
                    for (i, &c) in letters.iter().enumerate() {
                        word.push(if i == at { toned(c, tone).unwrap() } else { c });
                    }
                    word.push_str(fin);
                    if let Some(s) = Syllable::parse(&word) {
                        out.push((word, s));
                    }
                }
            }
        }
    }
    out
}

fn title(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

#[test]
fn every_legal_syllable_round_trips_in_every_style_and_case() {
    let all = every_syllable();
    let distinct: std::collections::BTreeSet<_> = all
        .iter()
        .map(|(_, s)| (s.initial(), s.vowels(), s.final_consonant(), s.tone()))
        .collect();
    // Sanity check on the generator: thousands of legal syllables, not a handful.
    assert!(distinct.len() > 10_000, "only {} syllables", distinct.len());
    for (word, parsed) in &all {
        let [old, new, keep] = STYLES.map(|style| place_tone(word, style).into_owned());
        for (style, out) in STYLES.into_iter().zip([&old, &new, &keep]) {
            assert!(is_nfc(out), "{word} {style:?} -> {out:?} not NFC");
            assert_eq!(
                place_tone(out, style),
                *out,
                "{word} {style:?}: second pass"
            );
            let again = Syllable::parse(out).expect("output parses");
            assert_eq!(
                (
                    again.initial(),
                    again.vowels(),
                    again.final_consonant(),
                    again.tone()
                ),
                (
                    parsed.initial(),
                    parsed.vowels(),
                    parsed.final_consonant(),
                    parsed.tone()
                ),
                "{word} {style:?}"
            );
        }
        assert_eq!(place_tone(&new, ToneStyle::Old), old, "old(new({word}))");
        assert_eq!(place_tone(&old, ToneStyle::New), new, "new(old({word}))");
        assert!(keep == old || keep == new, "keep({word}) = {keep}");
        let styled = parsed.final_consonant().is_empty()
            && ["oa", "oe", "uy"].contains(&parsed.vowels())
            && parsed.tone() != Tone::Level;
        assert_eq!(
            old != new,
            styled,
            "{word}: styles differ only for open oa/oe/uy"
        );
        // Case stays with its letter: Title and UPPER give the case-mapped results.
        if *word == old {
            for style in STYLES {
                let lower = place_tone(word, style);
                assert_eq!(
                    place_tone(&title(word), style),
                    title(&lower),
                    "{word} {style:?}"
                );
                assert_eq!(
                    place_tone(&word.to_uppercase(), style),
                    lower.to_uppercase(),
                    "{word} {style:?}"
                );
            }
        }
    }
}

#[test]
fn stage_agrees_with_place_tone_on_running_text() {
    // All syllables of one initial on one line, segmented with `_` every other word.
    let all = every_syllable();
    for style in STYLES {
        let n = normalizer(style, false);
        for chunk in all.chunks(500) {
            let words: Vec<&str> = chunk.iter().map(|(w, _)| w.as_str()).collect();
            let line = words.join(" ").replacen(' ', "_", 100);
            let expected: String = words
                .iter()
                .map(|w| place_tone(w, style).into_owned())
                .collect::<Vec<_>>()
                .join(" ")
                .replacen(' ', "_", 100);
            assert_eq!(n.normalize(&line), expected, "{style:?}");
        }
    }
}

/// `tests/data/tone/foreign-words.txt`: (word, needs strict mode).
fn foreign_words() -> Vec<(String, bool)> {
    let text = std::fs::read_to_string(crate::data("tone/foreign-words.txt")).unwrap();
    let mut strict = false;
    let mut words = Vec::new();
    for line in text.lines() {
        if let Some(section) = line.strip_prefix("# ") {
            strict |= section == "strict";
        } else if !line.is_empty() {
            words.push((line.to_string(), strict));
        }
    }
    words
}

#[test]
fn foreign_words_are_byte_identical() {
    let words = foreign_words();
    assert!(words.len() >= 200, "only {} foreign words", words.len());
    for style in STYLES {
        let lenient = normalizer(style, false);
        let strict = normalizer(style, true);
        for (word, needs_strict) in &words {
            assert_eq!(strict.normalize(word), *word, "strict {style:?}");
            if !needs_strict {
                assert_eq!(lenient.normalize(word), *word, "{style:?}");
            }
        }
    }
}

#[test]
fn known_collisions_with_foreign_words() {
    // Documented residual risk (spec §2.5): these foreign words are also Vietnamese syllables
    // with a misplaced mark (Spanish preterites, pinyin) or a new-style mark (French Noé).
    let n = normalizer(ToneStyle::Old, false);
    for (word, old) in [
        ("huí", "húi"),
        ("oí", "ói"),
        ("caí", "cái"),
        ("huà", "hùa"),
        ("Noé", "Nóe"),
    ] {
        assert_eq!(n.normalize(word), old);
    }
    let strict = normalizer(ToneStyle::Old, true);
    assert_eq!(strict.normalize("huí oí caí huà"), "huí oí caí huà");
    assert_eq!(
        strict.normalize("Noé"),
        "Nóe",
        "strict still converts styles"
    );
}

/// Word-by-word differences between two normalisations of the same text.
fn changed_words(before: &str, after: &str) -> Vec<(String, String)> {
    let (a, b): (Vec<_>, Vec<_>) = (
        before.split_whitespace().collect(),
        after.split_whitespace().collect(),
    );
    assert_eq!(a.len(), b.len(), "the tone stage never changes spacing");
    a.into_iter()
        .zip(b)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (x.to_string(), y.to_string()))
        .collect()
}

#[test]
fn seeds_change_exactly_as_the_golden_list_says() {
    let mut without = Config::default();
    without.tone.enabled = false;
    without.segmented.enabled = false;
    let without = Normalizer::new(without).unwrap();
    let golden = std::fs::read_to_string(crate::data("tone/seeds-new-style.tsv")).unwrap();
    let expected: Vec<_> = golden.lines().filter(|l| !l.starts_with('#')).collect();
    let mut found = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(crate::data("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let base = without.normalize(&text);
        // The seeds are clean old-style news: old and keep change nothing.
        for style in [ToneStyle::Old, ToneStyle::Keep] {
            assert_eq!(normalizer(style, false).normalize(&text), base, "{path:?}");
        }
        let new = normalizer(ToneStyle::New, false).normalize(&text);
        let name = path.file_name().unwrap().to_str().unwrap();
        for (a, b) in changed_words(&base, &new) {
            found.push(format!("{name}\t{a}\t{b}"));
        }
        // And back: old(new(x)) == old(x) on real text.
        assert_eq!(normalizer(ToneStyle::Old, false).normalize(&new), base);
    }
    assert_eq!(found, expected);
}

#[test]
fn cli_tone_flags_override_the_config() {
    let run = |args: &[&str], input: &str| crate::cli::normalize_stdin(input.as_bytes(), args);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("c.toml");
    std::fs::write(&config, "[tone]\nstyle = \"new\"\n").unwrap();
    let config = config.to_str().unwrap();
    let input = "Hoà bình, thủy lợi, tóan, huà\n";
    assert_eq!(run(&[], input), "Hòa bình, thủy lợi, toán, hùa\n");
    assert_eq!(
        run(&["--config", config], input),
        "Hoà bình, thuỷ lợi, toán, hùa\n"
    );
    assert_eq!(
        run(&["--config", config, "--tone", "old"], input),
        "Hòa bình, thủy lợi, toán, hùa\n"
    );
    assert_eq!(
        run(&["--tone", "keep"], input),
        "Hoà bình, thủy lợi, toán, hùa\n"
    );
    assert_eq!(
        run(&["--strict-tone"], input),
        "Hòa bình, thủy lợi, tóan, huà\n"
    );
    assert_cmd::Command::cargo_bin("vietnorm")
        .unwrap()
        .args(["normalize", "--tone", "modern"])
        .write_stdin("x")
        .assert()
        .code(2);
}

#[test]
fn detect_reports_tone_counts() {
    let out = assert_cmd::Command::cargo_bin("vietnorm")
        .unwrap()
        .arg("detect")
        .write_stdin("hòa hoà thuỷ khỏe\ntóan ngưòi \u{d0}ẠI hóà\n")
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let tone: BTreeMap<String, u64> =
        serde_json::from_value(report["stages"]["tone"].clone()).unwrap();
    let expected: BTreeMap<String, u64> = [
        ("old_style", 2),
        ("new_style", 2),
        ("misplaced", 1),
        ("horn", 1),
        ("lookalike_d", 1),
        ("two_tones", 1),
        ("orphan_mark", 0),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(tone, expected);
}
