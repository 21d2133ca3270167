//! The printed page's first lines: where and when it was printed, and which view it shows.

use leptos::prelude::*;

use crate::browser::clock::local_days_since_epoch;
use crate::browser::page::site_address;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::open_file::PreviewSlot;
use crate::filter::timeline::date_from_days;
use crate::filter::Facet;

/// Shown only on paper: the page's address with its filters (or, for a previewed local file,
/// its name, since it has no address), the day, and the view in words, so that a printout says
/// what it is a printout of.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let site = site_address();
    let followed = ctx.followed_name();
    let preview = use_context::<PreviewSlot>().and_then(|slot| {
        slot.0
            .with_untracked(|p| p.as_ref().map(|p| p.name.clone()))
    });
    // Hidden on screen, so it costs a text change per view, never a layout. The day is read
    // again when printing starts, so a page left open overnight prints the right one.
    let from = move || {
        ctx.printing.track();
        // Rendered at build time (no address, natively), the page cannot know the day it will
        // be printed: the app, which takes its place, says it.
        if site.is_empty() && preview.is_none() {
            return String::new();
        }
        let today = t.date(&date_from_days(local_days_since_epoch()));
        match &preview {
            Some(name) => (t.printed_preview)(name, &today),
            None => ctx
                .view_query
                .with(|q| (t.printed_from)(&format!("{site}{q}"), &today)),
        }
    };
    let view = move || {
        ctx.state.with(|s| {
            t.view_words(
                s,
                &followed,
                |code| ctx.state_name(code),
                |facet, value| match facet {
                    Facet::Theme => ctx.theme(value).0,
                    _ => ctx.name(value),
                },
            )
        })
    };
    view! {
        <div class="print-only print-header">
            <p>{from}</p>
            <p>{view}</p>
        </div>
    }
}
