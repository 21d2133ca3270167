//! The failed state: what failed, where, and a working "Try again".

use leptos::prelude::*;

use crate::api::LoadError;
use crate::browser::boot::take_over;
use crate::browser::page::is_offline;
use crate::components::language::tr;

/// Says what failed (the URL and HTTP status, or the JSON error with its line and column) and
/// offers to try again.
#[component]
pub fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
    /// The heading: what could not be loaded (by default, the record).
    #[prop(optional)]
    title: Option<&'static str>,
    /// Whether the failed file is the dataset (whose editors get a hint on checking it).
    #[prop(default = true)]
    dataset: bool,
    /// Called when the reader asks to try again.
    on_retry: impl Fn() + 'static,
    /// The retry button's text (by default, "Try again").
    #[prop(optional)]
    retry_label: Option<&'static str>,
) -> impl IntoView {
    let t = tr();
    // A record that failed to load takes the place of the build's copy too: its reader asked
    // for it (another file, a view of it), and the error says what to do.
    Effect::new(|_| take_over());
    let title = title.unwrap_or(t.record_could_not_load);
    let retry_label = retry_label.unwrap_or(t.try_again);
    let hint = match &error {
        LoadError::Http { status: 404, .. }
        | LoadError::Data { .. }
        | LoadError::WebPage { .. }
            if !dataset =>
        {
            t.hint_source_missing
        }
        LoadError::Network { .. } if is_offline() => t.hint_offline,
        LoadError::Network { .. } => t.hint_network,
        LoadError::Timeout { .. } => t.hint_timeout,
        LoadError::WebPage { .. } => t.hint_web_page,
        LoadError::Http { status: 404, .. } => t.hint_not_found,
        LoadError::Http { .. } => t.hint_http,
        LoadError::Encoding { .. } => t.hint_encoding,
        LoadError::Unreadable { .. } => t.hint_unreadable,
        LoadError::NotOnThisSite { .. } => t.hint_not_on_site,
        LoadError::Data { .. } => t.hint_data,
    };
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h2 id="load-error-title">{title}</h2>
            <p class="load-error-detail">
                {error.describe(t)}
                // The loader's finding is worded in English, as check-data prints it.
                {match &error {
                    LoadError::Data { error, .. } => Some(view! { " " <span lang="en">{error.to_string()}</span> }),
                    _ => None,
                }}
            </p>
            <p>{hint}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {retry_label}
            </button>
        </section>
    }
}
