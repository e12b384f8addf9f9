//! Positions for a few findings without an index: each pointer is followed through the text,
//! member by member, skipping whole the values off its path, and lines and columns come from one
//! sweep up to the last offset (which the index uses too). For a payload with one or two findings
//! this costs a fraction of building the index (BENCHMARKS.md); it gives the same spans as
//! [`SourceMap`](super::SourceMap) for any document without repeated keys, which the tests check
//! on every fixture.

use super::name;
use super::tokens::string_end;
use crate::check::pointer::tokens;
use crate::check::Anchor;
use crate::diagnostic::{Location, Span};
use crate::words::{bytes_equal, count_bytes as count, first_flagged, word_at};

/// The span a pointer names, as `SourceMap::spans` gives it, in a text serde_json accepted.
pub(crate) fn span(text: &str, pointer: &str, anchor: Anchor) -> Span {
    let bytes = text.as_bytes();
    let start = skip_whitespace(bytes, 0);
    if start >= bytes.len() {
        return Span { start: 0, end: 0 };
    }
    // The current value: its key (if a member) and where it starts.
    let (mut key, mut at) = (None, start);
    for token in tokens(pointer) {
        let child = match bytes[at] {
            b'{' => member(text, at, &token),
            b'[' => token.parse::<usize>().ok().and_then(|index| element(bytes, at, index)),
            _ => None,
        };
        let Some((child_key, child_at)) = child else { return fallback(text, key, at) };
        (key, at) = (child_key, child_at);
    }
    match (anchor, key) {
        (Anchor::Key, Some(key)) => key,
        (Anchor::Missing, _) => fallback(text, key, at),
        _ => Span { start: at, end: value_end(bytes, at) },
    }
}

/// Where to point for something missing below a value: its key, else its first character.
fn fallback(text: &str, key: Option<Span>, at: usize) -> Span {
    key.unwrap_or(Span { start: at, end: (at + 1).min(text.len()) })
}

/// The member named `wanted` of the object at `at`: its key's span and where its value starts.
fn member(text: &str, at: usize, wanted: &str) -> Option<(Option<Span>, usize)> {
    let bytes = text.as_bytes();
    let mut cursor = skip_whitespace(bytes, at + 1);
    while bytes.get(cursor) == Some(&b'"') {
        let key_end = string_end(bytes, cursor + 1)?;
        let value_at = skip_whitespace(bytes, skip_whitespace(bytes, key_end) + 1);
        if name(&text[cursor..key_end]) == wanted {
            return Some((Some(Span { start: cursor, end: key_end }), value_at));
        }
        cursor = next_item(bytes, value_at)?;
    }
    None
}

/// The element `index` of the array at `at`.
fn element(bytes: &[u8], at: usize, index: usize) -> Option<(Option<Span>, usize)> {
    let mut cursor = skip_whitespace(bytes, at + 1);
    if bytes.get(cursor) == Some(&b']') {
        return None;
    }
    for _ in 0..index {
        cursor = next_item(bytes, cursor)?;
    }
    (cursor < bytes.len()).then_some((None, cursor))
}

/// From a value in a container, the start of the next item, or `None` after the last one.
fn next_item(bytes: &[u8], value_at: usize) -> Option<usize> {
    let after = skip_whitespace(bytes, value_end(bytes, value_at));
    (bytes.get(after) == Some(&b',')).then(|| skip_whitespace(bytes, after + 1))
}

/// The end of the value starting at `at`.
fn value_end(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b'"') => string_end(bytes, at + 1).unwrap_or(bytes.len()),
        Some(b'{' | b'[') => {
            let (mut depth, mut cursor) = (0usize, at);
            while let Some(&byte) = bytes.get(cursor) {
                if let Some(skip) = plain_bytes(bytes, cursor) {
                    cursor += skip;
                    continue;
                }
                match byte {
                    b'"' => {
                        cursor = string_end(bytes, cursor + 1).unwrap_or(bytes.len());
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return cursor + 1;
                        }
                    }
                    _ => {}
                }
                cursor += 1;
            }
            bytes.len()
        }
        _ => {
            let rest = bytes.get(at..).unwrap_or_default();
            at + rest.iter().position(|b| b"{}[]:,\" \t\n\r".contains(b)).unwrap_or(rest.len())
        }
    }
}

/// How many bytes from `at` are neither a quote nor a bracket, when some are: found from the
/// mask of the eight bytes there. A quote or bracket is a byte that is `"`, or that is `{` or
/// `}` once bit 5 is set (which makes `[` and `]` of them, and nothing else).
fn plain_bytes(bytes: &[u8], at: usize) -> Option<usize> {
    let word = word_at(bytes, at)?;
    let folded = word | 0x2020_2020_2020_2020;
    let stops = bytes_equal(word, b'"') | bytes_equal(folded, b'{') | bytes_equal(folded, b'}');
    let plain = if stops == 0 { 8 } else { first_flagged(stops) };
    (plain > 0).then_some(plain)
}

fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
        at += 1;
    }
    at
}

/// The locations of byte spans (1-based lines, and columns in characters), from one sweep over
/// the text up to the last offset.
pub(crate) fn locations(text: &str, spans: &[Span]) -> Vec<Location> {
    let bytes = text.as_bytes();
    let offsets: Vec<usize> = spans.iter().flat_map(|span| [span.start, span.end]).collect();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut line_columns = vec![(1, 1); offsets.len()];
    // The line so far, and the characters between its start and `swept`.
    let (mut line, mut swept, mut chars) = (1, 0, 0);
    for i in order {
        let offset = offsets[i].min(bytes.len()).max(swept);
        let segment = &bytes[swept..offset];
        let newlines = count(segment, |byte| byte == b'\n');
        // Searching for the last newline only when there is one: a long line is not scanned twice.
        let last_newline = if newlines == 0 { None } else { segment.iter().rposition(|&byte| byte == b'\n') };
        let counted_from = match last_newline {
            Some(last) => {
                (line, chars) = (line + newlines, 0);
                &segment[last + 1..]
            }
            None => segment,
        };
        // Characters are the bytes that do not continue a UTF-8 sequence.
        chars += count(counted_from, |byte| byte & 0xC0 != 0x80);
        swept = offset;
        line_columns[i] = (line, chars + 1);
    }
    spans
        .iter()
        .enumerate()
        .map(|(i, &span)| {
            let ((line, column), (end_line, end_column)) = (line_columns[2 * i], line_columns[2 * i + 1]);
            Location { span, line, column, end_line, end_column }
        })
        .collect()
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::SourceMap;
    use super::*;
    use std::path::Path;

    /// The texts of the JSON files under `dir`, for the tests that compare spans on every fixture.
    pub(in crate::locate) fn json_files(dir: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("a readable directory").flatten() {
            let path = entry.path();
            if path.is_dir() {
                json_files(&path, found);
            } else if path.extension().is_some_and(|extension| extension == "json") {
                found.extend(std::fs::read_to_string(&path));
            }
        }
    }

    /// Every value of every fixture, its key and a missing member below it: the walk and the
    /// index agree on each, and the sweep's lines and columns are those counted from the start.
    #[test]
    fn walking_gives_the_indexes_spans_and_counted_locations_on_every_fixture() {
        let mut texts = Vec::new();
        json_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"), &mut texts);
        texts.push("  \"root\" ".into());
        texts.push("{\"a\": [1, {\"b~/c\": [[], {}]}], \"é\\u00e9\": \"x\\\"y\"}\n".into());
        let mut compared = 0;
        // Each pointer is a walk from the root: the large inputs would make this quadratic test slow.
        let small = |text: &&String| text.len() <= 16 * 1024 && serde_json::from_str::<serde_json::Value>(text).is_ok();
        for text in texts.iter().filter(small) {
            let index = SourceMap::new(text);
            if !index.duplicate_keys().is_empty() {
                continue;
            }
            let mut pointers: Vec<String> = (0..index.nodes.len()).map(|node| index.pointer_of(node)).collect();
            let below: Vec<String> =
                pointers.iter().flat_map(|p| [format!("{p}/zzz"), format!("{p}/0"), format!("{p}/9")]).collect();
            pointers.extend(below);
            let requests: Vec<(&str, Anchor)> = pointers
                .iter()
                .flat_map(|pointer| {
                    [Anchor::Value, Anchor::Key, Anchor::Missing].map(|anchor| (pointer.as_str(), anchor))
                })
                .collect();
            let indexed = index.spans(requests.iter().copied());
            for (&(pointer, anchor), expected) in requests.iter().zip(indexed) {
                assert_eq!(span(text, pointer, anchor), expected, "{pointer} in {text}");
                compared += 1;
            }
            let spans: Vec<Span> =
                index.nodes.iter().map(|node| node.span).chain([Span { start: text.len(), end: text.len() }]).collect();
            let naive = |offset: usize| {
                let before = &text[..offset];
                let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
                (before.matches('\n').count() + 1, text[line_start..offset].chars().count() + 1)
            };
            for location in locations(text, &spans) {
                let (start, end) = (naive(location.span.start), naive(location.span.end));
                assert_eq!(((location.line, location.column), (location.end_line, location.end_column)), (start, end));
            }
        }
        assert!(compared > 10_000, "only {compared} pointers compared");
    }
}
