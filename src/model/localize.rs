//! The record's own short texts in the reader's language, looked up from what the data file
//! gives (see [`super::local`]).

use std::collections::HashMap;

use super::types::Dataset;
use super::votes::StateNames;
use crate::lang::Lang;

/// The record's short texts in one interface language, looked up by their English form. Built
/// once per record and language; a text with no translation is given back as it is.
#[derive(Clone, Debug, Default)]
pub struct Local {
    /// The title, if translated.
    pub title: Option<String>,
    /// The introduction, if translated.
    pub description: Option<String>,
    themes: HashMap<String, String>,
    names: HashMap<String, String>,
}

impl Local {
    /// The record's texts in `lang`: none for the record's own language.
    pub fn new(data: &Dataset, lang: Lang) -> Self {
        let own = data
            .profile
            .language
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_default();
        if lang == own {
            return Self::default();
        }
        let mut local = Self::default();
        // CLDR's names of places, and of the states the votes name.
        let pick = |n: &StateNames| match lang {
            Lang::En => n.en.clone(),
            Lang::Ru => n.ru.clone(),
            Lang::Kk => n.kk.clone(),
        };
        for p in &data.places {
            local.names.insert(p.names.en.clone(), pick(&p.names));
        }
        if let Some(t) = data
            .translations
            .iter()
            .find(|t| Lang::from_code(&t.lang) == Some(lang))
        {
            local.title = t.title.clone();
            local.description = t.description.clone();
            local.themes = t.themes.clone().into_iter().collect();
            for (en, name) in &t.names {
                local
                    .names
                    .entry(en.clone())
                    .or_insert_with(|| name.clone());
            }
        }
        local
    }

    /// A theme's name, and whether it is translated.
    pub fn theme<'a>(&'a self, name: &'a str) -> (&'a str, bool) {
        match self.themes.get(name) {
            Some(t) => (t, true),
            None => (name, false),
        }
    }

    /// A place's or group's name, and whether it is translated.
    pub fn name<'a>(&'a self, name: &'a str) -> (&'a str, bool) {
        match self.names.get(name) {
            Some(t) => (t, true),
            None => (name, false),
        }
    }

    /// Whether anything is translated (so the page says whose translation it is).
    pub fn is_translated(&self) -> bool {
        self.title.is_some() || self.description.is_some() || !self.themes.is_empty()
    }
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn shipped() -> Dataset {
        let text = include_str!("../../public/data/kazakhstan-hrc-2022-2024.json");
        crate::model::parse(text).expect("loads").dataset
    }

    // Guards the lookups: CLDR's names first, the editors' for what CLDR lacks, and the text
    // as written (marked untranslated) for anything else; nothing in the record's language.
    #[test]
    fn short_texts_in_the_readers_language() {
        let data = shipped();
        let en = Local::new(&data, Lang::En);
        assert_eq!(en.title, None);
        assert_eq!(en.name("Kazakhstan"), ("Kazakhstan", false));
        assert!(!en.is_translated());
        let kk = Local::new(&data, Lang::Kk);
        assert_eq!(kk.name("Kazakhstan"), ("Қазақстан", true));
        assert_eq!(kk.name("The European Union"), ("Еуропалық Одақ", true));
        assert_eq!(kk.theme("Children"), ("Балалар", true));
        assert_eq!(kk.theme("Unheard of"), ("Unheard of", false));
        let ru = Local::new(&data, Lang::Ru);
        assert_eq!(
            ru.title.as_deref(),
            Some("Казахстан в Совете ООН по правам человека")
        );
        assert_eq!(ru.name("Russia"), ("Россия", true));
        assert_eq!(
            ru.name("countries of the European Union"),
            ("страны Европейского союза", true)
        );
        assert!(ru.is_translated());
    }
}
