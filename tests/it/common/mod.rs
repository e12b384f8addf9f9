//! Payload builders, the table of length limits and the options each rule's examples are linted
//! with, shared by the test modules.
#![allow(dead_code)] // the wasm build compiles only the modules that run there

use serde_json::{json, Value};
use wa_lint::{Options, Rule};

pub const PHONE: &str = "+16505551234";

pub fn interactive(body: Value) -> Value {
    json!({"messaging_product": "whatsapp", "to": PHONE, "type": "interactive", "interactive": body})
}

pub fn button_message() -> Value {
    interactive(json!({
        "type": "button",
        "header": {"type": "text", "text": "Order", "sub_text": "Today"},
        "body": {"text": "Confirm?"},
        "footer": {"text": "Thanks"},
        "action": {"buttons": [{"type": "reply", "reply": {"id": "yes", "title": "Yes"}}]}
    }))
}

pub fn list_message() -> Value {
    interactive(json!({
        "type": "list",
        "body": {"text": "Pick"},
        "action": {"button": "Menu", "sections": [
            {"title": "Dishes", "rows": [{"id": "1", "title": "Feijoada", "description": "Beans"}]}
        ]}
    }))
}

pub fn flow_message() -> Value {
    interactive(json!({
        "type": "flow",
        "body": {"text": "Book"},
        "action": {"name": "flow", "parameters": {
            "flow_message_version": "3", "flow_token": "token", "flow_id": "1234567890", "flow_cta": "Book",
            "flow_action": "navigate", "flow_action_payload": {"screen": "START"}
        }}
    }))
}

pub fn cta_message() -> Value {
    interactive(json!({
        "type": "cta_url",
        "body": {"text": "Track"},
        "action": {"name": "cta_url", "parameters": {"display_text": "Track", "url": "https://example.com/t"}}
    }))
}

pub fn template(components: Value) -> Value {
    json!({"messaging_product": "whatsapp", "to": PHONE, "type": "template",
           "template": {"name": "order_update", "language": {"code": "en_US"}, "components": components}})
}

pub fn carousel_message() -> Value {
    let card = |index: usize| {
        json!({"card_index": index, "type": "cta_url",
               "header": {"type": "image", "image": {"link": format!("https://cdn.example.com/{index}.jpg")}},
               "body": {"text": "Blue Echeveria"},
               "action": {"name": "cta_url", "parameters": {"display_text": "Buy now", "url": "https://shop.example.com/a"}}})
    };
    interactive(json!({"type": "carousel", "body": {"text": "New in"}, "action": {"cards": [card(0), card(1)]}}))
}

pub fn voice_call_message() -> Value {
    interactive(json!({
        "type": "voice_call",
        "body": {"text": "Call us"},
        "action": {"name": "voice_call", "parameters": {"display_text": "Call on WhatsApp", "ttl_minutes": 100, "payload": "x"}}
    }))
}

pub fn order_status_message() -> Value {
    interactive(json!({
        "type": "order_status",
        "body": {"text": "Your order shipped"},
        "action": {"name": "review_order", "parameters": {"reference_id": "order-1", "order": {"status": "shipped", "description": "x"}}}
    }))
}

pub fn text_message() -> Value {
    json!({"messaging_product": "whatsapp", "to": PHONE, "text": {"body": "Hi"}})
}

/// (rule code, payload, pointer to the limited string, minimum, maximum in characters)
pub fn length_limits() -> Vec<(&'static str, Value, &'static str, usize, usize)> {
    let with_context = json!({"messaging_product": "whatsapp", "to": PHONE, "context": {"message_id": "wamid.x"}, "text": {"body": "Hi"}});
    let with_callback =
        json!({"messaging_product": "whatsapp", "to": PHONE, "biz_opaque_callback_data": "x", "text": {"body": "Hi"}});
    let image =
        json!({"messaging_product": "whatsapp", "to": PHONE, "type": "image", "image": {"id": "1", "caption": "x"}});
    let header_param =
        template(json!([{"type": "header", "parameters": [{"type": "text", "text": "x"}]}, {"type": "body"}]));
    let body_param =
        template(json!([{"type": "header"}, {"type": "body", "parameters": [{"type": "text", "text": "x"}]}]));
    let body_only = template(json!([{"type": "body", "parameters": [{"type": "text", "text": "x"}]}]));
    vec![
        ("WA0101", text_message(), "/text/body", 1, 4096),
        ("WA0013", with_context, "/context/message_id", 1, 128),
        ("WA0014", with_callback, "/biz_opaque_callback_data", 0, 512),
        ("WA0204", image, "/image/caption", 0, 1024),
        ("WA0602", button_message(), "/interactive/body/text", 1, 1024),
        ("WA0603", button_message(), "/interactive/footer/text", 1, 60),
        ("WA0607", button_message(), "/interactive/header/text", 1, 60),
        ("WA0607", button_message(), "/interactive/header/sub_text", 0, 60),
        ("WA0702", button_message(), "/interactive/action/buttons/0/reply/title", 1, 20),
        ("WA0704", button_message(), "/interactive/action/buttons/0/reply/id", 1, 256),
        ("WA0801", list_message(), "/interactive/action/button", 1, 20),
        ("WA0804", list_message(), "/interactive/action/sections/0/title", 1, 24),
        ("WA0807", list_message(), "/interactive/action/sections/0/rows/0/id", 1, 200),
        ("WA0809", list_message(), "/interactive/action/sections/0/rows/0/title", 1, 24),
        ("WA0810", list_message(), "/interactive/action/sections/0/rows/0/description", 0, 72),
        ("WA1102", flow_message(), "/interactive/action/parameters/flow_cta", 1, 20),
        ("WA1201", cta_message(), "/interactive/action/parameters/display_text", 1, 20),
        ("WA1404", header_param, "/template/components/0/parameters/0/text", 1, 60),
        ("WA1405", body_param, "/template/components/1/parameters/0/text", 1, 1024),
        ("WA1405", body_only, "/template/components/0/parameters/0/text", 1, 32768),
        ("WA1304", carousel_message(), "/interactive/action/cards/0/body/text", 1, 160),
        ("WA1201", voice_call_message(), "/interactive/action/parameters/display_text", 1, 20),
        ("WA1603", voice_call_message(), "/interactive/action/parameters/payload", 0, 512),
        ("WA1805", order_status_message(), "/interactive/action/parameters/order/description", 0, 120),
    ]
}

/// The payload with the value at `pointer` replaced.
pub fn with(mut payload: Value, pointer: &str, value: Value) -> Value {
    *payload.pointer_mut(pointer).unwrap_or_else(|| panic!("no {pointer} in the base payload")) = value;
    payload
}

/// The options a rule's spec folder gives its examples (`tests/specs/<code>-<name>/options.json`).
pub fn spec_options(rule: &Rule) -> Options {
    let path = format!("tests/specs/{}-{}/options.json", rule.code, rule.name);
    match std::fs::read_to_string(&path) {
        Ok(json) => Options::from_json(&json).unwrap_or_else(|error| panic!("{path}: {error}")),
        Err(_) => Options::default(),
    }
}

/// Whether a rule's examples are template definitions rather than message payloads.
pub fn lints_definitions(code: &str) -> bool {
    code.starts_with("WA21")
}
