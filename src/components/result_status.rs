//! The number of results, announced to screen readers as it changes.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;

/// "2 of 6 resolutions", in a `role="status"` element.
#[component]
pub fn ResultStatus() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let total = ctx.with_data(|d| d.resolutions.len());
    let t = tr();
    let text = move || {
        let shown = ctx.matches.with(|m| m.records.len());
        if shown == total {
            (t.all_shown)(total)
        } else {
            (t.shown_of)(shown, total)
        }
    };
    view! { <p class="result-status" role="status" aria-live="polite">{text}</p> }
}
