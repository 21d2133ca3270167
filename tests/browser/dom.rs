//! Finding elements the way a screen reader would: by role and accessible name.
//!
//! A small subset of the ARIA rules, enough for this app's markup: explicit `role`, the implicit
//! roles of the elements it uses, and names from `aria-label`, `aria-labelledby`, `<label>` or
//! text content.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A fresh container in the document body, for one test's component.
pub fn container() -> HtmlElement {
    let doc = document();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// The element's role: its `role` attribute, or the implicit role of its tag.
pub fn role_of(el: &Element) -> Option<String> {
    if let Some(role) = el.get_attribute("role") {
        return Some(role);
    }
    let tag = el.tag_name().to_ascii_lowercase();
    let role = match tag.as_str() {
        "button" => "button",
        "a" if el.has_attribute("href") => "link",
        "article" => "article",
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
        "ul" | "ol" => "list",
        "li" => "listitem",
        "nav" => "navigation",
        "main" => "main",
        "fieldset" => "group",
        "section" if el.has_attribute("aria-label") || el.has_attribute("aria-labelledby") => {
            "region"
        }
        "input" => match el.get_attribute("type").as_deref() {
            Some("checkbox") => "checkbox",
            Some("search") => "searchbox",
            _ => "textbox",
        },
        _ => return None,
    };
    Some(role.to_owned())
}

/// The accessible name, roughly as browsers compute it for these elements.
pub fn name_of(el: &Element) -> String {
    let doc = document();
    if let Some(label) = el.get_attribute("aria-label") {
        return label;
    }
    if let Some(ids) = el.get_attribute("aria-labelledby") {
        return ids
            .split_whitespace()
            .filter_map(|id| doc.get_element_by_id(id))
            .map(|e| text(&e))
            .collect::<Vec<_>>()
            .join(" ");
    }
    if el.tag_name().eq_ignore_ascii_case("input") {
        if let Some(label) = doc
            .query_selector(&format!("label[for='{}']", el.id()))
            .ok()
            .flatten()
        {
            return text(&label);
        }
    }
    if el.tag_name().eq_ignore_ascii_case("fieldset") {
        if let Some(legend) = el.query_selector("legend").ok().flatten() {
            return text(&legend);
        }
    }
    text(el)
}

/// Text content with runs of white space collapsed.
pub fn text(el: &Element) -> String {
    el.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every element under `root` with `role`, whose name contains `name`.
pub fn all_by_role(root: &Element, role: &str, name: &str) -> Vec<Element> {
    let nodes = root.query_selector_all("*").unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter(|e| role_of(e).as_deref() == Some(role) && name_of(e).contains(name))
        .collect()
}

/// The one element under `root` with `role` whose name contains `name`; panics with what was
/// found otherwise, so a failing test says why.
pub fn by_role(root: &Element, role: &str, name: &str) -> Element {
    let mut found = all_by_role(root, role, name);
    match found.len() {
        1 => found.remove(0),
        n => {
            let names: Vec<String> = all_by_role(root, role, "").iter().map(name_of).collect();
            panic!("expected one {role} named {name:?}, found {n}; {role}s here: {names:?}")
        }
    }
}

/// Lets the reactive system and pending futures run.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits for the browser to be idle: what the app leaves for idle time (the URL a search was
/// typed into, counts) has run by then, since idle callbacks run in the order they were asked.
pub async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_idle_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Clicks an element as a user would.
pub fn click(el: &Element) {
    el.unchecked_ref::<HtmlElement>().click();
}
