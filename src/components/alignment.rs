//! With whom the followed state voted alike: every state that sat beside it, as a table.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::filter::votes::{alignment, Alignment};

/// An accessible table of every other state that voted beside the followed one on the votes
/// shown, most alike first: the shared Yes/No votes (always shown), the "votes only" figure
/// and the agreement index, each with a bar and its method in a sentence; states with few
/// shared votes are marked in words. Each row's button compares the two states on every vote.
/// Computed once per settled change of the filters.
#[component]
pub fn AlignmentTable() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let t = tr();
    let state = ctx.follows()?;
    let name = ctx.followed_name();
    let rows = Memo::new({
        let state = state.clone();
        move |_| {
            ctx.settled.track();
            ctx.vote_matches
                .with_untracked(|m| ctx.with_data(|d| alignment(d, &m.records, &state)))
        }
    });
    let caption = {
        let name = name.clone();
        move || rows.with(|r| (t.alignment_caption)(&name, r.len()))
    };
    let bar = |percent: Option<u32>| {
        percent.map(|p| {
            view! {
                <svg class="align-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="align-track" x="0" y="0" width="100" height="4"/>
                    <rect class="align-fill" x="0" y="0" width=p.to_string() height="4"/>
                </svg>
            }
        })
    };
    let figure = |percent: Option<u32>| percent.map_or_else(|| "—".to_owned(), |p| format!("{p}%"));
    // A pressed button unpresses: the comparison ends.
    let compare = move |code: String| {
        let mut next = ctx.state.with_untracked(Clone::clone);
        next.compare = (next.compare.as_deref() != Some(code.as_str())).then_some(code);
        next.differ &= next.compare.is_some();
        nav.go(&next);
    };
    Some(view! {
        <section class="alignment" aria-labelledby="alignment-title">
            <h3 id="alignment-title">{(t.with_whom)(&name)}</h3>
            <p class="hint">{t.votes_only_method}" "{t.index_method}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="alignment-title">
                <table>
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.column_state}</th>
                            <th scope="col">{t.column_shared}</th>
                            <th scope="col">{t.column_votes_only}</th>
                            <th scope="col">{t.column_index}</th>
                            <th scope="col"><span class="visually-hidden">{t.compare_with}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r: &Alignment| (r.code.clone(), r.shared, r.alike, r.index_shared, r.index_score) let:r>
                            {
                                let other = ctx.state_name(&r.code);
                                let code = r.code.to_string();
                                let pressed = {
                                    let code = code.clone();
                                    move || ctx.compare.with(|c| c.as_deref() == Some(code.as_str())).to_string()
                                };
                                view! {
                                    <tr class:is-few=r.is_few()>
                                        <th scope="row">
                                            {other.clone()}
                                            {r.is_few().then(|| view! { " " <span class="few">{format!("({})", t.few_shared)}</span> })}
                                        </th>
                                        <td>{r.shared}</td>
                                        <td>{bar(r.votes_only_percent())}" "{figure(r.votes_only_percent())}</td>
                                        <td>{bar(r.index_percent())}" "{figure(r.index_percent())}</td>
                                        <td>
                                            <button type="button" class="button button-secondary button-small" aria-pressed=pressed on:click=move |_| compare(code.clone())>
                                                {t.compare_with}
                                                <span class="visually-hidden">{format!(" {other}")}</span>
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    })
}
