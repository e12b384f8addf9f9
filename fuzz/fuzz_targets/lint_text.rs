//! Arbitrary bytes: skipped unless UTF-8, then linted with default options; every invariant in
//! `invariants.rs` is checked.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wa_lint::Options;

#[path = "invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    invariants::check_text(text, &Options::default());
});
