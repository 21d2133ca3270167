//! The number of results, announced to screen readers as it changes.

use leptos::prelude::*;

use crate::components::context::RecordCtx;

/// "2 of 6 resolutions", in a `role="status"` element.
#[component]
pub fn ResultStatus() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let total = ctx.with_data(|d| d.resolutions.len());
    let text = move || {
        let shown = ctx.matches.with(|m| m.records.len());
        let noun = if total == 1 {
            "resolution"
        } else {
            "resolutions"
        };
        if shown == total {
            format!("All {total} {noun}")
        } else {
            format!("{shown} of {total} {noun}")
        }
    };
    view! { <p class="result-status" role="status" aria-live="polite">{text}</p> }
}
