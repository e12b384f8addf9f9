use super::super::with_serde_json;
use super::parse;
use crate::node::{Arena, Nulls};
use proptest::prelude::*;

/// What the direct reader makes of `text` beside what serde_json makes of it: the same tree and
/// duplicate flag whenever the reader answers. Returns whether it answered and whether serde_json
/// accepted the text.
fn compare(text: &str) -> (bool, bool) {
    let arena = Arena::new();
    let reference = with_serde_json(text, &arena, Nulls::SetAside).ok();
    let direct = parse(text, &arena, Nulls::SetAside);
    if let Some(direct) = &direct {
        let reference = reference.as_ref().unwrap_or_else(|| panic!("serde_json rejects {text:?}"));
        assert_eq!(direct.value, reference.value, "{text:?}");
        assert_eq!(direct.has_duplicate_keys, reference.has_duplicate_keys, "{text:?}");
    }
    (direct.is_some(), reference.is_some())
}

#[test]
fn reads_what_serde_json_reads_as_it_does() {
    let accepted = [
        r#"{"a": [1, -2, 0, -9, 3.5, 1e3, -0, 1E+2, 2.5e-3, "x", null, true, false], "b": {"c": {}}}"#,
        " \n\t\r[ ] ",
        r#"{"k": 1, "k": 2, "n": null}"#,
        r#""\"\\\/\b\f\n\r\t\u00e9\u00E9\ud83d\ude00 é 👍""#,
        r#"{"\u0061b": "plain text long enough for whole words\u0021"}"#,
        "123456789012345678",
        "1234567890123456789012",
        "-123456789012345678",
        "-9223372036854775808",
        "18446744073709551616",
        "\"\u{7f}\"",
    ];
    for text in accepted {
        assert_eq!(compare(text), (true, true), "{text:?}");
    }
}

#[test]
fn declines_what_serde_json_rejects_or_words_for_itself() {
    let declined = [
        "",
        " ",
        "[1,]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{1:2}",
        "[1 2]",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "+1",
        "1e400",
        "tru",
        "nulll",
        "[true false]",
        "\"open",
        "\"\u{1}\"",
        "\"a\tb\"",
        r#""\x""#,
        r#""\u12""#,
        r#""\ud83d""#,
        r#""\ud83d\u0041""#,
        r#""\ude00""#,
        "[1]x",
        "\u{feff}[]",
        "[\"\\",
        "{\"a\":",
    ];
    for text in declined {
        assert!(!compare(text).0, "{text:?}");
    }
    let deep = format!("{}{}", "[".repeat(101), "]".repeat(101));
    assert_eq!(compare(&deep), (false, true), "deep nesting goes to serde_json");
}

#[test]
fn reads_every_payload_of_the_suite() {
    let mut folders = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests"))];
    let mut read = 0;
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                let (direct, reference) = compare(&text);
                assert_eq!(direct, reference, "{}", path.display());
                read += 1;
            }
        }
    }
    assert!(read > 500, "{read} files");
}

/// Pieces of JSON text, valid and not, that the grammar's corners are made of.
fn piece() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\"a\"",
        "\"k\"",
        "\"é👍\"",
        r#""\u00e9""#,
        r#""\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\"""#,
        "\"\\",
        "\"",
        "1",
        "-0",
        "-7",
        "0.5",
        "01",
        "1e400",
        "1e",
        "-",
        "true",
        "nul",
        "null",
        "12345678901234567890",
        "\"\u{1}\"",
    ])
}

/// A JSON value of a few levels.
fn value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::vec(("[a-c\"\\\\é]{0,3}", inner), 0..6)
                .prop_map(|members| serde_json::Value::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn answers_exactly_when_serde_json_accepts(pieces in proptest::collection::vec(piece(), 1..12)) {
        let text = pieces.concat();
        let (direct, reference) = compare(&text);
        prop_assert_eq!(direct, reference, "{:?}", text);
    }

    #[test]
    fn reads_every_serialized_value(value in value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
        prop_assert_eq!(compare(&text.unwrap()), (true, true));
    }
}
