//! The message envelope (§1): what every message carries, mark-as-read bodies, and the dispatch
//! to the rules of each message type.

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::structure;
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::measure;
use crate::node::{Members, Node};
use crate::rule::Rule;
use crate::rules::message_type::MessageType;

pub static INVALID_PHONE_NUMBER: Rule = Rule {
    code: "WA0010",
    name: "invalid-phone-number",
    severity: Error,
    applies_to: &["*"],
    source: meta!("messages/send-messages", "Requests", "131009"),
    summary:
        "`to` must be a phone number with 7 to 15 digits (E.164), optionally with `+` and separators, or a WhatsApp ID.",
    help: "write the number in international format, e.g. +16505551234",
    valid: example!("WA0010-invalid-phone-number", "valid"),
    invalid: example!("WA0010-invalid-phone-number", "invalid"),
};

pub static MISSING_MESSAGE_OBJECT: Rule = Rule {
    code: "WA0011",
    name: "missing-message-object",
    severity: Error,
    applies_to: &["*"],
    source: meta!("messages/send-messages", "Requests", "100"),
    summary: "The member named by `type` must be present (`\"type\": \"image\"` needs an `image` object); `type` defaults to `text`.",
    help: "add the object named by `type`, or change `type`",
    valid: example!("WA0011-missing-message-object", "valid"),
    invalid: example!("WA0011-missing-message-object", "invalid"),
};

pub static UNUSED_MESSAGE_OBJECT: Rule = Rule {
    code: "WA0012",
    name: "unused-message-object",
    severity: Warning,
    applies_to: &["*"],
    source: meta!("messages/send-messages", "Requests"),
    summary: "Objects for other message types beside the one named by `type` are ignored by the API.",
    help: "remove it, or set `type` to the message you mean to send",
    valid: example!("WA0012-unused-message-object", "valid"),
    invalid: example!("WA0012-unused-message-object", "invalid"),
};

pub static WAMID_LENGTH: Rule = Rule {
    code: "WA0013",
    name: "wamid-length",
    severity: Error,
    applies_to: &["*"],
    source: meta!("messages/contextual-replies", "Post body", "131009"),
    summary: "A message id (WAMID) in `context`, a reaction or a mark-as-read body is 1 to 128 characters.",
    help: "use the `id` the API returned for the message (it starts with `wamid.`)",
    valid: example!("WA0013-wamid-length", "valid"),
    invalid: example!("WA0013-wamid-length", "invalid"),
};

pub static CALLBACK_DATA_LENGTH: Rule = Rule {
    code: "WA0014",
    name: "callback-data-length",
    severity: Error,
    applies_to: &["*"],
    source: meta!(
        "reference/whatsapp-business-phone-number/message-api",
        "Request body (biz_opaque_callback_data)",
        "100"
    ),
    summary: "`biz_opaque_callback_data` is at most 512 characters.",
    help: "store the data on your side and send a short key instead",
    valid: example!("WA0014-callback-data-length", "valid"),
    invalid: example!("WA0014-callback-data-length", "invalid"),
};

pub static TOP_LEVEL_PREVIEW_URL: Rule = Rule {
    code: "WA0015",
    name: "top-level-preview-url",
    severity: Warning,
    applies_to: &["text"],
    source: meta!("messages/text-messages", "Request syntax"),
    summary:
        "`preview_url` beside `text` is the On-Premises API's place for it; the Cloud API reads `text.preview_url`.",
    help: "move it into the text object: \"text\": {\"preview_url\": true, ...}",
    valid: example!("WA0015-top-level-preview-url", "valid"),
    invalid: example!("WA0015-top-level-preview-url", "invalid"),
};

pub static DEPRECATED_HSM: Rule = Rule {
    code: "WA0016",
    name: "deprecated-hsm",
    severity: Error,
    applies_to: &["template"],
    source: meta!("messages/send-messages", "Requests", "100"),
    summary: "`hsm` (highly structured messages) was removed in On-Premises v2.39; the Cloud API sends templates with `template`.",
    help: "send \"type\": \"template\" with a `template` object",
    valid: example!("WA0016-deprecated-hsm", "valid"),
    invalid: example!("WA0016-deprecated-hsm", "invalid"),
};

pub static RECIPIENT_AND_TO: Rule = Rule {
    code: "WA0017",
    name: "recipient-and-to",
    severity: Warning,
    applies_to: &["*"],
    source: meta!("business-scoped-user-ids", "Send message requests"),
    summary: "`recipient` (a business-scoped user id) replaces `to`; when both are given, `to` wins.",
    help: "send either `to` or `recipient`",
    valid: example!("WA0017-recipient-and-to", "valid"),
    invalid: example!("WA0017-recipient-and-to", "invalid"),
};

pub static RECIPIENT_ID_FORMAT: Rule = Rule {
    code: "WA0018",
    name: "recipient-id-format",
    severity: Warning,
    applies_to: &["*"],
    source: meta!("business-scoped-user-ids", "Send message requests"),
    summary:
        "A business-scoped user id in `recipient` looks like `CC.<letters and digits>` (`US.13491208655302741918`).",
    help: "use the `user_id` from the webhook, e.g. US.13491208655302741918",
    valid: example!("WA0018-recipient-id-format", "valid"),
    invalid: example!("WA0018-recipient-id-format", "invalid"),
};

pub static TYPING_INDICATOR_WITHOUT_READ: Rule = Rule {
    code: "WA0019",
    name: "typing-indicator-without-read",
    severity: Error,
    applies_to: &["mark-as-read"],
    source: meta!("typing-indicators", "Request syntax", "100"),
    summary: "`typing_indicator` is only accepted in a mark-as-read body (`\"status\": \"read\"`).",
    help: "send it with {\"status\": \"read\", \"message_id\": ...} for the message you are answering",
    valid: example!("WA0019-typing-indicator-without-read", "valid"),
    invalid: example!("WA0019-typing-indicator-without-read", "invalid"),
};

pub static DIRECT_SEND_TEMPLATE_NAME: Rule = Rule {
    code: "WA0029",
    name: "direct-send-template-name",
    severity: Error,
    applies_to: &["*"],
    source: meta!("templates/overview", "Template names", "100"),
    summary: "`direct_send_config.template_name` is a template name: lower-case letters, digits and `_`, at most 512 characters.",
    help: "use the template's name as it was created, e.g. order_update",
    valid: example!("WA0029-direct-send-template-name", "valid"),
    invalid: example!("WA0029-direct-send-template-name", "invalid"),
};

pub(crate) static WAMID: Limit = Limit { rule: &WAMID_LENGTH, what: "message id", min: 1, max: 128 };
static CALLBACK_DATA: Limit = Limit { rule: &CALLBACK_DATA_LENGTH, what: "biz_opaque_callback_data", min: 0, max: 512 };

pub(super) static CONTEXT: Shape = Shape { name: "context", fields: &[required("message_id", Kind::Text(&WAMID))] };

pub(super) static MESSAGE: Shape = Shape {
    name: "message",
    fields: &[
        required("messaging_product", Kind::Enum(&["whatsapp"])),
        optional("recipient_type", Kind::Enum(&["individual", "group"])),
        optional("to", Kind::Deferred),
        optional("recipient", Kind::Deferred),
        optional("type", Kind::Enum(MessageType::NAMES)),
        optional("context", Kind::Object(&CONTEXT)),
        optional("biz_opaque_callback_data", Kind::Text(&CALLBACK_DATA)),
        // Direct Send (§18): the pricing category, and the template the message stands for.
        optional("category", Kind::Deferred),
        optional("direct_send_config", Kind::Object(&DIRECT_SEND_CONFIG)),
        // The /marketing_messages endpoint (§18); reported on /messages by the contextual rules.
        optional("product_policy", Kind::Enum(&["CLOUD_API_FALLBACK", "STRICT"])),
        optional("message_activity_sharing", Kind::Bool),
        optional("text", Kind::Deferred),
        optional("image", Kind::Deferred),
        optional("audio", Kind::Deferred),
        optional("document", Kind::Deferred),
        optional("sticker", Kind::Deferred),
        optional("video", Kind::Deferred),
        optional("location", Kind::Deferred),
        optional("contacts", Kind::Deferred),
        optional("interactive", Kind::Deferred),
        optional("template", Kind::Deferred),
        optional("reaction", Kind::Deferred),
        optional("pin", Kind::Deferred),
        optional("preview_url", Kind::Deferred),
        optional("hsm", Kind::Deferred),
        optional("typing_indicator", Kind::Deferred),
    ],
};

/// Direct Send's categories (§18), compared ignoring case.
const CATEGORIES: &[&str] = &["utility", "authentication", "service"];

static DIRECT_SEND_CONFIG: Shape =
    Shape { name: "direct send config", fields: &[required("template_name", Kind::NonEmpty)] };

pub(super) static TYPING_INDICATOR: Shape =
    Shape { name: "typing indicator", fields: &[required("type", Kind::Enum(&["text"]))] };

pub(super) static MARK_AS_READ: Shape = Shape {
    name: "mark-as-read body",
    fields: &[
        required("messaging_product", Kind::Enum(&["whatsapp"])),
        required("status", Kind::Enum(&["read"])),
        required("message_id", Kind::Text(&WAMID)),
        optional("typing_indicator", Kind::Object(&TYPING_INDICATOR)),
    ],
};

/// A mark-as-read body (with an optional typing indicator).
pub(crate) fn check_mark_as_read(ctx: &mut Ctx, document: &Node) {
    shape::object(ctx, document, &Ptr::ROOT, &MARK_AS_READ);
}

/// The envelope of a message: its members, the recipient, legacy members and Direct Send's.
pub(crate) fn check(ctx: &mut Ctx, document: &Node, members: &Members) {
    let root = Ptr::ROOT;
    shape::object(ctx, document, &root, &MESSAGE);
    check_recipient(ctx, members, &root);
    check_legacy_members(ctx, members, &root);
    if let Some(category) = members.get("category") {
        let at = root.key("category");
        if let Some(category) = shape::expect_string(ctx, category, &at) {
            // The API answers in capitals and accepts any case.
            shape::check_enum(ctx, &category.to_ascii_lowercase(), &at, CATEGORIES);
        }
    }
    if let Some(name) = members.get("direct_send_config").and_then(|config| config.get("template_name")) {
        if let Some(name) = name.as_str().filter(|name| !crate::rules::template::is_template_name(name)) {
            let config_at = root.key("direct_send_config");
            let message = format!("`template_name` \"{name}\" must be lower-case letters, digits and `_`, at most 512");
            ctx.report(&DIRECT_SEND_TEMPLATE_NAME, &config_at.key("template_name"), message);
        }
    }
}

fn check_recipient(ctx: &mut Ctx, members: &Members, root: &Ptr) {
    let group = members.get("recipient_type").and_then(Node::as_str) == Some("group");
    if let Some(recipient) = members.get("recipient") {
        let at = root.key("recipient");
        if let Some(id) = shape::expect_string(ctx, recipient, &at) {
            if !is_business_scoped_id(id) {
                ctx.report(
                    &RECIPIENT_ID_FORMAT,
                    &at,
                    format!(
                        "`recipient` is \"{id}\"; expected a business-scoped user id such as US.13491208655302741918"
                    ),
                );
            }
        }
        if members.contains_key("to") {
            ctx.report_key(
                &RECIPIENT_AND_TO,
                &root.key("to"),
                "both `to` and `recipient` are given; the API uses `to`".into(),
                None,
            );
        }
    }
    let at = root.key("to");
    match members.get("to") {
        None if !members.contains_key("recipient") => shape::missing(ctx, root, "to", "message"),
        None => {}
        Some(to) => {
            let Some(number) = shape::expect_string(ctx, to, &at) else { return };
            if number.is_empty() {
                ctx.report(&structure::EMPTY_STRING, &at, "`to` is empty".into());
            } else if !group {
                match measure::phone_digits(number) {
                    Some(7..=15) => {}
                    Some(digits) => ctx.report(&INVALID_PHONE_NUMBER, &at, format!("`to` has {digits} digit{}; a phone number has 7 to 15", if digits == 1 { "" } else { "s" })),
                    None => ctx.report(&INVALID_PHONE_NUMBER, &at, format!("`to` is \"{number}\"; expected digits, optionally with `+`, spaces, dashes, dots or parentheses")),
                }
            }
        }
    }
}

/// `CC.<alphanumerics>` (a business-scoped user id) or `CC.ENT.<alphanumerics>` (a parent id
/// shared by a business portfolio's numbers, §16 revised).
fn is_business_scoped_id(id: &str) -> bool {
    let Some((country, rest)) = id.split_once('.') else { return false };
    let rest = rest.strip_prefix("ENT.").unwrap_or(rest);
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=128).contains(&rest.len())
        && rest.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn check_legacy_members(ctx: &mut Ctx, members: &Members, root: &Ptr) {
    if members.contains_key("preview_url") {
        ctx.report_key(
            &TOP_LEVEL_PREVIEW_URL,
            &root.key("preview_url"),
            "`preview_url` at the top level is ignored by the Cloud API".into(),
            None,
        );
    }
    if members.contains_key("hsm") {
        ctx.report_key(&DEPRECATED_HSM, &root.key("hsm"), "`hsm` is no longer supported".into(), None);
    }
    if members.contains_key("typing_indicator") {
        ctx.report_key(
            &TYPING_INDICATOR_WITHOUT_READ,
            &root.key("typing_indicator"),
            "`typing_indicator` needs a mark-as-read body (\"status\": \"read\")".into(),
            None,
        );
    }
}
