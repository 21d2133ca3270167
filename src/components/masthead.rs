//! The page header: what the record is, the term, and the source it draws on.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::{tr, LanguageSelect};
use crate::components::theme_toggle::ThemeToggle;
use crate::model::SourceKind;

/// Title, membership term, one line on what the page is, and its primary source.
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
                <p class="eyebrow">{t.eyebrow}</p>
                <div class="masthead-tools">
                    <LanguageSelect/>
                    <ThemeToggle/>
                </div>
            </div>
            <h1 lang=ctx.text_lang()>{title}</h1>
            {(!terms.is_empty()).then(|| view! { <p class="term">{terms.join(" · ")}</p> })}
            <p class="lede" lang=ctx.text_lang()>{description}</p>
            {primary.map(|p| view! { <p class="muted">{p}</p> })}
        </header>
    }
}
