//! The page as a whole: what the screen is like, for choices made once at mount, and moving
//! focus when a view replaces the control that had it.

use leptos::prelude::{document, window};

/// Whether the screen is wide enough to show folded sections open from the start.
pub fn is_wide() -> bool {
    window()
        .match_media("(min-width: 800px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Moves focus to the element with `id`, if it is on the page.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// Every element of the page that `selector` matches, in document order (none if the selector
/// is invalid), for the few passes that touch mounted elements directly.
pub fn elements(selector: &str) -> Vec<web_sys::Element> {
    let Ok(nodes) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .collect()
}
