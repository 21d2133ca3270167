//! "Export CSV" and "Export JSON": the resolutions (or votes) shown, with their sources, as a
//! file.

use leptos::prelude::*;

use crate::browser::clock::local_days_since_epoch;
use crate::browser::page::{address, save_file, site_address};
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::open_file::PreviewSlot;
use crate::export::{file_name, to_csv, to_json, votes_to_csv, Origin};
use crate::filter::state::View;
use crate::filter::timeline::date_from_days;

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
        let view = ctx.view.get_untracked();
        let records = match view {
            View::Initiatives => ctx.records.get_untracked(),
            View::Votes => ctx.vote_records.get_untracked(),
        };
        let state = ctx.state.get_untracked().for_view(view);
        let preview = preview.get_value();
        let file = preview.clone().unwrap_or_else(|| ctx.data_file());
        // The reader's own day, as they would date the file themselves.
        let date = date_from_days(local_days_since_epoch());
        let name = file_name(&file, &state, date, if csv { "csv" } else { "json" });
        let compare = state.compare.clone();
        let followed = ctx.follows();
        // This page's address, for each row's permalink; a previewed file has none.
        let page = preview.is_none().then(address);
        let site = site_address();
        let origin = Origin {
            site: &site,
            page: page.as_deref(),
            state: &state,
            date,
        };
        let body = ctx.with_data(|d| match (view, csv) {
            (View::Initiatives, true) => to_csv(d, &records, &origin),
            (View::Initiatives, false) => to_json(d, &records, &[], &origin),
            (View::Votes, true) => votes_to_csv(
                d,
                &records,
                followed.as_deref(),
                compare.as_deref(),
                &origin,
            ),
            (View::Votes, false) => to_json(d, &[], &records, &origin),
        });
        let kind = if csv {
            "text/csv;charset=utf-8"
        } else {
            "application/json"
        };
        save_file(&name, &body, kind);
    };
    let t = tr();
    let title = move || match ctx.view.get() {
        View::Initiatives => (t.export_title)(ctx.records.with(Vec::len)),
        View::Votes => (t.export_votes_title)(ctx.vote_records.with(Vec::len)),
    };
    view! {
        <div class="export" role="group" aria-labelledby="export-title">
            // Beside the count ("All 6 resolutions"), the group's name is for assistive
            // technology only; shown, it took two lines above the first card on a phone.
            <span id="export-title" class="visually-hidden">
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
