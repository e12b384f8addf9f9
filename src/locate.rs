//! Source positions: JSON Pointers resolved to byte spans through a span-preserving parse, line
//! and column lookups, UTF-16 offsets for JavaScript, and duplicate keys (which a `Value` hides).
//! Built only when there is something to report.

use crate::check::pointer::tokens;
use crate::check::Anchor;
use crate::diagnostic::{Location, Span};
use jsonc_parser::ast::{ObjectProp, Value as Node};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, CommentCollectionStrategy, ParseOptions};

/// A payload's text with its syntax tree and line starts.
pub(crate) struct SourceMap<'t> {
    text: &'t str,
    root: Option<Node<'t>>,
    line_starts: Vec<usize>,
}

/// A key given twice in one object.
pub(crate) struct DuplicateKey {
    /// The pointer both members share.
    pub pointer: String,
    pub name: String,
    /// The earlier key, whose value is ignored.
    pub ignored: Span,
    /// The later key, whose value is read.
    pub kept: Span,
}

impl<'t> SourceMap<'t> {
    pub fn new(text: &'t str) -> Self {
        let collect = CollectOptions { comments: CommentCollectionStrategy::Off, tokens: false };
        let strict = ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
            allow_missing_commas: false,
            allow_single_quoted_strings: false,
            allow_hexadecimal_numbers: false,
            allow_unary_plus_numbers: false,
            allow_bare_decimal_point_numbers: false,
            allow_non_finite_numbers: false,
            allow_extended_string_escapes: false,
        };
        let root = jsonc_parser::parse_to_ast(text, &collect, &strict).ok().and_then(|result| result.value);
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Self { text, root, line_starts }
    }

    /// The location of what `pointer` names: the value, its key, or for a missing member the
    /// nearest place that exists (the parent's key, or its opening brace).
    pub fn locate(&self, pointer: &str, anchor: Anchor) -> Location {
        self.location(self.span_of(pointer, anchor))
    }

    /// The location of a byte span.
    pub fn location(&self, span: Span) -> Location {
        let (line, column) = self.line_column(span.start);
        let (end_line, end_column) = self.line_column(span.end);
        Location { span, line, column, end_line, end_column }
    }

    /// The span at 1-based `line` and byte `column` as serde_json reports errors: the character
    /// there (or the end of the text).
    pub fn error_span(&self, line: usize, column: usize) -> Span {
        let line_start = self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(self.text.len());
        let line_end = self.text[line_start..].find('\n').map_or(self.text.len(), |i| line_start + i);
        let mut start = (line_start + column.saturating_sub(1)).min(line_end);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let end = self.text[start..].chars().next().map_or(start, |c| start + c.len_utf8());
        Span { start, end }
    }

    fn span_of(&self, pointer: &str, anchor: Anchor) -> Span {
        let Some(root) = &self.root else { return Span { start: 0, end: 0 } };
        let mut node = root;
        let mut last_prop: Option<&ObjectProp> = None;
        for token in tokens(pointer) {
            let next = match node {
                Node::Object(object) => {
                    // serde_json keeps the last of duplicate members: point at the same one.
                    let prop = object.properties.iter().rev().find(|prop| prop.name.as_str() == token);
                    prop.map(|prop| (&prop.value, Some(prop)))
                }
                Node::Array(array) => token.parse::<usize>().ok().and_then(|i| array.elements.get(i)).map(|value| (value, None)),
                _ => None,
            };
            let Some((value, prop)) = next else {
                return fallback(node, last_prop);
            };
            node = value;
            last_prop = prop;
        }
        match (anchor, last_prop) {
            (Anchor::Key, Some(prop)) => span(prop.name.range()),
            (Anchor::Missing, _) => fallback(node, last_prop),
            _ => span(node.range()),
        }
    }

    fn line_column(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let column = self.text.get(line_start..offset).map_or(1, |before| before.chars().count() + 1);
        (line, column)
    }

    /// Every key given twice in one object, in source order.
    pub fn duplicate_keys(&self) -> Vec<DuplicateKey> {
        let mut found = Vec::new();
        if let Some(root) = &self.root {
            collect_duplicates(root, &mut String::new(), &mut found);
        }
        found
    }
}

/// Where to point for something missing below `node`: the key that holds `node`, else its first
/// character (the opening brace).
fn fallback(node: &Node, holder: Option<&ObjectProp>) -> Span {
    match holder {
        Some(prop) => span(prop.name.range()),
        None => {
            let start = node.range().start;
            Span { start, end: start + 1 }
        }
    }
}

fn span(range: jsonc_parser::common::Range) -> Span {
    Span { start: range.start, end: range.end }
}

fn collect_duplicates(node: &Node, pointer: &mut String, found: &mut Vec<DuplicateKey>) {
    let restore = pointer.len();
    match node {
        Node::Object(object) => {
            for (index, prop) in object.properties.iter().enumerate() {
                let name = prop.name.as_str();
                pointer.push('/');
                pointer.push_str(&name.replace('~', "~0").replace('/', "~1"));
                if let Some(later) = object.properties[index + 1..].iter().find(|other| other.name.as_str() == name) {
                    let ignored = span(prop.name.range());
                    found.push(DuplicateKey { pointer: pointer.clone(), name: name.to_owned(), ignored, kept: span(later.name.range()) });
                }
                collect_duplicates(&prop.value, pointer, found);
                pointer.truncate(restore);
            }
        }
        Node::Array(array) => {
            for (index, element) in array.elements.iter().enumerate() {
                pointer.push('/');
                pointer.push_str(&index.to_string());
                collect_duplicates(element, pointer, found);
                pointer.truncate(restore);
            }
        }
        _ => {}
    }
}

/// Converts byte offsets into `text` to UTF-16 code-unit offsets, in one pass over the text.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by the wasm binding
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut result = vec![0; byte_offsets.len()];
    let (mut byte, mut units) = (0, 0);
    let mut chars = text.chars();
    for i in order {
        let target = byte_offsets[i].min(text.len());
        while byte < target {
            let Some(c) = chars.next() else { break };
            byte += c.len_utf8();
            units += c.len_utf16();
        }
        result[i] = units;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_values_keys_and_missing_members() {
        let text = "{\n  \"a\": {\"b\": [1, \"é\"]},\n  \"a2\": 3\n}";
        let map = SourceMap::new(text);
        let value = map.locate("/a/b/1", Anchor::Value);
        assert_eq!(&text[value.span.start..value.span.end], "\"é\"");
        assert_eq!((value.line, value.column), (2, 18));
        let key = map.locate("/a2", Anchor::Key);
        assert_eq!(&text[key.span.start..key.span.end], "\"a2\"");
        let missing = map.locate("/a/c", Anchor::Missing);
        assert_eq!(&text[missing.span.start..missing.span.end], "\"a\"");
        assert_eq!(map.locate("/zzz", Anchor::Missing).span, Span { start: 0, end: 1 });
    }

    #[test]
    fn finds_duplicate_keys() {
        let text = r#"{"x": [{"k": 1, "k": 2}]}"#;
        let duplicates = SourceMap::new(text).duplicate_keys();
        assert_eq!(duplicates.len(), 1);
        assert_eq!(duplicates[0].pointer, "/x/0/k");
        assert_eq!(&text[duplicates[0].kept.start..duplicates[0].kept.end], "\"k\"");
    }

    #[test]
    fn converts_byte_offsets_to_utf16() {
        let text = "a👍é b";
        assert_eq!(utf16_offsets(text, &[text.len(), 0, 5, 7]), vec![6, 0, 3, 4]);
    }

    #[test]
    fn error_span_is_on_character_boundaries() {
        let text = "{\"é\" 1}";
        let map = SourceMap::new(text);
        let span = map.error_span(1, 7);
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
}
