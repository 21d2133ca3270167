//! The footer: sources (and, where the editors translated the record's short texts, what they
//! translated), licence, how to cite, the data file with its schema, and the editors' preview
//! tool.

use leptos::prelude::*;

use crate::browser::page::site_address;
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::masthead::language_notes;
use crate::components::open_file::OpenFile;
use crate::export::SCHEMA_PATH;
use crate::model::SourceKind;

/// Every source, what the editors translated, the licence, a citation line and links to the
/// data and its schema.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let (sources, title) = ctx.with_data(|d| (d.sources.clone(), d.profile.title.clone()));
    // Full addresses: they work the same from the page, and a printout shows where to find them.
    let site = site_address();
    let data_file = format!("{site}{}", ctx.data_file());
    let schema = format!("{site}{SCHEMA_PATH}");
    let t = tr();
    let [before, data_link, between, schema_link, after] = t.data_links;
    let translation = language_notes().and_then(|(_, full)| full);
    view! {
        <footer class="site-footer">
            <section aria-labelledby="sources-title">
                <h2 id="sources-title">{t.sources}</h2>
                <ol class="sources">
                    {sources.into_iter().map(|s| view! {
                        <li id=format!("source-{}", s.id)>
                            <cite lang=ctx.text_lang()>{s.title.clone()}</cite>
                            ", " {s.publisher.clone()}
                            {s.date.map(|d| format!(", {}", t.date(&d)))}
                            {format!(" ({})", if s.kind == SourceKind::Primary { t.primary_source } else { t.secondary_source })}
                            {s.link().map(|u| view! { " · " <a href=u rel="external noopener noreferrer">{t.online}</a> })}
                            // A file of the site, not a view of the app: `external` keeps the router out of it.
                            {s.file.clone().map(|f| view! { " · " <a href=format!("{site}{f}") rel="external">{t.full_text}</a> })}
                            {s.note.clone().map(|n| view! { <br/><span class="muted" lang=ctx.text_lang()>{n}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
                {translation.map(|n| view! { <p class="muted translation-note">{n}</p> })}
            </section>
            <section aria-labelledby="cite-title">
                <h2 id="cite-title">{t.data_title}</h2>
                <p>
                    {before}
                    <a href=data_file rel="external">{data_link}</a>
                    {between}
                    <a href=schema rel="external">{schema_link}</a>
                    {after}
                    " "
                    {t.licence}
                </p>
                <p>{(t.cite)(&title)}</p>
            </section>
            // A tool for the people who keep the data, kept apart from what readers use.
            <section aria-labelledby="editors-title" class="for-editors">
                <h2 id="editors-title">{t.for_editors}</h2>
                <p>{t.for_editors_intro}</p>
                <OpenFile/>
            </section>
        </footer>
    }
}
