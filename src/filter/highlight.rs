//! Where the query's words are in a text, as ranges of the original text to mark.

use crate::filter::fold::Folded;

/// A piece of text, marked when it matches a query word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The original text of the piece.
    pub text: &'a str,
    /// Whether it is a match.
    pub mark: bool,
}

/// Splits `text` into marked and unmarked pieces for the folded query `words`. Overlapping or
/// touching matches merge into one mark.
pub fn segments<'a>(text: &'a str, words: &[String]) -> Vec<Segment<'a>> {
    if words.is_empty() || text.is_empty() {
        return vec![Segment { text, mark: false }];
    }
    pieces(text, &marks(&Folded::new(text), words))
}

/// The byte ranges of the original text that match `words`, merged and in order. A view keeps
/// the [`Folded`] text and calls this per query, so typing never folds the text again, and it
/// can skip redrawing a text whose marks did not change.
pub fn marks(folded: &Folded, words: &[String]) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for word in words.iter().filter(|w| !w.is_empty()) {
        let mut from = 0;
        while let Some(at) = folded.text[from..].find(word.as_str()) {
            let start = from + at;
            let end = start + word.len();
            ranges.push(folded.original_range(start, end));
            from = end;
        }
    }
    crate::model::order::sort(&mut ranges);
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// `text` cut into pieces at the byte ranges `marks` (from [`marks`] on the same text).
pub fn pieces<'a>(text: &'a str, marks: &[(usize, usize)]) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, e) in marks {
        if s > at {
            out.push(Segment {
                text: &text[at..s],
                mark: false,
            });
        }
        out.push(Segment {
            text: &text[s..e],
            mark: true,
        });
        at = e;
    }
    if at < text.len() || out.is_empty() {
        out.push(Segment {
            text: &text[at..],
            mark: false,
        });
    }
    out
}

/// The byte ranges `marks` of `text` as offsets in UTF-16 code units, which is how the DOM
/// counts in a text node: a highlight painted over the text without changing it needs them.
pub fn utf16_ranges(text: &str, marks: &[(usize, usize)]) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(marks.len());
    // One walk over the text: marks are in order and do not overlap.
    let (mut byte, mut unit) = (0, 0_u32);
    let mut units_to = |target: usize| {
        unit += text[byte..target]
            .chars()
            .map(|c| c.len_utf16() as u32)
            .sum::<u32>();
        byte = target;
        unit
    };
    for &(s, e) in marks {
        let start = units_to(s);
        out.push((start, units_to(e)));
    }
    out
}

/// The byte range of `quote` in `text`, for showing a quote in its source.
pub fn find_quote(text: &str, quote: &str) -> Option<(usize, usize)> {
    text.find(quote).map(|at| (at, at + quote.len()))
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::filter::fold::query_words;
    use proptest::prelude::*;

    fn marked(text: &str, q: &str) -> Vec<String> {
        segments(text, &query_words(q))
            .into_iter()
            .filter(|s| s.mark)
            .map(|s| s.text.to_owned())
            .collect()
    }

    // Guards highlighting in the original spelling, whatever the query's accents or case.
    #[test]
    fn marks_matches_in_original_text() {
        assert_eq!(marked("Volker Türk will present", "turk"), ["Türk"]);
        assert_eq!(marked("Education, education", "EDUC"), ["Educ", "educ"]);
        assert_eq!(marked("domestic violence", "dom vio"), ["dom", "vio"]);
        assert_eq!(marked("abc", ""), Vec::<String>::new());
    }

    // Guards merging, so nested marks never appear.
    #[test]
    fn overlapping_matches_merge() {
        assert_eq!(marked("peaceful", "peace ceful"), ["peaceful"]);
    }

    // Guards the offsets a highlight is painted at: the DOM counts UTF-16 units, not bytes, so
    // "Türk" after "Volker " starts at 7, and a character outside the BMP counts twice.
    #[test]
    fn utf16_offsets_count_as_the_dom_does() {
        let text = "Volker Türk 𝄞 Türk";
        let marks = marks(&Folded::new(text), &query_words("turk"));
        assert_eq!(utf16_ranges(text, &marks), [(7, 11), (15, 19)]);
        assert_eq!(utf16_ranges("abc", &[]), Vec::<(u32, u32)>::new());
    }

    proptest! {
        // Guards that each painted range covers exactly the marked text, in any script.
        #[test]
        fn utf16_ranges_cover_the_marks(text in "\\PC{0,40}", q in "\\PC{0,8}") {
            let marks = marks(&Folded::new(&text), &query_words(&q));
            let units: Vec<u16> = text.encode_utf16().collect();
            let ranges = utf16_ranges(&text, &marks);
            prop_assert_eq!(ranges.len(), marks.len());
            for (&(s, e), (us, ue)) in marks.iter().zip(ranges) {
                let painted = String::from_utf16(&units[us as usize..ue as usize]).unwrap();
                prop_assert_eq!(painted, &text[s..e]);
            }
        }

        // Guards that the pieces always put the text back together exactly.
        #[test]
        fn segments_rebuild_the_text(text in "\\PC{0,40}", q in "\\PC{0,8}") {
            let words = query_words(&q);
            let joined: String = segments(&text, &words).iter().map(|s| s.text).collect();
            prop_assert_eq!(joined, text);
        }
    }
}
