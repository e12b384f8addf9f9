//! CONSTRAINTS §1, §4, §13, §18 and §19 as revised for today's API: boundary pairs for every
//! count and range they add, and the document-wide behaviours (null members, JSON-encoded
//! strings, unknown members, contextual rules), each asserted at its pointer.

use crate::common::{carousel_message, interactive, template, text_message, voice_call_message, with, PHONE};
use serde_json::{json, Value};
use wa_lint::{lint, lint_value, Endpoint, Options, Severity};

/// (code, pointer) of every finding, from the text API, checked against the value API.
fn codes(payload: &Value, options: &Options) -> Vec<(&'static str, String)> {
    let text = serde_json::to_string_pretty(payload).unwrap();
    let found: Vec<_> = lint(&text, options).diagnostics.into_iter().map(|d| (d.code, d.pointer)).collect();
    let mut from_value: Vec<_> =
        lint_value(payload, options).diagnostics.into_iter().map(|d| (d.code, d.pointer)).collect();
    let mut sorted = found.clone();
    sorted.sort();
    from_value.sort();
    assert_eq!(sorted, from_value, "lint and lint_value disagree");
    found
}

/// The payload with member `key` set (added or replaced) in the object at `parent`.
fn set(mut payload: Value, parent: &str, key: &str, value: Value) -> Value {
    payload.pointer_mut(parent).and_then(Value::as_object_mut).unwrap().insert(key.to_owned(), value);
    payload
}

fn has(payload: &Value, code: &str, pointer: &str) -> bool {
    codes(payload, &Options::default()).iter().any(|(c, p)| *c == code && p == pointer)
}

fn no_errors(payload: &Value) -> bool {
    let text = payload.to_string();
    lint(&text, &Options::default()).diagnostics.iter().all(|d| d.severity != Severity::Error)
}

#[test]
fn carousel_takes_two_to_ten_cards() {
    let cards = |n: usize| {
        let mut payload = carousel_message();
        let card = payload["interactive"]["action"]["cards"][0].clone();
        let all: Vec<Value> = (0..n).map(|i| with(card.clone(), "/card_index", json!(i))).collect();
        payload["interactive"]["action"]["cards"] = json!(all);
        payload
    };
    for n in [2, 10] {
        assert!(no_errors(&cards(n)), "{n} cards");
    }
    for n in [1, 11] {
        assert!(has(&cards(n), "WA1301", "/interactive/action/cards"), "{n} cards");
    }
}

#[test]
fn carousel_cards_are_numbered_in_order_and_alike() {
    let payload = carousel_message();
    assert!(no_errors(&payload));
    let swapped = with(payload.clone(), "/interactive/action/cards/1/card_index", json!(0));
    assert!(has(&swapped, "WA1302", "/interactive/action/cards/1/card_index"));
    let video =
        with(payload.clone(), "/interactive/action/cards/1/header", json!({"type": "video", "video": {"id": "1"}}));
    assert!(has(&video, "WA1303", "/interactive/action/cards/1"));
    let both = set(
        payload.clone(),
        "/interactive/action/cards/0/action",
        "buttons",
        json!([{"type": "quick_reply", "quick_reply": {"id": "a", "title": "A"}}]),
    );
    assert!(has(&both, "WA1305", "/interactive/action/cards/0/action"));
    let three_breaks = with(payload, "/interactive/action/cards/0/body/text", json!("a\nb\nc\nd"));
    assert!(has(&three_breaks, "WA1304", "/interactive/action/cards/0/body/text"));
    let two_breaks = with(carousel_message(), "/interactive/action/cards/0/body/text", json!("a\nb\r\nc"));
    assert!(no_errors(&two_breaks));
}

#[test]
fn carousel_quick_replies_one_or_two_per_card() {
    let replies = |n: usize| {
        let buttons: Vec<Value> = (0..n)
            .map(|i| json!({"type": "quick_reply", "quick_reply": {"id": format!("q{i}"), "title": "Pick"}}))
            .collect();
        let mut payload = carousel_message();
        for card in 0..2 {
            let action = json!({"buttons": buttons.iter().map(|b| with(b.clone(), "/quick_reply/id", json!(format!("c{card}{}", b["quick_reply"]["id"].as_str().unwrap())))).collect::<Vec<_>>()});
            payload = with(payload, &format!("/interactive/action/cards/{card}/action"), action);
        }
        payload
    };
    assert!(no_errors(&replies(1)) && no_errors(&replies(2)));
    assert!(has(&replies(3), "WA1305", "/interactive/action/cards/0/action/buttons"));
    assert!(has(&replies(0), "WA1305", "/interactive/action/cards/0/action/buttons"));
}

#[test]
fn voice_call_ttl_is_one_to_43200_minutes() {
    for ttl in [1, 43_200] {
        assert!(no_errors(&with(voice_call_message(), "/interactive/action/parameters/ttl_minutes", json!(ttl))));
    }
    for ttl in [0, 43_201, -5] {
        let payload = with(voice_call_message(), "/interactive/action/parameters/ttl_minutes", json!(ttl));
        assert!(has(&payload, "WA1602", "/interactive/action/parameters/ttl_minutes"), "{ttl}");
    }
    let footer = set(voice_call_message(), "/interactive", "footer", json!({"text": "Support"}));
    assert!(has(&footer, "WA0610", "/interactive/footer"));
}

#[test]
fn pins_last_one_to_thirty_days_in_groups() {
    let pin = |days: Value| {
        json!({"messaging_product": "whatsapp", "recipient_type": "group", "to": "Y2FwaV9ncm91cDox", "type": "pin",
               "pin": {"type": "pin", "message_id": "wamid.x", "expiration_days": days}})
    };
    for days in [json!(1), json!(30), json!("7")] {
        assert!(no_errors(&pin(days.clone())), "{days}");
    }
    for days in [json!(0), json!(31)] {
        assert!(has(&pin(days.clone()), "WA0030", "/pin/expiration_days"), "{days}");
    }
    let individual = with(pin(json!(7)), "/recipient_type", json!("individual"));
    assert!(has(&individual, "WA0030", "/pin"));
}

#[test]
fn coordinates_are_numbers_or_decimal_strings_in_range() {
    let location = |latitude: Value| {
        json!({"messaging_product": "whatsapp", "to": PHONE, "type": "location",
               "location": {"latitude": latitude, "longitude": "-122.1", "name": "HQ", "address": "1 Hacker Way"}})
    };
    for ok in [json!(90), json!(-90), json!("90"), json!("-89.999"), json!("37.44216251868683")] {
        assert!(no_errors(&location(ok.clone())), "{ok}");
    }
    for over in [json!(90.0001), json!("-90.0001")] {
        assert!(has(&location(over.clone()), "WA0301", "/location/latitude"), "{over}");
    }
    for malformed in ["1e3", "+37.4", " 37.4", "37.", ".5", "N37"] {
        assert!(has(&location(json!(malformed)), "WA0303", "/location/latitude"), "{malformed}");
    }
    let unlabeled = json!({"messaging_product": "whatsapp", "to": PHONE, "type": "location",
                           "location": {"latitude": 1, "longitude": 2}});
    assert!(no_errors(&unlabeled));
    assert!(has(&unlabeled, "WA0302", "/location/name"));
}

#[test]
fn null_members_are_warnings_or_missing() {
    let optional = set(text_message(), "", "context", Value::Null);
    assert!(no_errors(&optional));
    assert!(has(&optional, "WA0020", "/context"));
    let required = with(text_message(), "/messaging_product", Value::Null);
    assert!(has(&required, "WA0005", "/messaging_product"));
    assert!(!has(&required, "WA0020", "/messaging_product"));
    let mut unknown = text_message();
    unknown["colour"] = Value::Null;
    assert!(has(&unknown, "WA0006", "/colour"));
}

#[test]
fn json_encoded_objects_are_decoded_and_linted_at_the_string() {
    let action = json!({"buttons": [{"type": "reply", "reply": {"id": "yes", "title": "Yes, confirm my booking"}}]});
    let payload = interactive(json!({"type": "button", "body": {"text": "Confirm?"}, "action": action.to_string()}));
    let found = codes(&payload, &Options::default());
    assert!(found.contains(&("WA0021", "/interactive/action".to_owned())), "{found:?}");
    // The title inside the string is too long: reported at the string, saying where inside it.
    assert!(found.contains(&("WA0702", "/interactive/action".to_owned())), "{found:?}");
    let report = lint(&payload.to_string(), &Options::default());
    let title = report.diagnostics.iter().find(|d| d.code == "WA0702").unwrap();
    assert!(title.message.ends_with("(inside the JSON string, at /buttons/0/reply/title)"), "{}", title.message);
    // A text body that happens to hold JSON is a text: no decoding.
    let body = with(text_message(), "/text/body", json!("{\"a\": 1}"));
    assert!(codes(&body, &Options::default()).is_empty());
}

#[test]
fn contextual_rules() {
    let reaction = json!({"messaging_product": "whatsapp", "to": PHONE, "context": {"message_id": "wamid.x"},
                          "type": "reaction", "reaction": {"message_id": "wamid.x", "emoji": "👍"}});
    assert!(has(&reaction, "WA0023", "/context"));
    let group_buttons = set(
        interactive(json!({"type": "button", "body": {"text": "Vote"},
                           "action": {"buttons": [{"type": "reply", "reply": {"id": "y", "title": "Yes"}}]}})),
        "",
        "recipient_type",
        json!("group"),
    );
    assert!(has(&group_buttons, "WA0025", "/type"));
    let webp = json!({"messaging_product": "whatsapp", "to": PHONE, "type": "image", "image": {"link": "https://a.example/x.WEBP"}});
    assert!(has(&webp, "WA0209", "/image/link"));
    let voice = json!({"messaging_product": "whatsapp", "to": PHONE, "type": "audio",
                       "audio": {"link": "https://a.example/note.opus", "voice": true}});
    assert!(no_errors(&voice) && !has(&voice, "WA0210", "/audio/link"));
    let authentication = json!({"messaging_product": "whatsapp", "recipient": "US.ENT.1349120865", "category": "AUTHENTICATION",
                                "text": {"body": "123456"}});
    assert!(has(&authentication, "WA0027", "/recipient"));
    assert!(!has(&authentication, "WA0018", "/recipient"), "a parent BSUID is a valid recipient");
}

#[test]
fn payloads_over_one_megabyte_are_not_delivered() {
    let text = |size: usize| {
        let head = format!(r#"{{"messaging_product":"whatsapp","to":"{PHONE}","text":{{"body":""#);
        let tail = r#""}}"#;
        format!("{head}{}{tail}", "a".repeat(size - head.len() - tail.len()))
    };
    let size = |text: &str| lint(text, &Options::default()).diagnostics.iter().any(|d| d.code == "WA0022");
    assert!(!size(&text(1 << 20)));
    assert!(size(&text((1 << 20) + 1)));
}

#[test]
fn the_marketing_endpoint_takes_templates_and_its_own_members() {
    let marketing = Options::default().with_endpoint(Endpoint::MarketingMessages);
    let mut send = template(json!([]));
    send["product_policy"] = json!("STRICT");
    assert!(codes(&send, &Options::default()).contains(&("WA0028", "/product_policy".to_owned())));
    assert!(!codes(&send, &marketing).iter().any(|(code, _)| *code == "WA0028"));
    assert!(codes(&text_message(), &marketing).contains(&("WA0028", "/type".to_owned())));
}

#[test]
fn cta_buttons_in_button_messages() {
    let cta = |i: usize| json!({"type": "cta_url", "cta_url": {"display_text": format!("Link {i}"), "url": "https://a.example"}});
    let reply = |i: usize| json!({"type": "reply", "reply": {"id": format!("r{i}"), "title": format!("Reply {i}")}});
    let message = |buttons: Vec<Value>| {
        let mut payload =
            interactive(json!({"type": "button", "body": {"text": "Hi"}, "action": {"buttons": buttons}}));
        payload["category"] = json!("utility");
        payload
    };
    let ten: Vec<Value> = (0..2).map(cta).chain((0..8).map(reply)).collect();
    assert!(no_errors(&message(ten.clone())));
    let mut eleven = ten;
    eleven.push(reply(9));
    assert!(has(&message(eleven), "WA0707", "/interactive/action/buttons"));
    assert!(has(&message((0..3).map(cta).collect()), "WA0707", "/interactive/action/buttons"));
    assert!(has(&message(vec![reply(0), cta(0)]), "WA0707", "/interactive/action/buttons"));
}

#[test]
fn template_coupon_codes_and_named_parameters() {
    let coupon = |code: &str| {
        template(json!([{"type": "button", "sub_type": "copy_code", "index": 0,
                         "parameters": [{"type": "coupon_code", "coupon_code": code}]}]))
    };
    assert!(no_errors(&coupon("ABCDEFGHIJKLMNO")));
    assert!(has(&coupon("ABCDEFGHIJKLMNOP"), "WA1410", "/template/components/0/parameters/0/coupon_code"));
    let named = |names: [&str; 2]| {
        template(json!([{"type": "body", "parameters": [
            {"type": "text", "parameter_name": names[0], "text": "Ana"},
            {"type": "text", "parameter_name": names[1], "text": "4521"}]}]))
    };
    assert!(no_errors(&named(["customer_name", "order_id"])));
    assert!(has(
        &named(["customer_name", "customer_name"]),
        "WA1413",
        "/template/components/0/parameters/1/parameter_name"
    ));
    assert!(has(&named(["Customer", "order_id"]), "WA1413", "/template/components/0/parameters/0/parameter_name"));
    let voice_call = template(json!([{"type": "button", "sub_type": "voice_call",
                                      "parameters": [{"type": "ttl_minutes", "ttl_minutes": 43201}]}]));
    assert!(has(&voice_call, "WA1602", "/template/components/0/parameters/0/ttl_minutes"));
    assert!(!has(&voice_call, "WA0005", "/template/components/0/index"));
}

#[test]
fn an_unknown_interactive_type_is_one_diagnostic() {
    let payload = interactive(json!({"type": "poll", "body": {"text": "Vote"}, "action": {"anything": [1, 2]}}));
    assert_eq!(codes(&payload, &Options::default()), vec![("WA0007", "/interactive/type".to_owned())]);
}
