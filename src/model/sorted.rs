//! Sorting without the standard library's sorts. Every `sort_by` call site compiles its
//! own copy of the standard sort, a few kilobytes of download each; this merge sort is
//! compiled once, over positions, and each caller adds only its comparison.

use std::cmp::Ordering;

/// Sorts `items` by `order`, stably: items that compare equal keep their order.
/// O(n log n), and O(n) on items already in order.
pub fn sort_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    let mut from = sorted_positions(items.len(), &|a, b| order(&items[a], &items[b]) == Ordering::Greater);
    // Moves each item to its place, one cycle of the permutation at a time: slot `i`
    // takes the item at `from[i]`, and a slot done is marked by pointing to itself.
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let next = std::mem::replace(&mut from[at], at);
            if next == start {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

/// The positions `0..len` in sorted order, where `after(a, b)` says that the item at `a`
/// belongs after the one at `b`.
fn sorted_positions(len: usize, after: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    let mut spare = vec![0; len / 2];
    merge_sort(&mut positions, &mut spare, after);
    positions
}

/// Top-down merge sort; `spare` holds at least half of `positions`.
fn merge_sort(positions: &mut [usize], spare: &mut [usize], after: &dyn Fn(usize, usize) -> bool) {
    let len = positions.len();
    if len < 2 {
        return;
    }
    let mid = len / 2;
    merge_sort(&mut positions[..mid], spare, after);
    merge_sort(&mut positions[mid..], spare, after);
    // Halves already in order need no merge: this is what makes sorted input linear.
    if !after(positions[mid - 1], positions[mid]) {
        return;
    }
    spare[..mid].copy_from_slice(&positions[..mid]);
    let (mut left, mut right) = (0, mid);
    for out in 0..len {
        // The left half wins ties, which keeps the sort stable.
        let take_right = left == mid || (right < len && after(spare[left], positions[right]));
        if take_right {
            positions[out] = positions[right];
            right += 1;
        } else {
            positions[out] = spare[left];
            left += 1;
        }
    }
}
