//! Boundary pairs for every limit: exactly at the limit passes, one over fails, for plain ASCII
//! and for multi-code-point graphemes (family emoji, flags, combining accents), CJK and RTL text.
//! Runs natively and, through wasm-bindgen-test, in Node and headless Chromium.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use crate::common::{button_message, interactive, length_limits, list_message, template, text_message, with, PHONE};
use serde_json::{json, Value};
use wa_lint::{lint, lint_value, Options, ServiceWindow};

/// One character each, as a person counts: ASCII, a ZWJ family (11 UTF-16 units), a flag, a
/// combining accent, CJK, Arabic.
const GRAPHEMES: &[&str] = &["a", "👨‍👩‍👧‍👦", "🇧🇷", "e\u{301}", "字", "ع"];

/// The findings of `code` in `payload`, as (pointer) from the text API; checks that the value
/// API agrees on codes and pointers.
fn findings(payload: &Value, code: &str, options: &Options) -> Vec<String> {
    let text = serde_json::to_string_pretty(payload).unwrap();
    let from_text: Vec<_> =
        lint(&text, options).diagnostics.into_iter().filter(|d| d.code == code).map(|d| d.pointer).collect();
    let mut from_value: Vec<_> =
        lint_value(payload, options).diagnostics.into_iter().filter(|d| d.code == code).map(|d| d.pointer).collect();
    let mut sorted = from_text.clone();
    sorted.sort();
    from_value.sort();
    assert_eq!(sorted, from_value, "lint and lint_value disagree on {code}");
    from_text
}

#[test]
fn every_length_limit_passes_at_the_limit_and_fails_one_over() {
    let options = Options::default();
    for (code, payload, pointer, min, max) in length_limits() {
        for grapheme in GRAPHEMES {
            let at_limit = with(payload.clone(), pointer, json!(grapheme.repeat(max)));
            assert_eq!(
                findings(&at_limit, code, &options),
                Vec::<String>::new(),
                "{code} {pointer}: {max} × {grapheme:?} should pass"
            );
            let over = with(payload.clone(), pointer, json!(grapheme.repeat(max + 1)));
            assert_eq!(
                findings(&over, code, &options),
                vec![pointer.to_owned()],
                "{code} {pointer}: {} × {grapheme:?} should fail",
                max + 1
            );
        }
        let empty = with(payload.clone(), pointer, json!(""));
        let expected: Vec<String> = if min == 1 { vec![pointer.to_owned()] } else { vec![] };
        assert_eq!(findings(&empty, code, &options), expected, "{code} {pointer}: empty");
    }
}

#[test]
fn utf16_note_appears_when_graphemes_fit_but_utf16_units_do_not() {
    let payload = button_message();
    let pointer = "/interactive/action/buttons/0/reply/title";
    let two_families = with(payload.clone(), pointer, json!("👨‍👩‍👧‍👦".repeat(2)));
    assert_eq!(findings(&two_families, "WA0009", &Options::default()), vec![pointer.to_owned()]);
    let ascii = with(payload, pointer, json!("a".repeat(20)));
    assert!(findings(&ascii, "WA0009", &Options::default()).is_empty());
}

fn repeat(item: Value, count: usize) -> Value {
    Value::Array(vec![item; count])
}

#[test]
fn buttons_one_to_three() {
    let button = |i: usize| json!({"type": "reply", "reply": {"id": format!("id{i}"), "title": format!("Title {i}")}});
    for (count, fails) in [(0, true), (1, false), (3, false), (4, true)] {
        let buttons = Value::Array((0..count).map(button).collect());
        let payload = with(button_message(), "/interactive/action/buttons", buttons);
        assert_eq!(!findings(&payload, "WA0701", &Options::default()).is_empty(), fails, "{count} buttons");
    }
}

#[test]
fn sections_one_to_ten_and_ten_rows_in_all() {
    let section = |rows: usize, s: usize| json!({"title": format!("S{s}"), "rows": (0..rows).map(|r| json!({"id": format!("{s}-{r}"), "title": "Row"})).collect::<Vec<_>>()});
    let sections =
        |counts: &[usize]| Value::Array(counts.iter().enumerate().map(|(s, &rows)| section(rows, s)).collect());
    let check = |counts: &[usize], code: &str| {
        let payload = with(list_message(), "/interactive/action/sections", sections(counts));
        !findings(&payload, code, &Options::default()).is_empty()
    };
    assert!(!check(&[1; 10], "WA0802"));
    assert!(check(&[1; 11], "WA0802"));
    assert!(check(&[], "WA0802"));
    assert!(!check(&[5, 5], "WA0805"));
    assert!(check(&[5, 6], "WA0805"));
    assert!(!check(&[10], "WA0805"));
    assert!(check(&[11], "WA0805"));
}

#[test]
fn thirty_products_in_all() {
    let items = |n: usize, s: usize| repeat(json!({"product_retailer_id": format!("SKU-{s}")}), n);
    let payload = |a: usize, b: usize| {
        interactive(json!({
            "type": "product_list",
            "header": {"type": "text", "text": "Picks"},
            "body": {"text": "For you"},
            "action": {"catalog_id": "1", "sections": [
                {"title": "A", "product_items": items(a, 1)}, {"title": "B", "product_items": items(b, 2)}
            ]}
        }))
    };
    assert!(findings(&payload(15, 15), "WA0901", &Options::default()).is_empty());
    assert_eq!(findings(&payload(15, 16), "WA0901", &Options::default()), vec!["/interactive/action/sections"]);
}

#[test]
fn contacts_one_to_257() {
    let contact = json!({"name": {"formatted_name": "Ana Lima", "first_name": "Ana"}});
    let payload = |n: usize| json!({"messaging_product": "whatsapp", "to": PHONE, "type": "contacts", "contacts": repeat(contact.clone(), n)});
    assert!(findings(&payload(1), "WA0401", &Options::default()).is_empty());
    assert!(findings(&payload(257), "WA0401", &Options::default()).is_empty());
    assert_eq!(findings(&payload(258), "WA0401", &Options::default()), vec!["/contacts"]);
    assert_eq!(findings(&payload(0), "WA0401", &Options::default()), vec!["/contacts"]);
}

#[test]
fn template_button_index_zero_to_nine() {
    let payload = |index: Value| {
        template(
            json!([{"type": "button", "sub_type": "quick_reply", "index": index, "parameters": [{"type": "payload", "payload": "P"}]}]),
        )
    };
    for (index, fails) in
        [(json!("0"), false), (json!("9"), false), (json!(9), false), (json!("10"), true), (json!(10), true)]
    {
        assert_eq!(
            !findings(&payload(index.clone()), "WA1402", &Options::default()).is_empty(),
            fails,
            "index {index}"
        );
    }
}

#[test]
fn coordinates_within_range() {
    let payload = |lat: f64, lon: f64| {
        json!({"messaging_product": "whatsapp", "to": PHONE, "type": "location",
               "location": {"latitude": lat, "longitude": lon, "name": "X", "address": "Y"}})
    };
    assert!(findings(&payload(90.0, -180.0), "WA0301", &Options::default()).is_empty());
    assert_eq!(findings(&payload(90.000_001, 0.0), "WA0301", &Options::default()), vec!["/location/latitude"]);
    assert_eq!(findings(&payload(0.0, -180.000_001), "WA0301", &Options::default()), vec!["/location/longitude"]);
}

#[test]
fn phone_numbers_have_seven_to_fifteen_digits() {
    let payload = |to: &str| with(text_message(), "/to", json!(to));
    for (to, fails) in [
        ("1234567", false),
        ("+123 456 789 012 345", false),
        ("123456", true),
        ("1234567890123456", true),
        ("+1 650 x", true),
    ] {
        assert_eq!(!findings(&payload(to), "WA0010", &Options::default()).is_empty(), fails, "{to}");
    }
}

#[test]
fn template_text_spaces_up_to_four() {
    let payload = |text: &str| template(json!([{"type": "body", "parameters": [{"type": "text", "text": text}]}]));
    assert!(findings(&payload("a    b"), "WA1409", &Options::default()).is_empty());
    assert!(!findings(&payload("a     b"), "WA1409", &Options::default()).is_empty());
}

#[test]
fn service_window_only_when_closed() {
    let closed = Options::default().with_service_window(ServiceWindow::Closed);
    let open = Options::default().with_service_window(ServiceWindow::Open);
    assert_eq!(findings(&text_message(), "WA1501", &closed), vec!["/type"]);
    assert!(findings(&text_message(), "WA1501", &open).is_empty());
    assert!(findings(&template(json!([])), "WA1501", &closed).is_empty());
}
