//! The loaded record.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::problems::DataProblems;
use crate::model::Loaded;

/// The record: header, problems if any, and the resolutions.
#[component]
pub fn RecordView(
    /// The loaded dataset, shared, never copied.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let data = &loaded.dataset;
    let title = data.profile.title.clone();
    view! {
        <Title text=title.clone()/>
        <header class="masthead">
            <p class="eyebrow">"UN Human Rights Council"</p>
            <h1>{title}</h1>
            <p class="lede">{data.profile.description.clone()}</p>
        </header>
        <DataProblems problems=loaded.problems.clone()/>
        <main id="main">
            <h2>"Resolutions"</h2>
            <ul class="titles">
                {data
                    .resolutions
                    .iter()
                    .map(|r| view! { <li>{r.title.clone()}</li> })
                    .collect_view()}
            </ul>
        </main>
    }
}
