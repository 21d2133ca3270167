//! Kazakh (Cyrillic): dates as "2023 жылғы 11 қазан"; a noun after a numeral stays singular
//! ("6 қарар"), so counted phrases need no plural forms.

use super::grammar::end_sentence;
use super::strings::Strings;

/// The ablative ending ("from", as in "70-тен астам", "more than 70") that a number takes when
/// read aloud: it follows the last word spoken (vowel harmony, and whether that word ends in a
/// vowel, a voiced or voiceless consonant, or a nasal).
pub fn ablative(n: u32) -> &'static str {
    const UNITS: [&str; 10] = [
        "ден", // нөл
        "ден", // бір
        "ден", // екі
        "тен", // үш
        "тен", // төрт
        "тен", // бес
        "дан", // алты
        "ден", // жеті
        "ден", // сегіз
        "дан", // тоғыз
    ];
    const TENS: [&str; 10] = [
        "", "нан", // он
        "дан", // жиырма
        "дан", // отыз
        "тан", // қырық
        "ден", // елу
        "тан", // алпыс
        "тен", // жетпіс
        "нен", // сексен
        "нан", // тоқсан
    ];
    if !n.is_multiple_of(10) || n == 0 {
        UNITS[(n % 10) as usize]
    } else if !n.is_multiple_of(100) {
        TENS[(n / 10 % 10) as usize]
    } else if !n.is_multiple_of(1000) {
        "ден" // жүз
    } else if !n.is_multiple_of(1_000_000_000) {
        "нан" // мың, миллион
    } else {
        "тан" // миллиард
    }
}

/// The month names, the same in every position.
const MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

pub static STRINGS: Strings = Strings {
    eyebrow: "БҰҰ Адам құқықтары жөніндегі кеңесі",
    // The English word stays beside the Kazakh one, so anyone can find their way back.
    language: "Тіл (Language)",
    dark_theme: "Қараңғы режим",
    skip_link: "Қарарларға өту",
    skip_link_votes: "Дауыс берулерге өту",
    resolutions: "Қарарлар",
    loading_record: "Деректер жүктелуде…",
    timeline: "Хронология",
    timeline_intro_plain: "Сессиялар мен оқиғалар уақыт ретімен берілген.",
    timeline_keys: "Tab мұнда бір рет тоқтайды; ішінде көрсеткі, Home және End пернелерімен жылжыңыз.",
    headline_label: "Жазба сандармен",
    member_badge: "Кеңес мүшесі",
    show_every_session: "Барлық сессияны көрсету",
    show_its_resolutions: "Оның қарарларын көрсету",
    between_sessions: "Сессиялар аралығында",
    date_not_stated_heading: "Күні көрсетілмеген",
    date_not_stated: "күні көрсетілмеген",
    show_fewer_events: "Оқиғалар тізімін жию",
    dimmed_note: "оның қарары ағымдағы сүзгілерге кірмейді",
    now: "Қазір",
    upcoming: "Алда",
    filter_resolutions: "Қарарларды сүзу",
    facets_summary: "Тақырып, сессия, рөл, қабылдану тәсілі, бастамашы мемлекет",
    facets_summary_votes: "Дауыс, мәтін түрі, нәтиже, сессия",
    filter_votes: "Дауыс беруді сүзу",
    clear_all: "Барлық сүзгіні тазарту",
    legend_theme: "Тақырып",
    legend_session: "Сессия",
    legend_role: "Рөл",
    legend_outcome: "Қабылдану тәсілі",
    legend_lead: "Бастамашы мемлекет",
    role_led: "Бастамашы",
    role_co_led: "Бірлескен бастамашы",
    role_main_sponsor: "Негізгі автор",
    role_co_sponsor: "Тең автор",
    outcome_without_vote: "Дауыс берусіз қабылданды",
    outcome_vote: "Дауыс беру арқылы қабылданды",
    outcome_unanimous: "Бірауыздан қабылданды",
    outcome_consensus: "Консенсуспен қабылданды",
    outcome_words_hint: "«Бірауыздан» және «консенсуспен» — дереккөздердің сөзі. Кеңес мәтінді дауыс берусіз қабылдағанда, оның өз құжаттарында «дауыс берусіз қабылданды» деп жазылады.",
    unanimous_note: "«Бірауыздан» — дереккөздердің сөзі: дауыс беру өткізілді ме, олар айтпайды.",
    consensus_note: "«Консенсуспен» — дереккөздің сөзі; Кеңестің өз құжаттарында дауыс берусіз қабылдау «дауыс берусіз қабылданды» деп аталады.",
    session_not_stated: "Сессиясы көрсетілмеген",
    editorial_tags: "Редакцияның белгілері (дереккөздерде жоқ)",
    official_text: "Ресми мәтін",
    group_heading: "Бірнеше мәтін туралы бірге айтылған, тек осы мәтін туралы емес",
    group_others: "Сөз болатын басқа мәтіндер",
    note_label: "Дереккөзде не айтылған (редакцияның баяндауы)",
    in_source_words: "Дереккөздің сөзімен:",
    legend_kind: "Мәтін түрі",
    legend_result: "Нәтиже",
    cast_yes: "Иә",
    cast_no: "Жоқ",
    cast_abstain: "Қалыс қалды",
    cast_none: "Дауыс бермеді не жазылмаған",
    ballot_yes: "Қолдағандар",
    ballot_no: "Қарсылар",
    ballot_abstain: "Қалыс қалғандар",
    ballot_present_not_voting: "Қатысып, дауыс бермегендер",
    voted_yes: "қолдап дауыс берді",
    voted_no: "қарсы дауыс берді",
    voted_abstain: "қалыс қалды",
    voted_present_not_voting: "қатысып, дауыс бермеді",
    voted_not_recorded: "дауысы жазылмаған",
    vote_kind_resolution: "Қарар",
    vote_kind_decision: "Шешім",
    vote_kind_draft: "Жоба",
    vote_kind_amendment: "Түзету",
    result_adopted: "Қабылданды",
    result_rejected: "Қабылданбады",
    result_not_recorded: "Нәтижесі жазылмаған",
    views_label: "Не көрсету",
    view_initiatives: "Бастамалар",
    view_votes: "Жазылған дауыс берулер",
    no_member_votes: "Дереккөзде бұл мәтін бойынша бірде-бір мүшенің дауысы жазылмаған.",
    every_members_vote: "Барлық мүшенің дауысы",
    voting_record: "Дауыс беру жазбасы (БҰҰ АҚЖКБ кітапханасы)",
    compare_with: "Салыстыру",
    compare_nobody: "Ешкіммен",
    tally_heading: "Дауыс беру қорытындысы",
    on_adopted_texts: "Қарарлар мен шешімдер бойынша",
    on_drafts_and_amendments: "Жобалар мен түзетулер бойынша",
    total: "Барлығы",
    column_state: "Мемлекет",
    column_shared: "Ортақ «иә»/«жоқ» дауыстары",
    column_votes_only: "Бірдей дауыс берді (тек «иә» мен «жоқ»)",
    column_index: "Келісім индексі",
    few_shared: "ортақ дауыс беру аз",
    votes_only_method: "«Бірдей дауыс берді» екі мемлекет те «иә» немесе «жоқ» деп дауыс берген дауыс беруді және олардың қаншасында дауыстары сәйкес келгенін санайды.",
    index_method: "Келісім индексі екеуі де «иә», «жоқ» деп дауыс берген немесе қалыс қалған әр дауыс беруді санайды: бірдей дауыс — толық келісім, «иә» не «жоқ» дауысына қарсы қалыс қалу — жарты келісім, «иә» мен «жоқ» — келісім жоқ.",
    coverage_recorded_only: "Тек жазылған дауыс берулер: дереккөзде Кеңес жазылатын дауыс беруге қойған мәтіндер ғана бар.",
    votes_on_this_text: "Бұл мәтін бойынша дауыс берулер",
    initiative_of_record: "Осы шолудағы мәтін",
    outcome_not_stated: "Көрсетілмеген",
    kind_session: "Сессия",
    kind_adoption: "Қабылдау",
    kind_panel: "Панельдік талқылау",
    kind_report: "Баяндама",
    kind_statement: "Мәлімдеме",
    kind_event_held: "Өткізілген іс-шара",
    kind_reform: "Реформа",
    search_label: "Қарарлардан іздеу",
    search_hint: "Іздеу атаулар, қысқаша мазмұн, мемлекеттер, тақырыптар мен дәйексөздер бойынша жүргізіледі. Бас және кіші әріптер мен диакритикалық белгілер ескерілмейді.",
    search_label_votes: "Дауыс берулерден іздеу",
    outcome_rule: "Жоба мен түзетудің нәтижесі мұнда жазылған дауыстардан шығарылды: қолдағандар қарсылардан көп болса, қабылданды (қалыс қалғандар есептелмейді). Дауыс беру жазбасы оны сөзбен көрсетпейді.",
    found_in_quotes: "Ізделген сөздердің кейбірі тек дереккөздердегі дәйексөздерде: олар төменде ашылып, сөздер белгіленді.",
    search_hint_votes: "Атаулар мен таңбалар: 54/23 A/HRC/RES/54/23 құжатын табады. Бас және кіші әріптер мен диакритикалық белгілер ескерілмейді.",
    export_csv: "CSV экспорты",
    export_json: "JSON экспорты",
    resolution_word: "Қарар",
    on_the_timeline: "Хронологияда",
    themes: "Тақырыптар",
    permalink: "Тұрақты сілтеме",
    share: "Бөлісу",
    share_view: "Осы іріктемені бөлісу",
    link_copied: "Сілтеме көшірілді",
    share_failed: "Сілтемені көшіру мүмкін болмады. Міне, сілтеме:",
    print_no_filters: "Сүзгісіз: жазбаның бәрі",
    print_sources: "Дереккөздер",
    record_language: "Жазбаның мәтіндері (атаулары, қысқаша мазмұны, дәйексөздері) дереккөздердегідей ағылшын тілінде.",
    record_language_translated: "Атауы, кіріспесі, тақырыптар, серіктестер мен мемлекеттер топтарының атаулары — жазба редакторларының аудармасы, мемлекеттердің атаулары CLDR-ден алынған; құжат атаулары, қысқаша мазмұны мен дәйексөздер дереккөздердегідей ағылшын тілінде.",
    record_language_short: "Құжат атаулары, қысқаша мазмұны мен дәйексөздер дереккөздердегідей ағылшын тілінде.",
    for_editors: "Редакторларға",
    for_editors_intro: "Деректер файлын жарияламас бұрын тексеріңіз: бет оны оқырмандар көретіндей, табылған барлық қателерімен көрсетеді. Пішім жоғарыдағы схемада сипатталған.",
    adoption_not_stated: "Қабылдануы: дереккөздерде көрсетілмеген",
    leads_not_stated: "Бастамашы мемлекеттер: көрсетілмеген",
    field_adopted: "қабылданған күні",
    field_follow_ups: "кейінгі қадамдар",
    field_on_behalf_of: "кімнің атынан",
    field_leads: "бастамашылар",
    field_cosponsors: "тең авторлар",
    field_date: "күні",
    field_title: "атауы",
    field_summary: "қысқаша мазмұны",
    field_symbol: "құжат таңбасы",
    field_session: "сессия",
    field_outcome: "қабылдану тәсілі",
    field_themes: "тақырыптар",
    field_role: "рөл",
    field_resolutions: "қарарлар",
    field_start: "ашылған күні",
    field_end: "жабылған күні",
    field_from: "бірінші жыл",
    field_to: "соңғы жыл",
    field_elected: "сайланған күні",
    field_name: "атауы",
    field_text: "мәтіні",
    field_kind: "түрі",
    field_number: "нөмірі",
    show_in_source: "Дереккөз мәтінінде көрсету",
    open_source: "Дереккөзді ашу",
    new_tab: "жаңа қойындыда ашылады",
    secondary_badge: "Екінші реттік дереккөз",
    no_match: "Бұл сүзгілерге сай келетін қарар жоқ.",
    show_all_resolutions: "Барлық қарарды көрсету",
    explain_options: "Таңдалған белгілердің бәріне бірдей сай келетін қарар жоқ. Азырақ белгі таңдап көріңіз.",
    no_match_votes: "Бұл сүзгілерге сай келетін дауыс беру жоқ.",
    show_all_votes: "Барлық дауыс беруді көрсету",
    explain_votes_options: "Таңдалған белгілердің бәріне бірдей сай келетін дауыс беру жоқ. Азырақ белгі таңдап көріңіз.",
    events_held: "Өткізілген іс-шаралар",
    reforms: "Елдегі реформалар",
    partners: "Серіктестер",
    notes: "Дереккөздің өз сөзімен",
    sources: "Дереккөздер",
    primary_source: "бастапқы дереккөз",
    secondary_source: "екінші реттік дереккөз",
    online: "желіде",
    full_text: "толық мәтіні",
    data_title: "Деректер, лицензия және сілтеме жасау тәртібі",
    licence: "Деректер мен код MIT лицензиясы бойынша таратылады; дәйексөз алынған мәтіндердің құқығы олардың баспагерлеріне тиесілі.",
    preview_label: "Компьютердегі деректер файлын алдын ала қарау",
    preview_note: "Файл тек осы бетте оқылады және ешқайда жіберілмейді. Оны бетке сүйреп әкелуге де болады.",
    browser_could_not_read: "браузер оны оқи алмады",
    preview_banner: "Жарияланған деректердің орнына компьютеріңіздегі файл көрсетілген. Ол тек осы бетте оқылды және ешқайда жіберілмеді; ондағы қателер жарияланған файлдағыдай төменде көрсетілген.",
    close_preview: "Алдын ала қарауды жабу",
    could_not_preview: "Файлды алдын ала қарау мүмкін болмады",
    no_such_source: "Мұндай дереккөз жоқ",
    back_to_record: "Шолуға оралу",
    source_not_shipped: "Бұл дереккөздің мәтіні деректермен бірге берілмеген.",
    read_online: "Желіде оқу",
    source_could_not_load: "Дереккөз мәтінін жүктеу мүмкін болмады",
    loading_source: "Дереккөз мәтіні жүктелуде…",
    quote_not_found: "Дәйексөз бұл мәтіннен табылмады.",
    field_word: "өріс",
    record_could_not_load: "Деректерді жүктеу мүмкін болмады",
    try_again: "Қайталап көру",
    hint_source_missing: "Файл деректерде көрсетілген жерде жоқ. Редакторлар деректерді check-data командасымен тексере алады.",
    hint_offline: "Браузер интернетке қосылмаған. Интернетке қосылып, қайталап көріңіз.",
    hint_network: "Байланысты тексеріп, қайталап көріңіз.",
    hint_timeout: "Сервер немесе байланыс қазір тым баяу. Сәлден соң қайталап көріңіз.",
    hint_web_page: "Сервер файлдың орнына веб-бет жіберді; бұл әдетте файлдың жоқ екенін білдіреді. Сайтты өзіңіз орналастырсаңыз, data қалтасының жарияланғанын тексеріңіз.",
    hint_not_found: "Деректер файлы бет күткен жерде жоқ. Сайтты өзіңіз орналастырсаңыз, data қалтасының жарияланғанын тексеріңіз.",
    hint_http: "Сервер деректер файлын жібере алмады. Сәлден соң қайталап көріңіз.",
    hint_encoding: "Файл UTF-8 кодтауындағы мәтін ретінде сақталуы керек.",
    hint_unreadable: "Файлды қайта таңдаңыз: ол жылжытылған немесе өзгертілген болуы мүмкін.",
    hint_not_on_site: "Сілтемедегі ?data= тек осы сайттағы басқа деректер файлын көрсете алады, мысалы ?data=data/other-record.json; басқа сайттардың файлдары жүктелмейді.",
    hint_data: "Деректер файлында қате бар. Редакторлар оны мына командамен таба алады: cargo run --bin check-data -- public/data/<file>.json",
    panic_title: "Бетте қате орын алды",
    panic_text: "Қолданба ішкі қатеге байланысты тоқтады. Әдетте бетті қайта жүктеу көмектеседі; толығырақ мәлімет браузер консолінде.",
    reload: "Бетті қайта жүктеу",
    months: MONTHS,
    // The same names stand alone (a month and a year).
    months_alone: MONTHS,
    year_date: |year| format!("{year} жыл"),
    month_date: |month, year| format!("{year} жылғы {month}"),
    day_date: |day, month, year| format!("{year} жылғы {day} {month}"),
    day_range: |d1, m1, d2, m2, year| [format!("{year} жылғы {d1} {m1}"), format!("{d2} {m2}")],
    and: " және ",
    data_links: [
        "Барлық мәліметтер бір статикалық файлда сақталады: ",
        "JSON форматындағы деректер",
        "; олар ",
        "JSON Schema сызбасы",
        " бойынша тексеріледі.",
    ],
    member_term: |from, to| {
        if from == to {
            format!("{from} жылы Кеңес мүшесі")
        } else {
            format!("{from}–{to} жылдары Кеңес мүшесі")
        }
    },
    drawn_from: |title, publisher, date| {
        let date = date.map(|d| format!(", {d}")).unwrap_or_default();
        let said = end_sentence(format!("Негізгі дереккөз: {title}, {publisher}{date}"));
        format!("{said} Басқа деректер екінші реттік дереккөздерге сілтеме арқылы келтірілген.")
    },
    timeline_intro: |_, terms| {
        format!("Кеңеске мүшелік кезеңіндегі ({terms}) сессиялар «Кеңес мүшесі» деп белгіленген.")
    },
    timeline_summary: |n| format!("Сессиялар мен оқиғалар ({n} сессия)"),
    session_name: |n| format!("АҚК {n}-сессиясы"),
    show_all_events: |n| format!("Барлық {n} оқиғаны көрсету"),
    chosen: |n| format!("({n} таңдалды)"),
    shown_of: |shown, total| format!("Көрсетілгені {shown}, барлығы {total} қарар"),
    all_shown: |total| format!("Барлығы {total} қарар"),
    export_title: |n| {
        if n == 1 {
            "Көрсетілген қарарды дереккөз сілтемелерімен жүктеп алу:".to_owned()
        } else {
            format!("Көрсетілген қарарларды ({n}) дереккөз сілтемелерімен жүктеп алу:")
        }
    },
    permalink_to: |title| format!("«{title}» — тұрақты сілтеме"),
    share_card: |title| format!("«{title}» — бөлісу"),
    official_text_of: |symbol| format!("{symbol} — ресми мәтін (undocs.org)"),
    vote: |yes, against, abstentions| {
        format!("Дауыс беру арқылы қабылданды (жақтап — {yes}, қарсы — {against}, қалыс қалғандар — {abstentions})")
    },
    adopted_how_not_stated: |date| {
        format!("Қабылданды: {date}; қабылдану тәсілі көрсетілмеген")
    },
    led_by: |leads, n| {
        if n == 1 {
            format!("Бастамашы: {leads}")
        } else {
            format!("Бастамашылар: {leads}")
        }
    },
    on_behalf_of: |group| format!(", атынан: {group}"),
    cosponsors_count: |count| format!("Тең авторлар: {count}."),
    cosponsors_named: |names| format!("Олардың ішінде: {names}."),
    cosponsors_regions: |regions| format!("Өкілдік еткен өңірлер қатарында: {regions}."),
    more_than: |n| format!("{n}-{} астам", ablative(n)),
    sources_n: |n| format!("Дереккөздер ({n})"),
    group_sources_n: |n| format!("Осы мәлімдеменің дереккөздері ({n})"),
    explain_votes_words: |q| format!("Ешбір дауыс берудің атауында не таңбасында «{q}» сөздерінің бәрі жоқ. Азырақ немесе қысқарақ сөз жазып көріңіз."),
    explain_votes_words_options: |q| format!("Таңдалған белгілер ішінде ешбір дауыс берудің атауында не таңбасында «{q}» сөздерінің бәрі жоқ. Азырақ сөз не белгі таңдап көріңіз."),
    printed_note_votes: |printed, total| format!("Мұнда алғашқы {printed} дауыс беру басылды, барлығы {total}. Бәрі CSV не JSON экспортында бар."),
    legend_cast: |state| format!("{state} дауысы"),
    special_session_name: |n| format!("S-{n} арнаулы сессиясы"),
    votes_shown_of: |shown, total| format!("Көрсетілгені {shown}, барлығы {total} дауыс беру"),
    all_votes_shown: |total| format!("Барлығы {total} дауыс беру"),
    view_count: |name, n| format!("{name} ({n})"),
    result_on: |result, date| format!("{result}, {date}"),
    first_vote_on: |date| format!("алғашқы дауыс беру: {date}"),
    result_from_tally: |result, date| format!("{result} (жазылған дауыстар бойынша), {date}"),
    official_differs: |recorded, official| format!("Дауыс беру жазбасында — {recorded}; Кеңестің өз тұжырымында — {official}."),
    official_agrees: |wording| format!("Кеңестің өз тұжырымы сәйкес келеді: «{wording}»."),
    recorded_as: |raw| format!("Дереккөзде құжат таңбасы «{raw}» деп жазылған."),
    differ_label: |a, b| format!("Тек {a} мен {b} әртүрлі дауыс берген жерлер"),
    how_voted: |state| format!("{state} қалай дауыс берді"),
    headline_votes: |state, n| format!("{state} {n} дауыс беруде қалай дауыс берді"),
    session_votes: |n| format!("{n} дауыс беру"),
    with_whom: |state| format!("{state} кіммен бірдей дауыс берді"),
    alignment_caption: |state, n| format!("{state}: ортақ дауыс берулері бар {n} мемлекет, ең жақындары бірінші"),
    compare_to: |name| format!("{name} мемлекетімен салыстыру"),
    coverage_without_vote: |state| format!("Дауыс берусіз қабылданған мәтіндер онда жоқ; олар мұнда тек {state} бастамаларының арасында көрсетіледі."),
    coverage_missing: |symbol| format!("Дереккөзде жоқ: {symbol}."),
    export_votes_title: |n| format!("Көрсетілген {n} дауыс беруді жүктеп алу:"),
    supports: |fields| format!("Растайды: {fields}"),
    show_more: |next, hidden| format!("Тағы {next} көрсету (әлі көрсетілмегені: {hidden})"),
    printed_from: |url, date| format!("{url} бетінен басылды, {date}."),
    printed_preview: |name, date| format!("Жарияланбаған {name} файлын алдын ала қараудан басылды, {date}."),
    print_search: |q| format!("Іздеу: «{q}»"),
    printed_note: |printed, total| {
        format!("Мұнда {total} қарардың алғашқы {printed} қарары басып шығарылды. Толық тізім CSV немесе JSON экспортында бар.")
    },
    explain_words_options: |q| {
        format!("Таңдалған белгілерге сай қарарлардың ішінде «{q}» сұрауындағы сөздердің бәрі кездесетін қарар жоқ. Сөздерді немесе белгілерді азайтып көріңіз.")
    },
    explain_words: |q| {
        format!("«{q}» сөздерінің бәрі кездесетін қарар жоқ. Азырақ немесе қысқарақ сөз енгізіп көріңіз.")
    },
    cite: |title| {
        format!("Сілтеме үлгісі: «{title}», беттің мекенжайы және қаралған күні. Деректерге сілтеме жасағанда жоғарыда көрсетілген дереккөздерді келтіріңіз.")
    },
    too_big: |size, limit| {
        format!("оның көлемі {size} МБ, ал алдын ала қарауға ең көбі {limit} МБ файл қабылданады; оны check-data арқылы тексеріңіз")
    },
    preview_of: |name| format!("Алдын ала қарау: {name}"),
    no_source_with_id: |id| format!("Деректерде «{id}» идентификаторы бар дереккөз жоқ."),
    problems_summary: |n| format!("Деректер файлында {n} қате бар; деректердің қалғаны көрсетілген."),
    show_more_problems: |n| format!("Тағы {n} қатені көрсету"),
    err_network: |url, message| format!("{url} мекенжайына қосылу мүмкін болмады: {message}"),
    err_timeout: |url, seconds| format!("{url} {seconds} секунд ішінде жауап бермеді"),
    err_web_page: |url, kind| format!("{url} файлдың орнына веб-бет жіберді ({kind})"),
    err_unreadable: |name, message| format!("{name} оқылмады: {message}"),
    err_not_on_site: |value| {
        format!("«{value}» — бұл сайттағы JSON файлының жолы емес, сондықтан ол жүктелмеді")
    },
    err_http: |url, status, text| {
        if text.is_empty() {
            format!("{url}: сервер HTTP {status} деп жауап берді")
        } else {
            format!("{url}: сервер HTTP {status} {text} деп жауап берді")
        }
    },
    err_encoding: |url, message| format!("{url} — UTF-8 кодтауындағы мәтін емес: {message}"),
    err_data: |url| format!("{url} оқылмады:"),
};

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::ablative;

    // Guards the ending a number takes: it follows the last word read aloud, not the digit.
    #[test]
    fn numbers_take_the_ending_of_their_last_spoken_word() {
        let cases = [
            (1, "ден"),
            (3, "тен"),
            (6, "дан"),
            (9, "дан"),
            (10, "нан"),
            (40, "тан"),
            (50, "ден"),
            (70, "тен"),
            (80, "нен"),
            (90, "нан"),
            (100, "ден"),
            (170, "тен"),
            (1000, "нан"),
            (1500, "ден"),
        ];
        for (n, ending) in cases {
            assert_eq!(ablative(n), ending, "{n}");
        }
    }
}
