//! The shell's states: the error view and the problems list.

use std::cell::Cell;
use std::rc::Rc;

use hrc_record::api::LoadError;
use hrc_record::components::load_error::LoadErrorView;
use hrc_record::components::problems::DataProblems;
use hrc_record::model::{self, ParseError};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{by_role, click, container, text};

// Guards the failed state: an alert that names the URL and status, and a working "Try again".
#[wasm_bindgen_test]
fn http_error_is_an_alert_with_url_status_and_retry() {
    let root = container();
    let retried = Rc::new(Cell::new(0));
    let counter = retried.clone();
    let error = LoadError::Http {
        url: "http://127.0.0.1/hrc/data/x.json".into(),
        status: 404,
        status_text: "Not Found".into(),
    };
    let _handle = mount_to(root.clone(), move || {
        view! { <LoadErrorView error on_retry=move || counter.set(counter.get() + 1)/> }
    });
    let alert = by_role(&root, "alert", "could not be loaded");
    let said = text(&alert);
    assert!(
        said.contains("http://127.0.0.1/hrc/data/x.json answered HTTP 404 Not Found"),
        "{said}"
    );
    click(&by_role(&root, "button", "Try again"));
    click(&by_role(&root, "button", "Try again"));
    assert_eq!(retried.get(), 2);
}

// Guards the JSON error's line and column reaching the reader.
#[wasm_bindgen_test]
fn json_error_shows_line_and_column() {
    let root = container();
    let error = LoadError::Data {
        url: "data/x.json".into(),
        error: ParseError::Syntax {
            line: 3,
            column: 7,
            message: "expected value".into(),
        },
    };
    let _handle = mount_to(
        root.clone(),
        move || view! { <LoadErrorView error on_retry=|| ()/> },
    );
    let said = text(&by_role(&root, "alert", ""));
    assert!(
        said.contains("expected value at line 3, column 7"),
        "{said}"
    );
}

// Guards the per-record problems list: record, field and message are all shown.
#[wasm_bindgen_test]
fn problems_name_record_field_and_message() {
    let root = container();
    let file = r#"{"format":1,"profile":{"title":"T","state":{"name":"K"}},
        "sources":[{"id":"s","title":"S","publisher":"P","url":"https://example.org","kind":"secondary"}],
        "resolutions":[{"id":"res-a","title":"A","role":"led","adopted":"2024-13-40","outcome":{"kind":"not_stated"},"citations":[{"source":"s"}]}]}"#;
    let problems = model::parse(file).unwrap().problems;
    let _handle = mount_to(root.clone(), move || view! { <DataProblems problems/> });
    let alert = by_role(&root, "alert", "1 problem in the data file");
    let said = text(&alert);
    assert!(
        said.contains("resolutions[0] \"res-a\" (line 3), field adopted"),
        "{said}"
    );
    assert!(said.contains("month 13 does not exist"), "{said}");
}

// Guards the quiet case: a clean file shows no alert at all.
#[wasm_bindgen_test]
fn no_problems_no_alert() {
    let root = container();
    let _handle = mount_to(
        root.clone(),
        || view! { <DataProblems problems=Vec::new()/> },
    );
    assert!(crate::dom::all_by_role(&root, "alert", "").is_empty());
}
