//! Starting the app: when the page's first content has been painted, mounting behind the
//! build's copy of the record and taking its place, and the service worker.

use wasm_bindgen::JsCast;

use super::page::elements_in;

/// Whether the browser has painted what the HTML holds, the build's copy of the record or the
/// placeholder (`hrcPainted`, set by the inline script in `index.html`; browsers that cannot
/// report the paint set it at once).
pub fn content_painted() -> bool {
    super::window().is_none_or(|window| {
        js_sys::Reflect::get(&window, &"hrcPainted".into()).map_or(true, |v| v.is_truthy())
    })
}

/// Registers `sw.js` (written by the release build) beside the page, where browsers have
/// service workers: they do only in secure contexts, so a plain-http host simply goes without.
pub fn register_service_worker() {
    let Some(window) = super::window() else {
        return;
    };
    let navigator = window.navigator();
    let has_workers = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .is_ok_and(|sw| !sw.is_undefined() && !sw.is_null());
    if has_workers {
        // The promise settles on its own; a refusal (private modes) only means no offline copy.
        let _ = navigator.service_worker().register("sw.js");
    }
}

/// What can take focus in the page, in the order the copy and the app both draw it.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Where the app mounts while the build's copy of the record (`#boot[data-prerendered]`, see
/// `prerender.rs`) is on screen: a hidden element at the end of the body, made here. None when
/// the page holds no such copy (a development build), or natively.
pub fn hidden_host() -> Option<web_sys::HtmlElement> {
    let document = super::window()?.document()?;
    document
        .get_element_by_id("boot")
        .filter(|boot| boot.has_attribute("data-prerendered"))?;
    let host: web_sys::HtmlElement = document.create_element("div").ok()?.unchecked_into();
    host.set_id("app");
    host.set_hidden(true);
    document.body()?.append_child(&host).ok()?;
    Some(host)
}

/// Whether the app is being drawn behind the build's copy of the record, not yet in its place.
/// Its first draw then leaves the URL's fragment to `take_over`, which knows whether the reader
/// has been there already.
pub fn behind_copy() -> bool {
    super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .is_some_and(|app| app.has_attribute("hidden"))
}

/// Whether the copy shows the view the address asks for: no `view-pending` or `other-record`
/// on `<html>` (set by the inline script in `index.html`).
fn copy_shows_view(document: &web_sys::Document) -> bool {
    !document.document_element().is_some_and(|html| {
        let classes = html.class_list();
        classes.contains("view-pending") || classes.contains("other-record")
    })
}

/// Puts the app, drawn hidden, in the place of the build's copy of the record, in one task, so
/// that the browser never paints one without the other: the folds the reader opened or closed
/// stay so, and focus moves to the same place in the app (found by its position among what can
/// take focus; the two are drawn by the same components). The scroll position holds by itself,
/// since the app's page lays out as the copy did.
///
/// The URL's fragment: where the copy showed the view, the browser has taken the reader there
/// already (and they may have moved on), so its element only gets focus if nothing else had it,
/// as the app gives it; where the copy stood aside for another view, the app goes there now.
/// Does nothing once done.
pub fn take_over() {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(boot), Some(app)) = (
        document.get_element_by_id("boot"),
        document.get_element_by_id("app"),
    ) else {
        return;
    };
    let shown = copy_shows_view(&document);
    let focused = document.active_element().and_then(|active| {
        elements_in(&boot, FOCUSABLE)
            .iter()
            .position(|el| *el == active)
    });
    let (from, to) = (elements_in(&boot, "details"), elements_in(&app, "details"));
    if from.len() == to.len() {
        for (a, b) in from.iter().zip(&to) {
            let _ = if a.has_attribute("open") {
                b.set_attribute("open", "")
            } else {
                b.remove_attribute("open")
            };
        }
    }
    boot.remove();
    app.remove_attribute("hidden").ok();
    let target = match (focused, fragment(&document)) {
        (Some(i), _) => elements_in(&app, FOCUSABLE).into_iter().nth(i),
        (None, Some(id)) if !shown => {
            super::page::go_to_element(&id, false);
            return;
        }
        (None, Some(id)) => document.get_element_by_id(&id),
        (None, None) => None,
    };
    if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// The URL's fragment, decoded, without its `#`, if it has one.
fn fragment(document: &web_sys::Document) -> Option<String> {
    let hash = document.location()?.hash().ok()?;
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
}
