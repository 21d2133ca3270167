//! The interface in English, Russian and Kazakh.
//!
//! Every word the page itself writes (not the record's own text) comes from a [`Strings`]
//! table, one per language, in `en.rs`, `ru.rs` and `kk.rs`. A table is a struct rather than a
//! map of keys, so a language that lacks a string does not compile. Wording that depends on a
//! number or on other words is a function in the table, so each language builds its sentence in
//! its own order and with its own plural forms (Russian has three; a Kazakh noun after a
//! numeral stays singular).
//!
//! This module imports no leptos and no web-sys: it is plain Rust, tested natively.

mod en;
pub mod grammar;
mod kk;
mod ru;
mod strings;

pub use strings::Strings;

use crate::filter::state::{Cast, SessionKey, View};
use crate::filter::timeline::When;
use crate::filter::{Facet, FilterState};
use crate::lang::Lang;
use crate::model::{
    Ballot, Bound, Cosponsors, Count, EventKind, Outcome, OutcomeKind, PartialDate, Resolution,
    Role, VoteKind, VoteOutcome,
};

/// A language's interface words, as `Lang::Ru.strings()`. The leaf `lang` knows the codes and
/// this layer the words; a trait rather than a method of `Lang`, so that whatever reads the
/// words imports this layer, where the import rules can see it.
pub trait Words {
    /// This language's interface strings.
    fn strings(self) -> &'static Strings;
}

impl Words for Lang {
    fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::STRINGS,
            Lang::Ru => &ru::STRINGS,
            Lang::Kk => &kk::STRINGS,
        }
    }
}

impl Strings {
    /// A date written out at its precision, in this language: "10 October 2024",
    /// "10 октября 2024 г.", "2024 жылғы 10 қазан".
    pub fn date(&self, date: &PartialDate) -> String {
        let year = date.year_value();
        match (date.month_value(), date.day_value()) {
            (None, _) => (self.year_date)(year),
            (Some(m), None) => (self.month_date)(self.months_alone[usize::from(m - 1)], year),
            (Some(m), Some(d)) => (self.day_date)(d, self.months[usize::from(m - 1)], year),
        }
    }

    /// The two ends of a span of dates (a session's), the year written once when both are
    /// days of one year, so that a timeline column gives its dates one line:
    /// "12 September" – "7 October 2022". Otherwise each end in full.
    pub fn date_range(&self, start: &PartialDate, end: &PartialDate) -> [String; 2] {
        let year = start.year_value();
        match (
            start.month_value(),
            start.day_value(),
            end.month_value(),
            end.day_value(),
        ) {
            (Some(m1), Some(d1), Some(m2), Some(d2)) if end.year_value() == year => (self
                .day_range)(
                d1,
                self.months[usize::from(m1 - 1)],
                d2,
                self.months[usize::from(m2 - 1)],
                year,
            ),
            _ => [self.date(start), self.date(end)],
        }
    }

    /// The state's part in a resolution, for badges and facet options.
    pub fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Led => self.role_led,
            Role::CoLed => self.role_co_led,
            Role::MainSponsor => self.role_main_sponsor,
            Role::CoSponsor => self.role_co_sponsor,
        }
    }

    /// The legend above a facet's options; `state` names the state whose votes are followed.
    pub fn legend(&self, facet: Facet, state: &str) -> String {
        match facet {
            Facet::Theme => self.legend_theme.to_owned(),
            Facet::Session => self.legend_session.to_owned(),
            Facet::Role => self.legend_role.to_owned(),
            Facet::Outcome => self.legend_outcome.to_owned(),
            Facet::Lead => self.legend_lead.to_owned(),
            Facet::Cast => (self.legend_cast)(state),
            Facet::Kind => self.legend_kind.to_owned(),
            Facet::Result => self.legend_result.to_owned(),
        }
    }

    /// A session's name: "HRC 54", or the special session's.
    pub fn session(&self, key: SessionKey) -> String {
        match key {
            SessionKey::Regular(n) => (self.session_name)(n),
            SessionKey::Special(n) => (self.special_session_name)(n),
            SessionKey::NotStated => self.session_not_stated.to_owned(),
        }
    }

    /// The followed state's vote, as the votes' facet names it.
    pub fn cast(&self, cast: Cast) -> &'static str {
        match cast {
            Cast::Yes => self.cast_yes,
            Cast::No => self.cast_no,
            Cast::Abstain => self.cast_abstain,
            Cast::DidNotVote => self.cast_none,
        }
    }

    /// A member's ballot, as the list of every member's vote heads it.
    pub fn ballot(&self, ballot: Ballot) -> &'static str {
        match ballot {
            Ballot::Yes => self.ballot_yes,
            Ballot::No => self.ballot_no,
            Ballot::Abstain => self.ballot_abstain,
            Ballot::PresentNotVoting => self.ballot_present_not_voting,
        }
    }

    /// A member's vote in a sentence ("voted in favour", "was present and did not vote").
    pub fn voted(&self, ballot: Option<Ballot>) -> &'static str {
        match ballot {
            Some(Ballot::Yes) => self.voted_yes,
            Some(Ballot::No) => self.voted_no,
            Some(Ballot::Abstain) => self.voted_abstain,
            Some(Ballot::PresentNotVoting) => self.voted_present_not_voting,
            None => self.voted_not_recorded,
        }
    }

    /// The kind of text voted on.
    pub fn vote_kind(&self, kind: VoteKind) -> &'static str {
        match kind {
            VoteKind::Resolution => self.vote_kind_resolution,
            VoteKind::Decision => self.vote_kind_decision,
            VoteKind::Draft => self.vote_kind_draft,
            VoteKind::Amendment => self.vote_kind_amendment,
        }
    }

    /// How a vote ended.
    pub fn vote_result(&self, result: VoteOutcome) -> &'static str {
        match result {
            VoteOutcome::Adopted => self.result_adopted,
            VoteOutcome::Rejected => self.result_rejected,
            VoteOutcome::NotRecorded => self.result_not_recorded,
        }
    }

    /// A facet option's label, from its value in the URL: the page's own words for sessions,
    /// roles and outcomes, and the data's words as written for themes and states.
    pub fn option(&self, facet: Facet, value: &str) -> String {
        let role = || Role::ALL.into_iter().find(|r| r.as_str() == value);
        match facet {
            Facet::Session => {
                SessionKey::from_value(value).map_or_else(|| value.to_owned(), |k| self.session(k))
            }
            Facet::Cast => Cast::from_value(value)
                .map_or(value, |c| self.cast(c))
                .to_owned(),
            Facet::Kind => VoteKind::from_value(value)
                .map_or(value, |k| self.vote_kind(k))
                .to_owned(),
            Facet::Result => VoteOutcome::from_value(value)
                .map_or(value, |r| self.vote_result(r))
                .to_owned(),
            Facet::Role => role().map_or(value, |r| self.role(r)).to_owned(),
            Facet::Outcome => OutcomeKind::from_value(value)
                .map_or(value, |k| self.outcome_kind(k))
                .to_owned(),
            Facet::Theme | Facet::Lead => value.to_owned(),
        }
    }

    /// The kind of outcome, as a facet option names it.
    pub fn outcome_kind(&self, kind: OutcomeKind) -> &'static str {
        match kind {
            OutcomeKind::WithoutVote => self.outcome_without_vote,
            OutcomeKind::Vote => self.outcome_vote,
            OutcomeKind::Unanimous => self.outcome_unanimous,
            OutcomeKind::Consensus => self.outcome_consensus,
            OutcomeKind::NotStated => self.outcome_not_stated,
        }
    }

    /// Whose word an outcome is, where it is a source's word rather than the Council's record
    /// ("unanimously", "by consensus"): a sentence for the card, or nothing.
    pub fn outcome_words(&self, outcome: &Outcome) -> Option<&'static str> {
        match outcome {
            Outcome::Unanimous => Some(self.unanimous_note),
            Outcome::Consensus => Some(self.consensus_note),
            _ => None,
        }
    }

    /// The outcome in words, with the counts of a vote.
    pub fn outcome(&self, outcome: &Outcome) -> String {
        match outcome {
            Outcome::Vote {
                yes,
                against,
                abstentions,
            } => (self.vote)(*yes, *against, *abstentions),
            other => self.outcome_kind(other.kind()).to_owned(),
        }
    }

    /// A timeline event's kind.
    pub fn event_kind(&self, kind: EventKind) -> &'static str {
        match kind {
            EventKind::Session => self.kind_session,
            EventKind::Adoption => self.kind_adoption,
            EventKind::Panel => self.kind_panel,
            EventKind::Report => self.kind_report,
            EventKind::Statement => self.kind_statement,
            EventKind::EventHeld => self.kind_event_held,
            EventKind::Reform => self.kind_reform,
        }
    }

    /// A word for a date's place in time, or nothing for the past (the usual case needs none)
    /// and for what is undated.
    pub fn when(&self, when: When) -> Option<&'static str> {
        match when {
            When::Past | When::Undated => None,
            When::Current => Some(self.now),
            When::Upcoming => Some(self.upcoming),
        }
    }

    /// "A, B and C", with this language's "and".
    pub fn join_names<S: AsRef<str>>(&self, names: &[S]) -> String {
        match names {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                format!("{}{}{}", init.join(", "), self.and, last.as_ref())
            }
        }
    }

    /// "Adopted without a vote, 11 October 2023", or what is and is not known.
    pub fn adoption_line(&self, r: &Resolution) -> String {
        match (&r.outcome, r.adopted) {
            (Outcome::NotStated, Some(date)) => (self.adopted_how_not_stated)(&self.date(&date)),
            (Outcome::NotStated, None) => self.adoption_not_stated.to_owned(),
            (outcome, Some(date)) => format!("{}, {}", self.outcome(outcome), self.date(&date)),
            (outcome, None) => format!("{}; {}", self.outcome(outcome), self.date_not_stated),
        }
    }

    /// Who led the text, and on whose behalf when a source says so, each state named by `name`
    /// (which gives a name in this language, or as written).
    pub fn leads_line(&self, r: &Resolution, name: &dyn Fn(&str) -> String) -> String {
        let mut line = if r.leads.is_empty() {
            self.leads_not_stated.to_owned()
        } else {
            (self.led_by)(&self.join_names(&names(&r.leads, name)), r.leads.len())
        };
        if let Some(group) = &r.on_behalf_of {
            line.push_str(&(self.on_behalf_of)(&name(group)));
        }
        line
    }

    /// "Co-sponsors: more than 70. Named among them: …", when sourced, each state and region
    /// named by `name`.
    pub fn cosponsors_line(&self, c: &Cosponsors, name: &dyn Fn(&str) -> String) -> Option<String> {
        if c.count.is_none() && c.named.is_empty() && c.regions.is_empty() {
            return None;
        }
        let mut parts = Vec::new();
        if let Some(n) = &c.count {
            parts.push((self.cosponsors_count)(&self.count(n)));
        }
        if !c.named.is_empty() {
            parts.push((self.cosponsors_named)(
                &self.join_names(&names(&c.named, name)),
            ));
        }
        if !c.regions.is_empty() {
            parts.push((self.cosponsors_regions)(
                &self.join_names(&names(&c.regions, name)),
            ));
        }
        Some(parts.join(" "))
    }

    /// "72" or "more than 70", as the source puts it.
    pub fn count(&self, count: &Count) -> String {
        match count.bound {
            Bound::Exact => count.value.to_string(),
            Bound::MoreThan => (self.more_than)(count.value),
        }
    }

    /// Why nothing matches `state`, in words: the search, the options, or both.
    pub fn explain(&self, state: &FilterState) -> String {
        let searched = !state.q.trim().is_empty();
        let faceted = state.differ || Facet::of(state.view).iter().any(|f| state.count(*f) > 0);
        match (state.view, searched, faceted) {
            (View::Initiatives, true, true) => (self.explain_words_options)(state.q.trim()),
            (View::Initiatives, true, false) => (self.explain_words)(state.q.trim()),
            (View::Initiatives, ..) => self.explain_options.to_owned(),
            (View::Votes, true, true) => (self.explain_votes_words_options)(state.q.trim()),
            (View::Votes, true, false) => (self.explain_votes_words)(state.q.trim()),
            (View::Votes, ..) => self.explain_votes_options.to_owned(),
        }
    }

    /// The view `state` shows, in words, for the printed page: the list, the search, each
    /// facet's chosen options and the comparison; `followed` names the state whose votes the
    /// record follows, `name_of` gives a state's name from its code, and `record_word` a theme
    /// or lead state in the reader's language (the record's own words otherwise).
    pub fn view_words(
        &self,
        state: &FilterState,
        followed: &str,
        name_of: impl Fn(&str) -> String,
        record_word: impl Fn(Facet, &str) -> String,
    ) -> String {
        let mut parts = vec![match state.view {
            View::Initiatives => self.resolutions.to_owned(),
            View::Votes => self.view_votes.to_owned(),
        }];
        if !state.q.trim().is_empty() {
            parts.push((self.print_search)(state.q.trim()));
        }
        for &facet in Facet::of(state.view) {
            let chosen: Vec<String> = state
                .chosen_options()
                .into_iter()
                .filter(|(f, _)| *f == facet)
                .map(|(_, value)| match facet {
                    Facet::Theme | Facet::Lead => record_word(facet, &value),
                    _ => self.option(facet, &value),
                })
                .collect();
            if !chosen.is_empty() {
                parts.push(format!(
                    "{}: {}",
                    self.legend(facet, followed),
                    chosen.join(", ")
                ));
            }
        }
        if let (View::Votes, Some(other)) = (state.view, &state.compare) {
            let other = name_of(other);
            parts.push(if state.differ {
                (self.differ_label)(followed, &other)
            } else {
                (self.compare_to)(&other)
            });
        }
        if parts.len() == 1 {
            parts.push(self.print_no_filters.to_owned());
        }
        parts.join(". ")
    }

    /// A reader's name for a field that a citation supports; fields without one keep their
    /// name in the data.
    pub fn field<'a>(&self, field: &'a str) -> &'a str {
        match field {
            "adopted" => self.field_adopted,
            "follow_ups" => self.field_follow_ups,
            "on_behalf_of" => self.field_on_behalf_of,
            "leads" => self.field_leads,
            "cosponsors" => self.field_cosponsors,
            "date" => self.field_date,
            "title" => self.field_title,
            "summary" => self.field_summary,
            "symbol" => self.field_symbol,
            "session" => self.field_session,
            "outcome" => self.field_outcome,
            "themes" => self.field_themes,
            "role" => self.field_role,
            "resolutions" => self.field_resolutions,
            "start" => self.field_start,
            "end" => self.field_end,
            "from" => self.field_from,
            "to" => self.field_to,
            "elected" => self.field_elected,
            "name" => self.field_name,
            "text" => self.field_text,
            "kind" => self.field_kind,
            "number" => self.field_number,
            other => other,
        }
    }
}

/// Each of `list` as `name` gives it.
fn names<S: AsRef<str>>(list: &[S], name: &dyn Fn(&str) -> String) -> Vec<String> {
    list.iter().map(|n| name(n.as_ref())).collect()
}

/// A name as written: for the export, and wherever no translation applies.
pub fn as_written(name: &str) -> String {
    name.to_owned()
}

/// The two notes of the build's copy of the record (`prerender.rs`): in place of its default
/// view while the app prepares the view the address asks for, and what needs JavaScript. Only
/// the native build writes them, so the wasm carries no copy of them.
#[cfg(not(target_arch = "wasm32"))]
pub struct CopyNotes {
    /// Shown while the app prepares the view the address asks for (filters, another file).
    pub preparing_view: &'static str,
    /// Shown when the browser runs no JavaScript.
    pub static_copy: &'static str,
}

/// The copy's notes in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn copy_notes(lang: Lang) -> CopyNotes {
    match lang {
        Lang::En => CopyNotes {
            preparing_view: "Preparing the view this address asks for…",
            static_copy: "Without JavaScript this is a fixed copy of the whole record: its cards, sources and links read as they are. Search, filters, the votes view, sharing, exports and the language and theme switches need JavaScript.",
        },
        Lang::Ru => CopyNotes {
            preparing_view: "Подготовка представления, указанного в адресе…",
            static_copy: "Без JavaScript это неизменяемая копия всей записи: карточки, источники и ссылки доступны как есть. Поиск, фильтры, раздел голосований, отправка ссылки, выгрузка и переключатели языка и темы требуют JavaScript.",
        },
        Lang::Kk => CopyNotes {
            preparing_view: "Мекенжайда көрсетілген көрініс дайындалуда…",
            static_copy: "JavaScript-сіз бұл — бүкіл жазбаның өзгермейтін көшірмесі: карточкалар, дереккөздер мен сілтемелер сол күйінде оқылады. Іздеу, сүзгілер, дауыс беру бөлімі, бөлісу, экспорт және тіл мен режим ауыстырғыштары JavaScript-ті қажет етеді.",
        },
    }
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::grammar::russian_plural;
    use super::*;

    // Guards the printed page's view line: the list, the search and each chosen option in
    // words, and a line that says so when nothing narrows the record.
    #[test]
    fn a_view_in_words() {
        let en = Lang::En.strings();
        let name = |code: &str| {
            if code == "USA" {
                "United States".to_owned()
            } else {
                code.to_owned()
            }
        };
        let word = |_: Facet, value: &str| value.to_owned();
        assert_eq!(
            en.view_words(&FilterState::default(), "Kazakhstan", name, word),
            "Resolutions. No filters: the whole record"
        );
        let state = FilterState::from_query(
            "?q=%20peace%20&theme=Children&theme=Education&role=led&session=54",
        );
        assert_eq!(
            en.view_words(&state, "Kazakhstan", name, word),
            "Resolutions. Search: “peace”. Theme: Children, Education. Session: HRC 54. Role: Led"
        );
        let votes = FilterState::from_query("?view=votes&vote=no&compare=USA&differ=1");
        let words = en.view_words(&votes, "Kazakhstan", name, word);
        assert!(words.contains("Kazakhstan’s vote: No"), "{words}");
        assert!(
            words.ends_with("Only where Kazakhstan and United States voted differently"),
            "{words}"
        );
        let ru = Lang::Ru.strings().view_words(
            &FilterState::from_query("?session=54&q=мир&theme=Children"),
            "Казахстан",
            name,
            |_, value| {
                if value == "Children" {
                    "Дети".to_owned()
                } else {
                    value.to_owned()
                }
            },
        );
        assert!(ru.contains("54"), "{ru}");
        assert!(ru.contains("Поиск: «мир»"), "{ru}");
        assert!(ru.contains(": Дети"), "{ru}");
        // A Russian date ends with "г.", which ends the sentence too.
        assert_eq!(
            (Lang::Ru.strings().printed_from)("https://x.test/", "2 декабря 2026 г."),
            "Напечатано с https://x.test/, 2 декабря 2026 г."
        );
    }

    fn resolution(outcome: Outcome, adopted: Option<&str>) -> Resolution {
        Resolution {
            id: "r".into(),
            title: "T".into(),
            symbol: None,
            session: None,
            adopted: adopted.map(|d| PartialDate::parse(d).unwrap()),
            role: Role::Led,
            role_words: None,
            leads: vec![
                "Kazakhstan".into(),
                "Kyrgyzstan".into(),
                "Uzbekistan".into(),
            ],
            on_behalf_of: None,
            themes: vec![],
            editorial_themes: vec![],
            outcome,
            cosponsors: Cosponsors::default(),
            summary: String::new(),
            follow_ups: vec![],
            votes: vec![],
            citations: vec![],
        }
    }

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    // Guards the Russian plural rule at its edges (11–14 take "many", 21 takes "one").
    #[test]
    fn russian_plurals_follow_the_last_digits() {
        let form = |n| russian_plural(n, "one", "few", "many");
        let cases = [
            (0, "many"),
            (1, "one"),
            (2, "few"),
            (4, "few"),
            (5, "many"),
            (11, "many"),
            (12, "many"),
            (14, "many"),
            (21, "one"),
            (22, "few"),
            (25, "many"),
            (101, "one"),
            (111, "many"),
            (10_000, "many"),
        ];
        for (n, expected) in cases {
            assert_eq!(form(n), expected, "{n}");
        }
    }

    // Guards the session dates on the timeline: one year written once, in each language's
    // place for it; across a new year, or short of a day, each end is written in full.
    #[test]
    fn a_span_of_days_in_one_year_writes_the_year_once() {
        let cases = [
            (Lang::En, ["12 September", "7 October 2022"]),
            (Lang::Ru, ["12 сентября", "7 октября 2022 г."]),
            (Lang::Kk, ["2022 жылғы 12 қыркүйек", "7 қазан"]),
        ];
        for (lang, want) in cases {
            let t = lang.strings();
            assert_eq!(t.date_range(&date("2022-09-12"), &date("2022-10-07")), want);
        }
        let en = Lang::En.strings();
        assert_eq!(
            en.date_range(&date("2024-12-30"), &date("2025-01-10")),
            ["30 December 2024", "10 January 2025"]
        );
        assert_eq!(
            en.date_range(&date("2024-09"), &date("2024-10-07")),
            ["September 2024", "7 October 2024"]
        );
    }

    // Guards dates at each precision in each language: Russian puts the month of a day in the
    // genitive and says "г.", Kazakh puts the year first.
    #[test]
    fn dates_are_written_in_each_language() {
        let cases = [
            (Lang::En, ["10 October 2024", "September 2024", "2025"]),
            (
                Lang::Ru,
                ["10 октября 2024 г.", "сентябрь 2024 г.", "2025 г."],
            ),
            (
                Lang::Kk,
                ["2024 жылғы 10 қазан", "2024 жылғы қыркүйек", "2025 жыл"],
            ),
        ];
        for (lang, [day, month, year]) in cases {
            let t = lang.strings();
            assert_eq!(t.date(&date("2024-10-10")), day);
            assert_eq!(t.date(&date("2024-09")), month);
            assert_eq!(t.date(&date("2025")), year);
        }
    }

    // Guards the counted phrases: Russian picks the form by the number, English by one or more.
    #[test]
    fn counted_phrases_agree_with_their_numbers() {
        let en = Lang::En.strings();
        let ru = Lang::Ru.strings();
        let kk = Lang::Kk.strings();
        assert_eq!((en.shown_of)(1, 6), "1 of 6 resolutions");
        assert_eq!((en.all_shown)(1), "All 1 resolution");
        assert_eq!((ru.shown_of)(2, 6), "2 из 6 резолюций");
        assert_eq!((ru.shown_of)(1, 21), "1 из 21 резолюции");
        assert_eq!((ru.all_shown)(6), "Все 6 резолюций");
        assert_eq!((ru.all_shown)(1), "Одна резолюция");
        assert_eq!((ru.all_shown)(22), "Все 22 резолюции");
        assert_eq!((ru.sources_n)(1), "Источники (1)");
        assert_eq!(
            (ru.problems_summary)(3),
            "В файле данных 3 ошибки; остальные данные показаны."
        );
        assert_eq!((kk.shown_of)(2, 6), "Көрсетілгені 2, барлығы 6 қарар");
        assert_eq!((kk.all_shown)(6), "Барлығы 6 қарар");
    }

    // Guards the card's sentences in Russian and Kazakh, which order their words differently.
    #[test]
    fn card_sentences_are_built_in_each_language() {
        let r = resolution(Outcome::WithoutVote, Some("2023-10-11"));
        assert_eq!(
            Lang::En.strings().adoption_line(&r),
            "Adopted without a vote, 11 October 2023"
        );
        assert_eq!(
            Lang::Ru.strings().adoption_line(&r),
            "Принята без голосования, 11 октября 2023 г."
        );
        assert_eq!(
            Lang::Kk.strings().adoption_line(&r),
            "Дауыс берусіз қабылданды, 2023 жылғы 11 қазан"
        );
        assert_eq!(
            Lang::En.strings().leads_line(&r, &as_written),
            "Led by Kazakhstan, Kyrgyzstan and Uzbekistan"
        );
        assert_eq!(
            Lang::Ru.strings().leads_line(&r, &as_written),
            "Инициаторы: Kazakhstan, Kyrgyzstan и Uzbekistan"
        );
        assert_eq!(
            Lang::Kk.strings().leads_line(&r, &as_written),
            "Бастамашылар: Kazakhstan, Kyrgyzstan және Uzbekistan"
        );
        let vote = Outcome::Vote {
            yes: 30,
            against: 5,
            abstentions: 12,
        };
        assert_eq!(
            Lang::En.strings().outcome(&vote),
            "Adopted by a vote of 30 in favour, 5 against, 12 abstentions"
        );
        assert!(Lang::Ru.strings().outcome(&vote).contains("за — 30"));
    }

    // Guards the masthead's source line: a Russian date ends in "г.", which ends the sentence
    // without a second full stop.
    #[test]
    fn a_date_that_ends_in_a_stop_ends_the_sentence() {
        let ru = Lang::Ru.strings();
        let line = (ru.drawn_from)("T", "P", Some(&ru.date(&date("2024-12"))));
        assert!(
            line.starts_with("Основной источник: T, P, декабрь 2024 г. Остальные"),
            "{line}"
        );
        let en = Lang::En.strings();
        let line = (en.drawn_from)("T", "P", Some(&en.date(&date("2024-12"))));
        assert!(
            line.starts_with("Drawn from: T, P, December 2024. Further"),
            "{line}"
        );
    }

    // Guards the English sentences the export writes: they must not drift from the cards.
    #[test]
    fn english_sentences_match_the_cards_wording() {
        let t = Lang::En.strings();
        let mut r = resolution(Outcome::NotStated, None);
        assert_eq!(t.adoption_line(&r), "Adoption: not stated in the sources");
        r.adopted = Some(date("2024-09"));
        assert_eq!(
            t.adoption_line(&r),
            "Adopted September 2024; how is not stated"
        );
        r.outcome = Outcome::Unanimous;
        r.adopted = None;
        assert_eq!(t.adoption_line(&r), "Adopted unanimously; date not stated");
        r.leads.clear();
        r.on_behalf_of = Some("the Group of Friends".into());
        assert_eq!(
            t.leads_line(&r, &as_written),
            "Lead states: not stated, on behalf of the Group of Friends"
        );
        r.cosponsors.count = Some(Count {
            value: 70,
            bound: Bound::MoreThan,
        });
        r.cosponsors.named = vec!["A".into(), "B".into()];
        assert_eq!(
            t.cosponsors_line(&r.cosponsors, &as_written).unwrap(),
            "Co-sponsors: more than 70. Named among them: A and B."
        );
    }

    // Guards option order and labels, which the facet panel shows in this order: sessions by
    // number, roles and outcomes in their fixed order, in the page's words.
    #[test]
    fn facet_options_are_ordered_and_labelled() {
        let res = |id: &str, session: u32, role: &str, theme: &str, outcome: &str| {
            serde_json::json!({ "id": id, "title": id, "session": session, "role": role,
                "themes": [theme], "leads": ["K"], "outcome": { "kind": outcome },
                "citations": [{ "source": "s" }] })
        };
        let sessions: Vec<serde_json::Value> = [54, 56, 57]
            .iter()
            .map(|n| serde_json::json!({ "number": n, "start": "2023", "end": "2023", "citations": [{ "source": "s" }] }))
            .collect();
        let file = serde_json::json!({
            "format": 1,
            "profile": { "title": "T", "state": { "name": "K" } },
            "sources": [{ "id": "s", "title": "S", "publisher": "P", "url": "https://example.org", "kind": "secondary" }],
            "sessions": sessions,
            "resolutions": [
                res("r-a", 57, "main_sponsor", "Peace", "not_stated"),
                res("r-b", 54, "led", "Education", "without_vote"),
                res("r-c", 56, "main_sponsor", "Domestic violence", "unanimous"),
                res("r-d", 54, "led", "Children", "without_vote"),
            ]
        });
        let loaded = crate::model::parse(&file.to_string()).unwrap();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let index = crate::filter::Index::new(&loaded.dataset);
        let t = Lang::En.strings();
        let labels = |f: Facet| {
            index
                .options(f)
                .iter()
                .map(|o| t.option(f, &o.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(labels(Facet::Session), ["HRC 54", "HRC 56", "HRC 57"]);
        assert_eq!(labels(Facet::Role), ["Led", "Main sponsor"]);
        assert_eq!(
            labels(Facet::Outcome),
            [
                "Adopted without a vote",
                "Adopted unanimously",
                "Not stated"
            ]
        );
        assert_eq!(
            labels(Facet::Theme),
            ["Children", "Domestic violence", "Education", "Peace"]
        );
    }

    // Guards the empty state's explanation: it names what narrowed the view, and quotes the
    // search without the spaces around it.
    #[test]
    fn nothing_found_is_explained_by_what_narrowed_it() {
        let t = Lang::En.strings();
        let words = FilterState::from_query("?q=%20zebra%20");
        let options = FilterState::from_query("?theme=A&session=54");
        let both = FilterState::from_query("?q=zebra&role=led");
        assert_eq!(t.explain(&words), (t.explain_words)("zebra"));
        assert_eq!(t.explain(&options), t.explain_options);
        assert_eq!(t.explain(&both), (t.explain_words_options)("zebra"));
        assert!(t.explain(&words).contains("zebra"));
        // With nothing chosen there is nothing to blame but the options (an empty record).
        assert_eq!(t.explain(&FilterState::default()), t.explain_options);
    }

    // Guards against an empty or untrimmed string slipping into a table, which would show as a
    // blank button or label.
    #[test]
    fn no_string_is_empty_or_padded() {
        for lang in Lang::ALL {
            for (name, text) in lang.strings().plain() {
                assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
                assert_eq!(text.trim(), text, "{lang:?}.{name} has spaces at an end");
            }
        }
    }

    // Guards against a copy-paste slip: a Russian or Kazakh table that still holds English.
    #[test]
    fn translations_differ_from_english() {
        let en: Vec<_> = Lang::En.strings().plain();
        for lang in [Lang::Ru, Lang::Kk] {
            for ((name, english), (_, text)) in en.iter().zip(lang.strings().plain()) {
                // Names of file formats and keys read the same in every language.
                let same_everywhere = ["CSV", "JSON", "Tab"].iter().any(|w| english.contains(w));
                if !same_everywhere {
                    assert_ne!(*english, text, "{lang:?}.{name} is still English");
                }
            }
        }
    }
}
