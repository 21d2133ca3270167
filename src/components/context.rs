//! The handles every part of the record view shares: the data, its index, and the view state
//! derived from the URL, each a Memo (or a Selector for what many elements ask). Changing the
//! URL is the [`Navigator`]'s; this file only reads.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::idle::when_idle;
use crate::browser::print::follow_printing;
use crate::components::language::UiLang;
use crate::components::navigator::Navigator;
use crate::filter::fold::query_words;
use crate::filter::state::decode;
use crate::filter::state::View;
use crate::filter::timeline::events_by_resolution;
use crate::filter::votes::{VoteIndex, VoteMatches};
use crate::filter::{Facet, FilterState, Index, Matches, Recent};
use crate::lang::Lang;
use crate::model::{Dataset, Loaded, Local};

/// What outlives a change of language, which draws the record view again: the search index and
/// each resolution's events for the record shown (built once per record, not once per drawing),
/// and the source texts already fetched. Provided by the record page, above what it redraws.
#[derive(Clone, Copy)]
pub struct RecordCache {
    built: StoredValue<Option<Built>>,
    texts: StoredValue<HashMap<String, String>>,
}

/// The parts of a record view built from the data alone, with the record they were built for.
#[derive(Clone)]
struct Built {
    loaded: Arc<Loaded>,
    parts: Parts,
}

/// What is built once per record: the initiatives' index, each resolution's events, and the
/// votes' index.
#[derive(Clone)]
struct Parts {
    index: Arc<Index>,
    events_of: Arc<Vec<Vec<usize>>>,
    votes: Arc<VoteIndex>,
}

impl RecordCache {
    /// An empty cache, provided to the components below.
    pub fn provide() -> Self {
        let cache = Self {
            built: StoredValue::new(None),
            texts: StoredValue::new(HashMap::new()),
        };
        provide_context(cache);
        cache
    }

    /// The parts of `loaded`, built now or kept from an earlier drawing of it.
    fn parts(&self, loaded: &Arc<Loaded>) -> Parts {
        let kept = self.built.with_value(|b| {
            b.as_ref()
                .filter(|b| Arc::ptr_eq(&b.loaded, loaded))
                .map(|b| b.parts.clone())
        });
        kept.unwrap_or_else(|| {
            let parts = build_parts(loaded);
            self.built.set_value(Some(Built {
                loaded: Arc::clone(loaded),
                parts: parts.clone(),
            }));
            parts
        })
    }

    /// A source text fetched earlier, if any.
    pub fn text(&self, file: &str) -> Option<String> {
        self.texts.with_value(|t| t.get(file).cloned())
    }

    /// Keeps a fetched source text for the next drawing.
    pub fn keep_text(&self, file: &str, text: &str) {
        self.texts
            .update_value(|t| drop(t.insert(file.to_owned(), text.to_owned())));
    }
}

/// Builds the parts of a record view that depend on the data alone.
fn build_parts(loaded: &Loaded) -> Parts {
    Parts {
        index: Arc::new(Index::new(&loaded.dataset)),
        events_of: Arc::new(events_by_resolution(&loaded.dataset)),
        votes: Arc::new(VoteIndex::new(&loaded.dataset)),
    }
}

/// Shared, `Copy` handles for the record view. The data is held once; everything else is a
/// Memo derived from the URL (through the [`Navigator`], which lets a typed search lead until
/// it is written), so the URL is the single source of truth for what is shown.
#[derive(Clone, Copy)]
pub struct RecordCtx {
    /// The loaded record, never copied.
    pub loaded: StoredValue<Arc<Loaded>>,
    /// The search index, built once per dataset.
    pub index: StoredValue<Arc<Index>>,
    /// For each resolution, its events in date order, built once per dataset.
    pub events_of: StoredValue<Arc<Vec<Vec<usize>>>>,
    /// The votes' index, built once per dataset.
    pub vote_index: StoredValue<Arc<VoteIndex>>,
    /// The votes matching `state`, with the votes' facet counts.
    pub vote_matches: Memo<VoteMatches>,
    /// Just the matching votes (positions in dataset order).
    pub vote_records: Memo<Vec<usize>>,
    /// Which list the page shows.
    pub view: Memo<View>,
    /// The state compared with, if any: read by every vote card and alignment row, so they
    /// hear of a new comparison and not of every keystroke.
    pub compare: Memo<Option<String>>,
    /// The filter state the view shows, without values the data lacks.
    pub state: Memo<FilterState>,
    /// How many facet options are chosen, which typing never changes.
    pub chosen_count: Memo<usize>,
    /// Ticks once the browser has painted a change of `matches` or `state` and is idle. What a
    /// reader does not look at while typing (facet counts, the timeline's counts, links and
    /// dimming) tracks this and reads the view untracked, so each keystroke paints the cards
    /// first and the rest catches up in idle time, once for a burst of keys rather than once
    /// per key. A signal ticked from an effect rather than a Memo: it is not derived from the
    /// view but from time (the browser becoming idle after a change of it).
    pub settled: ReadSignal<u64>,
    /// True while the browser prints: disclosures open and their lazy content mounts, so the
    /// paper shows every source of every card shown (see [`follow_printing`]).
    pub printing: ReadSignal<bool>,
    /// The records matching `state`, with facet counts and the folded query words.
    pub matches: Memo<Matches>,
    /// Just the matching records (positions in dataset order): unchanged while typing does not
    /// change the result, so what depends only on it does not rerun.
    pub records: Memo<Vec<usize>>,
    /// The same records in the order the list shows them (see [`Matches::ranked`]).
    pub ranked: Memo<Vec<usize>>,
    /// The folded words of the search, for highlighting matches.
    pub words: Memo<Vec<String>>,
    /// True while the reader types a search, on browsers that paint highlights over text
    /// without changing it (the CSS Custom Highlight API), until typing pauses: matches are
    /// then painted rather than marked up, so a keystroke changes no card's text (see
    /// [`Highlighted`](crate::components::highlighted::Highlighted)). Never while printing.
    pub typing: Memo<bool>,
    /// The view's filter state printed as a query, once per change, for links that keep the
    /// view.
    pub view_query: Memo<String>,
    /// This record with no filters (its `data`, language and compared state kept). Canonical
    /// links (permalinks, events) start from it, through [`RecordCtx::home`], so they never
    /// fall back to the shipped record.
    home_state: StoredValue<FilterState>,
    /// The URL's query as the browser has it (which a typed search may lead; see
    /// [`Navigator`]).
    pub url_query: Memo<String>,
    /// The URL fragment without `#`, for highlighting the target card or event.
    pub hash: Memo<String>,
    /// Whether an id is the fragment's target, asked id by id (see [`RecordCtx::is_target`]).
    target: StoredValue<Selector<String>>,
    /// The chosen facet options, asked option by option (see [`RecordCtx::is_chosen`]).
    chosen_options: StoredValue<Selector<BTreeSet<(Facet, String)>>>,
    /// The record's language (`profile.language`) where it differs from the interface's, for
    /// the `lang` of the record's own text; `None` when they agree or the record does not say.
    text_lang: StoredValue<Option<String>>,
    /// The record's short texts (title, introduction, themes, names) in the interface's
    /// language, built once per record and language.
    local: StoredValue<Arc<Local>>,
}

impl RecordCtx {
    /// Builds the handles for a loaded record (and the [`Navigator`] that changes the URL) and
    /// provides them to the components below.
    pub fn provide(loaded: Arc<Loaded>) -> Self {
        let location = use_location();
        let nav = Navigator::provide();
        let ui = UiLang::current();
        let text_lang = StoredValue::new(
            loaded
                .dataset
                .profile
                .language
                .clone()
                .filter(|tag| Lang::from_code(tag) != Some(ui)),
        );
        let local = StoredValue::new(Arc::new(Local::new(&loaded.dataset, ui)));
        // Kept across redrawings by the record page; built here when mounted on its own.
        let Parts {
            index,
            events_of,
            votes,
        } = use_context::<RecordCache>()
            .map_or_else(|| build_parts(&loaded), |cache| cache.parts(&loaded));
        // The search's byte-pair sets are built once the first cards are drawn, not before.
        when_idle({
            let index = Arc::clone(&index);
            move || index.prepare_search()
        });
        let index = StoredValue::new(index);
        let events_of = StoredValue::new(events_of);
        let vote_index = StoredValue::new(votes);
        let loaded = StoredValue::new(loaded);
        let state = Memo::new(move |_| {
            nav.view_source(|query| {
                let asked = FilterState::from_query(query);
                index.with_value(|i| {
                    vote_index.with_value(|v| {
                        // Each list keeps only its own facets' values: a session chosen among the
                        // votes that no initiative has would otherwise stay in the URL, chosen
                        // and counted, while narrowing nothing.
                        let mut clean = asked.sanitized(|f, value| match asked.view {
                            View::Initiatives => i.knows(f, value),
                            View::Votes => v.knows(f, value),
                        });
                        // A state to compare with must be one the votes name, and not the one
                        // followed.
                        clean.compare = clean.compare.filter(|code| {
                            Some(code.as_str()) != v.state()
                                && loaded.with_value(|l| {
                                    l.dataset.states.iter().any(|s| s.code.as_str() == code)
                                })
                        });
                        clean.differ &= clean.compare.is_some();
                        clean
                    })
                })
            })
        });
        let recent = StoredValue::new(Recent::default());
        let matches = Memo::new(move |_| {
            state.with(|s| {
                index.with_value(|i| {
                    // The memory of searches is gone only with the page; a fresh pass then.
                    recent
                        .try_update_value(|recent| i.apply_after(s, recent))
                        .unwrap_or_else(|| i.apply(s))
                })
            })
        });
        let chosen_count = Memo::new(move |_| {
            state.with(|s| Facet::ALL.iter().map(|f| s.count(*f)).sum::<usize>())
        });
        let vote_matches = Memo::new(move |_| {
            state.with(|s| vote_index.with_value(|v| loaded.with_value(|l| v.apply(&l.dataset, s))))
        });
        let vote_records = Memo::new(move |_| vote_matches.with(|m| m.records.clone()));
        let view = Memo::new(move |_| state.with(|s| s.view));
        let compare = Memo::new(move |_| state.with(|s| s.compare.clone()));
        let words = Memo::new(move |_| state.with(|s| query_words(&s.q)));
        let records = Memo::new(move |_| matches.with(|m| m.records.clone()));
        let ranked = Memo::new(move |_| matches.with(|m| m.ranked.clone()));
        let view_query = Memo::new(move |_| state.with(FilterState::to_query));
        let (settled, set_settled) = signal(0_u64);
        let pending = StoredValue::new(false);
        Effect::new(move |_| {
            // The state too: a change that leaves the result as it was (a trailing space, a
            // theme every result has) still changes the links that carry the view.
            matches.track();
            vote_matches.track();
            state.track();
            if !pending.get_value() {
                pending.set_value(true);
                when_idle(move || {
                    pending.set_value(false);
                    set_settled.update(|n| *n += 1);
                });
            }
        });
        // A hand-typed fragment may be percent-encoded; ids are plain ASCII.
        let hash = Memo::new(move |_| location.hash.with(|h| decode(h.trim_start_matches('#'))));
        // Hundreds of checkboxes and timeline entries ask about one option or one id. Read
        // through a Memo under the URL, each would be walked and asked to check on every
        // keystroke; a Selector is the one reader the URL reaches, and tells only the askers
        // whose answer changed.
        let target = StoredValue::new(Selector::new(move || hash.get()));
        let chosen_options = StoredValue::new(Selector::new_with_fn(
            move || state.with(FilterState::chosen_options),
            |asked: &BTreeSet<(Facet, String)>, chosen| asked.is_subset(chosen),
        ));
        let printing = follow_printing();
        let typing = Memo::new(move |_| nav.keys_coming() && !printing.get());
        let home_state = StoredValue::new(state.with_untracked(FilterState::cleared));
        let ctx = Self {
            loaded,
            index,
            events_of,
            vote_index,
            vote_matches,
            vote_records,
            view,
            compare,
            state,
            chosen_count,
            settled,
            printing,
            matches,
            records,
            ranked,
            words,
            typing,
            view_query,
            home_state,
            url_query: location.search,
            hash,
            target,
            chosen_options,
            text_lang,
            local,
        };
        provide_context(ctx);
        ctx
    }

    /// Reads the current match result for a secondary view: tracked through `settled`, so
    /// it updates after the cards have been painted (see [`RecordCtx::settled`]).
    pub fn with_settled<R>(&self, f: impl FnOnce(&Matches, &FilterState) -> R) -> R {
        self.settled.track();
        self.matches
            .with_untracked(|m| self.state.with_untracked(|s| f(m, s)))
    }

    /// The query of this record with no filters, showing `view`: empty for the shipped
    /// record's initiatives, `?data=…` for another record.
    pub fn home(&self, view: View) -> String {
        self.home_state.with_value(|h| {
            // A comparison belongs to the votes: an initiative's lasting address leaves it out.
            let compare = match view {
                View::Initiatives => None,
                View::Votes => h.compare.clone(),
            };
            FilterState {
                view,
                compare,
                ..h.clone()
            }
            .to_query()
        })
    }

    /// Whether the element `id` is the URL fragment's target. Reactive, but woken only when the
    /// answer for this id changes, not on every change of the URL.
    pub fn is_target(&self, id: &str) -> bool {
        self.target.with_value(|t| t.selected(&id.to_owned()))
    }

    /// Whether the option `value` of `facet` is chosen. Reactive, but woken only when this
    /// option is chosen or unchosen, not on every keystroke of the search.
    pub fn is_chosen(&self, facet: Facet, value: &str) -> bool {
        self.chosen_options.with_value(|p| {
            let mut asked = BTreeSet::new();
            asked.insert((facet, value.to_owned()));
            p.selected(&asked)
        })
    }

    /// The file this page shows, relative to the page: the shipped record, or the one `?data=`
    /// names (which does not change while the view lives).
    pub fn data_file(&self) -> String {
        self.state
            .with_untracked(|s| s.data.clone())
            .unwrap_or_else(|| crate::api::DATASET_URL.to_owned())
    }

    /// The `lang` for the record's own text (titles, summaries, quotes): its language where the
    /// interface speaks another, else nothing, so it inherits the page's.
    pub fn text_lang(&self) -> Option<String> {
        self.text_lang.get_value()
    }

    /// The record's short texts in the interface's language.
    pub fn local(&self) -> Arc<Local> {
        self.local.get_value()
    }

    /// A name the record's text gives (a state, a region, a partner) in the interface's
    /// language where CLDR or the editors give it, else as written.
    pub fn name(&self, name: &str) -> String {
        self.local.with_value(|l| l.name(name).0.to_owned())
    }

    /// A theme's name in the interface's language, and the `lang` to mark it with: none when
    /// translated, the record's language when not.
    pub fn theme(&self, theme: &str) -> (String, Option<String>) {
        self.local.with_value(|l| self.marked(l.theme(theme)))
    }

    /// A name the record's text gives, standing on its own (a facet option, a partner), with the
    /// `lang` to mark it with, as [`RecordCtx::theme`] gives a theme.
    pub fn named(&self, name: &str) -> (String, Option<String>) {
        self.local.with_value(|l| self.marked(l.name(name)))
    }

    /// A looked-up short text and its mark: the interface's language needs none; text left as
    /// the record writes it is marked with the record's language.
    fn marked(&self, (text, translated): (&str, bool)) -> (String, Option<String>) {
        let lang = if translated { None } else { self.text_lang() };
        (text.to_owned(), lang)
    }

    /// The handles provided by the enclosing record view.
    pub fn expect() -> Self {
        expect_context::<Self>()
    }

    /// Reads the dataset without copying it.
    pub fn with_data<R>(&self, f: impl FnOnce(&Dataset) -> R) -> R {
        self.loaded.with_value(|l| f(&l.dataset))
    }

    /// The code of the state whose votes the record follows, if it has votes.
    pub fn follows(&self) -> Option<String> {
        self.vote_index.with_value(|v| v.state().map(str::to_owned))
    }

    /// The name of the state with code `code` in the interface's language (CLDR's), or else
    /// the record's own name for the state it follows, or else the code.
    pub fn state_name(&self, code: &str) -> String {
        let lang = UiLang::current();
        self.with_data(|d| {
            d.states
                .iter()
                .find(|s| s.code.as_str() == code)
                .map(|s| {
                    match lang {
                        Lang::En => &s.names.en,
                        Lang::Ru => &s.names.ru,
                        Lang::Kk => &s.names.kk,
                    }
                    .clone()
                })
                .or_else(|| {
                    (d.profile.state.iso3.as_deref() == Some(code))
                        .then(|| d.profile.state.name.clone())
                })
                .unwrap_or_else(|| code.to_owned())
        })
    }

    /// The name of the followed state, in the interface's language.
    pub fn followed_name(&self) -> String {
        match self.follows() {
            Some(code) => self.state_name(&code),
            None => self.with_data(|d| d.profile.state.name.clone()),
        }
    }
}
