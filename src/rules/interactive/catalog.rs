//! Catalog messages (§12): the catalog's fixed header, `action.name`, an optional thumbnail.

use crate::check::shape::{self, optional, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::node::Node;
use crate::rule::Rule;

pub static CATALOG_HEADER_NOT_ALLOWED: Rule = Rule {
    code: "WA0608",
    name: "catalog-header-not-allowed",
    severity: Error,
    applies_to: &["interactive.catalog_message"],
    source: meta!("catalogs/catalog-messages", "Properties", "131009"),
    summary: "A catalog message shows the catalog's own header and sub-header; the API rejects a `header` in the payload (`(#131009) The parameter interactive['header'] is not allowed for catalog messages`).",
    help: "remove the header",
    valid: example!("WA0608-catalog-header-not-allowed", "valid"),
    invalid: example!("WA0608-catalog-header-not-allowed", "invalid"),
};

static PARAMETERS: Shape =
    Shape { name: "catalog parameters", fields: &[optional("thumbnail_product_retailer_id", Kind::NonEmpty)] };
pub(super) static ACTION: Shape = Shape {
    name: "catalog action",
    fields: &[required("name", Kind::Enum(&["catalog_message"])), optional("parameters", Kind::Object(&PARAMETERS))],
};

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    shape::object(ctx, value, at, &ACTION);
}
