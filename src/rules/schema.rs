//! `schemas/message.schema.json` kept in step with the model. The message-type branches and the
//! interactive part are generated (here and in `interactive/schema.rs`); every other `$defs` entry that describes a shape is written by hand
//! and completed from it: the members, required members, enum values and character limits come
//! from the shape, the rest (descriptions, patterns, bounds, conditions) from the hand. The test
//! fails when the file is stale; `UPDATE_SCHEMA=1 cargo test --lib schema` (or
//! `scripts/regenerate.sh`) rewrites it.

use super::message_type::MessageType;
use super::{contacts, envelope, interactive, location, media, pin, reaction, template, text};
use crate::check::shape::Shape;
use crate::check::shape_schema;
use serde_json::{json, Map, Value};

const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/message.schema.json");

/// The hand-written `$defs` outside the interactive part and the shapes they describe.
fn described() -> [(&'static str, &'static Shape); 22] {
    [
        ("message", &envelope::MESSAGE),
        ("mark_as_read", &envelope::MARK_AS_READ),
        ("typing_indicator", &envelope::TYPING_INDICATOR),
        ("context", &envelope::CONTEXT),
        ("text", &text::TEXT),
        ("media", &media::MEDIA),
        ("location", &location::LOCATION),
        ("contact", &contacts::CONTACT),
        ("contact_name", &contacts::NAME),
        ("contact_address", &contacts::ADDRESS),
        ("contact_email", &contacts::EMAIL),
        ("contact_phone", &contacts::PHONE),
        ("contact_url", &contacts::URL),
        ("contact_org", &contacts::ORG),
        ("reaction", &reaction::REACTION),
        ("pin", &pin::PIN),
        ("template", &template::TEMPLATE),
        ("template_language", &template::LANGUAGE),
        ("template_component", &template::COMPONENT),
        ("template_parameter", &template::PARAMETER),
        ("currency", &template::CURRENCY),
        ("date_time", &template::DATE_TIME),
    ]
}

/// The schema with its generated part regenerated and its hand-written part completed.
fn regenerated(mut schema: Value) -> Value {
    let defs = schema["$defs"].as_object_mut().expect("the schema has $defs");
    message_branches(defs);
    interactive::schema::regenerate(defs);
    for (key, shape) in described().into_iter().chain(interactive::schema::described()) {
        let def = defs.get_mut(key).unwrap_or_else(|| panic!("the schema has no $defs/{key}"));
        shape_schema::complete(def, shape);
    }
    schema
}

/// One branch per message type: a message of that type needs the object it names, and its
/// `$defs` entry checks it. A missing `type` means `text`, so that branch does not require it.
fn message_branches(defs: &mut Map<String, Value>) {
    let is_type_branch = |branch: &Value| branch.pointer("/if/properties/type/const").is_some();
    let Some(branches) = defs["message"]["allOf"].as_array_mut() else { return };
    branches.retain(|branch| !is_type_branch(branch));
    for &name in MessageType::NAMES {
        let mut condition = json!({"properties": {"type": {"const": name}}});
        if MessageType::from_name(name) != Some(MessageType::Text) {
            condition["required"] = json!(["type"]);
        }
        let then = json!({"properties": {name: {"$ref": format!("#/$defs/{name}")}}, "required": [name]});
        branches.push(json!({"if": condition, "then": then}));
    }
    for &name in MessageType::NAMES {
        assert!(defs.contains_key(name), "write $defs/{name}: the object a {name} message sends");
    }
}

#[test]
fn schema_is_in_step_with_the_model() {
    let text = std::fs::read_to_string(SCHEMA_FILE).expect("the schema file");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    let fresh = serde_json::to_string_pretty(&regenerated(schema)).expect("serializable") + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_FILE, fresh).expect("the schema file is writable");
    } else {
        assert!(text == fresh, "schemas/message.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --lib schema");
    }
}
