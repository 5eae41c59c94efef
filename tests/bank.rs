//! The question bank and its English texts keep the rules of `assessment.md`.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::present::catalogue::Catalogue;
use servewell::model::questionnaire::answers::{Answer, Likert};
use servewell::model::questionnaire::bank::{Bank, Item, Variant};

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
    for bank in Bank::editions() {
        let full = bank.order(Variant::Full);
        let reverse = bank.items.iter().filter(|i| i.is_reverse()).count();
        let pages_with_reverse = full.chunks(5).filter(|page| page.iter().any(|i| i.is_reverse())).count();
        assert!(
            pages_with_reverse >= reverse.min(6),
            "edition {}: reverse items on {pages_with_reverse} pages",
            bank.version
        );
    }
}

#[test]
fn every_edition_keeps_the_rules_and_the_current_is_the_last() {
    for (i, bank) in Bank::editions().iter().enumerate() {
        assert_eq!(bank.version as usize, i + 1, "editions are numbered from 1, in order");
        assert_eq!(bank.problems(), Vec::<String>::new(), "edition {}", bank.version);
        assert_eq!(bank.characteristics, Bank::current().characteristics, "every edition measures the same ten");
        assert_eq!(Bank::of_version(bank.version), Some(bank));
    }
    assert_eq!(Bank::current().version, 2);
    assert_eq!(Bank::of_version(0), None);
    assert_eq!(Bank::of_version(3), None);
}

/// Each item as `id key pulse partner`, to pin an edition down.
fn summary(bank: &Bank) -> String {
    let item = |i: &Item| {
        let key = if i.is_reverse() { "-" } else { "+" };
        format!("{}{key}{}{}", i.id, if i.pulse { "*" } else { "" }, i.partner.as_deref().unwrap_or(""))
    };
    bank.items.iter().map(item).collect::<Vec<_>>().join(" ")
}

#[test]
fn the_first_edition_never_changes() {
    // Results answered with it are scored with it for ever: its items and keying are fixed.
    let v1 = Bank::of_version(1).expect("the first edition");
    assert_eq!(
        summary(v1),
        "lis1+* lis2+ lis3+ lis4-lis1 emp1+* emp2+ emp3+ emp4-emp1 hea1+* hea2+ hea3+ hea4-hea3 \
         awa1+* awa2+ awa3+ awa4-awa1 per1+* per2+ per3+ per4-per1 con1+* con2+ con3+ con4-con2 \
         for1+* for2+ for3+ for4-for1 ste1+* ste2+ ste3+ ste4-ste3 gro1+* gro2+ gro3+ gro4-gro3 \
         com1+* com2+ com3+ com4-com1"
    );
    assert!(v1.items.iter().all(|i| !i.situational), "the first edition had no 'hasn't come up'");
}

#[test]
fn the_second_edition_has_five_reverse_pairs_and_a_chosen_pulse() {
    // questions/README.md, "Version 2", says why five and why these pulse items.
    let v2 = Bank::current();
    let reverse: Vec<&Item> = v2.items.iter().filter(|i| i.is_reverse()).collect();
    assert_eq!(reverse.len(), 5);
    let pulse: Vec<&str> = v2.items.iter().filter(|i| i.pulse).map(|i| i.id.as_str()).collect();
    assert_eq!(pulse, ["lis1", "emp5", "hea7", "awa1", "per1", "con3", "for2", "ste3", "gro5", "com1"]);
    // Not simply the first item of each characteristic, as the first edition's were.
    assert!(v2.characteristics.iter().any(|c| v2.items_of(c).next().is_some_and(|i| !i.pulse)));
}

#[test]
fn situational_items_are_worded_as_conditions_and_never_in_the_pulse() {
    let en = Catalogue::english();
    let situational: Vec<&Item> = Bank::current().items.iter().filter(|i| i.situational).collect();
    assert!(!situational.is_empty());
    for item in situational {
        let text = en.item(&item.id);
        assert!(text.starts_with("When ") || text.starts_with("After "), "{}: {text}", item.id);
        assert!(!item.pulse, "{}: a pulse characteristic is one answer, so it must apply to everyone", item.id);
    }
}

#[test]
fn hasnt_come_up_is_accepted_only_where_an_item_is_situational() {
    let bank = Bank::current();
    let situational = bank.items.iter().find(|i| i.situational).expect("a situational item");
    let everyday = bank.items.iter().find(|i| !i.situational).expect("an everyday item");
    assert!(situational.accepts(Variant::Full, Answer::NotComeUp));
    assert!(!everyday.accepts(Variant::Full, Answer::NotComeUp));
    assert!(everyday.accepts(Variant::Full, Answer::Scale(Likert::ALL[0])));
}

#[test]
fn problems_are_found_in_a_broken_bank() {
    let mut broken = bank().clone();
    let forward: Vec<usize> = (0..4).filter(|&i| !broken.items[i].pulse && !broken.items[i].is_reverse()).collect();
    broken.items[forward[0]].pulse = true;
    broken.items[forward[1]].key = -1;
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
    let words = |s: &str| s.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase).collect::<Vec<String>>();
    for bank in Bank::editions() {
        for item in &bank.items {
            let text = en.item_text(&item.id).unwrap_or_else(|| panic!("no text for {}", item.id));
            assert!(words(text.own).contains(&"i".to_string()), "{}: not in the first person", item.id);
        }
    }
    // A colleague reads the observer wording about the person named, so it names them and
    // no pronoun can point at someone else.
    for item in &bank().items {
        let observer = en.item_text(&item.id).and_then(|t| t.observer).unwrap_or_default();
        // Once: "Maria explains what Maria asks" reads as if about two people.
        assert_eq!(observer.matches("{name}").count(), 1, "{}: name the person once: {observer}", item.id);
        for pronoun in ["i", "me", "my", "he", "she", "him", "her", "his", "hers", "they", "them", "their"] {
            assert!(!words(observer).contains(&pronoun.to_string()), "{}: \"{pronoun}\" in {observer}", item.id);
        }
    }
    for band in &bank().bands {
        assert!(en.band(&band.id).is_some(), "no text for band {}", band.id);
    }
    assert_eq!(en.ui.scale().len(), 5);
}

#[test]
fn the_catalogue_has_no_texts_for_unknown_ids() {
    let en = Catalogue::english();
    // Items of earlier editions keep their text: results answered with them are shown.
    assert!(en.items.iter().all(|(id, _)| Bank::editions().iter().any(|b| b.item(id).is_some())));
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
    for item in Bank::editions().iter().flat_map(|b| &b.items).filter(|i| i.is_reverse()) {
        let lower = Catalogue::english().item(&item.id).to_lowercase();
        for negation in [" not ", "n't", " never ", " no "] {
            assert!(!format!(" {lower} ").contains(negation), "negated item: {lower}");
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
