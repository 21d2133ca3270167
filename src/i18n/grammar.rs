//! Small rules of the languages' grammar that the tables build their sentences with.

/// Picks the Russian plural form for `n`: `one` for 1, 21, 101…; `few` for 2–4, 22–24…;
/// `many` for 0, 5–20, 25–30…, as CLDR's rule for whole numbers has it.
pub fn russian_plural<'a>(n: usize, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (last, last_two) = (n % 10, n % 100);
    if last == 1 && last_two != 11 {
        one
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        few
    } else {
        many
    }
}

/// `text` with a full stop at its end, unless it ends in one already: a date such as
/// "2024 г." or a name such as "Ltd." ends the sentence too.
pub fn end_sentence(mut text: String) -> String {
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}
