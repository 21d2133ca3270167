//! The views rendered natively to HTML (Leptos `ssr`), as a build-time render of the record
//! would: the same components as in the browser, with the browser adapters answering as a
//! browser without any feature would.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use hrc_record::lang::Lang;
use hrc_record::{model, prerender};

/// The shipped record's default view (no filters), rendered to HTML.
fn render(lang: Lang) -> String {
    let text = std::fs::read_to_string("public/data/kazakhstan-hrc-2022-2024.json").unwrap();
    let loaded = Arc::new(model::parse(&text).expect("the shipped record loads"));
    prerender::render(loaded, lang)
}

// Guards the ground a build-time render stands on: the record view builds natively without
// calling into a browser, and its HTML holds the record itself (the title, the first cards,
// the timeline), not a loading state.
#[test]
fn the_record_view_renders_to_html_natively() {
    let html = render(Lang::En);
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

// Each language's copy speaks that language (its interface words and its translated title)
// and keeps the record's own texts as written; none carries the markers Leptos leaves for
// hydration, and every control in it is disabled, since none works until the app runs.
#[test]
fn each_language_renders_its_own_copy() {
    let en = render(Lang::En);
    let ru = render(Lang::Ru);
    let kk = render(Lang::Kk);
    assert!(
        ru.contains("Казахстан в Совете ООН по правам человека"),
        "the editors' Russian title"
    );
    assert!(kk.contains("Қазақша"), "the language menu");
    assert!(ru.contains("Хронология") && !en.contains("Хронология"));
    for (html, lang) in [(&en, "en"), (&ru, "ru"), (&kk, "kk")] {
        assert!(!html.contains("<!>"), "{lang}: hydration markers");
        assert!(
            html.contains("Ensuring quality education for peace and tolerance"),
            "{lang}: the record's own title of 54/5"
        );
        for control in ["<button", "<input", "<select"] {
            // Every tag of the control, with attributes or without, is a disabled one.
            let all = html.matches(&format!("{control} ")).count()
                + html.matches(&format!("{control}>")).count();
            let disabled = html.matches(&format!("{control} disabled")).count();
            assert!(
                all > 0 && all == disabled,
                "{lang}: {disabled} of {all} {control} disabled"
            );
        }
        let pending = html.find("boot-pending").unwrap();
        assert!(
            html.find("</header>").unwrap() < pending,
            "{lang}: the notes follow the masthead"
        );
    }
}
