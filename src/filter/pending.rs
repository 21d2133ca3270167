//! The typing scheduler's rules: a search typed into the box is shown at once and written into
//! the URL later, once for a burst of keys, unless the URL moves on first.
//!
//! Writing the URL costs Chromium 3 to 4 ms for each key (more on a long page): before the
//! paint, that was a third of a keystroke's work at 10 000 records. So the page shows a typed
//! search before the URL holds it, and writes it when the browser is idle. Everything that
//! decides what is shown and what is written lives here, as a plain state machine; the
//! component side (`components::navigator`) only calls it from the browser's events.

/// A search typed but not yet in the URL, and the URL it was typed over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PendingSearch {
    typed: Option<Typed>,
}

/// A search typed into the box, shown before the URL holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Typed {
    /// The URL's query when it was typed: once the URL moves on (the write, Back, a link), the
    /// URL leads again.
    over: String,
    /// The view's query with the typed search.
    query: String,
}

/// What the caller must do after a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterKey {
    /// Nothing was waiting: ask the browser to call [`PendingSearch::take_for_write`] when it
    /// is idle.
    ScheduleWrite,
    /// A write is already asked for; it will write this key's search too.
    AlreadyScheduled,
}

impl PendingSearch {
    /// A key in the search box: the view's query is now `query`, typed while the URL's query is
    /// `url_now`.
    pub fn on_key(&mut self, url_now: &str, query: String) -> AfterKey {
        let waiting = self.typed.is_some();
        self.typed = Some(Typed {
            over: url_now.to_owned(),
            query,
        });
        if waiting {
            AfterKey::AlreadyScheduled
        } else {
            AfterKey::ScheduleWrite
        }
    }

    /// The query the view shows while the URL's query is `url`: the typed one while the URL is
    /// still the one it was typed over, else the URL's own.
    pub fn leads<'a>(&'a self, url: &'a str) -> &'a str {
        match &self.typed {
            Some(t) if t.over == url => &t.query,
            _ => url,
        }
    }

    /// Whether a typed search waits for the URL.
    pub fn is_waiting(&self) -> bool {
        self.typed.is_some()
    }

    /// The query to write into the URL now, in place of the current entry, when the URL's query
    /// `url_now` is still the one the search was typed over. When the URL has moved on (Back,
    /// a link), nothing is written: what the reader chose last wins. Either way nothing waits
    /// any more.
    pub fn take_for_write(&mut self, url_now: &str) -> Option<String> {
        let typed = self.typed.take()?;
        (typed.over == url_now).then_some(typed.query)
    }
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::filter::links::with_lang;
    use crate::lang::Lang;

    // Guards the plain case: a key shows its search at once, and the idle write puts it in
    // the URL exactly once.
    #[test]
    fn a_key_leads_until_the_idle_write() {
        let mut p = PendingSearch::default();
        assert_eq!(p.leads("?theme=A"), "?theme=A");
        assert_eq!(
            p.on_key("?theme=A", "?q=e&theme=A".into()),
            AfterKey::ScheduleWrite
        );
        assert!(p.is_waiting());
        assert_eq!(p.leads("?theme=A"), "?q=e&theme=A");
        assert_eq!(
            p.take_for_write("?theme=A").as_deref(),
            Some("?q=e&theme=A")
        );
        assert!(!p.is_waiting());
        // Written: the URL now holds it and leads.
        assert_eq!(p.leads("?q=e&theme=A"), "?q=e&theme=A");
        assert_eq!(p.take_for_write("?q=e&theme=A"), None);
    }

    // Guards a burst: only its first key asks for a write, and the write takes the last key.
    #[test]
    fn a_burst_of_keys_is_written_once_with_its_last_search() {
        let mut p = PendingSearch::default();
        assert_eq!(p.on_key("", "?q=d".into()), AfterKey::ScheduleWrite);
        assert_eq!(p.on_key("", "?q=do".into()), AfterKey::AlreadyScheduled);
        assert_eq!(p.on_key("", "?q=dom".into()), AfterKey::AlreadyScheduled);
        assert_eq!(p.leads(""), "?q=dom");
        assert_eq!(p.take_for_write("").as_deref(), Some("?q=dom"));
        // The next burst asks again.
        assert_eq!(
            p.on_key("?q=dom", "?q=domes".into()),
            AfterKey::ScheduleWrite
        );
    }

    // Guards Back pressed while a typed search waits: the URL Back went to leads at once, and
    // the write that follows must not put the typed search over it.
    #[test]
    fn back_during_a_pending_write_wins() {
        let mut p = PendingSearch::default();
        p.on_key("?theme=A", "?q=x&theme=A".into());
        // Back: the URL is now an earlier entry's.
        assert_eq!(p.leads("?session=54"), "?session=54");
        assert_eq!(p.take_for_write("?session=54"), None);
        assert!(!p.is_waiting());
        // Forward again to the entry typed over: nothing stale comes back.
        assert_eq!(p.leads("?theme=A"), "?theme=A");
    }

    // Guards a link followed while a search waits: like Back, the link's URL wins.
    #[test]
    fn a_link_during_a_pending_write_wins() {
        let mut p = PendingSearch::default();
        p.on_key("?theme=A", "?q=tur&theme=A".into());
        // A link to a card on another view: the URL's query is now the link's.
        assert_eq!(p.leads("?session=54"), "?session=54");
        assert_eq!(p.take_for_write("?session=54"), None);
    }

    // Guards a change of language in the middle of typing: the menu writes the waiting search
    // first, then builds its URL from the written one, so the search survives the switch.
    #[test]
    fn a_language_switch_mid_typing_keeps_the_search() {
        let mut p = PendingSearch::default();
        p.on_key("?theme=A", "?q=educ&theme=A".into());
        let written = p.take_for_write("?theme=A").unwrap();
        assert_eq!(with_lang(&written, Lang::Ru), "?q=educ&theme=A&lang=ru");
        // The write the idle callback then makes finds nothing waiting.
        assert_eq!(p.take_for_write(&written), None);
    }

    // Guards a checkbox or a clear button pressed while a search waits: the waiting search goes
    // into the entry the change leaves, so Back returns to what the reader saw.
    #[test]
    fn a_filter_change_writes_the_waiting_search_first() {
        let mut p = PendingSearch::default();
        p.on_key("", "?q=peace".into());
        assert_eq!(p.take_for_write("").as_deref(), Some("?q=peace"));
        assert_eq!(p.leads("?q=peace&session=57"), "?q=peace&session=57");
    }
}
