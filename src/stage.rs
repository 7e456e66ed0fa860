//! The [`Stage`] abstraction every normalisation step implements, and [`Rewriter`], the helper
//! that builds a stage's output lazily from its first edit.
//!
//! Why this shape: a clean corpus is mostly text that needs nothing. Every stage therefore has a
//! cheap gate ([`Stage::needs`]) that is allowed to say "maybe" but must be fast, and an
//! [`Stage::apply`] that returns [`Cow::Borrowed`] whenever it changed nothing. The pipeline only
//! allocates once some stage really edits the text.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::pipeline::StreamState;

/// What a stage would change in a text, by kind of change (`"invisible"`, `"spaces"`, ...).
pub type Counts = BTreeMap<&'static str, u64>;

/// One pure, idempotent text transformation.
///
/// Contract, relied upon by the pipeline and checked by the property tests:
/// - `apply` returns `Cow::Borrowed(text)` (the whole input) exactly when nothing changed;
/// - `needs(text) == false` implies `apply(text)` would return the input unchanged;
/// - `apply(&apply(x)) == apply(x)` (idempotence) and output depends on `text` alone.
pub trait Stage: Send + Sync {
    /// Short name used in configs and reports, e.g. `"unicode"`.
    fn name(&self) -> &'static str;

    /// Cheap gate: `false` means the text certainly needs nothing from this stage.
    fn needs(&self, text: &str) -> bool;

    /// [`Stage::needs`] for the next document of a stream whose history is `stream`: `false`
    /// means [`Stage::apply_in`] would change nothing. Only stages that learn from a stream
    /// override this.
    #[inline]
    fn needs_in(&self, text: &str, stream: &StreamState) -> bool {
        let _ = stream;
        self.needs(text)
    }

    /// Transform `text`; borrowed output means "unchanged".
    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str>;

    /// Transform `text`, the next document of a stream whose history is `stream`. Only stages
    /// that learn from a stream (the segmented-text detector) override this.
    fn apply_in<'a>(&self, text: &'a str, stream: &mut StreamState) -> Cow<'a, str> {
        let _ = stream;
        self.apply(text)
    }

    /// Add to `counts` how many changes of each kind `apply` would make on `text`.
    fn survey(&self, text: &str, counts: &mut Counts);
}

/// Builds an edited copy of a source text, allocating only at the first edit.
///
/// Edits are byte ranges of the source given in increasing, non-overlapping order.
///
/// ```
/// use vietnorm::Rewriter;
/// let mut w = Rewriter::new("hôm 2.12 và 3.12");
/// w.replace(5, 9, "2/12");
/// w.replace(14, 18, "3/12");
/// assert_eq!(w.finish(), "hôm 2/12 và 3/12");
/// assert!(matches!(Rewriter::new("x").finish(), std::borrow::Cow::Borrowed(_)));
/// ```
#[derive(Debug)]
pub struct Rewriter<'a> {
    src: &'a str,
    out: Option<String>,
    copied: usize,
}

impl<'a> Rewriter<'a> {
    /// Starts a rewrite of `src` with no edits.
    pub fn new(src: &'a str) -> Self {
        Rewriter {
            src,
            out: None,
            copied: 0,
        }
    }

    /// Replaces `src[start..end]` with `with`. A replacement equal to the source is not an edit.
    ///
    /// # Panics
    /// If the range starts before the end of the previous edit or is not on char boundaries:
    /// both are bugs in the calling stage, not bad input.
    pub fn replace(&mut self, start: usize, end: usize, with: &str) {
        assert!(
            start >= self.copied && start <= end,
            "edits must be in order"
        );
        if self.src[start..end] == *with {
            return;
        }
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.src.len() + 16));
        out.push_str(&self.src[self.copied..start]);
        out.push_str(with);
        self.copied = end;
    }

    /// Whether any edit has been made so far.
    pub fn is_edited(&self) -> bool {
        self.out.is_some()
    }

    /// The edited text, or the borrowed source when nothing was edited.
    pub fn finish(self) -> Cow<'a, str> {
        match self.out {
            None => Cow::Borrowed(self.src),
            Some(mut out) => {
                out.push_str(&self.src[self.copied..]);
                Cow::Owned(out)
            }
        }
    }
}

/// Calls `f` on each line of `text` (without its `\n`) with the line's byte offset.
/// Stages that work line by line use this so that `\r\n` and a missing final newline behave alike.
pub(crate) fn for_each_line<'a>(text: &'a str, mut f: impl FnMut(usize, &'a str)) {
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        f(start, &text[start..nl]);
        start = nl + 1;
    }
    f(start, &text[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_replacement_is_not_an_edit() {
        let mut w = Rewriter::new("abc");
        w.replace(1, 2, "b");
        assert!(!w.is_edited());
        assert!(matches!(w.finish(), Cow::Borrowed("abc")));
    }

    #[test]
    fn edits_are_spliced_in_order() {
        let mut w = Rewriter::new("a  b  c");
        w.replace(1, 3, " ");
        w.replace(4, 6, " ");
        assert_eq!(w.finish(), "a b c");
    }

    #[test]
    fn lines_include_last_without_newline() {
        let mut seen = Vec::new();
        for_each_line("a\r\nb\n\nc", |at, l| seen.push((at, l.to_string())));
        assert_eq!(
            seen,
            vec![
                (0, "a\r".to_string()),
                (3, "b".to_string()),
                (5, String::new()),
                (6, "c".to_string())
            ]
        );
    }
}
