//! The number of results, announced to screen readers as it changes.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::state::View;

/// "2 of 6 resolutions", or "12 of 197 recorded votes", in a `role="status"` element.
#[component]
pub fn ResultStatus() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let (resolutions, votes) = ctx.with_data(|d| (d.resolutions.len(), d.votes.len()));
    let t = tr();
    let text = move || match ctx.view.get() {
        View::Initiatives => {
            let shown = ctx.matches.with(|m| m.records.len());
            if shown == resolutions {
                (t.all_shown)(resolutions)
            } else {
                (t.shown_of)(shown, resolutions)
            }
        }
        View::Votes => {
            let shown = ctx.vote_matches.with(|m| m.records.len());
            if shown == votes {
                (t.all_votes_shown)(votes)
            } else {
                (t.votes_shown_of)(shown, votes)
            }
        }
    };
    view! { <p class="result-status" role="status" aria-live="polite">{text}</p> }
}
