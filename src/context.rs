//! What the caller knows about a send that the payload does not say: the customer service
//! window, the endpoint, and what kind of document it is. Plain data, read by the rules;
//! `crate::options` parses them.

/// Whether the recipient's 24-hour customer service window is open (CONSTRAINTS §15).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ServiceWindow {
    /// Not known: window rules are not checked.
    #[default]
    Unknown,
    /// Any message type may be sent.
    Open,
    /// Only templates may be sent.
    Closed,
}

/// The endpoint the payload is POSTed to (CONSTRAINTS §18): `/<PHONE_NUMBER_ID>/messages`, or
/// `/<PHONE_NUMBER_ID>/marketing_messages` (marketing templates with `product_policy` and
/// `message_activity_sharing`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Endpoint {
    /// `/messages`: every message type.
    #[default]
    Messages,
    /// `/marketing_messages`: marketing templates only.
    MarketingMessages,
}

/// What the linted document is (§20, §21).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// Decided from the document: a template definition (`components` with a `category` or a
    /// string `language`), `{"data": [definitions…]}` or an array of definitions is checked as
    /// definitions (§21); anything else as a message.
    #[default]
    Auto,
    /// A message payload, whatever it looks like.
    Message,
    /// A template definition, a list of them, or what `GET /<WABA_ID>/message_templates` returns.
    TemplateDefinition,
}
