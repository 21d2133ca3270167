//! Links that carry the current view: to a card, to an event, to a quote in its source.
//!
//! All links are relative to the document base, so they work at `/` and under any sub-path.

use crate::filter::state::{decode, encode, FilterState};
use crate::lang::Lang;

/// A request, read from the URL, to show a source's text with a quote highlighted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRequest {
    /// The source's id.
    pub source: String,
    /// The quote to highlight, if any.
    pub quote: Option<String>,
    /// The id of the card the reader came from, to return to it.
    pub from: Option<String>,
}

impl SourceRequest {
    /// Reads `source`, `quote` and `from` from a query string; `None` when no source is asked for.
    pub fn from_query(query: &str) -> Option<Self> {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut request = SourceRequest {
            source: String::new(),
            quote: None,
            from: None,
        };
        for pair in query.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let value = decode(value);
            if value.trim().is_empty() {
                continue;
            }
            match key {
                "source" => request.source = value,
                "quote" => request.quote = Some(value),
                "from" => request.from = Some(value),
                _ => {}
            }
        }
        (!request.source.is_empty()).then_some(request)
    }
}

/// The path to fetch for a `?data=` value, or `None` when it is not a JSON file inside this
/// site. Only a relative path below the page is taken (`data/other.json`): no scheme, no host,
/// no leading `/` and no `..`, because on a shared origin (a GitHub Pages user site holds every
/// repository's files) a path outside the site's folder would let a link show someone else's
/// file under this site's name.
pub fn data_path(value: &str) -> Option<String> {
    let value = value.trim();
    let path = value.split(['?', '#']).next().unwrap_or_default();
    let safe = !value.is_empty()
        && !value.starts_with('/')
        && !value.contains(['\\', ':', '%'])
        && !value.chars().any(char::is_control)
        && path
            .split('/')
            .all(|segment| segment != ".." && segment != ".")
        && path.to_ascii_lowercase().ends_with(".json");
    safe.then(|| value.to_owned())
}

/// The query `query` in the language `lang`: its `lang` pair replaced, every other pair kept as
/// written, so switching languages keeps whatever the page shows (filters, a source's text).
pub fn with_lang(query: &str, lang: Lang) -> String {
    let body = query.strip_prefix('?').unwrap_or(query);
    let mut pairs: Vec<&str> = body
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| decode(pair.split('=').next().unwrap_or_default()) != "lang")
        .collect();
    let lang = format!("lang={}", lang.code());
    pairs.push(&lang);
    format!("?{}", pairs.join("&"))
}

/// A link to an element of the page (`#id`) that keeps the view whose query is `query` (as
/// printed by [`FilterState::to_query`], printed once per change and shared by every link).
pub fn fragment_href(query: &str, id: &str) -> String {
    format!("{query}#{id}")
}

/// A link to the page with the filters of `state`.
pub fn state_href(state: &FilterState) -> String {
    let query = state.to_query();
    if query.is_empty() {
        "./".to_owned()
    } else {
        query
    }
}

/// A link that shows `source`'s text with `quote` highlighted, keeping the filters and
/// remembering the card (`from`) to go back to.
pub fn source_href(query: &str, source: &str, quote: Option<&str>, from: &str) -> String {
    let mut href = if query.is_empty() {
        "?".to_owned()
    } else {
        format!("{query}&")
    };
    href.push_str(&format!("source={}", encode(source)));
    if let Some(quote) = quote {
        href.push_str(&format!("&quote={}", encode(quote)));
    }
    href.push_str(&format!("&from={}#quote", encode(from)));
    href
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    // Guards switching languages: only the language changes, and it is never doubled.
    #[test]
    fn switching_language_keeps_the_rest_of_the_query() {
        assert_eq!(with_lang("", Lang::Ru), "?lang=ru");
        assert_eq!(
            with_lang("?q=educ&lang=kk&session=54", Lang::Ru),
            "?q=educ&session=54&lang=ru"
        );
        assert_eq!(
            with_lang("?source=seed&quote=a%20b&lang=en&lang=ru", Lang::Kk),
            "?source=seed&quote=a%20b&lang=kk"
        );
        let state = FilterState::from_query(&with_lang("?theme=Education", Lang::Kk));
        assert_eq!(state.lang, Some(Lang::Kk));
        assert_eq!(state.cleared().to_query(), "?lang=kk");
    }

    // Guards `?data=`: paths on this site only, and JSON files only.
    #[test]
    fn data_paths_stay_on_this_site() {
        for ok in [
            "records/other.json",
            "data/x.JSON",
            "data/x.json?v=2",
            "x.json",
        ] {
            assert_eq!(data_path(ok).as_deref(), Some(ok), "{ok}");
        }
        for bad in [
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "javascript:alert(1)//.json",
            "data:application/json,{}.json",
            "\\\\evil\\x.json",
            "records/other.txt",
            "",
            "x\n.json",
            "/hrc/data/x.json",
            "../other-repo/x.json",
            "data/../../x.json",
            "./x.json",
            "%2e%2e/x.json",
        ] {
            assert_eq!(data_path(bad), None, "{bad:?}");
        }
    }

    // Guards the source link round trip, filters kept.
    #[test]
    fn source_link_round_trips() {
        let state = FilterState::from_query("?theme=Education");
        let href = source_href(&state.to_query(), "mfa", Some("Volker Türk & co"), "res-a");
        let (query, hash) = href.split_once('#').unwrap();
        assert_eq!(hash, "quote");
        assert_eq!(FilterState::from_query(query), state);
        let request = SourceRequest::from_query(query).unwrap();
        assert_eq!(request.source, "mfa");
        assert_eq!(request.quote.as_deref(), Some("Volker Türk & co"));
        assert_eq!(request.from.as_deref(), Some("res-a"));
        assert_eq!(SourceRequest::from_query("?theme=x"), None);
    }

    // Guards links that keep the view: fragments and the plain page.
    #[test]
    fn fragments_keep_filters() {
        let state = FilterState::from_query("?session=54");
        assert_eq!(fragment_href(&state.to_query(), "ev-a"), "?session=54#ev-a");
        assert_eq!(
            fragment_href(&FilterState::default().to_query(), "ev-a"),
            "#ev-a"
        );
        assert_eq!(state_href(&FilterState::default()), "./");
    }
}
