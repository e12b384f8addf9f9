//! §20.5–§20.6: button components against the definition's buttons, carousel cards and the
//! limited-time offer.

use super::definition::{Button, Definition, Parts};
use super::placeholders;
use super::send_rules::*;
use super::sent::{substitute, value_of, Check, Component, Sent, MAX_CARD_BODY};
use crate::measure;
use crate::node::Node;

/// The `sub_type` a button component of this definition button type has; `None` when the
/// button takes no component (PHONE_NUMBER, and types the send side does not know).
fn sub_type(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "URL" | "OTP" => "url",
        "QUICK_REPLY" => "quick_reply",
        "COPY_CODE" => "copy_code",
        "FLOW" => "flow",
        "CATALOG" => "catalog",
        "MPM" => "mpm",
        "SPM" => "spm",
        "VOICE_CALL" => "voice_call",
        "ORDER_DETAILS" => "order_details",
        _ => return None,
    })
}

/// A URL button whose `url` has a placeholder (its suffix is sent as a parameter).
fn url_variable(button: &Button) -> bool {
    button.url.as_ref().is_some_and(|url| !placeholders::scan(&url.text).is_empty())
}

pub(super) fn has_url_variable(definition: &Definition) -> bool {
    definition.parts.buttons.iter().any(url_variable)
}

/// The button's position as sent: an integer or a string of digits.
fn index_of(component: &Component) -> Option<usize> {
    let index = component.members.get("index")?;
    let number = index.as_u64().or_else(|| index.as_str().and_then(|s| s.parse().ok()))?;
    usize::try_from(number).ok()
}

pub(super) fn check(check: &mut Check, sent: &Sent) {
    let definition = check.definition;
    check_buttons(check, sent, &sent.buttons, &definition.parts, None);
    check_carousel(check, sent);
    check_offer(check, sent);
}

/// Buttons of the template (or of one carousel card, `card` naming it for messages).
fn check_buttons(
    check: &mut Check,
    sent: &Sent,
    components: &[Component],
    parts: &Parts,
    card: Option<(usize, String)>,
) {
    let list_at = card.as_ref().map_or(sent.list_at.to_owned(), |(_, at)| at.clone());
    let whose =
        card.as_ref().map_or_else(|| check.label.clone(), |(index, _)| format!("card {index} of {}", check.label));
    let mut covered = vec![false; parts.buttons.len()];
    for component in components {
        let at = format!("{list_at}/{}", component.at_index);
        let given = component.members.get("sub_type").and_then(Node::as_str).unwrap_or_default().to_ascii_lowercase();
        if given == "voice_call" {
            continue;
        }
        let Some(index) = index_of(component) else { continue };
        let Some(button) = parts.buttons.get(index) else {
            let message = match parts.buttons.len() {
                0 => format!("{whose} has no buttons; this button component is not used"),
                n => format!("button index {index}: {whose} has {n} buttons (indexes 0 to {})", n - 1),
            };
            let rule =
                if parts.buttons.is_empty() { &TEMPLATE_COMPONENT_NOT_DEFINED } else { &TEMPLATE_BUTTON_MISMATCH };
            check.report(
                rule,
                format!("{at}/index"),
                message,
                "buttons are numbered from 0 in the definition's order".into(),
            );
            continue;
        };
        if let Some(slot) = covered.get_mut(index) {
            *slot = true;
        }
        let help = format!("the definition's button is at {}", button.at);
        match sub_type(&button.kind) {
            Some(expected) if expected != given => {
                let message = format!(
                    "button {index} of {whose} is a {} button; `sub_type` must be \"{expected}\", got \"{given}\"",
                    button.kind
                );
                check.report(&TEMPLATE_BUTTON_MISMATCH, format!("{at}/sub_type"), message, help);
            }
            Some(_) => check_parameters(check, component, &at, button, index, &whose, help),
            None => {
                let count = component.parameters().len();
                let message = format!(
                    "button {index} of {whose} is a {} button: it takes no parameters, got {count}",
                    button.kind
                );
                check.report(&TEMPLATE_BUTTON_VARIABLE, at, message, help);
            }
        }
    }
    for (index, button) in parts.buttons.iter().enumerate().filter(|(index, _)| !covered[*index]) {
        let needs = match button.kind.as_str() {
            "URL" | "OTP" if url_variable(button) => "one `text` parameter (the URL suffix) (API error 131008)",
            "COPY_CODE" => "a `coupon_code` parameter",
            _ => continue,
        };
        let sub_type = sub_type(&button.kind).unwrap_or_default();
        let url = button.url.as_ref().map(|url| format!(" {}", url.text)).unwrap_or_default();
        let message = format!(
            "button {index} of {whose} ({}{url}) needs a `button` component with `sub_type` \"{sub_type}\", `index` {index} and {needs}",
            button.kind
        );
        let help = format!("the definition's button is at {}", button.at);
        let within = card.as_ref().map(|(_, at)| at.clone());
        check.report_missing(&TEMPLATE_BUTTON_VARIABLE, sent, within, message, help);
    }
}

fn check_parameters(
    check: &mut Check,
    component: &Component,
    at: &str,
    button: &Button,
    index: usize,
    whose: &str,
    help: String,
) {
    let parameters = component.parameters();
    match button.kind.as_str() {
        "URL" if !url_variable(button) && !parameters.is_empty() => {
            let url = button.url.as_ref().map(|url| url.text.as_str()).unwrap_or_default();
            let message = format!(
                "button {index} of {whose} is a URL button without a variable ({url}): it takes no parameters, got {}",
                parameters.len()
            );
            check.report(&TEMPLATE_BUTTON_VARIABLE, format!("{at}/parameters"), message, help);
        }
        "URL" | "OTP" if url_variable(button) => {
            let texts = parameters.iter().filter(|p| p.get("type").and_then(Node::as_str) == Some("text")).count();
            if texts > 1 {
                let message =
                    format!("button {index} of {whose} takes one `text` parameter (the URL suffix); got {texts}");
                check.report(&TEMPLATE_BUTTON_VARIABLE, format!("{at}/parameters"), message, help.clone());
            }
            let suffix = parameters.first().and_then(|p| p.get("text")).and_then(Node::as_str);
            if let Some(suffix) =
                suffix.filter(|s| s.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("http")) || s.contains("{{"))
            {
                let url = button.url.as_ref().map(|url| url.text.as_str()).unwrap_or_default();
                let message = format!(
                    "the URL suffix \"{suffix}\" is appended to {url}: send only the part that replaces the variable"
                );
                check.report(&TEMPLATE_URL_SUFFIX, format!("{at}/parameters/0/text"), message, help);
            }
        }
        "COPY_CODE" if !parameters.iter().any(|p| p.get("coupon_code").is_some()) => {
            let message =
                format!("button {index} of {whose} is a COPY_CODE button: it needs a `coupon_code` parameter");
            check.report(&TEMPLATE_BUTTON_VARIABLE, format!("{at}/parameters"), message, help);
        }
        _ => {}
    }
}

fn check_carousel(check: &mut Check, sent: &Sent) {
    let Some(carousel) = check.definition.carousel.clone() else {
        if let Some(component) = sent.carousel {
            let message = format!("{} has no carousel; this carousel component is not used", check.label);
            let help = format!("the definition's components are at {}/components", check.definition.at);
            check.report(&TEMPLATE_COMPONENT_NOT_DEFINED, component.at(sent.list_at), message, help);
        }
        return;
    };
    let help = format!("the definition's cards are at {}", carousel.at);
    let Some(component) = sent.carousel else {
        let message =
            format!("{} expects a carousel component with {} cards; got none", check.label, carousel.cards.len());
        return check.report_missing(&TEMPLATE_CAROUSEL_MISMATCH, sent, None, message, help);
    };
    let cards_at = format!("{}/cards", component.at(sent.list_at));
    let cards = component.members.get("cards").and_then(Node::as_array).unwrap_or_default();
    let media = carousel.cards.iter().any(|card| card.header.as_ref().is_some_and(|h| h.format != "PRODUCT"));
    if media && cards.len() != carousel.cards.len() {
        let message = format!("{} has {} cards; {} were sent", check.label, carousel.cards.len(), cards.len());
        check.report(&TEMPLATE_CAROUSEL_MISMATCH, cards_at.clone(), message, help.clone());
    }
    for (index, (card, parts)) in cards.iter().zip(&carousel.cards).enumerate() {
        let components_at = format!("{cards_at}/{index}/components");
        let components = card.get("components").and_then(Node::as_array).unwrap_or_default();
        let mut buttons = Vec::new();
        for (at_index, value) in components.iter().enumerate() {
            let Some(members) = value.as_object() else { continue };
            let component = Component { at_index, members };
            match members.get("type").and_then(Node::as_str).unwrap_or_default().to_ascii_lowercase().as_str() {
                "header" => check_card_header(check, &component, &components_at, parts, index, &help),
                "body" => check_card_body(check, &component, &components_at, parts, index),
                "button" => buttons.push(component),
                _ => {}
            }
        }
        check_buttons(check, sent, &buttons, parts, Some((index, components_at)));
    }
}

fn check_card_header(check: &mut Check, component: &Component, list_at: &str, parts: &Parts, index: usize, help: &str) {
    let Some(expected) = parts.header.as_ref().map(|h| h.format.as_str()) else { return };
    let Some(got) = component.parameters().first().and_then(|p| p.get("type")).and_then(Node::as_str) else { return };
    if !got.eq_ignore_ascii_case(expected) {
        let message = format!("card {index} of {} has a {expected} header; got {got}", check.label);
        let at = format!("{list_at}/{}/parameters/0/type", component.at_index);
        check.report(&TEMPLATE_CAROUSEL_MISMATCH, at, message, help.to_owned());
    }
}

fn check_card_body(check: &mut Check, component: &Component, list_at: &str, parts: &Parts, index: usize) {
    let Some(body) = parts.body.as_ref() else { return };
    let found = placeholders::scan(&body.text);
    let values: Vec<(String, &str)> = component
        .parameters()
        .iter()
        .enumerate()
        .filter_map(|(position, p)| {
            let key = p
                .get("parameter_name")
                .and_then(Node::as_str)
                .map_or_else(|| (position + 1).to_string(), str::to_owned);
            Some((key, value_of(p)?))
        })
        .collect();
    let count = measure::chars(&substitute(&body.text, &found, &values));
    if count > MAX_CARD_BODY {
        let message = format!(
            "card {index} body of {} is {count} characters with its parameters substituted; the limit is {MAX_CARD_BODY}",
            check.label
        );
        let help = format!("the definition's card body is at {}", body.at);
        check.report(
            &TEMPLATE_SUBSTITUTED_LENGTH,
            format!("{list_at}/{}/parameters", component.at_index),
            message,
            help,
        );
    }
}

fn check_offer(check: &mut Check, sent: &Sent) {
    match (check.definition.offer, sent.offer) {
        (Some(true), None) => {
            let message = format!(
                "{} is a limited-time offer with `has_expiration: true`: it needs a `limited_time_offer` component",
                check.label
            );
            let help = format!("the definition's components are at {}/components", check.definition.at);
            check.report_missing(&TEMPLATE_OFFER_REQUIRED, sent, None, message, help);
        }
        (None, Some(component)) => {
            let message = format!("{} is not a limited-time offer; this component is not used", check.label);
            let help = format!("the definition's components are at {}/components", check.definition.at);
            check.report(&TEMPLATE_COMPONENT_NOT_DEFINED, component.at(sent.list_at), message, help);
        }
        _ => {}
    }
}
