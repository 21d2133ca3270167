//! "Export CSV" and "Export JSON": the resolutions shown, with their citations, as a file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::open_file::PreviewSlot;
use crate::filter::export::{file_name, to_csv, to_json};

/// Two buttons that download what the filters show: CSV for a spreadsheet, JSON in the record's
/// own format. The file is made when the button is pressed, so the buttons cost nothing while
/// the reader types.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let ctx = RecordCtx::expect();
    // A previewed local file has its own name, and no address for the rows to link to.
    let preview = StoredValue::new(use_context::<PreviewSlot>().and_then(|slot| {
        slot.0
            .with_untracked(|p| p.as_ref().map(|p| p.name.clone()))
    }));
    let download = move |csv: bool| {
        let records = ctx.matches.with_untracked(|m| m.records.clone());
        let filtered = ctx.state.with_untracked(|s| s.is_active());
        let preview = preview.get_value();
        let file = preview.clone().unwrap_or_else(|| ctx.data_file());
        let name = file_name(&file, filtered, if csv { "csv" } else { "json" });
        let body = ctx.with_data(|d| {
            if csv {
                let page = preview.is_none().then(page_address);
                to_csv(d, &records, page.as_deref())
            } else {
                to_json(d, &records)
            }
        });
        let kind = if csv {
            "text/csv;charset=utf-8"
        } else {
            "application/json"
        };
        save(&name, &body, kind);
    };
    let t = tr();
    let title = move || (t.export_title)(ctx.matches.with(|m| m.records.len()));
    view! {
        <div class="export" role="group" aria-labelledby="export-title">
            <span id="export-title" class="export-title">
                {title}
            </span>
            <button type="button" class="button button-secondary" on:click=move |_| download(true)>
                {t.export_csv}
            </button>
            <button type="button" class="button button-secondary" on:click=move |_| download(false)>
                {t.export_json}
            </button>
        </div>
    }
}

/// This page's address without its fragment, for the permalinks in the CSV.
fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Offers `body` as a file named `name`: a Blob behind a temporary link with `download`.
fn save(name: &str, body: &str, kind: &str) {
    let parts = js_sys::Array::of1(&body.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = document();
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        // `external`, so the router leaves the click to the browser.
        link.set_rel("external");
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    // Revoked once the browser has surely started the download (some start it later than
    // the click), not before.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}
