//! The rules of §21: template definitions, as `POST /<WABA_ID>/message_templates` takes them and
//! `GET` returns them. Their examples are linted as template definitions.

use crate::diagnostic::Severity::{Error, Warning};
use crate::rule::Rule;

const DEFINITION: &[&str] = &["template definition"];
const VALID: &str = r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Hi {{1}}, your order {{2}} has shipped.","example":{"body_text":[["Ana","4521"]]}}]}"#;

pub static DEFINITION_NAME: Rule = Rule {
    code: "WA2101",
    name: "definition-name",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Template names", "100"),
    summary: "A template `name` is required: at most 512 lower-case letters, digits and `_`.",
    help: "name the template in lower case with underscores, e.g. order_update",
    valid: VALID,
    invalid: r#"{"name":"Order Update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."}]}"#,
};

pub static DEFINITION_LANGUAGE: Rule = Rule {
    code: "WA2102",
    name: "definition-language",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/supported-languages", "Supported languages"),
    summary: "A definition's `language` is required: a language code such as `en`, `en_US` or `pt_BR`.",
    help: "give a supported language code, e.g. en_US",
    valid: VALID,
    invalid: r#"{"name":"order_update","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."}]}"#,
};

pub static DEFINITION_CATEGORY: Rule = Rule {
    code: "WA2103",
    name: "definition-category",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/template-categorization", "Template categories"),
    summary: "A definition's `category` is AUTHENTICATION, MARKETING or UTILITY (any case).",
    help: "use AUTHENTICATION, MARKETING or UTILITY",
    valid: VALID,
    invalid: r#"{"name":"order_update","language":"en_US","category":"TRANSACTIONAL","components":[{"type":"BODY","text":"Your order has shipped."}]}"#,
};

pub static DEFINITION_PARAMETER_FORMAT: Rule = Rule {
    code: "WA2104",
    name: "definition-parameter-format",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Parameter format"),
    summary: "`parameter_format` is NAMED or POSITIONAL (the default); `{{name}}` placeholders need NAMED and `{{1}}` placeholders POSITIONAL.",
    help: "set \"parameter_format\": \"NAMED\" for {{name}} placeholders",
    valid: r#"{"name":"welcome_named","language":"en_US","category":"MARKETING","parameter_format":"NAMED","components":[{"type":"BODY","text":"Hello {{first_name}}, welcome!","example":{"body_text_named_params":[{"param_name":"first_name","example":"Ana"}]}}]}"#,
    invalid: r#"{"name":"welcome_named","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Hello {{first_name}}, welcome!","example":{"body_text_named_params":[{"param_name":"first_name","example":"Ana"}]}}]}"#,
};

pub static DEFINITION_PLACEHOLDERS: Rule = Rule {
    code: "WA2105",
    name: "definition-placeholders",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Template parameters"),
    summary: "Positional placeholders are `{{1}}` to `{{n}}` with no number missing (repeats allowed, order free); named ones are lower-case letters, digits and `_`; nothing else stands in double braces.",
    help: "number placeholders from {{1}} without gaps",
    valid: VALID,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Hi {{1}}, your order {{3}} has shipped.","example":{"body_text":[["Ana","4521"]]}}]}"#,
};

pub static DEFINITION_PLACEHOLDER_AT_EDGE: Rule = Rule {
    code: "WA2106",
    name: "definition-placeholder-at-edge",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Template parameters (placement)"),
    summary: "A header or body text does not start or end with a placeholder.",
    help: "put words before the first and after the last placeholder",
    valid: VALID,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped, {{1}}","example":{"body_text":[["Ana"]]}}]}"#,
};

pub static DEFINITION_EXAMPLES: Rule = Rule {
    code: "WA2107",
    name: "definition-examples",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Examples"),
    summary: "Placeholders need examples: `example.body_text` is an array holding one array with one string per placeholder (`body_text_named_params`, `header_text`, `header_text_named_params` likewise); media headers need `example.header_handle`; URL variables need an `example`.",
    help: "add one example value per placeholder",
    valid: VALID,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Hi {{1}}, your order {{2}} has shipped.","example":{"body_text":[["Ana"]]}}]}"#,
};

pub static DEFINITION_HEADER: Rule = Rule {
    code: "WA2108",
    name: "definition-header",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Header"),
    summary: "At most one HEADER; its `format` is TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION or PRODUCT; a TEXT header is at most 60 characters with at most one variable.",
    help: "keep one header of at most 60 characters and one variable",
    valid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"HEADER","format":"TEXT","text":"Order {{1}} update","example":{"header_text":["4521"]}},{"type":"BODY","text":"Your order has shipped."}]}"#,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"HEADER","format":"TEXT","text":"Order {{1}} for {{2}} update","example":{"header_text":["4521","Ana"]}},{"type":"BODY","text":"Your order has shipped."}]}"#,
};

pub static DEFINITION_BODY: Rule = Rule {
    code: "WA2109",
    name: "definition-body",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Body"),
    summary: "A BODY is required, with a `text` of at most 1024 characters (600 with a limited-time offer, 160 in a carousel card).",
    help: "add a body and keep it within the limit",
    valid: VALID,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"FOOTER","text":"Reply STOP to opt out"}]}"#,
};

pub static DEFINITION_FOOTER: Rule = Rule {
    code: "WA2110",
    name: "definition-footer",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Footer"),
    summary: "A FOOTER's `text` is at most 60 characters.",
    help: "shorten the footer",
    valid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"FOOTER","text":"Reply STOP to opt out"}]}"#,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"FOOTER","text":"Reply STOP to opt out of order updates, or HELP to talk to a person"}]}"#,
};

pub static DEFINITION_FOOTER_VARIABLE: Rule = Rule {
    code: "WA2111",
    name: "definition-footer-variable",
    severity: Warning,
    applies_to: DEFINITION,
    source: decision!("a footer variable is a warning, since Meta's pages disagree on whether footers take one"),
    summary: "A FOOTER has no placeholders.",
    help: "move the variable to the body",
    valid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"FOOTER","text":"Reply STOP to opt out"}]}"#,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"FOOTER","text":"Sent to {{1}} today"}]}"#,
};

pub static DEFINITION_BUTTONS: Rule = Rule {
    code: "WA2112",
    name: "definition-buttons",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Buttons"),
    summary: "At most 10 buttons: at most 2 URL, 1 PHONE_NUMBER and 1 COPY_CODE, with quick replies grouped together (not QUICK_REPLY, URL, QUICK_REPLY).",
    help: "reduce the buttons, and put the quick replies next to each other",
    valid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Thanks"},{"type":"QUICK_REPLY","text":"Stop updates"},{"type":"URL","text":"Track","url":"https://shop.example.com/track"}]}]}"#,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Thanks"},{"type":"URL","text":"Track","url":"https://shop.example.com/track"},{"type":"QUICK_REPLY","text":"Stop updates"}]}]}"#,
};

pub static DEFINITION_BUTTON: Rule = Rule {
    code: "WA2113",
    name: "definition-button",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Buttons"),
    summary: "A button's `text` is 1 to 25 characters; a URL button's `url` is an http(s) URL of at most 2000 characters with at most one variable, at its end; a `phone_number` is at most 20 characters.",
    help: "shorten the button, and put the URL's variable at its end",
    valid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"BUTTONS","buttons":[{"type":"URL","text":"Track","url":"https://shop.example.com/track/{{1}}","example":["https://shop.example.com/track/4521"]}]}]}"#,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},{"type":"BUTTONS","buttons":[{"type":"URL","text":"Track","url":"https://shop.example.com/{{1}}/track","example":["https://shop.example.com/4521/track"]}]}]}"#,
};

pub static DEFINITION_COPY_CODE_EXAMPLE: Rule = Rule {
    code: "WA2114",
    name: "definition-copy-code-example",
    severity: Warning,
    applies_to: DEFINITION,
    source: decision!("a COPY_CODE example over 15 characters is a warning, since Meta's own coupon example uses 20"),
    summary: "A COPY_CODE button's `example` is at most 15 characters, as the coupon codes sent with it.",
    help: "use an example code of at most 15 characters",
    valid: r#"{"name":"summer_coupon","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Get 25% off this week."},{"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"SUMMER25"}]}]}"#,
    invalid: r#"{"name":"summer_coupon","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Get 25% off this week."},{"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"SUMMERSALE2026OFF25"}]}]}"#,
};

pub static DEFINITION_AUTHENTICATION: Rule = Rule {
    code: "WA2115",
    name: "definition-authentication",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/authentication-templates/authentication-templates", "Authentication templates"),
    summary: "An AUTHENTICATION definition has one OTP button (`otp_type` COPY_CODE, ONE_TAP or ZERO_TAP; at most 5 `supported_apps` with a dotted `package_name` of at most 224 characters and an 11-character `signature_hash`; ZERO_TAP with `zero_tap_terms_accepted: true`), and a footer `code_expiration_minutes` of 1 to 90.",
    help: "follow the authentication template layout",
    valid: r#"{"name":"login_code","language":"en_US","category":"AUTHENTICATION","components":[{"type":"BODY","add_security_recommendation":true},{"type":"FOOTER","code_expiration_minutes":10},{"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"ONE_TAP","text":"Copy code","autofill_text":"Autofill","supported_apps":[{"package_name":"com.example.app","signature_hash":"K8a/AINcGX7"}]}]}]}"#,
    invalid: r#"{"name":"login_code","language":"en_US","category":"AUTHENTICATION","components":[{"type":"BODY","add_security_recommendation":true},{"type":"FOOTER","code_expiration_minutes":120},{"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"ZERO_TAP","text":"Copy code","supported_apps":[{"package_name":"exampleapp","signature_hash":"K8a/AINcGX7"}]}]}]}"#,
};

pub static DEFINITION_LIMITED_TIME_OFFER: Rule = Rule {
    code: "WA2116",
    name: "definition-limited-time-offer",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/marketing-templates/limited-time-offer-templates", "Creating limited-time offer templates"),
    summary: "A LIMITED_TIME_OFFER is MARKETING only, its `text` at most 16 characters, with no FOOTER; with `has_expiration: true` the first button is COPY_CODE.",
    help: "follow the limited-time offer layout",
    valid: r#"{"name":"flash_offer","language":"en_US","category":"MARKETING","components":[{"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Expiring offer!","has_expiration":true}},{"type":"BODY","text":"Get 25% off this week only."},{"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"FLASH25"},{"type":"URL","text":"Shop now","url":"https://shop.example.com/sale"}]}]}"#,
    invalid: r#"{"name":"flash_offer","language":"en_US","category":"MARKETING","components":[{"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Expiring offer!","has_expiration":true}},{"type":"BODY","text":"Get 25% off this week only."},{"type":"BUTTONS","buttons":[{"type":"URL","text":"Shop now","url":"https://shop.example.com/sale"},{"type":"COPY_CODE","example":"FLASH25"}]}]}"#,
};

pub static DEFINITION_CAROUSEL: Rule = Rule {
    code: "WA2117",
    name: "definition-carousel",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!(
        "templates/marketing-templates/media-card-carousel-templates",
        "Creating media card carousel templates"
    ),
    summary:
        "A CAROUSEL is MARKETING only, with 2 to 10 cards of identical component layout and at most 2 buttons per card.",
    help: "give every card the same header format, body and buttons",
    valid: r#"{"name":"spring_carousel","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Our spring picks."},{"type":"CAROUSEL","cards":[{"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2U="]}},{"type":"BODY","text":"Linen shirt"},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Buy"}]}]},{"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2U="]}},{"type":"BODY","text":"Straw hat"},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Buy"}]}]}]}]}"#,
    invalid: r#"{"name":"spring_carousel","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Our spring picks."},{"type":"CAROUSEL","cards":[{"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2U="]}},{"type":"BODY","text":"Linen shirt"},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Buy"}]}]},{"components":[{"type":"HEADER","format":"VIDEO","example":{"header_handle":["4::dmlkZW8="]}},{"type":"BODY","text":"Straw hat"},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Buy"}]}]}]}]}"#,
};

pub static DEFINITION_SEND_TTL: Rule = Rule {
    code: "WA2118",
    name: "definition-send-ttl",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/time-to-live", "Customizing time-to-live"),
    summary: "`message_send_ttl_seconds` is 30 to 900 for AUTHENTICATION, 30 to 43200 for UTILITY (or -1 for either), 43200 to 2592000 for MARKETING.",
    help: "use a time-to-live within the category's range",
    valid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","message_send_ttl_seconds":3600,"components":[{"type":"BODY","text":"Your order has shipped."}]}"#,
    invalid: r#"{"name":"order_update","language":"en_US","category":"UTILITY","message_send_ttl_seconds":86400,"components":[{"type":"BODY","text":"Your order has shipped."}]}"#,
};
