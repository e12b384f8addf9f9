//! Media objects (§3): image, audio, document, sticker and video messages, and the same object
//! in interactive headers and template parameters.

use crate::check::shape::{self, optional, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::measure;
use crate::node::{Members, Node};
use crate::rule::Rule;

pub static MEDIA_SOURCE_MISSING: Rule = Rule {
    code: "WA0201",
    name: "media-source-missing",
    severity: Error,
    applies_to: &["image", "audio", "document", "sticker", "video", "interactive", "template"],
    source: meta!("messages/image-messages", "Request syntax", "131009"),
    summary: "A media object needs `id` (an uploaded media id) or `link` (a public URL).",
    help: "upload the file and send its `id`, or give a public https `link`",
    valid: example!("WA0201-media-source-missing", "valid"),
    invalid: example!("WA0201-media-source-missing", "invalid"),
};

pub static MEDIA_SOURCE_AMBIGUOUS: Rule = Rule {
    code: "WA0202",
    name: "media-source-ambiguous",
    severity: Warning,
    applies_to: &["image", "audio", "document", "sticker", "video", "interactive", "template"],
    source: meta!("messages/image-messages", "Request syntax"),
    summary: "A media object with both `id` and `link` is ambiguous: send one of them.",
    help: "keep either `id` or `link`",
    valid: example!("WA0202-media-source-ambiguous", "valid"),
    invalid: example!("WA0202-media-source-ambiguous", "invalid"),
};

pub static MEDIA_LINK_NOT_HTTP: Rule = Rule {
    code: "WA0203",
    name: "media-link-not-http",
    severity: Error,
    applies_to: &["image", "audio", "document", "sticker", "video", "interactive", "template"],
    source: meta!("messages/image-messages", "Request syntax", "131052"),
    summary: "`link` must be an absolute http:// or https:// URL with a host.",
    help: "give the full public URL, e.g. https://cdn.example.com/file.pdf",
    valid: example!("WA0203-media-link-not-http", "valid"),
    invalid: example!("WA0203-media-link-not-http", "invalid"),
};

pub static MEDIA_CAPTION_LENGTH: Rule = Rule {
    code: "WA0204",
    name: "media-caption-length",
    severity: Error,
    applies_to: &["image", "document", "video"],
    source: meta!("messages/image-messages", "Request syntax", "131009"),
    summary: "A media `caption` is at most 1024 characters.",
    help: "shorten the caption, or send the rest as a text message",
    valid: example!("WA0204-media-caption-length", "valid"),
    invalid: example!("WA0204-media-caption-length", "invalid"),
};

pub static CAPTION_NOT_ALLOWED: Rule = Rule {
    code: "WA0205",
    name: "caption-not-allowed",
    severity: Error,
    applies_to: &["audio", "sticker"],
    source: meta!("messages/audio-messages", "Request syntax", "131009"),
    summary: "Audio and sticker messages take no `caption`.",
    help: "remove the caption, or send it as a separate text message",
    valid: example!("WA0205-caption-not-allowed", "valid"),
    invalid: example!("WA0205-caption-not-allowed", "invalid"),
};

pub static FILENAME_NOT_ALLOWED: Rule = Rule {
    code: "WA0206",
    name: "filename-not-allowed",
    severity: Error,
    applies_to: &["image", "audio", "sticker", "video", "interactive", "template"],
    source: meta!("messages/document-messages", "Request syntax", "100"),
    summary: "`filename` belongs to documents only.",
    help: "remove `filename`, or send the file as a document",
    valid: example!("WA0206-filename-not-allowed", "valid"),
    invalid: example!("WA0206-filename-not-allowed", "invalid"),
};

pub static MEDIA_PROVIDER: Rule = Rule {
    code: "WA0207",
    name: "media-provider-on-premises",
    severity: Warning,
    applies_to: &["image", "audio", "document", "sticker", "video"],
    source: meta!("messages/image-messages", "Request syntax"),
    summary: "`provider` (media behind an authenticated provider) is On-Premises only; the Cloud API ignores it.",
    help: "host the file at a public URL, or upload it and send its `id`",
    valid: example!("WA0207-media-provider-on-premises", "valid"),
    invalid: example!("WA0207-media-provider-on-premises", "invalid"),
};

pub static MEDIA_LINK_EXTENSION: Rule = Rule {
    code: "WA0208",
    name: "media-link-extension",
    severity: Warning,
    applies_to: &["image", "audio", "document", "sticker", "video", "interactive", "template"],
    source: meta!("business-phone-numbers/media", "Supported media types", "131053"),
    summary: "A `link` whose file extension is a format the message type does not support (image: jpeg/png; video: mp4/3gp; audio: aac/amr/mp3/mp4/ogg; document: txt/pdf/doc(x)/xls(x)/ppt(x); sticker: webp).",
    help: "convert the file to a supported format, or send it as a document",
    valid: example!("WA0208-media-link-extension", "valid"),
    invalid: example!("WA0208-media-link-extension", "invalid"),
};

static CAPTION: Limit = Limit { rule: &MEDIA_CAPTION_LENGTH, what: "caption", min: 0, max: 1024 };

pub static IMAGE_WEBP: Rule = Rule {
    code: "WA0209",
    name: "image-webp",
    severity: Error,
    applies_to: &["image"],
    source: meta!("business-phone-numbers/media", "Supported media types", "131053"),
    summary: "WebP is a sticker format: an image whose `link` names a .webp file is rejected (131053).",
    help: "send the file as a sticker, or convert it to JPEG or PNG",
    valid: example!("WA0209-image-webp", "valid"),
    invalid: example!("WA0209-image-webp", "invalid"),
};

pub static VOICE_NOTE_FORMAT: Rule = Rule {
    code: "WA0210",
    name: "voice-note-format",
    severity: Warning,
    applies_to: &["audio"],
    source: meta!("messages/audio-messages", "Supported audio formats"),
    summary: "A voice note (`\"voice\": true`) must be an OGG/OPUS file; another format plays as a plain audio file.",
    help: "encode the recording as .ogg with the OPUS codec, or drop `voice`",
    valid: example!("WA0210-voice-note-format", "valid"),
    invalid: example!("WA0210-voice-note-format", "invalid"),
};

pub(crate) static MEDIA: Shape = Shape {
    name: "media object",
    fields: &[
        optional("id", Kind::NonEmpty),
        optional("link", Kind::String),
        optional("caption", Kind::Text(&CAPTION)),
        optional("filename", Kind::String),
        optional("provider", Kind::Deferred),
        optional("voice", Kind::Bool),
    ],
};

/// File extensions each media type supports (Meta's supported media types).
fn supported_extensions(media_type: &str) -> &'static [&'static str] {
    match media_type {
        "image" => &["jpg", "jpeg", "png"],
        "video" => &["mp4", "3gp", "3gpp"],
        "audio" => &["aac", "amr", "mp3", "mp4", "m4a", "ogg", "opus"],
        "document" => &["txt", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx"],
        "sticker" => &["webp"],
        _ => &[],
    }
}

/// Extensions that clearly name a media or document format: only these are judged, so a link to
/// a script (`/media.php?id=1`) that serves a supported file is not reported.
const KNOWN_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "heic", "heif", "svg", "webp", "avif", "ico", "mp4", "3gp",
    "3gpp", "mov", "avi", "mkv", "webm", "wmv", "flv", "m4v", "mpeg", "mpg", "aac", "amr", "mp3", "m4a", "ogg", "opus",
    "wav", "flac", "wma", "aiff", "txt", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "rtf", "odt",
    "ods", "odp", "zip", "rar", "7z", "html", "htm",
];

/// Checks a media message (`image`, `audio`, `document`, `sticker`, `video`).
pub(crate) fn check_message(ctx: &mut Ctx, media_type: &str, value: &Node, at: &Ptr) {
    let Some(members) = check_object(ctx, media_type, value, at) else { return };
    if matches!(media_type, "audio" | "sticker") && members.contains_key("caption") {
        ctx.report_key(
            &CAPTION_NOT_ALLOWED,
            &at.key("caption"),
            format!("{media_type} messages take no caption"),
            None,
        );
    }
}

/// Checks a media object of `media_type` wherever it appears (message, header, template
/// parameter); returns its members.
pub(crate) fn check_object<'v>(
    ctx: &mut Ctx,
    media_type: &str,
    value: &'v Node<'v>,
    at: &Ptr,
) -> Option<&'v Members<'v>> {
    let members = shape::object(ctx, value, at, &MEDIA)?;
    match (members.get("id"), members.get("link")) {
        (None, None) => ctx.report(&MEDIA_SOURCE_MISSING, at, format!("the {media_type} has neither `id` nor `link`")),
        (Some(_), Some(_)) => {
            ctx.report(&MEDIA_SOURCE_AMBIGUOUS, at, format!("the {media_type} has both `id` and `link`"))
        }
        _ => {}
    }
    if let Some(link) = members.get("link").and_then(Node::as_str) {
        check_link(ctx, media_type, link, &at.key("link"));
    }
    if media_type != "document" && members.contains_key("filename") {
        let message = format!("`filename` is for documents; this is {media_type}");
        ctx.report_key(&FILENAME_NOT_ALLOWED, &at.key("filename"), message, None);
    }
    if media_type == "audio" && members.get("voice").and_then(Node::as_bool) == Some(true) {
        check_voice_note(ctx, members, at);
    }
    if members.contains_key("provider") {
        ctx.report_key(&MEDIA_PROVIDER, &at.key("provider"), "`provider` is ignored by the Cloud API".into(), None);
    }
    Some(members)
}

/// A voice note's link must name an OGG/OPUS file (an uploaded `id` cannot be judged).
fn check_voice_note(ctx: &mut Ctx, members: &Members, at: &Ptr) {
    let Some(link) = members.get("link").and_then(Node::as_str) else { return };
    let Some(extension) = measure::parse_http_url(link).and_then(|url| measure::path_extension(url.path)) else {
        return;
    };
    if !["ogg", "opus"].iter().any(|voice| voice.eq_ignore_ascii_case(extension)) {
        let message = format!("a voice note must be OGG/OPUS; `link` names a .{} file", extension.to_ascii_lowercase());
        ctx.report(&VOICE_NOTE_FORMAT, &at.key("link"), message);
    }
}

fn check_link(ctx: &mut Ctx, media_type: &str, link: &str, at: &Ptr) {
    let Some(url) = measure::parse_http_url(link) else {
        ctx.report(
            &MEDIA_LINK_NOT_HTTP,
            at,
            format!("`link` is \"{link}\"; expected an absolute http:// or https:// URL"),
        );
        return;
    };
    let Some(extension) = measure::path_extension(url.path) else { return };
    let supported = supported_extensions(media_type);
    let is = |known: &&str| known.eq_ignore_ascii_case(extension);
    if media_type == "image" && extension.eq_ignore_ascii_case("webp") {
        let message = "`link` names a .webp file; WebP images are sent as stickers (131053)".into();
        ctx.report(&IMAGE_WEBP, at, message);
    } else if KNOWN_EXTENSIONS.iter().any(is) && !supported.iter().any(is) {
        ctx.report(
            &MEDIA_LINK_EXTENSION,
            at,
            format!(
                "`link` names a .{} file; {media_type} supports .{}",
                extension.to_ascii_lowercase(),
                supported.join(", .")
            ),
        );
    }
}
