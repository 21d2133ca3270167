//! The timeline component against the shipped data.

use hrc_record::components::timeline::Timeline;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{all_by_role, by_role, container, text, tick};
use crate::record::{loaded, set_query, WithRecord};

// Guards the timeline's structure for assistive technology: a region named "Timeline" holding
// an ordered list, every dated event an <li> with a <time datetime> at its precision.
#[wasm_bindgen_test]
async fn timeline_is_a_labelled_region_with_timed_events() {
    set_query("");
    let root = container();
    let data = loaded();
    let _h = mount_to(root.clone(), move || {
        view! { <Router><WithRecord loaded=data><Timeline/></WithRecord></Router> }
    });
    tick().await;
    let region = by_role(&root, "region", "Timeline");
    // The outer list is ordered, and its first items are the first sessions, in order.
    let list = region.query_selector("ol.tl").unwrap().unwrap();
    assert_eq!(list.tag_name(), "OL");
    let items = list.children();
    let first: Vec<String> = (0..3)
        .filter_map(|i| items.item(i))
        .map(|li| text(&li.query_selector("h3").unwrap().unwrap()))
        .collect();
    // A special session, known from its votes, sits between the regular ones by date.
    assert_eq!(first, ["HRC 49", "Special session S-34", "HRC 50"]);
    // It was held in the term, and is marked as the regular sessions of the term are, beside
    // its heading (the heading's name stays the session's alone).
    let special = items.item(1).unwrap();
    let badge = special.query_selector(".badge-term").unwrap().unwrap();
    assert_eq!(text(&badge), "Member");
    let sessions = all_by_role(&region, "heading", "HRC ");
    assert_eq!(sessions.len(), 11);
    let panel = region
        .query_selector("#ev-report-a-hrc-59-33 time")
        .unwrap()
        .unwrap();
    assert_eq!(panel.get_attribute("datetime").as_deref(), Some("2025-06"));
    assert_eq!(panel.text_content().as_deref(), Some("June 2025"));
}

// Guards the timeline as one Tab stop: one of its links is in the Tab order, and the arrow
// keys (a keyboard user's keydown) move focus to the next link or button.
#[wasm_bindgen_test]
async fn arrow_keys_move_focus_between_events() {
    set_query("");
    let root = container();
    let data = loaded();
    let _h = mount_to(root.clone(), move || {
        view! { <Router><WithRecord loaded=data><Timeline/></WithRecord></Router> }
    });
    tick().await;
    let links = root
        .query_selector_all("ol.tl a[href], ol.tl button")
        .unwrap();
    let stops = (0..links.length())
        .filter_map(|i| links.item(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .filter(|e| e.tab_index() == 0)
        .count();
    assert_eq!(stops, 1, "the timeline is one Tab stop");
    let first: web_sys::HtmlElement = links.item(0).unwrap().unchecked_into();
    let second: web_sys::HtmlElement = links.item(1).unwrap().unchecked_into();
    first.focus().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    first
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
    let active = document().active_element().unwrap();
    assert!(
        active == *second.unchecked_ref::<web_sys::Element>(),
        "focus moved to the next link"
    );
}
