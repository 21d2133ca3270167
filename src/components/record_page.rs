//! The page: fetches the record once and shows loading, loaded or failed, or a local file an
//! editor opened to preview.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api;
use crate::components::context::RecordCache;
use crate::components::language::{tr, UiLang};
use crate::components::load_error::LoadErrorView;
use crate::components::loading::Loading;
use crate::components::open_file::{accept_drops, OpenFile, PreviewSlot};
use crate::components::preview_banner::PreviewBanner;
use crate::components::record_view::RecordView;
use crate::filter::FilterState;
use crate::lang::Lang;

/// Fetches the record (the shipped one, or another on this site named by `?data=`) and shows
/// it, or says exactly what failed with a way to try again. A previewed local file takes its
/// place until closed.
#[component]
pub fn RecordPage() -> impl IntoView {
    let location = use_location();
    // Only a change of `?data=` fetches again; filters and search never do.
    let wanted = Memo::new(move |_| location.search.with(|q| FilterState::from_query(q).data));
    let data = LocalResource::new(move || api::fetch_record(wanted.get()));
    let preview = PreviewSlot(RwSignal::new(None), StoredValue::new(0));
    provide_context(preview);
    accept_drops(preview);
    let ui = expect_context::<UiLang>();
    RecordCache::provide();
    let drawn_in = StoredValue::new(None::<Lang>);
    view! {
        <div class="page">
            // A change of language draws the page again (the data, the search index and fetched
            // source texts are kept): components read their words once, so typing never pays for
            // a language that does not change.
            {move || {
                let lang = ui.lang.get();
                if drawn_in.get_value().is_some_and(|l| l != lang) {
                    ui.begin_switch();
                }
                drawn_in.set_value(Some(lang));
                match preview.0.get() {
                    Some(p) => {
                        let shown = match p.result {
                            Ok(loaded) => view! { <RecordView loaded/> }.into_any(),
                            Err(error) => view! {
                                <LoadErrorView error title=tr().could_not_preview on_retry=move || preview.0.set(None) retry_label=tr().close_preview/>
                                <OpenFile/>
                            }
                            .into_any(),
                        };
                        view! { <PreviewBanner name=p.name/> {shown} }.into_any()
                    }
                    None => view! {
                        <Suspense fallback=Loading>
                            {move || {
                                data.get()
                                    .map(|result| match result {
                                        Ok(loaded) => view! { <RecordView loaded/> }.into_any(),
                                        Err(error) => view! {
                                            <LoadErrorView error on_retry=move || data.refetch()/>
                                            <OpenFile/>
                                        }
                                        .into_any(),
                                    })
                            }}
                        </Suspense>
                    }
                    .into_any(),
                }
            }}
        </div>
    }
}
