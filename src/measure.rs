//! Measures of text, as the rules need them: user-perceived characters, UTF-16 units, emoji,
//! URLs, WhatsApp's Markdown markers, phone numbers and calendar dates.

use crate::words::{count_bytes, has_byte, word_at, HIGH};
use unicode_segmentation::UnicodeSegmentation;

mod clusters;

/// User-perceived characters (extended grapheme clusters): what a person counts on screen.
pub fn chars(text: &str) -> usize {
    clusters::count(text).unwrap_or_else(|| chars_by_regions(text))
}

/// The clusters of a text that holds a code point the one-pass count does not know.
fn chars_by_regions(text: &str) -> usize {
    // Between two "simple" characters there is always a cluster boundary, so the text splits
    // there into regions: a region of one simple character counts one, any other goes through
    // the segmenter. Mostly-Latin, CJK or emoji-sprinkled text is then counted from its bytes.
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut region_start = 0;
    let mut single_simple = true;
    let mut previous_simple = false;
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes after a region of one simple character: eight more such regions.
        if previous_simple && single_simple {
            if let Some(word) = word_at(bytes, i) {
                if is_ascii_without_cr(word) {
                    count += 8;
                    region_start = i + 7;
                    i += 8;
                    continue;
                }
            }
        }
        let (length, simple) = classify(bytes, i);
        if simple && previous_simple {
            count += if single_simple { 1 } else { clusters_of(&text[region_start..i]) };
            region_start = i;
            single_simple = true;
        } else if i > region_start {
            single_simple = false;
        }
        previous_simple = simple;
        i += length;
    }
    let tail = &text[region_start..];
    count
        + match tail.len() {
            0 => 0,
            _ if single_simple && previous_simple => 1,
            _ => clusters_of(tail),
        }
}

/// The clusters of a region between two boundaries: counted here when its code points are all
/// of the common kinds, else by the segmenter.
fn clusters_of(region: &str) -> usize {
    clusters::count(region).unwrap_or_else(|| region.graphemes(true).count())
}

/// Whether eight bytes are all ASCII and none is CR (which joins a following LF).
fn is_ascii_without_cr(word: u64) -> bool {
    word & HIGH == 0 && !has_byte(word, b'\r')
}

/// The length of the UTF-8 sequence at `i`, and whether its character is "simple": one that
/// never joins the next simple one into a cluster, nor a previous simple one. Those are the
/// characters below U+0300 (where combining marks start) but CR (which joins LF), CJK ideographs
/// U+4E00–U+9FFF, and the pictographs of U+1F300–U+1FAFF but the skin-tone modifiers
/// U+1F3FB–U+1F3FF (which extend the emoji before them). A pictograph still joins a following
/// modifier, variation selector or ZWJ, none of which is simple, so the segmenter sees those.
fn classify(bytes: &[u8], i: usize) -> (usize, bool) {
    match bytes[i] {
        b'\r' => (1, false),
        0x00..=0x7F => (1, true),
        0xC2..=0xCB => (2, true),
        lead @ 0xC0..=0xDF => (2, lead <= 0xCB),
        0xE4 => (3, bytes.get(i + 1).is_some_and(|&second| second >= 0xB8)),
        0xE5..=0xE9 => (3, true),
        0xE0..=0xEF => (3, false),
        // U+1F300–U+1FAFF is F0 9F 8C 80 to F0 9F AB BF; the modifiers are F0 9F 8F BB–BF.
        0xF0 => match (bytes.get(i + 1), bytes.get(i + 2), bytes.get(i + 3)) {
            (Some(0x9F), Some(&third @ 0x8C..=0xAB), Some(&fourth)) => (4, !(third == 0x8F && fourth >= 0xBB)),
            _ => (4, false),
        },
        _ => (4, false),
    }
}

/// UTF-16 code units: what JavaScript's `.length` and most SDKs count.
pub fn utf16_units(text: &str) -> usize {
    // One unit per character (each byte that does not continue a sequence), two for the
    // characters of four bytes.
    let bytes = text.as_bytes();
    count_bytes(bytes, |byte| byte & 0xC0 != 0x80) + count_bytes(bytes, |byte| byte >= 0xF0)
}

/// Whether one grapheme cluster is an emoji (pictograph, flag, or keycap sequence).
pub fn is_emoji_grapheme(grapheme: &str) -> bool {
    let mut chars = grapheme.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if grapheme.contains('\u{20E3}') && (first.is_ascii_digit() || first == '#' || first == '*') {
        return true;
    }
    // A flag is a pair of regional indicators; a lone indicator or skin-tone modifier is not an emoji.
    let indicators = grapheme.chars().filter(|c| REGIONAL_INDICATORS.contains(c)).count();
    indicators == 2
        || grapheme.chars().any(|c| is_pictographic(c) && !REGIONAL_INDICATORS.contains(&c) && !SKIN_TONES.contains(&c))
}

const REGIONAL_INDICATORS: std::ops::RangeInclusive<char> = '\u{1F1E6}'..='\u{1F1FF}';
const SKIN_TONES: std::ops::RangeInclusive<char> = '\u{1F3FB}'..='\u{1F3FF}';

/// Whether a text contains any emoji.
pub fn contains_emoji(text: &str) -> bool {
    !text.is_ascii() && text.graphemes(true).any(is_emoji_grapheme)
}

/// Whether a text is exactly one emoji grapheme.
pub fn is_single_emoji(text: &str) -> bool {
    let mut graphemes = text.graphemes(true);
    matches!((graphemes.next(), graphemes.next()), (Some(g), None) if is_emoji_grapheme(g))
}

/// Extended_Pictographic, folded into the blocks that hold it (Unicode 15), plus regional indicators.
fn is_pictographic(c: char) -> bool {
    matches!(c as u32,
        0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x2199 | 0x21A9..=0x21AA
        | 0x231A..=0x231B | 0x2328 | 0x23CF | 0x23E9..=0x23F3 | 0x23F8..=0x23FA | 0x24C2
        | 0x25AA..=0x25AB | 0x25B6 | 0x25C0 | 0x25FB..=0x25FE | 0x2600..=0x27BF | 0x2934..=0x2935
        | 0x2B05..=0x2B07 | 0x2B1B..=0x2B1C | 0x2B50 | 0x2B55 | 0x3030 | 0x303D | 0x3297 | 0x3299
        | 0x1F000..=0x1FAFF)
}

/// The URLs (`http://` or `https://`, any case) in a text, in order. A URL ends at white space,
/// a quote or an angle bracket.
pub fn urls(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = find_scheme(rest)?;
        let candidate = &rest[start..];
        let end = url_end(candidate);
        rest = &candidate[end..];
        Some(&candidate[..end])
    })
}

fn url_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'<' | b'>' => return i,
            byte if byte.is_ascii_whitespace() => return i,
            byte if byte >= 0x80 => {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    return i;
                }
                i += c.len_utf8();
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

fn find_scheme(text: &str) -> Option<usize> {
    // `h` is ASCII, so every match is on a character boundary.
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| bytes[i].eq_ignore_ascii_case(&b'h') && scheme_length(&text[i..]).is_some())
}

/// The length of a leading `http://` or `https://` (any case).
fn scheme_length(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let starts_with = |prefix: &[u8]| bytes.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix));
    if starts_with(b"http://") {
        Some(7)
    } else if starts_with(b"https://") {
        Some(8)
    } else {
        None
    }
}

/// The parts of an absolute `http`/`https` URL the rules look at.
#[derive(Debug, PartialEq, Eq)]
pub struct HttpUrl<'a> {
    pub host: &'a str,
    pub path: &'a str,
}

/// Parses an absolute `http://` or `https://` URL with a host; `None` for anything else.
pub fn parse_http_url(url: &str) -> Option<HttpUrl<'_>> {
    let scheme = scheme_length(url)?;
    if url_end(url) != url.len() {
        return None;
    }
    let after_scheme = &url[scheme..];
    let authority_end =
        after_scheme.bytes().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(after_scheme.len());
    let authority = &after_scheme[..authority_end];
    let host_and_port = authority.rsplit('@').next().unwrap_or(authority);
    let host = if host_and_port.starts_with('[') {
        &host_and_port[..host_and_port.find(']').map_or(host_and_port.len(), |i| i + 1)]
    } else {
        host_and_port.split(':').next().unwrap_or("")
    };
    if host.is_empty() {
        return None;
    }
    let rest = &after_scheme[authority_end..];
    let path = &rest[..rest.bytes().position(|b| matches!(b, b'?' | b'#')).unwrap_or(rest.len())];
    Some(HttpUrl { host, path })
}

/// Whether a URL host is an IP address literal rather than a name.
pub fn is_ip_host(host: &str) -> bool {
    host.starts_with('[') || host.parse::<std::net::Ipv4Addr>().is_ok()
}

/// Line breaks: LF, CR and CRLF each count one.
pub fn line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr_count(bytes, b'\n') + memchr_count(bytes, b'\r') - text.matches("\r\n").count()
}

fn memchr_count(bytes: &[u8], byte: u8) -> usize {
    bytes.iter().filter(|&&b| b == byte).count()
}

/// The extension of the last path segment (`/a/b.JPG` → `JPG`); compare it ignoring case.
pub fn path_extension(path: &str) -> Option<&str> {
    let file = path.rsplit('/').next()?;
    let (stem, extension) = file.rsplit_once('.')?;
    (!stem.is_empty() && !extension.is_empty()).then_some(extension)
}

/// The first WhatsApp formatting marker pair in a text (`*bold*`, `_italic_`, `~strike~`,
/// ```` ```mono``` ````), if any: these render as plain characters where Markdown is not supported.
pub fn markdown_marker(text: &str) -> Option<&'static str> {
    if !text.contains(['*', '_', '~', '`']) {
        return None;
    }
    if text.matches("```").count() >= 2 {
        return Some("```");
    }
    ["*", "_", "~"].into_iter().find(|marker| has_marker_pair(text, marker.chars().next().unwrap_or('*')))
}

fn has_marker_pair(text: &str, marker: char) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let is_boundary = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_none_or(|c| !c.is_alphanumeric());
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        if c != marker {
            continue;
        }
        let before = i.checked_sub(1);
        let next_is_text = chars.get(i + 1).is_some_and(|n| !n.is_whitespace() && *n != marker);
        match open {
            Some(start) if i > start + 1 && !chars[i - 1].is_whitespace() && is_boundary(Some(i + 1)) => {
                return true;
            }
            _ if is_boundary(before) && next_is_text => open = Some(i),
            _ => {}
        }
    }
    false
}

/// Digits in a phone number written with the tolerated separators (`+` first, spaces, dashes,
/// parentheses, dots); `None` when another character appears.
pub fn phone_digits(phone: &str) -> Option<usize> {
    let body = phone.strip_prefix('+').unwrap_or(phone);
    let mut digits = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => digits += 1,
            ' ' | '-' | '(' | ')' | '.' => {}
            _ => return None,
        }
    }
    Some(digits)
}

/// Whether `YYYY-MM-DD` names a real calendar date.
pub fn is_calendar_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| date[range].parse::<u32>().ok().filter(|_| date.is_ascii());
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The closest candidate within a small edit distance, for "did you mean" help.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = word.chars().count();
    let allowed = (length / 3).clamp(1, 3);
    // The edit distance is at least the difference in length: skipping those candidates keeps a
    // megabyte-long key from costing a megabyte-by-name matrix.
    candidates
        .into_iter()
        .filter(|candidate| candidate.chars().count().abs_diff(length) <= allowed)
        .filter(|candidate| bag_distance(word, candidate).is_none_or(|bound| bound <= allowed))
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), candidate))
        .filter(|&(distance, _)| distance <= allowed)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// A lower bound of the edit distance between two ASCII names, from one pass over each: the
/// characters one has more of than the other. An edit changes that by at most one and a
/// transposition not at all, so a candidate over the bound needs no distance matrix (and the
/// map of characters the Damerau–Levenshtein distance keeps, which measured a twentieth of a
/// payload with unknown members). `None` for other text.
fn bag_distance(a: &str, b: &str) -> Option<usize> {
    if !a.is_ascii() || !b.is_ascii() {
        return None;
    }
    let mut counts = [0i32; 128];
    a.bytes().for_each(|byte| counts[usize::from(byte)] += 1);
    b.bytes().for_each(|byte| counts[usize::from(byte)] -= 1);
    let more = counts.iter().filter(|&&count| count > 0).sum::<i32>();
    let fewer = -counts.iter().filter(|&&count| count < 0).sum::<i32>();
    usize::try_from(more.max(fewer)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_graphemes_not_code_points() {
        assert_eq!(chars("👨‍👩‍👧‍👦"), 1);
        assert_eq!(chars("🇧🇷"), 1);
        assert_eq!(chars("e\u{301}"), 1);
        assert_eq!(chars("a\r\nb"), 3);
        assert_eq!(chars("Olá, 字"), 6);
        assert_eq!(chars("ع"), 1);
        assert_eq!(chars("Olá, mundo! 👋 e\u{301}\r\n字🇧🇷"), 18);
        let mixed = "ab👨‍👩‍👧‍👦cde\u{301}\u{302}字\u{FE0F}\r\n\r\nx";
        assert_eq!(chars(mixed), mixed.graphemes(true).count());
        assert_eq!(utf16_units("👨‍👩‍👧‍👦"), 11);
        assert_eq!(utf16_units("aé字🇧🇷"), 7);
    }

    #[test]
    fn ascii_words_and_pictographs_count_as_the_segmenter_counts() {
        for text in [
            "12345678",
            "abcdefgh\r\nijklmnop",
            "abcdefghi\u{301}jklmnopq",
            "Olá, mundo! 👋 Olá, mundo! 👋 ",
            "👋🏽 👨\u{200D}👩 ❤\u{FE0F} 🎉🎉 🇧🇷🇧🇷 abcdefgh",
            "a\u{1F3FB}bcdefghij",
        ] {
            assert_eq!(chars(text), text.graphemes(true).count(), "{text:?}");
        }
    }

    #[test]
    fn every_pictograph_counted_as_simple_breaks_from_simple_neighbours() {
        // The assumption behind `classify`, checked against the segmenter for each code point.
        for code in 0x1F300..=0x1FAFF_u32 {
            let Some(c) = char::from_u32(code) else { continue };
            let mut utf8 = [0; 4];
            if !classify(c.encode_utf8(&mut utf8).as_bytes(), 0).1 {
                continue;
            }
            for (text, expected) in [(format!("a{c}b"), 3), (format!("{c}{c}"), 2), (format!("字{c}é"), 3)] {
                assert_eq!(text.graphemes(true).count(), expected, "U+{code:X} in {text:?}");
                assert_eq!(chars(&text), expected, "U+{code:X} in {text:?}");
            }
        }
    }

    #[test]
    fn recognises_emoji() {
        assert!(is_single_emoji("👍"));
        assert!(is_single_emoji("👍🏽"));
        assert!(is_single_emoji("🇧🇷"));
        assert!(is_single_emoji("1️⃣"));
        assert!(is_single_emoji("❤️"));
        assert!(!is_single_emoji("a"));
        assert!(!is_single_emoji("👍👍"));
        assert!(!is_single_emoji("🇧"));
        assert!(!is_single_emoji("\u{1F3FD}"));
        assert!(contains_emoji("Book now ✅"));
        assert!(!contains_emoji("Réserver"));
    }

    #[test]
    fn finds_urls_and_hosts() {
        let found: Vec<_> = urls("see https://www.meta.com/quest/ and HTTP://1.2.3.4/x").collect();
        assert_eq!(found, ["https://www.meta.com/quest/", "HTTP://1.2.3.4/x"]);
        let url = parse_http_url("https://user@cdn.example.com:8443/a/b.JPG?x=1").unwrap();
        assert_eq!(url, HttpUrl { host: "cdn.example.com", path: "/a/b.JPG" });
        assert!(is_ip_host(parse_http_url("http://10.0.0.1/x").unwrap().host));
        assert!(parse_http_url("ftp://example.com/x").is_none());
        assert!(parse_http_url("https:///x").is_none());
        assert_eq!(path_extension("/a/b.JPG"), Some("JPG"));
        assert_eq!(path_extension("/a/.hidden"), None);
    }

    #[test]
    fn finds_markdown_pairs_only_at_word_boundaries() {
        assert_eq!(markdown_marker("*Buy* now"), Some("*"));
        assert_eq!(markdown_marker("_new_"), Some("_"));
        assert_eq!(markdown_marker("~old~ price"), Some("~"));
        assert_eq!(markdown_marker("```code```"), Some("```"));
        assert_eq!(markdown_marker("snake_case_id"), None);
        assert_eq!(markdown_marker("2 * 3 * 4"), None);
        assert_eq!(markdown_marker("5*"), None);
    }

    #[test]
    fn measures_phone_numbers_and_dates() {
        assert_eq!(phone_digits("+1 (650) 555-1234"), Some(11));
        assert_eq!(phone_digits("16505551234"), Some(11));
        assert_eq!(phone_digits("1650x"), None);
        assert!(is_calendar_date("2024-02-29"));
        assert!(!is_calendar_date("2023-02-29"));
        assert!(!is_calendar_date("2023-13-01"));
        assert!(!is_calendar_date("2023-1-01"));
    }

    #[test]
    fn suggests_close_names() {
        let names = ["messaging_product", "recipient_type", "to"];
        assert_eq!(closest("mesaging_product", names), Some("messaging_product"));
        assert_eq!(closest("color", names), None);
    }

    proptest::proptest! {
        #[test]
        fn the_bag_distance_bounds_the_edit_distance(a in "[a-e_]{0,12}", b in "[a-e_]{0,12}") {
            let bound = bag_distance(&a, &b).unwrap_or(usize::MAX);
            proptest::prop_assert!(bound <= strsim::damerau_levenshtein(&a, &b));
        }

        #[test]
        fn fast_count_equals_the_segmenter(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "a", " ", "\r", "\n", "\t", "é", "e", "\u{301}", "\u{302}", "\u{200D}", "👩", "👍", "\u{1F3FD}", "\u{FE0F}",
            "🇧", "🇷", "字", "\u{1100}", "\u{1161}", "\u{0915}", "\u{094D}", "ع", "\u{064B}", "\u{0600}", "\u{00AD}",
            "\u{0080}", "\u{02C7}", "\u{4DFF}", "\u{4E00}", "\u{9FFF}", "\u{A000}", "\u{1F1E6}",
        ]), 0..40)) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(chars(&text), text.graphemes(true).count());
        }
    }
}
