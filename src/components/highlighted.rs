//! Text with the search's matches marked.

use leptos::html::Span;
use leptos::prelude::*;

use crate::browser::paint::{only_text, paint, unpaint};
use crate::components::context::RecordCtx;
use crate::filter::fold::Folded;
use crate::filter::highlight::{marks, pieces, utf16_ranges};

/// `text`, with every match of the current search wrapped in `<mark>`, except while the reader
/// types ([`RecordCtx::typing`]): the matches are then painted over the plain text as the CSS
/// highlight `search`, so the keys of a burst change no text on the page (only its first key
/// takes the marks away) and the browser lays none out again. Redrawing the marks was the
/// largest part of a keystroke's paint at 10 000 records. Once typing pauses, or the search box
/// is left, the marks are drawn again, for screen readers, which announce a `<mark>` but not a
/// painted highlight; both look the same.
#[component]
pub fn Highlighted(
    /// The text to show.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    // Folded once per mount; per keystroke only the marks are found again, and the text is
    // redrawn (not while typing) or repainted only when they moved.
    let folded = StoredValue::new(Folded::new(&text));
    let text = StoredValue::new(text);
    let found = Memo::new(move |_| {
        ctx.words
            .with(|words| folded.with_value(|f| marks(f, words)))
    });
    // What is marked up: nothing while typing, so the text stays one text node to paint over.
    let marked = Memo::new(move |_| {
        if ctx.typing.get() {
            Vec::new()
        } else {
            found.get()
        }
    });
    let node = NodeRef::<Span>::new();
    let painted = Painted::new();
    Effect::new(move |_| {
        let wanted = if ctx.typing.get() {
            found.get()
        } else {
            Vec::new()
        };
        if painted.want(wanted) {
            // This change may also redraw the text (the marks taken away as typing starts), in
            // an update queued with this one: paint after it, on the text node it leaves. The
            // microtask paints what is wanted when it runs, so a later change is never undone.
            queue_microtask(move || painted.repaint(node, text));
        }
    });
    on_cleanup(move || painted.clear());
    view! {
        <span node_ref=node>
            {move || {
                marked.with(|ranges| {
                    text.with_value(|text| {
                        pieces(text, ranges)
                            .into_iter()
                            .map(|s| {
                                if s.mark {
                                    view! { <mark>{s.text.to_owned()}</mark> }.into_any()
                                } else {
                                    s.text.to_owned().into_any()
                                }
                            })
                            .collect_view()
                    })
                })
            }}
        </span>
    }
}

/// What one text paints in the page's `search` highlight: the byte ranges wanted, set as the
/// reactive update runs, and the DOM ranges painted for them, set in the microtask after it.
#[derive(Clone, Copy)]
struct Painted {
    wanted: StoredValue<Vec<(usize, usize)>>,
    ranges: StoredValue<Vec<web_sys::Range>, LocalStorage>,
}

impl Painted {
    fn new() -> Self {
        Self {
            wanted: StoredValue::new(Vec::new()),
            ranges: StoredValue::new_local(Vec::new()),
        }
    }

    /// Sets the byte ranges to paint; true when they differ from the last ones.
    fn want(self, now: Vec<(usize, usize)>) -> bool {
        self.wanted
            .try_update_value(|wanted| {
                let changed = *wanted != now;
                *wanted = now;
                changed
            })
            .unwrap_or(false)
    }

    /// Takes this text's ranges out of the highlight.
    fn clear(self) {
        if let Some(old) = self.ranges.try_update_value(std::mem::take) {
            unpaint(&old);
        }
    }

    /// Paints the ranges wanted now over `text`, the only text in the span `node`, in place of
    /// what this text had painted. Marks drawn as elements (typing over) leave nothing to paint.
    fn repaint(self, node: NodeRef<Span>, text: StoredValue<String>) {
        self.clear();
        let Some(Some(span)) = node.try_get_untracked() else {
            return;
        };
        let Some(text_node) = only_text(&span) else {
            return;
        };
        let painted = self.wanted.try_with_value(|wanted| {
            text.try_with_value(|text| paint(&text_node, utf16_ranges(text, wanted)))
        });
        if let Some(Some(painted)) = painted {
            // Handed back if the text is gone meanwhile: nothing may stay painted for it.
            if let Some(orphans) = self.ranges.try_set_value(painted) {
                unpaint(&orphans);
            }
        }
    }
}
