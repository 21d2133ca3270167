//! Dimming the events of filtered-out resolutions.
//!
//! Each mounted event registers the resolutions it concerns (positions in the dataset) and a
//! signal for whether it is dimmed; one effect walks the registered events when the filters
//! settle and sets the signals whose answer changed. A Memo per event would make every change
//! of the result wake thousands of subscribers; this way a keystroke that leaves the dimming as
//! it was touches none of them.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::filter::timeline::is_dimmed;
use crate::filter::FilterState;

/// The mounted events and their dimming, provided by the timeline.
#[derive(Clone, Copy)]
pub struct Dimming {
    entries: StoredValue<Slots>,
}

/// Each mounted event's resolutions and its dimmed signal, by slot; a slot is emptied when its
/// event unmounts, and taken again by the next event to mount.
#[derive(Default)]
struct Slots {
    taken: Vec<Option<(Vec<usize>, RwSignal<bool>)>>,
    free: Vec<usize>,
}

impl Dimming {
    /// Provides the registry, and the one effect that keeps it up to date with the filters
    /// once they settle after typing.
    pub fn provide(ctx: RecordCtx) {
        let dimming = Self {
            entries: StoredValue::new(Slots::default()),
        };
        // Both inputs are Memos over the settled view, so they keep still while the result
        // stays as it was.
        let active = Memo::new(move |_| ctx.with_settled(|_, s| s.is_active()));
        let records = Memo::new(move |_| ctx.with_settled(|m, _| m.records.clone()));
        Effect::new(move |_| {
            let active = active.get();
            records.with(|records| {
                dimming.entries.with_value(|slots| {
                    for (related, dimmed) in slots.taken.iter().flatten() {
                        let dim = is_dimmed(active, related, records);
                        if dimmed.get_untracked() != dim {
                            dimmed.set(dim);
                        }
                    }
                });
            });
        });
        provide_context(dimming);
    }

    /// Registers a mounted event about the resolutions `related`, until it unmounts; returns
    /// whether it is dimmed, kept true by the timeline's effect.
    pub fn register(self, ctx: RecordCtx, related: Vec<usize>) -> ReadSignal<bool> {
        let active = ctx.state.with_untracked(FilterState::is_active);
        let now = ctx
            .matches
            .with_untracked(|m| is_dimmed(active, &related, &m.records));
        let dimmed = RwSignal::new(now);
        let mut slot = 0;
        self.entries.update_value(|slots| {
            let entry = Some((related, dimmed));
            match slots.free.pop() {
                Some(free) => {
                    slot = free;
                    slots.taken[free] = entry;
                }
                None => {
                    slot = slots.taken.len();
                    slots.taken.push(entry);
                }
            }
        });
        let entries = self.entries;
        on_cleanup(move || {
            entries.try_update_value(|slots| {
                if let Some(entry) = slots.taken.get_mut(slot) {
                    *entry = None;
                    slots.free.push(slot);
                }
            });
        });
        dimmed.read_only()
    }
}
