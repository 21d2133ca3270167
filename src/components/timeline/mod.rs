//! The session timeline: a labelled region with an ordered list of sessions and events,
//! linked both ways to the cards and following the active filters.
//!
//! One component per file: [`Timeline`] here, [`item::TimelineItem`] for a session or a group
//! of loose events, [`event_list::EventList`] for a group's events (a few, then "Show all"),
//! [`entry::TimelineEntry`] for one event; [`dimming`] dims the events of filtered-out
//! resolutions and [`keys`] moves between events with the arrow keys.

pub mod dimming;
pub mod entry;
pub mod event_list;
pub mod item;
pub mod keys;

use leptos::prelude::*;

use crate::browser::clock::days_since_epoch;
use crate::browser::media::is_wide;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::timeline::{build, civil_from_days, Item};

use dimming::Dimming;
use event_list::FoldedTarget;
use item::TimelineItem;
use keys::move_between_events;

/// Sessions in time order (the membership term marked), each with its events; events outside
/// sessions between them; undated events last. Tab and the arrow keys move between events.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let items = ctx.with_data(|d| build(d, civil_from_days(days_since_epoch())));
    let (state_name, terms) = ctx.with_data(|d| {
        let terms: Vec<String> = d
            .profile
            .memberships
            .iter()
            .map(|m| format!("{}–{}", m.from.year_value(), m.to.year_value()))
            .collect();
        (d.profile.state.name.clone(), terms)
    });
    let intro = if terms.is_empty() {
        format!("{} {}", t.timeline_intro_plain, t.timeline_keys)
    } else {
        format!(
            "{} {}",
            (t.timeline_intro)(&state_name, &terms.join(", ")),
            t.timeline_keys
        )
    };
    let sessions = items
        .iter()
        .filter(|i| matches!(i, Item::Session { .. }))
        .count();
    // On a phone the timeline starts folded, so the resolutions are not screens away; on a wide
    // screen it is a band near the top and starts open.
    let open = is_wide();
    Dimming::provide(ctx);
    FoldedTarget::provide(ctx, &items);
    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t.timeline}</h2>
            <details class="fold" open=open>
                <summary>{(t.timeline_summary)(sessions)}</summary>
                <p class="hint">{intro}</p>
                <ol class="tl" on:keydown=move_between_events>
                    {items.into_iter().enumerate().map(|(group, item)| view! { <TimelineItem item group/> }).collect_view()}
                </ol>
            </details>
        </section>
    }
}
