//! Approved template definitions as §20 reads them: the typed parts a send is checked against,
//! each with the JSON Pointer of its member in the definitions document.

use crate::check::pointer::escape;
use crate::node::{Members, Node};

/// One definition: what `GET /<WABA_ID>/message_templates` returns for a template in a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Definition {
    /// The pointer of the definition in its document (`/data/3`).
    pub at: String,
    pub name: String,
    pub language: String,
    /// Upper-cased (`APPROVED`, `PAUSED`), when given.
    pub status: Option<String>,
    /// Upper-cased (`MARKETING`), empty when not given.
    pub category: String,
    /// `parameter_format` is `NAMED`.
    pub named: bool,
    pub parts: Parts,
    /// The number of top-level components (the body alone may take 32768 characters, §14).
    pub components: usize,
    /// The carousel's cards, when the definition has a CAROUSEL component.
    pub carousel: Option<Carousel>,
    /// A LIMITED_TIME_OFFER component, and whether it has `has_expiration: true`.
    pub offer: Option<bool>,
}

/// The components a definition and each carousel card share.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parts {
    pub header: Option<Header>,
    pub body: Option<Text>,
    pub buttons: Vec<Button>,
}

/// A text member and its pointer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Text {
    pub at: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    pub at: String,
    /// Upper-cased `format`: TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION or PRODUCT.
    pub format: String,
    pub text: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Button {
    pub at: String,
    /// Upper-cased `type`: URL, QUICK_REPLY, COPY_CODE, OTP, …
    pub kind: String,
    pub url: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Carousel {
    pub at: String,
    pub cards: Vec<Parts>,
}

/// Reads a definition at `at`; `None` when it has no string `name` and `language`.
pub(crate) fn read(value: &Node, at: &str) -> Option<Definition> {
    let members = value.as_object()?;
    let name = members.get("name")?.as_str()?.to_owned();
    let language = members.get("language")?.as_str()?.to_owned();
    let upper = |key: &str| members.get(key).and_then(Node::as_str).map(str::to_ascii_uppercase);
    let components_at = format!("{at}/components");
    let components = members.get("components").and_then(Node::as_array).unwrap_or_default();
    let mut carousel = None;
    let mut offer = None;
    for (index, component) in components.iter().enumerate() {
        let component_at = format!("{components_at}/{index}");
        match component_type(component).as_deref() {
            Some("CAROUSEL") => {
                let cards_at = format!("{component_at}/cards");
                let cards = component.get("cards").and_then(Node::as_array).unwrap_or_default();
                let cards = cards
                    .iter()
                    .enumerate()
                    .map(|(card, value)| {
                        let card_at = format!("{cards_at}/{card}/components");
                        let list = value.get("components").and_then(Node::as_array);
                        parts(list.unwrap_or_default(), &card_at)
                    })
                    .collect();
                carousel = Some(Carousel { at: cards_at, cards });
            }
            Some("LIMITED_TIME_OFFER") => {
                let expires = component.pointer("/limited_time_offer/has_expiration").and_then(Node::as_bool);
                offer = Some(expires == Some(true));
            }
            _ => {}
        }
    }
    Some(Definition {
        at: at.to_owned(),
        name,
        language,
        status: upper("status"),
        category: upper("category").unwrap_or_default(),
        named: upper("parameter_format").as_deref() == Some("NAMED"),
        parts: parts(components, &components_at),
        components: components.len(),
        carousel,
        offer,
    })
}

/// A component's `type`, upper-cased (GET returns upper case, creation bodies may not).
pub(crate) fn component_type(component: &Node) -> Option<String> {
    component.get("type").and_then(Node::as_str).map(str::to_ascii_uppercase)
}

fn parts(components: &[Node], at: &str) -> Parts {
    let mut parts = Parts::default();
    for (index, component) in components.iter().enumerate() {
        let Some(members) = component.as_object() else { continue };
        let component_at = format!("{at}/{index}");
        match component_type(component).as_deref() {
            Some("HEADER") if parts.header.is_none() => {
                let format = members.get("format").and_then(Node::as_str).unwrap_or("TEXT").to_ascii_uppercase();
                let text = text(members, "text", &component_at);
                parts.header = Some(Header { at: component_at, format, text });
            }
            Some("BODY") if parts.body.is_none() => parts.body = text(members, "text", &component_at),
            Some("BUTTONS") => {
                let buttons = members.get("buttons").and_then(Node::as_array).unwrap_or_default();
                for (position, button) in buttons.iter().enumerate() {
                    let button_at = format!("{component_at}/buttons/{position}");
                    let Some(button) = button.as_object() else { continue };
                    let kind = button.get("type").and_then(Node::as_str).unwrap_or_default().to_ascii_uppercase();
                    let url = text(button, "url", &button_at);
                    parts.buttons.push(Button { at: button_at, kind, url });
                }
            }
            _ => {}
        }
    }
    parts
}

fn text(members: &Members, key: &str, at: &str) -> Option<Text> {
    let text = members.get(key)?.as_str()?.to_owned();
    Some(Text { at: format!("{at}/{}", escape(key)), text })
}
