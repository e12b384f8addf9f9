//! §21 CAROUSEL components: MARKETING only, 2 to 10 cards of one layout, at most 2 buttons each.

use super::definition_rules::DEFINITION_CAROUSEL;
use super::lint_text::Scope;
use super::shapes;
use crate::check::{shape, Ctx, Ptr};
use crate::node::{Members, Node};

const MIN_CARDS: usize = 2;
const MAX_CARDS: usize = 10;
const MAX_CARD_BUTTONS: usize = 2;

/// Checks a card's components and returns how many buttons it has. Cards hold components, as
/// the definition does: the definition's linter passes its own component check here, so that
/// this module does not name it back.
pub(super) type CardCheck = fn(&mut Ctx, &[Node], &Ptr, Scope) -> usize;

pub(super) fn check(ctx: &mut Ctx, component: &Members, at: &Ptr, scope: Scope, check_card: CardCheck) {
    if !scope.category.is_empty() && scope.category != "MARKETING" {
        let message = format!("a CAROUSEL template is MARKETING; this one is {}", scope.category);
        ctx.report(&DEFINITION_CAROUSEL, at, message);
    }
    let cards_at = at.key("cards");
    let Some(cards) = component.get("cards") else {
        return ctx.report_missing(&DEFINITION_CAROUSEL, &cards_at, "the CAROUSEL has no `cards`".into());
    };
    let Some(cards) = shape::array(ctx, cards, &cards_at) else { return };
    if !(MIN_CARDS..=MAX_CARDS).contains(&cards.len()) {
        let message = format!("the carousel has {} cards; it takes {MIN_CARDS} to {MAX_CARDS}", cards.len());
        ctx.report(&DEFINITION_CAROUSEL, &cards_at, message);
    }
    let mut first_layout: Option<Vec<String>> = None;
    for (index, card) in cards.iter().enumerate() {
        let card_at = cards_at.index(index);
        let Some(card) = shape::object(ctx, card, &card_at, &shapes::CARD) else { continue };
        let components_at = card_at.key("components");
        let Some(components) = card.get("components").and_then(|c| shape::array(ctx, c, &components_at)) else {
            continue;
        };
        let buttons = check_card(ctx, components, &components_at, scope);
        if buttons > MAX_CARD_BUTTONS {
            let message = format!("card {index} has {buttons} buttons; a card takes at most {MAX_CARD_BUTTONS}");
            ctx.report(&DEFINITION_CAROUSEL, &components_at, message);
        }
        let layout = layout(components);
        match &first_layout {
            None => first_layout = Some(layout),
            Some(first) if *first != layout => {
                let message = format!(
                    "card {index}'s layout is {}; card 0's is {}: every card has the same components",
                    layout.join(", "),
                    first.join(", ")
                );
                ctx.report(&DEFINITION_CAROUSEL, &components_at, message);
            }
            Some(_) => {}
        }
    }
}

/// A card's layout: its component types, the header's format and the button types, in order.
fn layout(components: &[Node]) -> Vec<String> {
    let upper = |value: Option<&Node>| value.and_then(Node::as_str).unwrap_or_default().to_ascii_uppercase();
    let mut parts = Vec::new();
    for component in components {
        let kind = upper(component.get("type"));
        match kind.as_str() {
            "HEADER" => parts.push(format!("{} HEADER", upper(component.get("format")))),
            "BUTTONS" => {
                let buttons = component.get("buttons").and_then(Node::as_array).unwrap_or_default();
                parts.extend(buttons.iter().map(|button| format!("{} button", upper(button.get("type")))));
            }
            _ => parts.push(kind),
        }
    }
    parts
}
