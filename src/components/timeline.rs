//! The session timeline: a labelled region with an ordered list of sessions and events,
//! linked both ways to the cards and following the active filters.

use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::screen::{elements, is_wide};
use crate::filter::links::fragment_href;
use crate::filter::timeline::{build, civil_from_days, is_dimmed, Entry, Item, Shows, When};
use crate::filter::{Facet, FilterState};
use crate::i18n::Strings;

/// Sessions in time order (the membership term marked), each with its events; events outside
/// sessions between them; undated events last. Tab and the arrow keys move between events.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let items = ctx.with_data(|d| build(d, today()));
    let (state_name, terms) = ctx.with_data(|d| {
        let terms: Vec<String> = d
            .profile
            .memberships
            .iter()
            .map(|m| format!("{}–{}", m.from.year_value(), m.to.year_value()))
            .collect();
        (d.profile.state.name.clone(), terms)
    });
    let intro = if terms.is_empty() {
        format!("{} {}", t.timeline_intro_plain, t.timeline_keys)
    } else {
        format!(
            "{} {}",
            (t.timeline_intro)(&state_name, &terms.join(", ")),
            t.timeline_keys
        )
    };
    let sessions = items
        .iter()
        .filter(|i| matches!(i, Item::Session { .. }))
        .count();
    // On a phone the timeline starts folded, so the resolutions are not screens away; on a wide
    // screen it is a band near the top and starts open.
    let open = is_wide();
    follow_filters(ctx);
    provide_context(folded_target(ctx, &items));
    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t.timeline}</h2>
            <details class="fold" open=open>
                <summary>{(t.timeline_summary)(sessions)}</summary>
                <p class="hint">{intro}</p>
                <ol class="tl" on:keydown=move_between_events>
                    {items.into_iter().enumerate().map(|(group, item)| view! { <TimelineItem item group/> }).collect_view()}
                </ol>
            </details>
        </section>
    }
}

/// One top-level item: a session with its events, a loose event, or the undated events.
#[component]
fn TimelineItem(item: Item, group: usize) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    match item {
        Item::Session {
            number,
            start,
            end,
            in_term,
            when,
            events,
        } => {
            let value = number.to_string();
            let option = ctx.index.with_value(|i| {
                i.options(Facet::Session)
                    .iter()
                    .position(|o| o.value == value)
            });
            let selected = {
                let value = value.clone();
                Memo::new(move |_| ctx.is_chosen(Facet::Session, &value))
            };
            let filter_link = option.map(|i| {
                let value = value.clone();
                // The link keeps the search, so it follows typing, but only once it settles.
                let href = move || {
                    let selected = selected.get();
                    ctx.with_settled(|_, s| {
                        let next = if selected { s.with(Facet::Session, &value, false) } else { s.only(Facet::Session, &value) };
                        fragment_href(&next.to_query(), "main")
                    })
                };
                let count = move || ctx.with_settled(|m, _| m.count(Facet::Session, i));
                view! {
                    <a class="tl-filter" href=href aria-current=move || selected.get().then_some("true")>
                        {move || if selected.get() { t.show_every_session } else { t.show_its_resolutions }}
                        <span class="visually-hidden">{format!(" ({})", (t.session_name)(number))}</span>
                        {move || (!selected.get()).then(|| format!(" ({})", count()))}
                    </a>
                }
            });
            let quiet = events.is_empty();
            view! {
                <li class="tl-session" class:in-term=in_term class:is-quiet=quiet class:is-selected=move || selected.get()>
                    <div class="tl-head">
                        <h3>{(t.session_name)(number)}</h3>
                        <p class="tl-dates">
                            <time datetime=start.iso()>{t.date(&start)}</time>
                            " – "
                            <time datetime=end.iso()>{t.date(&end)}</time>
                        </p>
                        <p class="tl-badges">
                            {in_term.then(|| view! { <span class="badge badge-term">{t.member_badge}</span> })}
                            {when_label(t, when).map(|l| view! { <span class="badge badge-when">{l}</span> })}
                        </p>
                    </div>
                    {(!events.is_empty()).then(|| view! { <EventList entries=events group/> })}
                    {filter_link}
                </li>
            }
            .into_any()
        }
        Item::Between(entries) => view! {
            <li class="tl-loose">
                <div class="tl-head">
                    <h3>{t.between_sessions}</h3>
                </div>
                <EventList entries group/>
            </li>
        }
        .into_any(),
        Item::Undated(entries) => view! {
            <li class="tl-undated">
                <div class="tl-head">
                    <h3>{t.date_not_stated_heading}</h3>
                </div>
                <EventList entries group/>
            </li>
        }
        .into_any(),
    }
}

/// How many events a group shows before "Show all", so a record of thousands of events mounts
/// a few per session.
const SHOWN: usize = 6;

/// For the URL fragment, the group (by position in the timeline) whose folded part holds the
/// event it names, if any. Read through a Selector, so that a change of URL that leaves the
/// answer as it was (every keystroke) reaches none of the groups, and a new answer only the two
/// groups concerned.
#[derive(Clone, Copy)]
struct FoldedTarget(StoredValue<Selector<Option<usize>>>);

fn folded_target(ctx: RecordCtx, items: &[Item]) -> FoldedTarget {
    let group_of: HashMap<Shows, usize> = items
        .iter()
        .enumerate()
        .flat_map(|(group, item)| {
            item.events()
                .iter()
                .skip(SHOWN)
                .map(move |e| (e.shows, group))
        })
        .collect();
    let selector = Selector::new(move || {
        ctx.hash
            .with(|h| ctx.with_data(|d| Shows::find(d, h)))
            .and_then(|shows| group_of.get(&shows).copied())
    });
    FoldedTarget(StoredValue::new(selector))
}

/// A group's events: the first few, and the rest on request (or when the URL names one).
/// `group` is the group's position in the timeline.
#[component]
fn EventList(entries: Vec<Entry>, group: usize) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let total = entries.len();
    let mut entries = entries;
    let rest = StoredValue::new(entries.split_off(SHOWN.min(total)));
    let open = RwSignal::new(false);
    // The URL's fragment opens the group when it names a hidden event, until the reader closes
    // it again for that fragment.
    let closed_for = RwSignal::new(None::<String>);
    let folded = expect_context::<FoldedTarget>();
    // The fragment is read only for the group that holds its target, so the other groups do
    // not hear of every change of URL.
    let wanted = Memo::new(move |_| {
        folded.0.with_value(|s| s.selected(&Some(group)))
            && ctx
                .hash
                .with(|h| closed_for.with(|c| c.as_deref() != Some(h.as_str())))
    });
    let expanded = move || open.get() || wanted.get();
    // Paper shows every event: it has no "Show all" to press.
    let mounted = move || expanded() || ctx.printing.get();
    let toggle = move |_| {
        if expanded() {
            open.set(false);
            closed_for.set(Some(ctx.hash.get_untracked()));
        } else {
            open.set(true);
        }
    };
    view! {
        <ol class="tl-events">
            {entries.into_iter().map(|entry| view! { <TimelineEntry entry/> }).collect_view()}
            <Show when=mounted>
                {rest.get_value().into_iter().map(|entry| view! { <TimelineEntry entry/> }).collect_view()}
            </Show>
        </ol>
        {(total > SHOWN).then(|| view! {
            <button
                type="button"
                class="tl-more"
                aria-expanded=move || expanded().to_string()
                on:click=toggle
            >
                {move || if expanded() { t.show_fewer_events.to_owned() } else { (t.show_all_events)(total) }}
            </button>
        })}
    }
}

/// One event: its kind, title and date in one link (to its resolution's card when it concerns
/// one), so a screen reader reads the title and date and nothing more.
#[component]
fn TimelineEntry(entry: Entry) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let (id, title) = ctx.with_data(|d| (entry.id(d).to_owned(), entry.title(d).to_owned()));
    let is_target = {
        let id = id.clone();
        move || ctx.is_target(&id)
    };
    // Dimming is kept up to date by the timeline's one effect (see `follow_filters`); an
    // entry only starts right, so that thousands of entries do not each watch the filters.
    let related = entry.resolutions.clone();
    let dimmed_now = move || {
        let active = ctx.state.with_untracked(FilterState::is_active);
        ctx.matches
            .with_untracked(|m| is_dimmed(active, &related, &m.records))
    };
    let related_attr = entry
        .resolutions
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    let dimmed = dimmed_now();
    let class = if dimmed {
        "tl-event is-dimmed"
    } else {
        "tl-event"
    };
    let note = if dimmed { dimmed_note() } else { String::new() };
    let target = match entry.resolutions.as_slice() {
        [one] => Some(ctx.with_data(|d| d.resolutions[*one].id.clone())),
        _ => None,
    };
    let to_card = target.is_some();
    let to = target.unwrap_or_else(|| id.clone());
    let href = ctx.home.with_value(|h| fragment_href(h, &to));
    let on_click = keep_view_on_click(ctx, to, move || to_card && dimmed_now());
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
        <li id=id.clone() class=class data-res=related_attr class:is-target=is_target tabindex="-1">
            <a class="tl-link" href=href on:click=on_click>
                <span class="tl-kind">{t.event_kind(entry.kind)}": "</span>
                <span class="tl-title" lang=ctx.text_lang()>{title}</span>
                {match date {
                    Some(d) => view! { ", " <time datetime=d.iso()>{t.date(&d)}</time> }.into_any(),
                    None => view! { <span class="muted">{format!(", {}", t.date_not_stated)}</span> }.into_any(),
                }}
            </a>
            {when_label(t, entry.when).map(|l| view! { " " <span class="badge badge-when">{l}</span> })}
            <span class="visually-hidden tl-note">{note}</span>
            {(!others.is_empty()).then(|| view! {
                <ul class="tl-related" aria-label=t.resolutions>
                    {others.into_iter().map(|(i, id, title)| {
                        let href = ctx.home.with_value(|h| fragment_href(h, &id));
                        let outside = move || ctx.records.with_untracked(|r| r.binary_search(&i).is_err());
                        view! { <li><a href=href on:click=keep_view_on_click(ctx, id, outside) lang=ctx.text_lang()>{title}</a></li> }
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// A click handler for a link whose href is the canonical `#to` on this record (for a new tab
/// or copying):
/// a plain click goes there keeping the current filters, or clearing them when the target is
/// `outside` them (and so not on the page). Nothing about the link changes per keystroke,
/// however long the list.
fn keep_view_on_click(
    ctx: RecordCtx,
    to: String,
    outside: impl Fn() -> bool + 'static,
) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        if outside() {
            ctx.home.with_value(|h| ctx.go_fragment(h, &to));
        } else {
            ctx.query.with_untracked(|q| ctx.go_fragment(q, &to));
        }
    }
}

/// What a screen reader hears after a dimmed event.
fn dimmed_note() -> String {
    format!(" ({})", tr().dimmed_note)
}

/// A word for an event's place in time, or nothing for the past (the usual case needs none).
fn when_label(t: &Strings, when: When) -> Option<&'static str> {
    match when {
        When::Past | When::Undated => None,
        When::Current => Some(t.now),
        When::Upcoming => Some(t.upcoming),
    }
}

/// Dims the events of filtered-out resolutions, in one pass over the mounted entries whenever
/// the filters change. One effect rather than a Memo per entry: thousands of subscribers to the
/// result would make every keystroke pay for all of them.
fn follow_filters(ctx: RecordCtx) {
    // Both inputs follow the filters once they settle after typing, and are Memos, so they keep
    // still while the result stays as it was.
    let active = Memo::new(move |_| ctx.with_settled(|_, s| s.is_active()));
    let records = Memo::new(move |_| ctx.with_settled(|m, _| m.records.clone()));
    let note_text = dimmed_note();
    Effect::new(move |_| {
        let active = active.get();
        records.with(|records| {
            for el in elements(".tl-event[data-res]") {
                let related: Vec<usize> = el
                    .get_attribute("data-res")
                    .unwrap_or_default()
                    .split_whitespace()
                    .filter_map(|n| n.parse().ok())
                    .collect();
                let dim = is_dimmed(active, &related, records);
                if el.class_list().contains("is-dimmed") != dim {
                    let _ = el.class_list().toggle_with_force("is-dimmed", dim);
                    if let Ok(Some(note)) = el.query_selector(".tl-note") {
                        note.set_text_content(Some(if dim { note_text.as_str() } else { "" }));
                    }
                }
            }
        });
    });
}

/// Arrow keys (and Home/End) move focus between the timeline's event links.
fn move_between_events(ev: leptos::ev::KeyboardEvent) {
    let step: i32 = match ev.key().as_str() {
        "ArrowDown" | "ArrowRight" => 1,
        "ArrowUp" | "ArrowLeft" => -1,
        "Home" => i32::MIN,
        "End" => i32::MAX,
        _ => return,
    };
    // Only from an event link: the session and related links keep their usual keys.
    let from_event = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|t| t.class_list().contains("tl-link"));
    if !from_event {
        return;
    }
    let Some(list) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(links) = list.query_selector_all("a.tl-link") else {
        return;
    };
    let links: Vec<web_sys::HtmlElement> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    if links.is_empty() {
        return;
    }
    let active = document().active_element();
    let at = links.iter().position(|l| {
        active
            .as_ref()
            .is_some_and(|a| a == l.unchecked_ref::<web_sys::Element>())
    });
    let last = links.len() - 1;
    let next = match (step, at) {
        (i32::MIN, _) => 0,
        (i32::MAX, _) => last,
        (_, None) => 0,
        (1, Some(i)) => (i + 1).min(last),
        (_, Some(i)) => i.saturating_sub(1),
    };
    ev.prevent_default();
    let _ = links[next].focus();
}

/// Today's date in UTC, for telling past from upcoming.
fn today() -> (u16, u8, u8) {
    let days = (js_sys::Date::now() / 86_400_000.0).floor();
    // Far inside i64's range for any real clock.
    civil_from_days(days as i64)
}
