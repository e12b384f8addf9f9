//! Resource limits: deep nesting, the input size limit and very large strings, plus the fuzzers'
//! regression fixtures in `tests/regressions/`. No timing assertions: these check that nothing
//! overflows the stack, panics or grows without bound, and that limits give clear diagnostics.
//! (Wall time and memory per input size are measured by `scripts/scaling.sh`; see FUZZING.md.)

#![cfg(not(target_arch = "wasm32"))]

use crate::invariants;

use serde_json::{json, Value};
use wa_lint::{lint, lint_value, Options, DEFAULT_MAX_INPUT_BYTES, MAX_DEPTH};

const PHONE: &str = "+16505551234";

/// The (code, pointer) pairs of a report.
fn codes(report: &wa_lint::Report) -> Vec<(&'static str, String)> {
    report.diagnostics.iter().map(|d| (d.code, d.pointer.clone())).collect()
}

fn assert_one_invalid_json(text: &str, options: &Options) -> String {
    let report = invariants::check_text(text, options);
    assert_eq!(codes(&report), vec![("WA0001", String::new())], "expected exactly one invalid-json");
    report.diagnostics[0].message.clone()
}

#[test]
fn a_hundred_thousand_nested_arrays_give_one_invalid_json() {
    let levels = 100_000;
    let text = format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    let message = assert_one_invalid_json(&text, &Options::default());
    assert!(message.contains(&format!("nested more than {MAX_DEPTH} levels")), "{message}");
    // Unclosed: the same, without reading to the end.
    assert_one_invalid_json(&"[".repeat(levels), &Options::default());
}

#[test]
fn a_hundred_thousand_nested_objects_give_one_invalid_json() {
    let levels = 100_000;
    let text = format!("{}1{}", r#"{"a":"#.repeat(levels), "}".repeat(levels));
    let message = assert_one_invalid_json(&text, &Options::default());
    assert!(message.contains(&format!("nested more than {MAX_DEPTH} levels")), "{message}");
    // Mixed objects and arrays, inside a real payload's text body.
    let mixed = format!(
        r#"{{"messaging_product":"whatsapp","to":"{PHONE}","text":{{"body":{}null{}}}}}"#,
        r#"[{"a":"#.repeat(levels / 2),
        "}]".repeat(levels / 2)
    );
    assert_one_invalid_json(&mixed, &Options::default());
}

#[test]
fn nesting_up_to_the_limit_is_linted() {
    // "nested more than MAX_DEPTH levels" promises that MAX_DEPTH levels are linted. The root
    // object and `text` are two levels; `body` holds the rest, up to the limit in all.
    let inner = MAX_DEPTH - 2;
    let at_limit = format!(
        r#"{{"messaging_product":"whatsapp","to":"{PHONE}","text":{{"body":{}0{}}}}}"#,
        "[".repeat(inner),
        "]".repeat(inner)
    );
    let report = invariants::check_text(&at_limit, &Options::default());
    assert!(report.diagnostics.iter().all(|d| d.code != "WA0001"), "{:?}", codes(&report));
    assert!(report.diagnostics.iter().any(|d| d.code == "WA0004" && d.pointer == "/text/body"), "{:?}", codes(&report));
    let over = format!(
        r#"{{"messaging_product":"whatsapp","to":"{PHONE}","text":{{"body":{}0{}}}}}"#,
        "[".repeat(inner + 1),
        "]".repeat(inner + 1)
    );
    assert_one_invalid_json(&over, &Options::default());
}

#[test]
fn input_beyond_the_configured_maximum_gets_a_clear_error() {
    let text = json!({"messaging_product": "whatsapp", "to": PHONE, "text": {"body": "Hello"}}).to_string();
    let exact = Options::default().with_max_input_bytes(text.len());
    assert!(invariants::check_text(&text, &exact).is_empty(), "an input of exactly the limit is linted");

    let smaller = Options::default().with_max_input_bytes(text.len() - 1);
    let message = assert_one_invalid_json(&text, &smaller);
    assert_eq!(message, format!("the input is {} bytes; the limit is {} bytes", text.len(), text.len() - 1));
    let location = lint(&text, &smaller).diagnostics[0].location.unwrap();
    assert_eq!((location.line, location.column), (1, 1));

    // The limit is checked before parsing: even malformed or deeply nested input gets this message.
    let deep = "[".repeat(10_000);
    let message = assert_one_invalid_json(&deep, &Options::default().with_max_input_bytes(1_000));
    assert!(message.contains("the limit is 1000 bytes"), "{message}");
    assert!(!message.contains("nested"), "{message}");
}

#[test]
fn the_default_maximum_is_sixteen_mebibytes() {
    assert_eq!(DEFAULT_MAX_INPUT_BYTES, 16 * 1024 * 1024);
    let filler = DEFAULT_MAX_INPUT_BYTES; // one byte over with the quotes and braces
    let text = format!(r#"{{"x":"{}"}}"#, "a".repeat(filler));
    let message = assert_one_invalid_json(&text, &Options::default());
    assert!(message.contains(&format!("the limit is {DEFAULT_MAX_INPUT_BYTES} bytes")), "{message}");
    // A caller may raise it.
    let raised = Options::default().with_max_input_bytes(text.len());
    assert!(lint(&text, &raised).diagnostics.iter().all(|d| d.code != "WA0001"));
}

const TEN_MB: usize = 10 * 1024 * 1024;

#[test]
fn a_ten_megabyte_text_body_is_linted() {
    let body = "a".repeat(TEN_MB);
    let payload = json!({"messaging_product": "whatsapp", "to": PHONE, "text": {"body": body}});
    let text = serde_json::to_string_pretty(&payload).unwrap();
    let report = invariants::check_text(&text, &Options::default());
    assert_eq!(codes(&report), vec![("WA0022", String::new()), ("WA0101", "/text/body".to_owned())]);
    assert_eq!(report.diagnostics[1].message, format!("text body is {TEN_MB} characters; the limit is 4096"));
    let location = report.diagnostics[1].location.unwrap();
    assert_eq!(location.span.end - location.span.start, TEN_MB + 2, "the span covers the string and its quotes");
}

#[test]
fn a_two_megabyte_string_of_emoji_and_escapes_is_linted() {
    // Multi-byte graphemes (the segmenter's slow path) and escapes (source offsets differ from
    // the decoded string's); 2 MB to keep the debug-mode run short.
    let unit = "👨‍👩‍👧‍👦é\\n\\\"";
    let count = 2 * 1024 * 1024 / unit.len();
    let text = format!(
        r#"{{"messaging_product":"whatsapp","to":"{PHONE}","type":"image","image":{{"id":"1","caption":"{}"}}}}"#,
        unit.repeat(count)
    );
    let report = invariants::check_text(&text, &Options::default());
    assert_eq!(codes(&report), vec![("WA0022", String::new()), ("WA0204", "/image/caption".to_owned())]);
    // Each unit is 4 characters: the family, é, a newline and a quote.
    assert_eq!(report.diagnostics[1].message, format!("caption is {} characters; the limit is 1024", 4 * count));
}

#[test]
fn a_ten_megabyte_unknown_member_is_linted() {
    let payload =
        json!({"messaging_product": "whatsapp", "to": PHONE, "text": {"body": "Hi"}, "notes": "x".repeat(TEN_MB)});
    let report = invariants::check_text(&payload.to_string(), &Options::default());
    let expected = vec![("WA0022", String::new()), ("WA0006", "/notes".to_owned())];
    assert_eq!(codes(&report), expected);
    assert_eq!(codes(&lint_value(&payload, &Options::default())), expected);
}

#[test]
fn many_diagnostics_in_one_large_payload() {
    // 5,000 contacts, each with an empty name: one count diagnostic and one per contact, all
    // listed (under the 10,000 a report lists). Cost at scale: tests/scaling.rs.
    let contact = json!({"name": {"formatted_name": ""}});
    let payload =
        json!({"messaging_product": "whatsapp", "to": PHONE, "type": "contacts", "contacts": vec![contact; 5_000]});
    let report = invariants::check_text(&serde_json::to_string_pretty(&payload).unwrap(), &Options::default());
    assert!(report.diagnostics.len() > 5_000, "{} diagnostics", report.diagnostics.len());
    assert!(report.diagnostics.iter().any(|d| d.code == "WA0401" && d.pointer == "/contacts"));
}

// ---- Regressions found by fuzzing (see FUZZING.md). Each file in tests/regressions/ must satisfy
// every invariant of fuzz/fuzz_targets/invariants.rs; the tests below add the exact expectation.

fn regression(name: &str) -> String {
    let path = format!("{}/tests/regressions/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_regression_fixture_holds_every_invariant() {
    let dir = format!("{}/tests/regressions", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert!(!names.is_empty());
    for name in names {
        let text = regression(&name);
        let result = std::panic::catch_unwind(|| invariants::check_text(&text, &Options::default()));
        assert!(result.is_ok(), "tests/regressions/{name} breaks an invariant (see the panic above)");
    }
}

/// Pointers of `code` diagnostics, from `lint` and from `lint_value` (which must agree).
fn pointers_of(text: &str, code: &str) -> Vec<String> {
    let from_text: Vec<String> =
        lint(text, &Options::default()).diagnostics.into_iter().filter(|d| d.code == code).map(|d| d.pointer).collect();
    let value: Value = serde_json::from_str(text).unwrap();
    let from_value: Vec<String> = lint_value(&value, &Options::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code == code)
        .map(|d| d.pointer)
        .collect();
    let (mut a, mut b) = (from_text.clone(), from_value);
    a.sort();
    b.sort();
    assert_eq!(a, b);
    from_text
}

#[test]
fn list_rows_after_a_non_object_section_keep_their_section_index() {
    let text = regression("list-section-index-after-non-object.json");
    assert_eq!(pointers_of(&text, "WA0004"), vec!["/interactive/action/sections/0"]);
    assert_eq!(pointers_of(&text, "WA0005"), vec!["/interactive/action/sections/1/rows/0/id"]);
}

#[test]
fn product_items_after_a_non_object_section_keep_their_section_index() {
    let text = regression("product-list-section-index-after-non-object.json");
    assert_eq!(pointers_of(&text, "WA0004"), vec!["/interactive/action/sections/0"]);
    assert_eq!(
        pointers_of(&text, "WA0005"),
        vec!["/interactive/action/sections/1/product_items/0/product_retailer_id"]
    );
}

/// `n` empty contacts: one missing-member error each, plus one for the count.
fn empty_contacts(n: usize) -> Value {
    let contacts: Vec<Value> = (0..n).map(|_| json!({})).collect();
    json!({"messaging_product": "whatsapp", "to": PHONE, "type": "contacts", "contacts": contacts})
}

#[test]
fn a_report_lists_at_most_max_diagnostics_and_counts_the_rest() {
    let payload = empty_contacts(20_000);
    let text = serde_json::to_string(&payload).unwrap();
    let capped = lint(&text, &Options::default());
    assert_eq!(capped.diagnostics.len(), wa_lint::DEFAULT_MAX_DIAGNOSTICS + 1);
    let summary = capped.diagnostics.last().unwrap();
    assert_eq!((summary.code, summary.pointer.as_str()), ("WA0031", ""));
    assert_eq!(summary.severity, wa_lint::Severity::Error);
    assert_eq!(
        summary.message,
        "10001 more findings are not listed (10001 errors, 0 warnings, 0 infos); a report lists at most 10000"
    );
    let from_value = lint_value(&payload, &Options::default());
    assert_eq!(from_value.diagnostics.last().map(|d| &d.message), Some(&summary.message));
    let all = lint(&text, &Options::default().with_max_diagnostics(usize::MAX));
    assert_eq!(all.diagnostics.len(), 20_001);
    assert!(all.diagnostics.iter().all(|d| d.code != "WA0031"));
    // The listed ones are the first the full report holds.
    assert_eq!(capped.diagnostics[..10_000], all.diagnostics[..10_000]);
}

#[test]
fn duplicate_keys_past_the_limit_are_counted_too() {
    let repeated = "\"to\": \"+16505551234\",".repeat(30);
    let text = format!("{{\"messaging_product\": \"whatsapp\", {repeated} \"text\": {{\"body\": \"Hi\"}}}}");
    let report = lint(&text, &Options::default().with_max_diagnostics(10));
    assert_eq!(report.diagnostics.len(), 11);
    assert!(report.diagnostics[..10].iter().all(|d| d.code == "WA0003"));
    let summary = &report.diagnostics[10];
    assert_eq!(summary.code, "WA0031");
    assert!(summary.message.starts_with("19 more findings"), "{}", summary.message);
}
