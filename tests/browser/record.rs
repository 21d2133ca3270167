//! The record's components, mounted against the shipped data inside a router, as the app
//! mounts them.

use std::sync::Arc;

use hrc_record::components::card::Card;
use hrc_record::components::context::RecordCtx;
use hrc_record::components::facet::FacetGroup;
use hrc_record::components::result_status::ResultStatus;
use hrc_record::components::search_box::SearchBox;
use hrc_record::filter::Facet;
use hrc_record::model::{self, Loaded};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::dom::{all_by_role, by_role, click, container, idle, text, tick};

const DATA: &str = include_str!("../../public/data/kazakhstan-hrc-2022-2024.json");

pub fn loaded() -> Arc<Loaded> {
    Arc::new(model::parse(DATA).expect("the shipped data parses"))
}

/// Puts `query` in the test page's URL, as a reader's link would, before mounting.
pub fn set_query(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// Provides the record's context to `children`, as the record view does.
#[component]
pub fn WithRecord(loaded: Arc<Loaded>, children: Children) -> impl IntoView {
    RecordCtx::provide(loaded);
    children()
}

// Guards the card's anatomy: an article named by its heading, with role, symbol, outcome and
// date in words, and its sources behind a "Sources (n)" disclosure that counts each source once
// however often it is cited.
#[wasm_bindgen_test]
async fn card_is_an_article_with_the_facts() {
    set_query("");
    let root = container();
    let data = loaded();
    let cited = &data.dataset.resolutions[0].citations;
    let ids: Vec<&str> = cited.iter().map(|c| c.source.as_ref()).collect();
    let n = (0..ids.len())
        .filter(|&i| !ids[..i].contains(&ids[i]))
        .count();
    assert!(n < cited.len(), "a source cited more than once");
    let _h = mount_to(root.clone(), move || {
        view! { <Router><WithRecord loaded=data><Card index=0/></WithRecord></Router> }
    });
    tick().await;
    let card = by_role(
        &root,
        "article",
        "Ensuring quality education for peace and tolerance for every child",
    );
    assert_eq!(card.id(), "res-education-peace-tolerance");
    let said = text(&card);
    for expected in [
        "Led",
        "Resolution 54/5",
        "HRC 54",
        "Adopted unanimously, 11 October 2023",
        // What the press item says of both initiatives together is marked as such.
        "Said of several texts together, not of this one alone",
        &format!("Sources ({n})"),
    ] {
        assert!(said.contains(expected), "missing {expected:?} in {said}");
    }
    let permalink = by_role(&card, "link", "Permalink");
    assert_eq!(
        permalink.get_attribute("href").as_deref(),
        Some("#res-education-peace-tolerance")
    );
    let official = by_role(
        &card,
        "link",
        "Official text of A/HRC/RES/54/5 (undocs.org)",
    );
    assert_eq!(
        official.get_attribute("href").as_deref(),
        Some("https://undocs.org/A/HRC/RES/54/5")
    );
    assert_eq!(
        all_by_role(&card, "heading", "").len(),
        2,
        "the title and Follow-ups"
    );
}

// Guards facets: a labelled group, counts given the other filters, zero options disabled, and
// a click that writes the URL.
#[wasm_bindgen_test]
async fn facet_counts_disables_and_writes_the_url() {
    set_query("?role=led");
    let root = container();
    let data = loaded();
    let _h = mount_to(root.clone(), move || {
        view! { <Router><WithRecord loaded=data><FacetGroup facet=Facet::Theme/></WithRecord></Router> }
    });
    tick().await;
    let group = by_role(&root, "group", "Theme");
    let justice = by_role(&group, "checkbox", "Justice (0)");
    assert!(justice.unchecked_ref::<HtmlInputElement>().disabled());
    let education = by_role(&group, "checkbox", "Education (1)");
    assert!(!education.unchecked_ref::<HtmlInputElement>().disabled());
    click(&education);
    tick().await;
    assert_eq!(search(), "?theme=Education&role=led");
    assert!(education.unchecked_ref::<HtmlInputElement>().checked());
    set_query("");
}

// Guards the search box: a visible label containing "Search", and typing that filters at once
// and reaches the URL once the browser is idle.
#[wasm_bindgen_test]
async fn search_box_is_labelled_and_writes_the_url() {
    set_query("");
    let root = container();
    let data = loaded();
    let _h = mount_to(root.clone(), move || {
        view! { <Router><WithRecord loaded=data><SearchBox/><ResultStatus/></WithRecord></Router> }
    });
    tick().await;
    let status = by_role(&root, "status", "");
    assert_eq!(text(&status), "All 6 resolutions");
    let input = by_role(&root, "searchbox", "Search");
    let input: &HtmlInputElement = input.unchecked_ref();
    input.set_value("optional protocol");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    tick().await;
    assert_eq!(text(&status), "1 of 6 resolutions");
    idle().await;
    assert_eq!(search(), "?q=optional%20protocol");
    set_query("");
}
