//! A session's recorded votes on the timeline: how many, and how the followed state voted.

use leptos::prelude::*;

use crate::components::cast_bar::CastBar;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::links::fragment_href;
use crate::filter::state::{Cast, SessionKey, View};
use crate::filter::Facet;

/// One link: the number of recorded votes the session held, a small bar of the followed
/// state's votes and the same figures in words (the bar's text equivalent, so the link's name
/// carries them). Choosing it shows that session's votes; chosen, it shows every session's.
#[component]
pub fn SessionVotes(
    /// The session.
    key: SessionKey,
    /// The followed state's votes in it, in [`Cast::ALL`] order.
    counts: [u32; 4],
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let value = key.to_value();
    let total = counts.iter().sum::<u32>() as usize;
    let split: Vec<String> = Cast::ALL
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(c, n)| format!("{} {n}", t.cast(c)))
        .collect();
    let split = split.join(", ");
    // The headline names the state; here its name is for those who hear the link alone.
    let whose = format!("{}: ", ctx.followed_name());
    let selected = {
        let value = value.clone();
        Memo::new(move |_| ctx.view.get() == View::Votes && ctx.is_chosen(Facet::Session, &value))
    };
    // Like the session's resolutions link, it keeps the search, once typing settles.
    let href = move || {
        let chosen = selected.get();
        ctx.with_settled(|_, s| {
            // To the votes, with what the votes' list keeps of the current filters.
            let s = s.for_view(View::Votes);
            let next = if chosen {
                s.with(Facet::Session, &value, false)
            } else {
                s.only(Facet::Session, &value)
            };
            fragment_href(&next.to_query(), "main")
        })
    };
    view! {
        <a class="tl-votes" href=href tabindex="-1" aria-current=move || selected.get().then_some("true")>
            // The spaces keep the words apart in the link's name, whatever the layout.
            <span class="tl-votes-total">{(t.session_votes)(total)}</span>
            " "
            <CastBar counts/>
            <span class="tl-votes-split"><span class="visually-hidden">{whose}</span>{split}</span>
            <span class="visually-hidden">{format!(" ({})", t.session(key))}</span>
        </a>
    }
}
