//! The session timeline: sessions in time order, each with its events, and the events that fall
//! outside any session placed between them by date, at the date's precision.

use std::cmp::Ordering;

use crate::filter::state::SessionKey;
use crate::model::{order, Dataset, EventKind, PartialDate, SessionId};

/// Where a date lies relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Entirely before today.
    Past,
    /// Today falls within it (e.g. "2026" during 2026, or a session in progress).
    Current,
    /// Entirely after today.
    Upcoming,
    /// No date is sourced.
    Undated,
}

impl When {
    /// Places the span `from..=to` (as (year, month, day)) relative to `today`.
    pub fn of_span(from: (u16, u8, u8), to: (u16, u8, u8), today: (u16, u8, u8)) -> Self {
        if to < today {
            When::Past
        } else if from > today {
            When::Upcoming
        } else {
            When::Current
        }
    }

    /// Places a date at its precision: "2025" is current throughout 2025.
    pub fn of(date: Option<PartialDate>, today: (u16, u8, u8)) -> Self {
        date.map_or(When::Undated, |d| {
            When::of_span(d.earliest(), d.latest(), today)
        })
    }
}

/// The record an entry shows, by its position in its list. The entry points into the dataset
/// rather than copying its words, which at 12 500 events saved about 2 MB of the page's memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shows {
    /// An event, by position in `events`.
    Event(usize),
    /// A dated reform, by position in `reforms`.
    Reform(usize),
}

/// One event (or dated reform) on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The record it shows.
    pub shows: Shows,
    /// What kind of event.
    pub kind: EventKind,
    /// Its date, at its precision.
    pub date: Option<PartialDate>,
    /// Indices of the resolutions it concerns, in dataset order.
    pub resolutions: Vec<usize>,
    /// Past, current or upcoming.
    pub when: When,
}

impl Shows {
    /// The event or reform with id `id`, if there is one.
    pub fn find(data: &Dataset, id: &str) -> Option<Self> {
        data.events
            .iter()
            .position(|e| e.id == id)
            .map(Shows::Event)
            .or_else(|| {
                data.reforms
                    .iter()
                    .position(|r| r.id == id)
                    .map(Shows::Reform)
            })
    }
}

impl Entry {
    /// The record's id, also the element's id on the page.
    pub fn id<'a>(&self, data: &'a Dataset) -> &'a str {
        match self.shows {
            Shows::Event(i) => &data.events[i].id,
            Shows::Reform(i) => &data.reforms[i].id,
        }
    }

    /// The record's title.
    pub fn title<'a>(&self, data: &'a Dataset) -> &'a str {
        match self.shows {
            Shows::Event(i) => &data.events[i].title,
            Shows::Reform(i) => &data.reforms[i].title,
        }
    }
}

/// A top-level item of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A regular session, with its events.
    Session {
        /// The session's number.
        number: u32,
        /// Opening day.
        start: PartialDate,
        /// Closing day.
        end: PartialDate,
        /// Whether the state was a member during the session.
        in_term: bool,
        /// Past, current or upcoming.
        when: When,
        /// Its events, in date order.
        events: Vec<Entry>,
    },
    /// A session the record knows only from the recorded votes held in it (a special session,
    /// or any session of a record of votes alone): placed by the day of its first vote.
    VotedIn {
        /// The session.
        session: SessionKey,
        /// The day of its first recorded vote.
        date: PartialDate,
        /// Whether the state was a member then (the year of its first vote in a term), by the
        /// same rule as a regular session's.
        in_term: bool,
        /// Past, current or upcoming.
        when: When,
    },
    /// Events outside any session, between two sessions, in date order.
    Between(Vec<Entry>),
    /// Events no source dates, last.
    Undated(Vec<Entry>),
}

impl Item {
    /// The item's events, in date order.
    pub fn events(&self) -> &[Entry] {
        match self {
            Item::Session { events, .. } | Item::Between(events) | Item::Undated(events) => events,
            Item::VotedIn { .. } => &[],
        }
    }

    /// The session it stands for, if it is one.
    pub fn session_key(&self) -> Option<SessionKey> {
        match self {
            Item::Session { number, .. } => Some(SessionKey::Regular(*number)),
            Item::VotedIn { session, .. } => Some(*session),
            Item::Between(_) | Item::Undated(_) => None,
        }
    }

    /// The date the item sorts by.
    fn key(&self) -> Option<PartialDate> {
        match self {
            Item::Session { start, .. } => Some(*start),
            Item::VotedIn { date, .. } => Some(*date),
            Item::Between(events) => events.first().and_then(|e| e.date),
            Item::Undated(_) => None,
        }
    }
}

/// Orders dates at their precision, undated last.
pub fn by_date(a: &Option<PartialDate>, b: &Option<PartialDate>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// A map from each id to its position in its list.
fn positions_by_id<'a>(
    ids: impl Iterator<Item = &'a str>,
) -> std::collections::HashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// Builds the timeline of `data` as seen on `today` (year, month, day). Its entries point into
/// `data`, so it must be read with the same dataset, and `data` must be checked (as
/// [`crate::model::parse`] checks it): of two sessions with one number, only the first would
/// get its events.
pub fn build(data: &Dataset, today: (u16, u8, u8)) -> Vec<Item> {
    // One map from id to position, so linking events to resolutions stays linear at scale.
    let positions = positions_by_id(data.resolutions.iter().map(|r| r.id.as_str()));
    let resolution_index = |id: &str| positions.get(id).copied();
    let terms: Vec<(u16, u16)> = data
        .profile
        .memberships
        .iter()
        .map(|m| (m.from.year_value(), m.to.year_value()))
        .collect();
    let mut sessions: Vec<&crate::model::Session> = data.sessions.iter().collect();
    order::sort_by_key(&mut sessions, |s| s.start);

    let mut entries: Vec<(Option<u32>, Entry)> = Vec::new();
    for (i, e) in data.events.iter().enumerate() {
        let entry = Entry {
            shows: Shows::Event(i),
            kind: e.kind,
            date: e.date,
            resolutions: e
                .resolutions
                .iter()
                .filter_map(|id| resolution_index(id))
                .collect(),
            when: When::of(e.date, today),
        };
        // An event belongs to its session when the data says so, or when its exact day falls
        // within one; a month or a year is too vague to place inside a session.
        let session = e.session.or_else(|| {
            let d = e
                .date
                .filter(|d| d.precision() == crate::model::Precision::Day)?;
            sessions
                .iter()
                .find(|s| s.start <= d && d <= s.end)
                .map(|s| s.number)
        });
        entries.push((session, entry));
    }
    for (i, r) in data.reforms.iter().enumerate() {
        if r.date.is_none() {
            continue;
        }
        entries.push((
            None,
            Entry {
                shows: Shows::Reform(i),
                kind: EventKind::Reform,
                date: r.date,
                resolutions: Vec::new(),
                when: When::of(r.date, today),
            },
        ));
    }

    // Each entry moves to its session, between sessions, or to the undated: none is copied.
    // Session numbers are unique once the data is checked.
    let mut in_session: std::collections::HashMap<u32, Vec<Entry>> =
        sessions.iter().map(|s| (s.number, Vec::new())).collect();
    let mut loose = Vec::new();
    let mut undated = Vec::new();
    for (session, entry) in entries {
        match session.and_then(|n| in_session.get_mut(&n)) {
            Some(events) => events.push(entry),
            None if entry.date.is_some() => loose.push(Item::Between(vec![entry])),
            None => undated.push(entry),
        }
    }
    let mut items: Vec<Item> = sessions
        .iter()
        .map(|s| {
            let mut events = in_session.remove(&s.number).unwrap_or_default();
            order::sort_by(&mut events, |a, b| by_date(&a.date, &b.date));
            let year = s.start.year_value();
            Item::Session {
                number: s.number,
                start: s.start,
                end: s.end,
                in_term: terms.iter().any(|(from, to)| (*from..=*to).contains(&year)),
                when: When::of_span(s.start.earliest(), s.end.latest(), today),
                events,
            }
        })
        .collect();
    items.append(&mut loose);
    items.extend(sessions_known_from_votes(data, today, &terms));
    // Stable sort: a session sorts before a loose event of the same date.
    order::sort_by(&mut items, |a, b| by_date(&a.key(), &b.key()));
    // Loose events between the same two sessions form one group, so thousands of them make a
    // few groups, not thousands of items.
    let mut merged: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        match (merged.last_mut(), item) {
            (Some(Item::Between(group)), Item::Between(mut more)) => group.append(&mut more),
            (_, item) => merged.push(item),
        }
    }
    let mut items = merged;
    if !undated.is_empty() {
        items.push(Item::Undated(undated));
    }
    items
}

/// The sessions recorded votes were held in that the record's `sessions` do not list (the
/// special sessions, and every session of a record of votes alone), each placed by its first
/// vote's day. A list, not a map: a term holds a dozen sessions.
fn sessions_known_from_votes(
    data: &Dataset,
    today: (u16, u8, u8),
    terms: &[(u16, u16)],
) -> Vec<Item> {
    let mut first: Vec<(SessionKey, PartialDate)> = Vec::new();
    for v in &data.votes {
        let listed = match v.session {
            SessionId::Regular(n) => data.sessions.iter().any(|s| s.number == n),
            SessionId::Special(_) => false,
        };
        if listed {
            continue;
        }
        let key = SessionKey::from(v.session);
        match first.iter_mut().find(|(k, _)| *k == key) {
            Some((_, date)) => *date = (*date).min(v.date),
            None => first.push((key, v.date)),
        }
    }
    first
        .into_iter()
        .map(|(session, date)| Item::VotedIn {
            session,
            date,
            in_term: terms
                .iter()
                .any(|(from, to)| (*from..=*to).contains(&date.year_value())),
            when: When::of(Some(date), today),
        })
        .collect()
}

/// Whether an event is dimmed: filters are active and none of the resolutions it concerns
/// (positions, `related`) is among the matching `records` (in dataset order). An event about
/// no resolution is never dimmed.
pub fn is_dimmed(active: bool, related: &[usize], records: &[usize]) -> bool {
    active && !related.is_empty() && !related.iter().any(|i| records.binary_search(i).is_ok())
}

/// For each resolution (by position), the positions of its events in date order: those it
/// names as follow-ups and those that name it. Built once, so a card finds its events at once.
pub fn events_by_resolution(data: &Dataset) -> Vec<Vec<usize>> {
    let positions = positions_by_id(data.resolutions.iter().map(|r| r.id.as_str()));
    let events = positions_by_id(data.events.iter().map(|e| e.id.as_str()));
    let mut out = vec![Vec::new(); data.resolutions.len()];
    for (i, e) in data.events.iter().enumerate() {
        for id in &e.resolutions {
            if let Some(&r) = positions.get(id.as_str()) {
                out[r].push(i);
            }
        }
    }
    for (r, resolution) in data.resolutions.iter().enumerate() {
        out[r].extend(
            resolution
                .follow_ups
                .iter()
                .filter_map(|id| events.get(id.as_str())),
        );
        order::sort_by(&mut out[r], |&a, &b| {
            by_date(&data.events[a].date, &data.events[b].date).then(a.cmp(&b))
        });
        out[r].dedup();
    }
    out
}

/// The day `days` after 1970-01-01, as a date.
pub fn date_from_days(days: i64) -> PartialDate {
    let (year, month, day) = civil_from_days(days);
    PartialDate::day(year, month, day).unwrap_or_else(|| PartialDate::year(year))
}

/// Today as (year, month, day) from days since 1970-01-01 (as browsers count time), so the
/// component needs no date library.
pub fn civil_from_days(days: i64) -> (u16, u8, u8) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        u16::try_from(year).unwrap_or(u16::MAX),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::parse;

    /// The shipped record, read once: entries point into it.
    fn shipped() -> &'static Dataset {
        static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
        DATA.get_or_init(|| {
            let text =
                std::fs::read_to_string("public/data/kazakhstan-hrc-2022-2024.json").unwrap();
            parse(&text).unwrap().dataset
        })
    }

    fn label(item: &Item) -> String {
        match item {
            Item::Session { number, .. } => format!("HRC {number}"),
            Item::VotedIn { session, .. } => session.to_value(),
            Item::Between(events) => events
                .iter()
                .map(|e| e.id(shipped()))
                .collect::<Vec<_>>()
                .join("+"),
            Item::Undated(_) => "undated".into(),
        }
    }

    // Guards a record of votes alone (as `import-votes --new` writes it, with no sessions):
    // every session it voted in is on the timeline, in time order, by its first vote's day.
    #[test]
    fn a_record_of_votes_alone_shows_the_sessions_it_voted_in() {
        let mut data = shipped().clone();
        data.sessions.clear();
        data.events.clear();
        data.reforms.clear();
        let items = build(&data, (2026, 11, 29));
        let order: Vec<String> = items.iter().map(label).collect();
        assert_eq!(
            order,
            ["49", "S-34", "50", "51", "S-35", "52", "S-36", "53", "54", "55", "56", "57"]
        );
        assert!(items.iter().all(|i| i.session_key().is_some()));
    }

    // Guards placement: sessions in order, events inside their session, loose events between
    // sessions by date at their precision, undated last.
    #[test]
    fn places_events_in_time() {
        let items = build(shipped(), (2026, 11, 29));
        let order: Vec<String> = items.iter().map(label).collect();
        assert_eq!(
            order,
            [
                "HRC 49",
                "S-34",
                "HRC 50",
                "HRC 51",
                "S-35",
                "HRC 52",
                "S-36",
                "HRC 53",
                "HRC 54",
                "HRC 55",
                "reform-domestic-violence-law",
                "HRC 56",
                "HRC 57",
                "ev-summing-up-2024-12-10+ev-panel-domestic-violence-2025",
                "HRC 58",
                "HRC 59",
                "undated"
            ]
        );
        let Item::Session { events, .. } = &items[8] else {
            panic!()
        };
        assert_eq!(
            events.iter().map(|e| e.id(shipped())).collect::<Vec<_>>(),
            ["ev-adoption-54-5"]
        );
        let Item::Session { events, .. } = &items[12] else {
            panic!()
        };
        assert_eq!(
            events.iter().map(|e| e.id(shipped())).collect::<Vec<_>>(),
            [
                "ev-panel-education-2024-09",
                "ev-adoption-domestic-violence"
            ],
            "September 2024 sorts before 10 October 2024"
        );
        let Item::Undated(undated) = items.last().unwrap() else {
            panic!()
        };
        assert!(undated
            .iter()
            .any(|e| e.id(shipped()) == "ev-report-domestic-violence"));
        assert_eq!(
            undated
                .iter()
                .filter(|e| e.kind == EventKind::EventHeld)
                .count(),
            3
        );
    }

    // Guards the lookup a URL fragment goes through to find its timeline entry.
    #[test]
    fn finds_the_record_an_id_names() {
        let data = shipped();
        let event = Shows::find(data, "ev-adoption-54-5").expect("an event");
        let reform = Shows::find(data, "reform-domestic-violence-law").expect("a reform");
        assert!(matches!(event, Shows::Event(_)) && matches!(reform, Shows::Reform(_)));
        let items = build(data, (2026, 11, 29));
        let entry = items
            .iter()
            .flat_map(Item::events)
            .find(|e| e.shows == event)
            .expect("on the timeline");
        assert_eq!(entry.id(data), "ev-adoption-54-5");
        assert_eq!(
            Shows::find(data, "res-domestic-violence"),
            None,
            "a resolution is no entry"
        );
        assert_eq!(Shows::find(data, ""), None);
    }

    // Guards the membership term marking: 49–57 in term, 58–59 not.
    #[test]
    fn marks_the_term() {
        let items = build(shipped(), (2026, 11, 29));
        let in_term: Vec<u32> = items
            .iter()
            .filter_map(|i| match i {
                Item::Session {
                    number,
                    in_term: true,
                    ..
                } => Some(*number),
                _ => None,
            })
            .collect();
        assert_eq!(in_term, (49..=57).collect::<Vec<_>>());
        // The special sessions of 2022 and 2023, placed by their votes, were in the term too.
        let special: Vec<(String, bool)> = items
            .iter()
            .filter_map(|i| match i {
                Item::VotedIn {
                    session, in_term, ..
                } => Some((session.to_value(), *in_term)),
                _ => None,
            })
            .collect();
        assert_eq!(
            special,
            [("S-34", true), ("S-35", true), ("S-36", true)].map(|(s, t)| (s.to_owned(), t))
        );
    }

    // Guards past and upcoming relative to today, at the date's precision.
    #[test]
    fn past_current_upcoming_follow_today() {
        let june_2025 = PartialDate::month(2025, 6);
        assert_eq!(When::of(june_2025, (2024, 12, 10)), When::Upcoming);
        assert_eq!(When::of(june_2025, (2025, 6, 15)), When::Current);
        assert_eq!(When::of(june_2025, (2025, 7, 1)), When::Past);
        assert_eq!(
            When::of(Some(PartialDate::year(2025)), (2025, 12, 31)),
            When::Current
        );
        assert_eq!(When::of(None, (2025, 1, 1)), When::Undated);
        let items = build(shipped(), (2024, 12, 10));
        let upcoming: Vec<String> = items
            .iter()
            .filter_map(|i| match i {
                Item::Between(events) => events
                    .iter()
                    .find(|e| e.when == When::Upcoming)
                    .map(|e| e.id(shipped()).to_owned()),
                Item::Session {
                    number,
                    when: When::Upcoming,
                    ..
                } => Some(format!("HRC {number}")),
                _ => None,
            })
            .collect();
        assert_eq!(
            upcoming,
            ["ev-panel-domestic-violence-2025", "HRC 58", "HRC 59"]
        );
    }

    // Guards a card's link list: follow-ups and events naming it, once each, in date order.
    #[test]
    fn events_of_each_resolution() {
        let data = shipped();
        let by = events_by_resolution(data);
        let ids = |r: usize| {
            by[r]
                .iter()
                .map(|&e| data.events[e].id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(0),
            [
                "ev-adoption-54-5",
                "ev-panel-education-2024-09",
                "ev-summing-up-2024-12-10",
                "ev-report-a-hrc-59-33"
            ]
        );
        assert!(ids(2).is_empty());
    }

    // Guards dimming: only with filters, only events about resolutions, none of them matching.
    #[test]
    fn dimming_rule() {
        assert!(!is_dimmed(false, &[1], &[]));
        assert!(!is_dimmed(true, &[], &[]));
        assert!(is_dimmed(true, &[1, 4], &[0, 2, 3]));
        assert!(!is_dimmed(true, &[1, 4], &[0, 4]));
    }

    // Guards the date arithmetic behind "today".
    #[test]
    fn civil_dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_701), (2023, 12, 10));
        assert_eq!(date_from_days(20_789).iso(), "2026-12-02");
        assert_eq!(civil_from_days(20_786), (2026, 11, 29));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }
}
