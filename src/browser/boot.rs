//! Starting the app: when the placeholder has been painted, and the service worker.

/// Whether the browser has painted the static placeholder (`hrcPainted`, set by the inline
/// script in `index.html`; browsers that cannot report the paint set it at once).
pub fn placeholder_painted() -> bool {
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
