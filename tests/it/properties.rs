//! Property tests: how characters are counted, every length limit at and one over the limit with
//! random text, and the invariants of `fuzz/fuzz_targets/invariants.rs` (no panic, spans within
//! the text on character boundaries, pointers that resolve, `lint` agreeing with `lint_value`)
//! on arbitrary strings and arbitrary JSON values. Case counts are kept small so that the file
//! runs in seconds in debug builds; `PROPTEST_CASES=10000 cargo test --release --test it properties`
//! runs a longer campaign.

#![cfg(not(target_arch = "wasm32"))]

use crate::invariants;

use crate::common::{length_limits, PHONE};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Map, Value};
use unicode_segmentation::UnicodeSegmentation;
use wa_lint::{lint_value, Options};

fn config(cases: u32) -> Config {
    // PROPTEST_CASES, when set, overrides every count here.
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(cases);
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// The character count wa-lint measures for `text`, read from the `text-body-length` message:
/// `text` goes after 4096 `a`s and a newline (a control character, after which a grapheme always
/// breaks), so the body is always over the limit and the message always states the count.
fn measured_graphemes(text: &str) -> usize {
    let body = format!("{}\n{text}", "a".repeat(4096));
    let payload = json!({"messaging_product": "whatsapp", "to": PHONE, "text": {"body": body}});
    let report = lint_value(&payload, &Options::default());
    let message = &report.diagnostics.iter().find(|d| d.code == "WA0101").expect("text-body-length").message;
    let count: usize = message
        .strip_prefix("text body is ")
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected message: {message}"));
    count - 4097
}

/// Text that exercises grapheme segmentation: any scalar values, weighted towards joiners,
/// combining marks, variation selectors, regional indicators, Hangul jamo and emoji modifiers,
/// and runs of ASCII and pictographs (the byte-level fast paths of the count).
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        2 => proptest::sample::select(vec![
            "\u{200D}", "\u{301}", "\u{FE0F}", "\u{FE0E}", "\u{1F1E7}", "\u{1F1F7}", "\u{1F3FD}", "\u{1100}", "\u{1161}", "\u{11A8}",
            "\u{AC00}", "\r", "\n", "\r\n", "\u{600}", "\u{903}", "\u{E0067}", "\u{20E3}", "👨", "👩", "a", "字", "\u{0}",
            "👋", "🎉", "\u{1F3FB}", "\u{1FAFF}", "abcdefgh", "Olá, mundo",
        ])
        .prop_map(String::from),
        1 => proptest::sample::select(GRAPHEMES.to_vec()).prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn graphemes_at_most_code_points_at_most_utf16_units(text in tricky_text()) {
        let graphemes = measured_graphemes(&text);
        let code_points = text.chars().count();
        let utf16 = text.encode_utf16().count();
        prop_assert_eq!(graphemes, text.graphemes(true).count(), "wa-lint counts extended grapheme clusters");
        prop_assert!(graphemes <= code_points && code_points <= utf16, "{} ≤ {} ≤ {}", graphemes, code_points, utf16);
    }
}

// ---- Every length limit, at the limit and one over, with random text.

/// One character each as a person counts, of several kinds; any sequence of them is exactly as
/// many grapheme clusters as pieces (none joins its neighbour).
const GRAPHEMES: &[&str] = &[
    "a",
    "Z",
    "7",
    " ",
    "é",
    "👨‍👩‍👧‍👦",
    "👩🏽‍💻",
    "🏳️‍🌈",
    "🇧🇷",
    "🇯🇵",
    "e\u{301}",
    "a\u{308}\u{304}",
    "字",
    "漢",
    "한",
    "ع",
    "ש",
    "1️⃣",
    "❤️",
];

/// `count` graphemes drawn by a small PRNG from `GRAPHEMES` (all of them, or one kind per text).
fn random_text(count: usize, seed: u64, mode: u8) -> String {
    let mut state = seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let single = GRAPHEMES[seed as usize % GRAPHEMES.len()];
    let mut text = String::new();
    for _ in 0..count {
        text.push_str(if mode == 0 { single } else { GRAPHEMES[next() as usize % GRAPHEMES.len()] });
    }
    text
}

fn findings_of(payload: &Value, code: &str) -> Vec<String> {
    // Through the text API too: the invariants compare it with lint_value.
    let report = invariants::check_text(&payload.to_string(), &Options::default());
    report.diagnostics.into_iter().filter(|d| d.code == code).map(|d| d.pointer).collect()
}

proptest! {
    #![proptest_config(config(100))]

    #[test]
    fn every_length_limit_counts_graphemes(rule in 0..length_limits().len(), seed in any::<u64>(), mode in 0..3u8) {
        let (code, payload, pointer, _, max) = length_limits().swap_remove(rule);
        let text = random_text(max, seed, mode);
        prop_assert_eq!(text.graphemes(true).count(), max);
        let mut at_limit = payload.clone();
        *at_limit.pointer_mut(pointer).unwrap() = Value::String(text.clone());
        prop_assert_eq!(findings_of(&at_limit, code), Vec::<String>::new(), "{} {}: {} graphemes should pass", code, pointer, max);
        let mut over = payload;
        *over.pointer_mut(pointer).unwrap() = Value::String(text + GRAPHEMES[(seed >> 32) as usize % GRAPHEMES.len()]);
        prop_assert_eq!(findings_of(&over, code), vec![pointer.to_owned()], "{} {}: {} graphemes should fail", code, pointer, max + 1);
    }
}

// ---- No panic, and every invariant, on arbitrary input.

proptest! {
    #![proptest_config(config(2048))]

    #[test]
    fn lint_holds_on_arbitrary_strings(text in any::<String>()) {
        invariants::check_text(&text, &Options::default());
    }

    #[test]
    fn lint_holds_on_json_like_strings(text in r#"[\[\]{}":, 0-9a-z_\\\n\t.eE+-]{0,80}"#) {
        invariants::check_text(&text, &Options::default());
    }
}

fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(vec![
            "messaging_product", "to", "type", "text", "body", "preview_url", "interactive", "header", "footer", "action", "buttons",
            "reply", "id", "title", "sections", "rows", "template", "components", "parameters", "name", "language", "code", "image",
            "link", "caption", "contacts", "location", "latitude", "longitude", "reaction", "emoji", "message_id", "context",
            "status", "recipient", "sub_type", "index", "product_items", "catalog_id", "flow_cta", "display_text", "url",
        ])
        .prop_map(String::from),
        1 => "[a-z/~_é]{0,6}",
    ]
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        proptest::sample::select(vec![
            "whatsapp",
            PHONE,
            "text",
            "interactive",
            "template",
            "button",
            "list",
            "reply",
            "https://x.y/z.png",
            "",
            "👍"
        ])
        .prop_map(Value::from),
        tricky_text().prop_map(Value::String),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((json_key(), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A real message with an arbitrary value put at one of its paths (or added as a member), so
/// that the rules deep inside each message type see arbitrary input.
fn message_with_arbitrary_part() -> impl Strategy<Value = Value> {
    let seeds: Vec<Value> = wa_lint::rules().iter().filter_map(|rule| serde_json::from_str(rule.valid).ok()).collect();
    (proptest::sample::select(seeds), any::<prop::sample::Index>(), json_key(), json_value()).prop_map(
        |(mut seed, index, key, part)| {
            let mut pointers = Vec::new();
            collect_pointers(&seed, String::new(), &mut pointers);
            let pointer = index.get(&pointers).clone();
            match seed.pointer_mut(&pointer) {
                Some(Value::Object(members)) if key.len() % 2 == 0 => drop(members.insert(key, part)),
                Some(slot) => *slot = part,
                None => {}
            }
            seed
        },
    )
}

fn collect_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => members
            .iter()
            .for_each(|(k, v)| collect_pointers(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out)),
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| collect_pointers(v, format!("{at}/{i}"), out))
        }
        _ => {}
    }
    out.push(at);
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn lint_holds_on_arbitrary_json_values(value in json_value()) {
        invariants::check_value(&value, &Options::default());
        invariants::check_text(&value.to_string(), &Options::default());
        invariants::check_text(&serde_json::to_string_pretty(&value).unwrap(), &Options::default());
    }

    #[test]
    fn lint_holds_on_messages_with_an_arbitrary_part(value in message_with_arbitrary_part()) {
        invariants::check_value(&value, &Options::default());
        invariants::check_text(&serde_json::to_string_pretty(&value).unwrap(), &Options::default());
    }
}
