//! What the screen is like, for choices made once at mount.

use leptos::prelude::window;

/// Whether the screen is wide enough to show folded sections open from the start.
pub fn is_wide() -> bool {
    window()
        .match_media("(min-width: 800px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}
