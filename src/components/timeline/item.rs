//! One top-level item of the timeline.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::links::fragment_href;
use crate::filter::state::{SessionKey, View};
use crate::filter::timeline::Item;
use crate::filter::Facet;

use super::event_list::EventList;
use super::session_votes::SessionVotes;

/// One top-level item: a session with its events and recorded votes, a special session (known
/// from its votes), a loose event, or the undated events.
#[component]
pub fn TimelineItem(
    item: Item,
    /// The item's position in the timeline.
    group: usize,
    /// The followed state's votes in the session, in `Cast::ALL` order, if it held any.
    votes: Option<[u32; 4]>,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    match item {
        Item::Session {
            number,
            start,
            end,
            in_term,
            when,
            events,
        } => {
            let value = number.to_string();
            let option = ctx.index.with_value(|i| {
                i.options(Facet::Session)
                    .iter()
                    .position(|o| o.value == value)
            });
            let selected = {
                let value = value.clone();
                Memo::new(move |_| ctx.view.get() == View::Initiatives && ctx.is_chosen(Facet::Session, &value))
            };
            let filter_link = option.map(|i| {
                let value = value.clone();
                // The link keeps the search, so it follows typing, but only once it settles.
                let href = move || {
                    let selected = selected.get();
                    ctx.with_settled(|_, s| {
                        // Always to the initiatives, whichever list is shown now.
                        let s = s.for_view(View::Initiatives);
                        let next = if selected { s.with(Facet::Session, &value, false) } else { s.only(Facet::Session, &value) };
                        fragment_href(&next.to_query(), "main")
                    })
                };
                let count = move || ctx.with_settled(|m, _| m.count(Facet::Session, i));
                view! {
                    <a class="tl-filter" href=href tabindex="-1" aria-current=move || selected.get().then_some("true")>
                        {move || if selected.get() { t.show_every_session } else { t.show_its_resolutions }}
                        <span class="visually-hidden">{format!(" ({})", (t.session_name)(number))}</span>
                        {move || (!selected.get()).then(|| format!(" ({})", count()))}
                    </a>
                }
            });
            let quiet = events.is_empty() && votes.is_none();
            let has_events = !events.is_empty();
            view! {
                <li class="tl-session" class:in-term=in_term class:is-quiet=quiet class:has-events=has_events class:is-selected=move || selected.get()>
                    <div class="tl-head">
                        // The badge sits beside the heading, not in it, so that the heading's
                        // name is the session's alone.
                        <div class="tl-title-row">
                            <h3>{(t.session_name)(number)}</h3>
                            {in_term.then(|| view! { <span class="badge badge-term">{t.member_badge}</span> })}
                        </div>
                        {
                            let [from, to] = t.date_range(&start, &end);
                            view! {
                                <p class="tl-dates">
                                    <time datetime=start.iso()>{from}</time>
                                    " – "
                                    <time datetime=end.iso()>{to}</time>
                                </p>
                            }
                        }
                        {t.when(when).map(|l| view! { <p class="tl-badges"><span class="badge badge-when">{l}</span></p> })}
                    </div>
                    {votes.map(|counts| view! { <SessionVotes key=SessionKey::Regular(number) counts/> })}
                    {(!events.is_empty()).then(|| view! { <EventList entries=events group/> })}
                    {filter_link}
                </li>
            }
            .into_any()
        }
        Item::VotedIn {
            session,
            date,
            in_term,
            when,
        } => view! {
            <li class="tl-session tl-special" class:in-term=in_term>
                <div class="tl-head">
                    <div class="tl-title-row">
                        <h3>{t.session(session)}</h3>
                        {in_term.then(|| view! { <span class="badge badge-term">{t.member_badge}</span> })}
                    </div>
                    // The record gives no dates for this session: only its first vote's day.
                    <p class="tl-dates">{(t.first_vote_on)(&t.date(&date))}</p>
                    {t.when(when).map(|l| view! { <p class="tl-badges"><span class="badge badge-when">{l}</span></p> })}
                </div>
                {votes.map(|counts| view! { <SessionVotes key=session counts/> })}
            </li>
        }
        .into_any(),
        Item::Between(entries) => view! {
            <li class="tl-loose has-events">
                <div class="tl-head">
                    <h3>{t.between_sessions}</h3>
                </div>
                <EventList entries group/>
            </li>
        }
        .into_any(),
        Item::Undated(entries) => view! {
            <li class="tl-undated has-events">
                <div class="tl-head">
                    <h3>{t.date_not_stated_heading}</h3>
                </div>
                <EventList entries group/>
            </li>
        }
        .into_any(),
    }
}
