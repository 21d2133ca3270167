//! The record's headline figures: what the state led and sponsored, and how it voted.

use leptos::prelude::*;

use crate::components::cast_bar::{cast_class, CastBar};
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::state::Cast;
use crate::model::Role;

/// The figures a reader came for, on the first screen: the state's initiatives by role, and
/// its votes over the term's recorded votes. They are the whole record's, not the filtered
/// view's, so they read the same whatever the URL narrows.
#[component]
pub fn Headline() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let own = ctx.follows();
    let (roles, votes) = ctx.with_data(|d| {
        let roles: Vec<(Role, usize)> = Role::ALL
            .into_iter()
            .map(|role| {
                (
                    role,
                    d.resolutions.iter().filter(|r| r.role == role).count(),
                )
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        let votes = own.as_deref().filter(|_| !d.votes.is_empty()).map(|state| {
            let mut counts = [0u32; 4];
            for v in &d.votes {
                let cast = Cast::of(v.ballot_of(state));
                if let Some(slot) = Cast::ALL.iter().position(|c| *c == cast) {
                    counts[slot] += 1;
                }
            }
            (counts, d.votes.len())
        });
        (roles, votes)
    });
    if roles.is_empty() && votes.is_none() {
        return ().into_any();
    }
    let name = ctx.followed_name();
    view! {
        <section class="headline" aria-label=t.headline_label>
            {(!roles.is_empty()).then(|| view! {
                <div class="headline-group headline-roles">
                    <p class="headline-caption">{t.view_initiatives}</p>
                    <dl class="figures">
                        {roles.into_iter().map(|(role, n)| view! {
                            <div class="figure"><dt>{t.role(role)}</dt><dd>{n}</dd></div>
                        }).collect_view()}
                    </dl>
                </div>
            })}
            {votes.map(|(counts, total)| view! {
                <div class="headline-group headline-votes">
                    <p class="headline-caption">{(t.headline_votes)(&name, total)}</p>
                    <dl class="figures">
                        {Cast::ALL.into_iter().zip(counts).map(|(c, n)| view! {
                            // The swatch marks the number, not the words under it, so that a
                            // label that wraps never leaves it alone on a line.
                            <div class=format!("figure {}", cast_class(c))>
                                <dt>{t.cast(c)}</dt>
                                <dd><span class="swatch" aria-hidden="true"></span>{n}</dd>
                            </div>
                        }).collect_view()}
                    </dl>
                    <CastBar counts/>
                </div>
            })}
        </section>
    }
    .into_any()
}
