//! The interface languages as codes: which exist, how a code is read, and which one a visit
//! gets. It is the leaf every other layer may use (the URL's `?lang=` is part of the filter
//! state; the words of each language are in `i18n`), and it imports nothing of the app's.

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Kazakh (Cyrillic script, as Kazakhstan writes it today).
    Kk,
}

impl Lang {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The BCP 47 code, used in `?lang=`, in local storage and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The language named in its own language, as a menu of languages shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }

    /// Reads a code such as `ru`, `RU` or `ru-KZ` (only the primary subtag counts); anything
    /// else is `None`, so an unknown `?lang=` is ignored like any other malformed parameter.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language to show: the URL's `?lang=` if it names one, else the reader's remembered
    /// choice, else the first of the browser's preferred languages that the page speaks, else
    /// English.
    pub fn pick(url: Option<&str>, remembered: Option<&str>, browser: &[String]) -> Lang {
        url.and_then(Lang::from_code)
            .or_else(|| remembered.and_then(Lang::from_code))
            .or_else(|| browser.iter().find_map(|b| Lang::from_code(b)))
            .unwrap_or_default()
    }
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    // Guards the choice order: the URL beats the remembered choice, which beats the browser.
    #[test]
    fn the_url_then_the_memory_then_the_browser_decide() {
        let browser = vec!["de-DE".to_owned(), "kk-KZ".to_owned(), "ru".to_owned()];
        assert_eq!(Lang::pick(Some("ru"), Some("kk"), &browser), Lang::Ru);
        assert_eq!(Lang::pick(Some("xx"), Some("kk"), &browser), Lang::Kk);
        assert_eq!(Lang::pick(None, Some("fr"), &browser), Lang::Kk);
        assert_eq!(Lang::pick(None, None, &["de".to_owned()]), Lang::En);
        assert_eq!(Lang::pick(None, None, &[]), Lang::En);
    }

    // Guards reading codes: case and region do not matter, unknown codes are refused.
    #[test]
    fn codes_read_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("RU-kz"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("kk_KZ"), Some(Lang::Kk));
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("english"), None);
    }
}
