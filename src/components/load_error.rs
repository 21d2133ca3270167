//! The failed state: what failed, where, and a working "Try again".

use leptos::prelude::*;

use crate::api::LoadError;

/// Whether the browser knows it has no connection, so the hint can say so.
fn offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Says what failed (the URL and HTTP status, or the JSON error with its line and column) and
/// offers to try again.
#[component]
pub fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
    /// The heading: what could not be loaded.
    #[prop(default = "The record could not be loaded")]
    title: &'static str,
    /// Whether the failed file is the dataset (whose editors get a hint on checking it).
    #[prop(default = true)]
    dataset: bool,
    /// Called when the reader asks to try again.
    on_retry: impl Fn() + 'static,
    /// The retry button's text.
    #[prop(default = "Try again")]
    retry_label: &'static str,
) -> impl IntoView {
    let hint = match &error {
        LoadError::Http { status: 404, .. } | LoadError::Data { .. } | LoadError::WebPage { .. }
            if !dataset =>
        {
            "The file is not where the record says it is. Its editors can check the record with check-data."
        }
        LoadError::Network { .. } if offline() => {
            "This browser is offline. Connect to the internet, then try again."
        }
        LoadError::Network { .. } => "Check the connection, then try again.",
        LoadError::Timeout { .. } => {
            "The server or the connection is too slow just now. Try again in a moment."
        }
        LoadError::WebPage { .. } => {
            "The host sent a page where the file should be, which usually means the file is missing. If you host this site, check that the data folder was published."
        }
        LoadError::Http { status: 404, .. } => {
            "The data file is not where the page expects it. If you host this site, check that the data folder was published."
        }
        LoadError::Http { .. } => "The server could not send the data file. Try again in a moment.",
        LoadError::Encoding { .. } => "The file must be saved as UTF-8 text.",
        LoadError::Unreadable { .. } => "Choose the file again; it may have moved or changed.",
        LoadError::NotOnThisSite { .. } => {
            "A link's ?data= may name another record file on this site, such as ?data=data/other-record.json; files from other sites are not loaded."
        }
        LoadError::Data { .. } => {
            "The data file has an error. Its editors can find it with: cargo run --bin check-data -- public/data/<file>.json"
        }
    };
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h2 id="load-error-title">{title}</h2>
            <p class="load-error-detail">{error.to_string()}</p>
            <p>{hint}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {retry_label}
            </button>
        </section>
    }
}
