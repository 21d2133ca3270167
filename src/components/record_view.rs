//! The loaded record: header, problems, filters and cards, side lists, footer.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::card_list::CardList;
use crate::components::context::RecordCtx;
use crate::components::export::ExportButtons;
use crate::components::filter_panel::FilterPanel;
use crate::components::language::{tr, UiLang};
use crate::components::masthead::Masthead;
use crate::components::problems::DataProblems;
use crate::components::result_status::ResultStatus;
use crate::components::side_lists::SideLists;
use crate::components::site_footer::SiteFooter;
use crate::components::source_view::SourceView;
use crate::components::timeline::Timeline;
use crate::filter::links::{fragment_href, SourceRequest};
use crate::model::Loaded;

/// The whole record, or a source's text when the URL asks for one.
#[component]
pub fn RecordView(
    /// The loaded dataset, shared, never copied.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let title = loaded.dataset.profile.title.clone();
    let problems = loaded.problems.clone();
    let ctx = RecordCtx::provide(loaded);
    let source = Memo::new(move |_| ctx.search.with(|q| SourceRequest::from_query(q)));
    follow_fragment(ctx);
    let t = tr();
    view! {
        <Title text=title/>
        // The skip link keeps the filters: a bare "#main" would resolve against <base> and drop them.
        <a class="skip-link" href=move || ctx.query.with(|q| fragment_href(q, "main"))>
            {t.skip_link}
        </a>
        <Masthead/>
        <DataProblems problems/>
        {move || match source.get() {
            Some(request) => view! { <main id="main" tabindex="-1"><SourceView request/></main> }.into_any(),
            None => view! {
                <Timeline/>
                <div class="layout">
                    <aside class="sidebar">
                        <FilterPanel/>
                    </aside>
                    <main id="main" tabindex="-1" aria-labelledby="resolutions-title">
                        <h2 id="resolutions-title">{t.resolutions}</h2>
                        <ResultStatus/>
                        <ExportButtons/>
                        <CardList/>
                    </main>
                    <SideLists/>
                </div>
            }
            .into_any(),
        }}
        <SiteFooter/>
    }
}

/// Scrolls to (and focuses) the element the URL fragment names, once it is on the page and
/// whenever the fragment changes, since the cards render after the browser's own attempt.
fn follow_fragment(ctx: RecordCtx) {
    // Drawn again for a new language, the page stays where the reader is, on the menu.
    let switching = UiLang::is_switching();
    Effect::new(move |first: Option<()>| {
        let id = ctx.hash.get();
        if id.is_empty() || (first.is_none() && switching) {
            return;
        }
        request_animation_frame(move || {
            let Some(el) = document().get_element_by_id(&id) else {
                return;
            };
            // On phones the timeline and facets start folded: unfold what holds the target,
            // or it has no box to scroll to.
            let mut parent = el.parent_element();
            while let Some(p) = parent {
                if p.tag_name().eq_ignore_ascii_case("details") {
                    let _ = p.set_attribute("open", "");
                }
                parent = p.parent_element();
            }
            let reduce = window()
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches());
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(if reduce {
                web_sys::ScrollBehavior::Instant
            } else {
                web_sys::ScrollBehavior::Smooth
            });
            options.set_block(web_sys::ScrollLogicalPosition::Start);
            el.scroll_into_view_with_scroll_into_view_options(&options);
            if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                let focus = web_sys::FocusOptions::new();
                focus.set_prevent_scroll(true);
                let _ = el.focus_with_options(&focus);
            }
        });
    });
}
