//! The message types a payload's `type` names: an exhaustive enum, with no catch-all. The
//! router (`route`) dispatches on it; envelope and contextual rules read it.

named_enum! {
    /// A message's `type`, in the reference's order, then §18's `pin`.
    pub(crate) enum MessageType {
        Text = "text",
        Image = "image",
        Audio = "audio",
        Document = "document",
        Sticker = "sticker",
        Video = "video",
        Location = "location",
        Contacts = "contacts",
        Interactive = "interactive",
        Template = "template",
        Reaction = "reaction",
        Pin = "pin",
    }
}
