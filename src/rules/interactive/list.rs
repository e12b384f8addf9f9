//! List messages (§9): a button label, 1 to 10 sections, at most 10 rows in all, unique row ids.
//! The section rules are shared with multi-product messages (§11).

use super::shared::{check_markdown, Uniques};
use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::node::{Members, Node};
use crate::rule::Rule;

pub static LIST_BUTTON_LENGTH: Rule = Rule {
    code: "WA0801",
    name: "list-button-length",
    severity: Error,
    applies_to: &["interactive.list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "The list's `action.button` label is 1 to 20 characters (emoji allowed, no Markdown).",
    help: "shorten the button label",
    valid: example!("WA0801-list-button-length", "valid"),
    invalid: example!("WA0801-list-button-length", "invalid"),
};

pub static SECTIONS_COUNT: Rule = Rule {
    code: "WA0802",
    name: "sections-count",
    severity: Error,
    applies_to: &["interactive.list", "interactive.product_list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "A list or multi-product message has 1 to 10 sections.",
    help: "merge sections; a message takes at most 10",
    valid: example!("WA0802-sections-count", "valid"),
    invalid: example!("WA0802-sections-count", "invalid"),
};

pub static SECTION_TITLE_MISSING: Rule = Rule {
    code: "WA0803",
    name: "section-title-missing",
    severity: Error,
    applies_to: &["interactive.list", "interactive.product_list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "With more than one section, every section needs a `title`.",
    help: "add a title to each section",
    valid: example!("WA0803-section-title-missing", "valid"),
    invalid: example!("WA0803-section-title-missing", "invalid"),
};

pub static SECTION_TITLE_LENGTH: Rule = Rule {
    code: "WA0804",
    name: "section-title-length",
    severity: Error,
    applies_to: &["interactive.list", "interactive.product_list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "A section `title` is 1 to 24 characters.",
    help: "shorten the section title",
    valid: example!("WA0804-section-title-length", "valid"),
    invalid: example!("WA0804-section-title-length", "invalid"),
};

pub static LIST_ROWS_TOTAL: Rule = Rule {
    code: "WA0805",
    name: "list-rows-total",
    severity: Error,
    applies_to: &["interactive.list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "A list message has at most 10 rows across all its sections.",
    help: "drop rows or split the list over several messages",
    valid: example!("WA0805-list-rows-total", "valid"),
    invalid: example!("WA0805-list-rows-total", "invalid"),
};

pub static SECTION_EMPTY: Rule = Rule {
    code: "WA0806",
    name: "section-empty",
    severity: Error,
    applies_to: &["interactive.list", "interactive.product_list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "Every section has at least one row (list) or product item (multi-product).",
    help: "add an item to the section, or remove the section",
    valid: example!("WA0806-section-empty", "valid"),
    invalid: example!("WA0806-section-empty", "invalid"),
};

pub static ROW_ID_LENGTH: Rule = Rule {
    code: "WA0807",
    name: "row-id-length",
    severity: Error,
    applies_to: &["interactive.list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "A row `id` is 1 to 200 characters.",
    help: "use a short key and keep the details on your side",
    valid: example!("WA0807-row-id-length", "valid"),
    invalid: example!("WA0807-row-id-length", "invalid"),
};

pub static ROW_ID_DUPLICATE: Rule = Rule {
    code: "WA0808",
    name: "row-id-duplicate",
    severity: Error,
    applies_to: &["interactive.list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "Row ids are unique across all sections: the reply names the row by its id.",
    help: "give each row a different id",
    valid: example!("WA0808-row-id-duplicate", "valid"),
    invalid: example!("WA0808-row-id-duplicate", "invalid"),
};

pub static ROW_TITLE_LENGTH: Rule = Rule {
    code: "WA0809",
    name: "row-title-length",
    severity: Error,
    applies_to: &["interactive.list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "A row `title` is 1 to 24 characters.",
    help: "shorten the title and move details to the row's description",
    valid: example!("WA0809-row-title-length", "valid"),
    invalid: example!("WA0809-row-title-length", "invalid"),
};

pub static ROW_DESCRIPTION_LENGTH: Rule = Rule {
    code: "WA0810",
    name: "row-description-length",
    severity: Error,
    applies_to: &["interactive.list"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "A row `description` is at most 72 characters.",
    help: "shorten the description",
    valid: example!("WA0810-row-description-length", "valid"),
    invalid: example!("WA0810-row-description-length", "invalid"),
};

pub(super) const MAX_SECTIONS: usize = 10;
const MAX_ROWS: usize = 10;

static BUTTON: Limit = Limit { rule: &LIST_BUTTON_LENGTH, what: "list button label", min: 1, max: 20 };
pub(super) static SECTION_TITLE: Limit = Limit { rule: &SECTION_TITLE_LENGTH, what: "section title", min: 1, max: 24 };
static ROW_ID: Limit = Limit { rule: &ROW_ID_LENGTH, what: "row id", min: 1, max: 200 };
static ROW_TITLE: Limit = Limit { rule: &ROW_TITLE_LENGTH, what: "row title", min: 1, max: 24 };
static ROW_DESCRIPTION: Limit = Limit { rule: &ROW_DESCRIPTION_LENGTH, what: "row description", min: 0, max: 72 };

pub(super) static ROW: Shape = Shape {
    name: "list row",
    fields: &[
        required("id", Kind::Text(&ROW_ID)),
        required("title", Kind::Text(&ROW_TITLE)),
        optional("description", Kind::Text(&ROW_DESCRIPTION)),
    ],
};
pub(super) static SECTION: Shape = Shape {
    name: "list section",
    fields: &[optional("title", Kind::Text(&SECTION_TITLE)), required("rows", Kind::Deferred)],
};
pub(super) static ACTION: Shape = Shape {
    name: "list action",
    fields: &[required("button", Kind::Text(&BUTTON)), required("sections", Kind::Deferred)],
};

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &ACTION) else { return };
    if let Some(label) = action.get("button").and_then(Node::as_str) {
        check_markdown(ctx, label, &at.key("button"), "list button label");
    }
    let sections_at = at.key("sections");
    let Some(sections) = action.get("sections").and_then(|s| sections(ctx, s, &sections_at, &SECTION)) else { return };
    let mut row_ids = Uniques::new(&ROW_ID_DUPLICATE, "row id");
    let mut total = 0;
    for &(section_index, section) in &sections {
        let section_at = sections_at.index(section_index);
        let Some(rows) = section.get("rows") else { continue };
        let rows_at = section_at.key("rows");
        let Some(rows) = items(ctx, rows, &rows_at, "row") else { continue };
        total += rows.len();
        for (row_index, row) in rows.iter().enumerate() {
            let row_at = rows_at.index(row_index);
            shape::object(ctx, row, &row_at, &ROW);
            if let Some(id) = row.get("id").and_then(Node::as_str) {
                let first_at = |s: usize, r: usize| format!("{}/{s}/rows/{r}/id", sections_at.render());
                row_ids.check(ctx, id, (section_index, row_index), &row_at.key("id"), first_at);
            }
        }
    }
    if total > MAX_ROWS {
        ctx.report(
            &LIST_ROWS_TOTAL,
            &sections_at,
            format!("the sections have {total} rows in all; the limit is {MAX_ROWS}"),
        );
    }
}

/// Checks the `sections` array (count, each section's shape, titles); returns the sections that
/// are objects, with their positions.
pub(super) fn sections<'v>(
    ctx: &mut Ctx,
    value: &'v Node<'v>,
    at: &Ptr,
    section_shape: &Shape,
) -> Option<Vec<(usize, &'v Members<'v>)>> {
    let sections = shape::array(ctx, value, at)?;
    if sections.is_empty() || sections.len() > MAX_SECTIONS {
        ctx.report(
            &SECTIONS_COUNT,
            at,
            format!("there are {} sections; a message takes 1 to {MAX_SECTIONS}", sections.len()),
        );
    }
    let several = sections.len() > 1;
    let mut objects = Vec::with_capacity(sections.len());
    for (index, section) in sections.iter().enumerate() {
        let section_at = at.index(index);
        let Some(members) = shape::object(ctx, section, &section_at, section_shape) else { continue };
        if several && !members.contains_key("title") {
            ctx.report_missing(
                &SECTION_TITLE_MISSING,
                &section_at.key("title"),
                format!("section {} has no `title`; with several sections each needs one", index + 1),
            );
        }
        objects.push((index, members));
    }
    Some(objects)
}

/// Checks a section's item array (rows or product items) is an array with at least one item.
pub(super) fn items<'v>(ctx: &mut Ctx, value: &'v Node<'v>, at: &Ptr, what: &str) -> Option<&'v [Node<'v>]> {
    let items = shape::array(ctx, value, at)?;
    if items.is_empty() {
        ctx.report(&SECTION_EMPTY, at, format!("this section has no {what}; it needs at least one"));
    }
    Some(items)
}
