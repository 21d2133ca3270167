//! The loaded record: header, problems, filters and cards, side lists, footer.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::boot::{behind_copy, take_over};
use crate::browser::media::reduces_motion;
use crate::browser::page::go_to_element;
use crate::components::alignment::AlignmentTable;
use crate::components::card_list::CardList;
use crate::components::context::RecordCtx;
use crate::components::export::ExportButtons;
use crate::components::filter_panel::FilterPanel;
use crate::components::language::{tr, UiLang};
use crate::components::masthead::Masthead;
use crate::components::print_header::PrintHeader;
use crate::components::problems::DataProblems;
use crate::components::result_status::ResultStatus;
use crate::components::share_button::ShareButton;
use crate::components::side_lists::SideLists;
use crate::components::site_footer::SiteFooter;
use crate::components::source_view::SourceView;
use crate::components::timeline::Timeline;
use crate::components::view_switch::ViewSwitch;
use crate::components::vote_summary::VoteSummary;
use crate::filter::links::{fragment_href, SourceRequest};
use crate::filter::state::View;
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
    let title = ctx.local().title.clone().unwrap_or(title);
    let share_title = title.clone();
    let source = Memo::new(move |_| ctx.url_query.with(|q| SourceRequest::from_query(q)));
    follow_fragment(ctx);
    // Once drawn (effects run after the view is in the page), the app takes the place of the
    // build's copy of the record, if it is behind one.
    Effect::new(|_| take_over());
    let t = tr();
    view! {
        <Title text=title/>
        // The skip link keeps the filters: a bare "#main" would resolve against <base> and drop them.
        <a class="skip-link" href=move || ctx.view_query.with(|q| fragment_href(q, "main"))>
            {move || if ctx.view.get() == View::Votes { t.skip_link_votes } else { t.skip_link }}
        </a>
        <PrintHeader/>
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
                        <ViewSwitch/>
                        // The current tab above names the list for the eye; the heading names it for
                        // those who move by headings, and labels the main landmark.
                        <h2 id="resolutions-title" class="visually-hidden">
                            {move || match ctx.view.get() {
                                View::Initiatives => t.resolutions,
                                View::Votes => t.view_votes,
                            }}
                        </h2>
                        // Mounted once, so that the live region announces a change of list too.
                        <div class="list-head">
                            <ResultStatus/>
                            <ExportButtons/>
                            <ShareButton label=t.share_view.to_owned() title=share_title.clone()/>
                        </div>
                        {move || match ctx.view.get() {
                            View::Initiatives => view! {
                                <CardList/>
                            }
                            .into_any(),
                            View::Votes => view! {
                                <VoteSummary/>
                                <CardList view=View::Votes/>
                                <AlignmentTable/>
                            }
                            .into_any(),
                        }}
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
    // Drawn again for a new language, the page stays where the reader is, on the menu. Drawn
    // behind the build's copy of the record, it leaves the fragment to the takeover
    // (`browser::boot::take_over`): the reader may be there already.
    let stay = UiLang::is_switching() || behind_copy();
    Effect::new(move |first: Option<()>| {
        let id = ctx.hash.get();
        if id.is_empty() || (first.is_none() && stay) {
            return;
        }
        request_animation_frame(move || {
            go_to_element(&id, !reduces_motion());
        });
    });
}
