//! The notice above a previewed local file: what is shown, and the way back.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::open_file::PreviewSlot;

/// Says which local file is shown in place of the published record, that it went nowhere, and
/// offers "Close the preview". Focus moves to its heading when a file opens (the control that
/// opened it is gone) and to the record when it closes.
#[component]
pub fn PreviewBanner(
    /// The previewed file's name.
    name: String,
) -> impl IntoView {
    let slot = expect_context::<PreviewSlot>();
    request_animation_frame(|| focus("preview-title"));
    let close = move |_| {
        slot.0.set(None);
        request_animation_frame(|| focus("main"));
    };
    view! {
        <section class="preview-banner" aria-labelledby="preview-title">
            <h2 id="preview-title" tabindex="-1">{format!("Preview of {name}")}</h2>
            <p>"This file from your computer is shown in place of the published record. It was read in this page only and sent nowhere; problems in it are listed below as they would be for the published file."</p>
            <button type="button" class="button button-secondary" on:click=close>
                "Close the preview"
            </button>
        </section>
    }
}

/// Moves focus to the element with `id`, if it is on the page.
fn focus(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
