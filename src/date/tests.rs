//! Tests of the `dates` stage: spec §5 tables, news sentences (tests/data/dates/news.tsv),
//! recognised values, and properties (no date → byte-identical, idempotence, digits untouched).

use std::borrow::Cow;

use proptest::prelude::*;

use super::*;

fn stage(style: DateStyle, zero_pad: bool) -> DatesStage {
    DatesStage::new(&DatesConfig {
        enabled: true,
        style,
        zero_pad,
    })
}

fn run_text(input: &str) -> String {
    run(input, DateStyle::Canonical)
}

fn run(input: &str, style: DateStyle) -> String {
    stage(style, false).apply(input).into_owned()
}

/// Spec §5 table #1–18: (input, canonical, ISO).
const SPEC_TABLE: &[(&str, &str, &str)] = &[
    ("ngày 02/12/2024", "ngày 2/12/2024", "ngày 2024-12-02"),
    ("hôm 2.12", "hôm 2/12", "hôm 2/12"),
    ("2.12.2024", "2/12/2024", "2024-12-02"),
    ("2-12-2024", "2/12/2024", "2024-12-02"),
    ("ngày 2-12", "ngày 2/12", "ngày 2/12"),
    ("ngày 6 - 7/12", "ngày 6-7/12", "ngày 6-7/12"),
    (
        "ngày 6-7.12.2024",
        "ngày 6-7/12/2024",
        "ngày 2024-12-06/2024-12-07",
    ),
    ("từ 30/11 - 2/12", "từ 30/11-2/12", "từ 30/11-2/12"),
    (
        "từ 30.11 đến 2.12",
        "từ 30/11 đến 2/12",
        "từ 30/11 đến 2/12",
    ),
    ("thứ Hai (2.12)", "thứ Hai (2/12)", "thứ Hai (2/12)"),
    ("sáng 02.12", "sáng 2/12", "sáng 2/12"),
    (
        "14h ngày 2.12.2024",
        "14h ngày 2/12/2024",
        "14h ngày 2024-12-02",
    ),
    ("rạng sáng 30.11", "rạng sáng 30/11", "rạng sáng 30/11"),
    (
        "tính đến 30.11.2024",
        "tính đến 30/11/2024",
        "tính đến 2024-11-30",
    ),
    ("tháng 12.2024", "tháng 12/2024", "tháng 2024-12"),
    ("ngày 29/02/2024", "ngày 29/2/2024", "ngày 2024-02-29"),
    (
        "30/12/2024 - 2/1/2025",
        "30/12/2024-2/1/2025",
        "2024-12-30/2025-01-02",
    ),
    (
        "lúc 14 h 30 ngày 2/12",
        "lúc 14h30 ngày 2/12",
        "lúc 14:30 ngày 2/12",
    ),
];

/// Spec §5 "Must NOT change": byte-identical in every style, and no numeric date found.
const SPEC_UNCHANGED: &[&str] = &[
    "25.000 đồng",
    "1.200.000",
    "sau 2.120 ngày",
    "1,5 triệu",
    "thắng 2-1",
    "2-3 người",
    "1/2 dân số",
    "từ 1/3 đến 1/2 dân số",
    "60 km/h",
    "phiên bản 2.12",
    "mục 3.2",
    "2.12",
    "1.5",
    "ngày 32/12",
    "ngày 31/4",
    "ngày 29/2/2023",
    "Nghị định 12/2024/NĐ-CP",
    "quý IV/2024",
    "T12",
    "U23",
    "Covid-19",
    "0912.345.678",
    "192.168.1.1",
    "nhà số 6/12 Nguyễn Trãi",
    "tỷ lệ 3/4",
    "đạt 6-7/10 điểm",
    "ngày 2 tháng 12 năm 2024",
    // Long dotted and slashed runs (found in Wikipedia tables): no panic, no date.
    "ngày 1.2.3.4.5.6.7.8",
    "hôm 1/2/3/4/5/6/7",
    "1-2-3-4-5-6",
];

#[test]
fn spec_table_canonical_and_iso() {
    for &(input, canonical, iso) in SPEC_TABLE {
        assert_eq!(
            run(input, DateStyle::Canonical),
            canonical,
            "canonical of {input:?}"
        );
        assert_eq!(run(input, DateStyle::Iso), iso, "ISO of {input:?}");
    }
}

#[test]
fn spec_must_not_change() {
    for &input in SPEC_UNCHANGED {
        for style in [DateStyle::Canonical, DateStyle::Iso] {
            for pad in [false, true] {
                let out = stage(style, pad).apply(input);
                assert!(matches!(out, Cow::Borrowed(_)), "{input:?} → {out:?}");
            }
        }
        let numeric: Vec<_> = find_dates(input)
            .into_iter()
            .filter(|m| m.kind != DateKind::Verbal)
            .collect();
        assert!(numeric.is_empty(), "{input:?} has {numeric:?}");
    }
}

/// `tests/data/dates/news.tsv`: `input<TAB>canonical<TAB>iso`, `=` for "same as the column
/// before" (the input for canonical, the canonical for ISO).
fn news_cases() -> Vec<(&'static str, &'static str, &'static str)> {
    include_str!("../../tests/data/dates/news.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "bad line {l:?}");
            let canonical = if cols[1] == "=" { cols[0] } else { cols[1] };
            let iso = if cols[2] == "=" { canonical } else { cols[2] };
            (cols[0], canonical, iso)
        })
        .collect()
}

#[test]
fn news_sentences() {
    let cases = news_cases();
    assert!(cases.len() >= 100, "only {} news cases", cases.len());
    let mut failures = Vec::new();
    for (input, canonical, iso) in cases {
        for (style, expected) in [(DateStyle::Canonical, canonical), (DateStyle::Iso, iso)] {
            let got = run(input, style);
            if got != expected {
                failures.push(format!(
                    "{style:?}\n  in:   {input}\n  want: {expected}\n  got:  {got}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_case_is_idempotent_and_gated() {
    let all = SPEC_TABLE
        .iter()
        .copied()
        .chain(news_cases())
        .flat_map(|(i, c, s)| [(i, c, DateStyle::Canonical), (i, s, DateStyle::Iso)]);
    for (input, expected, style) in all {
        let st = stage(style, false);
        assert!(
            input == expected || st.needs(input),
            "gate missed {input:?}"
        );
        assert_eq!(
            st.apply(expected),
            expected,
            "second pass changed {expected:?}"
        );
    }
}

#[test]
fn zero_pad() {
    let st = stage(DateStyle::Canonical, true);
    for (input, expected) in [
        ("ngày 2.12.2024", "ngày 02/12/2024"),
        ("hôm 2/12", "hôm 02/12"),
        ("Hôm 6 - 7/12", "Hôm 06-07/12"),
        ("tháng 3.2024", "tháng 03/2024"),
        ("từ 6 đến 7.12", "từ 06 đến 07/12"),
        ("ngày 2.12.2024", "ngày 02/12/2024"),
    ] {
        assert_eq!(st.apply(input), expected);
    }
    let iso = stage(DateStyle::Iso, true);
    assert_eq!(
        iso.apply("hôm 2.12 và 3.12.2024"),
        "hôm 02/12 và 2024-12-03"
    );
}

#[test]
fn recognised_values() {
    let text =
        "Từ 30.12 - 2.1.2025, sáng thứ Hai (2.12) và ngày 2 tháng 12 năm 2024; tháng 12/2024";
    let dates = find_dates(text);
    type Summary<'a> = (&'a str, Option<u8>, u8, Option<u16>, DateKind);
    let summary: Vec<Summary> = dates
        .iter()
        .map(|m| (&text[m.span.clone()], m.day, m.month, m.year, m.kind))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "30.12 - 2.1.2025",
                Some(30),
                12,
                Some(2024),
                DateKind::Range
            ),
            ("2.12", Some(2), 12, None, DateKind::DayMonth),
            (
                "ngày 2 tháng 12 năm 2024",
                Some(2),
                12,
                Some(2024),
                DateKind::Verbal
            ),
            ("12/2024", None, 12, Some(2024), DateKind::MonthYear),
        ]
    );
    let end = dates[0].end.as_ref().unwrap();
    assert_eq!(
        (&text[end.span.clone()], end.day, end.month, end.year),
        ("2.1.2025", 2, 1, Some(2025))
    );
    assert_eq!(
        run(text, DateStyle::Canonical),
        "Từ 30/12/2024-2/1/2025, sáng thứ Hai (2/12) và ngày 2 tháng 12 năm 2024; tháng 12/2024"
    );
}

#[test]
fn survey_counts_each_form() {
    let st = stage(DateStyle::Canonical, false);
    let mut counts = Counts::new();
    st.survey(
        "Hôm 6 - 7/12, ngày 2.12.2024 và 3/12/2024, tháng 12.2024, từ 30.11 đến 2.12; lúc 14 h 30 sáng 2/12",
        &mut counts,
    );
    assert_eq!(counts["range"], 1);
    assert_eq!(counts["full"], 2);
    assert_eq!(counts["month_year"], 1);
    assert_eq!(counts["word_range"], 1);
    assert_eq!(counts["day_month"], 1);
    assert_eq!(counts["time_joined"], 1);
    assert_eq!(counts["rewritten"], 4); // 3/12/2024 and 2/12 were already canonical
}

#[test]
fn segmented_text_is_safe() {
    let seg = "Hôm 6 - 7/12 , lực_lượng_vũ_trang ; hôm_nay thắng 2-1 ; rạng_sáng 30.11 ; tính_đến 30.11.2024 ; với tỷ_lệ 375 phiếu thuận / 34 ; 15 % diện_tích ; 180 độ_này ; hơn 25.000 binh_sĩ";
    assert_eq!(
        run(seg, DateStyle::Canonical),
        "Hôm 6-7/12 , lực_lượng_vũ_trang ; hôm_nay thắng 2-1 ; rạng_sáng 30/11 ; tính_đến 30/11/2024 ; với tỷ_lệ 375 phiếu thuận / 34 ; 15 % diện_tích ; 180 độ_này ; hơn 25.000 binh_sĩ"
    );
}

#[test]
fn config_parses_lowercase_styles() {
    let c: DatesConfig = toml::from_str("style = \"iso\"\nzero_pad = true\n").unwrap();
    assert_eq!(c.style, DateStyle::Iso);
    assert!(c.zero_pad && c.enabled);
    assert!(toml::from_str::<DatesConfig>("style = \"ISO\"").is_err());
    let keep: DatesConfig = toml::from_str("style = \"keep\"").unwrap();
    assert!(!keep.active());
}

/// Number-like tokens that must never change, whatever surrounds them.
fn number_token() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..999, 0u32..1000).prop_map(|(a, b)| format!("{a}.{b:03}")),
        (1u32..99, 0u32..1000, 0u32..1000).prop_map(|(a, b, c)| format!("{a}.{b:03}.{c:03}")),
        (0u32..100, 1u32..10).prop_map(|(a, b)| format!("{a},{b}")),
        (0u32..10, 0u32..10).prop_map(|(a, b)| format!("{a}-{b}")),
        (0u32..256, 0u32..256, 0u32..256, 0u32..256)
            .prop_map(|(a, b, c, d)| format!("{a}.{b}.{c}.{d}")),
        (1u32..20, 1u32..20).prop_map(|(a, b)| format!("{a}/{b}")),
        (1u32..10, 0u32..30).prop_map(|(a, b)| format!("{a}.{b}")),
        (0u32..1000).prop_map(|a| format!("09{a:03}.{a:03}.{a:03}")),
        (1u32..100).prop_map(|a| format!("{a}%")),
        (1u32..40, 1u32..13).prop_map(|(a, b)| format!("{a}/{b}/NĐ-CP")),
    ]
}

/// Words around the numbers, triggers included, so the guards are exercised.
fn context_word() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "ngày", "hôm", "sáng", "thứ", "Hai", "từ", "đến", "tới", "thắng", "tỷ", "số", "lệ",
        "người", "điểm", "phiên", "bản", "mục", "nhà", "giá", "đồng", "khoảng", "và", "(", ")",
        ",", "hôm_nay", "dân", "km", "năm", "tháng", "lúc", "h", ":", "-", "Việt", "Nam", "Aleppo",
        "Syria",
    ])
}

fn sentence() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![context_word().prop_map(str::to_string), number_token()],
        0..14,
    )
}

/// The digit runs of `text`, in order.
fn digit_runs(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

proptest! {
    #[test]
    fn no_date_means_byte_identical(words in prop::collection::vec(context_word(), 0..20)) {
        let text = words.join(" ");
        for style in [DateStyle::Canonical, DateStyle::Iso] {
            prop_assert!(matches!(stage(style, true).apply(&text), Cow::Borrowed(_)));
        }
    }

    #[test]
    fn idempotent(words in sentence(), iso: bool, pad: bool) {
        let style = if iso { DateStyle::Iso } else { DateStyle::Canonical };
        let st = stage(style, pad);
        let text = words.join(" ");
        let once = st.apply(&text).into_owned();
        prop_assert_eq!(st.apply(&once), once.as_str());
    }

    #[test]
    fn digits_change_only_inside_dates(words in sentence()) {
        let text = words.join(" ");
        let dates = find_dates(&text);
        let out = run(&text, DateStyle::Canonical);
        // Outside recognised spans and split times the text is byte-identical: remove the
        // spans from the input, and check the remaining digit runs appear in order in the output.
        if dates.is_empty() && !text.contains(" h") && !text.contains(" : ") {
            prop_assert_eq!(out.as_str(), text.as_str());
        }
        let mut outside = String::new();
        let mut at = 0;
        for m in &dates {
            outside.push_str(&text[at..m.span.start]);
            outside.push(' ');
            at = m.span.end;
        }
        outside.push_str(&text[at..]);
        let mut rest = out.as_str();
        for run in digit_runs(&outside) {
            let found = rest.find(run);
            prop_assert!(found.is_some(), "digits {} lost: {:?} → {:?}", run, text, out);
            rest = &rest[found.unwrap() + run.len()..];
        }
    }

    #[test]
    fn numeric_runs_never_panic(run in "[0-9./\\-–]{1,30}", cue in prop::sample::select(vec!["ngày", "hôm", "từ", "tháng", "x"])) {
        let text = format!("{cue} {run} người");
        let once = run_text(&text);
        prop_assert_eq!(run_text(&once), once);
    }

    #[test]
    fn recogniser_never_panics_and_spans_are_ordered(text in "[0-9 ./\\-–hôngàyđếtừ()_,:]{0,40}") {
        let dates = find_dates(&text);
        for pair in dates.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start);
        }
        let st = stage(DateStyle::Iso, false);
        let once = st.apply(&text).into_owned();
        prop_assert_eq!(st.apply(&once), once.as_str());
    }
}
