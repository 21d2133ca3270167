//! A state's record at the UN Human Rights Council, as sourced resolution cards and a session
//! timeline, rendered in the browser from a static JSON file.
//!
//! `model`, `filter` and `i18n` are plain Rust (no leptos, no web-sys) and are tested natively;
//! `api` is the one place that fetches; `components` holds one component per file.

pub mod api;
pub mod components;
pub mod filter;
pub mod i18n;
pub mod model;
pub mod panic;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;

/// Mounts the app in place of the static loading placeholder from `index.html`, once the
/// browser has painted the placeholder.
///
/// On a fast connection the code can arrive before the placeholder is on screen; mounting at once
/// would then put the app's masthead on screen first, and the page's main content would count as
/// painted only once the app had run, though an identical masthead was ready in the HTML. So the
/// app waits until the browser reports the placeholder's largest paint (`hrcPainted`, set by the
/// inline script in `index.html`; browsers without that report set it at once), checking after
/// each frame. A hidden tab paints nothing, so there it mounts at once; and a timer mounts it
/// after half a second whatever happens, for documents that get no frames (a tab hidden while
/// waiting, an iframe out of view).
pub fn mount() {
    if document().visibility_state() == web_sys::VisibilityState::Hidden {
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
                let painted = js_sys::Reflect::get(&window(), &"hrcPainted".into())
                    .map_or(true, |v| v.is_truthy());
                if painted {
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

/// Removes the placeholder and mounts the app.
fn mount_now() {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
    // Offline use after the first visit. Not under `trunk serve`: a worker there would keep
    // serving old builds to live reload, and the debug build has no sw.js.
    if !cfg!(debug_assertions) {
        register_service_worker();
    }
}

/// Registers `sw.js` (written by the release build) beside the page, where browsers have
/// service workers: they do only in secure contexts, so a plain-http host simply goes without.
fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let has_workers = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .is_ok_and(|sw| !sw.is_undefined() && !sw.is_null());
    if has_workers {
        // The promise settles on its own; a refusal (private modes) only means no offline copy.
        let _ = navigator.service_worker().register("sw.js");
    }
}

/// The whole app: a router (for the URL query that holds the filters) around the record page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router base=router_base()>
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

/// The path the site is served under (e.g. "/hrc"), read from the document's `<base>` at run
/// time, because Trunk's `--public-url` is not passed to the Rust build.
fn router_base() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|url| url.pathname().trim_end_matches('/').to_owned())
        .unwrap_or_default()
}
