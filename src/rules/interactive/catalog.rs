//! Catalog messages (§12): the catalog's fixed header, `action.name`, an optional thumbnail.

use crate::check::shape::{self, optional, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Warning;
use crate::rule::{source, Rule};
use serde_json::Value;

pub static CATALOG_HEADER_IGNORED: Rule = Rule {
    code: "WA0608",
    name: "catalog-header-ignored",
    severity: Warning,
    applies_to: &["interactive.catalog_message"],
    source: source::CATALOG,
    summary: "A catalog message shows the catalog's own header and sub-header; a `header` in the payload is ignored.",
    help: "remove the header",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"catalog_message","body":{"text":"Browse our catalog"},"action":{"name":"catalog_message"}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"catalog_message","header":{"type":"text","text":"Catalog"},"body":{"text":"Browse our catalog"},"action":{"name":"catalog_message"}}}"#,
};

static PARAMETERS: Shape =
    Shape { name: "catalog parameters", fields: &[optional("thumbnail_product_retailer_id", Kind::NonEmpty)] };
static ACTION: Shape = Shape {
    name: "catalog action",
    fields: &[required("name", Kind::Enum(&["catalog_message"])), optional("parameters", Kind::Object(&PARAMETERS))],
};

pub(super) fn check_action(ctx: &mut Ctx, value: &Value, at: &Ptr) {
    shape::object(ctx, value, at, &ACTION);
}
