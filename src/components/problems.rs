//! Problems found in the data: each bad record named, while the rest of the record shows.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::i18n::Strings;
use crate::model::Problem;

/// How many problems the notice lists before folding the rest away. An alert is read out whole
/// when it appears, so a file with thousands of bad records must not make it endless.
const LISTED: usize = 10;

/// Lists the records that could not be shown (or links that were dropped), for editors. The
/// first few are listed; the rest sit in a disclosure that mounts them only when opened.
#[component]
pub fn DataProblems(
    /// The problems found while loading.
    problems: Vec<Problem>,
) -> impl IntoView {
    // Mounted inside a record view, it follows printing; on its own (in tests) it need not.
    let printing = use_context::<RecordCtx>().map(|ctx| ctx.printing);
    let count = problems.len();
    let t = tr();
    (count > 0).then(|| {
        let summary = (t.problems_summary)(count);
        let mut problems = problems;
        let rest = problems.split_off(count.min(LISTED));
        let more = (!rest.is_empty()).then(|| {
            let open = RwSignal::new(false);
            let label = (t.show_more_problems)(rest.len());
            let rest = StoredValue::new(rest);
            view! {
                <details on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>{label}</summary>
                    <Show when=move || open.get() || printing.is_some_and(|p| p.get())>
                        <ul>{rest.with_value(|r| r.iter().cloned().map(|p| item(t, p)).collect_view())}</ul>
                    </Show>
                </details>
            }
        });
        // Only the summary and the first few are the alert; the rest, once opened, is read
        // when the reader goes to it rather than announced all at once.
        view! {
            <section class="data-problems" aria-labelledby="data-problems-title">
                <div role="alert">
                    <h2 id="data-problems-title">{summary}</h2>
                    <ul>{problems.into_iter().map(|p| item(t, p)).collect_view()}</ul>
                </div>
                {more}
            </section>
        }
    })
}

/// One problem: the record, the field, and what was expected and found. The loader words its
/// findings in English, as `check-data` prints them, so an editor can match the two; they are
/// marked as English for screen readers when the page speaks another language.
fn item(t: &'static Strings, p: Problem) -> impl IntoView {
    view! {
        <li>
            <code lang="en">{p.record()}</code>
            {(!p.path.is_empty()).then(|| view! { ", " {t.field_word} " " <code>{p.path.clone()}</code> })}
            ": "
            <span lang="en">{p.message}</span>
        </li>
    }
}
