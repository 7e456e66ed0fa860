//! The Vietnamese written syllable (spec §1, §2.1, §2.5): `[initial] vowel-cluster [final]` and
//! at most one tone mark.
//!
//! [`Syllable::parse`] takes one token of letters and combining marks, in any Unicode form (NFC,
//! NFD or a mix, as keyboards and Windows-1258 decoders produce), and either returns its parts
//! or says "not a Vietnamese syllable". [`is_syllable`] is the yes/no question on its own.
//!
//! What counts as a syllable, and why:
//! - Only the 29 letters of the Vietnamese alphabet, with their own modifiers (â ă ê ô ơ ư đ)
//!   and the five tone marks. Any other mark (ë ç ñ-initial ø å ǎ…) or letter (f j w z) is
//!   foreign, so café, Zoé, Noël, façade and Boeing are not syllables.
//! - The tone mark may sit on any vowel letter, even the wrong one (`tóan`, `qủa`, `gía`): the
//!   letters and the cluster are still Vietnamese, only the mark is misplaced, and the tone stage
//!   needs the parse to repair it. A tone typed on the *final* consonant (decomposed input such as
//!   `Viêt` + U+0323, which NFC turns into `Viêṭ`) is collected the same way. A mark on the
//!   initial consonant is not accepted: that is where foreign letters live (Spanish `ño`).
//! - Two tone marks in one token: not a syllable ([`Syllable::parse`] gives `None`).
//! - The whole token must be lower case, UPPER case or Title case (`iPhone`, `HoÀ` are not).
//! - **Unaccented text is judged as written.** `ban`, `ma`, `tran` are syllables (level tone),
//!   but `nguoi` is not: its cluster `uo` only exists as `uô`/`ươ`, and `viet` is not either,
//!   because a stop final (`c ch p t`) always carries sắc or nặng. So [`is_syllable`] is a test
//!   of correctly spelt Vietnamese, not of "could become Vietnamese once accents are added".
//!
//! Spelling facts the tables encode, with the places the spec needed correcting:
//! - `qu` is one initial (the `u` is the on-glide): `quý` is qu + y, `quả` is qu + a. After `qu`
//!   the single vowel `y` may also be closed (`quýt`, `quỳnh`), which the spec's table omits.
//! - `gi` is the initial only when another vowel letter follows the `i` (`giữa`, `giếng`);
//!   otherwise `g` + `i` (`gì`, `gìn`). Hence `g` *may* stand before `i`, although the spec's
//!   consonant rule says `g` never precedes i/e/ê/y; only `ge`, `gê`, `gy` are excluded.
//! - `k`, `gh`, `ngh` only before i/y/e/ê; `c`, `ng` never before them.
//! - `ch` and `nh` only after a, ê, i, oa, uê, uy (and y after qu); stop finals take only sắc or
//!   nặng.
//!
//! The parse is allocation-free: a syllable has at most [`MAX_LETTERS`] letters.

use std::cell::RefCell;
use std::sync::OnceLock;

use unicode_normalization::char::decompose_canonical;

/// The six tones. The five marked ones each have one combining mark (spec §1 table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tone {
    /// ngang: no mark.
    Level,
    /// huyền: grave, U+0300.
    Grave,
    /// sắc: acute, U+0301.
    Acute,
    /// hỏi: hook above, U+0309.
    Hook,
    /// ngã: tilde, U+0303.
    Tilde,
    /// nặng: dot below, U+0323.
    Dot,
}

impl Tone {
    /// All six, in the column order of [`VOWEL_ROWS`].
    pub const ALL: [Tone; 6] = [
        Tone::Level,
        Tone::Grave,
        Tone::Acute,
        Tone::Hook,
        Tone::Tilde,
        Tone::Dot,
    ];

    /// The combining mark of this tone (`None` for the level tone).
    pub fn mark(self) -> Option<char> {
        match self {
            Tone::Level => None,
            Tone::Grave => Some('\u{300}'),
            Tone::Acute => Some('\u{301}'),
            Tone::Hook => Some('\u{309}'),
            Tone::Tilde => Some('\u{303}'),
            Tone::Dot => Some('\u{323}'),
        }
    }

    /// The tone of a combining mark (`None` for any other char).
    pub(crate) fn from_mark(c: char) -> Option<Tone> {
        match c {
            // U+0340/U+0341 are the deprecated grave/acute tone marks (NFC maps them).
            '\u{300}' | '\u{340}' => Some(Tone::Grave),
            '\u{301}' | '\u{341}' => Some(Tone::Acute),
            '\u{309}' => Some(Tone::Hook),
            '\u{303}' => Some(Tone::Tilde),
            '\u{323}' => Some(Tone::Dot),
            _ => None,
        }
    }
}

/// The case pattern of a syllable; mixed case is never a syllable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Case {
    /// `hòa`
    Lower,
    /// `Hòa` (also a single capital letter such as `Ý`)
    Title,
    /// `HÒA`
    Upper,
}

// ---------------------------------------------------------------------------------------------
// Tables (spec §1). Plain data; every rule above reads from here.
// ---------------------------------------------------------------------------------------------

/// The 12 vowel letters in lower case, each with its six toned forms in [`Tone::ALL`] order.
pub const VOWEL_ROWS: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// Initials, longest first so that the first match is the longest (`ngh` before `ng`).
pub const INITIALS: [&str; 27] = [
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Consonant finals; semivowel finals (i y o u) belong to the vowel cluster.
pub const FINALS: [&str; 8] = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Vowel clusters of open syllables (no consonant final).
#[rustfmt::skip]
pub const OPEN_CLUSTERS: [&str; 45] = [
    // single (ă â are never open)
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    // vowel + glide final
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu",
    // falling diphthongs (ya only inside uya)
    "ia", "ua", "ưa",
    // on-glide o/u (thuở, huơ)
    "oa", "oe", "uy", "uê", "uơ",
    // triples
    "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
];

/// Vowel clusters of closed syllables (a consonant final follows). After `qu` the single `y`
/// is also closed (`quýt`, `quỳnh`); that case is handled where `qu` is.
#[rustfmt::skip]
pub const CLOSED_CLUSTERS: [&str; 24] = [
    // single
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư",
    // falling diphthongs
    "iê", "yê", "uô", "ươ",
    // on-glide o/u
    "oa", "oă", "oe", "uâ", "uê", "uy",
    // double o (xoóng, soóc)
    "oo", "ôô",
    // triple (thuyền, khuyết)
    "uyê",
];

/// Clusters that may precede the palatal finals `ch` and `nh`.
const PALATAL_CLUSTERS: [&str; 6] = ["a", "ê", "i", "oa", "uê", "uy"];

/// A syllable never has more letters than this (`nghiêng` has 7).
pub const MAX_LETTERS: usize = 8;

/// Whether `c` (lower case, without tone) is one of the 12 vowel letters.
pub(crate) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Whether `c` is one of the four vowels that open the front-vowel spelling rules (k/gh/ngh).
fn is_front(c: char) -> bool {
    matches!(c, 'i' | 'y' | 'e' | 'ê')
}

/// The toned form of a vowel letter (`'ơ'`, [`Tone::Hook`] → `'ở'`); consonants have none.
pub fn toned(vowel: char, tone: Tone) -> Option<char> {
    VOWEL_ROWS
        .iter()
        .find(|row| row[0] == vowel)
        .map(|row| row[tone as usize])
}

// ---------------------------------------------------------------------------------------------
// Letters: one base letter (lower case, with its modifier) plus tone and case.
// ---------------------------------------------------------------------------------------------

/// One letter of a token: its lower-case base with modifier (`'ơ'`, `'đ'`, `'t'`), its tone
/// and its case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Letter {
    pub(crate) base: char,
    pub(crate) tone: Tone,
    pub(crate) upper: bool,
}

/// The code point blocks holding every precomposed Vietnamese vowel: Latin-1 and Latin
/// Extended-A/B (à, ă, ĩ, ơ…) and Latin Extended Additional (ạ … ỹ).
const VOWEL_BLOCKS: [std::ops::Range<u32>; 2] = [0xC0..0x1B1, 0x1EA0..0x1EFA];

/// The precomposed Vietnamese vowel `c` (either case, any tone) as a letter, by direct index
/// into a table built once from [`VOWEL_ROWS`]; `None` for anything else.
pub(crate) fn vowel(c: char) -> Option<Letter> {
    static INDEX: OnceLock<[Vec<Option<Letter>>; 2]> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = VOWEL_BLOCKS.map(|block| vec![None; block.len()]);
        for row in VOWEL_ROWS {
            for (tone, &lower) in Tone::ALL.into_iter().zip(row.iter()) {
                let upper = lower
                    .to_uppercase()
                    .next()
                    .expect("vowels have an upper case");
                // The plain vowels without tone are ASCII, read as ASCII letters.
                for (c, upper) in [(lower, false), (upper, true)]
                    .into_iter()
                    .filter(|(c, _)| !c.is_ascii())
                {
                    let (k, block) = VOWEL_BLOCKS
                        .iter()
                        .enumerate()
                        .find(|(_, b)| b.contains(&(c as u32)))
                        .expect("every Vietnamese vowel lies in one of the blocks");
                    index[k][(c as u32 - block.start) as usize] = Some(Letter {
                        base: row[0],
                        tone,
                        upper,
                    });
                }
            }
        }
        index
    });
    let cp = c as u32;
    VOWEL_BLOCKS
        .iter()
        .zip(index)
        .find(|(block, _)| block.contains(&cp))
        .and_then(|(block, table)| table[(cp - block.start) as usize])
}

/// Why a token is not a syllable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reject {
    /// More than one tone mark (e.g. `hóà`): reported, never touched.
    TwoTones,
    /// Anything else: foreign, misspelt beyond repair, mixed case, not letters.
    NotVietnamese,
}

/// The letters of a token and where its marks were.
struct Letters {
    letters: [Letter; MAX_LETTERS],
    len: usize,
    /// Index of the letter carrying the tone mark.
    tone_at: Option<usize>,
}

impl Letters {
    fn bases(&self) -> impl Iterator<Item = char> + Clone + '_ {
        self.letters[..self.len].iter().map(|l| l.base)
    }

    fn push(&mut self, letter: Letter) -> Result<(), Reject> {
        if self.len == MAX_LETTERS {
            return Err(Reject::NotVietnamese);
        }
        self.letters[self.len] = letter;
        self.len += 1;
        if letter.tone != Tone::Level {
            self.note_tone()?;
        }
        Ok(())
    }

    /// Pushes an ASCII letter of the Vietnamese alphabet.
    fn push_ascii(&mut self, c: char) -> Result<(), Reject> {
        let base = c.to_ascii_lowercase();
        if !base.is_ascii_lowercase() || matches!(base, 'f' | 'j' | 'w' | 'z') {
            return Err(Reject::NotVietnamese);
        }
        self.push(Letter {
            base,
            tone: Tone::Level,
            upper: c.is_ascii_uppercase(),
        })
    }

    fn note_tone(&mut self) -> Result<(), Reject> {
        if self.tone_at.is_some() {
            return Err(Reject::TwoTones);
        }
        self.tone_at = Some(self.len - 1);
        Ok(())
    }

    /// Applies a combining mark to the last letter.
    fn mark(&mut self, mark: char) -> Result<(), Reject> {
        let Some(last) = self.len.checked_sub(1) else {
            return Err(Reject::NotVietnamese); // orphaned mark at the start of the token
        };
        let letter = &mut self.letters[last];
        if let Some(tone) = Tone::from_mark(mark) {
            if letter.tone != Tone::Level {
                return Err(Reject::TwoTones);
            }
            letter.tone = tone;
            return self.note_tone();
        }
        letter.base = match (letter.base, mark) {
            ('a', '\u{306}') => 'ă',
            ('a', '\u{302}') => 'â',
            ('e', '\u{302}') => 'ê',
            ('o', '\u{302}') => 'ô',
            ('o', '\u{31b}') => 'ơ',
            ('u', '\u{31b}') => 'ư',
            _ => return Err(Reject::NotVietnamese),
        };
        Ok(())
    }

    fn read(word: &str) -> Result<Letters, Reject> {
        let blank = Letter {
            base: 'a',
            tone: Tone::Level,
            upper: false,
        };
        let mut out = Letters {
            letters: [blank; MAX_LETTERS],
            len: 0,
            tone_at: None,
        };
        for c in word.chars() {
            if c.is_ascii() {
                out.push_ascii(c)?;
            } else if c == 'đ' || c == 'Đ' {
                out.push(Letter {
                    base: 'đ',
                    tone: Tone::Level,
                    upper: c == 'Đ',
                })?;
            } else if ('\u{300}'..='\u{36f}').contains(&c) {
                out.mark(c)?;
            } else if let Some(letter) = vowel(c) {
                out.push(letter)?;
            } else {
                // A consonant carrying a tone (`ṭ` = `t` + U+0323, `ñ`) or a foreign letter
                // (`ë`, `ç`): decompose and read the parts as if they had been typed.
                let mut parts = [' '; 4];
                let mut n = 0;
                decompose_canonical(c, |p| {
                    if n < parts.len() {
                        parts[n] = p;
                    }
                    n += 1;
                });
                if !(2..=parts.len()).contains(&n) {
                    return Err(Reject::NotVietnamese);
                }
                out.push_ascii(parts[0])?;
                for &mark in &parts[1..n] {
                    out.mark(mark)?;
                }
            }
        }
        Ok(out)
    }

    fn case(&self) -> Option<Case> {
        let letters = &self.letters[..self.len];
        let first = letters.first()?;
        if letters.iter().all(|l| !l.upper) {
            Some(Case::Lower)
        } else if first.upper && letters[1..].iter().all(|l| !l.upper) {
            Some(Case::Title)
        } else if letters.iter().all(|l| l.upper) {
            Some(Case::Upper)
        } else {
            None
        }
    }
}

/// Looks `letters` up in `table`, returning the table's own (static) spelling.
fn lookup(
    table: &[&'static str],
    letters: impl Iterator<Item = char> + Clone,
) -> Option<&'static str> {
    table
        .iter()
        .copied()
        .find(|entry| entry.chars().eq(letters.clone()))
}

/// A parsed Vietnamese syllable. All parts are lower case and without the tone.
///
/// ```
/// use vietnorm::syllable::{Case, Syllable, Tone};
///
/// let s = Syllable::parse("Người").unwrap();
/// assert_eq!((s.initial(), s.vowels(), s.final_consonant()), ("ng", "ươi", ""));
/// assert_eq!((s.tone(), s.case()), (Tone::Grave, Case::Title));
///
/// let s = Syllable::parse("quyển").unwrap();
/// assert_eq!((s.initial(), s.vowels(), s.final_consonant()), ("qu", "yê", "n"));
///
/// // Decomposed input parses the same; a misplaced mark is still a syllable.
/// assert_eq!(Syllable::parse("tie\u{302}\u{301}ng").unwrap().tone(), Tone::Acute);
/// assert_eq!(Syllable::parse("tóan").unwrap().vowels(), "oa");
///
/// for foreign in ["café", "Zoé", "iPhone", "hóà", "nguoi", "Kon"] {
///     assert!(Syllable::parse(foreign).is_none(), "{foreign}");
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Syllable {
    initial: &'static str,
    vowels: &'static str,
    final_consonant: &'static str,
    tone: Tone,
    case: Case,
    /// Index (in letters) of the letter the tone was written on, if any.
    pub(crate) tone_at: Option<usize>,
    /// A horn was added by the repair of [`Syllable::analyse`].
    pub(crate) horn_repaired: bool,
}

impl Syllable {
    /// Parses one token (letters and combining marks only; any case; any normalisation form).
    /// `None` when it is not a Vietnamese syllable (see the module docs for the rules).
    pub fn parse(word: &str) -> Option<Syllable> {
        Syllable::analyse(word, false).ok()
    }

    /// The parse behind [`Syllable::parse`]. With `repair_horn`, the two cluster misspellings
    /// that are never legal are corrected (spec §2.4): `ưo` → `ươ` anywhere, and `uơ` followed
    /// by a final or a glide → `ươ` (`đuợc` → `được`); open `uơ` (`thuở`) is legal and stays.
    pub(crate) fn analyse(word: &str, repair_horn: bool) -> Result<Syllable, Reject> {
        use Reject::NotVietnamese as No;
        let letters = Letters::read(word)?;
        let case = letters.case().ok_or(No)?;
        let n = letters.len;
        let base = |i: usize| letters.letters[i].base;

        // Initial: longest match, with the gi/qu rules.
        let initial = INITIALS
            .iter()
            .copied()
            .find(|init| {
                let len = init.chars().count();
                let after = (len < n).then(|| base(len));
                init.chars().eq(letters.bases().take(len))
                    && match *init {
                        // `gi` only when another vowel follows the i; `qu` always needs one.
                        "gi" | "qu" => after.is_some_and(is_vowel),
                        _ => true,
                    }
            })
            .unwrap_or("");
        let start = initial.chars().count();
        let vowel_len = letters
            .bases()
            .skip(start)
            .take_while(|&c| is_vowel(c))
            .count();
        if vowel_len == 0 {
            return Err(No);
        }
        let end = start + vowel_len;
        let final_consonant = if end == n {
            ""
        } else {
            lookup(&FINALS, letters.bases().skip(end)).ok_or(No)?
        };
        let closed = !final_consonant.is_empty();

        // The cluster, with the horn repairs applied to a copy.
        let mut cluster = [' '; MAX_LETTERS];
        for (slot, c) in cluster
            .iter_mut()
            .zip(letters.bases().skip(start).take(vowel_len))
        {
            *slot = c;
        }
        let cluster = &mut cluster[..vowel_len];
        let mut horn_repaired = false;
        if repair_horn {
            for i in 0..vowel_len.saturating_sub(1) {
                let followed = closed || i + 2 < vowel_len;
                match (cluster[i], cluster[i + 1]) {
                    ('ư', 'o') => cluster[i + 1] = 'ơ',
                    ('u', 'ơ') if followed => cluster[i] = 'ư',
                    _ => continue,
                }
                horn_repaired = true;
            }
        }
        let table: &[&'static str] = if closed {
            &CLOSED_CLUSTERS
        } else {
            &OPEN_CLUSTERS
        };
        let vowels = lookup(table, cluster.iter().copied())
            .or_else(|| (initial == "qu" && cluster == ['y']).then_some("y"))
            .ok_or(No)?;

        // Spelling rules of initial + first vowel.
        let front = is_front(cluster[0]);
        let initial_ok = match initial {
            "k" | "gh" | "ngh" => front,
            "c" | "ng" => !front,
            "g" => !matches!(cluster[0], 'e' | 'ê' | 'y'),
            // The u of `qu` and the i of `gi` are never followed by the same kind of vowel.
            "qu" => !matches!(cluster[0], 'u' | 'ư' | 'o'),
            "gi" => cluster[0] != 'i',
            _ => true,
        };
        // A tone on a consonant is only accepted on the final (see module docs); on the vowel
        // of `qu`/`gi` it is a misplaced mark (`qủa`, `gía`).
        let tone_ok = letters
            .tone_at
            .map_or(true, |i| is_vowel(base(i)) || i >= end);
        let tone = letters
            .tone_at
            .map_or(Tone::Level, |i| letters.letters[i].tone);
        let stop_ok = !matches!(final_consonant, "c" | "ch" | "p" | "t")
            || matches!(tone, Tone::Acute | Tone::Dot);
        let palatal_ok = !matches!(final_consonant, "ch" | "nh")
            || PALATAL_CLUSTERS.contains(&vowels)
            || (initial == "qu" && vowels == "y");
        if !(initial_ok && tone_ok && stop_ok && palatal_ok) {
            return Err(No);
        }
        Ok(Syllable {
            initial,
            vowels,
            final_consonant,
            tone,
            case,
            tone_at: letters.tone_at,
            horn_repaired,
        })
    }

    /// The initial consonant(s), lower case: `""`, `"ngh"`, `"qu"`, `"gi"`, `"đ"`…
    pub fn initial(&self) -> &'static str {
        self.initial
    }

    /// The vowel cluster without tone, lower case: `"ươi"`, `"oa"`, `"y"`…
    pub fn vowels(&self) -> &'static str {
        self.vowels
    }

    /// The consonant final, lower case: `""` or one of [`FINALS`].
    pub fn final_consonant(&self) -> &'static str {
        self.final_consonant
    }

    /// The tone, wherever its mark was written.
    pub fn tone(&self) -> Tone {
        self.tone
    }

    /// The case pattern of the token.
    pub fn case(&self) -> Case {
        self.case
    }

    /// Writes the syllable in NFC with its tone on the `tone_at`-th letter of the vowel cluster,
    /// in the syllable's case.
    ///
    /// # Panics
    /// If `tone_at` is not an index into [`Syllable::vowels`] (a bug in the caller).
    pub fn write(&self, tone_at: usize, out: &mut String) {
        assert!(
            tone_at < self.vowels.chars().count(),
            "tone index out of the cluster"
        );
        let letters = self
            .initial
            .chars()
            .chain(self.vowels.chars())
            .chain(self.final_consonant.chars());
        let toned_index = self.initial.chars().count() + tone_at;
        for (i, c) in letters.enumerate() {
            let c = if i == toned_index {
                toned(c, self.tone).expect("cluster letters are vowels")
            } else {
                c
            };
            let upper = match self.case {
                Case::Lower => false,
                Case::Title => i == 0,
                Case::Upper => true,
            };
            if upper {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
    }
}

/// Whether `word` is one correctly spelt Vietnamese syllable (spec §2.5), accented or not.
///
/// Misplaced tone marks are accepted (`tóan`); unaccented spellings that need a mark to exist
/// are not (`nguoi`, `viet`). See the module docs for every rule.
///
/// ```
/// use vietnorm::syllable::is_syllable;
/// assert!(is_syllable("người") && is_syllable("Hoà") && is_syllable("ban") && is_syllable("GIỮA"));
/// assert!(!is_syllable("nguoi") && !is_syllable("café") && !is_syllable("McLaren"));
/// ```
pub fn is_syllable(word: &str) -> bool {
    let mut spelling = Spelling::default();
    for c in word.chars() {
        spelling.push(c as u32);
    }
    spelling.judge(word)
}

// ---------------------------------------------------------------------------------------------
// The fast test: a set of every valid syllable, looked up without parsing.
// ---------------------------------------------------------------------------------------------
//
// Almost every word of real (NFC) text is written with "plain" letters only: ASCII letters,
// `đ` and the precomposed vowels of [`VOWEL_ROWS`], in either case. For such a word the parse
// depends on little: where a tone sits does not matter (a tone on any vowel letter is
// accepted, and plain letters carry tones only on vowels), nor does the case once it is lower,
// Title or UPPER. So a plain word is a syllable exactly when it has at most one tone, no mixed
// case, at most [`MAX_LETTERS`] letters, and its lower-case toneless letters (packed 5 bits
// each) with that tone were judged a syllable by the parser. Those verdicts are remembered per
// thread, so each spelling is parsed once (no table is built up front: a one-line run parses a
// handful of words, not every syllable). Words with anything else (combining marks, `ñ`, other
// scripts) are always parsed.

/// A word read char by char for the fast test, without allocating ([`Spelling::judge`]).
#[derive(Clone, Copy, Debug, Default)]
struct Spelling {
    /// Letter codes, 5 bits each, the last letter lowest (only the last 12 letters are kept;
    /// a longer word is no syllable anyway).
    key: u64,
    /// Chars pushed.
    len: u32,
    /// One bit per char, set for upper case, the last char lowest.
    upper: u32,
    /// Chars with a tone.
    tones: u32,
    /// The bitwise or of the chars' [`letter_entry`]s: tells whether any was not plain or
    /// foreign, and the tone when there is exactly one.
    seen: u16,
}

// A letter entry packs the letter's code (bits 0–4: its place in [`ALPHABET`] from 1), its tone
// (bits 5–7: index into [`Tone::ALL`]), upper case (bit 8), and two flags: not a plain letter
// (the parser must decide) and an ASCII letter outside the alphabet (never a syllable).
const CODE_BITS: u16 = 0x1F;
const TONE_SHIFT: u16 = 5;
const UPPER_SHIFT: u16 = 8;
const UNPLAIN: u16 = 1 << 9;
const FOREIGN: u16 = 1 << 10;

/// The plain letters of the alphabet, in code order from 1 (`f j w z` are [`FOREIGN`]).
const ALPHABET: [char; 29] = [
    'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ',
    'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'x', 'y',
];

/// Every plain letter lies below U+0240 or in U+1E80–U+1EFF; the table covers both, in that
/// order.
const LOW_END: u32 = 0x240;
const HIGH: std::ops::Range<u32> = 0x1E80..0x1F00;
const TABLE_LEN: usize = (LOW_END + HIGH.end - HIGH.start) as usize;

/// The letter entries of [`LOW_END`] and [`HIGH`], computed at compile time from [`VOWEL_ROWS`]
/// (checked against [`vowel`] by a test).
static LETTERS: [u16; TABLE_LEN] = letter_table();

const fn letter_table() -> [u16; TABLE_LEN] {
    const fn code(base: char) -> u16 {
        let mut i = 0;
        while i < ALPHABET.len() {
            if ALPHABET[i] == base {
                return i as u16 + 1;
            }
            i += 1;
        }
        panic!("not in the alphabet")
    }
    const fn index(c: u32) -> usize {
        if c < LOW_END {
            c as usize
        } else {
            (LOW_END + c - HIGH.start) as usize
        }
    }
    let mut table = [UNPLAIN; TABLE_LEN];
    let mut b = 0u8;
    while b < 0x80 {
        let upper = (b.is_ascii_uppercase() as u16) << UPPER_SHIFT;
        table[b as usize] = match b.to_ascii_lowercase() {
            b'f' | b'j' | b'w' | b'z' => FOREIGN | upper,
            lower if lower.is_ascii_lowercase() => code(lower as char) | upper,
            _ => UNPLAIN,
        };
        b += 1;
    }
    table[index('đ' as u32)] = code('đ');
    table[index('Đ' as u32)] = code('đ') | 1 << UPPER_SHIFT;
    let mut row = 0;
    while row < VOWEL_ROWS.len() {
        let mut tone = 0;
        while tone < 6 {
            let lower = VOWEL_ROWS[row][tone] as u32;
            if lower >= 0x80 {
                let entry = code(VOWEL_ROWS[row][0]) | (tone as u16) << TONE_SHIFT;
                // The upper case of a Vietnamese vowel is 0x20 below it in Latin-1 and just
                // before it elsewhere.
                let upper = if lower < 0x100 {
                    lower - 0x20
                } else {
                    lower - 1
                };
                table[index(lower)] = entry;
                table[index(upper)] = entry | 1 << UPPER_SHIFT;
            }
            tone += 1;
        }
        row += 1;
    }
    table
}

/// The letter entry of code point `c` (not plain for anything outside the table).
#[inline]
fn letter_entry(c: u32) -> u16 {
    if c < LOW_END {
        LETTERS[c as usize]
    } else if HIGH.contains(&c) {
        LETTERS[(LOW_END + c - HIGH.start) as usize]
    } else {
        UNPLAIN
    }
}

impl Spelling {
    /// Adds the next char (code point `c`) of the word.
    fn push(&mut self, c: u32) {
        let entry = letter_entry(c);
        self.key = (self.key << 5) | u64::from(entry & CODE_BITS);
        self.len += 1;
        self.upper = (self.upper << 1) | u32::from(entry >> UPPER_SHIFT & 1);
        self.tones += u32::from(entry & (7 << TONE_SHIFT) != 0);
        self.seen |= entry;
    }

    /// Whether `word`, whose chars were all pushed, is a syllable: [`is_syllable`].
    fn judge(&self, word: &str) -> bool {
        if self.seen & UNPLAIN != 0 {
            return Syllable::parse(word).is_some();
        }
        let len = self.len as usize;
        if self.seen & FOREIGN != 0 || len == 0 || len > MAX_LETTERS || self.tones > 1 {
            return false;
        }
        let all = (1 << len) - 1;
        let case_ok = self.upper == 0 || self.upper == all || self.upper == 1 << (len - 1);
        let tone = (self.seen >> TONE_SHIFT) & 7;
        case_ok && plain_verdict((self.key << 3) | u64::from(tone), word)
    }
}

/// Slots of the per-thread verdicts (as a power of two): more than the common syllables, with
/// their tones, of a corpus; a word whose slot another took is parsed again, nothing worse.
const VERDICT_BITS: u32 = 12;

/// Whether the plain word `word`, whose toneless letters and tone are `key`, is a syllable:
/// remembered per thread in a direct-mapped table (slot = `key << 1 | verdict`, 0 = empty; a
/// key of at least one letter is not 0), parsed on a miss.
fn plain_verdict(key: u64, word: &str) -> bool {
    thread_local! {
        static VERDICTS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    }
    VERDICTS.with_borrow_mut(|verdicts| {
        if verdicts.is_empty() {
            verdicts.resize(1 << VERDICT_BITS, 0);
        }
        let at = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - VERDICT_BITS);
        let slot = &mut verdicts[at as usize];
        if *slot >> 1 == key {
            return *slot & 1 != 0;
        }
        let verdict = Syllable::parse(word).is_some();
        *slot = (key << 1) | u64::from(verdict);
        verdict
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (word, initial, vowels, final, tone, case): spec §1 and §2.6 words, and the qu/gi rules.
    #[rustfmt::skip]
    const PARSES: &[(&str, &str, &str, &str, Tone, Case)] = &[
        ("người", "ng", "ươi", "", Tone::Grave, Case::Lower),
        ("rượu", "r", "ươu", "", Tone::Dot, Case::Lower),
        ("quý", "qu", "y", "", Tone::Acute, Case::Lower),
        ("quả", "qu", "a", "", Tone::Hook, Case::Lower),
        ("qủa", "qu", "a", "", Tone::Hook, Case::Lower),
        ("quyển", "qu", "yê", "n", Tone::Hook, Case::Lower),
        ("quýt", "qu", "y", "t", Tone::Acute, Case::Lower),
        ("Quỳnh", "qu", "y", "nh", Tone::Grave, Case::Title),
        ("quốc", "qu", "ô", "c", Tone::Acute, Case::Lower),
        ("giữa", "gi", "ưa", "", Tone::Tilde, Case::Lower),
        ("giày", "gi", "ay", "", Tone::Grave, Case::Lower),
        ("gía", "gi", "a", "", Tone::Acute, Case::Lower),
        ("giếng", "gi", "ê", "ng", Tone::Acute, Case::Lower),
        ("gìn", "g", "i", "n", Tone::Grave, Case::Lower),
        ("gì", "g", "i", "", Tone::Grave, Case::Lower),
        ("thuở", "th", "uơ", "", Tone::Hook, Case::Lower),
        ("xoóng", "x", "oo", "ng", Tone::Acute, Case::Lower),
        ("ý", "", "y", "", Tone::Acute, Case::Lower),
        ("Ý", "", "y", "", Tone::Acute, Case::Title),
        ("mía", "m", "ia", "", Tone::Acute, Case::Lower),
        ("miếng", "m", "iê", "ng", Tone::Acute, Case::Lower),
        ("khuỷu", "kh", "uyu", "", Tone::Hook, Case::Lower),
        ("khuya", "kh", "uya", "", Tone::Level, Case::Lower),
        ("thuyền", "th", "uyê", "n", Tone::Grave, Case::Lower),
        ("nghiêng", "ngh", "iê", "ng", Tone::Level, Case::Lower),
        ("ĐƯỢC", "đ", "ươ", "c", Tone::Dot, Case::Upper),
        ("HOÀ", "h", "oa", "", Tone::Grave, Case::Upper),
        ("tóan", "t", "oa", "n", Tone::Acute, Case::Lower),
        ("ban", "b", "a", "n", Tone::Level, Case::Lower),
        ("kỳ", "k", "y", "", Tone::Grave, Case::Lower),
        ("oà", "", "oa", "", Tone::Grave, Case::Lower),
        // Decomposed input, a tone typed on the final consonant, deprecated tone marks.
        ("Vie\u{302}\u{323}t", "v", "iê", "t", Tone::Dot, Case::Title),
        ("Vie\u{323}\u{302}t", "v", "iê", "t", Tone::Dot, Case::Title),
        ("Viêt\u{323}", "v", "iê", "t", Tone::Dot, Case::Title),
        ("Viê\u{1e6d}", "v", "iê", "t", Tone::Dot, Case::Title),
        ("hoan\u{303}", "h", "oa", "n", Tone::Tilde, Case::Lower),
        ("ca\u{341}", "c", "a", "", Tone::Acute, Case::Lower),
        ("ngu\u{31b}o\u{31b}\u{300}i", "ng", "ươi", "", Tone::Grave, Case::Lower),
    ];

    /// Tokens that are not syllables: foreign, mixed case, two tones, illegal spelling.
    #[rustfmt::skip]
    const NOT_SYLLABLES: &[&str] = &[
        "", "café", "Zoé", "Chloé", "José", "Noël", "mãe", "façade", "Boeing", "Toyota", "Kon",
        "Đắk", "Lắk", "iPhone", "McLaren", "HoÀ", "hóà", "nguoi", "viet", "cat", "ka", "ce",
        "ghe\u{308}", "ngi", "ge", "gy", "q", "qu", "quu", "xyz", "tiếng1", "a_b", "\u{301}a",
        "ño", "ñu", "enh", "ech", "ươ", "ngưoi", "đuợc", "ă", "phở phở", "strength", "Mädchen",
        "hoàngg", "aaa", "ưo", "bcd", "ǎ", "huǒ", "hoa\u{308}",
    ];

    #[test]
    fn parses_parts() {
        for &(word, initial, vowels, fin, tone, case) in PARSES {
            let s = Syllable::parse(word).unwrap_or_else(|| panic!("{word:?} did not parse"));
            assert_eq!(
                (
                    s.initial(),
                    s.vowels(),
                    s.final_consonant(),
                    s.tone(),
                    s.case()
                ),
                (initial, vowels, fin, tone, case),
                "{word:?}"
            );
        }
    }

    #[test]
    fn rejects_non_syllables() {
        for &word in NOT_SYLLABLES {
            assert!(
                !is_syllable(word),
                "{word:?} parsed as {:?}",
                Syllable::parse(word)
            );
        }
    }

    #[test]
    fn two_tones_are_told_apart() {
        assert_eq!(Syllable::analyse("hóà", true), Err(Reject::TwoTones));
        assert_eq!(
            Syllable::analyse("ho\u{301}\u{300}a", true),
            Err(Reject::TwoTones)
        );
        assert_eq!(Syllable::analyse("café", true), Err(Reject::NotVietnamese));
    }

    #[test]
    fn horn_repairs_only_when_asked() {
        for (word, vowels) in [
            ("ngưòi", "ươi"),
            ("đuợc", "ươ"),
            ("Vuơng", "ươ"),
            ("thuở", "uơ"),
        ] {
            let s = Syllable::analyse(word, true).unwrap();
            assert_eq!(s.vowels(), vowels, "{word}");
            assert_eq!(s.horn_repaired, vowels != "uơ", "{word}");
        }
        assert!(Syllable::parse("ngưòi").is_none());
    }

    #[test]
    fn write_places_tone_and_case() {
        let mut out = String::new();
        Syllable::parse("HOÀ").unwrap().write(0, &mut out);
        out.push(' ');
        Syllable::parse("Uỷ").unwrap().write(0, &mut out);
        out.push(' ');
        Syllable::parse("qủa").unwrap().write(0, &mut out);
        assert_eq!(out, "HÒA Ủy quả");
    }

    /// Every initial (or none) + vowel cluster + final (or none) of the tables, lower case,
    /// without tone: a superset of the toneless syllables.
    fn candidate_spellings() -> impl Iterator<Item = Vec<char>> {
        std::iter::once("").chain(INITIALS).flat_map(|initial| {
            let open = OPEN_CLUSTERS.iter().map(|v| (*v, ""));
            let closed = CLOSED_CLUSTERS
                .iter()
                .chain(&["y"]) // closed only after `qu`
                .flat_map(|v| FINALS.iter().map(move |f| (*v, *f)));
            open.chain(closed).map(move |(vowels, final_consonant)| {
                initial
                    .chars()
                    .chain(vowels.chars())
                    .chain(final_consonant.chars())
                    .collect()
            })
        })
    }

    /// Every candidate spelling of the tables, with every tone on every letter (one or two
    /// tones), in every case pattern: the fast test and the parser agree.
    #[test]
    fn fast_test_agrees_with_the_parser_on_every_spelling() {
        let mut checked = 0;
        for word in candidate_spellings() {
            let mut variants = vec![word.clone()];
            for (i, &c) in word.iter().enumerate().filter(|(_, &c)| is_vowel(c)) {
                for tone in &Tone::ALL[1..] {
                    let mut toned_word = word.clone();
                    toned_word[i] = toned(c, *tone).unwrap();
                    // A second tone on the last vowel letter.
                    if let Some(j) = word.iter().rposition(|&c| is_vowel(c)).filter(|&j| j != i) {
                        let mut twice = toned_word.clone();
                        twice[j] = toned(word[j], Tone::Grave).unwrap();
                        variants.push(twice);
                    }
                    variants.push(toned_word);
                }
            }
            for letters in variants {
                let lower: String = letters.iter().collect();
                let upper = lower.to_uppercase();
                let title: String = upper.chars().take(1).chain(lower.chars().skip(1)).collect();
                let mixed: String = lower.chars().take(1).chain(upper.chars().skip(1)).collect();
                for w in [lower.clone(), upper, title, mixed] {
                    assert_eq!(is_syllable(&w), Syllable::parse(&w).is_some(), "{w:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
    }

    /// The compile-time letter table says what the parser's letter reading says.
    #[test]
    fn letter_table_agrees_with_the_vowel_index() {
        for c in (0..LOW_END).chain(HIGH).filter_map(char::from_u32) {
            let expected = if c.is_ascii_alphabetic() {
                let lower = c.to_ascii_lowercase();
                let upper = u16::from(c.is_ascii_uppercase()) << UPPER_SHIFT;
                match ALPHABET.iter().position(|&a| a == lower) {
                    Some(i) => (i as u16 + 1) | upper,
                    None => FOREIGN | upper,
                }
            } else if c == 'đ' || c == 'Đ' {
                7 | u16::from(c == 'Đ') << UPPER_SHIFT
            } else if let Some(l) = vowel(c) {
                let code = ALPHABET.iter().position(|&a| a == l.base).unwrap() as u16 + 1;
                code | (l.tone as u16) << TONE_SHIFT | u16::from(l.upper) << UPPER_SHIFT
            } else {
                UNPLAIN
            };
            assert_eq!(letter_entry(c as u32), expected, "{c:?}");
        }
        assert_eq!(letter_entry('ñ' as u32), UNPLAIN);
        assert_eq!(letter_entry(0x301), UNPLAIN);
        assert_eq!(letter_entry('中' as u32), UNPLAIN);
    }

    proptest::proptest! {
        /// Any string of plain letters (and a few others the fast test must leave to the parser):
        /// the fast test and the parser agree.
        #[test]
        fn fast_test_agrees_with_the_parser(word in proptest::collection::vec(proptest::sample::select(
            "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwzAĂÂĐÊÔƠƯàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴñçë1_\u{301}\u{302}ṭ".chars().collect::<Vec<char>>()), 0..10)) {
            let word: String = word.into_iter().collect();
            proptest::prop_assert_eq!(is_syllable(&word), Syllable::parse(&word).is_some(), "{:?}", word);
        }

        /// Syllable-shaped words (initial, cluster, final, with random tones and case).
        #[test]
        fn fast_test_agrees_on_syllable_shapes(
            initial in proptest::sample::select(&INITIALS[..]),
            vowels in proptest::sample::select(&OPEN_CLUSTERS[..]),
            fin in proptest::sample::select(&["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "g"][..]),
            tones in proptest::collection::vec(0..6usize, 10),
            cases in proptest::collection::vec(proptest::bool::ANY, 10),
        ) {
            let word: String = initial.chars().chain(vowels.chars()).chain(fin.chars()).enumerate().map(|(i, c)| {
                let c = toned(c, Tone::ALL[tones[i]]).unwrap_or(c);
                if cases[i] { c.to_uppercase().next().unwrap() } else { c }
            }).collect();
            proptest::prop_assert_eq!(is_syllable(&word), Syllable::parse(&word).is_some(), "{:?}", word);
        }
    }

    #[test]
    fn vowel_table_is_consistent_with_unicode() {
        use unicode_normalization::UnicodeNormalization;
        for row in VOWEL_ROWS {
            for (tone, c) in Tone::ALL.into_iter().zip(row) {
                let built: String = std::iter::once(row[0]).chain(tone.mark()).nfc().collect();
                assert_eq!(built, c.to_string(), "{c}");
            }
        }
    }
}
