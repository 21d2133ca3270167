//! The loading state, matching the static placeholder in `index.html`.

use leptos::prelude::*;

use crate::components::language::tr;

/// A placeholder shown while the dataset is on its way.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <p>{tr().loading_record}</p>
            <div class="skeleton" aria-hidden="true">
                <div></div>
                <div></div>
                <div></div>
            </div>
        </div>
    }
}
