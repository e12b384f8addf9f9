//! Reply-button messages (§8): one to three buttons with unique titles and ids.

use super::shared::{check_markdown, Uniques};
use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::node::Node;
use crate::rule::Rule;

pub static BUTTONS_COUNT: Rule = Rule {
    code: "WA0701",
    name: "buttons-count",
    severity: Error,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "A reply-button message has 1 to 3 buttons.",
    help: "use a list message for more than three choices",
    valid: example!("WA0701-buttons-count", "valid"),
    invalid: example!("WA0701-buttons-count", "invalid"),
};

pub static BUTTON_TITLE_LENGTH: Rule = Rule {
    code: "WA0702",
    name: "button-title-length",
    severity: Error,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "A reply button's `title` is 1 to 20 characters.",
    help: "shorten the title; emoji and accented letters count as one character each",
    valid: example!("WA0702-button-title-length", "valid"),
    invalid: example!("WA0702-button-title-length", "invalid"),
};

pub static BUTTON_TITLE_DUPLICATE: Rule = Rule {
    code: "WA0703",
    name: "button-title-duplicate",
    severity: Error,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "Reply-button titles are unique within a message.",
    help: "give each button a different title",
    valid: example!("WA0703-button-title-duplicate", "valid"),
    invalid: example!("WA0703-button-title-duplicate", "invalid"),
};

pub static BUTTON_ID_LENGTH: Rule = Rule {
    code: "WA0704",
    name: "button-id-length",
    severity: Error,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "A reply button's `id` is 1 to 256 characters.",
    help: "use a short key and keep the details on your side",
    valid: example!("WA0704-button-id-length", "valid"),
    invalid: example!("WA0704-button-id-length", "invalid"),
};

pub static BUTTON_ID_DUPLICATE: Rule = Rule {
    code: "WA0705",
    name: "button-id-duplicate",
    severity: Error,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "Reply-button ids are unique within a message: the reply names the button by its id.",
    help: "give each button a different id",
    valid: example!("WA0705-button-id-duplicate", "valid"),
    invalid: example!("WA0705-button-id-duplicate", "invalid"),
};

pub static BUTTON_ID_WHITESPACE: Rule = Rule {
    code: "WA0706",
    name: "button-id-whitespace",
    severity: Error,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "A reply button's `id` has no leading or trailing white space.",
    help: "trim the id",
    valid: example!("WA0706-button-id-whitespace", "valid"),
    invalid: example!("WA0706-button-id-whitespace", "invalid"),
};

pub static BUTTON_CTA_LAYOUT: Rule = Rule {
    code: "WA0707",
    name: "button-cta-layout",
    severity: Error,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters (Direct Send CTA URL buttons)", "131009"),
    summary: "With CTA URL buttons, a button message has at most 10 buttons, at most 2 of them CTA URL, and every CTA URL button before the reply buttons.",
    help: "put the CTA URL buttons (at most 2) first, then the reply buttons",
    valid: example!("WA0707-button-cta-layout", "valid"),
    invalid: example!("WA0707-button-cta-layout", "invalid"),
};

pub static BUTTON_CTA_DIRECT_SEND: Rule = Rule {
    code: "WA0708",
    name: "button-cta-direct-send",
    severity: Warning,
    applies_to: &["interactive.button"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters (Direct Send CTA URL buttons)"),
    summary: "CTA URL buttons inside a button message are documented for Direct Send messages (with `category`) only.",
    help: "add the Direct Send `category`, or send a CTA URL message",
    valid: example!("WA0708-button-cta-direct-send", "valid"),
    invalid: example!("WA0708-button-cta-direct-send", "invalid"),
};

const MAX_BUTTONS: usize = 3;
/// With CTA URL buttons (Direct Send, §18): at most this many buttons in all, and of CTA URL ones.
const MAX_MIXED_BUTTONS: usize = 10;
const MAX_CTA_BUTTONS: usize = 2;
pub(super) static TITLE: Limit = Limit { rule: &BUTTON_TITLE_LENGTH, what: "button title", min: 1, max: 20 };
pub(super) static ID: Limit = Limit { rule: &BUTTON_ID_LENGTH, what: "button id", min: 1, max: 256 };

static REPLY: Shape =
    Shape { name: "button reply", fields: &[required("id", Kind::Text(&ID)), required("title", Kind::Text(&TITLE))] };
static CTA_URL: Shape = Shape {
    name: "CTA URL button",
    fields: &[required("display_text", Kind::Text(&super::cta_url::DISPLAY_TEXT)), required("url", Kind::String)],
};
pub(super) static BUTTON: Shape = Shape {
    name: "reply button",
    fields: &[
        required("type", Kind::Enum(&["reply", "cta_url"])),
        optional("reply", Kind::Object(&REPLY)),
        optional("cta_url", Kind::Object(&CTA_URL)),
    ],
};
pub(super) static ACTION: Shape = Shape { name: "reply-button action", fields: &[required("buttons", Kind::Deferred)] };

/// Reply buttons mixed with CTA URL buttons (§18): at most 10 in all, at most 2 CTA URL ones,
/// all CTA URL buttons first, and documented for Direct Send only.
fn check_cta_layout(ctx: &mut Ctx, buttons: &[Node], at: &Ptr) {
    let kinds: Vec<Option<&str>> = buttons.iter().map(|button| button.get("type").and_then(Node::as_str)).collect();
    let cta = kinds.iter().filter(|kind| **kind == Some("cta_url")).count();
    let problem = if buttons.len() > MAX_MIXED_BUTTONS {
        Some(format!(
            "there are {} buttons; with CTA URL buttons a message takes at most {MAX_MIXED_BUTTONS}",
            buttons.len()
        ))
    } else if cta > MAX_CTA_BUTTONS {
        Some(format!("there are {cta} CTA URL buttons; a message takes at most {MAX_CTA_BUTTONS}"))
    } else if kinds.windows(2).any(|pair| pair[0] == Some("reply") && pair[1] == Some("cta_url")) {
        Some("a CTA URL button follows a reply button; put every CTA URL button first".to_owned())
    } else {
        None
    };
    if let Some(problem) = problem {
        ctx.report(&BUTTON_CTA_LAYOUT, at, problem);
    }
    if !ctx.envelope.category {
        let message =
            "CTA URL buttons in a button message are documented for Direct Send (with `category`) only".into();
        ctx.report(&BUTTON_CTA_DIRECT_SEND, at, message);
    }
}

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &ACTION) else { return };
    let Some(buttons) = action.get("buttons") else { return };
    let buttons_at = at.key("buttons");
    let Some(buttons) = shape::array(ctx, buttons, &buttons_at) else { return };
    let has_cta = buttons.iter().any(|button| button.get("type").and_then(Node::as_str) == Some("cta_url"));
    if has_cta {
        check_cta_layout(ctx, buttons, &buttons_at);
    } else if buttons.is_empty() || buttons.len() > MAX_BUTTONS {
        ctx.report(
            &BUTTONS_COUNT,
            &buttons_at,
            format!("there are {} buttons; a message takes 1 to {MAX_BUTTONS}", buttons.len()),
        );
    }
    let mut titles = Uniques::new(&BUTTON_TITLE_DUPLICATE, "button title");
    let mut ids = Uniques::new(&BUTTON_ID_DUPLICATE, "button id");
    let first_at =
        |field: &'static str| move |index: usize, _| format!("{}/{index}/reply/{field}", buttons_at.render());
    for (index, button) in buttons.iter().enumerate() {
        let button_at = buttons_at.index(index);
        let Some(members) = shape::object(ctx, button, &button_at, &BUTTON) else { continue };
        match members.get("type").and_then(Node::as_str) {
            Some(kind @ ("reply" | "cta_url")) if !members.contains_key(kind) => {
                shape::missing(ctx, &button_at, kind, &format!("a {kind} button"));
            }
            Some("cta_url") => {
                if let Some(url) = members.get("cta_url").and_then(|cta| cta.get("url")).and_then(Node::as_str) {
                    super::cta_url::check_url(ctx, url, &button_at.key("cta_url").key("url"));
                }
            }
            _ => {}
        }
        let reply_at = button_at.key("reply");
        let Some(reply) = button.get("reply") else { continue };
        if let Some(title) = reply.get("title").and_then(Node::as_str) {
            let title_at = reply_at.key("title");
            titles.check(ctx, title, (index, 0), &title_at, first_at("title"));
            check_markdown(ctx, title, &title_at, "button title");
        }
        if let Some(id) = reply.get("id").and_then(Node::as_str) {
            let id_at = reply_at.key("id");
            ids.check(ctx, id, (index, 0), &id_at, first_at("id"));
            if id.trim() != id {
                ctx.report(
                    &BUTTON_ID_WHITESPACE,
                    &id_at,
                    format!("button id \"{id}\" has leading or trailing white space"),
                );
            }
        }
    }
}
