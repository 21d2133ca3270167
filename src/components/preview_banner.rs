//! The notice above a previewed local file: what is shown, and the way back.

use leptos::prelude::*;

use crate::components::open_file::PreviewSlot;

/// Says which local file is shown in place of the published record, that it went nowhere, and
/// offers "Close the preview".
#[component]
pub fn PreviewBanner(
    /// The previewed file's name.
    name: String,
) -> impl IntoView {
    let slot = expect_context::<PreviewSlot>();
    view! {
        <section class="preview-banner" role="status" aria-labelledby="preview-title">
            <h2 id="preview-title">{format!("Preview of {name}")}</h2>
            <p>"This file from your computer is shown in place of the published record. It was read in this page only and sent nowhere; problems in it are listed below as they would be for the published file."</p>
            <button type="button" class="button button-secondary" on:click=move |_| slot.0.set(None)>
                "Close the preview"
            </button>
        </section>
    }
}
