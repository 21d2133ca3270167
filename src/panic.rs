//! A panic must never leave a silently frozen page.
//!
//! After a panic the wasm module is dead (the release build aborts), so the message and its
//! reload button are plain DOM built here, and the button works without calling back into Rust.

use wasm_bindgen::JsCast;

use crate::i18n::Words;
use crate::lang::Lang;

/// Logs panics to the console and shows a visible message with a reload button.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("panic").is_some() {
        return;
    }
    let Ok(section) = document.create_element("section") else {
        return;
    };
    section.set_id("panic");
    section.set_class_name("panic");
    let _ = section.set_attribute("role", "alert");
    let Ok(heading) = document.create_element("h2") else {
        return;
    };
    // The page's language, as the app last set it on <html lang>.
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let t = lang.strings();
    heading.set_text_content(Some(t.panic_title));
    let Ok(text) = document.create_element("p") else {
        return;
    };
    text.set_text_content(Some(t.panic_text));
    let Ok(button) = document.create_element("button") else {
        return;
    };
    button.set_text_content(Some(t.reload));
    let _ = button.set_attribute("type", "button");
    // Rust cannot run after the panic, so the handler is the browser's own `location.reload`,
    // bound to the location. (An inline `onclick` would be refused by the page's CSP.)
    let location: wasm_bindgen::JsValue = window.location().into();
    if let Ok(reload) = js_sys::Reflect::get(&location, &"reload".into()) {
        if let Ok(reload) = reload.dyn_into::<js_sys::Function>() {
            let _ = button.add_event_listener_with_callback("click", &reload.bind0(&location));
        }
    }
    let _ = section.append_child(&heading);
    let _ = section.append_child(&text);
    let _ = section.append_child(&button);
    let _ = body.prepend_with_node_1(&section);
    if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
}
