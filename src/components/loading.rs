//! The loading state, matching the static placeholder in `index.html`.

use leptos::prelude::*;

/// A placeholder shown while the dataset is on its way.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <p>"Loading the record…"</p>
            <div class="skeleton" aria-hidden="true">
                <div></div>
                <div></div>
                <div></div>
            </div>
        </div>
    }
}
