//! Following the browser's printing: what is folded opens for paper.

use leptos::prelude::*;

use super::page::elements;

/// Before printing, opens every closed disclosure (folded sections, sources) and raises the
/// signal lazy content mounts on; after, closes what it opened. The browser lays out the page
/// for print after `beforeprint`'s handlers and their microtasks, where reactive updates run,
/// so the paper has it all. Returns the signal; the listeners go with the calling owner.
pub fn follow_printing() -> ReadSignal<bool> {
    let (printing, set_printing) = signal(false);
    const MARK: &str = "data-opened-for-print";
    let before = window_event_listener_untyped("beforeprint", move |_| {
        for el in elements("details:not([open])") {
            let _ = el.set_attribute("open", "");
            let _ = el.set_attribute(MARK, "");
        }
        set_printing.set(true);
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        for el in elements(&format!("details[{MARK}]")) {
            let _ = el.remove_attribute("open");
            let _ = el.remove_attribute(MARK);
        }
        set_printing.set(false);
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    printing
}
