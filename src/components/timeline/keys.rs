//! Moving between the timeline's events with the keyboard.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Arrow keys (and Home/End) move focus between the timeline's event links.
pub fn move_between_events(ev: leptos::ev::KeyboardEvent) {
    let step: i32 = match ev.key().as_str() {
        "ArrowDown" | "ArrowRight" => 1,
        "ArrowUp" | "ArrowLeft" => -1,
        "Home" => i32::MIN,
        "End" => i32::MAX,
        _ => return,
    };
    // Only from an event link: the session and related links keep their usual keys.
    let from_event = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|t| t.class_list().contains("tl-link"));
    if !from_event {
        return;
    }
    let Some(list) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(links) = list.query_selector_all("a.tl-link") else {
        return;
    };
    let links: Vec<web_sys::HtmlElement> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    if links.is_empty() {
        return;
    }
    let active = document().active_element();
    let at = links.iter().position(|l| {
        active
            .as_ref()
            .is_some_and(|a| a == l.unchecked_ref::<web_sys::Element>())
    });
    let last = links.len() - 1;
    let next = match (step, at) {
        (i32::MIN, _) => 0,
        (i32::MAX, _) => last,
        (_, None) => 0,
        (1, Some(i)) => (i + 1).min(last),
        (_, Some(i)) => i.saturating_sub(1),
    };
    ev.prevent_default();
    let _ = links[next].focus();
}
