//! The followed state's votes over many recorded votes, as one small bar.

use leptos::prelude::*;

use crate::filter::state::Cast;

/// The class of a cast's part of the bar and of its swatch in a legend.
pub fn cast_class(cast: Cast) -> &'static str {
    match cast {
        Cast::Yes => "seg-yes",
        Cast::No => "seg-no",
        Cast::Abstain => "seg-abstain",
        Cast::DidNotVote => "seg-nv",
    }
}

/// One bar of four parts (yes, no, abstained, did not vote), each as wide as its count of
/// `counts` (in [`Cast::ALL`] order). It is decoration for the words its caller writes beside
/// it, which carry every figure, so it is hidden from assistive technology and nothing is told
/// by its colours alone. Drawn with SVG in whole units, so it needs no inline style.
#[component]
pub fn CastBar(
    /// How many times the state voted each way, in [`Cast::ALL`] order.
    counts: [u32; 4],
) -> impl IntoView {
    let total = counts.iter().sum::<u32>().max(1);
    let mut x = 0;
    let parts: Vec<(Cast, u32, u32)> = Cast::ALL
        .into_iter()
        .zip(counts)
        .map(|(c, n)| {
            let start = x;
            x += n;
            (c, start, n)
        })
        .filter(|(_, _, n)| *n > 0)
        .collect();
    view! {
        <svg class="cast-bar" viewBox=format!("0 0 {total} 4") preserveAspectRatio="none" aria-hidden="true" focusable="false">
            {parts.into_iter().map(|(c, start, n)| view! {
                <rect class=cast_class(c) x=start.to_string() y="0" width=n.to_string() height="4"/>
            }).collect_view()}
        </svg>
    }
}
