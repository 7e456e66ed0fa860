//! Properties every pipeline output must have, on generated text mixing Vietnamese letters,
//! combining marks in any order, odd spaces, invisible characters, other scripts and newlines.

use std::borrow::Cow;

use proptest::prelude::*;
use vietnorm::{Normalizer, StreamState};

/// Characters chosen to hit every rule of the pipeline and its edges.
const POOL: &[char] = &[
    'a', 'e', 'o', 'u', 'i', 'y', 'A', 'E', 'O', 'U', 'n', 'g', 'h', 't', 'q', 'd', 'đ', 'Đ', 'ă',
    'â', 'ê', 'ô', 'ơ', 'ư', 'é', 'ế', 'ệ', 'ờ', ' ', ' ', ' ', '\t', '\n', '\r', '_', ',', '.',
    '/', '(', '"', '0', '2', '7', '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{306}', '\u{309}',
    '\u{31b}', '\u{323}', '\u{308}', '\u{a0}', '\u{2009}', '\u{3000}', '\u{200b}', '\u{200c}',
    '\u{200d}', '\u{feff}', '\u{202e}', '\u{ad}', 'م', 'ي', '中', '👩', '💻', 'ß', 'ñ',
];

fn vietnamese_ish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 0..60).prop_map(|v| v.into_iter().collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![3 => vietnamese_ish(), 1 => any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn idempotent(text in any_text()) {
        let n = Normalizer::default();
        let once = n.normalize(&text).into_owned();
        prop_assert_eq!(n.normalize(&once), once.as_str());
    }

    #[test]
    fn output_is_nfc(text in any_text()) {
        let out = Normalizer::default().normalize(&text).into_owned();
        prop_assert!(unicode_normalization::is_nfc(&out), "{:?} -> {:?}", text, out);
    }

    #[test]
    fn borrowed_exactly_when_unchanged(text in any_text()) {
        match Normalizer::default().normalize(&text) {
            Cow::Borrowed(b) => prop_assert!(std::ptr::eq(b, text.as_str())),
            Cow::Owned(o) => prop_assert_ne!(o, text),
        }
    }

    #[test]
    fn line_chunks_give_the_same_output(a in any_text(), b in any_text()) {
        // Normalising a text in two chunks split at a newline, as a streaming reader does,
        // gives the same bytes as normalising the whole. The chunks share one stream: the lines
        // of a text are a stream, whose first lines can show that it is word-segmented (a
        // parallel runner never splits a document, so it never splits a stream either).
        let n = Normalizer::default();
        let whole = format!("{a}\n{b}");
        let mut stream = StreamState::default();
        let first = n.normalize_in(&a, &mut stream).into_owned();
        let joined = format!("{first}\n{}", n.normalize_in(&b, &mut stream));
        prop_assert_eq!(n.normalize(&whole), joined.as_str());
    }

    #[test]
    fn newlines_and_tabs_are_kept(text in any_text()) {
        let out = Normalizer::default().normalize(&text).into_owned();
        prop_assert_eq!(out.matches('\n').count(), text.matches('\n').count());
        prop_assert_eq!(out.matches('\t').count(), text.matches('\t').count());
    }
}
