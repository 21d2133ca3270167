//! The page as a whole: its address and base, its elements, focus and scrolling, the
//! browser's languages, and files offered for download.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    super::window()?.document()
}

/// Moves focus to the element with `id`, if it is on the page.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Every element of the page that `selector` matches, in document order (none if the selector
/// is invalid), for the few passes that touch mounted elements directly.
pub fn elements(selector: &str) -> Vec<web_sys::Element> {
    document()
        .and_then(|d| d.document_element())
        .map_or_else(Vec::new, |root| elements_in(&root, selector))
}

/// The elements under `root` that `selector` matches, in document order (none if the selector
/// is invalid).
pub fn elements_in(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(nodes) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Brings the element `id` into view at the top of the screen and focuses it without a second
/// scroll, unfolding any `<details>` that holds it (on phones the timeline and facets start
/// folded, and a folded element has no box to scroll to). Smooth unless the reader asks for
/// less motion. Returns false when there is no such element.
pub fn go_to_element(id: &str, smooth: bool) -> bool {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return false;
    };
    let mut parent = el.parent_element();
    while let Some(p) = parent {
        if p.tag_name().eq_ignore_ascii_case("details") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(if smooth {
        web_sys::ScrollBehavior::Smooth
    } else {
        web_sys::ScrollBehavior::Instant
    });
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
    true
}

/// Scrolls every box that holds `el` so that it starts at the box's start edge, and the page
/// the least needed to show it. For a scrolling strip with snap points at its items' starts,
/// where "the nearest" position would be snapped back to one that leaves the item cut off.
pub fn reveal_at_start(el: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Removes the element `id` from the page, if it is there.
pub fn remove(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.remove();
    }
}

/// The path the site is served under (e.g. "/hrc"), read from the document's `<base>` at run
/// time, because Trunk's `--public-url` is not passed to the Rust build.
pub fn base_path() -> String {
    document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|url| url.pathname().trim_end_matches('/').to_owned())
        .unwrap_or_default()
}

/// The site's address: the page's base, ending in `/`, where the data and sources live.
pub fn site_address() -> String {
    document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|url| {
            let path = url.pathname();
            let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
            format!("{}{dir}", url.origin())
        })
        .unwrap_or_default()
}

/// This page's address without its fragment.
pub fn address() -> String {
    let Some(location) = super::window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Sets `<html lang>`, which screen readers and hyphenation follow.
pub fn set_language(code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", code);
    }
}

/// The browser's preferred languages, most preferred first. Natively, those a build-time render
/// is given (`set_render_languages`).
pub fn browser_languages() -> Vec<String> {
    match super::window() {
        Some(w) => w
            .navigator()
            .languages()
            .iter()
            .filter_map(|l| l.as_string())
            .collect(),
        None => RENDER_LANGUAGES.with(|l| l.borrow().clone()),
    }
}

thread_local! {
    /// The languages a native render answers `browser_languages` with.
    static RENDER_LANGUAGES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Natively, the languages the views are rendered for, given as a reader's browser would give
/// them (in the browser the browser's own are used and this does nothing that is read).
pub fn set_render_languages(codes: &[&str]) {
    RENDER_LANGUAGES.with(|l| *l.borrow_mut() = codes.iter().map(|c| (*c).to_owned()).collect());
}

/// Whether the browser knows it has no connection.
pub fn is_offline() -> bool {
    super::window().is_some_and(|w| !w.navigator().on_line())
}

/// Whether the page is in a tab the reader cannot see (nothing is painted there).
pub fn is_hidden() -> bool {
    document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Offers `body` as a file named `name` of type `kind`: a Blob behind a temporary link with
/// `download`.
pub fn save_file(name: &str, body: &str, kind: &str) {
    let parts = js_sys::Array::of1(&body.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Some(document) = document() else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        // `external`, so the router leaves the click to the browser.
        link.set_rel("external");
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    // Revoked once the browser has surely started the download (some start it later than
    // the click), not before.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}
