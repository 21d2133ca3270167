//! Switching between the state's initiatives and the recorded votes.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::filter::state::View;

/// Two links, "Initiatives (6)" and "Recorded votes (197)", in a labelled navigation; the one
/// shown is marked `aria-current`. Each keeps the search and the session, and adds a history
/// entry, so Back returns to the other list. A record without votes shows no switch.
#[component]
pub fn ViewSwitch() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let t = tr();
    let (initiatives, votes) = ctx.with_data(|d| (d.resolutions.len(), d.votes.len()));
    (votes > 0).then(|| {
        let link = move |view: View, label: &'static str, count: usize| {
            let href = move || ctx.state.with(|s| s.in_view(view).to_query());
            let href = move || {
                let q = href();
                if q.is_empty() {
                    "./".to_owned()
                } else {
                    q
                }
            };
            let current = move || (ctx.view.get() == view).then_some("page");
            let go = move |ev: leptos::ev::MouseEvent| {
                if ev.button() != 0
                    || ev.ctrl_key()
                    || ev.meta_key()
                    || ev.shift_key()
                    || ev.alt_key()
                {
                    return;
                }
                ev.prevent_default();
                nav.go(&ctx.state.with_untracked(|s| s.in_view(view)));
            };
            view! {
                <li>
                    <a href=href aria-current=current on:click=go>{(t.view_count)(label, count)}</a>
                </li>
            }
        };
        view! {
            <nav class="views" aria-label=t.views_label>
                <ul>
                    {link(View::Initiatives, t.view_initiatives, initiatives)}
                    {link(View::Votes, t.view_votes, votes)}
                </ul>
            </nav>
        }
    })
}
