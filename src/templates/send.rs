//! §20: a template send checked against its approved definition — lookup, status, body and
//! header parameters, substituted lengths. Buttons, carousels and offers are in `send_buttons`.

use super::definition::Text;
use super::placeholders;
use super::send_rules::*;
use super::sent::{substitute, value_of, Check, Component, Sent};
use super::Templates;
use crate::check::{Anchor, Ctx};
use crate::measure;
use crate::node::Node;

const MAX_HEADER: usize = 60;
const MAX_BODY: usize = 1024;
const MAX_BODY_ONLY: usize = 32768;
const MAX_AUTHENTICATION_PARAMETER: usize = 15;

/// Checks a template send against its definition, when the payload is one.
pub(crate) fn check(ctx: &mut Ctx, document: &Node, templates: &Templates) {
    if document.get("type").and_then(Node::as_str) != Some("template") {
        return;
    }
    let Some(template) = document.get("template").and_then(Node::as_object) else { return };
    let Some(name) = template.get("name").and_then(Node::as_str) else { return };
    let Some(code) = template.get("language").and_then(|l| l.get("code")).and_then(Node::as_str) else { return };
    let Some(definition) = templates.get(name, code) else {
        return not_found(ctx, templates, name, code);
    };
    let label = format!("template `{name}` ({code})");
    if let Some(status) = definition.status.as_deref().filter(|status| *status != "APPROVED") {
        let message = format!("{label} is {status}; only APPROVED templates can be sent");
        let help = format!("the definition's status is at {}/status", definition.at);
        ctx.push_at(&TEMPLATE_NOT_APPROVED, "/template/name".into(), Anchor::Value, message, Some(help));
    }
    let components = template.get("components").and_then(Node::as_array).unwrap_or_default();
    let sent = sort(components, template.contains_key("components"));
    let mut check = Check { ctx, definition, label };
    check_header(&mut check, &sent);
    check_body(&mut check, &sent);
    super::send_buttons::check(&mut check, &sent);
}

fn not_found(ctx: &mut Ctx, templates: &Templates, name: &str, code: &str) {
    let languages: Vec<&str> = templates.languages(name).collect();
    if languages.is_empty() {
        let message = format!("no template `{name}` in the definitions given (API error 132001)");
        let help = match measure::closest(name, templates.names()) {
            Some(close) => format!("did you mean `{close}`?"),
            None => "check the name against your approved templates".to_owned(),
        };
        ctx.push_at(&TEMPLATE_NOT_FOUND, "/template/name".into(), Anchor::Value, message, Some(help));
        return;
    }
    let message = format!(
        "template `{name}` has no definition in `{code}`; it is defined in {} (API error 132001)",
        languages.join(", ")
    );
    let help = match measure::closest(code, languages.iter().copied()) {
        Some(close) => format!("did you mean `{close}`?"),
        None => "language codes must match exactly: `en` is not `en_US`".to_owned(),
    };
    ctx.push_at(&TEMPLATE_NOT_FOUND, "/template/language/code".into(), Anchor::Value, message, Some(help));
}

fn sort<'a>(components: &'a [Node<'a>], has_list: bool) -> Sent<'a> {
    let mut sent = Sent {
        list_at: "/template/components",
        has_list,
        header: None,
        body: None,
        buttons: Vec::new(),
        carousel: None,
        offer: None,
    };
    for (at_index, component) in components.iter().enumerate() {
        let Some(members) = component.as_object() else { continue };
        let component = Component { at_index, members };
        let kind = members.get("type").and_then(Node::as_str).unwrap_or_default().to_ascii_lowercase();
        match kind.as_str() {
            "header" => drop(sent.header.get_or_insert(component)),
            "body" => drop(sent.body.get_or_insert(component)),
            "button" => sent.buttons.push(component),
            "carousel" => drop(sent.carousel.get_or_insert(component)),
            "limited_time_offer" => drop(sent.offer.get_or_insert(component)),
            _ => {}
        }
    }
    sent
}

fn check_header(check: &mut Check, sent: &Sent) {
    let Some(header) = check.definition.parts.header.clone() else {
        if let Some(component) = sent.header.filter(|c| !c.parameters().is_empty()) {
            let message = format!("{} has no header; this header component is not used", check.label);
            let help = format!("the definition's components are at {}/components", check.definition.at);
            check.report(&TEMPLATE_COMPONENT_NOT_DEFINED, component.at(sent.list_at), message, help);
        }
        return;
    };
    if header.format == "TEXT" {
        let text = header.text.clone();
        if let Some(text) = text {
            check_text_part(check, sent, sent.header, &text, "header", MAX_HEADER);
        }
        return;
    }
    let expected = header.format.as_str();
    let help = format!("the definition's header is at {}", header.at);
    let first = sent.header.and_then(|c| c.parameters().first().map(|p| (c, p)));
    let Some((component, parameter)) = first else {
        let message = format!("{} header expects {expected}, got none (API error 132012)", check.label);
        let within = sent.header.map(|c| c.at(sent.list_at));
        return check.report_missing(&TEMPLATE_HEADER_FORMAT, sent, within, message, help);
    };
    let got = parameter.get("type").and_then(Node::as_str).unwrap_or_default();
    if !got.eq_ignore_ascii_case(expected) {
        let message = format!("{} header expects {expected}, got {got} (API error 132012)", check.label);
        let at = format!("{}/parameters/0/type", component.at(sent.list_at));
        check.report(&TEMPLATE_HEADER_FORMAT, at, message, help);
    }
}

fn check_body(check: &mut Check, sent: &Sent) {
    let Some(body) = check.definition.parts.body.clone() else { return };
    let limit = if check.definition.components == 1 { MAX_BODY_ONLY } else { MAX_BODY };
    let parameters = check_text_part(check, sent, sent.body, &body, "body", limit);
    if check.definition.category == "AUTHENTICATION" {
        check_authentication(check, sent, parameters);
    }
}

/// The parameters of a header or body against the placeholders of its definition text: counts
/// (positional) or names (NAMED), then the substituted length. Returns the text values sent.
fn check_text_part<'v>(
    check: &mut Check,
    sent: &Sent<'v>,
    component: Option<Component<'v>>,
    text: &Text,
    part: &str,
    limit: usize,
) -> Vec<(String, &'v str)> {
    let found = placeholders::scan(&text.text);
    let parameters = component.map(|c| c.parameters()).unwrap_or_default();
    let component_at = component.map(|c| c.at(sent.list_at));
    let help = format!("the definition's {part} is at {}: \"{}\"", text.at, text.text);
    let values = if check.definition.named {
        super::send_names::check(check, sent, component_at.as_deref(), parameters, &found, part, &help)
    } else {
        positional(check, sent, component_at.as_deref(), parameters, &found, part, &help)
    };
    let substituted = substitute(&text.text, &found, &values);
    let count = measure::chars(&substituted);
    if count > limit {
        let message = format!(
            "{} {part} is {count} characters with its parameters substituted; the limit is {limit} (API error 132005)",
            check.label
        );
        let at = component_at.map_or_else(|| sent.list_at.to_owned(), |at| format!("{at}/parameters"));
        check.report(&TEMPLATE_SUBSTITUTED_LENGTH, at, message, help);
    }
    values
}

/// Positional parameters: as many as the distinct `{{n}}`. Values are keyed `1`, `2`, ….
fn positional<'v>(
    check: &mut Check,
    sent: &Sent,
    component_at: Option<&str>,
    parameters: &'v [Node<'v>],
    found: &[placeholders::Placeholder],
    part: &str,
    help: &str,
) -> Vec<(String, &'v str)> {
    let numbers = placeholders::positional_numbers(found);
    let (expected, got) = (numbers.len(), parameters.len());
    if expected != got {
        let wanted = match expected {
            0 => "no parameters".to_owned(),
            1 => format!("1 parameter ({})", placeholders::list(&numbers)),
            n => format!("{n} parameters ({})", placeholders::list(&numbers)),
        };
        let message = format!("{} {part} expects {wanted}; got {got}", check.label);
        let mut help = help.to_owned();
        if got > expected && part == "body" && super::send_buttons::has_url_variable(check.definition) {
            help.push_str("; a URL button's suffix goes in its `button` component, not in the body");
        }
        match component_at {
            // Extra parameters are reported where they stand, missing ones at the list.
            Some(at) if got > expected => {
                check.report(&TEMPLATE_PARAMETER_COUNT, format!("{at}/parameters/{expected}"), message, help)
            }
            Some(at) if got > 0 => check.report(&TEMPLATE_PARAMETER_COUNT, format!("{at}/parameters"), message, help),
            Some(at) => check.report(&TEMPLATE_PARAMETER_COUNT, at.to_owned(), message, help),
            None => check.report_missing(&TEMPLATE_PARAMETER_COUNT, sent, None, message, help),
        }
    }
    parameters.iter().enumerate().filter_map(|(index, p)| Some(((index + 1).to_string(), value_of(p)?))).collect()
}

/// AUTHENTICATION (§20.6): body parameters of at most 15 characters, and the same code in the
/// body and in the URL (OTP) button.
fn check_authentication(check: &mut Check, sent: &Sent, values: Vec<(String, &str)>) {
    let Some(body) = sent.body else { return };
    let body_at = body.at(sent.list_at);
    for (index, (_, value)) in values.iter().enumerate() {
        let count = measure::chars(value);
        if count > MAX_AUTHENTICATION_PARAMETER {
            let message = format!(
                "{} is an AUTHENTICATION template: the body parameter is {count} characters; the limit is {MAX_AUTHENTICATION_PARAMETER}",
                check.label
            );
            let help = "send only the one-time code".to_owned();
            check.report(&TEMPLATE_AUTHENTICATION_CODE, format!("{body_at}/parameters/{index}/text"), message, help);
        }
    }
    let Some((_, code)) = values.first() else { return };
    for button in &sent.buttons {
        let is_url =
            button.members.get("sub_type").and_then(Node::as_str).is_some_and(|s| s.eq_ignore_ascii_case("url"));
        let Some(parameter) = button.parameters().first().filter(|_| is_url) else { continue };
        let Some(button_code) = parameter.get("text").and_then(Node::as_str) else { continue };
        if button_code != *code {
            let message = format!(
                "{} sends the code \"{code}\" in the body and \"{button_code}\" in the button; they must be the same",
                check.label
            );
            let help = "the copy-code button copies its own parameter: send the body's code in it".to_owned();
            check.report(
                &TEMPLATE_AUTHENTICATION_CODE,
                format!("{}/parameters/0/text", button.at(sent.list_at)),
                message,
                help,
            );
        }
    }
}
