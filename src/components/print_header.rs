//! The printed page's first lines: where and when it was printed, and which view it shows.

use leptos::prelude::*;

use crate::browser::clock::days_since_epoch;
use crate::browser::page::site_address;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::timeline::date_from_days;

/// Shown only on paper: the page's address with its filters, the day, and the view in words,
/// so that a printout says what it is a printout of.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let today = t.date(&date_from_days(days_since_epoch()));
    let site = site_address();
    let followed = ctx.followed_name();
    // Hidden on screen, so it costs a text change per view, never a layout.
    let from = move || {
        ctx.view_query
            .with(|q| (t.printed_from)(&format!("{site}{q}"), &today))
    };
    let view = move || {
        ctx.state
            .with(|s| t.view_words(s, &followed, |code| ctx.state_name(code)))
    };
    view! {
        <div class="print-only print-header">
            <p>{from}</p>
            <p>{view}</p>
        </div>
    }
}
