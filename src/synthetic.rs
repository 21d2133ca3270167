//! A realistic synthetic record for benchmarks: N resolutions and their events in the real
//! schema, with varied titles, themes, sessions 1–60, states and quotes, the same for the same
//! seed. It is never shipped; `generate-data` writes it and `make bench` loads it.

use serde_json::{json, Value};

/// A small deterministic random source (SplitMix64), so the data is the same for a seed on any
/// machine without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const THEMES: [&str; 24] = [
    "Children",
    "Education",
    "Peace and tolerance",
    "Armed conflict",
    "Domestic violence",
    "Gender equality",
    "Technology",
    "Justice",
    "Climate change",
    "Persons with disabilities",
    "Freedom of expression",
    "Health",
    "Migrants",
    "Indigenous peoples",
    "Water and sanitation",
    "Food",
    "Housing",
    "Minorities",
    "Older persons",
    "Torture prevention",
    "Death penalty",
    "Human rights defenders",
    "Business and human rights",
    "Development",
];

const STATES: [&str; 40] = [
    "Kazakhstan",
    "Kyrgyzstan",
    "Uzbekistan",
    "Tajikistan",
    "Turkmenistan",
    "Gambia",
    "Belgium",
    "Luxembourg",
    "Costa Rica",
    "Brazil",
    "Mexico",
    "Chile",
    "Côte d’Ivoire",
    "Senegal",
    "Morocco",
    "Egypt",
    "South Africa",
    "Nigeria",
    "Kenya",
    "India",
    "Indonesia",
    "Japan",
    "Republic of Korea",
    "Philippines",
    "Türkiye",
    "Finland",
    "Norway",
    "Switzerland",
    "Austria",
    "Germany",
    "France",
    "Spain",
    "Portugal",
    "Poland",
    "Ukraine",
    "Georgia",
    "Armenia",
    "Canada",
    "Australia",
    "New Zealand",
];

const VERBS: [&str; 8] = [
    "Promoting",
    "Protecting",
    "Ensuring",
    "Strengthening",
    "Advancing",
    "Realizing",
    "Eliminating barriers to",
    "Safeguarding",
];

const CONTEXTS: [&str; 10] = [
    "in the context of climate change",
    "in situations of armed conflict",
    "for every child",
    "in the digital age",
    "in rural areas",
    "in times of crisis",
    "through international cooperation",
    "in the administration of justice",
    "for persons in vulnerable situations",
    "at the national level",
];

const ROLES: [&str; 4] = ["led", "co_led", "main_sponsor", "co_sponsor"];

/// The synthetic source text that quotes come from: numbered sentences, some with accents and
/// Cyrillic, so search and folding are exercised as with real data.
pub fn source_text(sentences: usize, seed: u64) -> String {
    let mut rng = Rng(seed ^ 0xA5A5);
    (0..sentences)
        .map(|i| {
            format!(
                "Paragraph {i}: the Council considered {} {} with {} and {}, noting the report by Volker Türk (Доклад {i}).",
                rng.pick(&VERBS).to_lowercase(),
                rng.pick(&THEMES).to_lowercase(),
                rng.pick(&STATES),
                rng.pick(&STATES),
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A data file with `records` resolutions, about as many events, and sessions 1–60.
pub fn dataset(records: usize, seed: u64) -> (Value, String) {
    let mut rng = Rng(seed);
    let text = source_text(records.clamp(100, 2000), seed);
    let sentences: Vec<&str> = text.lines().collect();
    let sessions: Vec<Value> = (1..=60u32)
        .map(|n| {
            // Three regular sessions a year from 2006: March, June and September.
            let year = 2006 + (n - 1) / 3;
            let month = [3, 6, 9][((n - 1) % 3) as usize];
            json!({
                "number": n,
                "start": format!("{year}-{month:02}-01"),
                "end": format!("{year}-{:02}-28", month + 1),
                "citations": [{ "source": "synthetic-secondary", "supports": ["start", "end"] }]
            })
        })
        .collect();
    let mut resolutions = Vec::with_capacity(records);
    let mut events = Vec::with_capacity(records * 3 / 2);
    for i in 0..records {
        let session = 1 + rng.below(60) as u32;
        let year = 2006 + (session - 1) / 3;
        let month = [3, 6, 9][((session - 1) % 3) as usize] + 1;
        let theme = rng.pick(&THEMES);
        let second = rng.pick(&THEMES);
        let title = format!(
            "{} {} {}",
            rng.pick(&VERBS),
            theme.to_lowercase(),
            rng.pick(&CONTEXTS)
        );
        let leads: Vec<&str> = (0..1 + rng.below(3)).map(|_| rng.pick(&STATES)).collect();
        let quote_at = rng.below(sentences.len());
        let sentence = sentences[quote_at];
        // A quote is a verbatim slice of a sentence, as an editor would copy it.
        let quote = &sentence[sentence.find("the Council").unwrap_or(0)..];
        let id = format!("res-{i}");
        let adoption = format!("ev-adoption-{i}");
        let mut follow_ups = vec![];
        if i % 4 == 0 {
            let panel = format!("ev-panel-{i}");
            events.push(json!({
                "id": panel, "date": format!("{}-{:02}", year + 1, month), "kind": "panel",
                "title": format!("Panel discussion on {}", theme.to_lowercase()),
                "resolutions": [id], "summary": "A follow-up panel discussion.",
                "citations": [{ "source": "synthetic-secondary", "supports": ["date", "title"] }]
            }));
            follow_ups.push(panel);
        }
        events.push(json!({
            "id": adoption, "date": format!("{year}-{month:02}-{:02}", 1 + rng.below(27)), "kind": "adoption",
            "title": format!("{title} adopted"), "session": session, "resolutions": [id],
            "summary": "", "citations": [{ "source": "synthetic-secondary", "supports": ["date"] }]
        }));
        let outcome = match rng.below(4) {
            0 => json!({ "kind": "without_vote" }),
            1 => {
                json!({ "kind": "vote", "in_favour": 20 + rng.below(27), "against": rng.below(10), "abstentions": rng.below(15) })
            }
            2 => json!({ "kind": "unanimous" }),
            _ => json!({ "kind": "not_stated" }),
        };
        resolutions.push(json!({
            "id": id,
            "title": title,
            "symbol": format!("{session}/{}", 1 + i % 40),
            "session": session,
            "adopted": format!("{year}-{month:02}"),
            "role": rng.pick(&ROLES),
            "leads": leads,
            "themes": if theme == second { vec![theme] } else { vec![theme, second] },
            "outcome": outcome,
            "cosponsors": { "count": { "value": 20 + rng.below(60), "bound": "more_than" }, "named": [rng.pick(&STATES), rng.pick(&STATES)] },
            "summary": format!("The resolution addresses {} and {}, and asks the High Commissioner for a report. {}", theme.to_lowercase(), second.to_lowercase(), sentence),
            "follow_ups": follow_ups,
            "citations": [
                { "source": "synthetic-primary", "quote": quote, "supports": ["title", "summary", "themes", "role", "leads"] },
                { "source": "synthetic-secondary", "supports": ["symbol", "session", "adopted", "outcome", "cosponsors", "follow_ups"] }
            ]
        }));
    }
    let file = json!({
        "$schema": "schema.json",
        "format": 1,
        "profile": {
            "title": format!("Synthetic record ({records} resolutions)"),
            "description": "Generated for benchmarks; not a real record.",
            "state": { "name": "Kazakhstan", "iso3": "KAZ" },
            "language": "en",
            "memberships": [{ "from": "2022", "to": "2024", "citations": [{ "source": "synthetic-secondary" }] }]
        },
        "sources": [
            { "id": "synthetic-primary", "title": "Synthetic source text", "publisher": "Benchmark generator", "file": "sources/synthetic.txt", "kind": "primary" },
            { "id": "synthetic-secondary", "title": "Synthetic secondary source", "publisher": "Benchmark generator", "url": "https://example.org/synthetic", "kind": "secondary" }
        ],
        "sessions": sessions,
        "resolutions": resolutions,
        "events": events,
    });
    (file, text)
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    // Guards that the benchmark measures the real loader on valid data, not an error path.
    #[test]
    fn generated_data_loads_cleanly_and_quotes_are_verbatim() {
        let (file, text) = dataset(500, 7);
        let loaded = crate::model::parse(&file.to_string()).unwrap();
        assert!(
            loaded.problems.is_empty(),
            "{:?}",
            &loaded.problems[..loaded.problems.len().min(3)]
        );
        assert_eq!(loaded.dataset.resolutions.len(), 500);
        assert!(loaded.dataset.events.len() >= 600);
        let quotes = crate::model::validate::check_quotes(&loaded.dataset, |_| Some(text.clone()));
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    // Guards determinism: the same seed gives the same file, another seed another file.
    #[test]
    fn same_seed_same_data() {
        assert_eq!(dataset(50, 1).0, dataset(50, 1).0);
        assert_ne!(dataset(50, 1).0, dataset(50, 2).0);
    }
}
