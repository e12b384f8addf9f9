//! The documented members of definitions (§21): what Meta's pages list for creation bodies and
//! GET results. Enums are `Deferred`: they compare ignoring case, which the walker does not.

use crate::check::shape::{optional, required, Kind, Shape};

pub(super) static DEFINITION: Shape = Shape {
    name: "template definition",
    fields: &[
        optional("name", Kind::Deferred),
        optional("language", Kind::Deferred),
        optional("category", Kind::Deferred),
        required("components", Kind::Deferred),
        optional("parameter_format", Kind::Deferred),
        optional("message_send_ttl_seconds", Kind::Deferred),
        optional("allow_category_change", Kind::Bool),
        optional("id", Kind::String),
        optional("status", Kind::String),
        optional("quality_score", Kind::Deferred),
        optional("rejected_reason", Kind::String),
        optional("sub_category", Kind::String),
        optional("previous_category", Kind::String),
        optional("correct_category", Kind::String),
        optional("library_template_name", Kind::String),
        optional("library_template_button_inputs", Kind::Deferred),
        optional("library_template_body_inputs", Kind::Deferred),
        optional("cta_url_link_tracking_opted_out", Kind::Bool),
        optional("degrees_of_freedom_spec", Kind::Deferred),
        optional("display_format", Kind::String),
        optional("is_primary_device_delivery_only", Kind::Bool),
        optional("creative_features_spec", Kind::Deferred),
    ],
};

pub(super) static COMPONENT: Shape = Shape {
    name: "definition component",
    fields: &[
        required("type", Kind::Deferred),
        optional("format", Kind::Deferred),
        optional("text", Kind::String),
        optional("example", Kind::Object(&EXAMPLE)),
        optional("buttons", Kind::Deferred),
        optional("cards", Kind::Deferred),
        optional("add_security_recommendation", Kind::Bool),
        optional("code_expiration_minutes", Kind::Deferred),
        optional("limited_time_offer", Kind::Object(&OFFER)),
    ],
};

static OFFER: Shape = Shape {
    name: "limited-time offer",
    fields: &[optional("text", Kind::String), optional("has_expiration", Kind::Bool)],
};

pub(super) static EXAMPLE: Shape = Shape {
    name: "definition example",
    fields: &[
        optional("body_text", Kind::Deferred),
        optional("body_text_named_params", Kind::ArrayOf(&NAMED_EXAMPLE)),
        optional("header_text", Kind::Deferred),
        optional("header_text_named_params", Kind::ArrayOf(&NAMED_EXAMPLE)),
        optional("header_handle", Kind::Deferred),
        optional("header_url", Kind::Deferred),
    ],
};

static NAMED_EXAMPLE: Shape = Shape {
    name: "named parameter example",
    fields: &[required("param_name", Kind::NonEmpty), required("example", Kind::String)],
};

pub(super) static BUTTON: Shape = Shape {
    name: "definition button",
    fields: &[
        required("type", Kind::Deferred),
        optional("text", Kind::String),
        optional("url", Kind::String),
        optional("phone_number", Kind::String),
        optional("example", Kind::Deferred),
        optional("otp_type", Kind::Deferred),
        optional("autofill_text", Kind::String),
        optional("package_name", Kind::String),
        optional("signature_hash", Kind::String),
        optional("supported_apps", Kind::ArrayOf(&APP)),
        optional("zero_tap_terms_accepted", Kind::Bool),
        optional("flow_id", Kind::Deferred),
        optional("flow_name", Kind::String),
        optional("flow_json", Kind::String),
        optional("flow_action", Kind::String),
        optional("navigate_screen", Kind::String),
        optional("icon", Kind::String),
        optional("id", Kind::Deferred),
    ],
};

static APP: Shape = Shape {
    name: "supported app",
    fields: &[required("package_name", Kind::String), required("signature_hash", Kind::String)],
};

pub(super) static CARD: Shape = Shape {
    name: "carousel card",
    fields: &[required("components", Kind::Deferred), optional("card_index", Kind::Integer)],
};
