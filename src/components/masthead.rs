//! The page header: what the record is, the term, and the source it draws on.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::headline::Headline;
use crate::components::language::{tr, LanguageSelect};
use crate::components::theme_toggle::ThemeToggle;
use crate::lang::Lang;
use crate::model::SourceKind;

/// Title, membership term, one line on what the page is, its primary source, and the record's
/// headline figures beside them.
#[component]
pub fn Masthead() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let (title, description, terms, primary) = ctx.with_data(|d| {
        let terms: Vec<String> = d
            .profile
            .memberships
            .iter()
            .map(|m| (t.member_term)(m.from.year_value(), m.to.year_value()))
            .collect();
        let primary = d
            .sources
            .iter()
            .find(|s| s.kind == SourceKind::Primary)
            .map(|s| {
                let date = s.date.map(|d| t.date(&d));
                (t.drawn_from)(&s.title, &s.publisher, date.as_deref())
            });
        (
            d.profile.title.clone(),
            d.profile.description.clone(),
            terms,
            primary,
        )
    });
    // The editors' translations where they give them; else the record's own words, marked.
    let local = ctx.local();
    let (title, title_lang) = match &local.title {
        Some(own) => (own.clone(), None),
        None => (title, ctx.text_lang()),
    };
    let (description, description_lang) = match &local.description {
        Some(own) => (own.clone(), None),
        None => (description, ctx.text_lang()),
    };
    let language_note = language_notes().map(|(short, _)| short);
    view! {
        <header class="masthead">
            <div class="masthead-top">
                <div class="masthead-title">
                    <p class="eyebrow">{t.eyebrow}</p>
                    <h1 lang=title_lang>{title}</h1>
                </div>
                <div class="masthead-tools">
                    <LanguageSelect/>
                    <ThemeToggle/>
                </div>
            </div>
            <div class="masthead-body">
                <div class="masthead-text">
                    {(!terms.is_empty()).then(|| view! { <p class="term">{terms.join(" · ")}</p> })}
                    <p class="lede" lang=description_lang>{description}</p>
                    {primary.map(|p| view! { <p class="muted drawn-from">{p}</p> })}
                    {language_note.map(|n| view! { <p class="muted language-note">{n}</p> })}
                </div>
                <Headline/>
            </div>
        </header>
    }
}

/// Where the interface speaks another language than the record: what to say under the line
/// that names the record's source, and what to say in the footer under the sources.
///
/// The masthead says what stays in the record's language, in a sentence. Where the editors
/// translated the record's short texts, the footer says what they translated and that state
/// names are CLDR's: said in full under the source line, that took five lines on a phone in
/// Kazakh and pushed the first card past the second screen (folded, it took a Tab stop before
/// the search box). It sat beside the language menu once, and there it pushed the timeline and
/// the first card off the first screen on a wide screen. The sentences name English, the
/// language of every record shipped so far.
pub fn language_notes() -> Option<(&'static str, Option<&'static str>)> {
    let ctx = RecordCtx::expect();
    let t = tr();
    ctx.text_lang()
        .filter(|tag| Lang::from_code(tag) == Some(Lang::En))
        .map(|_| {
            if ctx.local().is_translated() {
                (t.record_language_short, Some(t.record_language_translated))
            } else {
                (t.record_language, None)
            }
        })
}
