//! How the followed state voted on the votes shown, at a glance.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::state::Cast;
use crate::filter::votes::Summary;

/// A small table: the followed state's Yes, No, Abstained and Did not vote, on resolutions and
/// decisions and on drafts and amendments, over the votes the filters show (so "its votes in
/// session 54" or "on texts about a country" read off it), with what the votes cover, in words.
/// It follows the filters once they settle, not on every key.
#[component]
pub fn VoteSummary() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let state = ctx.follows()?;
    let name = ctx.followed_name();
    let summary = Memo::new({
        let state = state.clone();
        move |_| {
            ctx.settled.track();
            ctx.vote_matches
                .with_untracked(|m| ctx.with_data(|d| Summary::of(d, &m.records, &state)))
        }
    });
    let row = move |label: &'static str, pick: fn(&Summary) -> [u32; 4]| {
        let cells = move || summary.with(pick);
        view! {
            <tr>
                <th scope="row">{label}</th>
                {(0..4).map(|i| view! { <td>{move || cells()[i]}</td> }).collect_view()}
                <td>{move || cells().iter().sum::<u32>()}</td>
            </tr>
        }
    };
    let (missing, without_vote) = ctx.with_data(|d| {
        let missing: Vec<(String, String)> = d
            .voting
            .iter()
            .flat_map(|v| &v.missing)
            .map(|m| ((t.coverage_missing)(&m.symbol), m.note.clone()))
            .collect();
        (missing, !d.resolutions.is_empty())
    });
    Some(view! {
        <section class="vote-summary" aria-labelledby="vote-summary-title">
            <h3 id="vote-summary-title">{(t.how_voted)(&name)}</h3>
            // Scrolls sideways on a narrow screen rather than widening the page.
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="vote-summary-title">
            <table aria-labelledby="vote-summary-title">
                <thead>
                    <tr>
                        <td></td>
                        {Cast::ALL.into_iter().map(|c| view! { <th scope="col">{t.cast(c)}</th> }).collect_view()}
                        <th scope="col">{t.total}</th>
                    </tr>
                </thead>
                <tbody>
                    {row(t.on_adopted_texts, |s| s.adopted_texts)}
                    {row(t.on_drafts_and_amendments, |s| s.drafts_and_amendments)}
                </tbody>
                <tfoot>
                    {row(t.total, |s| {
                        std::array::from_fn(|i| s.adopted_texts[i] + s.drafts_and_amendments[i])
                    })}
                </tfoot>
            </table>
            </div>
            <p class="muted coverage">
                {t.coverage_recorded_only}
                {without_vote.then(|| format!(" {}", (t.coverage_without_vote)(&name)))}
                {missing.into_iter().map(|(m, note)| view! { " " {m} " " <span lang=ctx.text_lang()>{note}</span> }).collect_view()}
            </p>
            <p class="muted coverage">{t.outcome_rule}</p>
        </section>
    })
}
