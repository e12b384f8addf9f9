//! The document the rules read: a tree whose strings borrow from the input unless they hold
//! escapes, and whose objects are sorted arrays of members. It answers the few questions the
//! rules ask (`get`, `as_str`, `as_array`, …) with the meaning `serde_json::Value` gives them, so
//! a payload parsed here and one converted from a `Value` go through the same checks.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Number, Value};
use std::borrow::Cow;
use std::fmt;

/// One JSON value of the document.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    Object(Members<'a>),
}

/// Whether `null` object members stay in the tree or are set aside (§1: the API ignores them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Nulls {
    Keep,
    SetAside,
}

/// The members of an object, sorted by name with each name once (the last value given wins, as
/// in `serde_json::Value`), so lookups are binary searches and iteration is in name order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Members<'a> {
    entries: Vec<(Cow<'a, str>, Node<'a>)>,
    /// Names whose value was `null`, sorted, when parsed with [`Nulls::SetAside`].
    nulls: Vec<Cow<'a, str>>,
}

impl<'a> Members<'a> {
    /// Sorts and deduplicates members in the order given; returns whether a name repeated.
    pub fn new(mut entries: Vec<(Cow<'a, str>, Node<'a>)>, nulls: Nulls) -> (Self, bool) {
        let mut repeated = false;
        if !entries.windows(2).all(|pair| pair[0].0 < pair[1].0) {
            // Stable, so of equal names the last one given stays last.
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            repeated = entries.windows(2).any(|pair| pair[0].0 == pair[1].0);
            if repeated {
                let mut kept: Vec<(Cow<'a, str>, Node<'a>)> = Vec::with_capacity(entries.len());
                for entry in entries {
                    match kept.last_mut() {
                        Some(last) if last.0 == entry.0 => *last = entry,
                        _ => kept.push(entry),
                    }
                }
                entries = kept;
            }
        }
        let mut set_aside = Vec::new();
        if nulls == Nulls::SetAside && entries.iter().any(|(_, value)| matches!(value, Node::Null)) {
            let (null, other): (Vec<_>, Vec<_>) =
                entries.into_iter().partition(|(_, value)| matches!(value, Node::Null));
            set_aside = null.into_iter().map(|(name, _)| name).collect();
            entries = other;
        }
        (Self { entries, nulls: set_aside }, repeated)
    }

    pub fn get(&self, name: &str) -> Option<&Node<'a>> {
        Some(&self.entries[self.position(name)?].1)
    }

    /// A scan of few members compares lengths first and rarely calls `memcmp`; a search of many
    /// keeps a lookup logarithmic.
    fn position(&self, name: &str) -> Option<usize> {
        if self.entries.len() <= 8 {
            self.entries.iter().position(|(key, _)| key.as_ref() == name)
        } else {
            self.entries.binary_search_by(|(key, _)| key.as_ref().cmp(name)).ok()
        }
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(name, _)| name.as_ref())
    }

    /// Whether some member was `null`.
    pub fn has_nulls(&self) -> bool {
        !self.nulls.is_empty()
    }

    /// The names of members that were `null`, in name order.
    pub fn null_names(&self) -> impl ExactSizeIterator<Item = &str> {
        self.nulls.iter().map(AsRef::as_ref)
    }

    fn into_owned(self) -> Members<'static> {
        let owned = |name: Cow<'a, str>| Cow::Owned(name.into_owned());
        Members {
            entries: self.entries.into_iter().map(|(name, value)| (owned(name), value.into_owned())).collect(),
            nulls: self.nulls.into_iter().map(owned).collect(),
        }
    }
}

impl<'m, 'a> IntoIterator for &'m Members<'a> {
    type Item = (&'m str, &'m Node<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'m, (Cow<'a, str>, Node<'a>)>,
        fn(&'m (Cow<'a, str>, Node<'a>)) -> (&'m str, &'m Node<'a>),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(name, value)| (name.as_ref(), value))
    }
}

impl<'a> Node<'a> {
    /// The tree of a `Value`, borrowing its strings.
    pub fn from_value(value: &'a Value, nulls: Nulls) -> Self {
        match value {
            Value::Null => Node::Null,
            Value::Bool(flag) => Node::Bool(*flag),
            Value::Number(number) => Node::Number(number.clone()),
            Value::String(text) => Node::String(Cow::Borrowed(text)),
            Value::Array(items) => Node::Array(items.iter().map(|item| Node::from_value(item, nulls)).collect()),
            Value::Object(members) => {
                let entries =
                    members.iter().map(|(name, value)| (Cow::Borrowed(name.as_str()), Node::from_value(value, nulls)));
                Node::Object(Members::new(entries.collect(), nulls).0)
            }
        }
    }

    /// The same tree, owning all its strings.
    pub fn into_owned(self) -> Node<'static> {
        match self {
            Node::Null => Node::Null,
            Node::Bool(flag) => Node::Bool(flag),
            Node::Number(number) => Node::Number(number),
            Node::String(text) => Node::String(Cow::Owned(text.into_owned())),
            Node::Array(items) => Node::Array(items.into_iter().map(Node::into_owned).collect()),
            Node::Object(members) => Node::Object(members.into_owned()),
        }
    }

    /// The member `name` of an object; `None` for anything else.
    pub fn get(&self, name: &str) -> Option<&Node<'a>> {
        self.as_object()?.get(name)
    }

    /// The value at a JSON Pointer (RFC 6901), as `Value::pointer` resolves it.
    pub fn pointer(&self, pointer: &str) -> Option<&Node<'a>> {
        reference_tokens(pointer)?.try_fold(self, |node, token| match node {
            Node::Object(members) => members.get(&token),
            Node::Array(items) => array_index(&token).and_then(|index| items.get(index)),
            _ => None,
        })
    }

    /// A mutable reference to the value at a JSON Pointer.
    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Node<'a>> {
        reference_tokens(pointer)?.try_fold(self, |node, token| match node {
            Node::Object(members) => {
                let index = members.position(&token)?;
                Some(&mut members.entries[index].1)
            }
            Node::Array(items) => array_index(&token).and_then(|index| items.get_mut(index)),
            _ => None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Node<'a>>> {
        match self {
            Node::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Members<'a>> {
        match self {
            Node::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Node::Bool(flag) => Some(*flag),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.as_number()?.as_u64()
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.as_number()?.as_i64()
    }

    pub fn is_u64(&self) -> bool {
        self.as_number().is_some_and(Number::is_u64)
    }

    pub fn is_i64(&self) -> bool {
        self.as_number().is_some_and(Number::is_i64)
    }

    fn as_number(&self) -> Option<&Number> {
        match self {
            Node::Number(number) => Some(number),
            _ => None,
        }
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Node::String(_))
    }

    pub fn is_array(&self) -> bool {
        matches!(self, Node::Array(_))
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Node::Object(_))
    }

    pub fn is_boolean(&self) -> bool {
        matches!(self, Node::Bool(_))
    }
}

/// The unescaped tokens of a JSON Pointer (none for `""`); `None` when it does not start with `/`.
fn reference_tokens(pointer: &str) -> Option<impl Iterator<Item = String> + '_> {
    let rest = if pointer.is_empty() { None } else { Some(pointer.strip_prefix('/')?) };
    Some(rest.into_iter().flat_map(|rest| rest.split('/')).map(|token| token.replace("~1", "/").replace("~0", "~")))
}

/// An array index as RFC 6901 writes it: digits, without a leading zero.
fn array_index(token: &str) -> Option<usize> {
    if token.starts_with('+') || (token.starts_with('0') && token.len() > 1) {
        return None;
    }
    token.parse().ok()
}

impl Serialize for Node<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Null => serializer.serialize_unit(),
            Node::Bool(flag) => serializer.serialize_bool(*flag),
            Node::Number(number) => number.serialize(serializer),
            Node::String(text) => serializer.serialize_str(text),
            Node::Array(items) => serializer.collect_seq(items),
            Node::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (name, value) in members {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
    }
}

/// Compact JSON, as `Value` displays itself.
impl fmt::Display for Node<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        formatter.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_as_a_value_does() {
        let value = json!({"b": [1, "x", {"~a/": true}], "a": null, "c": -2.5});
        let node = Node::from_value(&value, Nulls::Keep);
        assert_eq!(node.to_string(), value.to_string());
        for pointer in ["", "/b", "/b/0", "/b/2/~0a~1", "/b/01", "/b/+1", "/a", "/c", "/x", "b"] {
            assert_eq!(node.pointer(pointer).map(ToString::to_string), value.pointer(pointer).map(ToString::to_string));
        }
        let keys: Vec<_> = node.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["a", "b", "c"]);
        assert_eq!(node.get("c").map(ToString::to_string).as_deref(), Some("-2.5"));
    }

    #[test]
    fn keeps_the_last_of_repeated_names_and_sets_nulls_aside() {
        let entries = |pairs: &[(&'static str, Node<'static>)]| {
            pairs.iter().map(|(name, value)| (Cow::Borrowed(*name), value.clone())).collect::<Vec<_>>()
        };
        let one = Node::Number(1.into());
        let (members, repeated) =
            Members::new(entries(&[("b", Node::Null), ("a", one.clone()), ("b", Node::Bool(true))]), Nulls::SetAside);
        assert!(repeated);
        assert_eq!(members.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(members.get("b"), Some(&Node::Bool(true)));
        let (members, repeated) =
            Members::new(entries(&[("z", Node::Null), ("a", one), ("m", Node::Null)]), Nulls::SetAside);
        assert!(!repeated);
        assert_eq!(members.keys().collect::<Vec<_>>(), ["a"]);
        assert_eq!(members.null_names().collect::<Vec<_>>(), ["m", "z"]);
    }
}
