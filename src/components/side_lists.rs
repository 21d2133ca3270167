//! The compact lists beside the cards: events held, reforms at home, partners, and how the
//! source characterises the state.

use leptos::prelude::*;

use crate::components::citations::Citations;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::model::EventKind;

/// Events held, reforms at home, partners and notes, each with its dates (where sourced) and
/// sources.
#[component]
pub fn SideLists() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let (held, reforms, partners, notes) = ctx.with_data(|d| {
        let held: Vec<_> = d
            .events
            .iter()
            .filter(|e| e.kind == EventKind::EventHeld)
            .cloned()
            .collect();
        (held, d.reforms.clone(), d.partners.clone(), d.notes.clone())
    });
    view! {
        <div class="side-lists">
            {(!held.is_empty()).then(|| view! {
                <section aria-labelledby="held-title">
                    <h2 id="held-title">{t.events_held}</h2>
                    <ul class="compact">
                        {held.into_iter().map(|e| view! {
                            <li>
                                <strong lang=ctx.text_lang()>{e.title.clone()}</strong>
                                <span class="muted">{format!(" · {}", e.date.map_or_else(|| t.date_not_stated.to_owned(), |d| t.date(&d)))}</span>
                                <Citations record=e.id.clone() citations=e.citations.clone()/>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!reforms.is_empty()).then(|| view! {
                <section aria-labelledby="reforms-title">
                    <h2 id="reforms-title">{t.reforms}</h2>
                    <ul class="compact">
                        // A dated reform's id is on the timeline; an undated one is only here.
                        {reforms.into_iter().map(|r| view! {
                            <li id=r.date.is_none().then(|| r.id.clone()) tabindex="-1">
                                <strong lang=ctx.text_lang()>{r.title.clone()}</strong>
                                {r.date.map(|d| view! { <span class="muted">" · "<time datetime=d.iso()>{t.date(&d)}</time></span> })}
                                {(!r.summary.is_empty()).then(|| view! { <p lang=ctx.text_lang()>{r.summary.clone()}</p> })}
                                <Citations record=r.id.clone() citations=r.citations.clone()/>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!partners.is_empty()).then(|| view! {
                <section aria-labelledby="partners-title">
                    <h2 id="partners-title">{t.partners}</h2>
                    <ul class="compact">
                        {partners.into_iter().map(|p| view! {
                            <li id=p.id.clone() tabindex="-1">
                                {
                                    let (name, lang) = ctx.named(&p.name);
                                    view! { <strong lang=lang>{name}</strong> }
                                }
                                <Citations record=p.id.clone() citations=p.citations.clone()/>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!notes.is_empty()).then(|| view! {
                <section aria-labelledby="notes-title">
                    <h2 id="notes-title">{t.notes}</h2>
                    <ul class="compact">
                        {notes.into_iter().map(|n| view! {
                            <li id=n.id.clone() tabindex="-1">
                                <strong lang=ctx.text_lang()>{n.title.clone()}</strong>
                                <p lang=ctx.text_lang()>{n.text.clone()}</p>
                                <Citations record=n.id.clone() citations=n.citations.clone()/>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </div>
    }
}
