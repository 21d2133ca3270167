//! English: the Council's own terms, dates written out ("11 October 2023").

use super::grammar::end_sentence;
use super::strings::Strings;

/// "resolution" or "resolutions".
fn resolutions(n: usize) -> &'static str {
    if n == 1 {
        "resolution"
    } else {
        "resolutions"
    }
}

/// `one` for 1, `many` otherwise.
fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// "Kazakhstan’s", "United States’": a name ending in s takes the apostrophe alone.
fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}’")
    } else {
        format!("{name}’s")
    }
}

/// The month names, the same in every position.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub static STRINGS: Strings = Strings {
    eyebrow: "UN Human Rights Council",
    language: "Language",
    dark_theme: "Dark theme",
    skip_link: "Skip to the resolutions",
    skip_link_votes: "Skip to the votes",
    resolutions: "Resolutions",
    loading_record: "Loading the record…",
    timeline: "Timeline",
    timeline_intro_plain: "Sessions and events in time order.",
    timeline_keys: "Tab stops here once; move inside with the arrow keys, Home and End.",
    headline_label: "The record in figures",
    member_badge: "Member",
    show_every_session: "Show every session",
    show_its_resolutions: "Show its resolutions",
    between_sessions: "Between sessions",
    date_not_stated_heading: "Date not stated",
    date_not_stated: "date not stated",
    show_fewer_events: "Show fewer events",
    dimmed_note: "its resolution is outside the current filters",
    now: "Now",
    upcoming: "Upcoming",
    filter_resolutions: "Filter resolutions",
    facets_summary: "Theme, session, role, outcome, lead state",
    facets_summary_votes: "Vote, kind of text, result, session",
    filter_votes: "Filter the votes",
    clear_all: "Clear all filters",
    legend_theme: "Theme",
    legend_session: "Session",
    legend_role: "Role",
    legend_outcome: "Outcome",
    legend_lead: "Lead state",
    role_led: "Led",
    role_co_led: "Co-led",
    role_main_sponsor: "Main sponsor",
    role_co_sponsor: "Co-sponsor",
    outcome_without_vote: "Adopted without a vote",
    outcome_vote: "Adopted by a vote",
    outcome_unanimous: "Adopted unanimously",
    outcome_consensus: "Adopted by consensus",
    outcome_words_hint: "“Unanimously” and “by consensus” are the sources’ words. When the Council adopts a text without voting, its own record says “adopted without a vote”.",
    unanimous_note: "“Unanimously” is the sources’ word: they do not say whether a vote was taken.",
    consensus_note: "“By consensus” is the source’s word; the Council’s own record calls an adoption with no vote “adopted without a vote”.",
    session_not_stated: "Session not stated",
    editorial_tags: "Editors’ tags, which no source gives",
    official_text: "Official text",
    group_heading: "Said of several texts together, not of this one alone",
    group_others: "The other texts it speaks of",
    note_label: "What it says, in the editors’ words",
    in_source_words: "In the source’s words:",
    legend_kind: "Kind of text",
    legend_result: "Result",
    cast_yes: "Yes",
    cast_no: "No",
    cast_abstain: "Abstained",
    cast_none: "Did not vote or none recorded",
    ballot_yes: "In favour",
    ballot_no: "Against",
    ballot_abstain: "Abstentions",
    ballot_present_not_voting: "Present, not voting",
    voted_yes: "voted in favour",
    voted_no: "voted against",
    voted_abstain: "abstained",
    voted_present_not_voting: "was present and did not vote",
    voted_not_recorded: "no vote recorded",
    vote_kind_resolution: "Resolution",
    vote_kind_decision: "Decision",
    vote_kind_draft: "Draft",
    vote_kind_amendment: "Amendment",
    result_adopted: "Adopted",
    result_rejected: "Rejected",
    result_not_recorded: "Result not recorded",
    views_label: "What to show",
    view_initiatives: "Initiatives",
    view_votes: "Recorded votes",
    no_member_votes: "The source records no member’s vote on this text.",
    every_members_vote: "Every member’s vote",
    voting_record: "Voting record (OHCHR Library)",
    compare_with: "Compare with",
    compare_nobody: "No other state",
    tally_heading: "Tally",
    on_adopted_texts: "On resolutions and decisions",
    on_drafts_and_amendments: "On drafts and amendments",
    total: "Total",
    column_state: "State",
    column_shared: "Shared Yes/No votes",
    column_votes_only: "Voted alike (Yes/No votes only)",
    column_index: "Agreement index",
    few_shared: "few shared votes",
    votes_only_method: "“Voted alike” counts the votes where both states voted Yes or No, and how many of those they voted the same way.",
    index_method: "The agreement index counts every vote where both voted Yes, No or Abstain: the same vote is full agreement, an abstention against a Yes or a No half agreement, Yes against No none.",
    coverage_recorded_only: "Recorded votes only: the source lists the texts the Council put to a recorded vote.",
    votes_on_this_text: "Recorded votes on this text",
    initiative_of_record: "A text of this record",
    outcome_not_stated: "Not stated",
    kind_session: "Session",
    kind_adoption: "Adoption",
    kind_panel: "Panel discussion",
    kind_report: "Report",
    kind_statement: "Statement",
    kind_event_held: "Event held",
    kind_reform: "Reform",
    search_label: "Search resolutions",
    search_hint: "Titles, summaries, states, themes and quotes. Accents and case do not matter.",
    search_label_votes: "Search the votes",
    outcome_rule: "A draft’s or an amendment’s result is worked out here from the recorded tally: adopted when more members voted in favour than against (abstentions do not count). The voting record does not state it in words.",
    found_in_quotes: "Some of the words searched for are only in the quotes from its sources: they are opened below, with the words marked.",
    search_hint_votes: "Titles and symbols: 54/23 finds A/HRC/RES/54/23. Accents and case do not matter.",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    resolution_word: "Resolution",
    on_the_timeline: "On the timeline",
    themes: "Themes",
    permalink: "Permalink",
    share: "Share",
    share_view: "Share this view",
    link_copied: "Link copied",
    share_failed: "Could not copy the link. Here it is:",
    print_no_filters: "No filters: the whole record",
    print_sources: "Sources",
    record_language: "The record’s own texts (titles, summaries, quotes) are in English, as its sources give them.",
    record_language_translated: "The title, introduction, themes and the names of partners and groupings of states are the record editors’ translation, and state names are CLDR’s; titles, summaries and quotes stay in English, as the sources give them.",
    record_language_short: "Titles of documents, summaries and quotes are in English, as the sources give them.",
    for_editors: "For editors",
    for_editors_intro: "Check a data file before publishing it: the page shows it as readers would, with every problem it finds. The schema above describes the format.",
    adoption_not_stated: "Adoption: not stated in the sources",
    leads_not_stated: "Lead states: not stated",
    field_adopted: "adoption date",
    field_follow_ups: "follow-ups",
    field_on_behalf_of: "on behalf of",
    field_leads: "lead states",
    field_cosponsors: "co-sponsors",
    field_date: "date",
    field_title: "title",
    field_summary: "summary",
    field_symbol: "symbol",
    field_session: "session",
    field_outcome: "outcome",
    field_themes: "themes",
    field_role: "role",
    field_resolutions: "resolutions",
    field_start: "opening day",
    field_end: "closing day",
    field_from: "first year",
    field_to: "last year",
    field_elected: "election date",
    field_name: "name",
    field_text: "text",
    field_kind: "kind",
    field_number: "number",
    show_in_source: "Show in the source text",
    open_source: "Open the source",
    new_tab: "opens in a new tab",
    secondary_badge: "Secondary source",
    no_match: "No resolution matches these filters.",
    show_all_resolutions: "Show all resolutions",
    explain_options: "No resolution has all of the options chosen. Try choosing fewer.",
    no_match_votes: "No recorded vote matches these filters.",
    show_all_votes: "Show all recorded votes",
    explain_votes_options: "No vote has all of the options chosen. Try choosing fewer.",
    events_held: "Events held",
    reforms: "Reforms at home",
    partners: "Partners",
    notes: "In the source's words",
    sources: "Sources",
    primary_source: "primary source",
    secondary_source: "secondary source",
    online: "online",
    full_text: "full text",
    data_title: "Data, licence and how to cite",
    licence: "The data and the code are offered under the MIT licence; quoted texts remain their publishers'.",
    preview_label: "Preview a data file from your computer",
    preview_note: "It is read in this page only and sent nowhere. You can also drop it on the page.",
    browser_could_not_read: "the browser could not read it",
    preview_banner: "This file from your computer is shown in place of the published record. It was read in this page only and sent nowhere; problems in it are listed below as they would be for the published file.",
    close_preview: "Close the preview",
    could_not_preview: "The file could not be previewed",
    no_such_source: "No such source",
    back_to_record: "Back to the record",
    source_not_shipped: "This source's text is not shipped with the record.",
    read_online: "Read it online",
    source_could_not_load: "The source text could not be loaded",
    loading_source: "Loading the source text…",
    quote_not_found: "The quoted words were not found in this text.",
    field_word: "field",
    record_could_not_load: "The record could not be loaded",
    try_again: "Try again",
    hint_source_missing: "The file is not where the record says it is. Its editors can check the record with check-data.",
    hint_offline: "This browser is offline. Connect to the internet, then try again.",
    hint_network: "Check the connection, then try again.",
    hint_timeout: "The server or the connection is too slow just now. Try again in a moment.",
    hint_web_page: "The host sent a page where the file should be, which usually means the file is missing. If you host this site, check that the data folder was published.",
    hint_not_found: "The data file is not where the page expects it. If you host this site, check that the data folder was published.",
    hint_http: "The server could not send the data file. Try again in a moment.",
    hint_encoding: "The file must be saved as UTF-8 text.",
    hint_unreadable: "Choose the file again; it may have moved or changed.",
    hint_not_on_site: "A link's ?data= may name another record file on this site, such as ?data=data/other-record.json; files from other sites are not loaded.",
    hint_data: "The data file has an error. Its editors can find it with: cargo run --bin check-data -- public/data/<file>.json",
    panic_title: "Something went wrong in this page",
    panic_text: "The app stopped because of an internal error. Reloading the page usually helps; the details are in the browser console.",
    reload: "Reload the page",
    months: MONTHS,
    // The same names stand alone (a month and a year).
    months_alone: MONTHS,
    year_date: |year| year.to_string(),
    month_date: |month, year| format!("{month} {year}"),
    day_date: |day, month, year| format!("{day} {month} {year}"),
    day_range: |d1, m1, d2, m2, year| [format!("{d1} {m1}"), format!("{d2} {m2} {year}")],
    and: " and ",
    data_links: [
        "The record is a static file: ",
        "the data (JSON)",
        ", checked against ",
        "its JSON Schema",
        ".",
    ],
    member_term: |from, to| {
        if from == to {
            format!("Member {from}")
        } else {
            format!("Member {from}–{to}")
        }
    },
    drawn_from: |title, publisher, date| {
        let date = date.map(|d| format!(", {d}")).unwrap_or_default();
        let said = end_sentence(format!("Drawn from: {title}, {publisher}{date}"));
        format!("{said} Further facts are cited to secondary sources by URL.")
    },
    timeline_intro: |state, terms| {
        format!("Sessions during {state}'s membership ({terms}) are marked “Member”.")
    },
    timeline_summary: |n| format!("Sessions and events ({n} {})", plural(n, "session", "sessions")),
    session_name: |n| format!("HRC {n}"),
    show_all_events: |n| format!("Show all {n} events"),
    chosen: |n| format!("({n} chosen)"),
    shown_of: |shown, total| format!("{shown} of {total} {}", resolutions(total)),
    all_shown: |total| format!("All {total} {}", resolutions(total)),
    export_title: |n| {
        if n == 1 {
            "Download the 1 resolution shown, with citations:".to_owned()
        } else {
            format!("Download the {n} resolutions shown, with citations:")
        }
    },
    permalink_to: |title| format!("Permalink to “{title}”"),
    share_card: |title| format!("Share “{title}”"),
    official_text_of: |symbol| format!("Official text of {symbol} (undocs.org)"),
    vote: |yes, against, abstentions| {
        format!("Adopted by a vote of {yes} in favour, {against} against, {abstentions} abstentions")
    },
    adopted_how_not_stated: |date| format!("Adopted {date}; how is not stated"),
    led_by: |leads, _| format!("Led by {leads}"),
    on_behalf_of: |group| format!(", on behalf of {group}"),
    cosponsors_count: |count| format!("Co-sponsors: {count}."),
    cosponsors_named: |names| format!("Named among them: {names}."),
    cosponsors_regions: |regions| format!("From regions including {regions}."),
    more_than: |n| format!("more than {n}"),
    sources_n: |n| format!("Sources ({n})"),
    group_sources_n: |n| format!("Sources of this statement ({n})"),
    explain_votes_words: |q| format!("No vote’s title or symbol contains every word of “{q}”. Try fewer or shorter words."),
    explain_votes_words_options: |q| format!("No vote’s title or symbol contains every word of “{q}” within the options chosen. Try fewer words or options."),
    printed_note_votes: |printed, total| format!("Printed here: the first {printed} of {total} votes. Export CSV or JSON for them all."),
    legend_cast: |state| format!("{} vote", possessive(state)),
    special_session_name: |n| format!("Special session S-{n}"),
    votes_shown_of: |shown, total| format!("{shown} of {total} recorded {}", plural(total, "vote", "votes")),
    all_votes_shown: |total| format!("All {total} recorded {}", plural(total, "vote", "votes")),
    view_count: |name, n| format!("{name} ({n})"),
    result_on: |result, date| format!("{result}, {date}"),
    first_vote_on: |date| format!("first recorded vote {date}"),
    result_from_tally: |result, date| format!("{result} by the recorded tally, {date}"),
    official_differs: |recorded, official| format!("The voting record gives {recorded}; the Council’s own wording gives {official}."),
    official_agrees: |wording| format!("The Council’s own wording agrees: “{wording}”."),
    recorded_as: |raw| format!("The source records its symbol as “{raw}”."),
    differ_label: |a, b| format!("Only where {a} and {b} voted differently"),
    how_voted: |state| format!("How {state} voted"),
    headline_votes: |state, n| format!("How {state} voted in {n} recorded {}", plural(n, "vote", "votes")),
    session_votes: |n| format!("{n} recorded {}", plural(n, "vote", "votes")),
    with_whom: |state| format!("With whom {state} voted alike"),
    alignment_caption: |state, n| format!("{n} {} that voted beside {state}, most alike first", plural(n, "state", "states")),
    compare_to: |name| format!("Compare with {name}"),
    coverage_without_vote: |state| format!("Texts adopted without a vote are not in it; they appear here only among {} own initiatives.", possessive(state)),
    coverage_missing: |symbol| format!("Missing from the source: {symbol}."),
    export_votes_title: |n| if n == 1 { "Download the 1 vote shown:".to_owned() } else { format!("Download the {n} votes shown:") },
    supports: |fields| format!("Supports: {fields}"),
    show_more: |next, hidden| format!("Show {next} more ({hidden} not shown yet)"),
    printed_from: |url, date| format!("Printed from {url} on {date}."),
    printed_preview: |name, date| format!("Printed from a preview of {name}, a file not published, on {date}."),
    print_search: |q| format!("Search: “{q}”"),
    printed_note: |printed, total| {
        format!("Printed here: the first {printed} of {total} resolutions. Export CSV or JSON for them all.")
    },
    explain_words_options: |q| {
        format!("No resolution contains every word of “{q}” within the options chosen. Try fewer words or options.")
    },
    explain_words: |q| {
        format!("No resolution contains every word of “{q}”. Try fewer or shorter words.")
    },
    cite: |title| {
        format!("To cite: “{title}”, with the page's address and the date you read it. Cite the facts to their sources, listed above.")
    },
    too_big: |size, limit| {
        format!("it is {size} MB, and previews take files up to {limit} MB; check it with check-data instead")
    },
    preview_of: |name| format!("Preview of {name}"),
    no_source_with_id: |id| format!("The record has no source with the id “{id}”."),
    problems_summary: |n| {
        if n == 1 {
            "1 problem in the data file: the rest of the record is shown.".to_owned()
        } else {
            format!("{n} problems in the data file: the rest of the record is shown.")
        }
    },
    show_more_problems: |n| format!("Show {n} more {}", plural(n, "problem", "problems")),
    err_network: |url, message| format!("Could not reach {url}: {message}"),
    err_timeout: |url, seconds| format!("{url} did not answer within {seconds} seconds"),
    err_web_page: |url, kind| format!("{url} sent a web page ({kind}) instead of the file"),
    err_unreadable: |name, message| format!("{name} could not be read: {message}"),
    err_not_on_site: |value| {
        format!("“{value}” is not the path of a JSON file on this site, so it was not loaded")
    },
    err_http: |url, status, text| {
        if text.is_empty() {
            format!("{url} answered HTTP {status}")
        } else {
            format!("{url} answered HTTP {status} {text}")
        }
    },
    err_encoding: |url, message| format!("{url} is not UTF-8 text: {message}"),
    err_data: |url| format!("{url} could not be read:"),
};
