//! The browser adapters: every call into the browser that a component would otherwise make
//! itself, each behind a small function.
//!
//! Components ask here for what the browser as a whole knows or does (the screen's width and
//! colour scheme, the reader's stored choices, idle time, printing, the clock, painting over
//! text, moving focus, saving a file) rather than calling web-sys for it themselves; they touch
//! web-sys only for their own elements and events. That keeps the page-wide browser calls in
//! one place, so that the views can also be built natively (where every web-sys call panics)
//! by putting stubs behind this one seam. This module imports nothing of the app's own.

pub mod boot;
pub mod clock;
pub mod idle;
pub mod media;
pub mod page;
pub mod paint;
pub mod print;
pub mod share;
pub mod storage;

/// The browser window, where there is one. Natively, where the views are rendered to HTML at
/// build time, there is none, and every adapter answers as a browser without the feature would
/// (nothing remembered, no media query matching, no idle callback to wait for), so that building
/// a view never calls into a browser that is not there.
pub(crate) fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}
