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
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"pt_BR"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"4521"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"4521"}]}]}}"#,
};

pub static TEMPLATE_NOT_APPROVED: Rule = Rule {
    code: "WA2002",
    name: "template-not-approved",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/template-management", "Template status"),
    summary: "Only a definition whose `status` is APPROVED can be sent.",
    help: "send an approved template, or wait for this one's review",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"support_line","language":{"code":"en_US"}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"paused_promo","language":{"code":"en_US"}}}"#,
};

pub static TEMPLATE_PARAMETER_COUNT: Rule = Rule {
    code: "WA2003",
    name: "template-parameter-count",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/overview", "Template parameters", "132000"),
    summary: "A positional body (or text header) gets exactly one parameter per distinct `{{n}}` of its definition, and none when it has no variables.",
    help: "send one parameter per variable of the definition, in order",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"pt_BR"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"4521"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"pt_BR"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]}]}}"#,
};

pub static TEMPLATE_NAMED_PARAMETERS: Rule = Rule {
    code: "WA2004",
    name: "template-named-parameters",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/overview", "Named parameters", "100 (Parameter name is missing or empty) and 132000"),
    summary: "For a NAMED definition, every body and header text parameter has a `parameter_name`, and the names are exactly the definition's `{{name}}` placeholders.",
    help: "give each parameter the `parameter_name` of its {{placeholder}}",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"welcome_named","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"}]},{"type":"body","parameters":[{"type":"text","parameter_name":"voucher_code","text":"SPRING25"},{"type":"text","parameter_name":"first_name","text":"Ana"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"welcome_named","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"}]},{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"SPRING25"}]}]}}"#,
};

pub static TEMPLATE_HEADER_FORMAT: Rule = Rule {
    code: "WA2005",
    name: "template-header-format",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Header", "132012"),
    summary: "A media or location header of the definition needs a header component with one parameter of that type.",
    help: "send a header component whose parameter has the definition's header format",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"new_arrivals","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/shoe.jpg"}}]},{"type":"body","parameters":[{"type":"text","text":"Ana"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"new_arrivals","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]}]}}"#,
};

pub static TEMPLATE_BUTTON_MISMATCH: Rule = Rule {
    code: "WA2006",
    name: "template-button-mismatch",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Buttons", "131008"),
    summary: "A button component's `index` points at a button of the definition, and its `sub_type` matches that button's type (URL and OTP → url, QUICK_REPLY → quick_reply, …).",
    help: "use the index and sub_type of the definition's button",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"summer_coupon","language":{"code":"en_US"},"components":[{"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"SUMMER25"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"summer_coupon","language":{"code":"en_US"},"components":[{"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"SUMMER25"}]},{"type":"button","sub_type":"quick_reply","index":1,"parameters":[{"type":"payload","payload":"SHOP"}]}]}}"#,
};

pub static TEMPLATE_BUTTON_VARIABLE: Rule = Rule {
    code: "WA2007",
    name: "template-button-variable",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "URL buttons", "131008"),
    summary: "A URL button whose definition `url` has a variable needs a button component with one `text` parameter; a COPY_CODE button needs its `coupon_code`; URL buttons without a variable and PHONE_NUMBER buttons take no parameters.",
    help: "send the button component the definition's button needs",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"4521"}]},{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"4521"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"4521"}]}]}}"#,
};

pub static TEMPLATE_URL_SUFFIX: Rule = Rule {
    code: "WA2008",
    name: "template-url-suffix",
    severity: Warning,
    applies_to: SEND,
    source: meta!("templates/components", "URL buttons"),
    summary: "A URL button's `text` parameter is only the suffix appended to the definition's URL: it does not start with `http` or hold `{{`.",
    help: "send only the part of the URL that replaces {{1}}",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"4521"}]},{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"4521"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"4521"}]},{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"https://shop.example.com/track/4521"}]}]}}"#,
};

pub static TEMPLATE_SUBSTITUTED_LENGTH: Rule = Rule {
    code: "WA2009",
    name: "template-substituted-length",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Body", "132005"),
    summary: "With its parameters substituted, a body is at most 1024 characters (32768 when it is the definition's only component), a header at most 60, a carousel card body at most 160.",
    help: "shorten the parameters",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"welcome_named","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"}]},{"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"},{"type":"text","parameter_name":"voucher_code","text":"SPRING25"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"welcome_named","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana Beatriz Conceição de Albuquerque Vasconcelos Moreira"}]},{"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"},{"type":"text","parameter_name":"voucher_code","text":"SPRING25"}]}]}}"#,
};

pub static TEMPLATE_AUTHENTICATION_CODE: Rule = Rule {
    code: "WA2010",
    name: "template-authentication-code",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/authentication-templates/authentication-templates", "Sending authentication templates"),
    summary: "An AUTHENTICATION template's body parameters are at most 15 characters, and the one-time code in the body equals the code of its URL button.",
    help: "send the same one-time code in the body and in the button",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"login_code","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"482913"}]},{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"482913"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"login_code","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"482913"}]},{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"913482"}]}]}}"#,
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
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"spring_carousel","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]},{"type":"carousel","cards":[{"card_index":0,"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/shirt.jpg"}}]}]},{"card_index":1,"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/hat.jpg"}}]}]}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"spring_carousel","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]},{"type":"carousel","cards":[{"card_index":0,"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/shirt.jpg"}}]}]},{"card_index":1,"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/hat.jpg"}}]}]},{"card_index":2,"components":[{"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/bag.jpg"}}]}]}]}]}}"#,
};

pub static TEMPLATE_OFFER_REQUIRED: Rule = Rule {
    code: "WA2012",
    name: "template-offer-required",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/marketing-templates/limited-time-offer-templates", "Sending limited-time offer templates"),
    summary: "A limited-time offer defined with `has_expiration: true` needs a `limited_time_offer` component with its expiration.",
    help: "add {\"type\": \"limited_time_offer\", \"parameters\": [{\"type\": \"limited_time_offer\", \"limited_time_offer\": {\"expiration_time_ms\": …}}]}",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"flash_offer","language":{"code":"en_US"},"components":[{"type":"limited_time_offer","parameters":[{"type":"limited_time_offer","limited_time_offer":{"expiration_time_ms":1767225600000}}]},{"type":"body","parameters":[{"type":"text","text":"Ana"}]},{"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"FLASH25"}]},{"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":"flash"}]}]}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"flash_offer","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]},{"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"FLASH25"}]},{"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":"flash"}]}]}}"#,
};

pub static TEMPLATE_COMPONENT_NOT_DEFINED: Rule = Rule {
    code: "WA2013",
    name: "template-component-not-defined",
    severity: Error,
    applies_to: SEND,
    source: meta!("templates/components", "Components", "132000 or 132012"),
    summary: "A send has no component the definition lacks: no header parameters without a header, no buttons, carousel or limited-time offer the definition does not have.",
    help: "remove the component, or send the template that has it",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"support_line","language":{"code":"en_US"}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"support_line","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"text","text":"Order 4521"}]}]}}"#,
};
