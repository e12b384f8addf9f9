//! The customer service window (§15): checked only when the caller says whether it is open.

use crate::check::{Ctx, Ptr};
use crate::context::ServiceWindow;
use crate::diagnostic::Severity::Error;
use crate::node::{Members, Node};
use crate::rule::Rule;

pub static WINDOW_CLOSED: Rule = Rule {
    code: "WA1501",
    name: "service-window-closed",
    severity: Error,
    applies_to: &["*"],
    source: meta!("messages/send-messages", "Customer service windows", "131047"),
    summary: "Outside the 24-hour customer service window only template messages can be sent (checked with `serviceWindow: \"closed\"`).",
    help: "send an approved template to reopen the conversation",
    valid: example!("WA1501-service-window-closed", "valid"),
    invalid: example!("WA1501-service-window-closed", "invalid"),
};

pub static PRODUCT_CANNOT_OPEN_CONVERSATION: Rule = Rule {
    code: "WA1502",
    name: "product-cannot-open-conversation",
    severity: Error,
    applies_to: &["interactive.product", "interactive.product_list"],
    source: meta!("catalogs/single-product-messages", "Requirements", "131047"),
    summary: "Single- and multi-product messages cannot start a conversation: they need an open window (checked with `serviceWindow: \"closed\"`).",
    help: "wait for the customer to write, or send a template with a catalog or product button",
    valid: example!("WA1502-product-cannot-open-conversation", "valid"),
    invalid: example!("WA1502-product-cannot-open-conversation", "invalid"),
};

pub(crate) fn check(ctx: &mut Ctx, message_type: &str, members: &Members) {
    if ctx.service_window() != ServiceWindow::Closed || message_type == "template" {
        return;
    }
    let interactive = members.get("interactive");
    let interactive_type = interactive.and_then(|i| i.get("type")).and_then(Node::as_str);
    // A carousel of product cards is a product message too (§18).
    let first_card = interactive.and_then(|i| i.pointer("/action/cards/0/type")).and_then(Node::as_str);
    let interactive_type = match (interactive_type, first_card) {
        (Some("carousel"), Some("product")) => Some("product carousel"),
        (kind, _) => kind,
    };
    let at = Ptr::ROOT.key("type");
    match interactive_type {
        Some(kind @ ("product" | "product_list" | "product carousel")) if message_type == "interactive" => ctx.report(
            &PRODUCT_CANNOT_OPEN_CONVERSATION,
            &at,
            format!("a {kind} message cannot start a conversation, and the service window is closed"),
        ),
        _ => ctx.report(
            &WINDOW_CLOSED,
            &at,
            format!("the service window is closed: a {message_type} message cannot be sent, only a template"),
        ),
    }
}
