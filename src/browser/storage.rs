//! The reader's choices kept between visits (language, theme), in local storage.

/// The value kept under `key`, if storage is allowed and holds one.
pub fn remembered(key: &str) -> Option<String> {
    super::window()?
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(key).ok().flatten())
}

/// Keeps `value` under `key`. Storage may be refused (private modes); the choice then holds
/// for this page only.
pub fn remember(key: &str, value: &str) {
    if let Some(Ok(Some(storage))) = super::window().map(|w| w.local_storage()) {
        let _ = storage.set_item(key, value);
    }
}
