//! `vietnorm clean` on a small corpus built from the seeds with injected duplicates, foreign
//! text and broken records: every document accounted for, per reason, whatever the thread
//! count; JSONL metadata untouched; compressed round trips; no finished-looking file on failure.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use crate::data;

fn vietnorm() -> Command {
    Command::cargo_bin("vietnorm").unwrap()
}

/// Non-blank lines of a seed with their 1-based line numbers.
fn seed(name: &str) -> Vec<(u64, String)> {
    let text = std::fs::read_to_string(data(&format!("seeds/{name}"))).unwrap();
    (1..)
        .zip(text.lines())
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| (n, l.to_string()))
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::stream::encode_all(bytes, 3).unwrap()
}

/// Decompresses by extension.
fn read(path: &Path) -> String {
    let raw = std::fs::read(path).unwrap();
    let mut text = String::new();
    match path.extension().and_then(|e| e.to_str()) {
        Some("gz") => flate2::read::MultiGzDecoder::new(&raw[..])
            .read_to_string(&mut text)
            .unwrap(),
        Some("zst") => zstd::stream::read::Decoder::new(&raw[..])
            .unwrap()
            .read_to_string(&mut text)
            .unwrap(),
        _ => return String::from_utf8(raw).unwrap(),
    };
    text
}

const ENGLISH: [&str; 3] = [
    "The Syrian army said on Monday that it had redeployed its forces around the city of Aleppo.",
    "Rebel groups seized most of the city within three days, according to monitors in Britain.",
    "Russia and Iran, the government's main allies, have promised continued support to Damascus.",
];
/// Vietnamese by the language filter, but fewer than half of its words are syllables.
const LOW_VI_RATIO: &str =
    "Tổng thống Bachar Al Assad khẳng định Damas, Aleppo, Hama, Homs, Idlib, Raqqa vẫn an toàn.";
const SHORT: &str = "Xin chào bạn";
const BROKEN_UTF8: &[u8] = b"Qu\xc3\xa2n \xc4\x91\xe1\xbb\x99i Syria \xff\xfe r\xc3\xbat lui";
/// Needs normalisation (no-break space, double space); JSONL record 12 of the corpus.
const MESSY: &str = "Quân đội\u{a0}Syria  đã rút khỏi thành phố Hama hôm thứ Năm.";
const MESSY_CLEAN: &str = "Quân đội Syria đã rút khỏi thành phố Hama hôm thứ Năm.";

/// The test corpus, and the expected count per reject reason.
struct Corpus {
    dir: tempfile::TempDir,
    documents: u64,
}

impl Corpus {
    fn root(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }
}

/// - `1-thanhnien.txt`: the seed as is (17 documents, blank lines between them);
/// - `2-mixed.txt.gz`: the rfi seed (6), the 3rd thanhnien document again (duplicate), three
///   English lines, the whole Arabic seed (14), a short line, a line of broken UTF-8 and a
///   low-vi-ratio line: 27 documents;
/// - `3-records.jsonl.zst`: the viettimes seed as records with metadata (11, one of which the
///   seed itself repeats), a messy record, a truncated record and one without a text field: 14;
/// - `4-segmented.txt`: the segmented seed (1).
fn corpus() -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    std::fs::create_dir(&root).unwrap();
    std::fs::copy(
        data("seeds/news-thanhnien-plain.txt"),
        root.join("1-thanhnien.txt"),
    )
    .unwrap();

    let mut mixed = Vec::new();
    for (_, line) in seed("news-rfi-plain.txt") {
        writeln!(mixed, "{line}").unwrap();
    }
    writeln!(mixed, "{}", seed("news-thanhnien-plain.txt")[2].1).unwrap();
    for line in ENGLISH {
        writeln!(mixed, "{line}").unwrap();
    }
    for (_, line) in seed("news-arabic-not-vietnamese.txt") {
        writeln!(mixed, "{line}").unwrap();
    }
    writeln!(mixed, "{SHORT}").unwrap();
    mixed.extend_from_slice(BROKEN_UTF8);
    writeln!(mixed, "\n{LOW_VI_RATIO}").unwrap();
    std::fs::write(root.join("2-mixed.txt.gz"), gzip(&mixed)).unwrap();

    let mut records = String::new();
    for (n, (_, line)) in (1..).zip(seed("news-viettimes-plain.txt")) {
        let text = serde_json::to_string(&line).unwrap();
        records += &format!(
            "{{\"id\": {n}, \"text\": {text}, \"meta\": {{\"src\": \"viettimes\", \"score\": 1.50}}}}\n"
        );
    }
    let messy = serde_json::to_string(MESSY).unwrap();
    records += &format!("{{\"id\":12,\"text\":{messy},\"meta\":{{\"score\":2.0e1}}}}\n");
    records += "{\"id\": 13, \"text\": \"Chiến sự ở Aleppo\n";
    records += "{\"id\": 14, \"body\": \"Không có trường text\"}\n";
    std::fs::write(root.join("3-records.jsonl.zst"), zstd(records.as_bytes())).unwrap();

    std::fs::copy(
        data("seeds/news-segmented-vncorenlp-style.txt"),
        root.join("4-segmented.txt"),
    )
    .unwrap();
    Corpus {
        dir,
        documents: 17 + 27 + 14 + 1,
    }
}

const FILTERS: [&str; 4] = ["--min-chars", "20", "--min-vi-ratio", "0.5"];

/// Runs `clean` on the corpus into `out` with `args`; returns the report and the rejects.
fn run(corpus: &Corpus, out: &Path, args: &[&str]) -> (Value, Vec<Value>) {
    let report = corpus.dir.path().join("report.json");
    let rejects = corpus.dir.path().join("rejects.jsonl");
    vietnorm()
        .arg("clean")
        .arg(corpus.root())
        .arg("-o")
        .arg(out)
        .arg("--report")
        .arg(&report)
        .arg("--rejects")
        .arg(&rejects)
        .args(args)
        .assert()
        .success();
    let report: Value = serde_json::from_str(&read(&report)).unwrap();
    let rejects = read(&rejects)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (report, rejects)
}

#[test]
fn every_document_is_written_or_rejected_with_its_reason() {
    let corpus = corpus();
    let out = corpus.dir.path().join("out.txt");
    let (report, rejects) = run(&corpus, &out, &FILTERS);

    let expected = serde_json::json!({
        "duplicate": 2,
        "not-vietnamese": 17,
        "too-short": 1,
        "low-vi-ratio": 1,
        "invalid-utf8": 1,
        "invalid-json": 2,
    });
    assert_eq!(report["rejected"], expected);
    assert_eq!(report["documents_in"], corpus.documents);
    assert_eq!(report["documents_rejected"], 24);
    assert_eq!(report["documents_out"], corpus.documents - 24);
    assert_eq!(report["balanced"], true);
    assert_eq!(rejects.len(), 24);
    assert_eq!(read(&out).lines().count() as u64, corpus.documents - 24);

    let root = corpus.root();
    let name = |file: &str| root.join(file).display().to_string();
    let rejected = |reason: &str| -> Vec<(String, u64)> {
        rejects
            .iter()
            .filter(|r| r["reason"] == reason)
            .map(|r| {
                (
                    r["source"].as_str().unwrap().to_string(),
                    r["line"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    // The English lines are lines 8–10 of the mixed file and the Arabic seed lines 11–24:
    // all of it is not Vietnamese.
    let not_vietnamese: Vec<(String, u64)> =
        (8..=24).map(|n| (name("2-mixed.txt.gz"), n)).collect();
    assert_eq!(rejected("not-vietnamese"), not_vietnamese);
    assert_eq!(rejected("too-short"), [(name("2-mixed.txt.gz"), 25)]);
    assert_eq!(rejected("invalid-utf8"), [(name("2-mixed.txt.gz"), 26)]);
    assert_eq!(rejected("low-vi-ratio"), [(name("2-mixed.txt.gz"), 27)]);
    assert_eq!(
        rejected("invalid-json"),
        [
            (name("3-records.jsonl.zst"), 13),
            (name("3-records.jsonl.zst"), 14)
        ]
    );
    // The injected copy points at the original in the other file; the seed's own repeat at
    // the line before it.
    let original = seed("news-thanhnien-plain.txt")[2].0;
    assert_eq!(
        rejected(&format!(
            "duplicate-of:{}:{original}",
            name("1-thanhnien.txt")
        )),
        [(name("2-mixed.txt.gz"), 7)]
    );
    assert_eq!(
        rejected(&format!("duplicate-of:{}:3", name("3-records.jsonl.zst"))),
        [(name("3-records.jsonl.zst"), 4)]
    );
    // Nothing is lost: the rejects carry the records, the broken one lossily decoded.
    let broken = rejects
        .iter()
        .find(|r| r["reason"] == "invalid-utf8")
        .unwrap();
    assert_eq!(
        broken["record"],
        String::from_utf8_lossy(BROKEN_UTF8).as_ref()
    );
    assert_eq!(broken["detail"], "invalid UTF-8 at byte 19");
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let corpus = corpus();
    for dedup in ["exact", "near"] {
        let mut results = Vec::new();
        for threads in ["1", "2"] {
            let out = corpus
                .dir
                .path()
                .join(format!("out-{dedup}-{threads}.jsonl"));
            let args = ["-j", threads, "--dedup", dedup, "--to", "jsonl"];
            let (mut report, rejects) = run(&corpus, &out, &args);
            assert_eq!(report["threads"], threads.parse::<u64>().unwrap());
            for timing in ["seconds", "mb_per_second", "threads"] {
                report.as_object_mut().unwrap().remove(timing);
            }
            results.push((read(&out), rejects, report));
        }
        assert!(!results[0].0.is_empty());
        assert_eq!(results[0], results[1], "--dedup {dedup}");
    }
}

#[test]
fn jsonl_fields_other_than_text_are_byte_identical() {
    let corpus = corpus();
    let out = corpus.dir.path().join("mirror/");
    run(&corpus, &out, &[]);
    let records = read(&out.join("3-records.jsonl.zst"));
    let lines: Vec<&str> = records.lines().collect();
    // 11 viettimes records minus the seed's own repeat, plus the messy one.
    assert_eq!(lines.len(), 11);
    assert_eq!(
        lines[0],
        format!(
            "{{\"id\": 1, \"text\": {}, \"meta\": {{\"src\": \"viettimes\", \"score\": 1.50}}}}",
            serde_json::to_string(&seed("news-viettimes-plain.txt")[0].1).unwrap()
        )
    );
    assert_eq!(
        lines[10],
        format!("{{\"id\":12,\"text\":\"{MESSY_CLEAN}\",\"meta\":{{\"score\":2.0e1}}}}")
    );
    // The mirror keeps every input's name and compression.
    for name in ["1-thanhnien.txt", "2-mixed.txt.gz", "4-segmented.txt"] {
        assert!(out.join(name).is_file(), "{name}");
    }
}

#[test]
fn compressed_input_and_output_round_trip() {
    let corpus = corpus();
    let plain = corpus.dir.path().join("plain");
    std::fs::create_dir(&plain).unwrap();
    let mut raw = Vec::new();
    flate2::read::MultiGzDecoder::new(
        &std::fs::read(corpus.root().join("2-mixed.txt.gz")).unwrap()[..],
    )
    .read_to_end(&mut raw)
    .unwrap();
    std::fs::write(plain.join("a.txt"), &raw).unwrap();
    std::fs::write(plain.join("a.txt.zst"), zstd(&raw)).unwrap();
    let mut outputs = Vec::new();
    for (input, output) in [
        ("a.txt", "o.txt.zst"),
        ("a.txt.zst", "o.txt.gz"),
        ("a.txt.zst", "o.txt"),
    ] {
        let out = plain.join(output);
        vietnorm()
            .args(["clean", "--dedup", "none"])
            .arg(plain.join(input))
            .arg("-o")
            .arg(&out)
            .assert()
            .success();
        outputs.push(read(&out));
    }
    assert!(outputs[0].lines().count() > 5);
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

#[test]
fn a_failed_run_leaves_no_finished_looking_output() {
    let corpus = corpus();
    let out_dir = corpus.dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("clean.txt.zst");
    std::fs::write(&out, "previous run").unwrap();
    let corrupt = corpus.dir.path().join("corrupt.txt.gz");
    let mut bytes = gzip("Việt Nam\n".repeat(50_000).as_bytes());
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&corrupt, bytes).unwrap();
    vietnorm()
        .arg("clean")
        .arg(corpus.root().join("1-thanhnien.txt"))
        .arg(&corrupt)
        .arg("-o")
        .arg(&out)
        .arg("--rejects")
        .arg(out_dir.join("rejects.jsonl"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains("corrupt.txt.gz"));
    // The old output is untouched, and no other file (complete or temporary) was left.
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous run");
    let left: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["clean.txt.zst"]);
}

#[test]
fn near_dedup_catches_an_edited_copy_that_exact_keeps() {
    let dir = tempfile::tempdir().unwrap();
    let (_, original) = seed("news-viettimes-plain.txt")[1].clone();
    let edited = original.replacen("Syria", "Xy-ri", 1);
    assert_ne!(edited, original);
    let input = dir.path().join("in.txt");
    std::fs::write(&input, format!("{original}\n{edited}\n")).unwrap();
    for (dedup, kept) in [("exact", 2), ("near", 1)] {
        let out = dir.path().join(format!("{dedup}.txt"));
        vietnorm()
            .args(["clean", "--dedup", dedup])
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .assert()
            .success();
        assert_eq!(read(&out).lines().count(), kept, "--dedup {dedup}");
    }
}

#[test]
fn sentences_and_blank_separated_documents() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    std::fs::write(
        &input,
        "Ông đến TP. Hồ Chí Minh hôm qua. Trời mưa to.\nGiá tăng 1.200 đồng.\n\nPGS.TS. Lê Văn A nói vậy. Rồi ông về.\n",
    )
    .unwrap();
    let out = dir.path().join("out.txt");
    vietnorm()
        .args(["clean", "--doc-sep", "blank", "--sentences"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    assert_eq!(
        read(&out),
        "Ông đến TP. Hồ Chí Minh hôm qua.\nTrời mưa to.\nGiá tăng 1.200 đồng.\n\nPGS.TS. Lê Văn A nói vậy.\nRồi ông về.\n"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let corpus = corpus();
    let out = corpus.dir.path().join("mixed-formats");
    vietnorm()
        .arg("clean")
        .arg(corpus.root())
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--to"));
    assert!(!out.exists());
}

mod properties {
    use std::io::BufReader;

    use proptest::prelude::*;
    use vietnorm::corpus::read::{blank_separated, record_bytes, split_records, Block, Blocks};
    use vietnorm::corpus::{DocSep, Format};
    use vietnorm::langid::{is_vietnamese, Profile};

    /// Lines, blank lines, CRLF, sentence ends and abbreviations, Vietnamese and other scripts.
    const PIECES: &[&str] = &[
        "Việt Nam",
        "TP.",
        " Hồ Chí Minh",
        "ThS.",
        " Lê",
        ". ",
        "! ",
        "? ",
        "…",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "“",
        "”",
        "1.200",
        "Q.1",
        "abc",
        "سوريا",
        "ngày 2.12",
        "https://a.vn/x-y",
        "\u{a0}",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
    }

    /// Records as (line, bytes), read in blocks of about `size` bytes.
    fn records(reader: impl std::io::Read, sep: DocSep, size: usize) -> Vec<(u64, Vec<u8>)> {
        let mut blocks = Blocks::new(reader, Format::Txt, sep, size);
        let blank_sep = blank_separated(Format::Txt, sep);
        let (mut out, mut lines, mut block) = (Vec::new(), 0, Block::default());
        while !blocks.finished() {
            blocks.next_block(&mut block).unwrap();
            lines += split_records(&block, blank_sep, |line, range| {
                out.push((
                    lines + line,
                    record_bytes(&block[range], blank_sep).into_owned(),
                ))
            })
            .0;
        }
        out
    }

    /// Reference splitter, line by line: what a record is, independently of blocks.
    fn reference(text: &str, sep: DocSep) -> Vec<(u64, Vec<u8>)> {
        let mut out: Vec<(u64, Vec<u8>)> = Vec::new();
        let mut open = false;
        let mut lines: Vec<&str> = text.split('\n').collect();
        if text.ends_with('\n') || text.is_empty() {
            lines.pop();
        }
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let has_newline = i + 1 < count || text.ends_with('\n');
            let line = match line.strip_suffix('\r') {
                Some(stripped) if has_newline => stripped,
                _ => line,
            };
            if line.bytes().all(|b| b.is_ascii_whitespace()) {
                open = false;
            } else if open && sep == DocSep::Blank {
                let last = out.last_mut().unwrap();
                last.1.push(b'\n');
                last.1.extend_from_slice(line.as_bytes());
            } else {
                out.push((i as u64 + 1, line.as_bytes().to_vec()));
                open = true;
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// How the input arrives and is cut into blocks (sizes down to one byte) never changes
        /// the records, which are those of a line-by-line reading.
        #[test]
        fn records_do_not_depend_on_block_sizes(text in text(), capacity in 1usize..16, size in 1usize..64, blank in any::<bool>()) {
            let sep = if blank { DocSep::Blank } else { DocSep::Line };
            let whole = records(text.as_bytes(), sep, 1 << 20);
            prop_assert_eq!(&whole, &reference(&text, sep));
            let small = records(BufReader::with_capacity(capacity, text.as_bytes()), sep, size);
            prop_assert_eq!(&whole, &small);
            // Nothing but separators is dropped.
            let kept: usize = whole.iter().map(|(_, b)| b.iter().filter(|c| !c.is_ascii_whitespace()).count()).sum();
            prop_assert_eq!(kept, text.bytes().filter(|c| !c.is_ascii_whitespace()).count());
        }

        /// Sentence splitting only cuts at whitespace: no other character is lost or added.
        #[test]
        fn sentences_keep_every_character(text in text()) {
            let sentences = vietnorm::sentence::split(&text);
            prop_assert!(sentences.iter().all(|s| !s.is_empty() && s.trim() == *s));
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(squeeze(&sentences.concat()), squeeze(&text));
        }

        /// The language decision is total (no panic on any input, long or short, any script).
        #[test]
        fn language_score_is_total(text in any::<String>(), repeat in 1usize..200) {
            let long = text.repeat(repeat);
            let profile = Profile::of(&long);
            prop_assert!(profile.syllables <= profile.words && profile.marked <= profile.syllables);
            prop_assert!(profile.latin_letters <= profile.letters);
            let _ = is_vietnamese(&long, &profile);
        }
    }
}
