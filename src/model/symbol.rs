//! Document symbols of the Council's texts: what a symbol says of its text (kind, session) and
//! its short form.
//!
//! `A/HRC/RES/49/1` is resolution 1 of the forty-ninth session; `A/HRC/DEC/43/117` a decision;
//! `A/HRC/49/L.46` a draft (or an amendment to one) put before the forty-ninth session;
//! `A/HRC/RES/S-34/1` a resolution of the thirty-fourth special session.

use super::votes::SessionId;

/// What a symbol says of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The symbol in its canonical form.
    pub canonical: String,
    /// The series: a resolution, a decision, or an L document (a draft or an amendment).
    pub series: Series,
    /// The session.
    pub session: SessionId,
    /// The text's number within the series and session.
    pub number: u32,
    /// Words the source adds after the symbol (" as orally revised"), if any.
    pub annotation: Option<String>,
}

/// The series of a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    /// `A/HRC/RES/…`.
    Resolution,
    /// `A/HRC/DEC/…`.
    Decision,
    /// `A/HRC/…/L.…`: a draft or an amendment.
    Limited,
}

/// Reads a symbol as the OHCHR library's voting records write them, including the malformed
/// forms they are known to hold: `A/HRC/DEC22/117` (no slash), `A/HRC/RES/56/L.35` (an L
/// document filed as a resolution) and `A/HRC/50/L.37 as orally revised` (words after it).
/// Each comes back in its canonical form. Anything else is `None`.
pub fn parse_symbol(text: &str) -> Option<Symbol> {
    let (body, annotation) = match text.find(' ') {
        Some(at) => (&text[..at], Some(text[at..].trim().to_owned())),
        None => (text, None),
    };
    let rest = body.strip_prefix("A/HRC/")?;
    let (prefix, rest) = if let Some(r) = rest.strip_prefix("RES/") {
        (Some(Series::Resolution), r)
    } else if let Some(r) = rest.strip_prefix("DEC/") {
        (Some(Series::Decision), r)
    } else if let Some(r) = rest.strip_prefix("DEC") {
        // `DEC22/117`: the slash is missing.
        (Some(Series::Decision), r)
    } else {
        (None, rest)
    };
    let (session, number) = rest.split_once('/')?;
    let session = SessionId::parse(session)?;
    let digits = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (series, number) = match number.strip_prefix("L.") {
        // An L document, however it was filed.
        Some(n) => (Series::Limited, digits(n)?),
        None => (prefix?, digits(number)?),
    };
    let canonical = match series {
        Series::Resolution => format!("A/HRC/RES/{session}/{number}"),
        Series::Decision => format!("A/HRC/DEC/{session}/{number}"),
        Series::Limited => format!("A/HRC/{session}/L.{number}"),
    };
    Some(Symbol {
        canonical,
        series,
        session,
        number,
        annotation,
    })
}

/// The short form of a document symbol, as the Council's texts cite each other: "54/5" for
/// `A/HRC/RES/54/5`, "56/L.35" for `A/HRC/56/L.35`, "S-34/1" for `A/HRC/RES/S-34/1`. A symbol
/// of another shape is given whole.
pub fn short_symbol(symbol: &str) -> &str {
    ["A/HRC/RES/", "A/HRC/DEC/", "A/HRC/"]
        .into_iter()
        .find_map(|p| symbol.strip_prefix(p))
        .unwrap_or(symbol)
}

/// The page's id for the card of the vote on `symbol`: "vote-res-49-1" for `A/HRC/RES/49/1`,
/// "vote-56-l-35" for `A/HRC/56/L.35`. Record ids may not start with "vote-", so none collides.
pub fn vote_id(symbol: &str) -> String {
    let mut id = String::from("vote");
    let mut gap = true;
    for c in symbol.strip_prefix("A/HRC/").unwrap_or(symbol).chars() {
        if c.is_ascii_alphanumeric() {
            if gap {
                id.push('-');
                gap = false;
            }
            id.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    id
}

/// The address of a document's official text by its symbol, through the UN's symbol resolver.
pub fn official_text_url(symbol: &str) -> String {
    format!("https://undocs.org/{symbol}")
}

/// The address of the OHCHR library's search for the voting record of `symbol`.
pub fn voting_record_url(symbol: &str) -> String {
    let mut query = String::new();
    for b in symbol.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_') {
            query.push(char::from(b));
        } else {
            query.push_str(&format!("%{b:02X}"));
        }
    }
    format!("https://searchlibrary.ohchr.org/search?cc=Voting&p={query}")
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    // Guards every form the source holds, the odd ones above all.
    #[test]
    fn symbols_of_every_form_read() {
        let s = parse_symbol("A/HRC/RES/49/1").unwrap();
        assert_eq!(
            (s.series, s.session, s.number),
            (Series::Resolution, SessionId::Regular(49), 1)
        );
        let s = parse_symbol("A/HRC/49/L.46").unwrap();
        assert_eq!(
            (s.series, s.session, s.number),
            (Series::Limited, SessionId::Regular(49), 46)
        );
        let s = parse_symbol("A/HRC/RES/S-34/1").unwrap();
        assert_eq!(
            (s.series, s.session),
            (Series::Resolution, SessionId::Special(34))
        );
        assert_eq!(s.canonical, "A/HRC/RES/S-34/1");
        let s = parse_symbol("A/HRC/DEC/43/117").unwrap();
        assert_eq!(s.series, Series::Decision);
        let s = parse_symbol("A/HRC/DEC22/117").unwrap();
        assert_eq!(s.canonical, "A/HRC/DEC/22/117");
        let s = parse_symbol("A/HRC/RES/56/L.35").unwrap();
        assert_eq!(
            (s.series, s.canonical.as_str()),
            (Series::Limited, "A/HRC/56/L.35")
        );
        let s = parse_symbol("A/HRC/50/L.37 as orally revised").unwrap();
        assert_eq!(s.canonical, "A/HRC/50/L.37");
        assert_eq!(s.annotation.as_deref(), Some("as orally revised"));
    }

    // Guards against reading what is not a symbol.
    #[test]
    fn what_is_not_a_symbol_is_refused() {
        for bad in [
            "",
            "A/HRC/RES/49",
            "A/HRC/RES/x/1",
            "A/HRC/RES/49/1a",
            "A/HRC/49/46",
            "A/HRC/RES/49/L.",
            "S/RES/2601",
            "A/HRC/RES/S-/1",
            "A/HRC/RES/123456/1",
        ] {
            assert_eq!(parse_symbol(bad), None, "{bad}");
        }
    }

    // Guards the short form the page shows and searches.
    #[test]
    fn short_forms() {
        assert_eq!(short_symbol("A/HRC/RES/54/5"), "54/5");
        assert_eq!(short_symbol("A/HRC/56/L.35"), "56/L.35");
        assert_eq!(short_symbol("A/HRC/RES/S-34/1"), "S-34/1");
        assert_eq!(short_symbol("A/HRC/DEC/43/117"), "43/117");
        assert_eq!(short_symbol("E/CN.4/1"), "E/CN.4/1");
        assert_eq!(vote_id("A/HRC/RES/49/1"), "vote-res-49-1");
        assert_eq!(vote_id("A/HRC/56/L.35"), "vote-56-l-35");
        assert_eq!(vote_id("A/HRC/RES/S-34/1"), "vote-res-s-34-1");
        assert_eq!(
            voting_record_url("A/HRC/RES/54/5"),
            "https://searchlibrary.ohchr.org/search?cc=Voting&p=A%2FHRC%2FRES%2F54%2F5"
        );
    }
}
