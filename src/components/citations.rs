//! A record's sources: each quote expandable in place, with a link to it in context.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::highlighted::Highlighted;
use crate::components::language::tr;
use crate::filter::links::source_href;
use crate::i18n::Strings;
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
    /// The disclosure's words for `n` sources, where they are not the record's own (a
    /// statement about several texts on one text's card).
    #[prop(optional)]
    summary: Option<fn(usize) -> String>,
    /// Opens the sources whenever it turns true (a search found the record only in them); the
    /// reader closes them as usual.
    #[prop(optional, into)]
    open_when: Option<Signal<bool>>,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let count = citations.len();
    // The list mounts when first opened: most cards are read without opening their sources,
    // and a page of cards then mounts a fraction of the nodes.
    let citations = StoredValue::new(citations);
    let record = StoredValue::new(record);
    let open = RwSignal::new(false);
    let t = tr();
    let items = move || {
        citations.with_value(|cs| {
            cs.iter()
                .cloned()
                .map(|c| render(ctx, t, c, record.get_value()))
                .collect_view()
        })
    };
    let details = NodeRef::<leptos::html::Details>::new();
    if let Some(open_when) = open_when {
        Effect::new(move |_| {
            if open_when.get() {
                if let Some(d) = details.get() {
                    d.set_open(true);
                }
            }
        });
    }
    view! {
        <details
            node_ref=details
            class="citations"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{summary.unwrap_or(t.sources_n)(count)}</summary>
            <Show when=move || open.get() || ctx.printing.get()>
                <ul>{items}</ul>
            </Show>
        </details>
    }
}

/// One citation: the quote, its source, what it supports, and where to read it.
fn render(ctx: RecordCtx, t: &'static Strings, c: Citation, record: String) -> AnyView {
    let source = ctx.with_data(|d| d.sources.iter().find(|s| s.id == c.source).cloned());
    let Some(source) = source else {
        return ().into_any();
    };
    let secondary = source.kind == SourceKind::Secondary;
    let supports = (!c.supports.is_empty()).then(|| {
        let fields: Vec<&str> = c.supports.iter().map(|f| t.field(f.as_str())).collect();
        (t.supports)(&fields.join(", "))
    });
    let context_link = source.file.is_some().then(|| {
        let source_id = source.id.clone();
        let quote = c.quote.clone();
        let href = move || {
            ctx.view_query
                .with(|q| source_href(q, &source_id, quote.as_deref(), &record))
        };
        view! { <a href=href>{t.show_in_source}</a> }
    });
    let online = source.link().map(|url| {
        view! {
            <a href=url target="_blank" rel="external noopener noreferrer">
                {t.open_source}
                <span class="visually-hidden">{format!(" ({})", t.new_tab)}</span>
            </a>
        }
    });
    view! {
                <li class="citation">
                    {c.quote.clone().map(|q| view! { <blockquote lang=ctx.text_lang()><Highlighted text=q/></blockquote> })}
                    <p class="citation-source">
                        {if c.quote.is_some() { "— " } else { "" }}
                        <cite lang=ctx.text_lang()>{source.title.clone()}</cite>
                        ", "
                        {source.publisher.clone()}
                        {source.date.map(|d| format!(", {}", t.date(&d)))}
                        {secondary.then(|| view! { " " <span class="tag tag-secondary">{t.secondary_badge}</span> })}
                    </p>
                    {c.note.clone().map(|n| view! {
                        <p class="citation-note">{t.note_label}": "<span lang=ctx.text_lang()><Highlighted text=n/></span></p>
                    })}
                    {supports.map(|s| view! { <p class="citation-supports">{s}</p> })}
                    <p class="citation-links">{context_link} {online}</p>
                </li>
            }
            .into_any()
}
