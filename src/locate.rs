//! Source positions: JSON Pointers resolved to byte spans, line and column lookups, UTF-16
//! offsets for JavaScript, and duplicate keys (which the parsed tree keeps once). The index is one
//! flat pass over the text's tokens, built only when there is something to report.

use crate::check::pointer::{escape, tokens};
use crate::check::Anchor;
use crate::diagnostic::{Location, Span};
use std::borrow::Cow;
use tokens::Token;

mod borrowed;
mod tokens;
mod walk;
pub(crate) use borrowed::span as borrowed_span;
use std::collections::HashMap;

/// One value of the document, in document order: its member name (if it is one), its span, and
/// where its subtree ends, so that siblings are found by skipping whole subtrees.
struct Node {
    /// The span of the member name, quotes included.
    key: Option<Span>,
    span: Span,
    container: bool,
    /// The enclosing container and this value's position in it (the root is its own parent).
    parent: usize,
    position: usize,
    /// Index of the first node after this one's descendants.
    subtree_end: usize,
}

/// How a container's children are found by pointer token: a short list is searched, a long one
/// hashed.
enum Children<'s> {
    FewMembers(Vec<(Cow<'s, str>, usize)>),
    ManyMembers(HashMap<Cow<'s, str>, usize>),
    Elements(Vec<usize>),
}

/// Up to this many members, a linear search beats hashing.
const FEW_MEMBERS: usize = 16;

/// A payload's text with its value index and line starts.
pub(crate) struct SourceMap<'t> {
    text: &'t str,
    nodes: Vec<Node>,
}

/// Where findings are placed: a few by following each pointer through the text, more (or any in
/// a document with repeated keys, which only the index resolves as serde_json does) by the index.
pub(crate) enum Positions<'t> {
    Walk(&'t str),
    Index(SourceMap<'t>),
}

/// Up to this many findings in a text up to this size, walking to each costs less than building
/// the index; in larger texts the walks' passes over long strings cost more (BENCHMARKS.md).
const FEW_FINDINGS: usize = 4;
const WALKED_TEXT_BYTES: usize = 64 * 1024;

impl<'t> Positions<'t> {
    pub fn new(text: &'t str, findings: usize, has_duplicate_keys: bool) -> Self {
        if findings <= FEW_FINDINGS && text.len() <= WALKED_TEXT_BYTES && !has_duplicate_keys {
            Self::Walk(text)
        } else {
            Self::Index(SourceMap::new(text))
        }
    }

    /// What each pointer names, as [`SourceMap::spans`] gives it.
    pub fn spans<'p>(&self, requests: impl IntoIterator<Item = (&'p str, Anchor)>) -> Vec<Span> {
        match self {
            Self::Walk(text) => {
                requests.into_iter().map(|(pointer, anchor)| walk::span(text, pointer, anchor)).collect()
            }
            Self::Index(source) => source.spans(requests),
        }
    }

    pub fn locations(&self, spans: &[Span]) -> Vec<Location> {
        match self {
            Self::Walk(text) => walk::locations(text, spans),
            Self::Index(source) => source.locations(spans),
        }
    }

    /// Repeated keys, which only the index finds (a walk is chosen only when there are none).
    pub fn duplicate_keys(&self) -> Vec<DuplicateKey> {
        match self {
            Self::Walk(_) => Vec::new(),
            Self::Index(source) => source.duplicate_keys(),
        }
    }
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
        Self { text, nodes: index(text) }
    }

    /// The spans of what each pointer names: the value, its key, or for a missing member the
    /// nearest place that exists (the parent's key, or its opening brace). Each container on the
    /// way gets a lookup table once, so many pointers into one large array or object cost
    /// linear time in all.
    pub fn spans<'p>(&self, requests: impl IntoIterator<Item = (&'p str, Anchor)>) -> Vec<Span> {
        let mut tables = HashMap::new();
        requests.into_iter().map(|(pointer, anchor)| self.span_of(pointer, anchor, &mut tables)).collect()
    }

    /// The locations of byte spans.
    pub fn locations(&self, spans: &[Span]) -> Vec<Location> {
        walk::locations(self.text, spans)
    }

    /// The span at 1-based `line` and byte `column` as serde_json reports errors: the character
    /// there (or the end of the text).
    pub fn error_span(&self, line: usize, column: usize) -> Span {
        let mut line_starts = std::iter::once(0).chain(self.text.match_indices('\n').map(|(i, _)| i + 1));
        let line_start = line_starts.nth(line.saturating_sub(1)).unwrap_or(self.text.len());
        let line_end = self.text[line_start..].find('\n').map_or(self.text.len(), |i| line_start + i);
        let mut start = (line_start + column.saturating_sub(1)).min(line_end);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let end = self.text[start..].chars().next().map_or(start, |c| start + c.len_utf8());
        Span { start, end }
    }

    /// The children of the container node `parent`, in order.
    fn children(&self, parent: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[parent].subtree_end;
        let mut next = parent + 1;
        std::iter::from_fn(move || {
            let child = (next < end).then_some(next)?;
            next = self.nodes[child].subtree_end;
            Some(child)
        })
    }

    fn span_of<'s>(&'s self, pointer: &str, anchor: Anchor, tables: &mut HashMap<usize, Children<'s>>) -> Span {
        if self.nodes.is_empty() {
            return Span { start: 0, end: 0 };
        }
        let mut node = 0;
        for token in tokens(pointer) {
            let next = if self.nodes[node].container {
                match tables.entry(node).or_insert_with(|| self.children_table(node)) {
                    // The last of duplicate members, as serde_json keeps it.
                    Children::FewMembers(members) => {
                        members.iter().rev().find(|(name, _)| *name == token).map(|&(_, child)| child)
                    }
                    Children::ManyMembers(members) => members.get(token.as_ref()).copied(),
                    Children::Elements(elements) => token.parse::<usize>().ok().and_then(|i| elements.get(i).copied()),
                }
            } else {
                None
            };
            let Some(next) = next else { return self.fallback(node) };
            node = next;
        }
        match (anchor, self.nodes[node].key) {
            (Anchor::Key, Some(key)) => key,
            (Anchor::Missing, _) => self.fallback(node),
            _ => self.nodes[node].span,
        }
    }

    fn is_object(&self, node: usize) -> bool {
        self.nodes[node].container && self.text.as_bytes()[self.nodes[node].span.start] == b'{'
    }

    fn children_table(&self, node: usize) -> Children<'_> {
        if self.is_object(node) {
            let members: Vec<_> = self.children(node).filter_map(|child| Some((self.name(child)?, child))).collect();
            if members.len() <= FEW_MEMBERS {
                Children::FewMembers(members)
            } else {
                // Later members overwrite earlier ones: serde_json keeps the last of duplicates too.
                Children::ManyMembers(members.into_iter().collect())
            }
        } else {
            Children::Elements(self.children(node).collect())
        }
    }

    /// Where to point for something missing below `node`: the key that holds it, else its
    /// first character (the opening brace).
    fn fallback(&self, node: usize) -> Span {
        match self.nodes[node].key {
            Some(key) => key,
            None => {
                let start = self.nodes[node].span.start;
                Span { start, end: (start + 1).min(self.text.len()) }
            }
        }
    }

    /// Every key given twice in one object, in source order.
    pub fn duplicate_keys(&self) -> Vec<DuplicateKey> {
        let mut found = Vec::new();
        for object in 0..self.nodes.len() {
            if !self.is_object(object) {
                continue;
            }
            // The last occurrence of each name is the one kept; every earlier one is reported.
            let members: Vec<_> =
                self.children(object).filter_map(|child| Some((self.name(child)?, self.nodes[child].key?))).collect();
            let mut last: HashMap<&str, Span> = HashMap::new();
            for (name, span) in &members {
                last.insert(name, *span);
            }
            for (name, ignored) in &members {
                let kept = last[name.as_ref()];
                if kept != *ignored {
                    let pointer = format!("{}/{}", self.pointer_of(object), escape(name));
                    found.push(DuplicateKey { pointer, name: name.to_string(), ignored: *ignored, kept });
                }
            }
        }
        found
    }

    /// The member name of a node, if it is a member.
    fn name(&self, node: usize) -> Option<Cow<'t, str>> {
        self.nodes[node].key.map(|key| name(&self.text[key.start..key.end]))
    }

    /// The pointer of a node, rebuilt by walking up to the root.
    fn pointer_of(&self, mut node: usize) -> String {
        let mut steps = Vec::new();
        while node != 0 {
            let current = &self.nodes[node];
            steps.push(match self.name(node) {
                Some(name) => Cow::Owned(escape(&name).into_owned()),
                None => Cow::Owned(current.position.to_string()),
            });
            node = current.parent;
        }
        steps.iter().rev().fold(String::new(), |pointer, step| pointer + "/" + step)
    }
}

/// Indexes every value of a document that serde_json has already accepted, in one pass over its
/// tokens without recursion. Returns no nodes if the scanner disagrees.
fn index(text: &str) -> Vec<Node> {
    // A guess of one value per 16 bytes of text spares most regrowths (BENCHMARKS.md).
    let mut nodes: Vec<Node> = Vec::with_capacity(text.len() / 16 + 4);
    // Open containers, with how many values each holds so far.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut expect_key = false;
    let mut key: Option<Span> = None;
    for (token, start, end) in tokens::tokens(text) {
        let span = Span { start, end };
        match token {
            Token::String if expect_key => {
                key = Some(span);
                expect_key = false;
            }
            Token::Colon => {}
            Token::Comma => {
                expect_key = open.last().is_some_and(|&(i, _)| text.as_bytes()[nodes[i].span.start] == b'{')
            }
            Token::CloseBrace | Token::CloseBracket => {
                let Some((container, _)) = open.pop() else { return Vec::new() };
                nodes[container].span.end = span.end;
                nodes[container].subtree_end = nodes.len();
                expect_key = false;
            }
            _ => {
                let (parent, position) = match open.last_mut() {
                    Some((parent, count)) => {
                        *count += 1;
                        (*parent, *count - 1)
                    }
                    None => (0, 0),
                };
                let container = matches!(token, Token::OpenBrace | Token::OpenBracket);
                let subtree_end = nodes.len() + 1;
                if container {
                    open.push((nodes.len(), 0));
                }
                nodes.push(Node { key: key.take(), span, container, parent, position, subtree_end });
                expect_key = matches!(token, Token::OpenBrace);
            }
        }
    }
    if open.is_empty() {
        nodes
    } else {
        Vec::new()
    }
}

/// A member name from its quoted text: the content itself unless it holds escapes.
fn name(quoted: &str) -> Cow<'_, str> {
    let content = &quoted[1..quoted.len() - 1];
    if content.contains('\\') {
        serde_json::from_str::<String>(quoted).map_or(Cow::Borrowed(content), Cow::Owned)
    } else {
        Cow::Borrowed(content)
    }
}

/// Converts byte offsets into `text` to UTF-16 code-unit offsets (what JavaScript strings index),
/// in one pass over the text.
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
        let requests =
            [("/a/b/1", Anchor::Value), ("/a2", Anchor::Key), ("/a/c", Anchor::Missing), ("/zzz", Anchor::Missing)];
        let spans = map.spans(requests);
        let locations = map.locations(&spans);
        let slice = |i: usize| &text[spans[i].start..spans[i].end];
        assert_eq!((slice(0), slice(1), slice(2)), ("\"é\"", "\"a2\"", "\"a\""));
        assert_eq!((locations[0].line, locations[0].column, locations[0].end_column), (2, 18, 21));
        assert_eq!((locations[1].line, locations[1].column), (3, 3));
        assert_eq!(spans[3], Span { start: 0, end: 1 });
    }

    #[test]
    fn resolves_the_last_of_duplicate_members_in_short_and_long_objects() {
        for members in [3, 40] {
            let others: String = (0..members).map(|i| format!("\"k{i}\": {i}, ")).collect();
            let text = format!("{{\"d\": 1, {others}\"d\": 2}}");
            let map = SourceMap::new(&text);
            let span = map.spans([("/d", Anchor::Value)])[0];
            assert_eq!(&text[span.start..span.end], "2", "{members} members");
        }
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
