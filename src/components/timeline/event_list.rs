//! A timeline group's events: the first few, and the rest on request (or when the URL names
//! one of them).

use std::collections::HashMap;

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::filter::timeline::{Entry, Item, Shows};

use super::entry::TimelineEntry;

/// How many events a group shows before "Show all", so a record of thousands of events mounts
/// a few per session.
pub const SHOWN: usize = 6;

/// For the URL fragment, the group (by position in the timeline) whose folded part holds the
/// event it names, if any. Read through a Selector, so that a change of URL that leaves the
/// answer as it was (every keystroke) reaches none of the groups, and a new answer only the two
/// groups concerned.
#[derive(Clone, Copy)]
pub struct FoldedTarget(StoredValue<Selector<Option<usize>>>);

impl FoldedTarget {
    /// Provides the answer for the timeline of `items`.
    pub fn provide(ctx: RecordCtx, items: &[Item]) {
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
        provide_context(FoldedTarget(StoredValue::new(selector)));
    }

    /// Whether the fragment names a folded event of `group`. Reactive.
    fn holds(self, group: usize) -> bool {
        self.0.with_value(|s| s.selected(&Some(group)))
    }
}

/// A group's events: the first few, and the rest on request (or when the URL names one).
/// `group` is the group's position in the timeline.
#[component]
pub fn EventList(entries: Vec<Entry>, group: usize) -> impl IntoView {
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
        folded.holds(group)
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
                tabindex="-1"
                aria-expanded=move || expanded().to_string()
                on:click=toggle
            >
                {move || if expanded() { t.show_fewer_events.to_owned() } else { (t.show_all_events)(total) }}
            </button>
        })}
    }
}
