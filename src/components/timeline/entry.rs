//! One event on the timeline.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::navigator::Navigator;
use crate::filter::links::fragment_href;
use crate::filter::state::View;
use crate::filter::timeline::{is_dimmed, Entry};
use crate::filter::FilterState;

use super::dimming::Dimming;

/// One event: its date, kind and title in one link (to its resolution's card when it concerns
/// one), so a screen reader reads the title and date and nothing more.
#[component]
pub fn TimelineEntry(entry: Entry) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let nav = expect_context::<Navigator>();
    let t = tr();
    let (id, title) = ctx.with_data(|d| (entry.id(d).to_owned(), entry.title(d).to_owned()));
    let is_target = {
        let id = id.clone();
        move || ctx.is_target(&id)
    };
    // Kept up to date by the timeline's one effect (see `Dimming`), so that thousands of
    // entries do not each watch the filters.
    let dimmed = expect_context::<Dimming>().register(ctx, entry.resolutions.clone());
    let note = format!(" ({})", t.dimmed_note);
    // Whether the event is dimmed now, not once the view settles: a click asks this.
    let related = entry.resolutions.clone();
    let dimmed_now = move || {
        let active = ctx.state.with_untracked(FilterState::is_active);
        ctx.matches
            .with_untracked(|m| is_dimmed(active, &related, &m.records))
    };
    let target = match entry.resolutions.as_slice() {
        [one] => Some(ctx.with_data(|d| d.resolutions[*one].id.clone())),
        _ => None,
    };
    let to_card = target.is_some();
    let to = target.unwrap_or_else(|| id.clone());
    let href = fragment_href(&ctx.home(View::Initiatives), &to);
    let on_click = keep_view_on_click(ctx, nav, to, move || to_card && dimmed_now());
    let others: Vec<(usize, String, String)> = if entry.resolutions.len() > 1 {
        ctx.with_data(|d| {
            entry
                .resolutions
                .iter()
                .map(|&i| {
                    (
                        i,
                        d.resolutions[i].id.clone(),
                        d.resolutions[i].title.clone(),
                    )
                })
                .collect()
        })
    } else {
        Vec::new()
    };
    let date = entry.date;
    view! {
        <li id=id.clone() class="tl-event" class:is-dimmed=dimmed class:is-target=is_target tabindex="-1">
            // The date leads, as on any timeline, so that when the band clamps a long title
            // the date is never what is cut; there it has a line of its own, its separator
            // ending the line (the stylesheet), so the link's name reads the same everywhere.
            <a class="tl-link" href=href tabindex="-1" on:click=on_click>
                // Undated events sit under the heading "Date not stated", which says it for them.
                {date.map(|d| view! { <time class="tl-date" datetime=d.iso()>{t.date(&d)}</time> <span class="tl-sep">" · "</span> })}
                <span class="tl-what">
                    <span class="tl-kind">{t.event_kind(entry.kind)}": "</span>
                    <span class="tl-title" lang=ctx.text_lang()>{title}</span>
                </span>
            </a>
            {t.when(entry.when).map(|l| view! { " " <span class="badge badge-when">{l}</span> })}
            <span class="visually-hidden tl-note">{move || if dimmed.get() { note.clone() } else { String::new() }}</span>
            {(!others.is_empty()).then(|| view! {
                <ul class="tl-related" aria-label=t.resolutions>
                    {others.into_iter().map(|(i, id, title)| {
                        let href = fragment_href(&ctx.home(View::Initiatives), &id);
                        let outside = move || ctx.records.with_untracked(|r| r.binary_search(&i).is_err());
                        view! { <li><a href=href tabindex="-1" on:click=keep_view_on_click(ctx, nav, id, outside) lang=ctx.text_lang()>{title}</a></li> }
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// A click handler for a link whose href is the canonical `#to` on this record (for a new tab
/// or copying): a plain click goes there keeping the current filters, or clearing them when
/// the target is `outside` them (and so not on the page). Nothing about the link changes per
/// keystroke, however long the list.
fn keep_view_on_click(
    ctx: RecordCtx,
    nav: Navigator,
    to: String,
    outside: impl Fn() -> bool + 'static,
) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        // The timeline's cards are the initiatives: from the votes list, go to them.
        if outside() || ctx.view.get_untracked() != View::Initiatives {
            nav.go_fragment(&ctx.home(View::Initiatives), &to);
        } else {
            ctx.view_query.with_untracked(|q| nav.go_fragment(q, &to));
        }
    }
}
