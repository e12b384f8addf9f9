//! The interactive part of `schemas/message.schema.json`, generated from the model: the list of
//! types, one `if`/`then` branch per type from `type_rules`, and the `$defs` entry of each type's
//! action that is not written by hand (one marked with [`GENERATED`] is regenerated), and the
//! hand-written `$defs` of the interactive part with the shapes they describe. A new interactive
//! type thus needs no edit of the schema (`rules/schema.rs` writes the file).

use super::{action_shape, type_rules, HeaderRule, InteractiveType, Part, ANY_HEADER};
use crate::check::shape::Shape;
use crate::check::shape_schema::{self, GENERATED};
use serde_json::{json, Map, Value};

/// Regenerates the interactive part of the schema's `$defs`.
pub(in crate::rules) fn regenerate(defs: &mut Map<String, Value>) {
    let names = InteractiveType::NAMES;
    defs["interactive"]["properties"]["type"] = json!({
        "type": "string",
        "enum": names,
        "description": format!("Required. One of {}.", names.join(", ")),
        "markdownDescription": format!("**Required.** One of {}.", names.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")),
    });
    defs["interactive"]["allOf"] =
        names.iter().filter_map(|name| InteractiveType::from_name(name)).map(branch).collect();
    for &name in names {
        let Some(kind) = InteractiveType::from_name(name) else { continue };
        let key = format!("action_{name}");
        let hand_written = defs.get(&key).is_some_and(|def| def.get("$comment") != Some(&json!(GENERATED)));
        if hand_written {
            shape_schema::complete(&mut defs[&key], action_shape(kind));
        } else {
            let mut def = shape_schema::object(action_shape(kind));
            def["$comment"] = json!(GENERATED);
            defs.insert(key, def);
        }
    }
}

/// The hand-written `$defs` of the interactive part and the shapes they describe.
pub(in crate::rules) fn described() -> [(&'static str, &'static Shape); 13] {
    [
        ("interactive", &super::INTERACTIVE),
        ("interactive_header", &super::HEADER),
        ("interactive_body", &super::BODY),
        ("interactive_footer", &super::FOOTER),
        ("reply_button", &super::button::BUTTON),
        ("list_section", &super::list::SECTION),
        ("list_row", &super::list::ROW),
        ("product_section", &super::product::SECTION),
        ("product_item", &super::product::PRODUCT_ITEM),
        ("flow_parameters", &super::flow::PARAMETERS),
        ("flow_action_payload", &super::flow::PAYLOAD),
        ("carousel_card", &super::carousel::CARD),
        ("order_amount", &super::order::AMOUNT),
    ]
}

/// What one interactive type requires, allows and forbids.
fn branch(kind: InteractiveType) -> Value {
    let rules = type_rules(kind);
    let name = kind.name();
    let mut properties = Map::new();
    properties.insert("action".into(), json!({"$ref": format!("#/$defs/action_{name}")}));
    let mut required = Vec::new();
    match rules.header {
        HeaderRule::Required(allowed) | HeaderRule::Optional(allowed) => {
            if matches!(rules.header, HeaderRule::Required(_)) {
                required.push("header");
            }
            if allowed != ANY_HEADER {
                properties.insert("header".into(), json!({"properties": {"type": header_types(allowed)}}));
            }
        }
        HeaderRule::Forbidden => drop(properties.insert("header".into(), not_allowed(name))),
        HeaderRule::Ignored => {}
    }
    match rules.body {
        Part::Required => required.push("body"),
        Part::Forbidden => drop(properties.insert("body".into(), not_allowed(name))),
        Part::Optional => {}
    }
    if rules.footer == Part::Forbidden {
        properties.insert("footer".into(), not_allowed(name));
    }
    let mut then = json!({"properties": properties});
    if !required.is_empty() {
        then["required"] = json!(required);
    }
    json!({"if": {"properties": {"type": {"const": name}}, "required": ["type"]}, "then": then})
}

fn header_types(allowed: &[&str]) -> Value {
    match allowed {
        [only] => json!({
            "const": only,
            "description": format!("Must be \"{only}\" for this interactive type."),
            "markdownDescription": format!("Must be `\"{only}\"` for this interactive type."),
        }),
        _ => json!({
            "enum": allowed,
            "description": format!("One of {} for this interactive type.", allowed.join(", ")),
            "markdownDescription": format!("One of `{}` for this interactive type.", allowed.join("`, `")),
        }),
    }
}

fn not_allowed(name: &str) -> Value {
    json!({
        "description": format!("Not allowed on {name} messages (wa-lint error)."),
        "markdownDescription": format!("Not allowed on `{name}` messages (wa-lint error)."),
        "not": {},
    })
}
