//! The filters: search first, then the facets of the list shown, then "Clear all filters".

use leptos::prelude::*;

use crate::browser::media::is_wide;
use crate::components::compare_picker::ComparePicker;
use crate::components::context::RecordCtx;
use crate::components::facet::FacetGroup;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::components::search_box::SearchBox;
use crate::filter::state::View;
use crate::filter::{Facet, FilterState};

/// Search, the facets of the list shown (and for the votes, the state to compare with), and a
/// button that clears them all.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let active = move || ctx.state.with(FilterState::is_active);
    let t = tr();
    let heading = move || match ctx.view.get() {
        View::Initiatives => t.filter_resolutions,
        View::Votes => t.filter_votes,
    };
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title">{heading}</h2>
            <SearchBox/>
            // Folded on a phone (open on wide screens), so the cards are near the top.
            <details class="fold" open=is_wide()>
                <summary>
                    {move || match ctx.view.get() {
                        View::Initiatives => t.facets_summary,
                        View::Votes => t.facets_summary_votes,
                    }}
                    {move || {
                        let chosen = ctx.chosen_count.get();
                        (chosen > 0).then(|| format!(" {}", (t.chosen)(chosen)))
                    }}
                </summary>
                {move || {
                    let view = ctx.view.get();
                    view! {
                        {(view == View::Votes).then(|| view! { <ComparePicker/> })}
                        {Facet::of(view).iter().map(|&facet| view! { <FacetGroup facet view/> }).collect_view()}
                    }
                }}
            </details>
            <button
                type="button"
                class="button button-secondary"
                aria-disabled=move || (!active()).to_string()
                on:click=move |_| {
                    if active() {
                        nav.go(&ctx.state.with_untracked(FilterState::cleared));
                    }
                }
            >
                {t.clear_all}
            </button>
        </section>
    }
}
