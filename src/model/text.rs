//! Sentences the cards and timeline show, written from the record's fields in the Council's
//! own terms. Plain functions, so their wording is tested natively.

use super::types::{Outcome, Resolution};

/// "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "Adopted without a vote, 11 October 2023", or what is and is not known.
pub fn adoption_line(r: &Resolution) -> String {
    match (&r.outcome, r.adopted) {
        (Outcome::NotStated, Some(date)) => format!("Adopted {}; how is not stated", date.human()),
        (Outcome::NotStated, None) => "Adoption: not stated in the sources".to_owned(),
        (outcome, Some(date)) => format!("{}, {}", outcome.describe(), date.human()),
        (outcome, None) => format!("{}; date not stated", outcome.describe()),
    }
}

/// Who led the text, and the state's part when it did not lead.
pub fn leads_line(r: &Resolution) -> String {
    let leads = join_names(&r.leads);
    let mut line = if r.leads.is_empty() {
        "Lead states: not stated".to_owned()
    } else {
        format!("Led by {leads}")
    };
    if let Some(group) = &r.on_behalf_of {
        line.push_str(&format!(", on behalf of {group}"));
    }
    line
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
/// "Co-sponsors: more than 70. Named: …; from …", when sourced.
pub fn cosponsors_line(r: &Resolution) -> Option<String> {
    let c = &r.cosponsors;
    if c.count.is_none() && c.named.is_empty() && c.regions.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if let Some(n) = &c.count {
        parts.push(format!("Co-sponsors: {}.", n.describe()));
    }
    if !c.named.is_empty() {
        parts.push(format!("Named among them: {}.", join_names(&c.named)));
    }
    if !c.regions.is_empty() {
        parts.push(format!(
            "From regions including {}.",
            join_names(&c.regions)
        ));
    }
    Some(parts.join(" "))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Role};

    fn resolution(outcome: Outcome, adopted: Option<&str>) -> Resolution {
        Resolution {
            id: "r".into(),
            title: "T".into(),
            symbol: None,
            session: None,
            adopted: adopted.map(|d| PartialDate::parse(d).unwrap()),
            role: Role::Led,
            leads: vec![
                "Kazakhstan".into(),
                "Kyrgyzstan".into(),
                "Uzbekistan".into(),
            ],
            on_behalf_of: None,
            themes: vec![],
            outcome,
            cosponsors: Default::default(),
            summary: String::new(),
            follow_ups: vec![],
            citations: vec![],
        }
    }

    // Guards the card's adoption sentence at each precision and outcome.
    #[test]
    fn adoption_sentences() {
        assert_eq!(
            adoption_line(&resolution(Outcome::WithoutVote, Some("2023-10-11"))),
            "Adopted without a vote, 11 October 2023"
        );
        assert_eq!(
            adoption_line(&resolution(Outcome::NotStated, None)),
            "Adoption: not stated in the sources"
        );
        assert_eq!(
            adoption_line(&resolution(
                Outcome::Vote {
                    yes: 30,
                    against: 5,
                    abstentions: 12
                },
                Some("2024-10")
            )),
            "Adopted by a vote of 30 in favour, 5 against, 12 abstentions, October 2024"
        );
    }

    // Guards the co-sponsor sentence, which must not call groups such as the EU "states".
    #[test]
    fn cosponsor_sentence() {
        use crate::model::{Bound, Count};
        let mut r = resolution(Outcome::Unanimous, None);
        assert_eq!(cosponsors_line(&r), None);
        r.cosponsors.count = Some(Count {
            value: 70,
            bound: Bound::MoreThan,
        });
        r.cosponsors.named = vec!["China".into(), "European Union".into()];
        r.cosponsors.regions = vec!["Asia".into(), "Africa".into()];
        assert_eq!(
            cosponsors_line(&r).unwrap(),
            "Co-sponsors: more than 70. Named among them: China and European Union. From regions including Asia and Africa."
        );
    }

    // Guards name lists, which read "A, B and C".
    #[test]
    fn leads_sentence() {
        let mut r = resolution(Outcome::Unanimous, None);
        assert_eq!(
            leads_line(&r),
            "Led by Kazakhstan, Kyrgyzstan and Uzbekistan"
        );
        r.leads.truncate(1);
        r.on_behalf_of = Some("the five Central Asian states".into());
        assert_eq!(
            leads_line(&r),
            "Led by Kazakhstan, on behalf of the five Central Asian states"
        );
    }
}
