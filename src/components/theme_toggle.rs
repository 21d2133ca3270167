//! The light/dark switch: the page follows the system until the reader chooses.

use leptos::prelude::*;

use crate::browser::media::{apply_theme, chosen_theme, on_system_scheme_change, system_is_dark};
use crate::browser::storage::remember;
use crate::components::language::tr;

/// Where the reader's choice is kept; `index.html` reads the same key before the first paint,
/// so a reload never flashes the other theme.
const STORAGE_KEY: &str = "hrc-theme";

/// A switch, "Dark theme", on when the page is dark: its track shows the state to the eye and
/// `aria-checked` to assistive technology. Pressing it sets the theme on `<html data-theme>` (the
/// stylesheet's tokens follow it) and remembers it in local storage.
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
            role="switch"
            class="theme-toggle"
            aria-checked=move || dark.get().to_string()
            on:click=toggle
        >
            <span aria-hidden="true" class="switch-track"></span>
            " "
            {tr().dark_theme}
        </button>
    }
}

/// Whether the page is dark now: the reader's choice if they made one, else the system's.
fn is_dark() -> bool {
    match chosen_theme().as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => system_is_dark(),
    }
}

/// Keeps the button's state true when the system switches between light and dark while the
/// reader has not chosen (the page itself follows through the stylesheet).
fn follow_system(dark: RwSignal<bool>) {
    on_system_scheme_change(move || {
        if chosen_theme().is_none() {
            // `try_set`: a call after the button is gone does nothing.
            dark.try_set(is_dark());
        }
    });
}

/// Applies and remembers a choice. Storage may be refused (private modes); the choice then
/// holds for this page only.
fn choose(dark: bool) {
    let value = if dark { "dark" } else { "light" };
    apply_theme(value);
    remember(STORAGE_KEY, value);
}
