//! A record's sources: each source once, its quotes under it, expandable in place, with a link
//! to each quote in context.

use leptos::prelude::*;

use crate::browser::page::site_address;
use crate::components::context::RecordCtx;
use crate::components::highlighted::Highlighted;
use crate::components::language::tr;
use crate::filter::links::source_href;
use crate::i18n::Strings;
use crate::model::{by_source, Citation, Source, SourceKind};

/// "Sources (n)", expandable: each source once, with where to read it, and under it each
/// quote or note taken from it, what it supports, and a link to the quote in the source's text.
/// A short list of the same sources with their addresses is printed in its place when the page
/// is printed without the app opening the sources first (a browser's or tool's own "save as
/// PDF"), so no printed card is without its evidence.
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
    let grouped: Vec<(Source, Vec<Citation>)> = ctx.with_data(|d| {
        by_source(&citations)
            .into_iter()
            .filter_map(|(id, list)| {
                let source = d.sources.iter().find(|s| s.id == id)?.clone();
                Some((source, list.into_iter().cloned().collect()))
            })
            .collect()
    });
    let count = grouped.len();
    let t = tr();
    let site = site_address();
    let printed = grouped
        .iter()
        .map(|(s, _)| {
            let address = s
                .link()
                .or_else(|| s.file.as_ref().map(|f| format!("{site}{f}")));
            view! {
                <li>
                    <cite lang=ctx.text_lang()>{s.title.clone()}</cite>
                    {format!(", {}", s.publisher)}
                    {s.date.map(|d| format!(", {}", t.date(&d)))}
                    {address.map(|a| view! { " " <span class="print-url">{format!("<{a}>")}</span> })}
                </li>
            }
        })
        .collect_view();
    // The list mounts when first opened: most cards are read without opening their sources,
    // and a page of cards then mounts a fraction of the nodes. (The short printed list above
    // is mounted at once: it is a few lines per card, and a printer that skips `beforeprint`
    // must still find it.)
    let grouped = StoredValue::new(grouped);
    let record = StoredValue::new(record);
    let open = RwSignal::new(false);
    let items = move || {
        grouped.with_value(|groups| {
            groups
                .iter()
                .cloned()
                .map(|(source, list)| render(ctx, t, source, list, record.get_value()))
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
        <div class="print-sources">
            <p>{t.print_sources}</p>
            <ol>{printed}</ol>
        </div>
    }
}

/// One source, with where to read it, and each citation taken from it: the quote, the editors'
/// note, what it supports, and a link to the quote in the source's text.
fn render(
    ctx: RecordCtx,
    t: &'static Strings,
    source: Source,
    citations: Vec<Citation>,
    record: String,
) -> AnyView {
    let secondary = source.kind == SourceKind::Secondary;
    let online = source.link().map(|url| {
        view! {
            " "
            <a href=url target="_blank" rel="external noopener noreferrer">
                {t.open_source}
                <span class="visually-hidden">{format!(" ({})", t.new_tab)}</span>
            </a>
        }
    });
    let has_file = source.file.is_some();
    let items = citations
        .into_iter()
        .map(|c| {
            let supports = (!c.supports.is_empty()).then(|| {
                let fields: Vec<&str> = c.supports.iter().map(|f| t.field(f.as_str())).collect();
                (t.supports)(&fields.join(", "))
            });
            let context_link = has_file.then(|| {
                let source_id = source.id.clone();
                let quote = c.quote.clone();
                let record = record.clone();
                let href = move || {
                    ctx.view_query
                        .with(|q| source_href(q, &source_id, quote.as_deref(), &record))
                };
                view! { <p class="citation-links"><a href=href>{t.show_in_source}</a></p> }
            });
            view! {
                <li class="citation">
                    {c.quote.clone().map(|q| view! { <blockquote lang=ctx.text_lang()><Highlighted text=q/></blockquote> })}
                    {c.note.clone().map(|n| view! {
                        <p class="citation-note">{t.note_label}": "<span lang=ctx.text_lang()><Highlighted text=n/></span></p>
                    })}
                    {supports.map(|s| view! { <p class="citation-supports">{s}</p> })}
                    {context_link}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="citation-group">
            <p class="citation-source">
                <cite lang=ctx.text_lang()>{source.title.clone()}</cite>
                ", "
                {source.publisher.clone()}
                {source.date.map(|d| format!(", {}", t.date(&d)))}
                {secondary.then(|| view! { " " <span class="tag tag-secondary">{t.secondary_badge}</span> })}
                {online}
            </p>
            <ul class="citation-list">{items}</ul>
        </li>
    }
    .into_any()
}
