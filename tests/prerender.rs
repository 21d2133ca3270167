//! The views rendered natively to HTML (Leptos `ssr`), as a build-time render of the record
//! would: the same components as in the browser, with the browser adapters answering as a
//! browser without any feature would.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use hrc_record::components::context::RecordCache;
use hrc_record::components::language::UiLang;
use hrc_record::components::open_file::PreviewSlot;
use hrc_record::components::record_view::RecordView;
use hrc_record::model;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;

/// The shipped record's default view (no filters), rendered to HTML.
fn render() -> String {
    let text = std::fs::read_to_string("public/data/kazakhstan-hrc-2022-2024.json").unwrap();
    let loaded = Arc::new(model::parse(&text).expect("the shipped record loads"));
    // Leptos renders on its executor, under a server's shared context (so that `is_server()`
    // holds and nothing waits for a browser), for a request of the site's root.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    owner.with(|| {
        provide_context(RequestUrl::new("/"));
        leptos_meta::provide_meta_context();
        view! {
            <Router>
                {
                    UiLang::provide();
                    RecordCache::provide();
                    provide_context(PreviewSlot(RwSignal::new(None), StoredValue::new(0)));
                    view! { <div class="page"><RecordView loaded/></div> }
                }
            </Router>
        }
        .to_html()
    })
}

// Guards the ground a build-time render stands on: the record view builds natively without
// calling into a browser, and its HTML holds the record itself (the title, the first cards,
// the timeline), not a loading state.
#[test]
fn the_record_view_renders_to_html_natively() {
    let html = render();
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("public/data/kazakhstan-hrc-2022-2024.json").unwrap(),
    )
    .unwrap();
    assert!(html.contains("<h1"), "a heading");
    assert!(html.contains("Kazakhstan at the UN Human Rights Council"));
    let articles = html.matches("<article").count();
    assert!(articles >= 6, "{articles} cards");
    for r in data["resolutions"].as_array().unwrap() {
        let title = r["title"].as_str().unwrap().replace('\'', "&#x27;");
        assert!(html.contains(&title), "the card of {title}");
    }
    assert!(html.contains("HRC 54"), "the timeline's sessions");
    assert!(!html.contains("Loading"), "no loading state");
}
