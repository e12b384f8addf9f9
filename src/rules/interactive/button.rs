//! Reply-button messages (§8): one to three buttons with unique titles and ids.

use super::{check_markdown, Uniques};
use crate::check::shape::{self, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::rule::{source, Rule};
use serde_json::Value;

pub static BUTTONS_COUNT: Rule = Rule {
    code: "WA0701",
    name: "buttons-count",
    severity: Error,
    applies_to: &["interactive.button"],
    source: source::BUTTON,
    summary: "A reply-button message has 1 to 3 buttons.",
    help: "use a list message for more than three choices",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Rate us"},"action":{"buttons":[{"type":"reply","reply":{"id":"1","title":"Good"}},{"type":"reply","reply":{"id":"2","title":"OK"}},{"type":"reply","reply":{"id":"3","title":"Bad"}}]}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Rate us"},"action":{"buttons":[{"type":"reply","reply":{"id":"1","title":"Great"}},{"type":"reply","reply":{"id":"2","title":"Good"}},{"type":"reply","reply":{"id":"3","title":"OK"}},{"type":"reply","reply":{"id":"4","title":"Bad"}}]}}}"#,
};

pub static BUTTON_TITLE_LENGTH: Rule = Rule {
    code: "WA0702",
    name: "button-title-length",
    severity: Error,
    applies_to: &["interactive.button"],
    source: source::BUTTON,
    summary: "A reply button's `title` is 1 to 20 characters.",
    help: "shorten the title; emoji and accented letters count as one character each",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"go","title":"Confirmar reserva ✅"}}]}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"go","title":"Confirm my reservation"}}]}}}"#,
};

pub static BUTTON_TITLE_DUPLICATE: Rule = Rule {
    code: "WA0703",
    name: "button-title-duplicate",
    severity: Error,
    applies_to: &["interactive.button"],
    source: source::BUTTON,
    summary: "Reply-button titles are unique within a message.",
    help: "give each button a different title",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"y","title":"Yes"}},{"type":"reply","reply":{"id":"n","title":"No"}}]}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"y","title":"Yes"}},{"type":"reply","reply":{"id":"n","title":"Yes"}}]}}}"#,
};

pub static BUTTON_ID_LENGTH: Rule = Rule {
    code: "WA0704",
    name: "button-id-length",
    severity: Error,
    applies_to: &["interactive.button"],
    source: source::BUTTON,
    summary: "A reply button's `id` is 1 to 256 characters.",
    help: "use a short key and keep the details on your side",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"order-4521-confirm","title":"Yes"}}]}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"","title":"Yes"}}]}}}"#,
};

pub static BUTTON_ID_DUPLICATE: Rule = Rule {
    code: "WA0705",
    name: "button-id-duplicate",
    severity: Error,
    applies_to: &["interactive.button"],
    source: source::BUTTON,
    summary: "Reply-button ids are unique within a message: the reply names the button by its id.",
    help: "give each button a different id",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"y","title":"Yes"}},{"type":"reply","reply":{"id":"n","title":"No"}}]}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"y","title":"Yes"}},{"type":"reply","reply":{"id":"y","title":"No"}}]}}}"#,
};

pub static BUTTON_ID_WHITESPACE: Rule = Rule {
    code: "WA0706",
    name: "button-id-whitespace",
    severity: Error,
    applies_to: &["interactive.button"],
    source: source::BUTTON,
    summary: "A reply button's `id` has no leading or trailing white space.",
    help: "trim the id",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}}]}}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Ready?"},"action":{"buttons":[{"type":"reply","reply":{"id":"yes ","title":"Yes"}}]}}}"#,
};

const MAX_BUTTONS: usize = 3;
static TITLE: Limit = Limit { rule: &BUTTON_TITLE_LENGTH, what: "button title", min: 1, max: 20 };
static ID: Limit = Limit { rule: &BUTTON_ID_LENGTH, what: "button id", min: 1, max: 256 };

static REPLY: Shape =
    Shape { name: "button reply", fields: &[required("id", Kind::Text(&ID)), required("title", Kind::Text(&TITLE))] };
static BUTTON: Shape = Shape {
    name: "reply button",
    fields: &[required("type", Kind::Enum(&["reply"])), required("reply", Kind::Object(&REPLY))],
};
static ACTION: Shape = Shape { name: "reply-button action", fields: &[required("buttons", Kind::Deferred)] };

pub(super) fn check_action(ctx: &mut Ctx, value: &Value, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &ACTION) else { return };
    let Some(buttons) = action.get("buttons") else { return };
    let buttons_at = at.key("buttons");
    let Some(buttons) = shape::array(ctx, buttons, &buttons_at) else { return };
    if buttons.is_empty() || buttons.len() > MAX_BUTTONS {
        ctx.report(
            &BUTTONS_COUNT,
            &buttons_at,
            format!("there are {} buttons; a message takes 1 to {MAX_BUTTONS}", buttons.len()),
        );
    }
    let mut titles = Uniques::new(&BUTTON_TITLE_DUPLICATE, "button title");
    let mut ids = Uniques::new(&BUTTON_ID_DUPLICATE, "button id");
    let first_at =
        |field: &'static str| move |index: usize, _| format!("{}/{index}/reply/{field}", buttons_at.render());
    for (index, button) in buttons.iter().enumerate() {
        let button_at = buttons_at.index(index);
        shape::object(ctx, button, &button_at, &BUTTON);
        let reply_at = button_at.key("reply");
        let Some(reply) = button.get("reply") else { continue };
        if let Some(title) = reply.get("title").and_then(Value::as_str) {
            let title_at = reply_at.key("title");
            titles.check(ctx, title, (index, 0), &title_at, first_at("title"));
            check_markdown(ctx, title, &title_at, "button title");
        }
        if let Some(id) = reply.get("id").and_then(Value::as_str) {
            let id_at = reply_at.key("id");
            ids.check(ctx, id, (index, 0), &id_at, first_at("id"));
            if id.trim() != id {
                ctx.report(
                    &BUTTON_ID_WHITESPACE,
                    &id_at,
                    format!("button id \"{id}\" has leading or trailing white space"),
                );
            }
        }
    }
}
