//! The record's default view rendered to HTML natively, at build time: the same components as
//! in the browser, with the browser adapters answering as a browser without any feature would
//! (`browser::window` is `None` natively). The `prerender` command prints what this renders,
//! and the build writes it into `index.html` (scripts/post-build.mjs), so that the record reads
//! before the WebAssembly arrives, and without it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;

use crate::browser::page::set_render_languages;
use crate::components::context::RecordCache;
use crate::components::language::UiLang;
use crate::components::open_file::PreviewSlot;
use crate::components::record_view::RecordView;
use crate::i18n::copy_notes;
use crate::lang::Lang;
use crate::model::Loaded;

/// The default view (no filters) of `loaded` in the interface language `lang`: the inside of
/// the app's `<div class="page">`, as `RecordPage` draws it once the record has loaded, made
/// static (see [`make_static`]), with two notes after the masthead that the stylesheet shows
/// only when they apply: the view the address asks for is being prepared, and the browser runs
/// no JavaScript.
pub fn render(loaded: Arc<Loaded>, lang: Lang) -> String {
    // Leptos renders on its executor, under a server's shared context (so that `is_server()`
    // holds and nothing waits for a browser), for a request of the site's root. The language is
    // given as a first visitor's browser would give it, not as `?lang=`, which the app would
    // copy into every link it draws.
    let _ = any_spawner::Executor::init_futures_executor();
    set_render_languages(&[lang.code()]);
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new("/"));
        leptos_meta::provide_meta_context();
        view! {
            <Router>
                {
                    UiLang::provide();
                    RecordCache::provide();
                    provide_context(PreviewSlot(RwSignal::new(None), StoredValue::new(0)));
                    view! { <RecordView loaded/> }
                }
            </Router>
        }
        .to_html()
    });
    set_render_languages(&[]);
    let t = copy_notes(lang);
    let notes = format!(
        r#"<p class="boot-pending">{}</p><p class="no-js-note">{}</p>"#,
        escape(t.preparing_view),
        escape(t.static_copy)
    );
    after_masthead(&make_static(&html), &notes)
}

/// The rendered view as a page that no script has run on: without the markers Leptos leaves
/// for hydration (this copy is replaced, never hydrated), and with every form control
/// disabled, since none of them does anything until the app runs, and a reader who typed or
/// chose something in this copy would lose it when the app takes its place.
pub fn make_static(html: &str) -> String {
    let mut out = html.replace("<!>", "").replace("<!--<() />-->", "");
    for control in ["button", "input", "select", "textarea"] {
        // With attributes or without.
        out = out
            .replace(&format!("<{control} "), &format!("<{control} disabled "))
            .replace(&format!("<{control}>"), &format!("<{control} disabled>"));
    }
    out
}

/// `html` with `insert` after its first `</header>` (the masthead's), or at its end if it has
/// none. After the masthead, the notes take the place of the view they stand for, so neither
/// moves the masthead, and the app's view, which replaces them, moves nothing above it.
fn after_masthead(html: &str, insert: &str) -> String {
    const END: &str = "</header>";
    match html.find(END) {
        Some(at) => format!(
            "{}{insert}{}",
            &html[..at + END.len()],
            &html[at + END.len()..]
        ),
        None => format!("{html}{insert}"),
    }
}

/// Text as HTML text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_copies_drop_hydration_markers_and_disable_controls() {
        let html = r#"<p>a<!>b</p><details><!--<() />--></details><button type="button">x</button><button>y</button><input type="search"><select id="l"></select><textarea></textarea><a href="?q=1">q</a>"#;
        assert_eq!(
            make_static(html),
            r#"<p>ab</p><details></details><button disabled type="button">x</button><button disabled>y</button><input disabled type="search"><select disabled id="l"></select><textarea disabled></textarea><a href="?q=1">q</a>"#
        );
    }

    #[test]
    fn notes_go_after_the_masthead() {
        assert_eq!(
            after_masthead("<a>s</a><header>m</header><main>c</main>", "<p>n</p>"),
            "<a>s</a><header>m</header><p>n</p><main>c</main>"
        );
        assert_eq!(
            after_masthead("<main>c</main>", "<p>n</p>"),
            "<main>c</main><p>n</p>"
        );
    }
}
