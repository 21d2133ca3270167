//! Text with the search's matches marked.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::filter::fold::Folded;
use crate::filter::highlight::{marks, pieces};

/// `text`, with every match of the current search wrapped in `<mark>`.
#[component]
pub fn Highlighted(
    /// The text to show.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    // Folded once per mount; per keystroke only the marks are found again, and the text is
    // redrawn only when they moved.
    let folded = StoredValue::new(Folded::new(&text));
    let ranges = Memo::new(move |_| {
        ctx.words
            .with(|words| folded.with_value(|f| marks(f, words)))
    });
    move || {
        ranges.with(|ranges| {
            pieces(&text, ranges)
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
