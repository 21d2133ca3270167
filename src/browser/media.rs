//! What the screen and the reader's system settings are like: width, colour scheme, motion.

use wasm_bindgen::{closure::Closure, JsCast};

/// The media query `query`, if the browser can evaluate it.
fn query(query: &str) -> Option<web_sys::MediaQueryList> {
    super::window()?.match_media(query).ok().flatten()
}

/// Whether the media query `query` matches now.
fn matches(media: &str) -> bool {
    query(media).is_some_and(|m| m.matches())
}

/// Whether the screen is wide enough to show folded sections open from the start.
pub fn is_wide() -> bool {
    matches("(min-width: 800px)")
}

/// Whether the reader asks for less motion (scrolling jumps rather than glides).
pub fn reduces_motion() -> bool {
    matches("(prefers-reduced-motion: reduce)")
}

/// Whether the system's colour scheme is dark.
pub fn system_is_dark() -> bool {
    matches("(prefers-color-scheme: dark)")
}

/// Calls `changed` whenever the system switches between light and dark, for the page's life.
pub fn on_system_scheme_change(changed: impl Fn() + 'static) {
    let Some(list) = query("(prefers-color-scheme: dark)") else {
        return;
    };
    let changed = Closure::<dyn Fn()>::new(changed);
    let _ = list.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
    // Kept for the page's life: a few bytes per mount of the record view; the handler should
    // do nothing once what it updates is gone.
    changed.forget();
}

/// The theme the reader chose (`<html data-theme>`: "dark" or "light"), if any.
pub fn chosen_theme() -> Option<String> {
    super::window()?
        .document()?
        .document_element()?
        .get_attribute("data-theme")
}

/// Applies a theme to the page (`<html data-theme>`), which the stylesheet's tokens follow.
pub fn apply_theme(theme: &str) {
    if let Some(html) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-theme", theme);
    }
}
