//! The tokens of a JSON text with their byte spans, for the index of a document serde_json has
//! already accepted: the scanner checks no grammar, only finds where each token ends.

use crate::words::{bytes_equal, first_flagged, word_at};

/// One token: punctuation, a string (its span includes the quotes), or any other scalar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Token {
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Colon,
    Comma,
    String,
    Scalar,
}

/// The tokens of `text` in order, with their start and end offsets; `None` ends them, as does a
/// string left open.
pub(super) fn tokens(text: &str) -> impl Iterator<Item = (Token, usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while bytes.get(at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            at += 1;
        }
        let start = at;
        let token = match *bytes.get(at)? {
            b'{' => Token::OpenBrace,
            b'}' => Token::CloseBrace,
            b'[' => Token::OpenBracket,
            b']' => Token::CloseBracket,
            b':' => Token::Colon,
            b',' => Token::Comma,
            b'"' => {
                at = string_end(bytes, at + 1)?;
                return Some((Token::String, start, at));
            }
            _ => {
                while bytes.get(at).is_some_and(|b| !b"{}[]:,\" \t\n\r".contains(b)) {
                    at += 1;
                }
                return Some((Token::Scalar, start, at));
            }
        };
        at += 1;
        Some((token, start, at))
    })
}

/// The offset after the closing quote of a string whose content starts at `from`.
pub(super) fn string_end(bytes: &[u8], mut from: usize) -> Option<usize> {
    loop {
        from = quote_or_backslash(bytes, from)?;
        if bytes[from] == b'"' {
            return Some(from + 1);
        }
        from += 2;
    }
}

/// The first quote or backslash from `from`: eight bytes at a time, the one found taken from
/// the word's mask.
fn quote_or_backslash(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(word) = word_at(bytes, from) {
        let stops = bytes_equal(word, b'"') | bytes_equal(word, b'\\');
        if stops != 0 {
            return Some(from + first_flagged(stops));
        }
        from += 8;
    }
    Some(from + bytes.get(from..)?.iter().position(|&b| b == b'"' || b == b'\\')?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_token_and_its_span() {
        let text = "{\"a\\\"b\": [1.5e3, true, \"\\\\\"]}";
        let found: Vec<_> = tokens(text).map(|(token, start, end)| (token, &text[start..end])).collect();
        assert_eq!(
            found,
            [
                (Token::OpenBrace, "{"),
                (Token::String, "\"a\\\"b\""),
                (Token::Colon, ":"),
                (Token::OpenBracket, "["),
                (Token::Scalar, "1.5e3"),
                (Token::Comma, ","),
                (Token::Scalar, "true"),
                (Token::Comma, ","),
                (Token::String, "\"\\\\\""),
                (Token::CloseBracket, "]"),
                (Token::CloseBrace, "}"),
            ]
        );
        let long = format!("[\"{}\\\"{}\"]", "é".repeat(9), "x".repeat(17));
        assert_eq!(tokens(&long).nth(1).map(|(_, start, end)| end - start), Some(long.len() - 2));
        assert_eq!(tokens("[\"open").count(), 1);
        assert_eq!(tokens("\"\\").count(), 0);
    }
}
