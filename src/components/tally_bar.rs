//! A vote's tally as a bar with numbers, the followed state's vote marked in it.

use leptos::prelude::*;

use crate::components::language::tr;
use crate::model::{Ballot, Tally};

/// The tally as one bar of four parts (in favour, against, abstentions, present and not
/// voting), each as wide as its count, with a legend that gives every count in words. The
/// followed state's part is outlined and marked with a triangle, and the legend names the state
/// beside it: the vote is never told by colour alone. The bar is drawn with SVG in whole units
/// (one per member), so no inline style and no fractions are needed.
#[component]
pub fn TallyBar(
    /// The counts.
    tally: Tally,
    /// The followed state's ballot, to mark.
    own: Option<Ballot>,
    /// The followed state's name.
    own_name: String,
) -> impl IntoView {
    let t = tr();
    let total = Ballot::ALL.iter().map(|b| tally.of(*b)).sum::<u32>().max(1);
    let mut x = 0;
    let parts: Vec<(Ballot, u32, u32)> = Ballot::ALL
        .into_iter()
        .map(|b| {
            let start = x;
            x += tally.of(b);
            (b, start, tally.of(b))
        })
        .collect();
    let class = |b: Ballot| match b {
        Ballot::Yes => "seg-yes",
        Ballot::No => "seg-no",
        Ballot::Abstain => "seg-abstain",
        Ballot::PresentNotVoting => "seg-nv",
    };
    let view_box = format!("0 0 {total} 6");
    view! {
        <div class="tally">
            <svg class="tally-bar" viewBox=view_box preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {parts.iter().filter(|(_, _, n)| *n > 0).map(|&(b, start, n)| view! {
                    <rect class=class(b) x=start.to_string() y="1" width=n.to_string() height="5"/>
                }).collect_view()}
                {parts.iter().find(|(b, _, n)| Some(*b) == own && *n > 0).map(|&(_, start, n)| view! {
                    <rect class="seg-own" x=start.to_string() y="1" width=n.to_string() height="5"/>
                })}
            </svg>
            <ul class="tally-legend" aria-label=t.tally_heading>
                // Present-and-not-voting is named only when someone was; the rest always are.
                {parts.into_iter().filter(|(b, _, n)| *n > 0 || *b != Ballot::PresentNotVoting).map(|(b, _, n)| {
                    let mine = Some(b) == own;
                    view! {
                        <li class=class(b) class:is-own=mine>
                            <span class="swatch" aria-hidden="true"></span>
                            {format!("{} {n}", t.ballot(b))}
                            // The triangle points at the state's part of the bar; a screen reader would read it
                            // out as a shape's name, so it hears the state's name alone.
                            {mine.then(|| view! { " " <span class="own-mark"><span aria-hidden="true">"▲ "</span>{own_name.clone()}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
