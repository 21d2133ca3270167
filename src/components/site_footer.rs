//! The footer: sources, licence, how to cite, and the data file with its schema.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::open_file::OpenFile;
use crate::model::SourceKind;

/// Every source, the licence, a citation line and links to the data and its schema.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let (sources, title) = ctx.with_data(|d| (d.sources.clone(), d.profile.title.clone()));
    let data_file = ctx.data_file();
    let t = tr();
    let [before, data_link, between, schema_link, after] = t.data_links;
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
                            {s.file.clone().map(|f| view! { " · " <a href=f rel="external">{t.full_text}</a> })}
                            {s.note.clone().map(|n| view! { <br/><span class="muted" lang=ctx.text_lang()>{n}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <section aria-labelledby="cite-title">
                <h2 id="cite-title">{t.data_title}</h2>
                <p>
                    {before}
                    <a href=data_file rel="external">{data_link}</a>
                    {between}
                    <a href="data/schema.json" rel="external">{schema_link}</a>
                    {after}
                    " "
                    {t.licence}
                </p>
                <p>{(t.cite)(&title)}</p>
                <OpenFile/>
            </section>
        </footer>
    }
}
