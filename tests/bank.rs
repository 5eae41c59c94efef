//! The question bank and its English texts keep the rules of `assessment.md`.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::present::catalogue::Catalogue;
use servewell::model::questionnaire::bank::{Bank, Variant};

fn bank() -> &'static Bank {
    Bank::current()
}

#[test]
fn the_bank_keeps_every_rule() {
    assert_eq!(bank().problems(), Vec::<String>::new());
}

#[test]
fn there_are_ten_characteristics_with_four_items_each() {
    assert_eq!(bank().characteristics.len(), 10);
    assert_eq!(bank().items.len(), 40);
    for c in &bank().characteristics {
        assert_eq!(bank().items_of(c).count(), 4, "{c}");
    }
}

#[test]
fn the_full_assessment_asks_every_item_once_and_the_pulse_one_per_characteristic() {
    let full = bank().order(Variant::Full);
    let mut ids: Vec<&str> = full.iter().map(|i| i.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 40);
    let pulse = bank().order(Variant::Pulse);
    assert_eq!(pulse.len(), 10);
    let mut covered: Vec<&str> = pulse.iter().map(|i| i.characteristic.as_str()).collect();
    covered.sort();
    covered.dedup();
    assert_eq!(covered.len(), 10);
}

#[test]
fn no_two_neighbours_share_a_characteristic() {
    for variant in [Variant::Full, Variant::Pulse] {
        for pair in bank().order(variant).windows(2) {
            assert_ne!(pair[0].characteristic, pair[1].characteristic, "{} then {}", pair[0].id, pair[1].id);
        }
    }
}

#[test]
fn reverse_keyed_items_are_spread_over_the_pages() {
    let full = bank().order(Variant::Full);
    let pages_with_reverse = full.chunks(5).filter(|page| page.iter().any(|i| i.is_reverse())).count();
    assert!(pages_with_reverse >= 6, "reverse items on only {pages_with_reverse} of 8 pages");
}

#[test]
fn problems_are_found_in_a_broken_bank() {
    let mut broken = bank().clone();
    broken.items[1].pulse = true;
    broken.items[2].key = -1;
    broken.items.push(broken.items[0].clone());
    let problems = broken.problems();
    assert!(problems.iter().any(|p| p.contains("duplicate item id")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("exactly one pulse")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("without a partner")), "{problems:?}");
}

#[test]
fn every_text_is_present_in_english() {
    let en = Catalogue::english();
    for c in &bank().characteristics {
        let text = en.characteristic(c).unwrap_or_else(|| panic!("no text for {c}"));
        for (what, s) in [
            ("name", text.name),
            ("definition", text.definition),
            ("practice", text.practice.text),
            ("source", text.practice.source),
        ] {
            assert!(!s.trim().is_empty(), "{c}: empty {what}");
        }
    }
    // The observer wording is not compiled into the app yet: read from the catalogue file.
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../questions/en.json")).expect("the catalogue is JSON");
    let observer = &file["items"];
    for item in &bank().items {
        let text = en.item_text(&item.id).unwrap_or_else(|| panic!("no text for {}", item.id));
        let words = |s: &str| s.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase).collect::<Vec<_>>();
        assert!(words(text.own).contains(&"i".to_string()), "{}: not in the first person", item.id);
        let observer = observer[item.id.as_str()]["observer"].as_str().unwrap_or_default();
        assert!(words(observer).contains(&"they".to_string()), "{}: not in the third person", item.id);
        assert!(!words(observer).contains(&"i".to_string()), "{}: observer says I", item.id);
    }
    for band in &bank().bands {
        assert!(en.band(&band.id).is_some(), "no text for band {}", band.id);
    }
    assert_eq!(en.ui.scale.len(), 5);
}

#[test]
fn the_catalogue_has_no_texts_for_unknown_ids() {
    let en = Catalogue::english();
    assert!(en.items.iter().all(|(id, _)| bank().item(id).is_some()));
    assert!(en.characteristics.iter().all(|(id, _)| bank().characteristic_index(id).is_some()));
}

#[test]
fn every_practice_credits_its_source_and_no_two_give_the_same_advice() {
    let practices: Vec<_> = Catalogue::english().characteristics.iter().map(|(id, c)| (*id, &c.practice)).collect();
    assert_eq!(practices.len(), bank().characteristics.len());
    // Sentences, so that advice copied into a longer text is caught too.
    let sentences =
        |text: &'static str| text.split_terminator(['.', '?', '!']).map(str::trim).filter(|s| !s.is_empty());
    for (i, (id, p)) in practices.iter().enumerate() {
        assert!(!p.source.trim().is_empty(), "{id}: a practice without a source");
        assert!(!p.title.trim().is_empty(), "{id}: a practice without a title");
        for (other, q) in &practices[i + 1..] {
            assert_ne!(p.title, q.title, "{id} and {other}: the same title");
            assert_ne!(p.text, q.text, "{id} and {other}: the same text");
            for sentence in sentences(p.text) {
                assert!(!sentences(q.text).any(|s| s == sentence), "{id} and {other} both say: {sentence}");
            }
        }
    }
}

#[test]
fn reverse_items_are_opposites_not_negations() {
    for (_, text) in Catalogue::english().items {
        let lower = text.own.to_lowercase();
        for negation in [" not ", "n't", " never ", " no "] {
            assert!(!format!(" {lower} ").contains(negation), "negated item: {}", text.own);
        }
    }
}

#[test]
fn bands_cover_the_scale_by_shown_score() {
    let band = |s| bank().band(s).map(|b| b.id.as_str());
    assert_eq!(band(1.0), Some("emerging"));
    assert_eq!(band(2.44), Some("emerging"));
    assert_eq!(band(2.45), Some("developing"), "shown as 2.5, so it reads as developing");
    // 4, 4, 4, 5 (4.25, shown 4.3) is "Often", not the top band: that starts at 4.5.
    assert_eq!(band(4.25), Some("established"));
    assert_eq!(band(4.44), Some("established"));
    assert_eq!(band(4.45), Some("strong"), "shown as 4.5");
    assert_eq!(band(5.0), Some("strong"));
}

#[test]
fn each_band_ends_a_tenth_below_the_next_and_the_last_at_five() {
    let ranges: Vec<(&str, f64, f64)> = bank().band_ranges().map(|(b, to)| (b.id.as_str(), b.from, to)).collect();
    assert_eq!(ranges.len(), bank().bands.len());
    for pair in ranges.windows(2) {
        assert!((pair[0].2 + 0.1 - pair[1].1).abs() < 1e-9, "{pair:?}");
    }
    assert_eq!(ranges.last().map(|r| r.2), Some(5.0));
}
