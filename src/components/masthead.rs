//! The page header: what the record is, the term, and the source it draws on.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::theme_toggle::ThemeToggle;
use crate::model::SourceKind;

/// Title, membership term, one line on what the page is, and its primary source.
#[component]
pub fn Masthead() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let (title, description, terms, primary) = ctx.with_data(|d| {
        let terms: Vec<String> = d
            .profile
            .memberships
            .iter()
            .map(|m| {
                let (from, to) = (m.from.year_value(), m.to.year_value());
                if from == to {
                    format!("Member {from}")
                } else {
                    format!("Member {from}–{to}")
                }
            })
            .collect();
        let primary = d
            .sources
            .iter()
            .find(|s| s.kind == SourceKind::Primary)
            .map(|s| {
                format!(
                    "Drawn from: {}, {}{}.",
                    s.title,
                    s.publisher,
                    s.date
                        .map(|d| format!(", {}", d.human()))
                        .unwrap_or_default()
                )
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
                <p class="eyebrow">"UN Human Rights Council"</p>
                <ThemeToggle/>
            </div>
            <h1>{title}</h1>
            {(!terms.is_empty()).then(|| view! { <p class="term">{terms.join(" · ")}</p> })}
            <p class="lede">{description}</p>
            {primary.map(|p| view! { <p class="muted">{p}" Further facts are cited to secondary sources by URL."</p> })}
        </header>
    }
}
