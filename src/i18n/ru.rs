//! Russian: the terms of the Council's Russian documents ("принята без голосования",
//! "основной автор", "соавтор", "дискуссионная группа"), dates as "11 октября 2023 г.".

use super::grammar::{end_sentence, russian_plural};
use super::strings::Strings;

/// "резолюция", "резолюции" or "резолюций", to go after the number `n`.
fn resolutions(n: usize) -> &'static str {
    russian_plural(n, "резолюция", "резолюции", "резолюций")
}

/// "резолюции" or "резолюций", to go after "из `n`" (the genitive).
fn of_resolutions(n: usize) -> &'static str {
    russian_plural(n, "резолюции", "резолюций", "резолюций")
}

pub static STRINGS: Strings = Strings {
    eyebrow: "Совет ООН по правам человека",
    // The English word stays beside the Russian one, so anyone can find their way back.
    language: "Язык (Language)",
    dark_theme: "Тёмная тема",
    skip_link: "Перейти к резолюциям",
    skip_link_votes: "Перейти к голосованиям",
    resolutions: "Резолюции",
    loading_record: "Загрузка данных…",
    timeline: "Хронология",
    timeline_intro_plain: "Сессии и события в хронологическом порядке.",
    timeline_keys: "Tab останавливается здесь один раз; внутри переходите стрелками, Home и End.",
    headline_label: "Запись в цифрах",
    member_badge: "Член Совета",
    show_every_session: "Показать все сессии",
    show_its_resolutions: "Показать её резолюции",
    between_sessions: "Между сессиями",
    date_not_stated_heading: "Дата не указана",
    date_not_stated: "дата не указана",
    show_fewer_events: "Свернуть список событий",
    dimmed_note: "связанная резолюция не соответствует текущим фильтрам",
    now: "Сейчас",
    upcoming: "Предстоит",
    filter_resolutions: "Фильтры резолюций",
    facets_summary: "Тема, сессия, роль, порядок принятия, государство-инициатор",
    facets_summary_votes: "Голос, вид текста, итог, сессия",
    filter_votes: "Фильтр голосований",
    clear_all: "Сбросить все фильтры",
    legend_theme: "Тема",
    legend_session: "Сессия",
    legend_role: "Роль",
    legend_outcome: "Порядок принятия",
    legend_lead: "Государство-инициатор",
    role_led: "Инициатор",
    role_co_led: "Соинициатор",
    role_main_sponsor: "Основной автор",
    role_co_sponsor: "Соавтор",
    outcome_without_vote: "Принята без голосования",
    outcome_vote: "Принята путём голосования",
    outcome_unanimous: "Принята единогласно",
    outcome_consensus: "Принята консенсусом",
    outcome_words_hint: "«Единогласно» и «консенсусом» — слова источников. Когда Совет принимает текст без голосования, в его собственных документах сказано «принята без голосования».",
    unanimous_note: "«Единогласно» — слово источников: они не сообщают, проводилось ли голосование.",
    consensus_note: "«Консенсусом» — слово источника; в документах Совета принятие без голосования называется «принята без голосования».",
    session_not_stated: "Сессия не указана",
    editorial_tags: "Метки редакции (в источниках их нет)",
    official_text: "Официальный текст",
    group_heading: "Сказано о нескольких текстах вместе, а не об этом отдельно",
    group_others: "Другие тексты, о которых идёт речь",
    note_label: "Что говорит источник (пересказ редакции)",
    in_source_words: "Словами источника:",
    legend_kind: "Вид текста",
    legend_result: "Итог",
    cast_yes: "За",
    cast_no: "Против",
    cast_abstain: "Воздержание",
    cast_none: "Голос не подан или не записан",
    ballot_yes: "За",
    ballot_no: "Против",
    ballot_abstain: "Воздержались",
    ballot_present_not_voting: "Присутствовали, не голосовали",
    voted_yes: "за",
    voted_no: "против",
    voted_abstain: "воздержание",
    voted_present_not_voting: "присутствие без голосования",
    voted_not_recorded: "голос не записан",
    vote_kind_resolution: "Резолюция",
    vote_kind_decision: "Решение",
    vote_kind_draft: "Проект",
    vote_kind_amendment: "Поправка",
    result_adopted: "Принято",
    result_rejected: "Отклонено",
    result_not_recorded: "Итог не записан",
    views_label: "Что показать",
    view_initiatives: "Инициативы",
    view_votes: "Заносимые в протокол голосования",
    no_member_votes: "В источнике не записан голос ни одного члена Совета по этому тексту.",
    every_members_vote: "Голоса всех членов",
    voting_record: "Запись голосования (библиотека УВКПЧ)",
    compare_with: "Сравнить с",
    compare_nobody: "Ни с кем",
    tally_heading: "Итоги голосования",
    on_adopted_texts: "По резолюциям и решениям",
    on_drafts_and_amendments: "По проектам и поправкам",
    total: "Всего",
    column_state: "Государство",
    column_shared: "Общих голосов «за»/«против»",
    column_votes_only: "Голосовали одинаково (только «за» и «против»)",
    column_index: "Индекс согласия",
    few_shared: "мало общих голосований",
    votes_only_method: "«Голосовали одинаково» считает голосования, в которых оба государства голосовали «за» или «против», и сколько раз из них их голоса совпали.",
    index_method: "Индекс согласия учитывает каждое голосование, в котором оба голосовали «за», «против» или воздержались: одинаковый голос — полное согласие, воздержание против «за» или «против» — половина, «за» против «против» — ноль.",
    coverage_recorded_only: "Только заносимые в протокол голосования: в источнике перечислены тексты, поставленные Советом на такое голосование.",
    votes_on_this_text: "Голосования по этому тексту",
    initiative_of_record: "Текст из этого обзора",
    outcome_not_stated: "Не указано",
    kind_session: "Сессия",
    kind_adoption: "Принятие",
    kind_panel: "Дискуссионная группа",
    kind_report: "Доклад",
    kind_statement: "Заявление",
    kind_event_held: "Проведённое мероприятие",
    kind_reform: "Реформа",
    search_label: "Поиск по резолюциям",
    search_hint: "Поиск по названиям, краткому содержанию, государствам, темам и цитатам. Регистр и диакритические знаки не учитываются.",
    search_label_votes: "Поиск по голосованиям",
    outcome_rule: "Итог проекта или поправки выведен здесь из записанных голосов: принято, если «за» больше, чем «против» (воздержавшиеся не учитываются). Сама запись голосования его словами не указывает.",
    found_in_quotes: "Некоторые из искомых слов есть только в цитатах из источников: они раскрыты ниже, слова выделены.",
    search_hint_votes: "Названия и условные обозначения: 54/23 находит A/HRC/RES/54/23. Регистр и диакритические знаки не учитываются.",
    export_csv: "Экспорт в CSV",
    export_json: "Экспорт в JSON",
    resolution_word: "Резолюция",
    on_the_timeline: "В хронологии",
    themes: "Темы",
    permalink: "Постоянная ссылка",
    share: "Поделиться",
    share_view: "Поделиться этой подборкой",
    link_copied: "Ссылка скопирована",
    share_failed: "Не удалось скопировать ссылку. Вот она:",
    print_no_filters: "Без фильтров: вся запись",
    print_sources: "Источники",
    record_language: "Тексты записи (названия, краткие изложения, цитаты) — на английском, как в источниках.",
    record_language_translated: "Заголовок, введение, темы и названия партнёров и объединений государств переведены редакцией записи, названия государств взяты из CLDR; названия документов, краткие изложения и цитаты — на английском, как в источниках.",
    record_language_short: "Названия документов, краткие изложения и цитаты — на английском, как в источниках.",
    for_editors: "Для редакторов",
    for_editors_intro: "Проверьте файл данных перед публикацией: страница покажет его так, как увидят читатели, со всеми найденными ошибками. Формат описан в схеме выше.",
    adoption_not_stated: "Принятие: в источниках не указано",
    leads_not_stated: "Инициаторы: не указаны",
    field_adopted: "дата принятия",
    field_follow_ups: "последующие меры",
    field_on_behalf_of: "от чьего имени",
    field_leads: "инициаторы",
    field_cosponsors: "соавторы",
    field_date: "дата",
    field_title: "название",
    field_summary: "краткое содержание",
    field_symbol: "условное обозначение",
    field_session: "сессия",
    field_outcome: "порядок принятия",
    field_themes: "темы",
    field_role: "роль",
    field_resolutions: "резолюции",
    field_start: "день открытия",
    field_end: "день закрытия",
    field_from: "первый год",
    field_to: "последний год",
    field_elected: "дата избрания",
    field_name: "название",
    field_text: "текст",
    field_kind: "вид",
    field_number: "номер",
    show_in_source: "Показать в тексте источника",
    open_source: "Открыть источник",
    new_tab: "откроется в новой вкладке",
    secondary_badge: "Вторичный источник",
    no_match: "Ни одна резолюция не соответствует этим фильтрам.",
    show_all_resolutions: "Показать все резолюции",
    explain_options: "Ни одна резолюция не соответствует всем выбранным параметрам сразу. Попробуйте выбрать меньше параметров.",
    no_match_votes: "Ни одно голосование не соответствует этим фильтрам.",
    show_all_votes: "Показать все голосования",
    explain_votes_options: "Ни одно голосование не соответствует всем выбранным параметрам сразу. Попробуйте выбрать меньше параметров.",
    events_held: "Проведённые мероприятия",
    reforms: "Реформы в стране",
    partners: "Партнёры",
    notes: "Словами источника",
    sources: "Источники",
    primary_source: "первичный источник",
    secondary_source: "вторичный источник",
    online: "в интернете",
    full_text: "полный текст",
    data_title: "Данные, лицензия и порядок цитирования",
    licence: "Данные и код распространяются по лицензии MIT; права на цитируемые тексты принадлежат их издателям.",
    preview_label: "Открыть для просмотра файл данных с компьютера",
    preview_note: "Файл читается только на этой странице и никуда не отправляется. Его также можно перетащить на страницу.",
    browser_could_not_read: "браузер не смог его прочитать",
    preview_banner: "Вместо опубликованных данных показан файл с вашего компьютера. Он прочитан только на этой странице и никуда не отправлен; ошибки в нём перечислены ниже так же, как для опубликованного файла.",
    close_preview: "Закрыть просмотр",
    could_not_preview: "Не удалось открыть файл для просмотра",
    no_such_source: "Источник не найден",
    back_to_record: "Вернуться к обзору",
    source_not_shipped: "Текст этого источника не входит в состав данных.",
    read_online: "Читать в интернете",
    source_could_not_load: "Не удалось загрузить текст источника",
    loading_source: "Загрузка текста источника…",
    quote_not_found: "Цитата в этом тексте не найдена.",
    field_word: "поле",
    record_could_not_load: "Не удалось загрузить данные",
    try_again: "Повторить попытку",
    hint_source_missing: "Файл не найден по пути, указанному в данных. Редакторы могут проверить данные командой check-data.",
    hint_offline: "Браузер не подключён к интернету. Подключитесь и повторите попытку.",
    hint_network: "Проверьте подключение и повторите попытку.",
    hint_timeout: "Сервер или соединение сейчас работают слишком медленно. Повторите попытку чуть позже.",
    hint_web_page: "Вместо файла сервер прислал веб-страницу — обычно это значит, что файла нет. Если этот сайт размещаете вы, проверьте, опубликована ли папка data.",
    hint_not_found: "Файла данных нет там, где его ожидает страница. Если этот сайт размещаете вы, проверьте, опубликована ли папка data.",
    hint_http: "Сервер не смог отдать файл данных. Повторите попытку чуть позже.",
    hint_encoding: "Файл должен быть сохранён как текст в кодировке UTF-8.",
    hint_unreadable: "Выберите файл ещё раз: возможно, его переместили или изменили.",
    hint_not_on_site: "Параметр ?data= в ссылке может указывать только на другой файл данных этого сайта, например ?data=data/other-record.json; файлы с других сайтов не загружаются.",
    hint_data: "В файле данных ошибка. Редакторы могут найти её командой: cargo run --bin check-data -- public/data/<file>.json",
    panic_title: "На странице произошла ошибка",
    panic_text: "Приложение остановилось из-за внутренней ошибки. Обычно помогает перезагрузка страницы; подробности — в консоли браузера.",
    reload: "Перезагрузить страницу",
    months: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    months_alone: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    year_date: |year| format!("{year} г."),
    month_date: |month, year| format!("{month} {year} г."),
    day_date: |day, month, year| format!("{day} {month} {year} г."),
    day_range: |d1, m1, d2, m2, year| [format!("{d1} {m1}"), format!("{d2} {m2} {year} г.")],
    and: " и ",
    data_links: [
        "Все сведения хранятся в одном статическом файле: ",
        "данные в формате JSON",
        ", проверенные на соответствие ",
        "схеме JSON Schema",
        ".",
    ],
    member_term: |from, to| {
        if from == to {
            format!("Член Совета в {from} г.")
        } else {
            format!("Член Совета в {from}–{to} гг.")
        }
    },
    drawn_from: |title, publisher, date| {
        let date = date.map(|d| format!(", {d}")).unwrap_or_default();
        let said = end_sentence(format!("Основной источник: {title}, {publisher}{date}"));
        format!("{said} Остальные факты приведены со ссылками на вторичные источники.")
    },
    timeline_intro: |_, terms| {
        format!("Сессии в период членства в Совете ({terms}) отмечены меткой «Член Совета».")
    },
    timeline_summary: |n| {
        format!(
            "Сессии и события ({n} {})",
            russian_plural(n, "сессия", "сессии", "сессий")
        )
    },
    session_name: |n| format!("{n}-я сессия СПЧ"),
    show_all_events: |n| format!("Показать все события ({n})"),
    chosen: |n| format!("(выбрано: {n})"),
    shown_of: |shown, total| format!("{shown} из {total} {}", of_resolutions(total)),
    all_shown: |total| {
        if total == 1 {
            "Одна резолюция".to_owned()
        } else {
            format!("Все {total} {}", resolutions(total))
        }
    },
    export_title: |n| {
        if n == 1 {
            "Скачать показанную резолюцию со ссылками на источники:".to_owned()
        } else {
            format!("Скачать показанные резолюции ({n}) со ссылками на источники:")
        }
    },
    permalink_to: |title| format!("Постоянная ссылка на «{title}»"),
    share_card: |title| format!("Поделиться: «{title}»"),
    official_text_of: |symbol| format!("Официальный текст {symbol} (undocs.org)"),
    vote: |yes, against, abstentions| {
        format!("Принята путём голосования (за — {yes}, против — {against}, воздержались — {abstentions})")
    },
    adopted_how_not_stated: |date| format!("Принята: {date}; порядок принятия не указан"),
    led_by: |leads, n| {
        if n == 1 {
            format!("Инициатор: {leads}")
        } else {
            format!("Инициаторы: {leads}")
        }
    },
    on_behalf_of: |group| format!(", от имени: {group}"),
    cosponsors_count: |count| format!("Соавторы: {count}."),
    cosponsors_named: |names| format!("В их числе: {names}."),
    cosponsors_regions: |regions| format!("Представлены регионы, в том числе {regions}."),
    more_than: |n| format!("более {n}"),
    sources_n: |n| format!("Источники ({n})"),
    group_sources_n: |n| format!("Источники этого высказывания ({n})"),
    explain_votes_words: |q| format!("Ни в названии, ни в условном обозначении голосования нет всех слов «{q}». Попробуйте меньше слов или слова короче."),
    explain_votes_words_options: |q| format!("Среди выбранных параметров ни в названии, ни в условном обозначении голосования нет всех слов «{q}». Попробуйте меньше слов или параметров."),
    printed_note_votes: |printed, total| format!("Напечатаны первые {printed} из {total} голосований. Все они есть в экспорте CSV или JSON."),
    legend_cast: |state| format!("Голос: {state}"),
    special_session_name: |n| format!("Специальная сессия S-{n}"),
    votes_shown_of: |shown, total| format!("{shown} из {total} {}", russian_plural(total, "голосования", "голосований", "голосований")),
    all_votes_shown: |total| format!("Все {total} {}", russian_plural(total, "голосование", "голосования", "голосований")),
    view_count: |name, n| format!("{name} ({n})"),
    result_on: |result, date| format!("{result}, {date}"),
    first_vote_on: |date| format!("первое голосование: {date}"),
    result_from_tally: |result, date| format!("{result} по записанным голосам, {date}"),
    official_differs: |recorded, official| format!("В записи голосования — {recorded}; в формулировке самого Совета — {official}."),
    official_agrees: |wording| format!("Формулировка самого Совета совпадает: «{wording}»."),
    recorded_as: |raw| format!("В источнике условное обозначение записано как «{raw}»."),
    differ_label: |a, b| format!("Только где {a} и {b} голосовали по-разному"),
    how_voted: |state| format!("Голоса: {state}"),
    headline_votes: |state, n| format!("Голоса: {state} ({n} {})", russian_plural(n, "заносимое в протокол голосование", "заносимых в протокол голосования", "заносимых в протокол голосований")),
    session_votes: |n| format!("{n} {}", russian_plural(n, "голосование", "голосования", "голосований")),
    with_whom: |state| format!("С кем совпадали голоса: {state}"),
    alignment_caption: |state, n| format!("{state}: {n} {} с общими голосованиями; сначала самые близкие", russian_plural(n, "государство", "государства", "государств")),
    compare_to: |name| format!("Сравнить с {name}"),
    coverage_without_vote: |state| format!("Тексты, принятые без голосования, в нём отсутствуют; здесь они есть только среди собственных инициатив ({state})."),
    coverage_missing: |symbol| format!("В источнике отсутствует: {symbol}."),
    export_votes_title: |n| format!("Скачать {n} {}:", russian_plural(n, "показанное голосование", "показанных голосования", "показанных голосований")),
    supports: |fields| format!("Подтверждает: {fields}"),
    show_more: |next, hidden| format!("Показать ещё {next} (не показано: {hidden})"),
    printed_from: |url, date| end_sentence(format!("Напечатано с {url}, {date}")),
    printed_preview: |name, date| {
        end_sentence(format!("Напечатано с предварительного просмотра файла {name}, не опубликованного, {date}"))
    },
    print_search: |q| format!("Поиск: «{q}»"),
    printed_note: |printed, total| {
        format!(
            "Напечатаны первые {printed} из {total} {}. Полный список можно получить, экспортировав данные в CSV или JSON.",
            of_resolutions(total)
        )
    },
    explain_words_options: |q| {
        format!("Среди резолюций с выбранными параметрами нет ни одной, где встречаются все слова запроса «{q}». Попробуйте сократить число слов или параметров.")
    },
    explain_words: |q| {
        format!("Ни одна резолюция не содержит всех слов запроса «{q}». Попробуйте сократить запрос или ввести более короткие слова.")
    },
    cite: |title| {
        format!("Как цитировать: «{title}», с адресом страницы и датой обращения. Факты следует приводить со ссылкой на их источники, перечисленные выше.")
    },
    too_big: |size, limit| {
        format!("его размер {size} МБ, а для просмотра принимаются файлы до {limit} МБ; проверьте его командой check-data")
    },
    preview_of: |name| format!("Просмотр файла {name}"),
    no_source_with_id: |id| format!("В данных нет источника с идентификатором «{id}»."),
    problems_summary: |n| {
        format!(
            "В файле данных {n} {}; остальные данные показаны.",
            russian_plural(n, "ошибка", "ошибки", "ошибок")
        )
    },
    show_more_problems: |n| {
        format!(
            "Показать ещё {n} {}",
            russian_plural(n, "ошибку", "ошибки", "ошибок")
        )
    },
    err_network: |url, message| format!("Не удалось подключиться к {url}: {message}"),
    err_timeout: |url, seconds| {
        format!(
            "Нет ответа от {url} в течение {seconds} {}",
            russian_plural(seconds as usize, "секунды", "секунд", "секунд")
        )
    },
    err_web_page: |url, kind| format!("По адресу {url} вместо файла пришла веб-страница ({kind})"),
    err_unreadable: |name, message| format!("Не удалось прочитать {name}: {message}"),
    err_not_on_site: |value| {
        format!("«{value}» — не путь к JSON-файлу на этом сайте, поэтому он не загружен")
    },
    err_http: |url, status, text| {
        if text.is_empty() {
            format!("{url}: сервер ответил HTTP {status}")
        } else {
            format!("{url}: сервер ответил HTTP {status} {text}")
        }
    },
    err_encoding: |url, message| format!("{url} — не текст в кодировке UTF-8: {message}"),
    err_data: |url| format!("Не удалось прочитать {url}:"),
};
