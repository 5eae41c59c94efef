//! The model's own sort: the same order as the standard library's stable sort, ties kept
//! in their order, and few comparisons on what is already in order. Its sorted map: the
//! same contents, order and stored form as the `BTreeMap` it replaced.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::json::{self, ToJson};
use servewell::model::sorted::{sort_by, SortedMap, MAX_READ};
use std::cell::Cell;
use std::collections::BTreeMap;

/// Sorts (key, original position) pairs by key alone, so that ties show whether the
/// order among equals was kept.
type Tagged = Vec<(u8, usize)>;

fn both_ways(keys: &[u8]) -> (Tagged, Tagged) {
    let items: Tagged = keys.iter().copied().zip(0..).collect();
    let mut ours = items.clone();
    sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
    let mut std = items;
    std.sort_by_key(|a| a.0);
    (ours, std)
}

/// Inserts, replacements and removals in any order, on a few keys so that they meet.
fn edits() -> impl Strategy<Value = Vec<(String, Option<u32>)>> {
    prop::collection::vec(("[a-e]{1,2}", prop::option::of(0u32..10)), 0..60)
}

proptest! {
    #[test]
    fn the_map_holds_what_a_btree_map_holds(edits in edits()) {
        let (mut ours, mut btree) = (SortedMap::new(), BTreeMap::new());
        for (key, value) in edits {
            match value {
                Some(value) => prop_assert_eq!(ours.insert(key.clone(), value), btree.insert(key, value)),
                None => prop_assert_eq!(ours.remove(key.as_str()), btree.remove(key.as_str())),
            }
            prop_assert_eq!(ours.len(), btree.len());
        }
        prop_assert!(ours.iter().eq(btree.iter()));
        prop_assert!(ours.keys().eq(btree.keys()) && ours.values().eq(btree.values()));
        for key in ["a", "b", "ab", "e", "z"] {
            prop_assert_eq!(ours.get(key), btree.get(key));
            prop_assert_eq!(ours.contains_key(key), btree.contains_key(key));
        }
        prop_assert_eq!(format!("{ours:?}"), format!("{btree:?}"));
        ours.retain(|_, value| *value % 2 == 0);
        btree.retain(|_, value| *value % 2 == 0);
        prop_assert!(ours.into_iter().eq(btree));
    }

    /// Stored data stays readable both ways: the same JSON out, and the same map back
    /// from any JSON object, unsorted keys and repeated ones (the last counts) included.
    #[test]
    fn the_map_is_stored_as_a_btree_map_is(pairs in prop::collection::vec(("[a-e]{1,2}", 0u32..10), 0..30)) {
        let ours: SortedMap<String, u32> = pairs.iter().cloned().collect();
        let btree: BTreeMap<String, u32> = pairs.iter().cloned().collect();
        prop_assert!(ours.iter().eq(btree.iter()));
        prop_assert_eq!(ours.to_json().encode(), serde_json::to_string(&btree).unwrap());
        let object = format!(
            "{{{}}}",
            pairs.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(",")
        );
        let read: SortedMap<String, u32> = json::read(&object).unwrap();
        prop_assert!(read.into_iter().eq(serde_json::from_str::<BTreeMap<String, u32>>(&object).unwrap()));
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does(keys in prop::collection::vec(0u8..6, 0..300)) {
        let (ours, std) = both_ways(&keys);
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn sorts_floats_by_total_order(values in prop::collection::vec(any::<f64>(), 0..100)) {
        let mut ours = values.clone();
        sort_by(&mut ours, f64::total_cmp);
        let mut std = values;
        std.sort_by(f64::total_cmp);
        prop_assert_eq!(ours.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), std.iter().map(|v| v.to_bits()).collect::<Vec<_>>());
    }
}

#[test]
fn sorts_the_short_and_the_ordered_and_the_reversed() {
    for keys in [vec![], vec![3], vec![2, 1], vec![1, 1, 1, 1], (0..=255).collect(), (0..=255).rev().collect()] {
        let (ours, std) = both_ways(&keys);
        assert_eq!(ours, std, "{keys:?}");
    }
}

#[test]
fn ties_keep_their_order() {
    let mut words = vec!["pear", "fig", "plum", "kiwi", "apple", "date", "lime"];
    sort_by(&mut words, |a, b| a.len().cmp(&b.len()));
    assert_eq!(words, ["fig", "pear", "plum", "kiwi", "date", "lime", "apple"]);
    sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
    assert_eq!(words, ["apple", "pear", "plum", "kiwi", "date", "lime", "fig"]);
}

/// A history of 1,000 results and more comes in order: one comparison per pair of
/// neighbours, and no more than n log n when it does not.
#[test]
fn input_in_order_takes_linear_time_and_any_input_n_log_n() {
    let count = |items: &mut Vec<u32>| {
        let compared = Cell::new(0usize);
        sort_by(items, |a, b| {
            compared.set(compared.get() + 1);
            a.cmp(b)
        });
        compared.get()
    };
    let n = 4096;
    assert!(count(&mut (0..n).collect()) < n as usize);
    let mut scrambled: Vec<u32> = (0..n).map(|i| i.wrapping_mul(2_654_435_761) % 1000).collect();
    assert!(count(&mut scrambled) <= n as usize * 12);
    assert!(scrambled.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn the_map_reads_only_what_a_btree_map_reads() {
    for text in ["[]", "null", "3", "\"a\"", "{\"a\":\"x\"}", "{\"a\":1", "{1:2}"] {
        assert!(json::read::<SortedMap<String, u32>>(text).is_none(), "{text}");
        assert!(serde_json::from_str::<BTreeMap<String, u32>>(text).is_err(), "{text}");
    }
    let empty: SortedMap<String, u32> = json::read("{}").unwrap();
    assert!(empty.is_empty());
}

#[test]
fn a_map_longer_than_any_the_app_writes_is_refused_at_once() {
    let map = |n: usize| format!("{{{}}}", (0..n).rev().map(|k| format!("\"{k:06}\":1")).collect::<Vec<_>>().join(","));
    // The longest accepted, in reverse order, the worst case for inserting.
    let read: SortedMap<String, u32> = json::read(&map(MAX_READ)).unwrap();
    assert_eq!(read.len(), MAX_READ);
    assert!(read.keys().zip(read.keys().skip(1)).all(|(a, b)| a < b));
    // As an untrusted backup might hold it: inserted one by one, 200,000 keys in reverse
    // order would move 2×10¹⁰ entries, minutes of a frozen page.
    let started = std::time::Instant::now();
    assert!(json::read::<SortedMap<String, u32>>(&map(MAX_READ + 1)).is_none());
    assert!(json::read::<SortedMap<String, u32>>(&map(200_000)).is_none());
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
}
