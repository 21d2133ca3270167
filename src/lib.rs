//! A state's record at the UN Human Rights Council, as sourced resolution cards and a session
//! timeline, rendered in the browser from a static JSON file.
//!
//! The layers, from the bottom up (ARCHITECTURE.md; `tests/layers.rs` checks them): `lang`,
//! `model`, `filter`, `i18n` and `export` are plain Rust (no leptos, no web-sys), tested
//! natively; `browser` holds the calls into the browser; `api` is the one place that fetches;
//! `components` holds one component per file.

// Rendered natively (`ssr`), the record view's nested view types run deeper than the default
// limit of 128 when the compiler lays out their async rendering.
#![recursion_limit = "512"]

pub mod api;
pub mod browser;
pub mod components;
pub mod export;
pub mod filter;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod lang;
pub mod model;
pub mod panic;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;

/// Mounts the app behind the copy of the record that the build wrote into `index.html`
/// (`prerender`), hidden, so that the copy stays on screen until the app has drawn the view the
/// address asks for and takes its place in one step (`browser::boot::take_over`). Without that
/// copy (a development build, which skips it), the page holds a static loading placeholder, and
/// the app takes its place at once.
///
/// Either way it waits until the browser has painted what the HTML holds. On a fast connection
/// the code can arrive before that is on screen, and building the app, hidden or not, is one long
/// task that would hold back the first paint of a record that was ready in the HTML. So the
/// app waits until the browser reports the page's largest paint (`hrcPainted`, set by the
/// inline script in `index.html`; browsers without that report set it at once), checking after
/// each frame. A hidden tab paints nothing, so there it mounts at once; and a timer mounts it
/// after half a second whatever happens, for documents that get no frames (a tab hidden while
/// waiting, an iframe out of view).
pub fn mount() {
    if browser::page::is_hidden() {
        return mount_now();
    }
    let mounted = Rc::new(Cell::new(false));
    let fallback = Rc::clone(&mounted);
    set_timeout(
        move || mount_once(&fallback),
        std::time::Duration::from_millis(500),
    );
    mount_after_paint(mounted);
}

/// Checks after each frame whether the placeholder has been painted, then mounts; stops once
/// the app is mounted either way.
fn mount_after_paint(mounted: Rc<Cell<bool>>) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                if mounted.get() {
                    return;
                }
                if browser::boot::content_painted() {
                    mount_once(&mounted);
                } else {
                    mount_after_paint(mounted);
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

/// Mounts the app unless it already is.
fn mount_once(mounted: &Cell<bool>) {
    if !mounted.replace(true) {
        mount_now();
    }
}

/// Mounts the app: hidden behind the build's copy of the record, or in the placeholder's place.
fn mount_now() {
    match browser::boot::hidden_host() {
        Some(host) => leptos::mount::mount_to(host, App).forget(),
        None => {
            browser::page::remove("boot");
            leptos::mount::mount_to_body(App);
        }
    }
    register_service_worker();
}

/// Offline use after the first visit. Not under `trunk serve`: a worker there would keep
/// serving old builds to live reload, and the debug build has no sw.js.
fn register_service_worker() {
    if !cfg!(debug_assertions) {
        browser::boot::register_service_worker();
    }
}

/// The whole app: a router (for the URL query that holds the filters) around the record page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router base=browser::page::base_path()>
            <Language/>
        </Router>
    }
}

/// Provides the interface language (it reads the router's URL), then the page.
#[component]
fn Language() -> impl IntoView {
    components::language::UiLang::provide();
    view! { <components::record_page::RecordPage/> }
}
