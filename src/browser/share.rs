//! Handing a link to the reader: the system share sheet where the browser has one, the
//! clipboard otherwise.
//!
//! Both are reached through `Reflect` rather than web-sys's bindings, because whether the
//! browser has `navigator.share` at all is the first question, and web-sys keeps the Web Share
//! and Clipboard types behind features this page needs for nothing else.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What became of a link handed to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    Sheet,
    /// The reader closed the share sheet without sharing.
    Cancelled,
    /// It is on the clipboard.
    Copied,
    /// Neither was possible (no share sheet, and the clipboard refused).
    Failed,
}

/// Offers `url` (titled `title`) to the system share sheet if the browser has one, else copies
/// it to the clipboard.
pub async fn share(title: &str, url: &str) -> Shared {
    let Some(navigator) = super::window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    let navigator: JsValue = navigator.into();
    if let Some(sheet) = method(&navigator, "share") {
        let data = Object::new();
        let set = |key: &str, value: &str| Reflect::set(&data, &key.into(), &value.into()).is_ok();
        if set("title", title) && set("url", url) {
            match call(&sheet, &navigator, &data.into()).await {
                Ok(()) => return Shared::Sheet,
                // The reader closed the sheet: nothing to do, and nothing to copy.
                Err(e) if error_name(&e).as_deref() == Some("AbortError") => {
                    return Shared::Cancelled
                }
                // Any other refusal (no sheet for this kind of page, say) falls back to copying.
                Err(_) => {}
            }
        }
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    match method(&clipboard, "writeText") {
        Some(write) if call(&write, &clipboard, &url.into()).await.is_ok() => Shared::Copied,
        _ => Shared::Failed,
    }
}

/// `object[name]` if it is a function.
fn method(object: &JsValue, name: &str) -> Option<Function> {
    if object.is_undefined() || object.is_null() {
        return None;
    }
    Reflect::get(object, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// Calls `f` on `this` with one argument and waits for the promise it returns.
async fn call(f: &Function, this: &JsValue, arg: &JsValue) -> Result<(), JsValue> {
    let promise = f.call1(this, arg)?;
    JsFuture::from(Promise::resolve(&promise)).await.map(|_| ())
}

/// The `name` of a DOMException or Error.
fn error_name(e: &JsValue) -> Option<String> {
    Reflect::get(e, &"name".into()).ok()?.as_string()
}
