//! Sorting through one copy of the standard library's sort.
//!
//! Each `sort_by` on another element type or comparison puts another copy of the standard
//! library's sort (2 to 5 KB of wasm each) into the page's download. These functions sort
//! positions instead, always with the same comparison type, and then move the elements into
//! place, so every caller shares one copy. They are stable, as `slice::sort_by` is.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by a key, keeping equal items in their order, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, as `slice::sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..n` in the order `cmp` gives them: the one instance of the library's sort.
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // The one call the size rule allows (see clippy.toml).
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the element at `order[i]` to position `i`, one cycle of the permutation at a time,
/// marking each position done by pointing it at itself.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let next = order[at];
            order[at] = at;
            if next == start || next == at {
                break;
            }
            // `items[at]` takes the element it wants; the one it held moves on down the cycle.
            items.swap(at, next);
            at = next;
        }
    }
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there. The
// tests compare with the library's own sorts, which the size rule otherwise forbids.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Guards the shared sort against the library's: the same order, ties kept in place.
        #[test]
        fn sorts_as_the_library_does(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items.clone();
            // The same closure as ours, on purpose: `sort_by` is what is compared.
            #[allow(clippy::unnecessary_sort_by)]
            theirs.sort_by(|a, b| a.0.cmp(&b.0));
            prop_assert_eq!(&ours, &theirs);
            let mut keyed = items.clone();
            sort_by_key(&mut keyed, |x| x.1);
            theirs = items.clone();
            theirs.sort_by_key(|x| x.1);
            prop_assert_eq!(&keyed, &theirs);
            let mut natural = items.clone();
            sort(&mut natural);
            theirs = items;
            theirs.sort();
            prop_assert_eq!(natural, theirs);
        }
    }

    // Guards elements that own memory: each is moved exactly once, none dropped or doubled.
    #[test]
    fn moves_owned_values() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple", "date"]
            .iter()
            .map(|w| (*w).to_owned())
            .collect();
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "date", "fig", "pear"]);
        let mut none: Vec<String> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }
}
