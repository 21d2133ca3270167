//! The small rules a record's values follow: ids, language tags, link addresses and shipped
//! text files. They are checked at load and asked again where a value becomes a link.

/// Whether `tag` has the shape of a BCP 47 language tag: a primary language of two or three
/// letters, then subtags of one to eight letters or digits ("en", "kk-Cyrl-KZ").
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether an id can serve as a URL fragment and a DOM id: lowercase letters, digits, hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `url` may become a link: a web address (`http://`, `https://`) or `mailto:`, in any
/// letter case. Everything else, `javascript:` and `data:` above all, is refused, because a link
/// from the data must never run code in the page.
pub fn is_link_url(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => rest.starts_with("//") && rest.len() > 2,
        "mailto" => !rest.is_empty(),
        _ => false,
    }
}

/// Whether `file` names a text file in the site's `sources/` folder, and nothing else.
pub fn is_shipped_text(file: &str) -> bool {
    file.strip_prefix("sources/")
        .and_then(|name| name.strip_suffix(".txt"))
        .is_some_and(|stem| {
            !stem.is_empty()
                && stem.bytes().all(|b| {
                    b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || b == b'-'
                        || b == b'_'
                        || b == b'.'
                })
                && !stem.contains("..")
        })
}

/// Ids the page itself uses, which a record may not take.
pub const RESERVED_IDS: [&str; 8] = [
    "main",
    "search",
    "quote",
    "boot",
    "panic",
    "search-hint",
    // The app's host behind the build's copy of the record, and the script that settles the
    // copy (index.html).
    "app",
    "copy-script",
];
