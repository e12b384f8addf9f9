//! Template messages (§14, §16): name, language, components and their parameters.

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Info, Warning};
use crate::rule::{source, Rule};
use crate::rules::media;
use crate::text as measure;
use serde_json::{Map, Value};

pub static TEMPLATE_NAMESPACE: Rule = Rule {
    code: "WA1401",
    name: "template-namespace",
    severity: Info,
    applies_to: &["template"],
    source: source::TEMPLATE,
    summary:
        "`namespace` is needed by the On-Premises API only; the Cloud API finds the template by name and language.",
    help: "you can remove `namespace`",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"namespace":"b1d5f3a7_3bd6_4c4e_9d2d_5b0b3c1f8a2e","name":"hello_world","language":{"code":"en_US"}}}"#,
};

pub static TEMPLATE_BUTTON_INDEX: Rule = Rule {
    code: "WA1402",
    name: "template-button-index",
    severity: Error,
    applies_to: &["template"],
    source: source::META,
    summary: "A button component's `index` is the button's 0-based position, 0 to 9.",
    help: "use the button's position in the template, starting at 0",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"TRACK-4521"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"button","sub_type":"quick_reply","index":"10","parameters":[{"type":"payload","payload":"TRACK-4521"}]}]}}"#,
};

pub static TEMPLATE_BUTTON_PARAMETER: Rule = Rule {
    code: "WA1403",
    name: "template-button-parameter",
    severity: Error,
    applies_to: &["template"],
    source: "CONSTRAINTS §14 and §16 (API error 131008); spec/002 (button parameter object)",
    summary: "A `quick_reply` button component needs a `payload` parameter; a `url` button component needs a `text` parameter (the URL suffix).",
    help: "add the parameter the button's sub_type needs",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"4521"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"button","sub_type":"url","index":"0"}]}}"#,
};

pub static TEMPLATE_HEADER_TEXT_LENGTH: Rule = Rule {
    code: "WA1404",
    name: "template-header-text-length",
    severity: Error,
    applies_to: &["template"],
    source: source::TEMPLATE,
    summary: "A `text` parameter in a header component is at most 60 characters.",
    help: "shorten the header parameter",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"text","text":"Order #4521"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"text","text":"Your order #4521 of 12 items from the summer collection is ready"}]}]}}"#,
};

pub static TEMPLATE_BODY_TEXT_LENGTH: Rule = Rule {
    code: "WA1405",
    name: "template-body-text-length",
    severity: Error,
    applies_to: &["template"],
    source: source::TEMPLATE,
    summary: "A `text` parameter in a body component is at most 1024 characters when other components are present, and at most 32768 when the body is the only component.",
    help: "shorten the parameter",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":""}]}]}}"#,
};

pub static TEMPLATE_CURRENCY_CODE: Rule = Rule {
    code: "WA1406",
    name: "template-currency-code",
    severity: Error,
    applies_to: &["template"],
    source: source::TEMPLATE,
    summary: "A currency parameter's `code` is an ISO 4217 code: three upper-case letters naming a known currency.",
    help: "use the ISO 4217 code, e.g. USD, EUR or BRL",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"payment_due","language":{"code":"pt_BR"},"components":[{"type":"body","parameters":[{"type":"currency","currency":{"fallback_value":"R$ 100,99","code":"BRL","amount_1000":100990}}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"payment_due","language":{"code":"pt_BR"},"components":[{"type":"body","parameters":[{"type":"currency","currency":{"fallback_value":"R$ 100,99","code":"R$","amount_1000":100990}}]}]}}"#,
};

pub static TEMPLATE_MEDIA_CAPTION: Rule = Rule {
    code: "WA1407",
    name: "template-media-caption",
    severity: Warning,
    applies_to: &["template"],
    source: source::TEMPLATE,
    summary: "Media parameters of templates take no `caption`: it is not shown.",
    help: "remove the caption; put the text in the template's body",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"new_arrivals","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/shoe.jpg"}}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"new_arrivals","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/shoe.jpg","caption":"New!"}}]}]}}"#,
};

pub static TEMPLATE_DOCUMENT_NOT_PDF: Rule = Rule {
    code: "WA1408",
    name: "template-document-not-pdf",
    severity: Warning,
    applies_to: &["template"],
    source: source::TEMPLATE,
    summary: "Document parameters of templates must be PDF files.",
    help: "convert the document to PDF",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"invoice","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"document","document":{"link":"https://cdn.example.com/invoice-4521.pdf","filename":"invoice.pdf"}}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"invoice","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"document","document":{"link":"https://cdn.example.com/invoice-4521.docx"}}]}]}}"#,
};

pub static TEMPLATE_TEXT_WHITESPACE: Rule = Rule {
    code: "WA1409",
    name: "template-text-whitespace",
    severity: Error,
    applies_to: &["template"],
    source: source::META,
    summary: "Template `text` parameters contain no new-line or tab characters and no more than 4 consecutive spaces (API error 132018).",
    help: "replace new lines and tabs with spaces, and collapse runs of spaces",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Rua Augusta, 1500 - São Paulo"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Rua Augusta, 1500\nSão Paulo"}]}]}}"#,
};

const COMPONENT_TYPES: &[&str] = &["header", "body", "footer", "button"];
const BUTTON_SUB_TYPES: &[&str] = &["quick_reply", "url", "copy_code", "flow", "catalog", "mpm", "voice_call"];
const PARAMETER_TYPES: &[&str] = &["currency", "date_time", "document", "image", "text", "video"];
/// `payload` and `text` (CONSTRAINTS §14), and the parameters of the copy-code, flow, catalog and
/// multi-product buttons of Meta's current pages (`coupon_code`, `action`).
const BUTTON_PARAMETER_TYPES: &[&str] = &["payload", "text", "coupon_code", "action"];
const MAX_BUTTON_INDEX: u64 = 9;
/// One space more than the API allows in a row (error 132018).
const TOO_MANY_SPACES: &str = "     ";
const MAX_CONSECUTIVE_SPACES: usize = TOO_MANY_SPACES.len() - 1;

static HEADER_TEXT: Limit = Limit { rule: &TEMPLATE_HEADER_TEXT_LENGTH, what: "header parameter", min: 1, max: 60 };
static BODY_TEXT: Limit = Limit { rule: &TEMPLATE_BODY_TEXT_LENGTH, what: "body parameter", min: 1, max: 1024 };
static BODY_ONLY_TEXT: Limit = Limit { rule: &TEMPLATE_BODY_TEXT_LENGTH, what: "body parameter", min: 1, max: 32768 };

static LANGUAGE: Shape = Shape {
    name: "template language",
    fields: &[required("code", Kind::NonEmpty), optional("policy", Kind::Enum(&["deterministic"]))],
};
static TEMPLATE: Shape = Shape {
    name: "template",
    fields: &[
        required("name", Kind::NonEmpty),
        required("language", Kind::Object(&LANGUAGE)),
        optional("namespace", Kind::String),
        optional("components", Kind::Deferred),
    ],
};
static COMPONENT: Shape = Shape {
    name: "template component",
    fields: &[
        required("type", Kind::Enum(COMPONENT_TYPES)),
        optional("sub_type", Kind::Deferred),
        optional("index", Kind::IndexLike),
        optional("parameters", Kind::Deferred),
    ],
};
static CURRENCY: Shape = Shape {
    name: "currency",
    fields: &[
        required("fallback_value", Kind::String),
        required("code", Kind::String),
        required("amount_1000", Kind::Integer),
    ],
};
static DATE_TIME: Shape = Shape {
    name: "date_time",
    fields: &[
        required("fallback_value", Kind::String),
        optional("timestamp", Kind::Integer),
        optional("calendar", Kind::String),
        optional("day_of_week", Kind::Deferred),
        optional("year", Kind::Integer),
        optional("month", Kind::Integer),
        optional("day_of_month", Kind::Integer),
        optional("hour", Kind::Integer),
        optional("minute", Kind::Integer),
    ],
};
static PARAMETER: Shape = Shape {
    name: "template parameter",
    fields: &[
        required("type", Kind::Deferred),
        optional("text", Kind::String),
        optional("currency", Kind::Object(&CURRENCY)),
        optional("date_time", Kind::Object(&DATE_TIME)),
        optional("image", Kind::Deferred),
        optional("document", Kind::Deferred),
        optional("video", Kind::Deferred),
        optional("payload", Kind::String),
        optional("coupon_code", Kind::String),
        optional("action", Kind::Deferred),
        optional("parameter_name", Kind::NonEmpty),
    ],
};

pub(crate) fn check(ctx: &mut Ctx, value: &Value, at: &Ptr) {
    let Some(template) = shape::object(ctx, value, at, &TEMPLATE) else { return };
    if template.contains_key("namespace") {
        ctx.report_key(
            &TEMPLATE_NAMESPACE,
            &at.key("namespace"),
            "`namespace` is not needed by the Cloud API".into(),
            None,
        );
    }
    let Some(components) = template.get("components") else { return };
    let components_at = at.key("components");
    let Some(components) = shape::array(ctx, components, &components_at) else { return };
    let body_only = components.len() == 1;
    for (index, component) in components.iter().enumerate() {
        let component_at = components_at.index(index);
        if let Some(members) = shape::object(ctx, component, &component_at, &COMPONENT) {
            check_component(ctx, members, &component_at, body_only);
        }
    }
}

fn check_component(ctx: &mut Ctx, component: &Map<String, Value>, at: &Ptr, body_only: bool) {
    let Some(component_type) = component.get("type").and_then(Value::as_str).filter(|t| COMPONENT_TYPES.contains(t))
    else {
        return;
    };
    let parameters_at = at.key("parameters");
    let parameters = match component.get("parameters") {
        Some(parameters) => shape::array(ctx, parameters, &parameters_at).unwrap_or_default(),
        None => &[],
    };
    let (allowed, text_limit) = match component_type {
        "button" => {
            check_button(ctx, component, at, parameters);
            (BUTTON_PARAMETER_TYPES, None)
        }
        "header" => (PARAMETER_TYPES, Some(&HEADER_TEXT)),
        "body" if body_only => (PARAMETER_TYPES, Some(&BODY_ONLY_TEXT)),
        "body" => (PARAMETER_TYPES, Some(&BODY_TEXT)),
        _ => (PARAMETER_TYPES, None),
    };
    for (index, parameter) in parameters.iter().enumerate() {
        check_parameter(ctx, parameter, &parameters_at.index(index), allowed, text_limit);
    }
}

fn check_button(ctx: &mut Ctx, component: &Map<String, Value>, at: &Ptr, parameters: &[Value]) {
    for member in ["sub_type", "index"] {
        if !component.contains_key(member) {
            shape::missing(ctx, at, member, "button component");
        }
    }
    let index = component.get("index");
    // A string of digits too long for u64 is out of range too.
    let digits =
        |s: &str| (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().unwrap_or(u64::MAX));
    let position = index.and_then(|i| i.as_u64().or_else(|| i.as_str().and_then(digits)));
    if let (Some(position), Some(index)) = (position, index) {
        if position > MAX_BUTTON_INDEX {
            ctx.report(
                &TEMPLATE_BUTTON_INDEX,
                &at.key("index"),
                format!("`index` is {index}; a button index is 0 to {MAX_BUTTON_INDEX}"),
            );
        }
    }
    // Meta's own examples write some sub_types in capitals ("CATALOG"): compared ignoring case.
    let sub_type_at = at.key("sub_type");
    let sub_type = match component.get("sub_type") {
        Some(value) => shape::expect_string(ctx, value, &sub_type_at).unwrap_or_default().to_ascii_lowercase(),
        None => String::new(),
    };
    if component.contains_key("sub_type") && !BUTTON_SUB_TYPES.contains(&sub_type.as_str()) {
        shape::check_enum(ctx, &sub_type, &sub_type_at, BUTTON_SUB_TYPES);
    }
    let needed = match sub_type.as_str() {
        "quick_reply" => "payload",
        "url" => "text",
        _ => return,
    };
    let has_needed =
        parameters.iter().any(|p| p.get("type").and_then(Value::as_str) == Some(needed) && p.get(needed).is_some());
    if !has_needed {
        ctx.report(
            &TEMPLATE_BUTTON_PARAMETER,
            at,
            format!("a {sub_type} button component needs a `{needed}` parameter"),
        );
    }
}

fn check_parameter(ctx: &mut Ctx, value: &Value, at: &Ptr, allowed: &[&str], text_limit: Option<&Limit>) {
    let Some(parameter) = shape::object(ctx, value, at, &PARAMETER) else { return };
    let Some(kind) = parameter.get("type") else { return };
    let type_at = at.key("type");
    let Some(kind) = shape::expect_string(ctx, kind, &type_at) else { return };
    if !shape::check_enum(ctx, kind, &type_at, allowed) {
        return;
    }
    let Some(content) = parameter.get(kind) else {
        shape::missing(ctx, at, kind, &format!("a {kind} parameter"));
        return;
    };
    let content_at = at.key(kind);
    match kind {
        "text" => {
            if let (Some(text), Some(limit)) = (content.as_str(), text_limit) {
                shape::check_limit(ctx, text, &content_at, limit);
            }
            if let Some(text) = content.as_str() {
                check_whitespace(ctx, text, &content_at);
            }
        }
        "currency" => check_currency_code(ctx, content, &content_at),
        "image" | "video" | "document" => check_media(ctx, kind, content, &content_at),
        _ => {}
    }
}

fn check_whitespace(ctx: &mut Ctx, text: &str, at: &Ptr) {
    // Searches for single characters and a fixed run use memchr-like scans: long texts are cheap.
    let problem = if text.contains('\n') || text.contains('\r') {
        "a new line".to_owned()
    } else if text.contains('\t') {
        "a tab".to_owned()
    } else if text.contains(TOO_MANY_SPACES) {
        let longest = text.split(|c| c != ' ').map(str::len).max().unwrap_or(0);
        format!("{longest} consecutive spaces (at most {MAX_CONSECUTIVE_SPACES})")
    } else {
        return;
    };
    ctx.report(&TEMPLATE_TEXT_WHITESPACE, at, format!("the text parameter contains {problem}"));
}

fn check_currency_code(ctx: &mut Ctx, currency: &Value, at: &Ptr) {
    let Some(code) = currency.get("code").and_then(Value::as_str) else { return };
    if !ISO_4217.contains(&code) {
        let message = format!("currency `code` is \"{code}\"; expected an ISO 4217 code such as USD, EUR or BRL");
        let upper = code.to_ascii_uppercase();
        match ISO_4217.iter().find(|known| **known == upper) {
            Some(known) => ctx.report_with_help(
                &TEMPLATE_CURRENCY_CODE,
                &at.key("code"),
                message,
                format!("did you mean \"{known}\"?"),
            ),
            None => ctx.report(&TEMPLATE_CURRENCY_CODE, &at.key("code"), message),
        }
    }
}

fn check_media(ctx: &mut Ctx, kind: &str, content: &Value, at: &Ptr) {
    let Some(media) = media::check_object(ctx, kind, content, at) else { return };
    if media.contains_key("caption") {
        ctx.report_key(
            &TEMPLATE_MEDIA_CAPTION,
            &at.key("caption"),
            format!("captions are not shown on template {kind}s"),
            None,
        );
    }
    if kind != "document" {
        return;
    }
    for member in ["filename", "link"] {
        let Some(name) = media.get(member).and_then(Value::as_str) else { continue };
        let path = measure::parse_http_url(name).map_or(name, |url| url.path);
        match measure::path_extension(path) {
            Some(extension) if !extension.eq_ignore_ascii_case("pdf") => {
                ctx.report(
                    &TEMPLATE_DOCUMENT_NOT_PDF,
                    &at.key(member),
                    format!("`{member}` names a .{extension} file; template documents must be PDF"),
                );
                return;
            }
            _ => {}
        }
    }
}

/// Active ISO 4217 currency codes.
const ISO_4217: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
    "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
    "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR",
    "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
    "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
    "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
    "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF",
    "XAG", "XAU", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
];
