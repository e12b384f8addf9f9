//! Text messages (§2): the body's length and what link previews need.

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Info, Warning};
use crate::measure;
use crate::node::Node;
use crate::rule::Rule;

pub static TEXT_BODY_LENGTH: Rule = Rule {
    code: "WA0101",
    name: "text-body-length",
    severity: Error,
    applies_to: &["text"],
    source: meta!("messages/text-messages", "Request syntax", "131009"),
    summary: "`text.body` is 1 to 4096 characters.",
    help: "split a long text into several messages",
    valid: example!("WA0101-text-body-length", "valid"),
    invalid: example!("WA0101-text-body-length", "invalid"),
};

pub static PREVIEW_WITHOUT_URL: Rule = Rule {
    code: "WA0102",
    name: "preview-without-url",
    severity: Warning,
    applies_to: &["text"],
    source: meta!("messages/text-messages", "Link preview"),
    summary: "`preview_url: true` previews the first http(s) URL of the body; with none there is nothing to preview.",
    help: "add the URL (starting with http:// or https://) to the body, or drop `preview_url`",
    valid: example!("WA0102-preview-without-url", "valid"),
    invalid: example!("WA0102-preview-without-url", "invalid"),
};

pub static PREVIEW_IP_HOST: Rule = Rule {
    code: "WA0103",
    name: "preview-ip-host",
    severity: Warning,
    applies_to: &["text"],
    source: meta!("messages/text-messages", "Link preview"),
    summary: "Only URLs with a host name are previewed; a URL whose host is an IP address gets no preview.",
    help: "link to a host name instead of an IP address",
    valid: example!("WA0103-preview-ip-host", "valid"),
    invalid: example!("WA0103-preview-ip-host", "invalid"),
};

pub static PREVIEW_FIRST_URL_ONLY: Rule = Rule {
    code: "WA0104",
    name: "preview-first-url-only",
    severity: Info,
    applies_to: &["text"],
    source: meta!("messages/text-messages", "Link preview"),
    summary: "With several URLs in the body, only the first one is previewed.",
    help: "put the URL you want previewed first",
    valid: example!("WA0104-preview-first-url-only", "valid"),
    invalid: example!("WA0104-preview-first-url-only", "invalid"),
};

static BODY: Limit = Limit { rule: &TEXT_BODY_LENGTH, what: "text body", min: 1, max: 4096 };

pub(super) static TEXT: Shape =
    Shape { name: "text object", fields: &[required("body", Kind::Text(&BODY)), optional("preview_url", Kind::Bool)] };

pub(crate) fn check(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(members) = shape::object(ctx, value, at, &TEXT) else { return };
    let (Some(true), Some(body)) =
        (members.get("preview_url").and_then(Node::as_bool), members.get("body").and_then(Node::as_str))
    else {
        return;
    };
    let body_at = at.key("body");
    let mut urls = measure::urls(body);
    let Some(first) = urls.next() else {
        ctx.report(
            &PREVIEW_WITHOUT_URL,
            &at.key("preview_url"),
            "`preview_url` is true but the body has no http(s) URL".into(),
        );
        return;
    };
    if measure::parse_http_url(first).is_some_and(|url| measure::is_ip_host(url.host)) {
        ctx.report(
            &PREVIEW_IP_HOST,
            &body_at,
            format!("{first} has an IP address for a host; it will not be previewed"),
        );
    }
    let others = urls.count();
    if others > 0 {
        ctx.report(
            &PREVIEW_FIRST_URL_ONLY,
            &body_at,
            format!("the body has {} URLs; only the first ({first}) is previewed", others + 1),
        );
    }
}
