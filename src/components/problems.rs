//! Problems found in the data: each bad record named, while the rest of the record shows.

use leptos::prelude::*;

use crate::model::Problem;

/// Lists the records that could not be shown (or links that were dropped), for editors.
#[component]
pub fn DataProblems(
    /// The problems found while loading.
    problems: Vec<Problem>,
) -> impl IntoView {
    let count = problems.len();
    (count > 0).then(|| {
        let summary = if count == 1 {
            "1 problem in the data file: the rest of the record is shown.".to_owned()
        } else {
            format!("{count} problems in the data file: the rest of the record is shown.")
        };
        view! {
            <section class="data-problems" role="alert" aria-labelledby="data-problems-title">
                <h2 id="data-problems-title">{summary}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|p| {
                            view! {
                                <li>
                                    <code>{p.record()}</code>
                                    {(!p.path.is_empty()).then(|| view! { ", field " <code>{p.path.clone()}</code> })}
                                    ": "
                                    {p.message}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
