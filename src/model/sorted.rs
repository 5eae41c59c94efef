//! Sorting and a sorted map without the standard library's. Every `sort_by` call site
//! compiles its own copy of the standard sort, a few kilobytes of download each; this
//! merge sort is compiled once, over positions, and each caller adds only its comparison.
//! A `BTreeMap` costs some 15 KB of download for maps of a few dozen entries, which
//! [`SortedMap`], a vector kept in key order, holds in a fraction of that.

use crate::model::json::{FromJson, Json, ToJson};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;

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

/// A map kept as a vector in key order: the part of `BTreeMap`'s interface the app uses,
/// iterated in key order and stored (`ToJson`) as the same object, so that what a
/// `BTreeMap` wrote reads back unchanged. Lookups are binary searches; an insertion moves
/// the entries after it, which for the few dozen entries of answers or goals is nothing.
#[derive(Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

/// The most entries a map read from outside may have: the app's hold a few dozen at most
/// (answers to one edition's items, goals for ten characteristics).
pub const MAX_READ: usize = 1000;

type Pairs<'a, K, V> = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

impl<K: Ord, V> SortedMap<K, V> {
    pub const fn new() -> Self {
        SortedMap(Vec::new())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Where `key` is, or where it would go.
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(known, _)| known.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets the value of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| self.0.remove(at).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.0.retain_mut(|(key, value)| keep(key, value));
    }

    pub fn iter(&self) -> Pairs<'_, K, V> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&K, &mut V)> {
        self.0.iter_mut().map(|(key, value)| (&*key, value))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(key, _)| key)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, value)| value)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, value)| value)
    }
}

/// As `BTreeMap`'s: panics on a key the map does not hold.
impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for SortedMap<K, V> {
    type Output = V;
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("a key in the map")
    }
}

impl<K: Ord, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap::new()
    }
}

/// As `BTreeMap`'s: of entries with the same key, the last one counts.
impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map = SortedMap::new();
        map.extend(entries);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) {
        for (key, value) in entries {
            self.insert(key, value);
        }
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, K: Ord, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Pairs<'a, K, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<K: Ord + fmt::Debug, V: fmt::Debug> fmt::Debug for SortedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// An object of its entries, in key order.
impl<V: ToJson> ToJson for SortedMap<String, V> {
    fn to_json(&self) -> Json {
        Json::Object(self.iter().map(|(key, value)| (key.clone(), value.to_json())).collect())
    }
}

/// Read as a map of the same keys: a key written twice keeps its last value.
impl<V: FromJson> FromJson for SortedMap<String, V> {
    fn from_json(json: &Json) -> Option<Self> {
        let Json::Object(fields) = json else { return None };
        // Inserting costs up to the map's length: an untrusted file's map, longer than
        // any the app writes, is refused before that adds up.
        if fields.len() > MAX_READ {
            return None;
        }
        let mut map = SortedMap::new();
        for (key, value) in fields {
            map.insert(key.clone(), V::from_json(value)?);
        }
        Some(map)
    }
}
