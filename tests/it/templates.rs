//! Template sends checked against their approved definitions (WA20xx), and definitions linted on
//! their own (WA21xx). The first group rebuilds public field reports as a payload and the
//! definition it was sent against: each must be caught with the message that names the problem.

use serde_json::{json, Value};
use wa_lint::{lint, Kind, Options, Templates};

const DEFINITIONS: &str = include_str!("../templates/definitions.json");

fn templates() -> Templates {
    Templates::from_json(DEFINITIONS).expect("the test definitions parse")
}

/// A template send of `name` in `language` with these components.
fn send(name: &str, language: &str, components: Value) -> Value {
    json!({
        "messaging_product": "whatsapp",
        "to": "+16505551234",
        "type": "template",
        "template": {"name": name, "language": {"code": language}, "components": components}
    })
}

/// The template-aware findings (code, pointer, message) of a send.
fn findings(payload: &Value) -> Vec<(&'static str, String, String)> {
    let text = serde_json::to_string_pretty(payload).unwrap();
    let options = Options::default().with_templates(templates());
    let report = lint(&text, &options);
    report
        .diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with("WA20"))
        .map(|d| (d.code, d.pointer, d.message))
        .collect()
}

/// The definition findings (code, pointer, message) of one definition document.
fn definition_findings(definition: &Value) -> Vec<(&'static str, String, String)> {
    let text = serde_json::to_string_pretty(definition).unwrap();
    let report = lint(&text, &Options::default().with_kind(Kind::TemplateDefinition));
    report.diagnostics.into_iter().map(|d| (d.code, d.pointer, d.message)).collect()
}

fn body(texts: &[&str]) -> Value {
    let parameters: Vec<Value> = texts.iter().map(|text| json!({"type": "text", "text": text})).collect();
    json!({"type": "body", "parameters": parameters})
}

fn url_button(index: u32, suffix: &str) -> Value {
    json!({"type": "button", "sub_type": "url", "index": index, "parameters": [{"type": "text", "text": suffix}]})
}

fn assert_one(found: &[(&'static str, String, String)], code: &str, pointer: &str, message: &str) {
    let matching: Vec<_> = found.iter().filter(|(c, p, _)| *c == code && p == pointer).collect();
    assert_eq!(matching.len(), 1, "expected one {code} at {pointer:?}; found {found:#?}");
    assert_eq!(matching[0].2, message, "{code} at {pointer}");
}

#[test]
fn a_matching_send_is_clean() {
    let payload = send("order_update", "en_US", json!([body(&["Ana", "4521"]), url_button(0, "4521")]));
    assert_eq!(findings(&payload), vec![]);
}

// Field report (Chatwoot, pywa): 132000 "Number of parameters does not match".
#[test]
fn field_report_parameter_count_132000() {
    let payload = send("order_update", "en_US", json!([body(&["Ana"]), url_button(0, "4521")]));
    assert_one(
        &findings(&payload),
        "WA2003",
        "/template/components/0/parameters",
        "template `order_update` (en_US) body expects 2 parameters ({{1}}, {{2}}); got 1",
    );
}

// Field report (heyoo, Laravel SDK): 132001 "Template name does not exist in the translation".
#[test]
fn field_report_language_not_defined_132001() {
    let payload = send("order_update", "en", json!([body(&["Ana", "4521"])]));
    let found = findings(&payload);
    let (code, pointer, message) = &found[0];
    assert_eq!((*code, pointer.as_str()), ("WA2001", "/template/language/code"), "{found:#?}");
    assert!(message.contains("`order_update`") && message.contains("en_US"), "{message}");
}

// Field report (Pipedream): 132012 "header: expected IMAGE, received UNKNOWN".
#[test]
fn field_report_header_format_132012() {
    let payload = send("new_arrivals", "en_US", json!([body(&["Ana"])]));
    let found = findings(&payload);
    assert!(
        found.iter().any(|(code, pointer, message)| *code == "WA2005"
            && pointer == "/template/components"
            && message.contains("IMAGE")),
        "{found:#?}"
    );
}

// Field report (Java SDK): 131008 "Button at index 0 of type Url requires a parameter".
#[test]
fn field_report_url_button_parameter_131008() {
    let payload = send("order_update", "en_US", json!([body(&["Ana", "4521"])]));
    let found = findings(&payload);
    assert!(
        found.iter().any(|(code, pointer, message)| *code == "WA2007"
            && pointer == "/template/components"
            && message.contains("button 0")),
        "{found:#?}"
    );
}

// Field report (pywa): (#100) "Parameter name is missing or empty".
#[test]
fn field_report_named_parameter_missing_100() {
    let header =
        json!({"type": "header", "parameters": [{"type": "text", "parameter_name": "first_name", "text": "Ana"}]});
    let body = json!({"type": "body", "parameters": [
        {"type": "text", "parameter_name": "first_name", "text": "Ana"},
        {"type": "text", "text": "SPRING25"}
    ]});
    let found = findings(&send("welcome_named", "en_US", json!([header, body])));
    assert!(
        found.iter().any(|(code, pointer, _)| *code == "WA2004" && pointer.starts_with("/template/components/1")),
        "{found:#?}"
    );
}

#[test]
fn named_parameters_in_any_order_are_clean() {
    let header =
        json!({"type": "header", "parameters": [{"type": "text", "parameter_name": "first_name", "text": "Ana"}]});
    let body = json!({"type": "body", "parameters": [
        {"type": "text", "parameter_name": "voucher_code", "text": "SPRING25"},
        {"type": "text", "parameter_name": "first_name", "text": "Ana"}
    ]});
    assert_eq!(findings(&send("welcome_named", "en_US", json!([header, body]))), vec![]);
}

#[test]
fn a_template_that_is_not_approved_is_reported_at_its_name() {
    let found = findings(&send("paused_promo", "en_US", json!([])));
    assert!(found.iter().any(|(code, pointer, message)| *code == "WA2002"
        && pointer == "/template/name"
        && message.contains("PAUSED")));
}

#[test]
fn an_unknown_name_suggests_a_close_one() {
    let text = serde_json::to_string(&send("order_updte", "en_US", json!([body(&["Ana", "4521"])]))).unwrap();
    let report = lint(&text, &Options::default().with_templates(templates()));
    let found: Vec<_> = report.diagnostics.iter().filter(|d| d.code == "WA2001").collect();
    assert_eq!(found.len(), 1, "{:#?}", report.diagnostics);
    assert_eq!(found[0].pointer, "/template/name");
    assert_eq!(found[0].help.as_deref(), Some("did you mean `order_update`?"));
}

#[test]
fn a_parameter_for_a_component_the_definition_lacks_is_reported_where_it_stands() {
    let header = json!({"type": "header", "parameters": [{"type": "text", "text": "Hi"}]});
    let found =
        findings(&send("order_update", "en_US", json!([header, body(&["Ana", "4521"]), url_button(0, "4521")])));
    assert!(
        found.iter().any(|(code, pointer, _)| *code == "WA2013" && pointer.starts_with("/template/components/0")),
        "{found:#?}"
    );
}

#[test]
fn substituted_header_length_has_a_boundary_at_60_characters_with_graphemes() {
    let header = |text: String| json!({"type": "header", "parameters": [{"type": "text", "parameter_name": "first_name", "text": text}]});
    let body = json!({"type": "body", "parameters": [
        {"type": "text", "parameter_name": "first_name", "text": "Ana"},
        {"type": "text", "parameter_name": "voucher_code", "text": "SPRING25"}
    ]});
    // "Welcome, " and "!" are 10 characters around the parameter.
    let family = "👨‍👩‍👧‍👦";
    let at_limit = send("welcome_named", "en_US", json!([header(family.repeat(50)), body.clone()]));
    assert_eq!(findings(&at_limit), vec![]);
    let over = send("welcome_named", "en_US", json!([header(family.repeat(51)), body]));
    assert!(findings(&over).iter().any(|(code, _, _)| *code == "WA2009"), "{:#?}", findings(&over));
}

#[test]
fn copy_code_and_limited_time_offer_need_their_components() {
    let clean = send(
        "flash_offer",
        "en_US",
        json!([
            {"type": "limited_time_offer", "parameters": [{"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1_767_225_600_000_i64}}]},
            body(&["Ana"]),
            {"type": "button", "sub_type": "copy_code", "index": 0, "parameters": [{"type": "coupon_code", "coupon_code": "FLASH25"}]},
            url_button(1, "flash")
        ]),
    );
    assert_eq!(findings(&clean), vec![]);
    let without_offer = send(
        "flash_offer",
        "en_US",
        json!([
            body(&["Ana"]),
            {"type": "button", "sub_type": "copy_code", "index": 0, "parameters": [{"type": "coupon_code", "coupon_code": "FLASH25"}]},
            url_button(1, "flash")
        ]),
    );
    assert!(findings(&without_offer).iter().any(|(code, _, _)| *code == "WA2012"), "{:#?}", findings(&without_offer));
}

#[test]
fn a_button_sub_type_must_match_the_definition() {
    let quick_reply_as_url = json!({"type": "button", "sub_type": "quick_reply", "index": 0, "parameters": [{"type": "payload", "payload": "x"}]});
    let found = findings(&send("order_update", "en_US", json!([body(&["Ana", "4521"]), quick_reply_as_url])));
    assert!(
        found.iter().any(|(code, pointer, _)| *code == "WA2006" && pointer.starts_with("/template/components/1")),
        "{found:#?}"
    );
}

#[test]
fn a_url_suffix_that_is_a_whole_url_is_a_warning() {
    let found = findings(&send(
        "order_update",
        "en_US",
        json!([body(&["Ana", "4521"]), url_button(0, "https://shop.example.com/track/4521")]),
    ));
    assert!(found.iter().any(|(code, _, _)| *code == "WA2008"), "{found:#?}");
}

#[test]
fn carousel_sends_need_as_many_cards_as_the_definition() {
    let card = |index: u32| {
        json!({"card_index": index, "components": [
            {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://cdn.example.com/a.jpg"}}]},
            {"type": "button", "sub_type": "quick_reply", "index": 0, "parameters": [{"type": "payload", "payload": "buy"}]}
        ]})
    };
    let carousel = |cards: Vec<Value>| json!({"type": "carousel", "cards": cards});
    let two = send("spring_carousel", "en_US", json!([body(&["Ana"]), carousel(vec![card(0), card(1)])]));
    assert_eq!(findings(&two), vec![]);
    let one = send("spring_carousel", "en_US", json!([body(&["Ana"]), carousel(vec![card(0)])]));
    assert!(findings(&one).iter().any(|(code, _, _)| *code == "WA2011"), "{:#?}", findings(&one));
}

#[test]
fn definitions_that_cannot_be_read_are_an_error_about_them() {
    assert!(Templates::from_json("{").unwrap_err().to_string().starts_with("invalid templates: not valid JSON"));
    assert!(Templates::from_json("[1]").is_err());
    assert!(Templates::from_json(r#"{"data": {}}"#).is_err());
    let one = r#"{"name": "a", "language": "en_US", "components": []}"#;
    assert_eq!(Templates::from_json(one).unwrap().len(), 1);
    assert_eq!(Templates::from_json(&format!("[{one}]")).unwrap().len(), 1);
}

fn definition(components: Value) -> Value {
    json!({"name": "order_update", "language": "en_US", "category": "UTILITY", "components": components})
}

#[test]
fn a_clean_definition_has_no_findings() {
    let clean = definition(json!([
        {"type": "BODY", "text": "Hi {{1}}, order {{2}} has shipped.", "example": {"body_text": [["Ana", "4521"]]}},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Thanks"},
            {"type": "URL", "text": "Track", "url": "https://a.example/t/{{1}}", "example": ["https://a.example/t/1"]}
        ]}
    ]));
    assert_eq!(definition_findings(&clean), vec![]);
}

// The creation rejections the issue names: variables out of sequence, a variable at the very
// start, a URL variable not at the end, 26-character button text, quick replies not grouped.
#[test]
fn definition_placeholders_out_of_sequence() {
    let found = definition_findings(&definition(
        json!([{"type": "BODY", "text": "Hi {{1}}, order {{3}}.", "example": {"body_text": [["Ana", "4521"]]}}]),
    ));
    assert!(found.iter().any(|(code, pointer, _)| *code == "WA2105" && pointer == "/components/0/text"), "{found:#?}");
}

#[test]
fn definition_placeholder_at_the_start() {
    let found = definition_findings(&definition(
        json!([{"type": "BODY", "text": "{{1}}, your order has shipped.", "example": {"body_text": [["Ana"]]}}]),
    ));
    assert!(found.iter().any(|(code, pointer, _)| *code == "WA2106" && pointer == "/components/0/text"), "{found:#?}");
}

#[test]
fn definition_url_variable_not_at_the_end() {
    let found = definition_findings(&definition(json!([
        {"type": "BODY", "text": "Your order has shipped."},
        {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://a.example/{{1}}/track", "example": ["https://a.example/1/track"]}]}
    ])));
    assert!(
        found.iter().any(|(code, pointer, _)| *code == "WA2113" && pointer.starts_with("/components/1/buttons/0")),
        "{found:#?}"
    );
}

#[test]
fn definition_button_text_boundary_at_25_characters_with_graphemes() {
    let with_text = |text: String| {
        definition(json!([
            {"type": "BODY", "text": "Your order has shipped."},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": text}]}
        ]))
    };
    let flag = "🇧🇷";
    assert_eq!(definition_findings(&with_text(flag.repeat(25))), vec![]);
    let found = definition_findings(&with_text(flag.repeat(26)));
    assert!(
        found.iter().any(|(code, pointer, message)| *code == "WA2113"
            && pointer == "/components/1/buttons/0/text"
            && message.contains("26")),
        "{found:#?}"
    );
}

#[test]
fn definition_quick_replies_not_grouped() {
    let found = definition_findings(&definition(json!([
        {"type": "BODY", "text": "Your order has shipped."},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Yes"},
            {"type": "URL", "text": "Track", "url": "https://a.example/t"},
            {"type": "QUICK_REPLY", "text": "No"}
        ]}
    ])));
    assert!(found.iter().any(|(code, _, _)| *code == "WA2112"), "{found:#?}");
}

#[test]
fn a_get_response_is_detected_and_linted_with_pointers_into_data() {
    let response = json!({"data": [definition(json!([{"type": "BODY", "text": "{{1}} shipped.", "example": {"body_text": [["Ana"]]}}]))]});
    let text = serde_json::to_string_pretty(&response).unwrap();
    let report = lint(&text, &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code == "WA2106" && d.pointer == "/data/0/components/0/text"),
        "{:#?}",
        report.diagnostics
    );
    // The same document as a message is a message with unknown members, not a definition.
    let as_message = lint(&text, &Options::default().with_kind(Kind::Message));
    assert!(as_message.diagnostics.iter().all(|d| !d.code.starts_with("WA21")));
}

#[test]
fn every_definition_in_the_test_catalog_is_clean() {
    let report = lint(DEFINITIONS, &Options::default());
    let errors: Vec<_> = report.diagnostics.iter().filter(|d| d.severity == wa_lint::Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

// Found by fuzzing: a missing `example` is reported at `example` (which the component lacks),
// not at `example/header_text` below it, so that the pointer's parent exists.
#[test]
fn placeholders_without_any_example_are_reported_at_example() {
    let found = definition_findings(&definition(
        json!([{"type": "HEADER", "format": "TEXT", "text": "Order {{1}} for {{2}}ipped."}]),
    ));
    assert!(
        found.iter().any(|(code, pointer, message)| *code == "WA2107"
            && pointer == "/components/0/example"
            && message.contains("example.header_text")),
        "{found:#?}"
    );
}

// Found by fuzzing: an `example` that is not an object is reported at `example`.
#[test]
fn an_example_that_is_not_an_object_is_reported_at_example() {
    let found = definition_findings(&definition(json!([
        {"type": "HEADER", "format": "IMAGE", "example": "shoe.jpg"},
        {"type": "BODY", "text": "Hi {{1}}.", "example": "Ana"}
    ])));
    for component in [0, 1] {
        let pointer = format!("/components/{component}/example");
        assert!(found.iter().any(|(code, at, _)| *code == "WA2107" && *at == pointer), "{pointer}: {found:#?}");
    }
}

/// `tests/templates/definition-cases.json`: one definition per §21 limit or rule, each at its
/// boundary or just past it (characters counted as graphemes: "é" and "👍" are one each), with
/// the rule expected, or `null` where no error may be reported.
#[test]
fn definition_boundary_cases() {
    let cases: Vec<Value> = serde_json::from_str(include_str!("../templates/definition-cases.json")).unwrap();
    assert!(cases.len() >= 50, "{} cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let text = serde_json::to_string(&case["definition"]).unwrap();
        let report = lint(&text, &Options::default().with_kind(Kind::TemplateDefinition));
        let name = case["case"].as_str().unwrap_or_default();
        let ok = match case["expect"].as_str() {
            Some(code) => report.diagnostics.iter().any(|d| d.code == code),
            None => !report.has_errors(),
        };
        if !ok {
            let got: Vec<_> = report.diagnostics.iter().map(|d| (d.code, d.pointer.as_str())).collect();
            wrong.push(format!("{name}: expected {}, got {got:?}", case["expect"]));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
