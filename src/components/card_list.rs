//! The matching records of the list shown, as cards, or an explanation when none match.
//!
//! Cards mount a page at a time ("Show more"), so a search over thousands of records renders
//! no more than a page, and typing never waits on thousands of cards. When the results change,
//! the first few draw before the paint and the rest of the page once the browser is idle.

use leptos::prelude::*;

use crate::browser::page::focus_by_id;
use crate::components::card::Card;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::components::vote_card::VoteCard;
use crate::filter::paging::{self, PAGE};
use crate::filter::state::View;
use crate::filter::FilterState;
use crate::model::vote_id;

/// The cards of the matching records of `view` (resolutions or votes), a page at a time,
/// keyed so that filtering only mounts and unmounts.
#[component]
pub fn CardList(
    /// Which list: the initiatives or the votes.
    #[prop(default = View::Initiatives)]
    view: View,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let t = tr();
    let records = match view {
        View::Initiatives => ctx.ranked,
        View::Votes => ctx.vote_records,
    };
    // The element id of the record at a position, as its card carries it.
    let id_of = move |i: usize| {
        ctx.with_data(|d| match view {
            View::Initiatives => d.resolutions.get(i).map(|r| r.id.clone()),
            View::Votes => d.votes.get(i).map(|v| vote_id(&v.symbol)),
        })
    };
    // Extra pages asked for, and the view they were asked for: a new filter starts again at one
    // page without an effect to reset it.
    let more = RwSignal::new((String::new(), 0usize));
    let target = Memo::new(move |_| {
        ctx.hash.with(|h| {
            ctx.with_data(|d| match view {
                View::Initiatives => d.resolutions.iter().position(|r| r.id == *h),
                View::Votes => d.votes.iter().position(|v| vote_id(&v.symbol) == *h),
            })
        })
    });
    let limit = Memo::new(move |_| {
        let extra = more.with(|(q, n)| ctx.view_query.with(|cur| if q == cur { *n } else { 0 }));
        // A card named by the URL fragment is always mounted, however far down it is.
        let target = target
            .get()
            .and_then(|t| records.with(|r| r.iter().position(|&i| i == t)));
        paging::limit(extra, target, ctx.printing.get())
    });
    // Records are keyed by their position in the immutable dataset, which identifies them as
    // well as their id does and costs no string copy per update.
    let shown = Memo::new(move |_| {
        records.with(|records| {
            records
                .iter()
                .take(limit.get())
                .copied()
                .collect::<Vec<_>>()
        })
    });
    // What was shown when the view last settled (the browser idle after a change).
    let settled_shown = Memo::new(move |_| {
        ctx.settled.track();
        shown.get_untracked()
    });
    // The cards drawn now (see `filter::paging::drawn`).
    let drawn = Memo::new(move |before: Option<&Vec<usize>>| {
        shown.with(|now| {
            settled_shown.with(|settled| {
                paging::drawn(
                    now,
                    settled,
                    before.map(Vec::as_slice),
                    target.get(),
                    ctx.printing.get(),
                )
            })
        })
    });
    let total = move || records.with(Vec::len);
    let hidden = move || total().saturating_sub(limit.get());
    let show_more = move |_| {
        let first_new = shown.with(Vec::len);
        let query = ctx.view_query.get_untracked();
        // From what is mounted now, which a fragment may have pulled past the pages asked for.
        let mounted = limit.get_untracked();
        more.set((query, mounted));
        // Keyboard and screen-reader users continue at the first new card.
        let id = records.with_untracked(|r| r.get(first_new).copied().and_then(id_of));
        if let Some(id) = id {
            request_animation_frame(move || focus_by_id(&id));
        }
    };
    let show_all = move |_| {
        nav.go(&ctx.state.with_untracked(FilterState::cleared));
        // The button disappears with the empty state: keep focus on the results.
        request_animation_frame(|| focus_by_id("main"));
    };
    let (no_match, show_all_label, printed_note) = match view {
        View::Initiatives => (t.no_match, t.show_all_resolutions, t.printed_note),
        View::Votes => (t.no_match_votes, t.show_all_votes, t.printed_note_votes),
    };
    view! {
        <Show when=move || total() == 0 fallback=move || view! {
            <div class="cards">
                <For each=move || drawn.get() key=|i| *i let:i>
                    {match view {
                        View::Initiatives => view! { <Card index=i/> }.into_any(),
                        View::Votes => view! { <VoteCard index=i/> }.into_any(),
                    }}
                </For>
            </div>
            {move || (hidden() > 0).then(|| view! {
                <p class="more">
                    <button type="button" class="button button-secondary" on:click=show_more>
                        {move || (t.show_more)(hidden().min(PAGE), hidden())}
                    </button>
                </p>
                <p class="print-only">
                    {move || printed_note(limit.get(), total())}
                </p>
            })}
        }>
            <div class="empty">
                <p><strong>{no_match}</strong></p>
                <p>{move || ctx.state.with(|s| t.explain(s))}</p>
                <button type="button" class="button" on:click=show_all>
                    {show_all_label}
                </button>
            </div>
        </Show>
    }
}
