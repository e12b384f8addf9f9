//! A direct reader of JSON text into the arena tree, for the common case: no visitor calls, and
//! strings skipped eight bytes at a time. It is strict, and it answers `None` to anything it is
//! not sure to read exactly as serde_json does (a syntax error, a lone surrogate, deep nesting);
//! the caller then parses with serde_json, which gives the tree or the error message.

use super::Parsed;
use crate::node::{Arena, Members, Node, Nulls};
use crate::words::{bytes_below, bytes_equal, first_flagged, word_at};
use bumpalo::collections::{String as ArenaString, Vec as ArenaVec};
use serde_json::Number;

/// Deeper documents go to serde_json, whose recursion limit decides (`MAX_DEPTH`).
const DIRECT_DEPTH: usize = 100;

/// Room reserved in a container that is not empty: growing from one, each growth a copy in the
/// arena, measured a tenth slower on small payloads, and more room a little faster but with a
/// tree of many one-member objects up to 32 times the size of its text (BENCHMARKS.md).
const ELEMENTS_AT_FIRST: usize = 2;
const MEMBERS_AT_FIRST: usize = 4;

/// The tree of `text`, or `None` when serde_json is to read it.
pub(super) fn parse<'a>(text: &'a str, arena: &'a Arena, nulls: Nulls) -> Option<Parsed<'a>> {
    let mut reader = Reader { text, at: 0, arena, nulls, depth: 0, repeated: false };
    let mut value = Node::Null;
    reader.value(&mut value)?;
    reader.skip_whitespace();
    (reader.at == text.len()).then_some(Parsed { value, has_duplicate_keys: reader.repeated })
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
    arena: &'a Arena,
    nulls: Nulls,
    depth: usize,
    repeated: bool,
}

impl<'a> Reader<'a> {
    /// Reads the value at the cursor into `slot`, its place in its container. Each reader writes
    /// its node in place: a node returned by value and then copied into the container measured
    /// a stall on every copy (BENCHMARKS.md).
    fn value(&mut self, slot: &mut Node<'a>) -> Option<()> {
        self.skip_whitespace();
        match *self.text.as_bytes().get(self.at)? {
            b'"' => *slot = Node::String(self.string()?),
            b'{' => self.object(slot)?,
            b'[' => self.array(slot)?,
            b't' => *slot = self.literal("true", Node::Bool(true))?,
            b'f' => *slot = self.literal("false", Node::Bool(false))?,
            b'n' => *slot = self.literal("null", Node::Null)?,
            _ => self.number(slot)?,
        }
        Some(())
    }

    fn skip_whitespace(&mut self) {
        let bytes = self.text.as_bytes();
        while bytes.get(self.at).is_some_and(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// The next byte after whitespace, consumed.
    fn next_byte(&mut self) -> Option<u8> {
        self.skip_whitespace();
        let byte = *self.text.as_bytes().get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    /// Steps past an opening bracket, one level deeper.
    fn enter(&mut self) -> Option<()> {
        self.at += 1;
        self.depth += 1;
        (self.depth <= DIRECT_DEPTH).then_some(())
    }

    /// Whether the container ends right after its opening bracket.
    fn closes_empty(&mut self, closing: u8) -> bool {
        self.skip_whitespace();
        let empty = self.text.as_bytes().get(self.at) == Some(&closing);
        self.at += usize::from(empty);
        empty
    }

    /// After an item: `true` at a comma, `false` at the container's closing bracket, `None` at
    /// anything else.
    fn more_items(&mut self, closing: u8) -> Option<bool> {
        match self.next_byte()? {
            b',' => Some(true),
            byte => (byte == closing).then_some(false),
        }
    }

    fn array(&mut self, slot: &mut Node<'a>) -> Option<()> {
        self.enter()?;
        let mut items = ArenaVec::new_in(self.arena);
        if !self.closes_empty(b']') {
            items.reserve_exact(ELEMENTS_AT_FIRST);
            loop {
                items.push(Node::Null);
                let last = items.len() - 1;
                self.value(&mut items[last])?;
                if !self.more_items(b']')? {
                    break;
                }
            }
        }
        self.depth -= 1;
        *slot = Node::Array(items.into_bump_slice());
        Some(())
    }

    fn object(&mut self, slot: &mut Node<'a>) -> Option<()> {
        self.enter()?;
        let mut entries = ArenaVec::new_in(self.arena);
        if !self.closes_empty(b'}') {
            entries.reserve_exact(MEMBERS_AT_FIRST);
            loop {
                self.skip_whitespace();
                if self.text.as_bytes().get(self.at) != Some(&b'"') {
                    return None;
                }
                let name = self.string()?;
                if self.next_byte()? != b':' {
                    return None;
                }
                entries.push((name, Node::Null));
                let last = entries.len() - 1;
                self.value(&mut entries[last].1)?;
                if !self.more_items(b'}')? {
                    break;
                }
            }
        }
        self.depth -= 1;
        let (members, repeated) = Members::new(self.arena, entries.into_bump_slice_mut(), self.nulls);
        self.repeated |= repeated;
        *slot = Node::Object(members);
        Some(())
    }

    fn literal(&mut self, word: &str, node: Node<'a>) -> Option<Node<'a>> {
        self.text[self.at..].starts_with(word).then(|| {
            self.at += word.len();
            node
        })
    }

    /// A string at its opening quote: a slice of the text unless it holds escapes.
    fn string(&mut self) -> Option<&'a str> {
        let start = self.at + 1;
        let end = plain_run_end(self.text.as_bytes(), start);
        match *self.text.as_bytes().get(end)? {
            b'"' => {
                self.at = end + 1;
                Some(&self.text[start..end])
            }
            b'\\' => self.escaped(start, end),
            _ => None,
        }
    }

    /// The rest of a string from its first escape, decoded into the arena.
    fn escaped(&mut self, start: usize, mut at: usize) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut decoded = ArenaString::from_str_in(&self.text[start..at], self.arena);
        loop {
            match *bytes.get(at)? {
                b'"' => {
                    self.at = at + 1;
                    return Some(decoded.into_bump_str());
                }
                b'\\' => {
                    let (character, length) = escape(&bytes[at..])?;
                    decoded.push(character);
                    at += length;
                }
                _ => {
                    let end = plain_run_end(bytes, at);
                    if end == at {
                        // A control character, which JSON strings may not hold raw.
                        return None;
                    }
                    decoded.push_str(&self.text[at..end]);
                    at = end;
                }
            }
        }
    }

    /// A number: integers of up to 18 digits read here, any other form exactly as serde_json
    /// reads it (floats, `-0`, big integers, and what is not a number at all).
    fn number(&mut self, slot: &mut Node<'a>) -> Option<()> {
        let bytes = self.text.as_bytes();
        let start = self.at;
        let negative = bytes[start] == b'-';
        let digits_start = start + usize::from(negative);
        let mut at = digits_start;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        let digits = &self.text[digits_start..at];
        let plain = !digits.is_empty()
            && digits.len() <= 18
            && (digits.len() == 1 || !digits.starts_with('0'))
            && (!negative || digits != "0")
            && !matches!(bytes.get(at), Some(b'.' | b'e' | b'E'));
        if plain {
            let magnitude: u64 = digits.parse().ok()?;
            self.at = at;
            let number = if negative { Number::from(-i64::try_from(magnitude).ok()?) } else { Number::from(magnitude) };
            *slot = Node::Number(number);
            return Some(());
        }
        while bytes.get(at).is_some_and(|b| matches!(b, b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')) {
            at += 1;
        }
        let number = serde_json::from_str::<Number>(&self.text[start..at]).ok()?;
        self.at = at;
        *slot = Node::Number(number);
        Some(())
    }
}

/// Where the run of bytes from `at` that need no decoding ends: at a quote, a backslash, a
/// control character or the end of the text. The end is found in its word from the word's
/// mask, not by a loop over bytes whose exit the processor cannot predict.
fn plain_run_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(word) = word_at(bytes, at) {
        let stops = bytes_equal(word, b'"') | bytes_equal(word, b'\\') | bytes_below(word, 0x20);
        if stops != 0 {
            return at + first_flagged(stops);
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20) {
        at += 1;
    }
    at
}

/// The character of the escape at the start of `bytes`, and its length. A surrogate must come in
/// a pair; a lone one is left to serde_json.
fn escape(bytes: &[u8]) -> Option<(char, usize)> {
    let simple = match *bytes.get(1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let unit = hex4(bytes.get(2..6)?)?;
            return match unit {
                0xD800..=0xDBFF => {
                    let low = bytes.get(6..8).filter(|mark| mark == b"\\u").and_then(|_| hex4(bytes.get(8..12)?))?;
                    let code = 0x10000 + ((unit - 0xD800) << 10) + low.checked_sub(0xDC00).filter(|&l| l < 0x400)?;
                    Some((char::from_u32(code)?, 12))
                }
                _ => Some((char::from_u32(unit)?, 6)),
            };
        }
        _ => return None,
    };
    Some((simple, 2))
}

fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |code, &digit| Some(code * 16 + char::from(digit).to_digit(16)?))
}

#[cfg(test)]
mod tests;
