//! [`Config`] (serde data) and [`Normalizer`] (the compiled, immutable pipeline).
//!
//! The architecture guide sketched the config as a list of tagged stage configs. We use one
//! section per stage instead, in a fixed order: the order of the stages is a linguistic fact
//! (spec §7: encodings before spaces, NFC before tone placement, tone before detokenising, dates
//! last), not a user choice, and a flat struct lets CLI flags override one field of a config
//! file without re-stating the list. Each section lives in its stage's module, next to its rules.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::date::{DatesConfig, DatesStage};
use crate::error::{Error, Result};
use crate::segmented::{History, SegmentedConfig, SegmentedStage};
use crate::stage::{Counts, Stage};
use crate::tone::{ToneConfig, ToneStage};
use crate::unicode::{UnicodeConfig, UnicodeStage};

/// The whole pipeline configuration. Every field has a default, so `{}` (or an empty TOML file)
/// is the default pipeline; unknown fields are an error, so typos do not pass silently.
///
/// ```
/// let config = vietnorm::Config::from_toml_str("[unicode]\nspaces = false\n").unwrap();
/// assert!(!config.unicode.spaces);
/// assert!(config.unicode.enabled);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Unicode clean-up: NFC, mark order, invisible characters, spaces (spec §3).
    pub unicode: UnicodeConfig,
    /// Tone placement (old/new/keep) and mark repairs (spec §2, lookalike Đ of §3).
    pub tone: ToneConfig,
    /// Word-segmented / punctuation-tokenised text: detection and restoration (spec §6).
    pub segmented: SegmentedConfig,
    /// Dates and times: recognition and canonical writing (spec §5). Runs last.
    pub dates: DatesConfig,
}

impl Config {
    /// Parses a TOML configuration.
    pub fn from_toml_str(text: &str) -> Result<Config> {
        toml::from_str(text).map_err(|e| Error::Config(e.to_string()))
    }

    /// Parses a JSON configuration.
    pub fn from_json_str(text: &str) -> Result<Config> {
        serde_json::from_str(text).map_err(|e| Error::Config(e.to_string()))
    }

    /// Parses configuration text, as JSON when `path` ends in `.json`, otherwise as TOML.
    pub fn from_str_for_path(path: &Path, text: &str) -> Result<Config> {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            Config::from_json_str(text)
        } else {
            Config::from_toml_str(text)
        }
    }
}

/// The compiled pipeline: immutable, `Send + Sync`, cheap to share (`Arc` or `&`) across threads.
///
/// ```
/// use std::borrow::Cow;
/// use vietnorm::Normalizer;
///
/// let n = Normalizer::default();
/// // Decomposed input with the tone typed before the circumflex, a zero-width space and NBSP:
/// assert_eq!(n.normalize("Vie\u{301}\u{302}t\u{200b} Nam\u{a0}\u{a0}mới"), "Viết Nam mới");
/// // Text that needs nothing is returned borrowed, never copied:
/// assert!(matches!(n.normalize("Việt Nam"), Cow::Borrowed(_)));
/// ```
pub struct Normalizer {
    config: Config,
    stages: Vec<Box<dyn Stage>>,
}

impl Normalizer {
    /// Validates `config` and builds every enabled stage's tables up front.
    pub fn new(config: Config) -> Result<Normalizer> {
        let mut stages: Vec<Box<dyn Stage>> = Vec::new();
        if config.unicode.enabled {
            stages.push(Box::new(UnicodeStage::new(&config.unicode)));
        }
        if config.tone.enabled {
            stages.push(Box::new(ToneStage::new(&config.tone)));
        }
        if config.segmented.enabled {
            stages.push(Box::new(SegmentedStage::new(&config.segmented)));
        }
        if config.dates.active() {
            stages.push(Box::new(DatesStage::new(&config.dates)));
        }
        Ok(Normalizer { config, stages })
    }

    /// The configuration this pipeline was built from.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Names of the enabled stages, in the order they run.
    pub fn stage_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.stages.iter().map(|s| s.name())
    }

    /// Runs every enabled stage over `text`, a document on its own. Borrowed output means
    /// nothing changed. The result depends on `text` alone. Its lines are read in order as
    /// a stream, as `vietnorm normalize` reads a file (see [`Normalizer::normalize_in`]): a
    /// short line after lines that are clearly word-segmented is restored like them, so a
    /// line's output may depend on the lines before it, never on those after it.
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.normalize_in(text, &mut StreamState::default())
    }

    /// Runs every enabled stage over `text`, the next document of a stream (a line of a text
    /// file, a record of a JSONL file). `stream` carries what earlier documents showed: once a
    /// file is clearly word-segmented, a short line like `Ông nói : tốt` is restored like the
    /// rest. Use one [`StreamState`] per input file, passing documents in order.
    ///
    /// ```
    /// use vietnorm::{Normalizer, StreamState};
    ///
    /// let n = Normalizer::default();
    /// let mut stream = StreamState::default();
    /// for line in ["Hà_Nội là thủ_đô .", "Đà_Nẵng là thành_phố biển ."] {
    ///     n.normalize_in(line, &mut stream);
    /// }
    /// assert_eq!(n.normalize_in("Ông nói : tốt", &mut stream), "Ông nói: tốt");
    /// assert_eq!(n.normalize("Ông nói : tốt"), "Ông nói : tốt"); // too little evidence alone
    /// ```
    pub fn normalize_in<'a>(&self, text: &'a str, stream: &mut StreamState) -> Cow<'a, str> {
        self.run(text, stream, |_| {})
    }

    /// Like [`Normalizer::normalize`] (a document on its own: bulk cleaning is map-only), and
    /// adds 1 to `changed[i]` when the `i`-th stage (in the order of
    /// [`Normalizer::stage_names`]) changed the text. Bulk cleaning reports these counts.
    ///
    /// # Panics
    /// If `changed` is shorter than the number of stages.
    pub fn normalize_counting<'a>(&self, text: &'a str, changed: &mut [u64]) -> Cow<'a, str> {
        self.run(text, &mut StreamState::default(), |i| changed[i] += 1)
    }

    fn run<'a>(
        &self,
        text: &'a str,
        stream: &mut StreamState,
        mut on_change: impl FnMut(usize),
    ) -> Cow<'a, str> {
        let mut current = Cow::Borrowed(text);
        for (i, stage) in self.stages.iter().enumerate() {
            if !stage.needs_in(&current, stream) {
                continue;
            }
            if let Cow::Owned(changed) = stage.apply_in(&current, stream) {
                on_change(i);
                current = Cow::Owned(changed);
            }
        }
        current
    }

    /// Adds to `report` what each stage would change, each stage seeing the output of the previous
    /// ones (as in [`Normalizer::normalize`]). Keys are stage names.
    pub fn survey(&self, text: &str, report: &mut BTreeMap<&'static str, Counts>) {
        let mut current = Cow::Borrowed(text);
        for stage in &self.stages {
            // Surveyed even when the gate says no, so that every stage reports all its keys.
            stage.survey(&current, report.entry(stage.name()).or_default());
            if !stage.needs(&current) {
                continue;
            }
            if let Cow::Owned(changed) = stage.apply(&current) {
                current = Cow::Owned(changed);
            }
        }
    }
}

/// What a stream of documents has shown so far, for [`Normalizer::normalize_in`]. Start a new
/// one for each input file. Cheap to create and to clone.
#[derive(Clone, Debug, Default)]
pub struct StreamState {
    /// Verdicts of the segmented-text detector so far.
    pub(crate) segmented: History,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new(Config::default()).expect("the default configuration is valid")
    }
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("stages", &self.stage_names().collect::<Vec<_>>())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Normalizer>();
    }

    #[test]
    fn unknown_config_fields_are_rejected() {
        assert!(Config::from_toml_str("[unicode]\nspace = false\n").is_err());
        assert!(Config::from_json_str(r#"{"unicde": {}}"#).is_err());
    }

    #[test]
    fn empty_config_is_default() {
        assert_eq!(Config::from_toml_str("").unwrap(), Config::default());
        assert_eq!(Config::from_json_str("{}").unwrap(), Config::default());
    }

    #[test]
    fn config_round_trips_through_both_formats() {
        let mut c = Config::default();
        c.unicode.invisible = false;
        c.segmented.mode = crate::Desegment::Always;
        let toml_text = toml::to_string(&c).unwrap();
        assert_eq!(Config::from_toml_str(&toml_text).unwrap(), c);
        let json_text = serde_json::to_string(&c).unwrap();
        assert_eq!(Config::from_json_str(&json_text).unwrap(), c);
    }

    #[test]
    fn disabled_stage_does_nothing() {
        let mut c = Config::default();
        c.unicode.enabled = false;
        c.tone.enabled = false;
        c.segmented.enabled = false;
        c.dates.enabled = false;
        let n = Normalizer::new(c).unwrap();
        assert_eq!(n.stage_names().count(), 0);
        assert!(matches!(n.normalize("a\u{a0} b"), Cow::Borrowed(_)));
        assert!(matches!(
            n.normalize("Hà_Nội là thủ_đô ."),
            Cow::Borrowed(_)
        ));
    }
}
