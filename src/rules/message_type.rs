//! The message types a payload's `type` names: an exhaustive enum, with no catch-all. The
//! router (`route`) dispatches on it; envelope and contextual rules read it.

/// A message's `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MessageType {
    Text,
    Image,
    Audio,
    Document,
    Sticker,
    Video,
    Location,
    Contacts,
    Interactive,
    Template,
    Reaction,
    Pin,
}

impl MessageType {
    const ALL: [MessageType; 12] = [
        Self::Text,
        Self::Image,
        Self::Audio,
        Self::Document,
        Self::Sticker,
        Self::Video,
        Self::Location,
        Self::Contacts,
        Self::Interactive,
        Self::Template,
        Self::Reaction,
        Self::Pin,
    ];
    /// The names, in the order of [`MessageType::ALL`] (the reference's order, then §18's `pin`).
    pub const NAMES: &'static [&'static str] = &[
        "text",
        "image",
        "audio",
        "document",
        "sticker",
        "video",
        "location",
        "contacts",
        "interactive",
        "template",
        "reaction",
        "pin",
    ];

    pub fn from_name(name: &str) -> Option<Self> {
        Self::NAMES.iter().position(|known| *known == name).map(|index| Self::ALL[index])
    }

    pub fn name(self) -> &'static str {
        Self::NAMES[Self::ALL.iter().position(|known| *known == self).unwrap_or_default()]
    }
}
