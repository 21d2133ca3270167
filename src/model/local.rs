//! The record's own short texts in other languages, as a data file gives them: the editors'
//! translations of its title, introduction, themes and the names of partners and groupings of
//! states, and CLDR's names of the places it names. [`super::localize`] looks them up.
//!
//! The long texts (titles of resolutions, summaries, quotes) stay in the record's language:
//! they are the sources' words, and a translation of them would be a claim no source makes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::votes::StateNames;

/// The record's short texts in one more language, as its editors translated them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language, as an interface language's code: "ru" or "kk".
    pub lang: String,
    /// Who translated these texts. No source gives them in this language.
    pub by: TranslatedBy,
    /// The record's title (the profile's `title`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The record's introduction (the profile's `description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Theme names, by the English name the records use.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub themes: BTreeMap<String, String>,
    /// Names the record uses that CLDR does not give (partners, groups of states), by the name
    /// as the record writes it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
}

/// Who translated a record's short texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TranslatedBy {
    /// The record's editors.
    Editors,
}

/// A place the record's own text names (a lead state, a co-sponsor, a region), with CLDR's
/// name for it in each interface language (written by `import-votes`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// CLDR's territory code: two letters for a country or union ("KZ", "EU"), three digits
    /// for a region ("419").
    pub cldr: String,
    /// Its name in each interface language; `en` is the name the record writes.
    pub names: StateNames,
}

/// Whether `code` has the form of a CLDR territory code.
pub fn is_territory_code(code: &str) -> bool {
    let b = code.as_bytes();
    (b.len() == 2 && b.iter().all(u8::is_ascii_uppercase))
        || (b.len() == 3 && b.iter().all(u8::is_ascii_digit))
}
