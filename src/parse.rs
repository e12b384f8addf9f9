//! Parsing into a [`Node`] tree whose strings borrow from the text, noting duplicate keys on the
//! way (the tree keeps only the last one), so that a valid payload costs one pass and allocates
//! only its arrays, objects and escaped strings, in the arena. A direct reader takes the common
//! case; serde_json's tokenizer reads whatever it declines, and words every syntax error.

use crate::node::{Arena, Members, Node, Nulls};
use bumpalo::collections::Vec as ArenaVec;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::fmt;

mod direct;

/// The deepest nesting serde_json accepts (its recursion limit of 128 counts one more): deeper
/// input is rejected with an error, never a stack overflow.
pub const MAX_DEPTH: usize = 127;

/// A parsed payload.
pub(crate) struct Parsed<'a> {
    pub value: Node<'a>,
    /// Whether some object names a member twice; the span pass then finds where.
    pub has_duplicate_keys: bool,
}

/// A syntax error, with serde_json's 1-based line and byte column.
pub(crate) struct SyntaxError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

pub(crate) fn parse<'a>(text: &'a str, arena: &'a Arena, nulls: Nulls) -> Result<Parsed<'a>, SyntaxError> {
    direct::parse(text, arena, nulls).map_or_else(|| with_serde_json(text, arena, nulls), Ok)
}

/// serde_json's tokenizer builds the tree, and words the error when there is one.
fn with_serde_json<'a>(text: &'a str, arena: &'a Arena, nulls: Nulls) -> Result<Parsed<'a>, SyntaxError> {
    let duplicates = Cell::new(false);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let seed = NodeSeed { arena, duplicates: &duplicates, nulls };
    let value = seed.deserialize(&mut deserializer).and_then(|value| deserializer.end().map(|()| value));
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

/// Builds a [`Node`] with the values serde_json would give a `Value`, and sets the flag when a
/// key repeats.
#[derive(Clone, Copy)]
struct NodeSeed<'a, 'f> {
    arena: &'a Arena,
    duplicates: &'f Cell<bool>,
    nulls: Nulls,
}

impl<'a, 'de: 'a> DeserializeSeed<'de> for NodeSeed<'a, '_> {
    type Value = Node<'a>;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Node<'a>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'a, 'de: 'a> Visitor<'de> for NodeSeed<'a, '_> {
    type Value = Node<'a>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }
    fn visit_bool<E>(self, value: bool) -> Result<Node<'a>, E> {
        Ok(Node::Bool(value))
    }
    fn visit_i64<E>(self, value: i64) -> Result<Node<'a>, E> {
        Ok(Node::Number(value.into()))
    }
    fn visit_u64<E>(self, value: u64) -> Result<Node<'a>, E> {
        Ok(Node::Number(value.into()))
    }
    fn visit_f64<E>(self, value: f64) -> Result<Node<'a>, E> {
        Ok(serde_json::Number::from_f64(value).map_or(Node::Null, Node::Number))
    }
    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Node<'a>, E> {
        Ok(Node::String(value))
    }
    fn visit_str<E>(self, value: &str) -> Result<Node<'a>, E> {
        Ok(Node::String(self.arena.alloc_str(value)))
    }
    fn visit_unit<E>(self) -> Result<Node<'a>, E> {
        Ok(Node::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'a>, A::Error> {
        let mut items = ArenaVec::new_in(self.arena);
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Node::Array(items.into_bump_slice()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Node<'a>, A::Error> {
        let mut entries = ArenaVec::new_in(self.arena);
        while let Some(key) = access.next_key_seed(NameSeed(self.arena))? {
            entries.push((key, access.next_value_seed(self)?));
        }
        let (members, repeated) = Members::new(self.arena, entries.into_bump_slice_mut(), self.nulls);
        if repeated {
            self.duplicates.set(true);
        }
        Ok(Node::Object(members))
    }
}

/// A member name, borrowed from the text unless it holds escapes (then copied to the arena).
struct NameSeed<'a>(&'a Arena);

impl<'a, 'de: 'a> DeserializeSeed<'de> for NameSeed<'a> {
    type Value = &'a str;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<&'a str, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'a, 'de: 'a> Visitor<'de> for NameSeed<'a> {
    type Value = &'a str;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a member name")
    }
    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<&'a str, E> {
        Ok(value)
    }
    fn visit_str<E>(self, value: &str) -> Result<&'a str, E> {
        Ok(self.0.alloc_str(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_serde_json_and_flags_duplicates() {
        let text = r#"{"a":[1,-2,3.5,"x",null,true],"b":{"c":{}}}"#;
        let arena = Arena::new();
        let parsed = parse(text, &arena, Nulls::Keep).ok().unwrap();
        let value = serde_json::from_str::<serde_json::Value>(text).unwrap();
        assert_eq!(parsed.value, Node::from_value(&value, &arena, Nulls::Keep));
        assert!(!parsed.has_duplicate_keys);
        assert!(parse(r#"{"a":{"b":1,"b":2}}"#, &arena, Nulls::Keep).ok().unwrap().has_duplicate_keys);
        let escaped = parse(r#"{"\u0061":"\n"}"#, &arena, Nulls::Keep).ok().unwrap();
        assert_eq!(escaped.value.get("a").and_then(Node::as_str), Some("\n"));
    }

    #[test]
    fn reports_syntax_errors_with_position() {
        let arena = Arena::new();
        let error = parse("{\n  \"a\": 1,\n}", &arena, Nulls::Keep).err().unwrap();
        assert_eq!((error.line, error.column), (3, 1));
        assert_eq!(error.message, "invalid JSON: trailing comma");
        let deep = "[".repeat(100_000);
        assert!(parse(&deep, &arena, Nulls::Keep).err().unwrap().message.contains("nested more than 127"));
    }
}
