//! # vietnorm
//!
//! Cleans and normalises Vietnamese text: Unicode forms and invisible characters today; tone
//! placement, word-segmented text, dates and bulk corpus cleaning as stages of the same pipeline.
//!
//! ```
//! use vietnorm::{Config, Normalizer};
//!
//! let normalizer = Normalizer::new(Config::default()).unwrap();
//! let messy = "Tie\u{301}\u{302}ng Vie\u{323}\u{302}t\u{a0}\u{a0}là  tiếng mẹ đẻ\u{200b}";
//! assert_eq!(normalizer.normalize(messy), "Tiếng Việt là tiếng mẹ đẻ");
//! ```
//!
//! ## Design
//! - A [`Normalizer`] is compiled once from a [`Config`] (serde data: TOML or JSON) and is
//!   immutable and `Send + Sync`; share it across threads by reference.
//! - Every stage implements [`Stage`]: a cheap gate and a transformation returning
//!   [`std::borrow::Cow::Borrowed`] when nothing changed, so clean text is never copied.
//! - Every stage is idempotent, and its output depends on the document alone: any split of a
//!   corpus into chunks gives the same result.
//! - Stages run in the fixed order of spec §7; see [`pipeline`] for why the order is not
//!   configurable.

mod bytemask;
pub mod corpus;
pub mod date;
pub mod dedup;
pub mod error;
pub mod io;
pub mod langid;
mod letters;
mod memo;
pub mod pipeline;
pub mod segmented;
pub mod sentence;
pub mod stage;
pub mod syllable;
pub mod tone;
pub mod unicode;

pub use date::{find_dates, DateKind, DateMatch, DateStyle, DatesConfig, RangeEnd};
pub use error::{Error, Result};
pub use pipeline::{Config, Normalizer, StreamState};
pub use segmented::{Desegment, SegmentedConfig};
pub use stage::{Counts, Rewriter, Stage};
pub use syllable::{is_syllable, Syllable, Tone};
pub use tone::{place_tone, ToneConfig, ToneStyle};
pub use unicode::UnicodeConfig;
