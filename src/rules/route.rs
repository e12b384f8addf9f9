//! The root of a lint run: what kind of document it is, its envelope, and the rules of the
//! message type it names. Message types are an exhaustive enum: an unknown `type` is reported
//! once (by the envelope's shape) and nothing beneath it is checked.

use crate::check::{shape, structure};
use crate::check::{Ctx, Envelope, Ptr};
use crate::node::Node;
use crate::rules::message_type::MessageType;
use crate::rules::{
    contacts, contextual, envelope, interactive, location, media, pin, reaction, template, text, window,
};

/// Lints a whole payload: a mark-as-read body, or an envelope and the message it carries.
pub(crate) fn check(ctx: &mut Ctx, document: &Node, payload_bytes: usize) {
    let root = Ptr::ROOT;
    let Node::Object(members) = document else {
        let found = shape::type_name(document);
        let message = format!("the document is {found}; expected a message object");
        ctx.report(&structure::ROOT_NOT_OBJECT, &root, message);
        return;
    };
    contextual::check_size(ctx, payload_bytes);
    if members.contains_key("status") {
        envelope::check_mark_as_read(ctx, document);
        return;
    }
    envelope::check(ctx, document, members);
    let message_type = match members.get("type") {
        None => MessageType::Text,
        Some(Node::String(name)) => match MessageType::from_name(name) {
            Some(message_type) => message_type,
            None => return,
        },
        Some(_) => return,
    };
    ctx.envelope = Envelope {
        group: members.get("recipient_type").and_then(Node::as_str) == Some("group"),
        category: members.contains_key("category"),
    };
    let name = message_type.name();
    match members.get(name) {
        Some(content) => check_content(ctx, message_type, content, &root.key(name)),
        None => ctx.report_missing(
            &envelope::MISSING_MESSAGE_OBJECT,
            &root.key(name),
            format!("`type` is \"{name}\" but there is no `{name}` member"),
        ),
    }
    for other in members.keys().filter(|key| *key != name && MessageType::from_name(key).is_some()) {
        ctx.report_key(
            &envelope::UNUSED_MESSAGE_OBJECT,
            &root.key(other),
            format!("`{other}` is ignored: this is a `{name}` message"),
            None,
        );
    }
    contextual::check(ctx, message_type, members);
    window::check(ctx, name, members);
}

fn check_content(ctx: &mut Ctx, message_type: MessageType, content: &Node, at: &Ptr) {
    match message_type {
        MessageType::Text => text::check(ctx, content, at),
        MessageType::Image | MessageType::Audio | MessageType::Document | MessageType::Sticker | MessageType::Video => {
            media::check_message(ctx, message_type.name(), content, at)
        }
        MessageType::Location => location::check(ctx, content, at),
        MessageType::Contacts => contacts::check(ctx, content, at),
        MessageType::Interactive => interactive::check(ctx, content, at),
        MessageType::Template => template::check(ctx, content, at),
        MessageType::Reaction => reaction::check(ctx, content, at),
        MessageType::Pin => pin::check(ctx, content, at),
    }
}
