//! The interactive part of `schemas/message.schema.json`, generated from the model: the list of
//! types, one `if`/`then` branch per type from `type_rules`, and the `$defs` entry of each type's
//! action that is not written by hand (one marked with [`GENERATED`] is regenerated). A new
//! interactive type thus needs no edit of the schema. The test fails when the file is stale;
//! `UPDATE_SCHEMA=1 cargo test --lib schema` rewrites it.

use super::{action_shape, type_rules, HeaderRule, InteractiveType, Part, ANY_HEADER};
use crate::check::shape_schema::{self, GENERATED};
use serde_json::{json, Map, Value};

const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/message.schema.json");

/// The schema with its interactive part regenerated.
fn regenerated(mut schema: Value) -> Value {
    let defs = schema["$defs"].as_object_mut().expect("the schema has $defs");
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
        if !hand_written {
            let mut def = shape_schema::object(action_shape(kind));
            def["$comment"] = json!(GENERATED);
            defs.insert(key, def);
        }
    }
    schema
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

#[test]
fn schema_interactive_part_is_generated_from_the_model() {
    let text = std::fs::read_to_string(SCHEMA_FILE).expect("the schema file");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    let fresh = serde_json::to_string_pretty(&regenerated(schema)).expect("serializable") + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_FILE, fresh).expect("the schema file is writable");
    } else {
        assert!(text == fresh, "schemas/message.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --lib schema");
    }
}
