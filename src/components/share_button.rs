//! "Share": hands the address of a card, or of the whole view, to the reader, with its filters.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::page::site_address;
use crate::browser::share::{share, Shared};
use crate::components::context::RecordCtx;
use crate::components::language::tr;
use crate::components::open_file::PreviewSlot;
use crate::filter::links::fragment_href;

/// How long "Link copied" stays on screen, in milliseconds; screen readers hear it at once.
const NOTE_MS: u64 = 4000;

/// What the button says once pressed.
#[derive(Clone, PartialEq)]
enum Note {
    None,
    Copied,
    /// Neither the share sheet nor the clipboard took it: the link itself, to copy by hand.
    Failed(String),
}

/// A button that offers the address of the view, with its filters, and of the element `target`
/// on it (a card), to the system share sheet, or copies it where the browser has none, and
/// says so in a polite live region beside it. `label` is its accessible name; `title` is what
/// the share sheet calls the link.
#[component]
pub fn ShareButton(
    /// The button's accessible name ("Share “title”").
    label: String,
    /// The title the share sheet shows.
    title: String,
    /// The id of the element the link goes to; none for the view itself.
    #[prop(optional)]
    target: Option<String>,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    let t = tr();
    // A previewed local file has no address to share: the button is not offered.
    let previewing =
        use_context::<PreviewSlot>().is_some_and(|slot| slot.0.with_untracked(Option::is_some));
    let note = RwSignal::new(Note::None);
    // Each press starts its own timer; only the latest may clear the note.
    let presses = StoredValue::new(0_u32);
    let on_click = move |_| {
        let query = ctx.view_query.get_untracked();
        let link = match &target {
            Some(id) => fragment_href(&query, id),
            None => query,
        };
        let url = format!("{}{link}", site_address());
        let title = title.clone();
        spawn_local(async move {
            let shown = match share(&title, &url).await {
                Shared::Copied => Note::Copied,
                Shared::Failed => Note::Failed(url),
                Shared::Sheet | Shared::Cancelled => Note::None,
            };
            let press = presses.try_update_value(|n| {
                *n += 1;
                *n
            });
            note.try_set(shown.clone());
            if shown == Note::Copied {
                set_timeout(
                    move || {
                        if presses.try_get_value() == press {
                            note.try_set(Note::None);
                        }
                    },
                    std::time::Duration::from_millis(NOTE_MS),
                );
            }
        });
    };
    (!previewing).then(|| view! {
        <span class="share">
            <button type="button" class="link-button" aria-label=label on:click=on_click>
                {t.share}
            </button>
            <span class="share-note" aria-live="polite">
                {move || match note.get() {
                    Note::None => ().into_any(),
                    Note::Copied => view! { <span class="share-copied">{t.link_copied}</span> }.into_any(),
                    Note::Failed(url) => view! {
                        {t.share_failed}" "<a href=url.clone() class="share-url">{url.clone()}</a>
                    }
                    .into_any(),
                }}
            </span>
        </span>
    })
}
