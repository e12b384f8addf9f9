//! The integration tests, in one crate so that they link once. `boundaries` also runs as wasm
//! (in Node and headless Chromium, through wasm-bindgen-test); the rest read files or use
//! native-only tools, and run natively. `cargo test --test it boundaries` runs one module.

mod common;
// The fuzzers' invariants, checked on the same inputs by `properties` and `resources`.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../../fuzz/fuzz_targets/invariants.rs"]
mod invariants;

mod boundaries;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod layering;
#[cfg(not(target_arch = "wasm32"))]
mod meta_examples;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
#[cfg(not(target_arch = "wasm32"))]
mod registry;
#[cfg(not(target_arch = "wasm32"))]
mod resources;
#[cfg(not(target_arch = "wasm32"))]
mod revised_api;
#[cfg(not(target_arch = "wasm32"))]
mod rule_reference;
#[cfg(not(target_arch = "wasm32"))]
mod rule_sources;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
#[cfg(not(target_arch = "wasm32"))]
mod snapshots;
#[cfg(not(target_arch = "wasm32"))]
mod spec_examples;
#[cfg(not(target_arch = "wasm32"))]
mod templates;
