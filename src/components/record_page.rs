//! The page: fetches the dataset once and shows loading, loaded or failed.

use leptos::prelude::*;

use crate::api;
use crate::components::load_error::LoadErrorView;
use crate::components::loading::Loading;
use crate::components::record_view::RecordView;

/// Fetches the dataset and shows it, or says exactly what failed with a way to try again.
#[component]
pub fn RecordPage() -> impl IntoView {
    let data = LocalResource::new(|| api::fetch_dataset(api::DATASET_URL));
    view! {
        <div class="page">
            <Suspense fallback=Loading>
                {move || {
                    data.get()
                        .map(|result| match result {
                            Ok(loaded) => view! { <RecordView loaded/> }.into_any(),
                            Err(error) => {
                                view! { <LoadErrorView error on_retry=move || data.refetch()/> }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </div>
    }
}
