//! The command-line contract: line preservation, JSONL field editing, errors with file, line
//! and byte, exit codes, configuration files, atomic output and quiet broken pipes.

use std::io::{Read, Write};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;

pub(crate) fn vietnorm() -> Command {
    Command::cargo_bin("vietnorm").unwrap()
}

pub(crate) fn normalize_stdin(input: &[u8], args: &[&str]) -> String {
    let out = vietnorm()
        .arg("normalize")
        .args(args)
        .write_stdin(input)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn one_output_line_per_input_line() {
    let cases: &[(&str, &str)] = &[
        ("", ""),
        ("\n", "\n"),
        ("a", "a"),
        ("a\n", "a\n"),
        ("a  b\n\n\nc  ", "a b\n\n\nc"),
        ("x\r\ny \r\n", "x\r\ny\r\n"),
        ("Vie\u{301}\u{302}t\u{a0}Nam\n", "Viết Nam\n"),
    ];
    for &(input, expected) in cases {
        assert_eq!(
            normalize_stdin(input.as_bytes(), &[]),
            expected,
            "input {input:?}"
        );
    }
}

#[test]
fn files_and_dash_are_read_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "một  hai\n").unwrap();
    vietnorm()
        .args(["normalize", a.to_str().unwrap(), "-", a.to_str().unwrap()])
        .write_stdin("ba\u{a0}bốn\n")
        .assert()
        .success()
        .stdout("một hai\nba bốn\nmột hai\n");
}

#[test]
fn jsonl_changes_only_the_text_field() {
    let input = concat!(
        r#"{"id":1,"meta":{"n":1.50,"s":"a  b\u00a0c"},"text":"Ha\u0300  N\u00f4\u0323i"}"#,
        "\n\n",
        r#"{"id":2,"text":"sạch"}"#,
        "\n"
    );
    let expected = concat!(
        r#"{"id":1,"meta":{"n":1.50,"s":"a  b\u00a0c"},"text":"Hà Nội"}"#,
        "\n\n",
        r#"{"id":2,"text":"sạch"}"#,
        "\n"
    );
    assert_eq!(normalize_stdin(input.as_bytes(), &["--jsonl"]), expected);
}

#[test]
fn jsonl_other_field_and_missing_field_warning() {
    let input = "{\"body\":\"a  b\",\"text\":\"c  d\"}\n{\"id\":3}\n";
    vietnorm()
        .args(["normalize", "--jsonl", "--field", "body"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout("{\"body\":\"a b\",\"text\":\"c  d\"}\n{\"id\":3}\n")
        .stderr(predicate::str::contains(
            "1 record(s) have no string field \"body\"",
        ));
}

#[test]
fn invalid_utf8_is_an_error_with_file_line_and_byte() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"dong mot\nhai \xc3\x28 ba\n").unwrap();
    vietnorm()
        .args(["normalize", bad.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}: line 2: invalid UTF-8 at byte offset 13",
            bad.display()
        )));
}

#[test]
fn long_files_are_one_stream_and_bad_input_keeps_what_came_before() {
    // Over a file of many lines, the stream's history carries on (the output is the library's,
    // line by line with one stream); after a bad line, the lines before it are still written.
    let text: String = ["pyvi.txt", "underthesea.txt", "vncorenlp-sim.txt"]
        .iter()
        .map(|name| std::fs::read_to_string(crate::data(&format!("segmented/{name}"))).unwrap())
        .collect();
    let normalizer = vietnorm::Normalizer::default();
    let mut stream = vietnorm::StreamState::default();
    let expected: String = text
        .lines()
        .map(|line| normalizer.normalize_in(line, &mut stream) + "\n")
        .collect();
    assert_eq!(normalize_stdin(text.as_bytes(), &[]), expected);
    let mut bad = text.into_bytes();
    bad.extend_from_slice(b"Ha\xff_Noi\n");
    let out = vietnorm()
        .arg("normalize")
        .write_stdin(bad)
        .assert()
        .code(2);
    assert_eq!(out.get_output().stdout, expected.as_bytes());
}

#[test]
fn lossy_mode_replaces_and_reports() {
    vietnorm()
        .args(["normalize", "--lossy"])
        .write_stdin(&b"ok\nhai \xff ba\n"[..])
        .assert()
        .success()
        .stdout("ok\nhai \u{fffd} ba\n")
        .stderr(predicate::str::contains(
            "<stdin>: replaced 1 invalid UTF-8 sequence(s)",
        ));
}

#[test]
fn invalid_json_is_an_error_with_line() {
    vietnorm()
        .args(["normalize", "--jsonl"])
        .write_stdin("{\"text\":\"a\"}\n{\"text\": oops}\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>: line 2: invalid JSON"));
}

#[test]
fn missing_file_is_a_runtime_error() {
    vietnorm()
        .args(["normalize", "/nonexistent/x.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot open /nonexistent/x.txt"));
}

#[test]
fn output_file_is_written_only_when_complete() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.txt");
    vietnorm()
        .args(["normalize", "-o", out.to_str().unwrap()])
        .write_stdin("a  b\n")
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "a b\n");

    let failed = dir.path().join("failed.txt");
    vietnorm()
        .args(["normalize", "-o", failed.to_str().unwrap()])
        .write_stdin(&b"good\nbad\xff\n"[..])
        .assert()
        .code(2);
    assert!(!failed.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temp file left behind"
    );
}

#[test]
fn config_files_in_toml_and_json_and_their_errors() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("c.toml");
    std::fs::write(&toml, "[unicode]\nspaces = false\n").unwrap();
    let json = dir.path().join("c.json");
    std::fs::write(&json, r#"{"unicode": {"spaces": false}}"#).unwrap();
    for config in [&toml, &json] {
        let out = normalize_stdin(
            "a\u{a0} b\u{200b}\n".as_bytes(),
            &["--config", config.to_str().unwrap()],
        );
        assert_eq!(out, "a\u{a0} b\n");
    }
    let typo = dir.path().join("typo.toml");
    std::fs::write(&typo, "[unicode]\nspace = false\n").unwrap();
    vietnorm()
        .args(["normalize", "--config", typo.to_str().unwrap()])
        .write_stdin("x\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("typo.toml").and(predicate::str::contains("space")));
}

#[test]
fn closed_stdout_exits_quietly_with_success() {
    // Each command that writes as it reads: `detect --per-line` writes JSON.
    for args in [&["normalize"][..], &["detect", "--per-line"]] {
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("vietnorm"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            let line = "Việt  Nam\n".repeat(1000);
            for _ in 0..2000 {
                if stdin.write_all(line.as_bytes()).is_err() {
                    break;
                }
            }
        });
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let output = child.wait_with_output().unwrap();
        writer.join().unwrap();
        assert!(
            output.status.success(),
            "{args:?}: status {:?}",
            output.status
        );
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
    }
}

#[test]
fn detect_reports_one_json_object_per_input() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "Vie\u{302}\u{323}t  Nam\nsạch\n").unwrap();
    let out = vietnorm()
        .args(["detect", a.to_str().unwrap(), "-"])
        .write_stdin("x\u{200b}y\n")
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let reports: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["lines"], 2);
    assert_eq!(reports[0]["not_nfc"], 1);
    assert_eq!(reports[0]["would_change"], 1);
    assert_eq!(reports[0]["stages"]["unicode"]["nfc"], 1);
    assert_eq!(reports[0]["stages"]["unicode"]["spaces"], 1);
    assert_eq!(reports[1]["file"], "<stdin>");
    assert_eq!(reports[1]["stages"]["unicode"]["invisible"], 1);
}

#[test]
fn bundled_example_is_normalised_and_foreign_text_kept() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/news-messy.txt");
    let out = vietnorm()
        .args(["normalize", example.to_str().unwrap()])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let input = std::fs::read_to_string(&example).unwrap();
    assert_eq!(stdout.lines().count(), input.lines().count());
    assert!(unicode_normalization::is_nfc(&stdout));
    assert!(stdout.contains("cho thấy quân đội nước này đang chiến đấu kháng cự"));
    let foreign = input.lines().last().unwrap();
    assert_eq!(stdout.lines().last().unwrap(), foreign);
}
