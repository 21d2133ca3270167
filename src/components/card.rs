//! One resolution as a card: an `<article>` with a heading, addressable as `#id`.

use leptos::prelude::*;

use crate::components::citations::Citations;
use crate::components::context::RecordCtx;
use crate::components::highlighted::Highlighted;
use crate::components::language::tr;
use crate::filter::links::fragment_href;
use crate::model::{Resolution, Role};

/// The card of the resolution at `index` in the dataset.
#[component]
pub fn Card(
    /// Position of the resolution in the dataset.
    index: usize,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    // One record is copied once, when its card mounts; typing never copies data.
    let r: Resolution = ctx.with_data(|d| d.resolutions[index].clone());
    // Its events on the timeline: the follow-ups it names and every event that names it.
    let events: Vec<(String, String, Option<String>)> = ctx.events_of.with_value(|by| {
        ctx.with_data(|d| {
            by[index]
                .iter()
                .map(|&e| {
                    let e = &d.events[e];
                    (e.id.clone(), e.title.clone(), e.date.map(|d| t.date(&d)))
                })
                .collect()
        })
    });
    let id = r.id.clone();
    let heading_id = format!("{}-title", r.id);
    let labelled_by = heading_id.clone();
    let is_target = move || ctx.is_target(&id);
    let badge_class = match r.role {
        Role::Led | Role::CoLed => "badge badge-led",
        Role::MainSponsor | Role::CoSponsor => "badge badge-sponsor",
    };
    let symbol = r.symbol.clone().map(
        |s| view! { <span class="card-symbol">{t.resolution_word}" "<Highlighted text=s/></span> },
    );
    let session = r
        .session
        .map(|s| view! { <span class="card-session">{(t.session_name)(s)}</span> });
    let adoption = t.adoption_line(&r);
    let leads = t.leads_line(&r);
    let cosponsors = t.cosponsors_line(&r);
    // On this record, with no filters: the card's lasting address.
    let permalink = ctx.home.with_value(|h| fragment_href(h, &r.id));
    let event_list = (!events.is_empty()).then(|| {
        view! {
            <div class="card-events">
                <h4>{t.on_the_timeline}</h4>
                <ul>
                    {events
                        .into_iter()
                        .map(|(id, title, date)| {
                            let href = move || ctx.view_query.with(|q| fragment_href(q, &id));
                            view! {
                                <li>
                                    <a href=href lang=ctx.text_lang()>{title}</a>
                                    " · "
                                    <span class="muted">{date.unwrap_or_else(|| t.date_not_stated.to_owned())}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    view! {
        <article
            class="card"
            class:is-target=is_target
            id=r.id.clone()
            tabindex="-1"
            aria-labelledby=labelled_by
        >
            <p class="card-kicker">
                <span class=badge_class>{t.role(r.role)}</span>
                {symbol}
                {session}
            </p>
            <h3 id=heading_id lang=ctx.text_lang()>
                <Highlighted text=r.title.clone()/>
            </h3>
            <p class="card-adoption">{adoption}</p>
            <p class="card-leads"><Highlighted text=leads/></p>
            {(!r.themes.is_empty()).then(|| view! {
                <ul class="tags" aria-label=t.themes lang=ctx.text_lang()>
                    {r.themes.iter().map(|t| view! { <li class="tag"><Highlighted text=t.to_string()/></li> }).collect_view()}
                </ul>
            })}
            {(!r.summary.is_empty()).then(|| view! { <p class="card-summary" lang=ctx.text_lang()><Highlighted text=r.summary.clone()/></p> })}
            {cosponsors.map(|c| view! { <p class="card-cosponsors"><Highlighted text=c/></p> })}
            {event_list}
            <Citations record=r.id.clone() citations=r.citations.clone()/>
            <p class="card-permalink">
                <a href=permalink aria-label=(t.permalink_to)(&r.title)>{t.permalink}</a>
            </p>
        </article>
    }
}
