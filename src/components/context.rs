//! The handles every part of the record view shares: the data, its index, and the view state
//! derived from the URL.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::filter::fold::query_words;
use crate::filter::state::decode;
use crate::filter::timeline::events_by_resolution;
use crate::filter::{FilterState, Index, Matches};
use crate::model::{Dataset, Loaded};

/// Shared, `Copy` handles for the record view. The data is held once; everything else is a
/// Memo derived from the URL, so the URL is the single source of truth for what is shown.
#[derive(Clone, Copy)]
pub struct RecordCtx {
    /// The loaded record, never copied.
    pub loaded: StoredValue<Arc<Loaded>>,
    /// The search index, built once per dataset.
    pub index: StoredValue<Arc<Index>>,
    /// For each resolution, its events in date order, built once per dataset.
    pub events_of: StoredValue<Arc<Vec<Vec<usize>>>>,
    /// The filter state read from the URL query, without values the data lacks.
    pub state: Memo<FilterState>,
    /// The records matching `state`, with facet counts and the folded query words.
    pub matches: Memo<Matches>,
    /// Just the matching records (positions in dataset order): unchanged while typing does not
    /// change the result, so what depends only on it does not rerun.
    pub records: Memo<Vec<usize>>,
    /// The folded words of the search, for highlighting matches.
    pub words: Memo<Vec<String>>,
    /// The filter state printed as a query, once per change, for links that keep the view.
    pub query: Memo<String>,
    /// The URL query as the browser has it, for links that keep the view.
    pub search: Memo<String>,
    /// The URL fragment without `#`, for highlighting the target card or event.
    pub hash: Memo<String>,
    pathname: Memo<String>,
    navigate: Callback<(String, bool)>,
}

impl RecordCtx {
    /// Builds the handles for a loaded record and provides them to the components below.
    pub fn provide(loaded: Arc<Loaded>) -> Self {
        let location = use_location();
        let index = StoredValue::new(Arc::new(Index::new(&loaded.dataset)));
        let events_of = StoredValue::new(Arc::new(events_by_resolution(&loaded.dataset)));
        let search = location.search;
        let state = Memo::new(move |_| {
            search.with(|q| index.with_value(|i| i.sanitize(&FilterState::from_query(q))))
        });
        let matches = Memo::new(move |previous: Option<&Matches>| {
            state.with(|s| index.with_value(|i| i.apply_after(s, previous)))
        });
        let words = Memo::new(move |_| state.with(|s| query_words(&s.q)));
        let records = Memo::new(move |_| matches.with(|m| m.records.clone()));
        let query = Memo::new(move |_| state.with(FilterState::to_query));
        // A hand-typed fragment may be percent-encoded; ids are plain ASCII.
        let hash = Memo::new(move |_| location.hash.with(|h| decode(h.trim_start_matches('#'))));
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
        let ctx = Self {
            loaded: StoredValue::new(loaded),
            index,
            events_of,
            state,
            matches,
            records,
            words,
            query,
            search,
            hash,
            pathname: location.pathname,
            navigate,
        };
        provide_context(ctx);
        ctx
    }

    /// The handles provided by the enclosing record view.
    pub fn expect() -> Self {
        expect_context::<Self>()
    }

    /// Reads the dataset without copying it.
    pub fn with_data<R>(&self, f: impl FnOnce(&Dataset) -> R) -> R {
        self.loaded.with_value(|l| f(&l.dataset))
    }

    /// Goes to the element `id` on the page, with the view of `query` (a history entry, so Back
    /// returns to where the reader was).
    pub fn go_fragment(&self, query: &str, id: &str) {
        let path = self.pathname.get_untracked();
        self.navigate.run((format!("{path}{query}#{id}"), false));
    }

    /// Shows `next` by putting it in the URL. A deliberate change (a checkbox) adds a history
    /// entry; typing (`replace`) updates the current one instead of flooding history.
    pub fn go(&self, next: &FilterState, replace: bool) {
        let path = self.pathname.get_untracked();
        self.navigate
            .run((format!("{path}{}", next.to_query()), replace));
    }
}
