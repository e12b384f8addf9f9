//! How the rules see a payload (§1, revised): object members that are `null` are taken out (the
//! API ignores them; the shape walker reports them), and strings holding the JSON of an expected
//! object or array are decoded for a second pass, whose findings inside them are reported at the
//! string. Both copy the document only when the payload has such a member.

use crate::check::pointer::escape;
use crate::check::{Anchor, Finding};
use serde_json::Value;
use std::collections::HashMap;

/// The keys of `null` members, by the pointer of their object; empty for most payloads.
pub(crate) fn null_members(value: &Value) -> HashMap<String, Vec<String>> {
    fn walk(value: &Value, at: &mut String, out: &mut HashMap<String, Vec<String>>) {
        let length = at.len();
        match value {
            Value::Object(members) => {
                for (key, member) in members {
                    if member.is_null() {
                        out.entry(at.clone()).or_default().push(key.clone());
                        continue;
                    }
                    at.push('/');
                    at.push_str(&escape(key));
                    walk(member, at, out);
                    at.truncate(length);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    at.push('/');
                    at.push_str(&index.to_string());
                    walk(item, at, out);
                    at.truncate(length);
                }
            }
            _ => {}
        }
    }
    let mut out = HashMap::new();
    walk(value, &mut String::new(), &mut out);
    out
}

/// A copy of `value` without its `null` object members.
pub(crate) fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(_, member)| !member.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// Replaces the string at `pointer` with the JSON it holds.
pub(crate) fn decode_at(document: &mut Value, pointer: &str) {
    if let Some(slot) = document.pointer_mut(pointer) {
        if let Some(decoded) = slot.as_str().and_then(|text| serde_json::from_str::<Value>(text).ok()) {
            *slot = decoded;
        }
    }
}

/// Moves findings inside decoded strings to the outermost string that holds them: the text has
/// no position for what lies inside a string, and the message says where inside it they are.
pub(crate) fn repoint(findings: &mut [Finding], decoded: &[String]) {
    for finding in findings {
        let outermost =
            decoded.iter().filter(|string| is_within(&finding.pointer, string)).min_by_key(|string| string.len());
        let Some(string) = outermost else { continue };
        if finding.pointer.len() > string.len() {
            let inside = finding.pointer[string.len()..].to_owned();
            finding.message.push_str(&format!(" (inside the JSON string, at {inside})"));
            finding.pointer.clone_from(string);
        }
        finding.anchor = Anchor::Value;
    }
}

fn is_within(pointer: &str, ancestor: &str) -> bool {
    pointer.strip_prefix(ancestor).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}
