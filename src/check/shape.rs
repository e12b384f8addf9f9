//! Declarative shapes of the payload's objects, and the walker that checks a value against one:
//! member types, required members, enums, character limits and unknown members. The family
//! rules call it, then check what a shape cannot say (totals, uniqueness, conditions).

use super::{Ctx, Ptr};
use crate::check::structure::{
    EMPTY_STRING, INVALID_VALUE, JSON_ENCODED_STRING, MISSING_MEMBER, NULL_MEMBER, UNKNOWN_MEMBER, UTF16_LENGTH,
    WRONG_TYPE,
};
use crate::measure;
use crate::node::{same_name, Arena, Members, Node, Nulls};
use crate::parse::parse;
use crate::rule::Rule;

/// An object's documented members.
#[derive(Debug)]
pub(crate) struct Shape {
    /// What a person calls this object in a message ("button reply", "list row").
    pub name: &'static str,
    pub fields: &'static [Field],
}

impl Shape {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|field| same_name(field.name, name))
    }
}

/// A member of a shape.
#[derive(Debug)]
pub(crate) struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

/// A member's documented type and constraints.
#[derive(Debug)]
pub(crate) enum Kind {
    /// Any string.
    String,
    /// A non-empty string (ids, names).
    NonEmpty,
    /// A string measured in user-perceived characters.
    Text(&'static Limit),
    /// One of these strings.
    Enum(&'static [&'static str]),
    Bool,
    Integer,
    /// A non-negative integer, or the same written as a string of digits (template button `index`).
    IndexLike,
    Object(&'static Shape),
    /// An array of objects of one shape.
    ArrayOf(&'static Shape),
    /// Checked by the family rule, not by the walker (its shape depends on another member).
    Deferred,
}

/// A character-count limit with the rule that enforces it.
#[derive(Debug)]
pub(crate) struct Limit {
    pub rule: &'static Rule,
    /// What a person calls the field ("button title").
    pub what: &'static str,
    pub min: usize,
    pub max: usize,
}

/// Required string member helpers keep the shape tables short.
pub(crate) const fn required(name: &'static str, kind: Kind) -> Field {
    Field { name, kind, required: true }
}

pub(crate) const fn optional(name: &'static str, kind: Kind) -> Field {
    Field { name, kind, required: false }
}

/// The JSON type of a value, as messages name it.
pub(crate) fn type_name(value: &Node) -> &'static str {
    match value {
        Node::Null => "null",
        Node::Bool(_) => "a boolean",
        Node::Number(_) => "a number",
        Node::String(_) => "a string",
        Node::Array(_) => "an array",
        Node::Object(_) => "an object",
    }
}

/// Reports a value of the wrong JSON type.
pub(crate) fn wrong_type(ctx: &mut Ctx, value: &Node, at: &Ptr, expected: &str) {
    ctx.report(&WRONG_TYPE, at, format!("{} must be {expected}, found {}", at.describe(), type_name(value)));
}

/// Checks an object against its shape; returns its members when it is an object.
pub(crate) fn object<'v>(ctx: &mut Ctx, value: &'v Node<'v>, at: &Ptr, shape: &Shape) -> Option<&'v Members<'v>> {
    let Node::Object(members) = value else {
        if !encoded_json(ctx, value, at, b'{') {
            wrong_type(ctx, value, at, "an object");
        }
        return None;
    };
    if members.has_nulls() {
        null_members(ctx, members, at, shape);
    }
    // One pass over the members (few), then a look for missing ones only if some are.
    let mut required_found = 0;
    for (key, member) in *members {
        match shape.field(key) {
            Some(field) => {
                required_found += usize::from(field.required);
                check_kind(ctx, member, &at.key(field.name), &field.kind);
            }
            None => unknown_member(ctx, at, key, shape),
        }
    }
    if required_found < shape.fields.iter().filter(|field| field.required).count() {
        for field in shape.fields.iter().filter(|field| field.required && !members.contains_key(field.name)) {
            missing(ctx, at, field.name, shape.name);
        }
    }
    Some(members)
}

/// Members of this object that were `null` (set aside before the rules ran): a warning when the
/// member is optional, an unknown member when the shape has no such member; a required one is
/// reported missing by the walker.
fn null_members(ctx: &mut Ctx, members: &Members, at: &Ptr, shape: &Shape) {
    let pointer = at.render();
    if ctx.nulls_reported.contains(&pointer) {
        return;
    }
    ctx.nulls_reported.push(pointer);
    for key in members.null_names() {
        match shape.field(key) {
            Some(field) if field.required => {}
            Some(_) => ctx.report(
                &NULL_MEMBER,
                &at.key(key),
                format!("`{key}` is null; the API ignores it, omit the member instead"),
            ),
            None => unknown_member(ctx, at, key, shape),
        }
    }
}

/// A string holding the JSON of the object or array expected here (§1): the Graph API decodes
/// it, so this is a warning, and the run lints the decoded value on a second pass.
fn encoded_json(ctx: &mut Ctx, value: &Node, at: &Ptr, opening: u8) -> bool {
    let Some(text) = value.as_str() else { return false };
    if text.trim_start().as_bytes().first() != Some(&opening) {
        return false;
    }
    let expected = if opening == b'{' { "object" } else { "array" };
    // The same parse as the decoding pass's, borrowing the string.
    let arena = Arena::new();
    let decodes = parse(text, &arena, Nulls::Keep).is_ok_and(|decoded| {
        if opening == b'{' {
            decoded.value.is_object()
        } else {
            decoded.value.is_array()
        }
    });
    if decodes {
        let message = format!("{} is a string holding a JSON {expected}; the API decodes it", at.describe());
        ctx.report(&JSON_ENCODED_STRING, at, message);
        ctx.encoded.push(at.render());
    }
    decodes
}

/// Reports a required member that is absent.
pub(crate) fn missing(ctx: &mut Ctx, parent: &Ptr, name: &str, owner: &str) {
    ctx.report_missing(&MISSING_MEMBER, &parent.key(name), format!("{owner} is missing required member `{name}`"));
}

fn unknown_member(ctx: &mut Ctx, parent: &Ptr, key: &str, shape: &Shape) {
    // Past the report's limit it is only counted: no suggestion to look for, no message to write.
    if !ctx.lists(&UNKNOWN_MEMBER) {
        return;
    }
    let suggestion = measure::closest(key, shape.fields.iter().map(|field| field.name));
    let help = suggestion.map(|name| format!("did you mean `{name}`?"));
    ctx.report_key(&UNKNOWN_MEMBER, &parent.key(key), format!("unknown member `{key}` in {}", shape.name), help);
}

/// Checks one member value against its kind.
pub(crate) fn check_kind(ctx: &mut Ctx, value: &Node, at: &Ptr, kind: &Kind) {
    match kind {
        Kind::String => {
            expect_string(ctx, value, at);
        }
        Kind::NonEmpty => {
            let is_empty = expect_string(ctx, value, at) == Some("");
            if is_empty {
                let name = at.last_key().unwrap_or("value");
                ctx.report(&EMPTY_STRING, at, format!("`{name}` is empty"));
            }
        }
        Kind::Text(limit) => {
            if let Some(text) = expect_string(ctx, value, at) {
                check_limit(ctx, text, at, limit);
            }
        }
        Kind::Enum(allowed) => {
            if let Some(text) = expect_string(ctx, value, at) {
                check_enum(ctx, text, at, allowed);
            }
        }
        Kind::Bool if !value.is_boolean() => wrong_type(ctx, value, at, "a boolean"),
        Kind::Integer if !(value.is_i64() || value.is_u64()) => wrong_type(ctx, value, at, "an integer"),
        Kind::IndexLike => {
            let is_digits = value.as_str().is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
            if !(is_digits || value.is_u64()) {
                wrong_type(ctx, value, at, "a non-negative integer or a string of digits");
            }
        }
        Kind::Object(shape) => drop(object(ctx, value, at, shape)),
        Kind::ArrayOf(shape) => {
            for (index, item) in array(ctx, value, at).unwrap_or_default().iter().enumerate() {
                object(ctx, item, &at.index(index), shape);
            }
        }
        _ => {}
    }
}

/// The string, or a wrong-type report.
pub(crate) fn expect_string<'v>(ctx: &mut Ctx, value: &'v Node<'v>, at: &Ptr) -> Option<&'v str> {
    let text = value.as_str();
    if text.is_none() {
        wrong_type(ctx, value, at, "a string");
    }
    text
}

/// The array's items, or a wrong-type report.
pub(crate) fn array<'v>(ctx: &mut Ctx, value: &'v Node<'v>, at: &Ptr) -> Option<&'v [Node<'v>]> {
    let items = value.as_array();
    if items.is_none() && !encoded_json(ctx, value, at, b'[') {
        wrong_type(ctx, value, at, "an array");
    }
    items
}

/// Reports a string that is not one of the allowed values; `true` when it is allowed.
pub(crate) fn check_enum(ctx: &mut Ctx, text: &str, at: &Ptr, allowed: &[&str]) -> bool {
    if allowed.iter().any(|value| same_name(value, text)) {
        return true;
    }
    let name = at.last_key().unwrap_or("value");
    let expected = match allowed {
        [only] => format!("\"{only}\""),
        _ => format!("one of {}", allowed.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ")),
    };
    let message = format!("`{name}` is \"{text}\"; expected {expected}");
    match measure::closest(text, allowed.iter().copied()) {
        Some(suggestion) => {
            ctx.report_with_help(&INVALID_VALUE, at, message, format!("did you mean \"{suggestion}\"?"))
        }
        None => ctx.report(&INVALID_VALUE, at, message),
    }
    false
}

/// Checks a text's length in characters against a limit, with the UTF-16 note of §16.
pub(crate) fn check_limit(ctx: &mut Ctx, text: &str, at: &Ptr, limit: &Limit) {
    // A text of at most `max` bytes has at most `max` characters and UTF-16 units: nothing to count.
    if text.len() <= limit.max && (limit.min == 0 || !text.is_empty()) {
        return;
    }
    let count = measure::chars(text);
    if count < limit.min {
        let message = match limit.min {
            1 => format!("{} is empty; it needs 1 to {} characters", limit.what, limit.max),
            min => format!("{} is {count} characters; it needs at least {min}", limit.what),
        };
        ctx.report(limit.rule, at, message);
    } else if count > limit.max {
        ctx.report(limit.rule, at, format!("{} is {count} characters; the limit is {}", limit.what, limit.max));
    } else if text.len() > limit.max {
        let units = measure::utf16_units(text);
        if units > limit.max {
            ctx.report(
                &UTF16_LENGTH,
                at,
                format!("{} is {count} characters but {units} UTF-16 units; the limit is {}", limit.what, limit.max),
            );
        }
    }
}
