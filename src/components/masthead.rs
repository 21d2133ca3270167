//! The page header: what the record is, the term, and the source it draws on.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::headline::Headline;
use crate::components::language::{tr, LanguageSelect};
use crate::components::theme_toggle::ThemeToggle;
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
    view! {
        <header class="masthead">
            <div class="masthead-top">
                <div class="masthead-title">
                    <p class="eyebrow">{t.eyebrow}</p>
                    <h1 lang=ctx.text_lang()>{title}</h1>
                </div>
                <div class="masthead-tools">
                    <LanguageSelect/>
                    <ThemeToggle/>
                </div>
            </div>
            <div class="masthead-body">
                <div class="masthead-text">
                    {(!terms.is_empty()).then(|| view! { <p class="term">{terms.join(" · ")}</p> })}
                    <p class="lede" lang=ctx.text_lang()>{description}</p>
                    {primary.map(|p| view! { <p class="muted drawn-from">{p}</p> })}
                </div>
                <Headline/>
            </div>
        </header>
    }
}
