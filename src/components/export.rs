//! "Export CSV" and "Export JSON": the resolutions shown, with their citations, as a file.

use leptos::prelude::*;

use crate::browser::page::{address, save_file};
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::open_file::PreviewSlot;
use crate::export::{file_name, to_csv, to_json};

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
                // This page's address, for each row's permalink.
                let page = preview.is_none().then(address);
                to_csv(d, &records, page.as_deref())
            } else {
                to_json(d, &records, &[])
            }
        });
        let kind = if csv {
            "text/csv;charset=utf-8"
        } else {
            "application/json"
        };
        save_file(&name, &body, kind);
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
