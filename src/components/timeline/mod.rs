//! The session timeline: a labelled region with an ordered list of sessions and events,
//! linked both ways to the cards and following the active filters.
//!
//! One component per file: [`Timeline`] here, [`item::TimelineItem`] for a session or a group
//! of loose events, [`event_list::EventList`] for a group's events (a few, then "Show all"),
//! [`entry::TimelineEntry`] for one event, [`session_votes::SessionVotes`] for a session's
//! recorded votes; [`dimming`] dims the events of filtered-out resolutions and [`keys`] makes
//! the whole timeline one Tab stop, moved through with the arrow keys.

pub mod dimming;
pub mod entry;
pub mod event_list;
pub mod item;
pub mod keys;
pub mod session_votes;

use leptos::prelude::*;

use crate::browser::clock::days_since_epoch;
use crate::browser::media::is_wide;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::state::SessionKey;
use crate::filter::timeline::{build, civil_from_days, Item};
use crate::filter::votes::by_session;

use dimming::Dimming;
use event_list::FoldedTarget;
use item::TimelineItem;
use keys::{keep_one_stop, move_between_stops, roam_from};

/// How many columns a timeline lays out in full; a longer one lays out those near the screen.
const MANY: usize = 40;

/// Sessions in time order (the membership term marked), each with its events and its recorded
/// votes; events outside sessions between them; undated events last. The timeline is one Tab
/// stop: the arrow keys move inside it.
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
        .filter(|i| matches!(i, Item::Session { .. } | Item::VotedIn { .. }))
        .count();
    // The followed state's votes in each session, counted once.
    let votes: Vec<(SessionKey, [u32; 4])> = ctx
        .follows()
        .map(|state| ctx.with_data(|d| by_session(d, &state)))
        .unwrap_or_default();
    let votes_in = move |key: SessionKey| votes.iter().find(|(k, _)| *k == key).map(|(_, c)| *c);
    Dimming::provide(ctx);
    FoldedTarget::provide(ctx, &items);
    // Past a few screens of columns, those off screen skip their layout (the stylesheet's
    // `tl-many`); a short timeline lays them all out, so the band never grows once painted.
    let many = items.len() > MANY;
    let list = NodeRef::<leptos::html::Ol>::new();
    let look_again = keep_one_stop(list);
    let strip = view! {
        <p class="hint" id="timeline-hint">{intro}</p>
        <ol class="tl" class:tl-many=many node_ref=list on:keydown=move_between_stops on:focusin=roam_from on:focusout=look_again>
            {items.into_iter().enumerate().map(|(group, item)| {
                let votes = item.session_key().and_then(&votes_in);
                view! { <TimelineItem item group votes/> }
            }).collect_view()}
        </ol>
    };
    // On a wide screen the timeline is a compact band near the top, always shown (the
    // stylesheet hides the open fold's summary there); on a phone it starts folded, so the cards
    // are not screens away. One form for both widths: the copy of the page made at build time
    // knows no width, and `index.html` opens its folds on a wide screen before the first paint,
    // so the app, drawn in its place, looks the same.
    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t.timeline}</h2>
            <details class="fold tl-fold" open=is_wide()>
                <summary>{(t.timeline_summary)(sessions)}</summary>
                {strip}
            </details>
        </section>
    }
}
