//! Text folding for search: case- and accent-insensitive, sensible for Cyrillic.
//!
//! "Türk" and "Turk" fold alike, as do "É" and "e", "Ё" and "е". Folding keeps a map back to the
//! original text so that matches can be highlighted where the reader sees them.

/// Folds one character into `out`: lowercase, without diacritics.
fn fold_char(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        let plain = match lower {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'ĥ' | 'ħ' => "h",
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
            'ĵ' => "j",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => "o",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => "u",
            'ŵ' => "w",
            'ý' | 'ÿ' | 'ŷ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            // Russian readers type е for ё; Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) are
            // letters of their own and stay as they are.
            'ё' => "е",
            '’' | '‘' | 'ʼ' => "'",
            // Combining marks, for text that arrives decomposed.
            '\u{0300}'..='\u{036f}' => "",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(plain);
    }
}

/// The folded form of `text`, for matching.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folded text with, for each folded byte, the byte offset of the original character it came
/// from, so a match in the folded text maps back to a range of the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    origin: Vec<usize>,
    original_len: usize,
}

impl Folded {
    /// Folds `text`, remembering where each folded byte came from.
    pub fn new(text: &str) -> Self {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let before = folded.len();
            fold_char(c, &mut folded);
            origin.extend(std::iter::repeat_n(at, folded.len() - before));
        }
        Self {
            text: folded,
            origin,
            original_len: text.len(),
        }
    }

    /// The original byte range for the folded byte range `start..end` (end exclusive), widened
    /// to whole original characters.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin.get(start).copied().unwrap_or(self.original_len);
        if end <= start {
            return (from, from);
        }
        // The end is the start of the first original character after the one holding the
        // match's last byte (a match may end inside the expansion of one character, e.g. ß).
        let last = self.origin[(end - 1).min(self.origin.len() - 1)];
        let to = self.origin[end.min(self.origin.len())..]
            .iter()
            .copied()
            .find(|&o| o > last)
            .unwrap_or(self.original_len);
        (from, to)
    }
}

/// The words of a query, folded: split on anything that is not a letter, digit or apostrophe
/// within a word, so "Costa-Rica," gives ["costa", "rica"], and "54/5" gives ["54", "5"].
pub fn query_words(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut words: Vec<String> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    crate::model::order::sort(&mut words);
    words.dedup();
    // A word that is part of another needs no check of its own.
    let all = words.clone();
    words.retain(|w| !all.iter().any(|o| o != w && o.contains(w.as_str())));
    words
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // Guards the accents the issue names and the record uses (Türk, é).
    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Volker Türk"), "volker turk");
        assert_eq!(fold("Édition ÉLÉMENT"), "edition element");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Cote d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("e\u{0301}te\u{0301}"), "ete");
    }

    // Guards Cyrillic: lowercased, ё as е, Kazakh letters kept.
    #[test]
    fn folds_cyrillic_sensibly() {
        assert_eq!(fold("ЁЛКА Казахстан"), "елка казахстан");
        assert_eq!(fold("ҚАЗАҚСТАН Әділет"), "қазақстан әділет");
    }

    // Guards query splitting: punctuation separates, duplicates and contained words collapse.
    #[test]
    fn splits_query_words() {
        assert_eq!(query_words("  Costa-Rica, costa "), ["costa", "rica"]);
        // "5" is inside "54", so a text with "54" always has it: one check is enough.
        assert_eq!(query_words("54/5"), ["54"]);
        assert_eq!(query_words("Türk's"), ["turk's"]);
        assert!(query_words(" ,. ").is_empty());
    }

    // Guards highlight mapping across a length-changing fold (ß → ss) and multibyte text.
    #[test]
    fn maps_folded_ranges_back() {
        let text = "Große Türk";
        let f = Folded::new(text);
        let at = f.text.find("turk").unwrap();
        let (s, e) = f.original_range(at, at + 4);
        assert_eq!(&text[s..e], "Türk");
        let at = f.text.find("ss").unwrap();
        let (s, e) = f.original_range(at, at + 2);
        assert_eq!(&text[s..e], "ß");
    }

    proptest! {
        // Guards that folding is stable: folding folded text changes nothing.
        #[test]
        fn folding_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        // Guards that every mapped range lies on character boundaries of the original.
        #[test]
        fn mapped_ranges_are_char_boundaries(s in "\\PC{1,30}", a in 0usize..60, len in 1usize..10) {
            let f = Folded::new(&s);
            prop_assume!(a < f.text.len());
            let end = (a + len).min(f.text.len());
            let (from, to) = f.original_range(a, end);
            prop_assert!(from <= to && to <= s.len());
            prop_assert!(s.is_char_boundary(from) && s.is_char_boundary(to));
        }
    }
}
