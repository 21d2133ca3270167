//! One top-level item of the timeline.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::links::fragment_href;
use crate::filter::timeline::Item;
use crate::filter::Facet;

use super::event_list::EventList;

/// One top-level item: a session with its events, a loose event, or the undated events.
#[component]
pub fn TimelineItem(item: Item, group: usize) -> impl IntoView {
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
                Memo::new(move |_| ctx.is_chosen(Facet::Session, &value))
            };
            let filter_link = option.map(|i| {
                let value = value.clone();
                // The link keeps the search, so it follows typing, but only once it settles.
                let href = move || {
                    let selected = selected.get();
                    ctx.with_settled(|_, s| {
                        let next = if selected { s.with(Facet::Session, &value, false) } else { s.only(Facet::Session, &value) };
                        fragment_href(&next.to_query(), "main")
                    })
                };
                let count = move || ctx.with_settled(|m, _| m.count(Facet::Session, i));
                view! {
                    <a class="tl-filter" href=href aria-current=move || selected.get().then_some("true")>
                        {move || if selected.get() { t.show_every_session } else { t.show_its_resolutions }}
                        <span class="visually-hidden">{format!(" ({})", (t.session_name)(number))}</span>
                        {move || (!selected.get()).then(|| format!(" ({})", count()))}
                    </a>
                }
            });
            let quiet = events.is_empty();
            view! {
                <li class="tl-session" class:in-term=in_term class:is-quiet=quiet class:is-selected=move || selected.get()>
                    <div class="tl-head">
                        <h3>{(t.session_name)(number)}</h3>
                        <p class="tl-dates">
                            <time datetime=start.iso()>{t.date(&start)}</time>
                            " – "
                            <time datetime=end.iso()>{t.date(&end)}</time>
                        </p>
                        <p class="tl-badges">
                            {in_term.then(|| view! { <span class="badge badge-term">{t.member_badge}</span> })}
                            {t.when(when).map(|l| view! { <span class="badge badge-when">{l}</span> })}
                        </p>
                    </div>
                    {(!events.is_empty()).then(|| view! { <EventList entries=events group/> })}
                    {filter_link}
                </li>
            }
            .into_any()
        }
        Item::Between(entries) => view! {
            <li class="tl-loose">
                <div class="tl-head">
                    <h3>{t.between_sessions}</h3>
                </div>
                <EventList entries group/>
            </li>
        }
        .into_any(),
        Item::Undated(entries) => view! {
            <li class="tl-undated">
                <div class="tl-head">
                    <h3>{t.date_not_stated_heading}</h3>
                </div>
                <EventList entries group/>
            </li>
        }
        .into_any(),
    }
}
