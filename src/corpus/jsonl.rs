//! JSON Lines records: find the text field, and splice a new value into the original line.
//!
//! Why splice instead of re-serialising: a corpus record carries metadata (ids, URLs, scores,
//! nested objects) that must come out byte-identical, including key order, number formatting
//! and string escapes that a parse/serialise round trip would change. So the line is parsed
//! once to find where the field's value lies (serde_json's `RawValue` borrows it from the line)
//! and only those bytes are replaced. Other fields are validated but never decoded.

use std::fmt;
use std::ops::Range;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

/// The text field of one record: its decoded value and the byte range of its JSON value
/// (quotes included) in the line.
#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    /// The decoded string.
    pub value: String,
    /// Where the JSON string literal lies in the line.
    pub span: Range<usize>,
}

/// Finds the string field `name` of the JSON object `line`. The error says what is wrong (bad
/// JSON with its column, not an object, missing field, not a string).
pub fn find_field(line: &str, name: &str) -> Result<Field, String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let raw = FieldSeeker { name }
        .deserialize(&mut de)
        .and_then(|raw| de.end().map(|()| raw))
        .map_err(|e| e.to_string())?;
    let raw = raw.ok_or_else(|| format!("no field `{name}`"))?;
    let start = raw.get().as_ptr() as usize - line.as_ptr() as usize;
    let value = serde_json::from_str::<String>(raw.get())
        .map_err(|_| format!("field `{name}` is not a string"))?;
    Ok(Field {
        value,
        span: start..start + raw.get().len(),
    })
}

/// `line` with the value at `span` replaced by `value` as a JSON string.
pub fn splice(line: &str, span: Range<usize>, value: &str) -> String {
    let literal = serde_json::to_string(value).expect("a string always serialises");
    let mut out = String::with_capacity(line.len() + literal.len());
    out.push_str(&line[..span.start]);
    out.push_str(&literal);
    out.push_str(&line[span.end..]);
    out
}

/// A one-field JSON object `{"name": value}`, for text input written as JSONL.
pub fn object(name: &str, value: &str) -> String {
    let mut map = serde_json::Map::new();
    map.insert(
        name.to_string(),
        serde_json::Value::String(value.to_string()),
    );
    serde_json::Value::Object(map).to_string()
}

/// Walks an object, borrowing the first value under `name` and skipping (but validating) the rest.
struct FieldSeeker<'n> {
    name: &'n str,
}

impl<'de> DeserializeSeed<'de> for FieldSeeker<'_> {
    type Value = Option<&'de RawValue>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldSeeker<'_> {
    type Value = Option<&'de RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(is_field) = map.next_key_seed(IsKey(self.name))? {
            if is_field && found.is_none() {
                found = Some(map.next_value::<&RawValue>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// Compares a key with the wanted name without allocating.
struct IsKey<'n>(&'n str);

impl<'de> DeserializeSeed<'de> for IsKey<'_> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for IsKey<'_> {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string key")
    }
    fn visit_str<E>(self, key: &str) -> Result<bool, E> {
        Ok(key == self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_splices_keeping_everything_else() {
        let line = r#"{"id": 7, "meta": {"text": "inner"}, "text": "Vie\u0323\u0302t  Nam", "score": 1.50e0}"#;
        let f = find_field(line, "text").unwrap();
        assert_eq!(f.value, "Vie\u{323}\u{302}t  Nam");
        assert_eq!(&line[f.span.clone()], r#""Vie\u0323\u0302t  Nam""#);
        assert_eq!(
            splice(line, f.span, "Việt Nam"),
            r#"{"id": 7, "meta": {"text": "inner"}, "text": "Việt Nam", "score": 1.50e0}"#
        );
    }

    #[test]
    fn escaped_keys_match_and_other_fields_work() {
        let line = r#"{"te\u0078t":"a\"b","body":"c"}"#;
        assert_eq!(find_field(line, "text").unwrap().value, "a\"b");
        assert_eq!(find_field(line, "body").unwrap().value, "c");
    }

    #[test]
    fn broken_records_say_why() {
        let cases = [
            (r#"{"text": "a""#, "EOF"),
            (r#"{"text": "a"} x"#, "trailing"),
            (r#"["text"]"#, "JSON object"),
            (r#"{"body": "a"}"#, "no field `text`"),
            (r#"{"text": 5}"#, "not a string"),
            (r#"{"text": "a", "n": tru}"#, "column"),
        ];
        for (line, why) in cases {
            let err = find_field(line, "text").unwrap_err();
            assert!(err.contains(why), "{line}: {err}");
        }
    }

    #[test]
    fn object_escapes() {
        assert_eq!(object("text", "a\"b\nc"), r#"{"text":"a\"b\nc"}"#);
    }
}
