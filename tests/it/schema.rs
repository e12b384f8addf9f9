//! The JSON Schema in `schemas/` agrees with the linter: it is a valid 2020-12 schema, accepts
//! every valid payload, rejects structural faults at the linter's pointer, and its limits are
//! the core's (checked at each limit and one over, in ASCII where code points equal characters).
#![cfg(feature = "schema-validation")]

use crate::common::{length_limits, lints_definitions, with};
use serde_json::{json, Value};
use std::fs;
use wa_lint::schema_validation::SchemaValidator;
use wa_lint::{lint, rules, Options, Severity};

/// Linter rules whose faults JSON Schema can express; their pointers must match. Character
/// limits are not among them: the schema states them as `x-max-chars`, because `maxLength` counts
/// code points and would reject valid text whose characters are several code points.
const STRUCTURAL: &[&str] = &[
    "WA0002", "WA0004", "WA0005", "WA0007", "WA0011", "WA0205", "WA0206", "WA0301", "WA0401", "WA0601", "WA0604",
    "WA0605", "WA0606", "WA0701", "WA0802",
];
/// Rules reported at a missing member: the schema reports the object that lacks it.
const AT_MISSING_MEMBER: &[&str] = &["WA0005", "WA0011", "WA0601", "WA0604"];

fn payloads(dir: &str) -> Vec<(String, String)> {
    let mut found: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| (path.display().to_string(), fs::read_to_string(&path).unwrap()))
        .collect();
    found.sort();
    found
}

/// The rules' spec files (`tests/specs/<rule>/<valid|invalid>/*.json`) that are messages: the
/// schema is of messages, and definition rules' files are template definitions.
fn spec_files(expectation: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for rule in rules().iter().filter(|rule| !lints_definitions(rule.code)) {
        let dir = format!("tests/specs/{}-{}/{expectation}", rule.code, rule.name);
        if fs::metadata(&dir).is_ok() {
            found.extend(payloads(&dir));
        }
    }
    found
}

#[test]
fn schema_is_valid_draft_2020_12_and_compiles() {
    let schema: Value = serde_json::from_str(wa_lint::schema()).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(jsonschema::meta::is_valid(&schema), "{:?}", jsonschema::meta::validate(&schema).err());
    jsonschema::validator_for(&schema).unwrap();
}

#[test]
fn every_valid_payload_passes_the_schema() {
    let validator = SchemaValidator::new();
    let mut valid: Vec<(String, String)> = payloads("tests/spec_examples");
    valid.extend(payloads("tests/meta_examples"));
    valid.extend(spec_files("valid"));
    for (name, text) in valid {
        let payload: Value = serde_json::from_str(&text).unwrap();
        if lint(&text, &Options::default()).has_errors() {
            continue;
        }
        assert_eq!(validator.errors(&payload), vec![], "{name}");
    }
}

#[test]
fn structural_faults_fail_the_schema_at_the_linters_pointer() {
    let validator = SchemaValidator::new();
    let mut invalid: Vec<(String, String)> = payloads("tests/fixtures");
    invalid.extend(spec_files("invalid"));
    let mut compared = 0;
    for (name, text) in invalid {
        let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
        let schema_pointers: Vec<String> = validator.errors(&payload).into_iter().map(|error| error.pointer).collect();
        for diagnostic in lint(&text, &Options::default()).diagnostics {
            if diagnostic.severity != Severity::Error
                || !STRUCTURAL.contains(&diagnostic.code)
                || diagnostic.code == "WA0003"
            {
                continue;
            }
            let expected = if AT_MISSING_MEMBER.contains(&diagnostic.code) {
                diagnostic.pointer.rsplit_once('/').map_or(String::new(), |(parent, _)| parent.to_owned())
            } else {
                diagnostic.pointer.clone()
            };
            assert!(
                schema_pointers.contains(&expected) || schema_pointers.contains(&diagnostic.pointer),
                "{name}: the linter reports {} at {}, the schema at {schema_pointers:?}",
                diagnostic.code,
                diagnostic.pointer
            );
            compared += 1;
        }
    }
    assert!(compared >= 25, "only {compared} structural findings compared");
}

#[test]
fn schema_states_the_cores_limits_and_never_rejects_text_within_them() {
    let schema: Value = serde_json::from_str(wa_lint::schema()).unwrap();
    let mut stated = Vec::new();
    collect_limits(&schema, &mut stated);
    let validator = SchemaValidator::new();
    for (code, payload, pointer, _, max) in length_limits() {
        assert!(stated.contains(&max), "{code} {pointer}: the schema states no x-max-chars of {max}");
        // At the limit in characters of several code points each: valid, so the schema must pass it.
        for grapheme in ["a", "👨‍👩‍👧‍👦", "🇧🇷", "e\u{301}"] {
            let at_limit = with(payload.clone(), pointer, json!(grapheme.repeat(max)));
            assert!(
                !validator.errors(&at_limit).iter().any(|e| e.pointer == pointer),
                "{code} {pointer}: schema rejects {max} × {grapheme:?}"
            );
        }
    }
}

/// Every `x-max-chars` value in the schema; fails on any `maxLength`.
fn collect_limits(value: &Value, stated: &mut Vec<usize>) {
    match value {
        Value::Object(members) => {
            assert!(!members.contains_key("maxLength"), "maxLength counts code points: use x-max-chars");
            if let Some(max) = members.get("x-max-chars").and_then(Value::as_u64) {
                stated.push(usize::try_from(max).unwrap());
            }
            members.values().for_each(|member| collect_limits(member, stated));
        }
        Value::Array(items) => items.iter().for_each(|item| collect_limits(item, stated)),
        _ => {}
    }
}

#[test]
fn schema_item_counts_are_the_cores_counts() {
    use crate::common::{button_message, list_message, PHONE};
    let validator = SchemaValidator::new();
    let button = |i: usize| json!({"type": "reply", "reply": {"id": format!("id{i}"), "title": format!("T{i}")}});
    let section = |i: usize| json!({"title": format!("S{i}"), "rows": [{"id": format!("r{i}"), "title": "Row"}]});
    let contact = json!({"name": {"formatted_name": "Ana Lima", "first_name": "Ana"}});
    let cases: Vec<(Value, &str, Value, usize)> = vec![
        (button_message(), "/interactive/action/buttons", json!((0..3).map(button).collect::<Vec<_>>()), 3),
        (list_message(), "/interactive/action/sections", json!((0..10).map(section).collect::<Vec<_>>()), 10),
        (
            json!({"messaging_product": "whatsapp", "to": PHONE, "type": "contacts", "contacts": []}),
            "/contacts",
            Value::Array(vec![contact; 257]),
            257,
        ),
    ];
    for (payload, pointer, at_limit, limit) in cases {
        let fits = with(payload.clone(), pointer, at_limit.clone());
        assert!(!lint_value_has(&fits, pointer) && validator.errors(&fits).is_empty(), "{pointer}: {limit} items");
        let mut items = at_limit.as_array().unwrap().clone();
        items.push(items[0].clone());
        let over = with(payload, pointer, Value::Array(items));
        assert!(lint_value_has(&over, pointer), "the linter accepts {} items at {pointer}", limit + 1);
        assert!(
            validator.errors(&over).iter().any(|e| e.pointer == pointer),
            "the schema accepts {} items at {pointer}",
            limit + 1
        );
    }
}

/// Whether the linter reports an error at exactly `pointer`.
fn lint_value_has(payload: &Value, pointer: &str) -> bool {
    wa_lint::lint_value(payload, &Options::default())
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error && d.pointer == pointer)
}

/// Every object node of the schema with its JSON Pointer, depth first.
fn nodes<'s>(value: &'s Value, pointer: String, out: &mut Vec<(String, &'s serde_json::Map<String, Value>)>) {
    match value {
        Value::Object(members) => {
            out.push((pointer.clone(), members));
            for (key, member) in members {
                nodes(member, format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                nodes(item, format!("{pointer}/{index}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn schema_documents_every_member_and_definition_for_editors() {
    // VS Code shows `markdownDescription` on hover and other editors `description`.
    let schema: Value = serde_json::from_str(wa_lint::schema()).unwrap();
    let mut all = Vec::new();
    nodes(&schema, "#".into(), &mut all);
    let mut undocumented = Vec::new();
    // The declared members: under `$defs`, `properties` and `items` only (conditions such as
    // `if`/`then` restate members without documenting them again).
    let declared = |pointer: &str| {
        let mut segments = pointer.split('/').skip(1);
        let mut ok = true;
        while let Some(segment) = segments.next() {
            match segment {
                "$defs" | "properties" => ok &= segments.next().is_some(),
                "items" => {}
                _ => return false,
            }
        }
        ok
    };
    for (pointer, node) in &all {
        if pointer.strip_suffix("/properties").is_some_and(|parent| parent == "#" || declared(parent)) {
            for (name, property) in *node {
                let documented = property.get("description").is_some() && property.get("markdownDescription").is_some();
                if !documented && property.get("$ref").is_none() {
                    undocumented.push(format!("{pointer}/{name}"));
                }
            }
        }
    }
    for (name, definition) in schema["$defs"].as_object().unwrap() {
        if ["title", "description", "markdownDescription"].iter().any(|key| definition.get(*key).is_none()) {
            undocumented.push(format!("#/$defs/{name}"));
        }
    }
    assert!(undocumented.is_empty(), "without description and markdownDescription: {undocumented:#?}");
}

#[test]
fn schema_references_resolve_objects_stay_open_and_examples_validate() {
    let schema: Value = serde_json::from_str(wa_lint::schema()).unwrap();
    let mut all = Vec::new();
    nodes(&schema, "#".into(), &mut all);
    let mut examples = 0;
    for (pointer, node) in &all {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let target = reference.strip_prefix('#').and_then(|path| schema.pointer(path));
            assert!(target.is_some(), "{pointer}: $ref {reference} does not resolve");
        }
        // Unknown members are the linter's to report (with "did you mean"), not the schema's.
        for closing in ["additionalProperties", "unevaluatedProperties"] {
            assert_ne!(node.get(closing), Some(&Value::Bool(false)), "{pointer}: {closing}: false");
        }
        let Some(values) = node.get("examples").and_then(Value::as_array) else { continue };
        let mut subschema = Value::Object((*node).clone());
        subschema.as_object_mut().unwrap().remove("examples");
        // The subschema's references point into the whole schema.
        subschema["$defs"] = schema["$defs"].clone();
        let validator = jsonschema::validator_for(&subschema).unwrap();
        for example in values {
            examples += 1;
            assert!(validator.is_valid(example), "{pointer}: the example {example} fails its own schema");
        }
    }
    assert!(examples > 0);
}
