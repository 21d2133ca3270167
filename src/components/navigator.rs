//! How the record view changes the URL: filter changes add a history entry, a typed search is
//! written when the browser is idle, and every write puts a waiting search in first. (Links the
//! reader follows, and the language menu, change the URL themselves.)
//!
//! When a typed search is written is decided by [`PendingSearch`], a plain state machine tested
//! natively; this file calls it from the browser's events (keys and idle time) and turns its
//! answers into navigations. The pause that ends typing is a timer kept here.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::browser::idle::when_idle;
use crate::browser::paint::can_paint;
use crate::filter::pending::{AfterKey, PendingSearch};
use crate::filter::FilterState;

/// How long typing pauses before matches are marked up again. Screen readers announce a
/// `<mark>` and not a painted highlight; someone who stops typing to read finds the marks.
pub const PAUSE: Duration = Duration::from_millis(1000);

/// Shared, `Copy` handles for changing the URL, provided with the record view.
#[derive(Clone, Copy)]
pub struct Navigator {
    /// The URL's query as the browser has it.
    url_query: Memo<String>,
    pathname: Memo<String>,
    navigate: Callback<(String, bool)>,
    /// A search typed but not yet in the URL.
    pending: RwSignal<PendingSearch>,
    /// Keys are coming in: true from a key until typing pauses for [`PAUSE`] or the box is left
    /// (only where the browser paints highlights; see `RecordCtx::typing`).
    keys: RwSignal<bool>,
    /// The timer that ends `keys`, restarted by each key.
    pause: StoredValue<Option<TimeoutHandle>>,
}

impl Navigator {
    /// Builds the handles over the router's location and provides them below.
    pub fn provide() -> Self {
        let location = use_location();
        let navigate = use_navigate();
        let navigate = Callback::new(move |(to, replace): (String, bool)| {
            navigate(
                &to,
                NavigateOptions {
                    resolve: false,
                    replace,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            );
        });
        let nav = Self {
            url_query: location.search,
            pathname: location.pathname,
            navigate,
            pending: RwSignal::new(PendingSearch::default()),
            keys: RwSignal::new(false),
            pause: StoredValue::new(None),
        };
        provide_context(nav);
        nav
    }

    /// The query the view shows: a typed search while it leads, else the URL's. Reactive.
    pub fn view_source<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        self.url_query
            .with(|url| self.pending.with(|pending| f(pending.leads(url))))
    }

    /// True while keys come in (see [`PAUSE`]). Reactive.
    pub fn keys_coming(&self) -> bool {
        self.keys.get()
    }

    /// Shows `next`, a search typed into the box, at once, and puts it in the URL once the
    /// browser is idle, in place of the current history entry. A burst of keys writes it once.
    pub fn go_typed(&self, next: &FilterState) {
        let url = self.url_query.get_untracked();
        let mut after = AfterKey::AlreadyScheduled;
        self.pending
            .update(|pending| after = pending.on_key(&url, next.to_query()));
        if after == AfterKey::ScheduleWrite {
            let nav = *self;
            when_idle(move || nav.write_typed());
        }
        if can_paint() {
            self.stop_pause();
            if !self.keys.get_untracked() {
                self.keys.set(true);
            }
            let keys = self.keys;
            let timer = set_timeout_with_handle(
                move || {
                    let _ = keys.try_set(false);
                },
                PAUSE,
            );
            self.pause.set_value(timer.ok());
        }
    }

    /// Ends the keys now: the matches are marked up again. Leaving the search box does, so what
    /// a keyboard or screen reader moves on to is marked up at once.
    pub fn end_typing(&self) {
        self.stop_pause();
        // The box loses focus as it is removed, after the view's signals are gone.
        if self.keys.try_get_untracked() == Some(true) {
            let _ = self.keys.try_set(false);
        }
    }

    /// Stops the timer that would end typing.
    fn stop_pause(&self) {
        if let Some(Some(timer)) = self.pause.try_update_value(Option::take) {
            timer.clear();
        }
    }

    /// Writes the search typed since the last write into the URL, in place of the current
    /// entry, unless the URL has moved on since (Back, a link): what the reader chose last
    /// wins. Whatever builds a URL from the browser's own (the language menu) calls it first.
    pub fn write_typed(&self) {
        // The view may be gone (another record, another language) before the browser is idle.
        let Some(url) = self.url_query.try_get_untracked() else {
            return;
        };
        let Some((true, query)) = self
            .pending
            .try_update_untracked(|pending| (pending.is_waiting(), pending.take_for_write(&url)))
        else {
            return;
        };
        if let Some(query) = query {
            let path = self.pathname.get_untracked();
            self.navigate.run((format!("{path}{query}"), true));
        }
        // Nothing waits any more: what showed the typed search follows the URL again.
        self.pending.notify();
    }

    /// Shows `next` by putting it in the URL, adding a history entry, so Back undoes it.
    pub fn go(&self, next: &FilterState) {
        // A search still waiting for the URL goes into the entry this change leaves, so Back
        // returns to what the reader saw.
        self.write_typed();
        let path = self.pathname.get_untracked();
        self.navigate
            .run((format!("{path}{}", next.to_query()), false));
    }

    /// Goes to the element `id` on the page, with the view of `query` (a history entry, so Back
    /// returns to where the reader was).
    pub fn go_fragment(&self, query: &str, id: &str) {
        self.write_typed();
        let path = self.pathname.get_untracked();
        self.navigate.run((format!("{path}{query}#{id}"), false));
    }
}
