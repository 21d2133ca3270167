//! The light/dark switch: the page follows the system until the reader chooses.

use leptos::prelude::*;

use crate::components::language::tr;

/// Where the reader's choice is kept; `index.html` reads the same key before the first paint,
/// so a reload never flashes the other theme.
const STORAGE_KEY: &str = "hrc-theme";

/// A toggle button, "Dark theme", pressed when the page is dark. Pressing it sets the theme on
/// `<html data-theme>` (the stylesheet's tokens follow it) and remembers it in local storage.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(is_dark());
    follow_system(dark);
    let toggle = move |_| {
        let next = !dark.get_untracked();
        dark.set(next);
        choose(next);
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || dark.get().to_string()
            on:click=toggle
        >
            <span aria-hidden="true" class="theme-icon">{move || if dark.get() { "☾" } else { "☀" }}</span>
            " "
            {tr().dark_theme}
        </button>
    }
}

/// Whether the page is dark now: the reader's choice if they made one, else the system's.
fn is_dark() -> bool {
    let chosen = document()
        .document_element()
        .and_then(|html| html.get_attribute("data-theme"));
    match chosen.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// Keeps the button's state true when the system switches between light and dark while the
/// reader has not chosen (the page itself follows through the stylesheet).
fn follow_system(dark: RwSignal<bool>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(query) = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
    else {
        return;
    };
    let changed = Closure::<dyn Fn()>::new(move || {
        let chosen = document()
            .document_element()
            .is_some_and(|html| html.has_attribute("data-theme"));
        if !chosen {
            dark.try_set(is_dark());
        }
    });
    let _ = query.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
    // Kept for the page's life: a few bytes per mount of the record view, and `try_set` makes a
    // call after the button is gone do nothing.
    changed.forget();
}

/// Applies and remembers a choice. Storage may be refused (private modes); the choice then
/// holds for this page only.
fn choose(dark: bool) {
    let value = if dark { "dark" } else { "light" };
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-theme", value);
    }
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(STORAGE_KEY, value);
    }
}
