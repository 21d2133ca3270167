//! A record's sources: each quote expandable in place, with a link to it in context.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::highlighted::Highlighted;
use crate::filter::links::source_href;
use crate::model::{Citation, SourceKind};

/// "Sources (n)", expandable: each citation's quote in a blockquote, its source, what it
/// supports, and a link to the quote in the source's text (or to the source online).
#[component]
pub fn Citations(
    /// The id of the record these citations belong to, to come back to it.
    #[prop(into)]
    record: String,
    /// The record's citations.
    citations: Vec<Citation>,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let count = citations.len();
    // The list mounts when first opened: most cards are read without opening their sources,
    // and a page of cards then mounts a fraction of the nodes.
    let citations = StoredValue::new(citations);
    let record = StoredValue::new(record);
    let open = RwSignal::new(false);
    let items = move || {
        citations.with_value(|cs| {
            cs.iter()
                .cloned()
                .map(|c| render(ctx, c, record.get_value()))
                .collect_view()
        })
    };
    view! {
        <details
            class="citations"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{format!("Sources ({count})")}</summary>
            <Show when=move || open.get() || ctx.printing.get()>
                <ul>{items}</ul>
            </Show>
        </details>
    }
}

/// One citation: the quote, its source, what it supports, and where to read it.
fn render(ctx: RecordCtx, c: Citation, record: String) -> AnyView {
    let source = ctx.with_data(|d| d.sources.iter().find(|s| s.id == c.source).cloned());
    let Some(source) = source else {
        return ().into_any();
    };
    let secondary = source.kind == SourceKind::Secondary;
    let supports = (!c.supports.is_empty()).then(|| {
        format!(
            "Supports: {}",
            c.supports
                .iter()
                .map(|f| field_label(f.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        )
    });
    let context_link = source.file.is_some().then(|| {
        let source_id = source.id.clone();
        let quote = c.quote.clone();
        let href = move || {
            ctx.query
                .with(|q| source_href(q, &source_id, quote.as_deref(), &record))
        };
        view! { <a href=href>"Show in the source text"</a> }
    });
    let online = source.link().map(|url| {
        view! {
            <a href=url target="_blank" rel="external noopener noreferrer">
                "Open the source"
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        }
    });
    view! {
                <li class="citation">
                    {c.quote.clone().map(|q| view! { <blockquote><Highlighted text=q/></blockquote> })}
                    <p class="citation-source">
                        {if c.quote.is_some() { "— " } else { "" }}
                        <cite>{source.title.clone()}</cite>
                        ", "
                        {source.publisher.clone()}
                        {source.date.map(|d| format!(", {}", d.human()))}
                        {secondary.then(|| view! { " " <span class="tag tag-secondary">"Secondary source"</span> })}
                    </p>
                    {supports.map(|s| view! { <p class="citation-supports">{s}</p> })}
                    <p class="citation-links">{context_link} {online}</p>
                </li>
            }
            .into_any()
}

/// A reader's name for a field that a citation supports.
fn field_label(field: &str) -> &str {
    match field {
        "adopted" => "adoption date",
        "follow_ups" => "follow-ups",
        "on_behalf_of" => "on behalf of",
        "leads" => "lead states",
        "cosponsors" => "co-sponsors",
        "date" => "date",
        other => other,
    }
}
