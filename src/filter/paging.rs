//! Which cards are mounted and which are drawn now: a page at a time, and right after the
//! results change, the first few before the paint and the rest once the browser is idle.
//!
//! A keystroke that brought ten new cards spent most of its time building cards below the
//! fold, so only the first [`FIRST`] of them draw before the paint.

/// How many cards mount at first, and with each "Show more".
pub const PAGE: usize = 10;

/// How many new cards draw at once when the results change.
pub const FIRST: usize = 3;

/// How many cards mount for printing: paper gets every match up to this many, and a note when
/// there are more (the export has them all).
pub const PRINTED: usize = 500;

/// How many of the results mount: a page and the `extra` cards asked for with "Show more",
/// always down to the card the URL's fragment names (`target`, its position in the results),
/// and on paper at least [`PRINTED`].
pub fn limit(extra: usize, target: Option<usize>, printing: bool) -> usize {
    let shown = (PAGE + extra).max(target.map_or(0, |t| t + 1));
    if printing {
        shown.max(PRINTED)
    } else {
        shown
    }
}

/// The cards drawn now, of the cards `shown` (record positions, in order): all of them, except
/// right after the results change (when `shown` no longer starts with `settled`, what was shown
/// when the page last settled), when a new card below the first [`FIRST`] waits for the
/// browser to be idle. Cards `drawn` before stay; the fragment's `target` and paper draw at
/// once, since focus, scrolling or the printer wants them now. Cards added at the end ("Show
/// more", a deep link) keep `settled` as a prefix, so they draw at once too.
pub fn drawn(
    shown: &[usize],
    settled: &[usize],
    before: Option<&[usize]>,
    target: Option<usize>,
    printing: bool,
) -> Vec<usize> {
    if printing || shown.starts_with(settled) {
        return shown.to_vec();
    }
    shown
        .iter()
        .enumerate()
        .filter(|&(pos, i)| {
            pos < FIRST || Some(*i) == target || before.is_some_and(|d| d.contains(i))
        })
        .map(|(_, &i)| i)
        .collect()
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // Guards the page size, "Show more", a deep link's target and paper.
    #[test]
    fn the_limit_is_a_page_more_on_request_and_down_to_the_target() {
        assert_eq!(limit(0, None, false), PAGE);
        assert_eq!(limit(10, None, false), 2 * PAGE);
        assert_eq!(limit(0, Some(3), false), PAGE);
        assert_eq!(limit(0, Some(24), false), 25);
        assert_eq!(limit(0, None, true), PRINTED);
        assert_eq!(limit(0, Some(700), true), 701);
    }

    // Guards a new result: the first few draw now, the rest wait, the target does not.
    #[test]
    fn a_new_result_draws_its_first_cards_and_the_target_now() {
        let shown: Vec<usize> = (10..20).collect();
        let now = drawn(&shown, &[0, 1, 2], None, Some(17), false);
        assert_eq!(now, [10, 11, 12, 17]);
        // Once settled on it, everything draws.
        assert_eq!(drawn(&shown, &shown, Some(&now), None, false), shown);
    }

    // Guards cards already on the page: they stay while the rest waits, so nothing flickers.
    #[test]
    fn cards_drawn_before_stay_drawn() {
        let shown = [5, 6, 7, 8, 9];
        assert_eq!(
            drawn(&shown, &[1, 2], Some(&[8, 99]), None, false),
            [5, 6, 7, 8]
        );
    }

    // Guards "Show more" and deep links, which add to the end: no wait for them.
    #[test]
    fn cards_added_at_the_end_draw_at_once() {
        let shown: Vec<usize> = (0..20).collect();
        assert_eq!(drawn(&shown, &shown[..10], None, None, false), shown);
    }

    // Guards paper: every card shown is printed, whatever is settled.
    #[test]
    fn paper_draws_everything() {
        let shown: Vec<usize> = (30..40).collect();
        assert_eq!(drawn(&shown, &[1], None, None, true), shown);
    }

    proptest! {
        // Guards the rule's shape for any input: what is drawn is shown, in the same order, and
        // holds the first few shown and the target when shown.
        #[test]
        fn drawn_is_an_ordered_part_of_shown(
            shown in proptest::collection::btree_set(0usize..200, 0..40),
            settled in proptest::collection::vec(0usize..200, 0..10),
            target in proptest::option::of(0usize..200),
        ) {
            let shown: Vec<usize> = shown.into_iter().collect();
            let now = drawn(&shown, &settled, None, target, false);
            let at: Vec<usize> = now
                .iter()
                .filter_map(|i| shown.iter().position(|s| s == i))
                .collect();
            prop_assert_eq!(at.len(), now.len());
            prop_assert!(at.windows(2).all(|w| w[0] < w[1]));
            for first in shown.iter().take(FIRST) {
                prop_assert!(now.contains(first));
            }
            if let Some(t) = target.filter(|t| shown.contains(t)) {
                prop_assert!(now.contains(&t));
            }
        }
    }
}
