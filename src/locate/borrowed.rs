//! Spans read from the tree instead of the text: a string the reader borrowed from the text (one
//! without escapes) is a slice of it, so it knows where it is, and so does a member name. Most
//! findings point at one of those (a text over its limit, a value not allowed, an unknown
//! member), and they need neither a walk through the text nor the index.

use crate::check::pointer::tokens;
use crate::check::Anchor;
use crate::diagnostic::Span;
use crate::node::Node;

/// The span of the string value, or of the member name, a pointer names in the tree `root` read
/// from `text`, as the walk and the index give it; `None` when it is neither borrowed from
/// `text` (escaped, or not a string) nor there at all, and the walk or the index is to say.
pub(crate) fn span(text: &str, root: &Node, pointer: &str, anchor: Anchor) -> Option<Span> {
    if anchor == Anchor::Missing {
        return None;
    }
    let (mut node, mut key) = (root, None);
    for token in tokens(pointer) {
        (key, node) = match node {
            // The last of repeated members, as the tree and the index keep it.
            Node::Object(members) => {
                let (name, value) = members.entry(&token)?;
                (Some(name), value)
            }
            // Parsed as the walk and the index parse it.
            Node::Array(items) => (None, items.get(token.parse::<usize>().ok()?)?),
            _ => return None,
        };
    }
    match (anchor, key) {
        (Anchor::Key, Some(name)) => quoted(text, name),
        _ => quoted(text, node.as_str()?),
    }
}

/// The span of `inner` with its quotes, when it is a slice of `text` between two quotes.
fn quoted(text: &str, inner: &str) -> Option<Span> {
    let start = (inner.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let end = start.checked_add(inner.len())?;
    let bytes = text.as_bytes();
    let between_quotes = start > 0 && bytes.get(start - 1) == Some(&b'"') && bytes.get(end) == Some(&b'"');
    between_quotes.then_some(Span { start: start - 1, end: end + 1 })
}

#[cfg(test)]
mod tests {
    use super::super::walk::tests::json_files;
    use super::super::SourceMap;
    use super::*;
    use crate::node::{Arena, Nulls};
    use crate::parse::parse;
    use std::path::Path;

    /// Every value and key of every fixture (repeated keys, escapes and nulls included): where
    /// the tree gives a span, the index gives the same.
    #[test]
    fn the_trees_spans_are_the_indexes_on_every_fixture() {
        let mut texts = Vec::new();
        json_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"), &mut texts);
        texts.push("  \"root\" ".into());
        texts.push(
            "{\"a\": [1, {\"b~/c\": [\"\", {}]}], \"é\\u00e9\": \"x\\\"y\", \"a\": \"again\", \"n\": null}\n".into(),
        );
        let (mut compared, mut from_tree) = (0, 0);
        for text in texts.iter().filter(|text| text.len() <= 256 * 1024) {
            let arena = Arena::new();
            let Ok(parsed) = parse(text, &arena, Nulls::SetAside) else { continue };
            let index = SourceMap::new(text);
            let pointers: Vec<String> = (0..index.nodes.len()).map(|node| index.pointer_of(node)).collect();
            let requests: Vec<(&str, Anchor)> = pointers
                .iter()
                .flat_map(|pointer| {
                    [Anchor::Value, Anchor::Key, Anchor::Missing].map(|anchor| (pointer.as_str(), anchor))
                })
                .collect();
            let indexed = index.spans(requests.iter().copied());
            for (&(pointer, anchor), expected) in requests.iter().zip(indexed) {
                if let Some(found) = span(text, &parsed.value, pointer, anchor) {
                    assert_eq!(found, expected, "{pointer} ({anchor:?}) in {text}");
                    from_tree += 1;
                }
                compared += 1;
            }
        }
        assert!(from_tree > 5_000 && from_tree < compared, "{from_tree} of {compared} spans from the tree");
    }
}
