//! The `dates` stage through the public API and the command line: flags override the config,
//! `detect` reports the counts, and on the bundled news seeds exactly the dates change.

use assert_cmd::Command;
use vietnorm::{find_dates, Config, DateStyle, Normalizer};

fn vietnorm() -> Command {
    Command::cargo_bin("vietnorm").unwrap()
}

const INPUT: &str =
    "Hôm 6 - 7/12, giá 25.000 đồng; ngày 02.12.2024 lúc 14 h 30\nthắng 2-1, tháng 12.2024\n";

fn normalize(args: &[&str]) -> String {
    crate::cli::normalize_stdin(INPUT.as_bytes(), args)
}

#[test]
fn dates_flag_chooses_the_style() {
    assert_eq!(
        normalize(&[]),
        "Hôm 6-7/12, giá 25.000 đồng; ngày 2/12/2024 lúc 14h30\nthắng 2-1, tháng 12/2024\n"
    );
    assert_eq!(
        normalize(&["--dates", "iso"]),
        "Hôm 6-7/12, giá 25.000 đồng; ngày 2024-12-02 lúc 14:30\nthắng 2-1, tháng 2024-12\n"
    );
    assert_eq!(normalize(&["--dates", "keep"]), INPUT);
    assert_eq!(
        normalize(&["--date-zero-pad"]),
        "Hôm 06-07/12, giá 25.000 đồng; ngày 02/12/2024 lúc 14h30\nthắng 2-1, tháng 12/2024\n"
    );
    vietnorm()
        .args(["normalize", "--dates", "ISO"])
        .write_stdin("x")
        .assert()
        .code(2);
}

#[test]
fn flags_override_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("c.toml");
    std::fs::write(&config, "[dates]\nstyle = \"iso\"\nzero_pad = true\n").unwrap();
    let config = config.to_str().unwrap();
    assert!(normalize(&["--config", config]).contains("ngày 2024-12-02"));
    assert!(normalize(&["--config", config]).contains("Hôm 06-07/12"));
    assert!(normalize(&["--config", config, "--dates", "canonical"]).contains("ngày 02/12/2024"));
    let parsed = Config::from_toml_str("[dates]\nstyle = \"keep\"\n").unwrap();
    assert_eq!(parsed.dates.style, DateStyle::Keep);
    let normalizer = Normalizer::new(parsed).unwrap();
    assert!(normalizer.stage_names().all(|name| name != "dates"));
    assert_eq!(Normalizer::default().stage_names().last(), Some("dates"));
}

#[test]
fn detect_counts_dates_per_form() {
    let out = vietnorm()
        .arg("detect")
        .write_stdin(INPUT)
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let dates = &report["stages"]["dates"];
    assert_eq!(dates["range"], 1);
    assert_eq!(dates["full"], 1);
    assert_eq!(dates["month_year"], 1);
    assert_eq!(dates["time_joined"], 1);
    assert_eq!(dates["rewritten"], 3);
}

/// The dates of the bundled news seeds, as written: nothing else in them is a date.
#[test]
fn seeds_change_only_their_dates() {
    let expected: &[(&str, &[&str])] = &[
        (
            "news-thanhnien-plain.txt",
            &["2.12", "2.12", "2.12", "2.12"],
        ),
        ("news-rfi-plain.txt", &["27/11/2024"]),
        (
            "news-segmented-vncorenlp-style.txt",
            &["7/12", "10/12", "6 - 7/12", "7/12", "2/12"],
        ),
        ("news-viettimes-plain.txt", &[]),
        ("news-arabic-not-vietnamese.txt", &[]),
    ];
    // The segmented stage is off: the VnCoreNLP seed is checked as the tool wrote it.
    let mut with = Config::default();
    with.segmented.enabled = false;
    let mut keep = with.clone();
    keep.dates.style = DateStyle::Keep;
    let normalizer = Normalizer::new(with).unwrap();
    let without_dates = Normalizer::new(keep).unwrap();
    for &(name, dates) in expected {
        let text = std::fs::read_to_string(crate::data(&format!("seeds/{name}"))).unwrap();
        let base = without_dates.normalize(&text).into_owned();
        let found: Vec<&str> = find_dates(&base)
            .iter()
            .map(|m| &base[m.span.clone()])
            .collect();
        assert_eq!(found, dates, "{name}");
        // The output is the stage's input with each date span written canonically (these
        // seeds only need `.` → `/` and ` - ` → `-`): every other byte is unchanged.
        let mut want = String::new();
        let mut at = 0;
        for m in find_dates(&base) {
            want.push_str(&base[at..m.span.start]);
            want.push_str(&base[m.span.clone()].replace('.', "/").replace(" - ", "-"));
            at = m.span.end;
        }
        want.push_str(&base[at..]);
        assert_eq!(normalizer.normalize(&text), want, "{name}");
    }
}
