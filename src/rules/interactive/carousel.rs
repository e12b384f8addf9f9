//! Carousels (§18): 2 to 10 horizontally scrolling cards, either media cards (an image or video
//! header, a short body, and a URL button or quick replies) or product cards (a catalog item).

use super::shared::{Uniques, PART_NOT_ALLOWED};
use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::measure;
use crate::node::{Members, Node};
use crate::rule::Rule;
use crate::rules::media;

pub static CAROUSEL_CARDS_COUNT: Rule = Rule {
    code: "WA1301",
    name: "carousel-cards-count",
    severity: Error,
    applies_to: &["interactive.carousel"],
    source: meta!("messages/interactive-media-carousel-messages", "Components", "131009"),
    summary: "A carousel has 2 to 10 cards.",
    help: "send 2 to 10 cards; for one item, send a CTA URL or single-product message",
    valid: example!("WA1301-carousel-cards-count", "valid"),
    invalid: example!("WA1301-carousel-cards-count", "invalid"),
};

pub static CAROUSEL_CARD_INDEX: Rule = Rule {
    code: "WA1302",
    name: "carousel-card-index",
    severity: Error,
    applies_to: &["interactive.carousel", "template"],
    source: meta!(
        "catalogs/interactive-product-carousel-messages",
        "How to build a product carousel message",
        "131009"
    ),
    summary: "Each card's `card_index` is its 0-based position: 0, 1, 2… in order, at most 9.",
    help: "number the cards 0, 1, 2… in the order they are listed",
    valid: example!("WA1302-carousel-card-index", "valid"),
    invalid: example!("WA1302-carousel-card-index", "invalid"),
};

pub static CAROUSEL_CARDS_CONSISTENT: Rule = Rule {
    code: "WA1303",
    name: "carousel-cards-consistent",
    severity: Error,
    applies_to: &["interactive.carousel", "template"],
    source: meta!("messages/interactive-media-carousel-messages", "Components", "131009"),
    summary: "Every card of a carousel has the same header type, the same kind and number of buttons, and (product cards) the same `catalog_id`.",
    help: "make the cards alike: same header type and same buttons on every card",
    valid: example!("WA1303-carousel-cards-consistent", "valid"),
    invalid: example!("WA1303-carousel-cards-consistent", "invalid"),
};

pub static CAROUSEL_CARD_BODY: Rule = Rule {
    code: "WA1304",
    name: "carousel-card-body",
    severity: Error,
    applies_to: &["interactive.carousel", "template"],
    source: meta!("messages/interactive-media-carousel-messages", "Components", "131009"),
    summary: "A card's body text is at most 160 characters with at most 2 line breaks.",
    help: "shorten the card text; put details in the message body",
    valid: example!("WA1304-carousel-card-body", "valid"),
    invalid: example!("WA1304-carousel-card-body", "invalid"),
};

pub static CAROUSEL_CARD_BUTTONS: Rule = Rule {
    code: "WA1305",
    name: "carousel-card-buttons",
    severity: Error,
    applies_to: &["interactive.carousel"],
    source: meta!("messages/interactive-media-carousel-messages", "Components", "131009"),
    summary: "A media card has either one URL button (`name: \"cta_url\"` with `parameters`) or 1 to 2 quick-reply `buttons`, never both.",
    help: "give the card a URL button or quick replies",
    valid: example!("WA1305-carousel-card-buttons", "valid"),
    invalid: example!("WA1305-carousel-card-buttons", "invalid"),
};

pub static CAROUSEL_QUICK_REPLY_DUPLICATE: Rule = Rule {
    code: "WA1306",
    name: "carousel-quick-reply-duplicate",
    severity: Warning,
    applies_to: &["interactive.carousel"],
    source: meta!("messages/interactive-media-carousel-messages", "Request parameters"),
    summary:
        "Quick-reply ids should be unique across the carousel's cards, or a reply cannot tell which card was chosen.",
    help: "give each card's quick reply its own id",
    valid: example!("WA1306-carousel-quick-reply-duplicate", "valid"),
    invalid: example!("WA1306-carousel-quick-reply-duplicate", "invalid"),
};

pub(crate) const MIN_CARDS: usize = 2;
pub(crate) const MAX_CARDS: usize = 10;
const MAX_QUICK_REPLIES: usize = 2;
const MAX_CARD_LINE_BREAKS: usize = 2;
pub(crate) static CARD_BODY_TEXT: Limit = Limit { rule: &CAROUSEL_CARD_BODY, what: "card body text", min: 1, max: 160 };

pub(super) static ACTION: Shape = Shape { name: "carousel action", fields: &[required("cards", Kind::Deferred)] };
pub(super) static CARD: Shape = Shape {
    name: "carousel card",
    fields: &[
        required("card_index", Kind::Integer),
        required("type", Kind::Enum(&["cta_url", "product"])),
        optional("header", Kind::Deferred),
        optional("body", Kind::Object(&CARD_BODY)),
        required("action", Kind::Deferred),
    ],
};
static CARD_BODY: Shape = Shape { name: "card body", fields: &[required("text", Kind::Text(&CARD_BODY_TEXT))] };
static CARD_HEADER: Shape = Shape {
    name: "card header",
    fields: &[
        required("type", Kind::Enum(&["image", "video"])),
        optional("image", Kind::Deferred),
        optional("video", Kind::Deferred),
    ],
};
static MEDIA_ACTION: Shape = Shape {
    name: "card action",
    fields: &[
        optional("name", Kind::Enum(&["cta_url"])),
        optional("parameters", Kind::Deferred),
        optional("buttons", Kind::ArrayOf(&QUICK_REPLY_BUTTON)),
    ],
};
static QUICK_REPLY_BUTTON: Shape = Shape {
    name: "card button",
    fields: &[required("type", Kind::Enum(&["quick_reply"])), required("quick_reply", Kind::Object(&QUICK_REPLY))],
};
static QUICK_REPLY: Shape = Shape {
    name: "quick reply",
    fields: &[required("id", Kind::Text(&super::button::ID)), required("title", Kind::Text(&super::button::TITLE))],
};
static PRODUCT_ACTION: Shape = Shape {
    name: "product card action",
    fields: &[required("product_retailer_id", Kind::NonEmpty), required("catalog_id", Kind::NonEmpty)],
};

/// What makes cards alike: compared with the first card's.
#[derive(PartialEq, Eq)]
struct Layout<'v> {
    header: Option<&'v str>,
    buttons: &'static str,
    button_count: usize,
    catalog_id: Option<&'v str>,
}

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &ACTION) else { return };
    let cards_at = at.key("cards");
    let Some(cards) = action.get("cards").and_then(|cards| shape::array(ctx, cards, &cards_at)) else { return };
    if !(MIN_CARDS..=MAX_CARDS).contains(&cards.len()) {
        let message = format!("there are {} cards; a carousel takes {MIN_CARDS} to {MAX_CARDS}", cards.len());
        ctx.report(&CAROUSEL_CARDS_COUNT, &cards_at, message);
    }
    let mut reply_ids = Uniques::new(&CAROUSEL_QUICK_REPLY_DUPLICATE, "quick-reply id");
    let mut first: Option<Layout> = None;
    for (index, card) in cards.iter().enumerate() {
        let card_at = cards_at.index(index);
        let Some(members) = shape::object(ctx, card, &card_at, &CARD) else { continue };
        check_card_index(ctx, members.get("card_index"), index, &card_at.key("card_index"));
        let layout = match members.get("type").and_then(Node::as_str) {
            Some("product") => check_product_card(ctx, members, &card_at),
            Some(_) => check_media_card(ctx, members, &card_at, index, &mut reply_ids, &cards_at),
            None => continue,
        };
        match &first {
            None => first = Some(layout),
            Some(first) if *first != layout => {
                let message = format!("card {index} differs from card 0: {}", difference(first, &layout));
                ctx.report(&CAROUSEL_CARDS_CONSISTENT, &card_at, message);
            }
            Some(_) => {}
        }
    }
}

/// `card_index` must equal the card's position (0–9).
pub(crate) fn check_card_index(ctx: &mut Ctx, value: Option<&Node>, position: usize, at: &Ptr) {
    let Some(value) = value.filter(|value| value.is_i64() || value.is_u64()) else { return };
    if value.as_u64() != Some(position as u64) {
        let message = format!("`card_index` is {value}; this card is at position {position}");
        ctx.report(&CAROUSEL_CARD_INDEX, at, message);
    }
}

fn check_product_card<'v>(ctx: &mut Ctx, card: &'v Members<'v>, at: &Ptr) -> Layout<'v> {
    for part in ["header", "body"] {
        if card.contains_key(part) {
            ctx.report_key(&PART_NOT_ALLOWED, &at.key(part), format!("a product card takes no `{part}`"), None);
        }
    }
    let action = card.get("action").and_then(|action| shape::object(ctx, action, &at.key("action"), &PRODUCT_ACTION));
    let catalog_id = action.and_then(|action| action.get("catalog_id")?.as_str());
    Layout { header: None, buttons: "product", button_count: 0, catalog_id }
}

fn check_media_card<'v>(
    ctx: &mut Ctx,
    card: &'v Members<'v>,
    at: &Ptr,
    index: usize,
    reply_ids: &mut Uniques<'v>,
    cards_at: &Ptr,
) -> Layout<'v> {
    let header = match card.get("header") {
        None => {
            shape::missing(ctx, at, "header", "a media card");
            None
        }
        Some(header) => check_card_header(ctx, header, &at.key("header")),
    };
    if let Some(text) = card.get("body").and_then(|body| body.get("text")).and_then(Node::as_str) {
        check_line_breaks(ctx, text, &at.key("body").key("text"));
    }
    let action_at = at.key("action");
    let Some(action) = card.get("action").and_then(|action| shape::object(ctx, action, &action_at, &MEDIA_ACTION))
    else {
        return Layout { header, buttons: "none", button_count: 0, catalog_id: None };
    };
    let url_button = action.contains_key("name") || action.contains_key("parameters");
    let replies = action.get("buttons").and_then(Node::as_array).unwrap_or_default();
    let (buttons, button_count) = match (url_button, action.contains_key("buttons")) {
        (true, true) => {
            let message = "the card has both a URL button and quick replies; give it one kind".into();
            ctx.report(&CAROUSEL_CARD_BUTTONS, &action_at, message);
            ("mixed", 0)
        }
        (false, false) => {
            let message = "the card has no button: give it a URL button or 1 to 2 quick replies".into();
            ctx.report(&CAROUSEL_CARD_BUTTONS, &action_at, message);
            ("none", 0)
        }
        (true, false) => {
            check_url_button(ctx, action, &action_at);
            ("URL", 1)
        }
        (false, true) => {
            if !(1..=MAX_QUICK_REPLIES).contains(&replies.len()) {
                let message =
                    format!("the card has {} quick replies; a card takes 1 to {MAX_QUICK_REPLIES}", replies.len());
                ctx.report(&CAROUSEL_CARD_BUTTONS, &action_at.key("buttons"), message);
            }
            let buttons_at = action_at.key("buttons");
            for (position, reply) in replies.iter().enumerate() {
                let Some(id) = reply.get("quick_reply").and_then(|reply| reply.get("id")).and_then(Node::as_str) else {
                    continue;
                };
                let button_at = buttons_at.index(position);
                let id_at = button_at.key("quick_reply");
                let first_at = |card: usize, button: usize| {
                    format!("{}/{card}/action/buttons/{button}/quick_reply/id", cards_at.render())
                };
                reply_ids.check(ctx, id, (index, position), &id_at.key("id"), first_at);
            }
            ("quick-reply", replies.len())
        }
    };
    Layout { header, buttons, button_count, catalog_id: None }
}

fn check_card_header<'v>(ctx: &mut Ctx, header: &'v Node<'v>, at: &Ptr) -> Option<&'v str> {
    let members = shape::object(ctx, header, at, &CARD_HEADER)?;
    let header_type = members.get("type").and_then(Node::as_str).filter(|t| ["image", "video"].contains(t))?;
    match members.get(header_type) {
        Some(media) => drop(media::check_object(ctx, header_type, media, &at.key(header_type))),
        None => shape::missing(ctx, at, header_type, &format!("a {header_type} header")),
    }
    Some(header_type)
}

fn check_url_button(ctx: &mut Ctx, action: &Members, at: &Ptr) {
    if !action.contains_key("name") {
        shape::missing(ctx, at, "name", "a card URL button");
    }
    match action.get("parameters") {
        Some(parameters) => super::cta_url::check_parameters(ctx, parameters, &at.key("parameters")),
        None => shape::missing(ctx, at, "parameters", "a card URL button"),
    }
}

/// At most two line breaks in a card's text (§18).
pub(crate) fn check_line_breaks(ctx: &mut Ctx, text: &str, at: &Ptr) {
    let breaks = measure::line_breaks(text);
    if breaks > MAX_CARD_LINE_BREAKS {
        let message = format!("card body text has {breaks} line breaks; a card shows at most {MAX_CARD_LINE_BREAKS}");
        ctx.report(&CAROUSEL_CARD_BODY, at, message);
    }
}

fn difference(first: &Layout, other: &Layout) -> String {
    let show = |value: Option<&str>| value.unwrap_or("none").to_owned();
    if first.header != other.header {
        format!("its header is {}, card 0's is {}", show(other.header), show(first.header))
    } else if first.catalog_id != other.catalog_id {
        format!("its catalog_id is {}, card 0's is {}", show(other.catalog_id), show(first.catalog_id))
    } else {
        let describe = |layout: &Layout| format!("{} {} button(s)", layout.button_count, layout.buttons);
        format!("it has {}, card 0 has {}", describe(other), describe(first))
    }
}
