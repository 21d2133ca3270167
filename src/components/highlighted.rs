//! Text with the search's matches marked.

use leptos::html::Span;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::components::context::RecordCtx;
use crate::filter::fold::Folded;
use crate::filter::highlight::{marks, pieces, utf16_ranges};

/// `text`, with every match of the current search wrapped in `<mark>`, except while the reader
/// types ([`RecordCtx::typing`]): the matches are then painted over the plain text as the CSS
/// highlight `search`, so a keystroke changes no text in the page and the browser lays out
/// nothing again. Redrawing the marks was the largest part of a keystroke's paint at 10 000
/// records. Once typing pauses the marks are drawn again, for screen readers, which announce
/// a `<mark>` but not a painted highlight; both look the same.
#[component]
pub fn Highlighted(
    /// The text to show.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    let ctx = RecordCtx::expect();
    // Folded once per mount; per keystroke only the marks are found again, and the text is
    // redrawn only when they moved.
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
    let painted = Painted(StoredValue::new_local(Vec::new()));
    Effect::new(move |_| {
        let ranges = if ctx.typing.get() {
            found.get()
        } else {
            Vec::new()
        };
        if ranges.is_empty() && painted.0.with_value(Vec::is_empty) {
            return;
        }
        // This change may also redraw the text (the marks taken away as typing starts), in an
        // update queued with this one: paint after it, on the text node it leaves.
        queue_microtask(move || match node.try_get_untracked() {
            Some(Some(span)) => {
                text.try_with_value(|t| painted.paint(&span, t, &ranges));
            }
            _ => painted.clear(),
        });
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

/// The ranges one text has added to the page's `search` highlight, to take away when they
/// change or the text goes.
#[derive(Clone, Copy)]
struct Painted(StoredValue<Vec<web_sys::Range>, LocalStorage>);

impl Painted {
    /// Takes this text's ranges out of the highlight.
    fn clear(self) {
        let Some(old) = self.0.try_update_value(std::mem::take) else {
            return;
        };
        SEARCH.with(|search| {
            if let Some(search) = search {
                for range in &old {
                    search.delete(range);
                }
            }
        });
    }

    /// Paints the byte ranges `ranges` of `text`, the only content of `span`, in place of what
    /// this text had painted.
    fn paint(self, span: &web_sys::HtmlSpanElement, text: &str, ranges: &[(usize, usize)]) {
        self.clear();
        // The text unmarked is one text node (beside the renderer's comment markers); marks
        // drawn as elements (typing over) leave nothing to paint.
        let (Some(node), false) = (only_text(span), ranges.is_empty()) else {
            return;
        };
        SEARCH.with(|search| {
            let Some(search) = search else { return };
            let mut painted = Vec::with_capacity(ranges.len());
            for (start, end) in utf16_ranges(text, ranges) {
                let Ok(range) = document().create_range() else {
                    break;
                };
                if range.set_start(&node, start).is_ok() && range.set_end(&node, end).is_ok() {
                    search.add(&range);
                    painted.push(range);
                }
            }
            self.0.set_value(painted);
        });
    }
}

/// The one text node in `span`, if it holds no elements and exactly one text node.
fn only_text(span: &web_sys::HtmlSpanElement) -> Option<web_sys::Node> {
    if span.child_element_count() > 0 {
        return None;
    }
    let children = span.child_nodes();
    let mut texts = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|n| n.node_type() == web_sys::Node::TEXT_NODE);
    let text = texts.next()?;
    texts.next().is_none().then_some(text)
}

/// Whether this browser paints highlights over text (CSS Custom Highlight API: Chromium 105,
/// Safari 17.2, Firefox 140). Elsewhere matches are always marked up.
pub fn can_paint() -> bool {
    SEARCH.with(Option::is_some)
}

#[wasm_bindgen]
extern "C" {
    /// A set of ranges the page paints with the `::highlight()` styles of its name. web-sys has
    /// the type only behind `web_sys_unstable_apis`, so it is bound here.
    #[wasm_bindgen(js_name = Highlight)]
    type PaintedRanges;
    #[wasm_bindgen(constructor, js_class = "Highlight")]
    fn new() -> PaintedRanges;
    #[wasm_bindgen(method)]
    fn add(this: &PaintedRanges, range: &web_sys::Range);
    #[wasm_bindgen(method)]
    fn delete(this: &PaintedRanges, range: &web_sys::Range) -> bool;
}

thread_local! {
    /// The page's one `search` highlight, registered in `CSS.highlights`, or `None` where the
    /// browser has no such API.
    static SEARCH: Option<PaintedRanges> = register();
}

/// Registers an empty `search` highlight with the page, if the browser can paint one.
fn register() -> Option<PaintedRanges> {
    let global = js_sys::global();
    let get = |from: &JsValue, key: &str| {
        js_sys::Reflect::get(from, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let registry = get(&global, "CSS").and_then(|css| get(&css, "highlights"))?;
    get(&global, "Highlight")?;
    let set = get(&registry, "set")?.dyn_into::<js_sys::Function>().ok()?;
    let search = PaintedRanges::new();
    set.call2(&registry, &JsValue::from_str("search"), &search)
        .ok()?;
    Some(search)
}
