//! The JavaScript binding, run as wasm in Node and headless Chromium (wasm-bindgen-test):
//! plain objects with camelCase fields, UTF-16 offsets, thrown errors for bad options.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use wa_lint_wasm::{lint, rules, version};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test as test;

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap()
}

fn number(object: &JsValue, name: &str) -> usize {
    field(object, name).as_f64().unwrap() as usize
}

#[test]
fn positions_are_utf16_offsets_that_slice_the_js_string() {
    let json = r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"👨‍👩‍👧‍👦 Olá é 字"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"🇧🇷 Confirmar a reserva já"}}]}}}"#;
    let diagnostics = Array::from(&lint(json, JsValue::UNDEFINED).unwrap());
    assert_eq!(diagnostics.length(), 1);
    let diagnostic = diagnostics.get(0);
    assert_eq!(field(&diagnostic, "code"), "WA0702");
    assert_eq!(field(&diagnostic, "endLine"), 1.0);
    let utf16: Vec<u16> = json.encode_utf16().collect();
    let (from, to) = (number(&diagnostic, "from"), number(&diagnostic, "to"));
    assert_eq!(String::from_utf16(&utf16[from..to]).unwrap(), "\"🇧🇷 Confirmar a reserva já\"");
    let span = field(&diagnostic, "span");
    assert_eq!(&json[number(&span, "start")..number(&span, "end")], "\"🇧🇷 Confirmar a reserva já\"");
}

#[test]
fn options_are_read_and_bad_options_throw() {
    let json = r#"{"messaging_product":"whatsapp","to":"+16505551234","text":{"body":"Hi"}}"#;
    let closed = JSON::parse(r#"{"serviceWindow":"closed"}"#).unwrap();
    assert_eq!(Array::from(&lint(json, closed).unwrap()).length(), 1);
    let bad = JSON::parse(r#"{"rules":{"WA9999":"off"}}"#).unwrap();
    assert!(lint(json, bad).is_err());
    assert!(lint(json, Array::new().into()).is_err());
    assert!(lint(json, JsValue::from_f64(1.0)).is_err());
}

#[test]
fn any_input_gives_diagnostics_not_a_trap() {
    for input in [
        "",
        "null",
        "[]",
        "{",
        "\u{feff}{}",
        &"[".repeat(100_000),
        &format!("{{\"text\":{{\"body\":\"{}\"}}}}", "é".repeat(100_000)),
    ] {
        assert!(Array::is_array(&lint(input, JsValue::UNDEFINED).unwrap()));
    }
}

#[test]
fn rules_and_version() {
    let all = Array::from(&rules().unwrap());
    assert!(all.length() > 80);
    let first = all.get(0);
    assert!(Object::keys(&first.into()).includes(&JsValue::from_str("appliesTo"), 0));
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
