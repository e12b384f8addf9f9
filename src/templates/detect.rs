//! Which kind of document a payload is, when the caller does not say (`Kind::Auto`).

use crate::node::Node;

/// A template definition, `{"data": [definitions…]}` or an array of definitions: not a message.
/// A root with `messaging_product` is always a message; a mark-as-read body has it too.
pub(crate) fn is_definitions_document(document: &Node) -> bool {
    match document {
        Node::Array(items) => items.iter().any(looks_like_definition),
        Node::Object(members) if members.contains_key("messaging_product") => false,
        Node::Object(members) => match members.get("data") {
            Some(Node::Array(items)) => items.iter().any(looks_like_definition),
            _ => looks_like_definition(document),
        },
        _ => false,
    }
}

/// `components` with a `category` or a string `language` (a message's `language` is an object).
fn looks_like_definition(value: &Node) -> bool {
    let Some(members) = value.as_object() else { return false };
    !members.contains_key("messaging_product")
        && members.contains_key("components")
        && (members.contains_key("category") || members.get("language").is_some_and(Node::is_string))
}
