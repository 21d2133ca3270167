//! A source's shipped text, with the cited quote highlighted, so any quote can be checked in
//! its context.

use leptos::prelude::*;

use crate::api;
use crate::browser::page::go_to_element;
use crate::components::context::{RecordCache, RecordCtx};
use crate::components::language::{tr, UiLang};
use crate::components::load_error::LoadErrorView;
use crate::filter::highlight::find_quote;
use crate::filter::links::{fragment_href, SourceRequest};
use crate::i18n::Strings;

/// The text of the requested source, quote marked and scrolled into view, with a way back.
#[component]
pub fn SourceView(
    /// Which source and quote to show.
    request: SourceRequest,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    let source = ctx.with_data(|d| d.sources.iter().find(|s| s.id == request.source).cloned());
    let back_to = request.from.clone().unwrap_or_else(|| "main".to_owned());
    let back = move || ctx.view_query.with(|q| fragment_href(q, &back_to));
    let Some(source) = source else {
        return view! {
            <section class="source-view" role="alert" aria-labelledby="source-title">
                <h2 id="source-title">{t.no_such_source}</h2>
                <p>{(t.no_source_with_id)(&request.source)}</p>
                <p><a href=back>{t.back_to_record}</a></p>
            </section>
        }
        .into_any();
    };
    let Some(file) = source.file.clone() else {
        return view! {
            <section class="source-view" aria-labelledby="source-title">
                <h2 id="source-title" lang=ctx.text_lang()>{source.title.clone()}</h2>
                <p>{t.source_not_shipped}</p>
                {source.link().map(|url| view! { <p><a href=url rel="external noopener noreferrer">{t.read_online}</a></p> })}
                <p><a href=back>{t.back_to_record}</a></p>
            </section>
        }
        .into_any();
    };
    // A text fetched once is kept above the record view, so a change of language (which draws
    // the view again) does not fetch it again.
    let cache = use_context::<RecordCache>();
    let text = LocalResource::new(move || {
        let file = file.clone();
        async move {
            if let Some(kept) = cache.and_then(|c| c.text(&file)) {
                return Ok(kept);
            }
            let fetched = api::fetch_text(&file).await;
            if let (Some(cache), Ok(text)) = (cache, &fetched) {
                cache.keep_text(&file, text);
            }
            fetched
        }
    });
    let quote = request.quote.clone();
    let body = move || {
        text.get().map(|result| match result {
            Ok(text) => {
                let quote = quote.clone();
                render_text(t, &text, quote.as_deref()).into_any()
            }
            Err(error) => {
                view! { <LoadErrorView error title=t.source_could_not_load dataset=false on_retry=move || text.refetch()/> }.into_any()
            }
        })
    };
    // Once the text is on the page, bring the quote into view and give it the focus, so that a
    // keyboard or screen reader user goes on from the quote (or from the source's title when
    // the quote was not found), not from the top of the page; not when the view is drawn again
    // for a change of language, where the reader stays on the language menu.
    let skip = StoredValue::new(UiLang::is_switching());
    Effect::new(move |_| {
        if text.with(|t| t.as_ref().is_some_and(|r| r.is_ok())) {
            if skip.get_value() {
                skip.set_value(false);
                return;
            }
            request_animation_frame(|| {
                if !go_to_element("quote", false) {
                    go_to_element("source-title", false);
                }
            });
        }
    });
    view! {
        <section class="source-view" aria-labelledby="source-title">
            <p><a href=back.clone()>{format!("← {}", t.back_to_record)}</a></p>
            <h2 id="source-title" tabindex="-1" lang=ctx.text_lang()>{source.title.clone()}</h2>
            <p class="muted">
                {source.publisher.clone()}
                {source.date.map(|d| format!(", {}", t.date(&d)))}
            </p>
            {source.note.clone().map(|n| view! { <p class="muted" lang=ctx.text_lang()>{n}</p> })}
            <Suspense fallback=move || view! { <p role="status">{t.loading_source}</p> }>
                <div class="source-text" lang=ctx.text_lang()>{body}</div>
            </Suspense>
        </section>
    }
    .into_any()
}

/// The text as paragraphs, with the quote (if found) in a `<mark id="quote">`.
fn render_text(t: &'static Strings, text: &str, quote: Option<&str>) -> impl IntoView {
    let found = quote.and_then(|q| find_quote(text, q));
    let missing = quote.is_some() && found.is_none();
    let mut offset = 0;
    let paragraphs = text
        .split('\n')
        .map(|line| {
            let start = offset;
            offset += line.len() + 1;
            let end = start + line.len();
            match found {
                Some((qs, qe)) if qs < end && qe > start => {
                    let (from, to) = (qs.max(start) - start, qe.min(end) - start);
                    let first = qs >= start;
                    view! {
                        <p>
                            {line[..from].to_owned()}
                            <mark id=first.then_some("quote") tabindex=first.then_some("-1")>{line[from..to].to_owned()}</mark>
                            {line[to..].to_owned()}
                        </p>
                    }
                    .into_any()
                }
                _ => view! { <p>{line.to_owned()}</p> }.into_any(),
            }
        })
        .collect_view();
    view! {
        {missing.then(|| view! { <p role="alert">{t.quote_not_found}</p> })}
        {paragraphs}
    }
}
