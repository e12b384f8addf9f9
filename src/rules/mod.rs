//! The rules, one module per message family (the registry in `crate::registry` lists them).
//!
//! Codes are grouped by family: WA00xx document and envelope, WA01xx text, WA02xx media,
//! WA03xx location, WA04xx contacts, WA05xx reaction, WA06xx interactive (common), WA07xx reply
//! buttons, WA08xx lists, WA09xx products, WA11xx flows, WA12xx CTA URL, WA13xx carousels,
//! WA14xx templates, WA15xx the customer service window, WA16xx calling, WA17xx addresses,
//! WA18xx orders and payments, WA20xx template sends checked against their definitions (in
//! `crate::templates`), WA21xx template definitions.

pub(crate) mod contacts;
pub(crate) mod contextual;
pub(crate) mod envelope;
pub(crate) mod interactive;
pub(crate) mod location;
pub(crate) mod media;
pub(crate) mod message_type;
pub(crate) mod pin;
pub(crate) mod reaction;
pub(crate) mod route;
#[cfg(test)]
mod schema;
pub(crate) mod template;
pub(crate) mod text;
pub(crate) mod window;

pub(crate) use route::check;
