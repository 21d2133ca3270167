//! The shape of a language's table. The macro writes the struct and a list of its plain
//! strings (for the tests that check every table), so the two cannot drift apart.

/// Declares [`Strings`]: plain strings first, then everything built from arguments.
macro_rules! strings {
    (
        plain { $( $(#[$pm:meta])* $plain:ident, )* }
        built { $( $(#[$bm:meta])* $built:ident: $ty:ty, )* }
    ) => {
        /// One language's interface text. Plain strings are whole phrases with no spaces at
        /// their ends; the page adds the punctuation between them.
        pub struct Strings {
            $( $(#[$pm])* pub $plain: &'static str, )*
            $( $(#[$bm])* pub $built: $ty, )*
        }

        impl Strings {
            /// The plain strings with their field names, in declaration order.
            pub fn plain(&self) -> Vec<(&'static str, &'static str)> {
                vec![ $( (stringify!($plain), self.$plain), )* ]
            }
        }
    };
}

strings! {
    plain {
        /// The line above the record's title: the body the record is about.
        eyebrow,
        /// The language menu's label.
        language,
        /// The theme switch.
        dark_theme,
        /// The first link on the page.
        skip_link,
        /// The first link on the page, in the votes view.
        skip_link_votes,
        /// The heading over the cards, and the name of a list of resolutions.
        resolutions,
        /// Shown while the record loads.
        loading_record,
        /// The timeline's heading.
        timeline,
        /// The timeline's hint when the record has no membership term.
        timeline_intro_plain,
        /// How to move through the timeline.
        timeline_keys,
        /// The name of the record's headline figures.
        headline_label,
        /// The badge on sessions during the term.
        member_badge,
        /// A selected session's link.
        show_every_session,
        /// A session's link to its resolutions.
        show_its_resolutions,
        /// The group of events between sessions.
        between_sessions,
        /// The group of undated events (a heading).
        date_not_stated_heading,
        /// After an event with no date (lower case, inside a sentence).
        date_not_stated,
        /// The button that folds a long group of events.
        show_fewer_events,
        /// Read after a dimmed event.
        dimmed_note,
        /// The badge of something happening now.
        now,
        /// The badge of something still to come.
        upcoming,
        /// The filters' heading.
        filter_resolutions,
        /// The summary of the folded facets.
        facets_summary,
        /// The empty votes list's heading.
        no_match_votes,
        /// The empty votes list's button.
        show_all_votes,
        /// Why no vote matches the options chosen.
        explain_votes_options,
        /// The summary of the folded facets of the votes.
        facets_summary_votes,
        /// The filters' heading over the votes.
        filter_votes,
        /// The button that clears every filter.
        clear_all,
        /// A facet legend.
        legend_theme,
        /// A facet legend.
        legend_session,
        /// A facet legend.
        legend_role,
        /// A facet legend.
        legend_outcome,
        /// A facet legend.
        legend_lead,
        /// A role, in the Council's terms.
        role_led,
        /// A role.
        role_co_led,
        /// A role.
        role_main_sponsor,
        /// A role.
        role_co_sponsor,
        /// An outcome.
        outcome_without_vote,
        /// An outcome.
        outcome_vote,
        /// An outcome.
        outcome_unanimous,
        /// An outcome, in a source's word.
        outcome_consensus,
        /// Under the Outcome legend: whose words "unanimously" and "by consensus" are.
        outcome_words_hint,
        /// On a card whose outcome is "unanimously": the sources' word, and what it leaves open.
        unanimous_note,
        /// On a card whose outcome is "by consensus": the source's word, and the Council's.
        consensus_note,
        /// A card's session when no source gives it, and the Session facet's option for those.
        session_not_stated,
        /// Before the tags the editors added that no source gives.
        editorial_tags,
        /// The link to a resolution's official text (by its symbol).
        official_text,
        /// Above what a source says of several texts together, on each of their cards.
        group_heading,
        /// Before the other texts of such a group.
        group_others,
        /// Before a citation's note: what the source says, in the editors' words.
        note_label,
        /// Before the state's part in the source's own words.
        in_source_words,
        /// A facet legend (votes).
        legend_kind,
        /// A facet legend (votes).
        legend_result,
        /// The followed state's vote, as a facet option.
        cast_yes,
        /// As a facet option.
        cast_no,
        /// As a facet option.
        cast_abstain,
        /// As a facet option: present and not voting, or no vote recorded.
        cast_none,
        /// A heading over the members who voted so.
        ballot_yes,
        /// A heading.
        ballot_no,
        /// A heading.
        ballot_abstain,
        /// A heading.
        ballot_present_not_voting,
        /// After a state's name: how it voted.
        voted_yes,
        /// After a state's name.
        voted_no,
        /// After a state's name.
        voted_abstain,
        /// After a state's name.
        voted_present_not_voting,
        /// After a state's name: the source records no vote for it.
        voted_not_recorded,
        /// A kind of text voted on.
        vote_kind_resolution,
        /// A kind.
        vote_kind_decision,
        /// A kind.
        vote_kind_draft,
        /// A kind.
        vote_kind_amendment,
        /// How a vote ended.
        result_adopted,
        /// How a vote ended.
        result_rejected,
        /// How a vote ended: the source records no member's vote.
        result_not_recorded,
        /// The label of the list switch.
        views_label,
        /// The initiatives list's name, in the switch.
        view_initiatives,
        /// The votes list's name, in the switch.
        view_votes,
        /// On a vote with no member's vote recorded.
        no_member_votes,
        /// The disclosure of every member's vote.
        every_members_vote,
        /// The link to a vote's record in the OHCHR library.
        voting_record,
        /// The label of the compare menu.
        compare_with,
        /// The compare menu's first choice.
        compare_nobody,
        /// The name of a vote's tally figure.
        tally_heading,
        /// The summary table's row heading.
        on_adopted_texts,
        /// The summary table's row heading.
        on_drafts_and_amendments,
        /// The summary table's total.
        total,
        /// The alignment table's column.
        column_state,
        /// The alignment table's column.
        column_shared,
        /// The alignment table's column.
        column_votes_only,
        /// The alignment table's column.
        column_index,
        /// Beside a state with few shared votes.
        few_shared,
        /// How the votes-only figure is counted.
        votes_only_method,
        /// How the index is counted.
        index_method,
        /// The coverage of the votes: recorded votes only.
        coverage_recorded_only,
        /// Before a resolution's linked votes.
        votes_on_this_text,
        /// Before a vote's linked initiatives.
        initiative_of_record,
        /// An outcome the sources do not state.
        outcome_not_stated,
        /// An event kind.
        kind_session,
        /// An event kind.
        kind_adoption,
        /// An event kind.
        kind_panel,
        /// An event kind.
        kind_report,
        /// An event kind.
        kind_statement,
        /// An event kind.
        kind_event_held,
        /// An event kind.
        kind_reform,
        /// The search box's label.
        search_label,
        /// What the search looks in.
        search_hint,
        /// On a card the search found only in its sources' quotes.
        found_in_quotes,
        /// How a draft's or amendment's result is worked out.
        outcome_rule,
        /// The search box's label, in the votes view.
        search_label_votes,
        /// What the search looks in, in the votes view.
        search_hint_votes,
        /// The CSV export button.
        export_csv,
        /// The JSON export button.
        export_json,
        /// Before a resolution's symbol.
        resolution_word,
        /// The heading of a card's events.
        on_the_timeline,
        /// The name of a card's list of themes.
        themes,
        /// A card's lasting link.
        permalink,
        /// A card's share button, and the view's.
        share,
        /// The share button of the whole view, as its accessible name.
        share_view,
        /// Said (and shown) once a link is on the clipboard.
        link_copied,
        /// Said when neither the share sheet nor the clipboard took the link, before the link.
        share_failed,
        /// The printed page's view line when no filter is chosen.
        print_no_filters,
        /// The print-only heading of a card's sources, for a printer that skipped the app's
        /// print preparation.
        print_sources,
        /// Under the source line, where the record's language (English) is not the
        /// interface's and the editors translated none of its texts: what stays in English.
        record_language,
        /// In the footer's list of sources, where the editors translated the record's short
        /// texts: what is translated, by whom, and what stays in English.
        record_language_translated,
        /// Under the source line, where the editors translated the record's short texts: what
        /// stays in English. The footer says the rest (`record_language_translated`).
        record_language_short,
        /// The heading of the footer's section for the record's editors.
        for_editors,
        /// What the editors' section offers.
        for_editors_intro,
        /// A card whose adoption no source states.
        adoption_not_stated,
        /// A card whose lead states no source names.
        leads_not_stated,
        /// A field a citation supports.
        field_adopted,
        /// A field a citation supports.
        field_follow_ups,
        /// A field a citation supports.
        field_on_behalf_of,
        /// A field a citation supports.
        field_leads,
        /// A field a citation supports.
        field_cosponsors,
        /// A field a citation supports.
        field_date,
        /// A field a citation supports.
        field_title,
        /// A field a citation supports.
        field_summary,
        /// A field a citation supports.
        field_symbol,
        /// A field a citation supports.
        field_session,
        /// A field a citation supports.
        field_outcome,
        /// A field a citation supports.
        field_themes,
        /// A field a citation supports.
        field_role,
        /// A field name in "Supports: …".
        field_resolutions,
        /// A field name in "Supports: …".
        field_start,
        /// A field name in "Supports: …".
        field_end,
        /// A field name in "Supports: …".
        field_from,
        /// A field name in "Supports: …".
        field_to,
        /// A field name in "Supports: …".
        field_elected,
        /// A field name in "Supports: …".
        field_name,
        /// A field name in "Supports: …".
        field_text,
        /// A field name in "Supports: …".
        field_kind,
        /// A field name in "Supports: …".
        field_number,
        /// The link to a quote in its source's text.
        show_in_source,
        /// The link to a source online.
        open_source,
        /// Read after a link that opens a new tab.
        new_tab,
        /// The tag on a secondary source.
        secondary_badge,
        /// The empty state's heading.
        no_match,
        /// The empty state's button.
        show_all_resolutions,
        /// Why nothing matches when only options are chosen.
        explain_options,
        /// A side list's heading.
        events_held,
        /// A side list's heading.
        reforms,
        /// A side list's heading.
        partners,
        /// A side list's heading: how the source characterises the state.
        notes,
        /// The footer's list of sources.
        sources,
        /// After a primary source.
        primary_source,
        /// After a secondary source.
        secondary_source,
        /// The link to a source online.
        online,
        /// The link to a source's shipped text.
        full_text,
        /// The footer's second heading.
        data_title,
        /// The licence sentence.
        licence,
        /// The file input's label.
        preview_label,
        /// Beside the file input.
        preview_note,
        /// A local file the browser could not read.
        browser_could_not_read,
        /// The preview banner's text.
        preview_banner,
        /// The button that ends a preview.
        close_preview,
        /// The heading when a preview fails.
        could_not_preview,
        /// The heading when a source id is unknown.
        no_such_source,
        /// The link back from a source's text.
        back_to_record,
        /// A source with no shipped text.
        source_not_shipped,
        /// The link to a source online, from its page.
        read_online,
        /// The heading when a source's text fails to load.
        source_could_not_load,
        /// Shown while a source's text loads.
        loading_source,
        /// A quote not found in its source's text.
        quote_not_found,
        /// Before a field's name in a problem ("field").
        field_word,
        /// The heading when the record fails to load.
        record_could_not_load,
        /// The retry button.
        try_again,
        /// Hint: a source text is missing.
        hint_source_missing,
        /// Hint: the browser is offline.
        hint_offline,
        /// Hint: the network failed.
        hint_network,
        /// Hint: the server was too slow.
        hint_timeout,
        /// Hint: a web page came instead of the file.
        hint_web_page,
        /// Hint: the file was not found.
        hint_not_found,
        /// Hint: another HTTP error.
        hint_http,
        /// Hint: the file is not UTF-8.
        hint_encoding,
        /// Hint: a local file could not be read.
        hint_unreadable,
        /// Hint: `?data=` names something else than a file of this site.
        hint_not_on_site,
        /// Hint: the data file has an error.
        hint_data,
        /// The panic message's heading.
        panic_title,
        /// The panic message's text.
        panic_text,
        /// The panic message's button.
        reload,
    }
    built {
        /// Month names for a date with a day (Russian: genitive).
        months: [&'static str; 12],
        /// Month names for a month and year alone (Russian: nominative, lower case).
        months_alone: [&'static str; 12],
        /// A year alone.
        year_date: fn(u16) -> String,
        /// A month (from `months_alone`) and year.
        month_date: fn(&str, u16) -> String,
        /// A day, month (from `months`) and year.
        day_date: fn(u8, &str, u16) -> String,
        /// The two ends of a span of days in one year, the year written once: "12 September"
        /// and "7 October 2022" (Kazakh, year first: "2022 жылғы 12 қыркүйек" and "7 қазан").
        /// The days and months (from `months`) of its start and end, then the year.
        day_range: fn(u8, &str, u8, &str, u16) -> [String; 2],
        /// " and " between the last two names of a list, with its spaces.
        and: &'static str,
        /// The membership term: "Member 2022–2024" (one year: "Member 2022").
        member_term: fn(u16, u16) -> String,
        /// The footer's sentence on the data file, in five pieces with their own spaces:
        /// before the data link, its text, between the links, the schema link's text, after.
        data_links: [&'static str; 5],
        /// The masthead's source line: title, publisher, date if known.
        drawn_from: fn(&str, &str, Option<&str>) -> String,
        /// The timeline's hint: the state's name and its terms ("2022–2024").
        timeline_intro: fn(&str, &str) -> String,
        /// The timeline's summary: "Sessions and events (3 sessions)".
        timeline_summary: fn(usize) -> String,
        /// A session's short name: "HRC 54".
        session_name: fn(u32) -> String,
        /// The button that unfolds a long group of events.
        show_all_events: fn(usize) -> String,
        /// How many facet options are chosen: "(2 chosen)".
        chosen: fn(usize) -> String,
        /// The result status when filters narrow the view: "2 of 6 resolutions".
        shown_of: fn(usize, usize) -> String,
        /// The result status with nothing narrowed: "All 6 resolutions".
        all_shown: fn(usize) -> String,
        /// The export group's label: "Download the 2 resolutions shown, with citations:".
        export_title: fn(usize) -> String,
        /// A permalink's accessible name, with the card's title.
        permalink_to: fn(&str) -> String,
        /// A card's share button's accessible name, with the card's title.
        share_card: fn(&str) -> String,
        /// The official text link's accessible name, with the symbol.
        official_text_of: fn(&str) -> String,
        /// A recorded vote: in favour, against, abstentions.
        vote: fn(u32, u32, u32) -> String,
        /// Adopted on a date, how not stated.
        adopted_how_not_stated: fn(&str) -> String,
        /// "Led by A and B": the joined names and how many there are.
        led_by: fn(&str, usize) -> String,
        /// ", on behalf of X", with its leading comma.
        on_behalf_of: fn(&str) -> String,
        /// "Co-sponsors: more than 70."
        cosponsors_count: fn(&str) -> String,
        /// "Named among them: A and B."
        cosponsors_named: fn(&str) -> String,
        /// "From regions including A and B."
        cosponsors_regions: fn(&str) -> String,
        /// "more than 70".
        more_than: fn(u32) -> String,
        /// The sources disclosure: "Sources (2)".
        sources_n: fn(usize) -> String,
        /// The disclosure of a statement's sources, when it is about several texts.
        group_sources_n: fn(usize) -> String,
        /// Why no vote matches the search.
        explain_votes_words: fn(&str) -> String,
        /// Why no vote matches the search and the options.
        explain_votes_words_options: fn(&str) -> String,
        /// The note on paper when not every vote is printed.
        printed_note_votes: fn(usize, usize) -> String,
        /// The legend of the followed state's vote.
        legend_cast: fn(&str) -> String,
        /// A special session's name, by number.
        special_session_name: fn(u32) -> String,
        /// The votes' status line: shown of total.
        votes_shown_of: fn(usize, usize) -> String,
        /// The votes' status line: all shown.
        all_votes_shown: fn(usize) -> String,
        /// The list switch's entries, with counts.
        view_count: fn(&str, usize) -> String,
        /// A vote's result and date.
        result_on: fn(&str, &str) -> String,
        /// A session the record knows from its votes alone: the day of its first vote.
        first_vote_on: fn(&str) -> String,
        /// A draft's or amendment's result, worked out from the tally, and its date.
        result_from_tally: fn(&str, &str) -> String,
        /// The official tally where it differs from the recorded one.
        official_differs: fn(&str, &str) -> String,
        /// The official wording where it agrees.
        official_agrees: fn(&str) -> String,
        /// A symbol the source records in another form.
        recorded_as: fn(&str) -> String,
        /// The "where they differ" option.
        differ_label: fn(&str, &str) -> String,
        /// The summary's heading.
        how_voted: fn(&str) -> String,
        /// The headline's votes caption: the state and how many recorded votes it sat for.
        headline_votes: fn(&str, usize) -> String,
        /// A timeline session's recorded votes: "23 recorded votes".
        session_votes: fn(usize) -> String,
        /// The alignment's heading.
        with_whom: fn(&str) -> String,
        /// The alignment table's caption.
        alignment_caption: fn(&str, usize) -> String,
        /// A compare button's accessible name.
        compare_to: fn(&str) -> String,
        /// The coverage sentence for texts adopted without a vote.
        coverage_without_vote: fn(&str) -> String,
        /// The coverage sentence for a text the source lacks.
        coverage_missing: fn(&str) -> String,
        /// The export heading of the votes.
        export_votes_title: fn(usize) -> String,
        /// What a citation supports: "Supports: adoption date, title".
        supports: fn(&str) -> String,
        /// The "Show more" button: the next page's size, and how many are hidden.
        show_more: fn(usize, usize) -> String,
        /// The printed page's first line: the page's address and the day it was printed.
        printed_from: fn(&str, &str) -> String,
        /// The same for a previewed local file, which has no address: its name and the day.
        printed_preview: fn(&str, &str) -> String,
        /// The search words in the printed page's view line, quoted as the language quotes.
        print_search: fn(&str) -> String,
        /// The print-only note when more matched than were printed.
        printed_note: fn(usize, usize) -> String,
        /// Why nothing matches: the search words, within chosen options.
        explain_words_options: fn(&str) -> String,
        /// Why nothing matches: the search words alone.
        explain_words: fn(&str) -> String,
        /// How to cite the record, with its title.
        cite: fn(&str) -> String,
        /// A local file over the preview limit: its size and the limit, in MB.
        too_big: fn(u64, u64) -> String,
        /// The preview banner's heading, with the file's name.
        preview_of: fn(&str) -> String,
        /// An unknown source id.
        no_source_with_id: fn(&str) -> String,
        /// The problems notice's heading.
        problems_summary: fn(usize) -> String,
        /// The disclosure of the problems beyond the first few.
        show_more_problems: fn(usize) -> String,
        /// The network failed: URL, the browser's reason.
        err_network: fn(&str, &str) -> String,
        /// No answer in time: URL, seconds.
        err_timeout: fn(&str, u32) -> String,
        /// A web page instead of the file: URL, content type.
        err_web_page: fn(&str, &str) -> String,
        /// A local file could not be read: name, reason.
        err_unreadable: fn(&str, &str) -> String,
        /// `?data=` is not a JSON file of this site: the value.
        err_not_on_site: fn(&str) -> String,
        /// An HTTP error: URL, status, status text (may be empty).
        err_http: fn(&str, u16, &str) -> String,
        /// Not UTF-8: URL, where.
        err_encoding: fn(&str, &str) -> String,
        /// The file has an error: the sentence before the loader's finding (which follows it
        /// in English), with the URL.
        err_data: fn(&str) -> String,
    }
}
