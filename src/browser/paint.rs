//! Painting over text without changing it: the page's one CSS Custom Highlight, `search`.
//!
//! Ranges added here are drawn with the stylesheet's `::highlight(search)` styles. Browsers
//! without the API (`CSS.highlights`) paint nothing, and [`can_paint`] tells callers so.

use wasm_bindgen::prelude::*;

/// Whether this browser paints highlights over text (CSS Custom Highlight API: Chromium 105,
/// Safari 17.2, Firefox 140).
pub fn can_paint() -> bool {
    SEARCH.with(Option::is_some)
}

/// Takes `ranges` out of the page's highlight.
pub fn unpaint(ranges: &[web_sys::Range]) {
    SEARCH.with(|search| {
        if let Some(search) = search {
            for range in ranges {
                search.delete(range);
            }
        }
    });
}

/// Adds the UTF-16 offset ranges `wanted` of the text node `node` to the page's highlight,
/// and returns the DOM ranges painted, to take out later.
pub fn paint(
    node: &web_sys::Node,
    wanted: impl IntoIterator<Item = (u32, u32)>,
) -> Vec<web_sys::Range> {
    SEARCH.with(|search| {
        let Some(search) = search else {
            return Vec::new();
        };
        let Some(document) = super::window().and_then(|w| w.document()) else {
            return Vec::new();
        };
        let mut painted = Vec::new();
        for (start, end) in wanted {
            let Ok(range) = document.create_range() else {
                break;
            };
            if range.set_start(node, start).is_ok() && range.set_end(node, end).is_ok() {
                search.add(&range);
                painted.push(range);
            }
        }
        painted
    })
}

/// The one text node in `element`, if it holds no elements and exactly one text node: the
/// only kind of content painted over.
pub fn only_text(element: &web_sys::Element) -> Option<web_sys::Node> {
    if element.child_element_count() > 0 {
        return None;
    }
    let children = element.child_nodes();
    let mut texts = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|n| n.node_type() == web_sys::Node::TEXT_NODE);
    let text = texts.next()?;
    texts.next().is_none().then_some(text)
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
    // Natively (a build-time render) there is no page to paint on.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
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
