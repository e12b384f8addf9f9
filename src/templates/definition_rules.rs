//! The rules of §21: template definitions, as `POST /<WABA_ID>/message_templates` takes them and
//! `GET` returns them. Their examples are linted as template definitions.

use crate::diagnostic::Severity::{Error, Warning};
use crate::rule::Rule;

const DEFINITION: &[&str] = &["template definition"];

pub static DEFINITION_NAME: Rule = Rule {
    code: "WA2101",
    name: "definition-name",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Template names", "100"),
    summary: "A template `name` is required: at most 512 lower-case letters, digits and `_`.",
    help: "name the template in lower case with underscores, e.g. order_update",
    valid: example!("WA2101-definition-name", "valid"),
    invalid: example!("WA2101-definition-name", "invalid"),
};

pub static DEFINITION_LANGUAGE: Rule = Rule {
    code: "WA2102",
    name: "definition-language",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/supported-languages", "Supported languages"),
    summary: "A definition's `language` is required: a language code such as `en`, `en_US` or `pt_BR`.",
    help: "give a supported language code, e.g. en_US",
    valid: example!("WA2102-definition-language", "valid"),
    invalid: example!("WA2102-definition-language", "invalid"),
};

pub static DEFINITION_CATEGORY: Rule = Rule {
    code: "WA2103",
    name: "definition-category",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/template-categorization", "Template categories"),
    summary: "A definition's `category` is AUTHENTICATION, MARKETING or UTILITY (any case).",
    help: "use AUTHENTICATION, MARKETING or UTILITY",
    valid: example!("WA2103-definition-category", "valid"),
    invalid: example!("WA2103-definition-category", "invalid"),
};

pub static DEFINITION_PARAMETER_FORMAT: Rule = Rule {
    code: "WA2104",
    name: "definition-parameter-format",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Parameter format"),
    summary: "`parameter_format` is NAMED or POSITIONAL (the default); `{{name}}` placeholders need NAMED and `{{1}}` placeholders POSITIONAL.",
    help: "set \"parameter_format\": \"NAMED\" for {{name}} placeholders",
    valid: example!("WA2104-definition-parameter-format", "valid"),
    invalid: example!("WA2104-definition-parameter-format", "invalid"),
};

pub static DEFINITION_PLACEHOLDERS: Rule = Rule {
    code: "WA2105",
    name: "definition-placeholders",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Template parameters"),
    summary: "Positional placeholders are `{{1}}` to `{{n}}` with no number missing (repeats allowed, order free); named ones are lower-case letters, digits and `_`; nothing else stands in double braces.",
    help: "number placeholders from {{1}} without gaps",
    valid: example!("WA2105-definition-placeholders", "valid"),
    invalid: example!("WA2105-definition-placeholders", "invalid"),
};

pub static DEFINITION_PLACEHOLDER_AT_EDGE: Rule = Rule {
    code: "WA2106",
    name: "definition-placeholder-at-edge",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/overview", "Template parameters (placement)"),
    summary: "A header or body text does not start or end with a placeholder.",
    help: "put words before the first and after the last placeholder",
    valid: example!("WA2106-definition-placeholder-at-edge", "valid"),
    invalid: example!("WA2106-definition-placeholder-at-edge", "invalid"),
};

pub static DEFINITION_EXAMPLES: Rule = Rule {
    code: "WA2107",
    name: "definition-examples",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Examples"),
    summary: "Placeholders need examples: `example.body_text` is an array holding one array with one string per placeholder (`body_text_named_params`, `header_text`, `header_text_named_params` likewise); media headers need `example.header_handle`; URL variables need an `example`.",
    help: "add one example value per placeholder",
    valid: example!("WA2107-definition-examples", "valid"),
    invalid: example!("WA2107-definition-examples", "invalid"),
};

pub static DEFINITION_HEADER: Rule = Rule {
    code: "WA2108",
    name: "definition-header",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Header"),
    summary: "At most one HEADER; its `format` is TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION or PRODUCT; a TEXT header is at most 60 characters with at most one variable.",
    help: "keep one header of at most 60 characters and one variable",
    valid: example!("WA2108-definition-header", "valid"),
    invalid: example!("WA2108-definition-header", "invalid"),
};

pub static DEFINITION_BODY: Rule = Rule {
    code: "WA2109",
    name: "definition-body",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Body"),
    summary: "A BODY is required, with a `text` of at most 1024 characters (600 with a limited-time offer, 160 in a carousel card).",
    help: "add a body and keep it within the limit",
    valid: example!("WA2109-definition-body", "valid"),
    invalid: example!("WA2109-definition-body", "invalid"),
};

pub static DEFINITION_FOOTER: Rule = Rule {
    code: "WA2110",
    name: "definition-footer",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Footer"),
    summary: "A FOOTER's `text` is at most 60 characters.",
    help: "shorten the footer",
    valid: example!("WA2110-definition-footer", "valid"),
    invalid: example!("WA2110-definition-footer", "invalid"),
};

pub static DEFINITION_FOOTER_VARIABLE: Rule = Rule {
    code: "WA2111",
    name: "definition-footer-variable",
    severity: Warning,
    applies_to: DEFINITION,
    source: decision!("a footer variable is a warning, since Meta's pages disagree on whether footers take one"),
    summary: "A FOOTER has no placeholders.",
    help: "move the variable to the body",
    valid: example!("WA2111-definition-footer-variable", "valid"),
    invalid: example!("WA2111-definition-footer-variable", "invalid"),
};

pub static DEFINITION_BUTTONS: Rule = Rule {
    code: "WA2112",
    name: "definition-buttons",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Buttons"),
    summary: "At most 10 buttons: at most 2 URL, 1 PHONE_NUMBER and 1 COPY_CODE, with quick replies grouped together (not QUICK_REPLY, URL, QUICK_REPLY).",
    help: "reduce the buttons, and put the quick replies next to each other",
    valid: example!("WA2112-definition-buttons", "valid"),
    invalid: example!("WA2112-definition-buttons", "invalid"),
};

pub static DEFINITION_BUTTON: Rule = Rule {
    code: "WA2113",
    name: "definition-button",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/components", "Buttons"),
    summary: "A button's `text` is 1 to 25 characters; a URL button's `url` is an http(s) URL of at most 2000 characters with at most one variable, at its end; a `phone_number` is at most 20 characters.",
    help: "shorten the button, and put the URL's variable at its end",
    valid: example!("WA2113-definition-button", "valid"),
    invalid: example!("WA2113-definition-button", "invalid"),
};

pub static DEFINITION_COPY_CODE_EXAMPLE: Rule = Rule {
    code: "WA2114",
    name: "definition-copy-code-example",
    severity: Warning,
    applies_to: DEFINITION,
    source: decision!("a COPY_CODE example over 15 characters is a warning, since Meta's own coupon example uses 20"),
    summary: "A COPY_CODE button's `example` is at most 15 characters, as the coupon codes sent with it.",
    help: "use an example code of at most 15 characters",
    valid: example!("WA2114-definition-copy-code-example", "valid"),
    invalid: example!("WA2114-definition-copy-code-example", "invalid"),
};

pub static DEFINITION_AUTHENTICATION: Rule = Rule {
    code: "WA2115",
    name: "definition-authentication",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/authentication-templates/authentication-templates", "Authentication templates"),
    summary: "An AUTHENTICATION definition has one OTP button (`otp_type` COPY_CODE, ONE_TAP or ZERO_TAP; at most 5 `supported_apps` with a dotted `package_name` of at most 224 characters and an 11-character `signature_hash`; ZERO_TAP with `zero_tap_terms_accepted: true`), and a footer `code_expiration_minutes` of 1 to 90.",
    help: "follow the authentication template layout",
    valid: example!("WA2115-definition-authentication", "valid"),
    invalid: example!("WA2115-definition-authentication", "invalid"),
};

pub static DEFINITION_LIMITED_TIME_OFFER: Rule = Rule {
    code: "WA2116",
    name: "definition-limited-time-offer",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/marketing-templates/limited-time-offer-templates", "Creating limited-time offer templates"),
    summary: "A LIMITED_TIME_OFFER is MARKETING only, its `text` at most 16 characters, with no FOOTER; with `has_expiration: true` the first button is COPY_CODE.",
    help: "follow the limited-time offer layout",
    valid: example!("WA2116-definition-limited-time-offer", "valid"),
    invalid: example!("WA2116-definition-limited-time-offer", "invalid"),
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
    valid: example!("WA2117-definition-carousel", "valid"),
    invalid: example!("WA2117-definition-carousel", "invalid"),
};

pub static DEFINITION_SEND_TTL: Rule = Rule {
    code: "WA2118",
    name: "definition-send-ttl",
    severity: Error,
    applies_to: DEFINITION,
    source: meta!("templates/time-to-live", "Customizing time-to-live"),
    summary: "`message_send_ttl_seconds` is 30 to 900 for AUTHENTICATION, 30 to 43200 for UTILITY (or -1 for either), 43200 to 2592000 for MARKETING.",
    help: "use a time-to-live within the category's range",
    valid: example!("WA2118-definition-send-ttl", "valid"),
    invalid: example!("WA2118-definition-send-ttl", "invalid"),
};
