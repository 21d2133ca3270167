//! Text with the search's matches marked.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::filter::highlight::segments;

/// `text`, with every match of the current search wrapped in `<mark>`.
#[component]
pub fn Highlighted(
    /// The text to show.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    move || {
        ctx.words.with(|words| {
            segments(&text, words)
                .into_iter()
                .map(|s| {
                    if s.mark {
                        view! { <mark>{s.text.to_owned()}</mark> }.into_any()
                    } else {
                        s.text.to_owned().into_any()
                    }
                })
                .collect_view()
        })
    }
}
