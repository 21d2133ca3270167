//! The timeline as one Tab stop: a roving tabindex over its links and buttons.
//!
//! Every link and button inside the timeline is rendered with `tabindex="-1"`; one of them at a
//! time is given `0`, so Tab enters the timeline once and leaves it with the next press. The
//! arrow keys (and Home and End) move between them in reading order, and the one last focused
//! is where Tab comes back to. This is the pattern of the ARIA practices' toolbar and grid,
//! applied to a list of links.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::page::{elements_in, reveal_at_start};

/// The id of the hint that says how to move inside the timeline.
const HINT: &str = "timeline-hint";

/// What can take focus inside the timeline.
const STOPS: &str = "a[href], button";

/// The timeline's links and buttons, in reading order.
fn stops(list: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    elements_in(list, STOPS)
        .into_iter()
        .filter_map(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Makes `stop` the timeline's one Tab stop.
fn make_the_stop(list: &web_sys::Element, stop: &web_sys::HtmlElement) {
    for other in stops(list) {
        if &other != stop && other.tab_index() == 0 {
            other.set_tab_index(-1);
            let _ = other.remove_attribute("aria-describedby");
        }
    }
    stop.set_tab_index(0);
    // The keys' hint is read where the reader lands: on the one stop.
    let _ = stop.set_attribute("aria-describedby", HINT);
}

/// Gives the timeline its Tab stop once it is on the page; the handler it returns, for the
/// list's `focusout`, gives it again whenever the stop has left (a folded group's event, say),
/// so that the timeline never drops out of the Tab order.
pub fn keep_one_stop(
    list: NodeRef<leptos::html::Ol>,
) -> impl Fn(leptos::ev::FocusEvent) + Copy + 'static {
    let ensure = move || {
        let Some(list) = list.get_untracked() else {
            return;
        };
        let list: &web_sys::Element = list.unchecked_ref();
        let all = stops(list);
        if !all.iter().any(|s| s.tab_index() == 0) {
            if let Some(first) = all.first() {
                make_the_stop(list, first);
            }
        }
    };
    Effect::new(move |_| {
        if list.get().is_some() {
            ensure();
        }
    });
    // A stop can leave with the focus (a "Show fewer" press), so look again once focus moved
    // and the page has been drawn.
    move |_| request_animation_frame(ensure)
}

/// Whatever receives focus inside the timeline (by the arrow keys, a click or a link to an
/// event) becomes its Tab stop, so Tab returns there.
pub fn roam_from(ev: leptos::ev::FocusEvent) {
    let (Some(list), Some(target)) = (element(ev.current_target()), element(ev.target())) else {
        return;
    };
    if let Some(stop) = stops(&list).into_iter().find(|s| {
        let s: &web_sys::Element = s.unchecked_ref();
        s == &target || target.contains(Some(s))
    }) {
        make_the_stop(&list, &stop);
    }
}

/// The arrow keys move to the next or previous link or button, Home and End to the first and
/// last.
pub fn move_between_stops(ev: leptos::ev::KeyboardEvent) {
    let step: i32 = match ev.key().as_str() {
        "ArrowDown" | "ArrowRight" => 1,
        "ArrowUp" | "ArrowLeft" => -1,
        "Home" => i32::MIN,
        "End" => i32::MAX,
        _ => return,
    };
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
        return;
    }
    let Some(list) = element(ev.current_target()) else {
        return;
    };
    let all = stops(&list);
    if all.is_empty() {
        return;
    }
    let active = document().active_element();
    // From an event's row (focused when a link names it), the arrows start at its link.
    let at = active.as_ref().and_then(|a| {
        all.iter().position(|s| {
            let s: &web_sys::Element = s.unchecked_ref();
            s == a || a.contains(Some(s))
        })
    });
    let last = all.len() - 1;
    let next = match (step, at) {
        (i32::MIN, _) => 0,
        (i32::MAX, _) => last,
        (_, None) => 0,
        (1, Some(i)) => (i + 1).min(last),
        (_, Some(i)) => i.saturating_sub(1),
    };
    ev.prevent_default();
    make_the_stop(&list, &all[next]);
    let _ = all[next].focus();
    show_whole(&list, &all[next]);
}

/// Scrolls the band, when it scrolls sideways (wide screens), so that all of `stop` shows.
/// Focus alone scrolls it only until part of the stop shows, and the band's snap points can
/// then leave a column cut off at its edge, focus ring and all.
fn show_whole(list: &web_sys::Element, stop: &web_sys::HtmlElement) {
    // Offsets are measured from the band only when the band is the stop's offset parent.
    if stop.offset_parent().as_ref() != Some(list) {
        return;
    }
    let (left, right) = (stop.offset_left(), stop.offset_left() + stop.offset_width());
    let (from, to) = (list.scroll_left(), list.scroll_left() + list.client_width());
    if left < from || right > to {
        reveal_at_start(stop);
    }
}

/// An event's target or current target as an element.
fn element(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}
