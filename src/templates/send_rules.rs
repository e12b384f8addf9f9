//! The rules of §20: a template send checked against its approved definition. Their examples
//! are linted with the definitions of `tests/templates/definitions.json`.

use crate::diagnostic::Severity::{Error, Warning};
use crate::rule::Rule;

const SEND: &[&str] = &["template"];

pub static TEMPLATE_NOT_FOUND: Rule = Rule {
    code: "WA2001",
    name: "template-not-found",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/overview", "Sending templates", "132001"),
    summary:
        "With definitions given, `template.name` and `language.code` match a definition exactly (`en` is not `en_US`).",
    help: "send a name and language code exactly as the template was approved",
    valid: example!("WA2001-template-not-found", "valid"),
    invalid: example!("WA2001-template-not-found", "invalid"),
};

pub static TEMPLATE_NOT_APPROVED: Rule = Rule {
    code: "WA2002",
    name: "template-not-approved",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/template-management", "Template status"),
    summary: "Only a definition whose `status` is APPROVED can be sent.",
    help: "send an approved template, or wait for this one's review",
    valid: example!("WA2002-template-not-approved", "valid"),
    invalid: example!("WA2002-template-not-approved", "invalid"),
};

pub static TEMPLATE_PARAMETER_COUNT: Rule = Rule {
    code: "WA2003",
    name: "template-parameter-count",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/overview", "Template parameters", "132000"),
    summary: "A positional body (or text header) gets exactly one parameter per distinct `{{n}}` of its definition, and none when it has no variables.",
    help: "send one parameter per variable of the definition, in order",
    valid: example!("WA2003-template-parameter-count", "valid"),
    invalid: example!("WA2003-template-parameter-count", "invalid"),
};

pub static TEMPLATE_NAMED_PARAMETERS: Rule = Rule {
    code: "WA2004",
    name: "template-named-parameters",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/overview", "Named parameters", "100 (Parameter name is missing or empty) and 132000"),
    summary: "For a NAMED definition, every body and header text parameter has a `parameter_name`, and the names are exactly the definition's `{{name}}` placeholders.",
    help: "give each parameter the `parameter_name` of its {{placeholder}}",
    valid: example!("WA2004-template-named-parameters", "valid"),
    invalid: example!("WA2004-template-named-parameters", "invalid"),
};

pub static TEMPLATE_HEADER_FORMAT: Rule = Rule {
    code: "WA2005",
    name: "template-header-format",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Header", "132012"),
    summary: "A media or location header of the definition needs a header component with one parameter of that type.",
    help: "send a header component whose parameter has the definition's header format",
    valid: example!("WA2005-template-header-format", "valid"),
    invalid: example!("WA2005-template-header-format", "invalid"),
};

pub static TEMPLATE_BUTTON_MISMATCH: Rule = Rule {
    code: "WA2006",
    name: "template-button-mismatch",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Buttons", "131008"),
    summary: "A button component's `index` points at a button of the definition, and its `sub_type` matches that button's type (URL and OTP → url, QUICK_REPLY → quick_reply, …).",
    help: "use the index and sub_type of the definition's button",
    valid: example!("WA2006-template-button-mismatch", "valid"),
    invalid: example!("WA2006-template-button-mismatch", "invalid"),
};

pub static TEMPLATE_BUTTON_VARIABLE: Rule = Rule {
    code: "WA2007",
    name: "template-button-variable",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "URL buttons", "131008"),
    summary: "A URL button whose definition `url` has a variable needs a button component with one `text` parameter; a COPY_CODE button needs its `coupon_code`; URL buttons without a variable and PHONE_NUMBER buttons take no parameters.",
    help: "send the button component the definition's button needs",
    valid: example!("WA2007-template-button-variable", "valid"),
    invalid: example!("WA2007-template-button-variable", "invalid"),
};

pub static TEMPLATE_URL_SUFFIX: Rule = Rule {
    code: "WA2008",
    name: "template-url-suffix",
    severity: Warning,
    applies_to: SEND,
    source: meta!("templates/components", "URL buttons"),
    summary: "A URL button's `text` parameter is only the suffix appended to the definition's URL: it does not start with `http` or hold `{{`.",
    help: "send only the part of the URL that replaces {{1}}",
    valid: example!("WA2008-template-url-suffix", "valid"),
    invalid: example!("WA2008-template-url-suffix", "invalid"),
};

pub static TEMPLATE_SUBSTITUTED_LENGTH: Rule = Rule {
    code: "WA2009",
    name: "template-substituted-length",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Body", "132005"),
    summary: "With its parameters substituted, a body is at most 1024 characters (32768 when it is the definition's only component), a header at most 60, a carousel card body at most 160.",
    help: "shorten the parameters",
    valid: example!("WA2009-template-substituted-length", "valid"),
    invalid: example!("WA2009-template-substituted-length", "invalid"),
};

pub static TEMPLATE_AUTHENTICATION_CODE: Rule = Rule {
    code: "WA2010",
    name: "template-authentication-code",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/authentication-templates/authentication-templates", "Sending authentication templates"),
    summary: "An AUTHENTICATION template's body parameters are at most 15 characters, and the one-time code in the body equals the code of its URL button.",
    help: "send the same one-time code in the body and in the button",
    valid: example!("WA2010-template-authentication-code", "valid"),
    invalid: example!("WA2010-template-authentication-code", "invalid"),
};

pub static TEMPLATE_CAROUSEL_MISMATCH: Rule = Rule {
    code: "WA2011",
    name: "template-carousel-mismatch",
    severity: Error,
    applies_to: SEND,
    source: meta!(
        "templates/marketing-templates/media-card-carousel-templates",
        "Sending media card carousel templates"
    ),
    summary:
        "A media-card carousel sends as many cards as its definition has, each with a header of the card's format.",
    help: "send one card per card of the definition, with the same header formats",
    valid: example!("WA2011-template-carousel-mismatch", "valid"),
    invalid: example!("WA2011-template-carousel-mismatch", "invalid"),
};

pub static TEMPLATE_OFFER_REQUIRED: Rule = Rule {
    code: "WA2012",
    name: "template-offer-required",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/marketing-templates/limited-time-offer-templates", "Sending limited-time offer templates"),
    summary: "A limited-time offer defined with `has_expiration: true` needs a `limited_time_offer` component with its expiration.",
    help: "add {\"type\": \"limited_time_offer\", \"parameters\": [{\"type\": \"limited_time_offer\", \"limited_time_offer\": {\"expiration_time_ms\": …}}]}",
    valid: example!("WA2012-template-offer-required", "valid"),
    invalid: example!("WA2012-template-offer-required", "invalid"),
};

pub static TEMPLATE_COMPONENT_NOT_DEFINED: Rule = Rule {
    code: "WA2013",
    name: "template-component-not-defined",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Components", "132000 or 132012"),
    summary: "A send has no component the definition lacks: no header parameters without a header, no buttons, carousel or limited-time offer the definition does not have.",
    help: "remove the component, or send the template that has it",
    valid: example!("WA2013-template-component-not-defined", "valid"),
    invalid: example!("WA2013-template-component-not-defined", "invalid"),
};
