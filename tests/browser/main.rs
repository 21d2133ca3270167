//! Browser tests: components mounted in headless Chromium, asserted on the DOM by role and
//! accessible name. Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

mod dom;
mod record;
mod shell;
mod timeline;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
