//! The interface language: which one is shown, the menu that changes it, and `<html lang>`.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::browser::page::{browser_languages, focus_by_id, set_language};
use crate::browser::storage::{remember, remembered};
use crate::components::navigator::Navigator;
use crate::filter::links::with_lang;
use crate::filter::FilterState;
use crate::i18n::{Strings, Words};
use crate::lang::Lang;

/// Where the reader's choice is kept; `index.html` reads the same key before the first paint.
const STORAGE_KEY: &str = "hrc-lang";

/// The language the page speaks, provided at the top of the app.
#[derive(Clone, Copy)]
pub struct UiLang {
    /// The URL's `?lang=`, or else the language picked when the page opened.
    pub lang: Memo<Lang>,
    /// True while the page is drawn again for a new language (from the menu, or Back and
    /// Forward between entries in different languages), so that what moves focus or scrolls on
    /// mount (a URL fragment, a preview's heading, a quote) leaves the reader where they are.
    switching: StoredValue<bool>,
    /// Set by the menu, so that the menu drawn again takes focus back.
    from_menu: StoredValue<bool>,
}

impl UiLang {
    /// Reads `?lang=` from the URL, falling back to the remembered choice or the browser's
    /// languages, and keeps `<html lang>` in step so screen readers and hyphenation follow.
    pub fn provide() -> Self {
        let location = use_location();
        let fallback = Lang::pick(
            None,
            remembered(STORAGE_KEY).as_deref(),
            &browser_languages(),
        );
        let lang = Memo::new(move |_| {
            location
                .search
                .with(|q| FilterState::from_query(q).lang)
                .unwrap_or(fallback)
        });
        Effect::new(move |_| set_language(lang.get().code()));
        let ui = Self {
            lang,
            switching: StoredValue::new(false),
            from_menu: StoredValue::new(false),
        };
        provide_context(ui);
        ui
    }

    /// The language context, or English where none is provided (components mounted alone in
    /// tests).
    pub fn current() -> Lang {
        use_context::<Self>().map_or(Lang::En, |ui| ui.lang.get_untracked())
    }

    /// Whether the page is being drawn again for a change of language.
    pub fn is_switching() -> bool {
        use_context::<Self>().is_some_and(|ui| ui.switching.get_value())
    }

    /// Marks the drawing about to happen as one for a change of language, until the next frame.
    pub fn begin_switch(&self) {
        self.switching.set_value(true);
        let switching = self.switching;
        request_animation_frame(move || switching.set_value(false));
    }
}

/// The interface strings of the current language. Components read them once as they mount:
/// a change of language draws the page again (see `RecordPage`).
pub fn tr() -> &'static Strings {
    UiLang::current().strings()
}

/// A `<select>` labelled "Language" (with the word in the current language beside it), listing
/// each language in its own name. Choosing one puts it in the URL, so the view can be shared in
/// that language, and remembers it for the next visit.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let ui = expect_context::<UiLang>();
    let current = ui.lang.get_untracked();
    let location = use_location();
    let navigate = use_navigate();
    // Present when a record is shown: its typed search may not be in the URL yet.
    let nav = use_context::<Navigator>();
    if ui.from_menu.get_value() {
        ui.from_menu.set_value(false);
        request_animation_frame(|| focus_by_id("language"));
    }
    let on_change = move |ev: leptos::ev::Event| {
        let Some(next) = Lang::from_code(&event_target_value(&ev)) else {
            return;
        };
        remember(STORAGE_KEY, next.code());
        if let Some(nav) = nav {
            nav.write_typed();
        }
        let to = format!(
            "{}{}{}",
            location.pathname.get_untracked(),
            location.search.with_untracked(|q| with_lang(q, next)),
            location.hash.get_untracked()
        );
        ui.from_menu.set_value(true);
        // In place of the current history entry: the language is a preference, not a step Back
        // should undo, and arrowing through the closed menu (which changes it at each option)
        // must not leave an entry per option.
        navigate(
            &to,
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    };
    view! {
        <div class="language">
            <label for="language">{current.strings().language}</label>
            <select id="language" on:change=on_change>
                {Lang::ALL
                    .into_iter()
                    .map(|l| view! { <option value=l.code() lang=l.code() selected=l == current>{l.native_name()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
