//! The matching resolutions, as cards, or an explanation when none match.

use leptos::prelude::*;

use crate::components::card::Card;
use crate::components::context::RecordCtx;
use crate::filter::FilterState;

/// The cards of the matching resolutions, keyed so that filtering only mounts and unmounts.
#[component]
pub fn CardList() -> impl IntoView {
    let ctx = RecordCtx::expect();
    // Records are keyed by their position in the immutable dataset, which identifies them as
    // well as their id does and costs no string copy per update.
    let records = Memo::new(move |_| ctx.matches.with(|m| m.records.clone()));
    let empty = move || records.with(Vec::is_empty);
    view! {
        <Show when=empty fallback=move || view! {
            <div class="cards">
                <For each=move || records.get() key=|i| *i let:i>
                    <Card index=i/>
                </For>
            </div>
        }>
            <div class="empty">
                <p><strong>"No resolution matches these filters."</strong></p>
                <p>{move || ctx.state.with(explain)}</p>
                <button type="button" class="button" on:click=move |_| ctx.go(&FilterState::default(), false)>
                    "Show all resolutions"
                </button>
            </div>
        </Show>
    }
}

/// Why nothing matches, in words.
fn explain(state: &FilterState) -> String {
    let searched = !state.q.trim().is_empty();
    let faceted = state.is_active() && (!searched || state.to_pairs().len() > 1);
    match (searched, faceted) {
        (true, true) => format!("No resolution contains every word of “{}” within the options chosen. Try fewer words or options.", state.q.trim()),
        (true, false) => format!("No resolution contains every word of “{}”. Try fewer or shorter words.", state.q.trim()),
        _ => "No resolution has all of the options chosen. Try choosing fewer.".to_owned(),
    }
}
