//! Choosing another state to set beside the followed one on every vote.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::model::order;

/// A labelled `<select>` of the states the votes name ("Compare with"), which puts the choice in
/// the URL (`?compare=USA`), and once a state is chosen, a checkbox that keeps only the votes
/// where the two voted differently, with how many those are.
#[component]
pub fn ComparePicker() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let t = tr();
    let own = ctx.follows();
    let mut states: Vec<(String, String)> = ctx.with_data(|d| {
        d.states
            .iter()
            .filter(|s| Some(s.code.as_str()) != own.as_deref())
            .map(|s| (s.code.to_string(), ctx.state_name(&s.code)))
            .collect()
    });
    order::sort_by(&mut states, |a, b| a.1.cmp(&b.1));
    let chosen = ctx.compare;
    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        let mut next = ctx.state.with_untracked(Clone::clone);
        next.compare = (!code.is_empty()).then_some(code);
        next.differ &= next.compare.is_some();
        nav.go(&next);
    };
    let followed = ctx.followed_name();
    let differ = move || {
        chosen.get().map(|code| {
            let other = ctx.state_name(&code);
            let label = (t.differ_label)(&followed, &other);
            let checked = Memo::new(move |_| ctx.state.with(|s| s.differ));
            let count = Memo::new(move |_| {
                ctx.settled.track();
                ctx.vote_matches.with_untracked(|m| m.differ)
            });
            let toggle = move |ev: leptos::ev::Event| {
                let mut next = ctx.state.with_untracked(Clone::clone);
                next.differ = event_target_checked(&ev);
                nav.go(&next);
            };
            view! {
                <p class="differ">
                    <input type="checkbox" id="compare-differ" prop:checked=checked on:change=toggle/>
                    <label for="compare-differ">
                        {label}" "<span class="count">{move || format!("({})", count.get())}</span>
                    </label>
                </p>
            }
        })
    };
    view! {
        <div class="compare">
            <label for="compare">{t.compare_with}</label>
            // The property, not only the attribute: a browser keeps the option the reader
            // picked over a changed `selected` attribute, so Back or the alignment table's
            // buttons would otherwise leave the menu naming another state.
            <select id="compare" on:change=on_change prop:value=move || chosen.get().unwrap_or_default()>
                <option value="" selected=move || chosen.with(Option::is_none)>{t.compare_nobody}</option>
                {states
                    .into_iter()
                    .map(|(code, name)| {
                        let selected = {
                            let code = code.clone();
                            move || chosen.with(|c| c.as_deref() == Some(code.as_str()))
                        };
                        view! { <option value=code selected=selected>{name}</option> }
                    })
                    .collect_view()}
            </select>
            {differ}
        </div>
    }
}
