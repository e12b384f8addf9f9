//! Contacts messages (§5): contact cards with a name, dates, addresses and typed entries.

use crate::check::shape::{self, optional, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::measure;
use crate::node::{Members, Node};
use crate::rule::Rule;

pub static CONTACTS_COUNT: Rule = Rule {
    code: "WA0401",
    name: "contacts-count",
    severity: Error,
    applies_to: &["contacts"],
    source: meta!("messages/contacts-messages", "Request syntax", "131009"),
    summary: "`contacts` holds 1 to 257 contact cards.",
    help: "send at least one contact, and split more than 257 over several messages",
    valid: example!("WA0401-contacts-count", "valid"),
    invalid: example!("WA0401-contacts-count", "invalid"),
};

pub static CONTACT_NAME_PARTS: Rule = Rule {
    code: "WA0402",
    name: "contact-name-parts",
    severity: Error,
    applies_to: &["contacts"],
    source: meta!("messages/contacts-messages", "Request syntax", "131009"),
    summary: "Besides `formatted_name`, a contact's name needs at least one of `first_name`, `last_name`, `middle_name`, `suffix`, `prefix`.",
    help: "add `first_name` (or another name part)",
    valid: example!("WA0402-contact-name-parts", "valid"),
    invalid: example!("WA0402-contact-name-parts", "invalid"),
};

pub static CONTACT_BIRTHDAY: Rule = Rule {
    code: "WA0403",
    name: "contact-birthday",
    severity: Error,
    applies_to: &["contacts"],
    source: meta!("messages/contacts-messages", "Request syntax", "131009"),
    summary: "`birthday` is a real calendar date written `YYYY-MM-DD`.",
    help: "write the date as YYYY-MM-DD, e.g. 1990-07-14",
    valid: example!("WA0403-contact-birthday", "valid"),
    invalid: example!("WA0403-contact-birthday", "invalid"),
};

pub static CONTACT_COUNTRY_CODE: Rule = Rule {
    code: "WA0404",
    name: "contact-country-code",
    severity: Error,
    applies_to: &["contacts"],
    source: meta!("messages/contacts-messages", "Request syntax", "131009"),
    summary: "An address's `country_code` is a two-letter ISO 3166-1 code.",
    help: "use the two-letter code, e.g. BR or US",
    valid: example!("WA0404-contact-country-code", "valid"),
    invalid: example!("WA0404-contact-country-code", "invalid"),
};

pub static CONTACT_TYPE_NONSTANDARD: Rule = Rule {
    code: "WA0405",
    name: "contact-type-nonstandard",
    severity: Warning,
    applies_to: &["contacts"],
    source: meta!("messages/contacts-messages", "Request syntax"),
    summary: "Entry `type`s have standard values: HOME or WORK for addresses, emails and URLs; CELL, MAIN, IPHONE, HOME or WORK for phones.",
    help: "use one of the standard values so the phone's address book files the entry",
    valid: example!("WA0405-contact-type-nonstandard", "valid"),
    invalid: example!("WA0405-contact-type-nonstandard", "invalid"),
};

const MAX_CONTACTS: usize = 257;
const NAME_PARTS: [&str; 5] = ["first_name", "last_name", "middle_name", "suffix", "prefix"];
const HOME_WORK: &[&str] = &["HOME", "WORK"];
const PHONE_TYPES: &[&str] = &["CELL", "MAIN", "IPHONE", "HOME", "WORK"];

pub(super) static ADDRESS: Shape = Shape {
    name: "contact address",
    fields: &[
        optional("street", Kind::String),
        optional("city", Kind::String),
        optional("state", Kind::String),
        optional("zip", Kind::String),
        optional("country", Kind::String),
        optional("country_code", Kind::String),
        optional("type", Kind::String),
    ],
};
pub(super) static EMAIL: Shape =
    Shape { name: "contact email", fields: &[optional("email", Kind::String), optional("type", Kind::String)] };
pub(super) static URL: Shape =
    Shape { name: "contact url", fields: &[optional("url", Kind::String), optional("type", Kind::String)] };
pub(super) static PHONE: Shape = Shape {
    name: "contact phone",
    fields: &[optional("phone", Kind::String), optional("wa_id", Kind::String), optional("type", Kind::String)],
};
pub(super) static ORG: Shape = Shape {
    name: "contact org",
    fields: &[optional("company", Kind::String), optional("department", Kind::String), optional("title", Kind::String)],
};
pub(super) static NAME: Shape = Shape {
    name: "contact name",
    fields: &[
        required("formatted_name", Kind::NonEmpty),
        optional("first_name", Kind::String),
        optional("last_name", Kind::String),
        optional("middle_name", Kind::String),
        optional("suffix", Kind::String),
        optional("prefix", Kind::String),
    ],
};
pub(super) static CONTACT: Shape = Shape {
    name: "contact",
    fields: &[
        optional("addresses", Kind::ArrayOf(&ADDRESS)),
        optional("birthday", Kind::String),
        optional("emails", Kind::ArrayOf(&EMAIL)),
        required("name", Kind::Object(&NAME)),
        optional("org", Kind::Object(&ORG)),
        optional("phones", Kind::ArrayOf(&PHONE)),
        optional("urls", Kind::ArrayOf(&URL)),
    ],
};

pub(crate) fn check(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(contacts) = shape::array(ctx, value, at) else { return };
    if contacts.is_empty() || contacts.len() > MAX_CONTACTS {
        ctx.report(
            &CONTACTS_COUNT,
            at,
            format!("`contacts` has {} cards; it takes 1 to {MAX_CONTACTS}", contacts.len()),
        );
    }
    for (index, contact) in contacts.iter().enumerate() {
        let at = at.index(index);
        if let Some(members) = shape::object(ctx, contact, &at, &CONTACT) {
            check_contact(ctx, members, &at);
        }
    }
}

fn check_contact(ctx: &mut Ctx, members: &Members, at: &Ptr) {
    if let Some(Node::Object(name)) = members.get("name") {
        if !NAME_PARTS.iter().any(|part| name.contains_key(part)) {
            ctx.report(&CONTACT_NAME_PARTS, &at.key("name"), "the name has only `formatted_name`; add at least one of first_name, last_name, middle_name, suffix, prefix".into());
        }
    }
    if let Some(birthday) = members.get("birthday").and_then(Node::as_str) {
        if !measure::is_calendar_date(birthday) {
            ctx.report(
                &CONTACT_BIRTHDAY,
                &at.key("birthday"),
                format!("`birthday` is \"{birthday}\"; expected a real date as YYYY-MM-DD"),
            );
        }
    }
    for (list, allowed) in
        [("addresses", HOME_WORK), ("emails", HOME_WORK), ("urls", HOME_WORK), ("phones", PHONE_TYPES)]
    {
        let Some(Node::Array(entries)) = members.get(list) else { continue };
        let list_at = at.key(list);
        for (index, entry) in entries.iter().enumerate() {
            let entry_at = list_at.index(index);
            check_entry_type(ctx, entry, &entry_at, allowed);
            if list == "addresses" {
                check_country_code(ctx, entry, &entry_at);
            }
        }
    }
}

fn check_entry_type(ctx: &mut Ctx, entry: &Node, at: &Ptr, allowed: &[&str]) {
    if let Some(kind) = entry.get("type").and_then(Node::as_str) {
        if !allowed.contains(&kind) {
            let message = format!("`type` is \"{kind}\"; the standard values are {}", allowed.join(", "));
            ctx.report(&CONTACT_TYPE_NONSTANDARD, &at.key("type"), message);
        }
    }
}

fn check_country_code(ctx: &mut Ctx, address: &Node, at: &Ptr) {
    if let Some(code) = address.get("country_code").and_then(Node::as_str) {
        if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic())) {
            ctx.report(
                &CONTACT_COUNTRY_CODE,
                &at.key("country_code"),
                format!("`country_code` is \"{code}\"; expected two letters (ISO 3166-1)"),
            );
        }
    }
}
