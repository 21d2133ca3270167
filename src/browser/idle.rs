//! Work for when the browser is idle.

use wasm_bindgen::{closure::Closure, JsCast};

/// Runs `f` when the browser is idle (after the next paint), or within 100 ms at the latest.
/// Browsers without `requestIdleCallback` (Safari) run it after the next frame instead.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = super::window() else {
        return f();
    };
    let callback = Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(100);
    let function = callback.unchecked_ref::<js_sys::Function>();
    if window
        .request_idle_callback_with_options(function, &options)
        .is_err()
    {
        // After the frame: a task queued from requestAnimationFrame runs once it has painted.
        let later = Closure::once_into_js(move || {
            if let Some(w) = super::window() {
                let _ = w.set_timeout_with_callback(&callback.unchecked_into());
            }
        });
        let _ = window.request_animation_frame(later.unchecked_ref());
    }
}
