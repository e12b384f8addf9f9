//! Rules that depend on how members combine across the message (§18): a reaction or template
//! quoting a message, what groups accept, business-scoped recipients of authentication messages,
//! the `/marketing_messages` endpoint, and the payload's size.

use crate::check::{Ctx, Ptr};
use crate::context::Endpoint;
use crate::diagnostic::Severity::{Error, Info, Warning};
use crate::node::{Members, Node};
use crate::rule::Rule;
use crate::rules::message_type::MessageType;

pub static PAYLOAD_SIZE: Rule = Rule {
    code: "WA0022",
    name: "payload-size",
    severity: Warning,
    applies_to: &["*"],
    source: decision!("the API accepts a body over 1 MB and never delivers it"),
    summary: "A payload over 1 MB (1,048,576 bytes) is accepted by the API but never delivered.",
    help: "send less: shorter texts, fewer items, media by id or link",
    valid: example!("WA0022-payload-size", "valid"),
    invalid: "",
};

pub static REACTION_CONTEXT: Rule = Rule {
    code: "WA0023",
    name: "reaction-context",
    severity: Error,
    applies_to: &["reaction"],
    source: meta!("messages/reaction-messages", "Request syntax", "131009"),
    summary: "A reaction names its message in `reaction.message_id`; it cannot also be a contextual reply (`context`).",
    help: "remove `context`",
    valid: example!("WA0023-reaction-context", "valid"),
    invalid: example!("WA0023-reaction-context", "invalid"),
};

pub static TEMPLATE_CONTEXT: Rule = Rule {
    code: "WA0024",
    name: "template-context",
    severity: Info,
    applies_to: &["template"],
    source: meta!("messages/contextual-replies", "Limitations"),
    summary: "A template sent with `context` is delivered, but the quoted message is not shown above it.",
    help: "nothing to fix; remove `context` if you expected the quote to show",
    valid: example!("WA0024-template-context", "valid"),
    invalid: example!("WA0024-template-context", "invalid"),
};

pub static GROUP_MESSAGE_TYPE: Rule = Rule {
    code: "WA0025",
    name: "group-message-type",
    severity: Error,
    applies_to: &["*"],
    source: meta!("groups/groups-messaging", "Supported message types", "131009"),
    summary: "Groups accept text, media and template messages; not interactive, commerce or authentication messages.",
    help: "send a text, media or template message to the group",
    valid: example!("WA0025-group-message-type", "valid"),
    invalid: example!("WA0025-group-message-type", "invalid"),
};

pub static GROUP_UNDOCUMENTED_TYPE: Rule = Rule {
    code: "WA0026",
    name: "group-undocumented-type",
    severity: Warning,
    applies_to: &["location", "contacts", "reaction"],
    source: meta!("groups/groups-messaging", "Supported message types"),
    summary: "Location, contacts and reaction messages to groups are not documented: they may be refused.",
    help: "test it on a group first, or send the content as text",
    valid: example!("WA0026-group-undocumented-type", "valid"),
    invalid: example!("WA0026-group-undocumented-type", "invalid"),
};

pub static RECIPIENT_AUTHENTICATION: Rule = Rule {
    code: "WA0027",
    name: "recipient-authentication",
    severity: Error,
    applies_to: &["*"],
    source: meta!("business-scoped-user-ids", "Error codes", "131062"),
    summary:
        "Authentication messages cannot be sent to a business-scoped user id (`recipient`): the API answers 131062.",
    help: "send authentication messages to the phone number (`to`)",
    valid: example!("WA0027-recipient-authentication", "valid"),
    invalid: example!("WA0027-recipient-authentication", "invalid"),
};

pub static MARKETING_ENDPOINT: Rule = Rule {
    code: "WA0028",
    name: "marketing-endpoint",
    severity: Error,
    applies_to: &["*"],
    source: meta!("marketing-messages/send-marketing-messages", "Send marketing template messages", "100"),
    summary: "`product_policy` and `message_activity_sharing` are for `/marketing_messages`, which sends templates only (option `endpoint`).",
    help: "send marketing templates with these members to /<PHONE_NUMBER_ID>/marketing_messages (lint with endpoint marketing_messages)",
    valid: example!("WA0028-marketing-endpoint", "valid"),
    invalid: example!("WA0028-marketing-endpoint", "invalid"),
};

/// 1 MB as the API counts it.
const MAX_DELIVERED_BYTES: usize = 1 << 20;

pub(crate) fn check_size(ctx: &mut Ctx, payload_bytes: usize) {
    if payload_bytes > MAX_DELIVERED_BYTES {
        let message = format!(
            "the payload is {payload_bytes} bytes; over {MAX_DELIVERED_BYTES} bytes the API accepts it and never delivers it"
        );
        ctx.report(&PAYLOAD_SIZE, &Ptr::ROOT, message);
    }
}

pub(crate) fn check(ctx: &mut Ctx, message_type: MessageType, members: &Members) {
    let root = Ptr::ROOT;
    if members.contains_key("context") {
        match message_type {
            MessageType::Reaction => {
                let message = "a reaction cannot be a contextual reply".into();
                ctx.report_key(&REACTION_CONTEXT, &root.key("context"), message, None);
            }
            MessageType::Template => {
                let message = "the quoted message is not shown above a template".into();
                ctx.report_key(&TEMPLATE_CONTEXT, &root.key("context"), message, None);
            }
            _ => {}
        }
    }
    let authentication =
        members.get("category").and_then(Node::as_str).is_some_and(|c| c.eq_ignore_ascii_case("authentication"));
    check_group(ctx, message_type, authentication);
    if authentication && members.contains_key("recipient") {
        let message = "an authentication message cannot go to a business-scoped user id (131062)".into();
        ctx.report_key(&RECIPIENT_AUTHENTICATION, &root.key("recipient"), message, None);
    }
    check_endpoint(ctx, message_type, members);
}

fn check_group(ctx: &mut Ctx, message_type: MessageType, authentication: bool) {
    if !ctx.envelope.group {
        return;
    }
    let at = Ptr::ROOT.key("type");
    let name = message_type.name();
    match message_type {
        MessageType::Interactive => {
            ctx.report(&GROUP_MESSAGE_TYPE, &at, "groups do not accept interactive messages".into());
        }
        _ if authentication => {
            ctx.report(&GROUP_MESSAGE_TYPE, &at, "groups do not accept authentication messages".into());
        }
        MessageType::Location | MessageType::Contacts | MessageType::Reaction => {
            let message = format!("{name} messages to groups are not documented");
            ctx.report(&GROUP_UNDOCUMENTED_TYPE, &at, message);
        }
        _ => {}
    }
}

fn check_endpoint(ctx: &mut Ctx, message_type: MessageType, members: &Members) {
    let root = Ptr::ROOT;
    match ctx.endpoint() {
        Endpoint::Messages => {
            for member in ["product_policy", "message_activity_sharing"].into_iter().filter(|m| members.contains_key(m))
            {
                let message = format!("`{member}` is only accepted by the /marketing_messages endpoint");
                ctx.report_key(&MARKETING_ENDPOINT, &root.key(member), message, None);
            }
        }
        Endpoint::MarketingMessages if message_type != MessageType::Template => {
            let message =
                format!("/marketing_messages sends templates only; this is a {} message", message_type.name());
            ctx.report(&MARKETING_ENDPOINT, &root.key("type"), message);
        }
        Endpoint::MarketingMessages => {}
    }
}
