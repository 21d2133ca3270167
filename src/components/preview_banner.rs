//! The notice above a previewed local file: what is shown, and the way back.

use leptos::prelude::*;

use crate::browser::page::focus_by_id;
use crate::components::language::{tr, UiLang};
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
    if !UiLang::is_switching() {
        request_animation_frame(|| focus_by_id("preview-title"));
    }
    let t = tr();
    let close = move |_| {
        slot.0.set(None);
        request_animation_frame(|| focus_by_id("main"));
    };
    view! {
        <section class="preview-banner" aria-labelledby="preview-title">
            <h2 id="preview-title" tabindex="-1">{(t.preview_of)(&name)}</h2>
            <p>{t.preview_banner}</p>
            <button type="button" class="button button-secondary" on:click=close>
                {t.close_preview}
            </button>
        </section>
    }
}
