//! URLs, e-mail addresses, handles and hashtags split into pieces (`www . a . vn`, `a @ b . com`,
//! `@ sontungmtp`), glued back when the pieces form a valid one.

use super::*;
use crate::segmented::tables::{FILE_EXTENSIONS, TLDS};
use crate::segmented::tokens::{Token, Underscored};

/// A handle or hashtag whose sign pyvi and VnCoreNLP split off, `@ sontungmtp`, `# TheFirstSky`:
/// written against its sign everywhere. The name is token `i`'s first part (a second run sees
/// `# Hà_Nội` as `# Hà Nội`): letters and digits, no dot (`abc @ gmail.com` is an address's, see
/// [`split_address`]; `@ handle . xyz1`, no valid address, becomes a handle and a sentence's dot,
/// `@handle. xyz1`). Not a `#` that starts the line, a Markdown heading (`# Tiêu_đề`).
pub(super) fn handle_or_hashtag(tokens: &[Token], i: usize) -> bool {
    let sign = tokens[i - 1].text;
    (sign == "@" || sign == "#" && i >= 2)
        && tokens[i].first_part().chars().all(char::is_alphanumeric)
}

/// underthesea splits `nguyen.van.a@gmail.com` into `nguyen.van .a@gmail.com`.
pub(super) fn split_email_tail(a: &str, b: &str) -> bool {
    b.starts_with('.') && b.contains('@') && is_email(&format!("{a}{b}"))
}

/// A URL or e-mail split into pieces by pyvi (`https : / / a . vn / x`, `www . a . vn`,
/// `abc @ gmail . com`, `dichvucong . gov . vn`) starting at token `i`: the index of its last
/// token, when the glued pieces form a valid address with a known top-level domain.
pub(super) fn split_address(tokens: &[Token], i: usize, facts: &LineFacts) -> Option<usize> {
    // The first piece may end a word pyvi joined to the word before it, `Trang_kworb . net`.
    // Not a syllable, which ends a word before a domain's name (`quốc_gia . vn`, see
    // [`extension_after_word`]).
    let t = |j: usize| match tokens.get(j) {
        Some(t) if j == i && matches!(t.kind, Underscored::Joined { .. }) => {
            let part = t.last_part();
            if is_syllable(part) {
                ""
            } else {
                part
            }
        }
        Some(t) => t.text,
        None => "",
    };
    let mut j = i;
    let scheme = matches!(t(i), "http" | "https") && t(i + 1) == ":";
    if scheme {
        j += 2;
        while t(j) == "/" || t(j) == "//" {
            j += 1;
        }
    }
    let email = t(j + 1) == "@";
    if email {
        j += 2;
    }
    // Host: label (. label)+ with a known TLD.
    let host_start = j;
    if !is_label(t(j)) {
        return None;
    }
    // underthesea keeps the end of a host whole, `Dantri . com.vn`.
    let host = |mut j: usize| {
        while t(j + 1) == "." && t(j + 2).split('.').all(is_label) {
            j += 2;
        }
        j
    };
    j = facts.chain_end(&facts.host, j, host);
    if j == host_start
        || !t(j)
            .rsplit('.')
            .next()
            .is_some_and(|tld| TLDS.contains(&tld))
    {
        return None;
    }
    if !scheme && !email && t(host_start).len() < 2 {
        return None;
    }
    // Path: separator + piece pairs.
    if scheme || t(host_start) == "www" {
        let path = |mut j: usize| {
            while matches!(t(j + 1), "/" | "-" | "_" | "." | "?" | "=" | "&" | "#")
                && is_label(t(j + 2))
            {
                j += 2;
            }
            j
        };
        j = facts.chain_end(&facts.path, j, path);
    }
    (j > i).then_some(j)
}

fn is_label(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A domain or a file's extension named after a word, `tên miền .vn`, `định dạng .apk`, `tệp
/// .exe`, `file .pdf`, which every producer splits into `tên_miền . vn`: the dot (token `i`)
/// stays apart from the word and goes onto the name, as published. The word is a Vietnamese
/// syllable (no host's label: those are glued to the domain, see [`split_address`]) or `file`;
/// the name a known top-level domain or extension in lower case that spells no syllable (`in`,
/// `la` after a sentence's dot begin a sentence), or `com`, a syllable of no word without a tone.
#[inline]
pub(super) fn extension_after_word(tokens: &[Token], i: usize) -> bool {
    if tokens[i].text != "." || i == 0 {
        return false;
    }
    // A lower-case name first: after most dots inside a line a sentence begins.
    let Some(name) = tokens.get(i + 1).filter(|t| {
        t.kind == Underscored::No && t.text.starts_with(|c: char| c.is_ascii_lowercase())
    }) else {
        return false;
    };
    let word = tokens[i - 1].last_part();
    (TLDS.contains(&name.text) || FILE_EXTENSIONS.contains(&name.text))
        && (word == "file" || word == "File" || is_syllable(word))
        && (name.text == "com" || !is_syllable(name.text))
}

/// `local@host.tld` with a known TLD.
fn is_email(t: &str) -> bool {
    let Some((local, host)) = t.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b));
    local_ok && is_host(host)
}

/// A host name with a known top-level domain (`kworb.net`, `tuoitre.com.vn`): two labels or more.
pub(in crate::segmented) fn is_host(t: &str) -> bool {
    t.rsplit_once('.')
        .is_some_and(|(_, tld)| TLDS.contains(&tld))
        && t.split('.').all(is_label)
}
