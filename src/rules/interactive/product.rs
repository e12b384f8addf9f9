//! Single- and multi-product messages (§10, §11): a catalog and its products, at most 30 in all.

use super::list::{items, sections, SECTION_TITLE};
use crate::check::shape::{self, optional, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::node::Node;
use crate::rule::Rule;

pub static PRODUCT_ITEMS_TOTAL: Rule = Rule {
    code: "WA0901",
    name: "product-items-total",
    severity: Error,
    applies_to: &["interactive.product_list"],
    source: meta!("catalogs/multi-product-messages", "Step 1: Assemble the interactive object", "131009"),
    summary: "A multi-product message has at most 30 products across all its sections.",
    help: "drop products or send a catalog message instead",
    valid: example!("WA0901-product-items-total", "valid"),
    invalid: example!("WA0901-product-items-total", "invalid"),
};

const MAX_PRODUCTS: usize = 30;

pub(super) static SINGLE_ACTION: Shape = Shape {
    name: "product action",
    fields: &[required("catalog_id", Kind::NonEmpty), required("product_retailer_id", Kind::NonEmpty)],
};
pub(super) static PRODUCT_ITEM: Shape =
    Shape { name: "product item", fields: &[required("product_retailer_id", Kind::NonEmpty)] };
pub(super) static SECTION: Shape = Shape {
    name: "product section",
    fields: &[optional("title", Kind::Text(&SECTION_TITLE)), required("product_items", Kind::Deferred)],
};
pub(super) static LIST_ACTION: Shape = Shape {
    name: "product list action",
    fields: &[required("catalog_id", Kind::NonEmpty), required("sections", Kind::Deferred)],
};

pub(super) fn check_single_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    shape::object(ctx, value, at, &SINGLE_ACTION);
}

pub(super) fn check_list_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &LIST_ACTION) else { return };
    let sections_at = at.key("sections");
    let Some(sections) = action.get("sections").and_then(|s| sections(ctx, s, &sections_at, &SECTION)) else { return };
    let mut total = 0;
    for &(index, section) in &sections {
        let section_at = sections_at.index(index);
        let items_at = section_at.key("product_items");
        let Some(products) = section.get("product_items").and_then(|p| items(ctx, p, &items_at, "product item")) else {
            continue;
        };
        total += products.len();
        for (item_index, item) in products.iter().enumerate() {
            shape::object(ctx, item, &items_at.index(item_index), &PRODUCT_ITEM);
        }
    }
    if total > MAX_PRODUCTS {
        ctx.report(
            &PRODUCT_ITEMS_TOTAL,
            &sections_at,
            format!("the sections have {total} products in all; the limit is {MAX_PRODUCTS}"),
        );
    }
}
