//! The search box.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::filter::state::View;

/// A labelled `<input type="search">`. Each keystroke filters at once; the URL follows when the
/// browser is idle, replacing the current history entry, so it holds the search without
/// flooding the back button (see [`Navigator::go_typed`]).
#[component]
pub fn SearchBox() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let value = Memo::new(move |_| ctx.state.with(|s| s.q.clone()));
    let on_input = move |ev: leptos::ev::Event| {
        let q = event_target_value(&ev);
        let next = ctx.state.with_untracked(|s| {
            let mut next = s.clone();
            next.q = q;
            next
        });
        nav.go_typed(&next);
    };
    let t = tr();
    let votes = move || ctx.view.get() == View::Votes;
    view! {
        <div class="search">
            <label for="search">{move || if votes() { t.search_label_votes } else { t.search_label }}</label>
            <p class="hint" id="search-hint">{move || if votes() { t.search_hint_votes } else { t.search_hint }}</p>
            <input
                type="search"
                id="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
                prop:value=value
                on:input=on_input
                on:blur=move |_| nav.end_typing()
            />
        </div>
    }
}
