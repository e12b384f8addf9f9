//! The document the rules read: a tree whose strings borrow from the input unless they hold
//! escapes, and whose objects are arrays of members. It answers the few questions the
//! rules ask (`get`, `as_str`, `as_array`, …) with the meaning `serde_json::Value` gives them, so
//! a payload parsed here and one converted from a `Value` go through the same checks.

use crate::check::pointer::tokens;
use crate::words::word_at;
use bumpalo::collections::Vec as ArenaVec;
use bumpalo::Bump;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Number, Value};
use std::borrow::Cow;
use std::fmt;

/// Where a document's arrays, objects and escaped strings live: one allocation freed at once
/// when the lint ends, so the tree needs no walk to drop.
pub(crate) type Arena = Bump;

/// One JSON value of the document.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(&'a str),
    Array(&'a [Node<'a>]),
    Object(&'a Members<'a>),
}

/// Whether `null` object members stay in the tree or are set aside (§1: the API ignores them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Nulls {
    Keep,
    SetAside,
}

/// The members of an object with each name once (the last value given wins, as in
/// `serde_json::Value`). Up to [`FEW_MEMBERS`] stay in the order given and are found by a scan,
/// which compares lengths first and rarely calls `memcmp`; more are sorted by name, so that a
/// lookup in a large object is a binary search.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Members<'a> {
    entries: &'a [(&'a str, Node<'a>)],
    /// Names whose value was `null`, when parsed with [`Nulls::SetAside`].
    nulls: &'a [&'a str],
}

/// Whether two member names are equal. Names are short, so those of up to 16 bytes are compared
/// as two overlapping words, inline: a call to `memcmp` for each candidate measured a twentieth
/// of a small payload's lint (BENCHMARKS.md).
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    match a.len() {
        0 => true,
        1..=7 => a.iter().zip(b).all(|(x, y)| x == y),
        8..=16 => {
            let last = a.len() - 8;
            word_at(a, 0) == word_at(b, 0) && word_at(a, last) == word_at(b, last)
        }
        _ => a == b,
    }
}

/// Objects up to this size are not sorted: sorting them measured a tenth of a small payload's
/// lint (BENCHMARKS.md), and scanning them is as fast as a binary search.
const FEW_MEMBERS: usize = 8;

impl<'a> Members<'a> {
    /// Keeps the last of each repeated name; returns whether a name repeated. The members live
    /// in the arena and the tree holds a reference, so a node stays three words.
    pub fn new(arena: &'a Arena, entries: &'a mut [(&'a str, Node<'a>)], nulls: Nulls) -> (&'a Self, bool) {
        let (entries, repeated) = if entries.len() <= FEW_MEMBERS { last_of_each(entries) } else { sorted(entries) };
        if nulls == Nulls::SetAside && entries.iter().any(|(_, value)| matches!(value, Node::Null)) {
            let mut names = ArenaVec::new_in(arena);
            let mut others = ArenaVec::new_in(arena);
            for (name, value) in entries.iter() {
                match value {
                    Node::Null => names.push(*name),
                    _ => others.push((*name, value.clone())),
                }
            }
            let (names, others) = (names.into_bump_slice(), others.into_bump_slice());
            return (arena.alloc(Self { entries: others, nulls: names }), repeated);
        }
        (arena.alloc(Self { entries, nulls: &[] }), repeated)
    }

    pub fn get(&self, name: &str) -> Option<&'a Node<'a>> {
        Some(&self.entries[self.position(name)?].1)
    }

    /// The member `name` as given: its name as the document spells it, and its value.
    pub fn entry(&self, name: &str) -> Option<(&'a str, &'a Node<'a>)> {
        let (key, value) = &self.entries[self.position(name)?];
        Some((key, value))
    }

    fn position(&self, name: &str) -> Option<usize> {
        if self.entries.len() <= FEW_MEMBERS {
            self.entries.iter().position(|(key, _)| same_name(key, name))
        } else {
            self.entries.binary_search_by(|(key, _)| (*key).cmp(name)).ok()
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

    pub fn keys(&self) -> impl Iterator<Item = &'a str> {
        self.entries.iter().map(|(name, _)| *name)
    }

    /// Whether some member was `null`.
    pub fn has_nulls(&self) -> bool {
        !self.nulls.is_empty()
    }

    /// The names of members that were `null`, in the order of the members.
    pub fn null_names(&self) -> impl ExactSizeIterator<Item = &'a str> {
        self.nulls.iter().copied()
    }
}

/// A few members in the order given, without those whose name comes again later.
fn last_of_each<'e, 'a>(entries: &'e mut [(&'a str, Node<'a>)]) -> (&'e [(&'a str, Node<'a>)], bool) {
    let repeated_at = |entries: &[(&str, Node)], index: usize| {
        entries[index + 1..].iter().any(|(later, _)| *later == entries[index].0)
    };
    if !(0..entries.len()).any(|index| repeated_at(entries, index)) {
        return (entries, false);
    }
    let mut kept = 0;
    for index in 0..entries.len() {
        if !repeated_at(entries, index) {
            entries.swap(kept, index);
            kept += 1;
        }
    }
    (&entries[..kept], true)
}

/// Many members sorted by name, each name once with its last value.
fn sorted<'e, 'a>(entries: &'e mut [(&'a str, Node<'a>)]) -> (&'e [(&'a str, Node<'a>)], bool) {
    // Stable, so of equal names the last one given stays last.
    entries.sort_by(|a, b| a.0.cmp(b.0));
    if !entries.windows(2).any(|pair| pair[0].0 == pair[1].0) {
        return (entries, false);
    }
    let mut kept = 0;
    for index in 0..entries.len() {
        if kept > 0 && entries[kept - 1].0 == entries[index].0 {
            entries.swap(kept - 1, index);
        } else {
            entries.swap(kept, index);
            kept += 1;
        }
    }
    (&entries[..kept], true)
}

impl<'a> IntoIterator for &Members<'a> {
    type Item = (&'a str, &'a Node<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (&'a str, Node<'a>)>,
        fn(&'a (&'a str, Node<'a>)) -> (&'a str, &'a Node<'a>),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(name, value)| (*name, value))
    }
}

impl<'a> Node<'a> {
    /// The tree of a `Value`, borrowing its strings.
    pub fn from_value(value: &'a Value, arena: &'a Arena, nulls: Nulls) -> Self {
        match value {
            Value::Null => Node::Null,
            Value::Bool(flag) => Node::Bool(*flag),
            Value::Number(number) => Node::Number(number.clone()),
            Value::String(text) => Node::String(text),
            Value::Array(items) => {
                Node::Array(arena.alloc_slice_fill_iter(items.iter().map(|item| Node::from_value(item, arena, nulls))))
            }
            Value::Object(members) => {
                let entries =
                    members.iter().map(|(name, value)| (name.as_str(), Node::from_value(value, arena, nulls)));
                Node::Object(Members::new(arena, arena.alloc_slice_fill_iter(entries), nulls).0)
            }
        }
    }

    /// A copy of the tree with the value at a JSON Pointer replaced (the path to it copied into
    /// the arena, the rest shared); `None` when nothing is there.
    pub fn replaced(&self, arena: &'a Arena, pointer: &str, new: Node<'a>) -> Option<Node<'a>> {
        let tokens: Vec<Cow<str>> = reference_tokens(pointer)?.collect();
        self.replaced_along(arena, &tokens, new)
    }

    fn replaced_along(&self, arena: &'a Arena, tokens: &[Cow<str>], new: Node<'a>) -> Option<Node<'a>> {
        let Some((token, rest)) = tokens.split_first() else { return Some(new) };
        match self {
            Node::Object(members) => {
                let index = members.position(token)?;
                let child = members.entries[index].1.replaced_along(arena, rest, new)?;
                let entries = arena.alloc_slice_clone(members.entries);
                entries[index].1 = child;
                Some(Node::Object(arena.alloc(Members { entries, nulls: members.nulls })))
            }
            Node::Array(items) => {
                let index = array_index(token)?;
                let child = items.get(index)?.replaced_along(arena, rest, new)?;
                let items = arena.alloc_slice_clone(items);
                items[index] = child;
                Some(Node::Array(items))
            }
            _ => None,
        }
    }

    /// The member `name` of an object; `None` for anything else.
    pub fn get(&self, name: &str) -> Option<&'a Node<'a>> {
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

    pub fn as_str(&self) -> Option<&'a str> {
        match self {
            Node::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&'a [Node<'a>]> {
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
fn reference_tokens(pointer: &str) -> Option<impl Iterator<Item = Cow<'_, str>>> {
    (pointer.is_empty() || pointer.starts_with('/')).then(|| tokens(pointer))
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
            Node::Array(items) => serializer.collect_seq(items.iter()),
            Node::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (name, value) in *members {
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
        let arena = Arena::new();
        let node = Node::from_value(&value, &arena, Nulls::Keep);
        assert_eq!(node.to_string(), value.to_string());
        for pointer in ["", "/b", "/b/0", "/b/2/~0a~1", "/b/01", "/b/+1", "/a", "/c", "/x", "b"] {
            assert_eq!(node.pointer(pointer).map(ToString::to_string), value.pointer(pointer).map(ToString::to_string));
        }
        let keys: Vec<_> = node.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["a", "b", "c"]);
        assert_eq!(node.get("c").map(ToString::to_string).as_deref(), Some("-2.5"));
    }

    #[test]
    fn replaces_a_value_and_shares_the_rest() {
        let value = json!({"a": {"b": ["x", "y"]}, "c": 1});
        let arena = Arena::new();
        let node = Node::from_value(&value, &arena, Nulls::Keep);
        let replaced = node.replaced(&arena, "/a/b/1", Node::Bool(true)).unwrap();
        assert_eq!(replaced.to_string(), r#"{"a":{"b":["x",true]},"c":1}"#);
        assert_eq!(node.to_string(), value.to_string());
        assert!(node.replaced(&arena, "/a/z", Node::Null).is_none());
        assert!(node.replaced(&arena, "/c/0", Node::Null).is_none());
    }

    #[test]
    fn keeps_the_last_of_repeated_names_and_sets_nulls_aside() {
        let arena = Arena::new();
        let entries = |pairs: &[(&'static str, Node<'static>)]| arena.alloc_slice_clone(pairs);
        let one = Node::Number(1.into());
        let (members, repeated) = Members::new(
            &arena,
            entries(&[("b", Node::Null), ("a", one.clone()), ("b", Node::Bool(true))]),
            Nulls::SetAside,
        );
        assert!(repeated);
        assert_eq!(members.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(members.get("b"), Some(&Node::Bool(true)));
        let (members, repeated) =
            Members::new(&arena, entries(&[("z", Node::Null), ("a", one), ("m", Node::Null)]), Nulls::SetAside);
        assert!(!repeated);
        assert_eq!(members.keys().collect::<Vec<_>>(), ["a"]);
        assert_eq!(members.null_names().collect::<Vec<_>>(), ["z", "m"]);
    }

    #[test]
    fn sorts_many_members_and_keeps_few_in_order() {
        let arena = Arena::new();
        let names = ["j", "i", "h", "g", "f", "e", "d", "c", "b", "a"];
        for count in [FEW_MEMBERS - 1, FEW_MEMBERS + 1] {
            let mut pairs: Vec<_> = names[..count].iter().map(|&name| (name, Node::Bool(false))).collect();
            pairs.push((names[1], Node::Bool(true)));
            let (members, repeated) = Members::new(&arena, arena.alloc_slice_clone(&pairs), Nulls::Keep);
            assert!(repeated);
            let mut expected: Vec<_> = names[..count].iter().copied().filter(|&name| name != names[1]).collect();
            expected.push(names[1]);
            if pairs.len() > FEW_MEMBERS {
                expected.sort_unstable();
            }
            assert_eq!(members.keys().collect::<Vec<_>>(), expected);
            assert!(names[..count].iter().all(|name| members.contains_key(name)));
            assert_eq!(members.get(names[1]), Some(&Node::Bool(true)));
        }
    }
}
