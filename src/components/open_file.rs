//! For editors: preview a data file from their own computer, opened or dropped on the page.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{LoadError, Unreadable};
use crate::components::language::tr;
use crate::model::{self, Loaded};

/// A local file being previewed: its name, and the record read from it or why it could not be.
#[derive(Clone, Debug)]
pub struct Preview {
    /// The file's name, as the reader's system gives it.
    pub name: String,
    /// The loaded record, or the reason the file as a whole could not be read.
    pub result: Result<Arc<Loaded>, LoadError>,
}

/// The preview shown instead of the published record, if any; provided by the record page.
/// The counter numbers the files opened, so that of two opened in quick succession the later
/// one is shown even if the earlier one takes longer to read.
#[derive(Clone, Copy)]
pub struct PreviewSlot(pub RwSignal<Option<Preview>>, pub StoredValue<u64>);

/// The largest file a preview reads: a bigger one would hold the page for a long while (the
/// loader reads 10 MB in about a second here), and `check-data` takes files of any size.
pub const PREVIEW_LIMIT: f64 = 100.0 * 1024.0 * 1024.0;

/// A size in bytes as whole megabytes, rounded to the nearest.
fn whole_megabytes(bytes: f64) -> u64 {
    // Sizes are never negative; `as` saturates anything out of range.
    (bytes / 1024.0 / 1024.0).round() as u64
}

impl PreviewSlot {
    /// Reads `file` (without uploading it anywhere) with the same loader as the published
    /// record, and shows the result.
    pub fn open(self, file: web_sys::File) {
        let name = file.name();
        let ticket = self.1.get_value() + 1;
        self.1.set_value(ticket);
        if file.size() > PREVIEW_LIMIT {
            let reason = Unreadable::TooBig {
                megabytes: whole_megabytes(file.size()),
                limit: whole_megabytes(PREVIEW_LIMIT),
            };
            self.0.set(Some(Preview {
                name: name.clone(),
                result: Err(LoadError::Unreadable { url: name, reason }),
            }));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let result = match text.map(|t| t.as_string()) {
                Ok(Some(text)) => {
                    model::parse(&text)
                        .map(Arc::new)
                        .map_err(|error| LoadError::Data {
                            url: name.clone(),
                            error,
                        })
                }
                Ok(None) | Err(_) => Err(LoadError::Unreadable {
                    url: name.clone(),
                    reason: Unreadable::Failed,
                }),
            };
            if self.1.get_value() == ticket {
                self.0.set(Some(Preview { name, result }));
            }
        });
    }
}

/// A file input, "Preview a data file", that opens a JSON file from the reader's computer in
/// place of the published record. Dropping a file on the page does the same.
#[component]
pub fn OpenFile() -> impl IntoView {
    let slot = expect_context::<PreviewSlot>();
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            slot.open(file);
        }
        // Cleared, so choosing the same file again (after editing it) reads it again.
        input.set_value("");
    };
    let t = tr();
    view! {
        <p class="open-file">
            <label for="open-file">{t.preview_label}</label>
            " "
            <input id="open-file" type="file" accept=".json,application/json" on:change=on_change/>
            <span class="muted">" "{t.preview_note}</span>
        </p>
    }
}

/// Lets a JSON file dropped anywhere on the page open as a preview, instead of the browser
/// leaving the app to show the file.
pub fn accept_drops(slot: PreviewSlot) {
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer()
            .is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
    };
    let over = window_event_listener_untyped("dragover", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::DragEvent>() {
            if has_files(ev) {
                ev.prevent_default();
            }
        }
    });
    let drop = window_event_listener_untyped("drop", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::DragEvent>() else {
            return;
        };
        let file = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            slot.open(file);
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
}
