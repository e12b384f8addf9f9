//! Parsing: serde_json into a `Value`, noting duplicate keys on the way (a `Value` keeps only the
//! last one), so that a valid payload costs exactly one parse.

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::Cell;
use std::fmt;

/// The deepest nesting serde_json accepts (its recursion limit of 128 counts one more): deeper
/// input is rejected with an error, never a stack overflow.
pub const MAX_DEPTH: usize = 127;

/// A parsed payload.
pub(crate) struct Parsed {
    pub value: Value,
    /// Whether some object names a member twice; the span pass then finds where.
    pub has_duplicate_keys: bool,
}

/// A syntax error, with serde_json's 1-based line and byte column.
pub(crate) struct SyntaxError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

pub(crate) fn parse(text: &str) -> Result<Parsed, SyntaxError> {
    let duplicates = Cell::new(false);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value =
        ValueSeed(&duplicates).deserialize(&mut deserializer).and_then(|value| deserializer.end().map(|()| value));
    match value {
        Ok(value) => Ok(Parsed { value, has_duplicate_keys: duplicates.get() }),
        Err(error) => Err(SyntaxError { message: describe(&error), line: error.line(), column: error.column() }),
    }
}

/// serde_json's message without its " at line L column C" suffix, which the location carries.
fn describe(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let message = text.rfind(" at line ").map_or(text.as_str(), |end| &text[..end]);
    if message == "recursion limit exceeded" {
        format!("the JSON is nested more than {MAX_DEPTH} levels deep")
    } else {
        format!("invalid JSON: {message}")
    }
}

/// Builds a `Value` exactly as serde_json does, and sets the flag when a key repeats.
#[derive(Clone, Copy)]
struct ValueSeed<'f>(&'f Cell<bool>);

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }
    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }
    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }
    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }
    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }
    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            let value = access.next_value_seed(self)?;
            if members.insert(key, value).is_some() {
                self.0.set(true);
            }
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_serde_json_and_flags_duplicates() {
        let text = r#"{"a":[1,-2,3.5,"x",null,true],"b":{"c":{}}}"#;
        let parsed = parse(text).ok().unwrap();
        assert_eq!(parsed.value, serde_json::from_str::<Value>(text).unwrap());
        assert!(!parsed.has_duplicate_keys);
        assert!(parse(r#"{"a":{"b":1,"b":2}}"#).ok().unwrap().has_duplicate_keys);
    }

    #[test]
    fn reports_syntax_errors_with_position() {
        let error = parse("{\n  \"a\": 1,\n}").err().unwrap();
        assert_eq!((error.line, error.column), (3, 1));
        assert_eq!(error.message, "invalid JSON: trailing comma");
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).err().unwrap().message.contains("nested more than 127"));
    }
}
