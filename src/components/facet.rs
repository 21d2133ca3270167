//! One facet: a fieldset of checkboxes with counts.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::filter::state::View;
use crate::filter::Facet;

/// A `<fieldset>` with a `<legend>`, one checkbox per option, each labelled with its value and
/// the number of records it would show given the other filters. Options with nothing to show
/// stay visible but disabled (unless chosen, so they can always be unchosen). The options and
/// counts are those of the list `view` shows: the Session facet is in both.
#[component]
pub fn FacetGroup(
    /// Which facet this is.
    facet: Facet,
    /// Which list it filters.
    #[prop(default = View::Initiatives)]
    view: View,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let options = match view {
        View::Initiatives => ctx.index.with_value(|i| i.options(facet).to_vec()),
        View::Votes => ctx.vote_index.with_value(|v| v.options(facet).to_vec()),
    };
    let t = tr();
    let state = ctx.followed_name();
    // Whose words the outcomes are, where a source's word is not the Council's.
    let hint = (facet == Facet::Outcome).then(|| {
        let id = format!("facet-{}-hint", facet.key());
        (
            id.clone(),
            view! { <p class="hint" id=id>{t.outcome_words_hint}</p> },
        )
    });
    let described_by = hint.as_ref().map(|(id, _)| id.clone());
    let hint = hint.map(|(_, view)| view);
    // Themes and lead states are the record's words: in the reader's language where CLDR or
    // the editors give them, else marked as in the record's.
    (!options.is_empty()).then(|| {
        view! {
            <fieldset class="facet" aria-describedby=described_by>
                <legend>{t.legend(facet, &state)}</legend>
                {hint}
                <ul>
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, option)| {
                            // By position: values may be in any script, and ids must be unique.
                            let input_id = format!("facet-{}-{i}", facet.key());
                            let value = option.value.clone();
                            let checked = {
                                let value = value.clone();
                                Memo::new(move |_| ctx.is_chosen(facet, &value))
                            };
                            let count = Memo::new(move |_| match view {
                                View::Initiatives => ctx.with_settled(|m, _| m.count(facet, i)),
                                View::Votes => {
                                    ctx.settled.track();
                                    ctx.vote_matches.with_untracked(|m| m.count(facet, i))
                                }
                            });
                            let disabled = move || count.get() == 0 && !checked.get();
                            let (label, label_lang) = match facet {
                                Facet::Theme => ctx.theme(&option.value),
                                Facet::Lead => ctx.named(&option.value),
                                _ => (t.option(facet, &option.value), None),
                            };
                            let on_change = move |ev: leptos::ev::Event| {
                                let on = event_target_checked(&ev);
                                let next = ctx.state.with_untracked(|s| s.with(facet, &value, on));
                                nav.go(&next);
                            };
                            view! {
                                <li class:is-disabled=disabled>
                                    <input
                                        type="checkbox"
                                        id=input_id.clone()
                                        prop:checked=checked
                                        disabled=disabled
                                        on:change=on_change
                                    />
                                    <label for=input_id>
                                        <span lang=label_lang>{label}</span>
                                        " "
                                        <span class="count">{move || format!("({})", count.get())}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
        }
    })
}
