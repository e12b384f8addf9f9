//! A shape as JSON Schema (draft 2020-12), for the parts of `schemas/message.schema.json` that
//! are generated from the model. Character limits go into `x-min-chars` and `x-max-chars`, never
//! `maxLength`, which counts code points and would reject valid text of multi-code-point
//! characters; only `minLength: 1` is stated, which holds in both counts.

use super::shape::{Field, Kind, Shape};
use serde_json::{json, Map, Value};

/// Marks a `$defs` entry as generated, so that regenerating replaces it.
pub(crate) const GENERATED: &str = "Generated from the message model: UPDATE_SCHEMA=1 cargo test --lib schema";

/// The shape as an object schema: its members, which are required, and each one's documentation.
pub(crate) fn object(shape: &Shape) -> Value {
    let title = capitalized(shape.name);
    let mut schema = json!({
        "title": title,
        "type": "object",
        "description": format!("{title}."),
        "markdownDescription": format!("{title}."),
    });
    let required: Vec<&str> = shape.fields.iter().filter(|field| field.required).map(|field| field.name).collect();
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    let properties: Map<String, Value> =
        shape.fields.iter().map(|field| (field.name.to_owned(), member(field))).collect();
    schema["properties"] = Value::Object(properties);
    schema
}

fn member(field: &Field) -> Value {
    let presence = if field.required { "Required" } else { "Optional" };
    let (mut schema, plain, markdown) = kind(&field.kind);
    schema["description"] = json!(format!("{presence}. {plain}"));
    schema["markdownDescription"] = json!(format!("**{presence}.** {markdown}"));
    schema
}

/// A member's schema with its description in plain text and in Markdown.
fn kind(kind: &Kind) -> (Value, String, String) {
    let same = |schema: Value, text: &str| (schema, text.to_owned(), text.to_owned());
    match kind {
        Kind::String => same(json!({"type": "string"}), "A string."),
        Kind::NonEmpty => same(json!({"type": "string", "minLength": 1}), "A non-empty string."),
        Kind::Text(limit) => {
            let mut schema = json!({"type": "string", "x-max-chars": limit.max});
            if limit.min > 0 {
                schema["minLength"] = json!(1);
                schema["x-min-chars"] = json!(limit.min);
            }
            let range = if limit.min > 0 {
                format!("{} to {}", limit.min, limit.max)
            } else {
                format!("at most {}", limit.max)
            };
            let text = format!(
                "The {}: {range} characters ({}; wa-lint counts grapheme clusters, so the limit is x-max-chars, not maxLength, which counts code points).",
                limit.what, limit.rule.code
            );
            (schema, text.clone(), text.replace("x-max-chars", "`x-max-chars`").replace("maxLength", "`maxLength`"))
        }
        Kind::Enum(values) => {
            let plain = values.join(", ");
            let markdown = values.iter().map(|value| format!("`{value}`")).collect::<Vec<_>>().join(", ");
            match values {
                [only] => (
                    json!({"type": "string", "const": only}),
                    format!("Always {plain}."),
                    format!("Always {markdown}."),
                ),
                _ => (
                    json!({"type": "string", "enum": values}),
                    format!("One of {plain}."),
                    format!("One of {markdown}."),
                ),
            }
        }
        Kind::Bool => same(json!({"type": "boolean"}), "true or false."),
        Kind::Integer => same(json!({"type": "integer"}), "An integer."),
        Kind::IndexLike => same(
            json!({"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": "^[0-9]+$"}]}),
            "A non-negative integer, or the same written as a string of digits.",
        ),
        Kind::Object(shape) => {
            let text = format!("The {}.", shape.name);
            (object(shape), text.clone(), text)
        }
        Kind::ArrayOf(shape) => {
            let text = format!("A list of {} objects.", shape.name);
            (json!({"type": "array", "items": object(shape)}), text.clone(), text)
        }
        Kind::Deferred => same(json!({}), "Its shape depends on other members: wa-lint's rules check it."),
    }
}

fn capitalized(name: &str) -> String {
    let mut characters = name.chars();
    characters.next().map(|first| first.to_uppercase().chain(characters).collect()).unwrap_or_default()
}

/// Brings a hand-written object schema in line with its shape: adds each member the shape has
/// and the schema lacks (documented as generated ones are), marks required what the shape
/// requires, and takes enum values and character limits from the shape. What the schema says
/// beyond the shape (patterns, bounds, conditions, its own descriptions) stays as written.
pub(crate) fn complete(schema: &mut Value, shape: &Shape) {
    let Some(object) = schema.as_object_mut() else { return };
    let properties = object.entry("properties").or_insert_with(|| json!({}));
    let Some(properties) = properties.as_object_mut() else { return };
    for field in shape.fields {
        match properties.get_mut(field.name) {
            None => drop(properties.insert(field.name.to_owned(), member(field))),
            Some(written) => refine(written, &field.kind),
        }
    }
    let required: Vec<&str> = shape.fields.iter().filter(|field| field.required).map(|field| field.name).collect();
    if !required.is_empty() {
        let list = object.entry("required").or_insert_with(|| json!([]));
        if let Some(list) = list.as_array_mut() {
            for name in required {
                if !list.iter().any(|written| written == name) {
                    list.push(json!(name));
                }
            }
        }
    }
}

/// Takes a written member's facts from its kind, and completes the objects inside it.
fn refine(written: &mut Value, kind: &Kind) {
    if written.get("$ref").is_some() {
        return;
    }
    match kind {
        Kind::Enum(values) if written.get("enum").is_some() => written["enum"] = json!(values),
        Kind::Text(limit) => written["x-max-chars"] = json!(limit.max),
        Kind::Object(shape) if written.get("not").is_none() => complete(written, shape),
        Kind::ArrayOf(shape) => {
            if let Some(items) = written.get_mut("items").filter(|items| items.get("$ref").is_none()) {
                complete(items, shape);
            }
        }
        _ => {}
    }
}
