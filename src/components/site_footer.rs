//! The footer: sources, licence, how to cite, and the data file with its schema.

use leptos::prelude::*;

use crate::components::context::RecordCtx;
use crate::components::open_file::OpenFile;
use crate::model::SourceKind;

/// Every source, the licence, a citation line and links to the data and its schema.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let ctx = RecordCtx::expect();
    let (sources, title) = ctx.with_data(|d| (d.sources.clone(), d.profile.title.clone()));
    let data_file = ctx.data_file();
    view! {
        <footer class="site-footer">
            <section aria-labelledby="sources-title">
                <h2 id="sources-title">"Sources"</h2>
                <ol class="sources">
                    {sources.into_iter().map(|s| view! {
                        <li id=format!("source-{}", s.id)>
                            <cite>{s.title.clone()}</cite>
                            ", " {s.publisher.clone()}
                            {s.date.map(|d| format!(", {}", d.human()))}
                            {if s.kind == SourceKind::Primary { " (primary source)" } else { " (secondary source)" }}
                            {s.link().map(|u| view! { " · " <a href=u rel="external noopener noreferrer">"online"</a> })}
                            // A file of the site, not a view of the app: `external` keeps the router out of it.
                            {s.file.clone().map(|f| view! { " · " <a href=f rel="external">"full text"</a> })}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <section aria-labelledby="cite-title">
                <h2 id="cite-title">"Data, licence and how to cite"</h2>
                <p>
                    "The record is a static file: "
                    <a href=data_file rel="external">"the data (JSON)"</a>
                    ", checked against "
                    <a href="data/schema.json" rel="external">"its JSON Schema"</a>
                    ". The data and the code are offered under the MIT licence; quoted texts remain their publishers'."
                </p>
                <p>"To cite: “" {title} "”, with the page's address and the date you read it. Cite the facts to their sources, listed above."</p>
                <OpenFile/>
            </section>
        </footer>
    }
}
