//! Scoring follows `assessment.md` to the letter.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::number::{one_decimal, round1, shown};
use servewell::model::questionnaire::answers::{Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::questionnaire::scoring::{keyed, minimum_answers, score, Flag};

fn bank() -> &'static Bank {
    Bank::builtin()
}

fn likert(v: u8) -> Likert {
    Likert::new(v).expect("1–5")
}

/// Every item of a variant answered with what `answer` gives it.
fn answers_by(variant: Variant, answer: impl Fn(&servewell::model::questionnaire::bank::Item) -> u8) -> Answers {
    bank().order(variant).into_iter().map(|i| (i.id.clone(), likert(answer(i)))).collect()
}

#[test]
fn forward_items_count_as_answered_and_reverse_items_count_mirrored() {
    for item in &bank().items {
        for v in 1..=5 {
            let expected = if item.key > 0 { v } else { 6 - v };
            assert_eq!(keyed(item, likert(v)), f64::from(expected), "{} answered {v}", item.id);
        }
    }
}

#[test]
fn answers_outside_the_scale_do_not_exist() {
    assert_eq!(Likert::new(0), None);
    assert_eq!(Likert::new(6), None);
    assert!(serde_json::from_str::<Likert>("7").is_err());
    assert_eq!(serde_json::from_str::<Likert>("3").ok(), Likert::new(3));
}

#[test]
fn the_top_answer_after_keying_scores_five_everywhere() {
    for variant in [Variant::Full, Variant::Pulse] {
        let answers = answers_by(variant, |i| if i.key > 0 { 5 } else { 1 });
        let result = score(bank(), variant, &answers);
        assert!(result.characteristics.iter().all(|c| c.mean == Some(5.0)), "{variant:?}");
        assert_eq!(result.overall, Some(5.0));
        // The pulse asks forward items only, so the same top answer everywhere is straight-lining.
        let expected = if variant == Variant::Pulse { vec![Flag::StraightLining] } else { vec![] };
        assert_eq!(result.flags, expected);
    }
}

#[test]
fn the_bottom_answer_after_keying_scores_one_everywhere() {
    let answers = answers_by(Variant::Full, |i| if i.key > 0 { 1 } else { 5 });
    let result = score(bank(), Variant::Full, &answers);
    assert!(result.characteristics.iter().all(|c| c.mean == Some(1.0)));
    assert_eq!(result.overall, Some(1.0));
}

#[test]
fn a_characteristic_is_the_mean_of_its_keyed_answers() {
    // Listening answered 5, 4, 3 on its forward items and 2 on the reverse one: (5+4+3+4)/4.
    let mut answers = Answers::new();
    let mut forward = [5, 4, 3].into_iter();
    for item in bank().items_of("listening") {
        let v = if item.key > 0 { forward.next().expect("three forward items") } else { 2 };
        answers.insert(item.id.clone(), likert(v));
    }
    let result = score(bank(), Variant::Full, &answers);
    assert_eq!(result.characteristics[0].mean, Some(4.0));
    assert_eq!(result.characteristics[0].answered, 4);
    assert_eq!(result.overall, Some(4.0), "the only scored characteristic");
    assert_eq!(result.scored(), 1);
}

#[test]
fn fewer_than_three_of_four_answers_is_not_enough() {
    let mut answers = Answers::new();
    for item in bank().items_of("empathy").take(2) {
        answers.insert(item.id.clone(), likert(4));
    }
    let two = score(bank(), Variant::Full, &answers);
    assert_eq!(two.characteristics[1].mean, None);
    assert_eq!(two.characteristics[1].answered, 2);
    assert_eq!(two.overall, None);
    assert_eq!(minimum_answers(4), 3);
    assert_eq!(minimum_answers(1), 1);
}

#[test]
fn the_overall_score_is_the_mean_of_the_characteristic_scores() {
    // Characteristic n (0-based) answered n % 5 + 1 on every item after keying.
    let answers = answers_by(Variant::Full, |i| {
        let n = bank().characteristic_index(&i.characteristic).unwrap_or(0) as u8 % 5 + 1;
        if i.key > 0 {
            n
        } else {
            6 - n
        }
    });
    let result = score(bank(), Variant::Full, &answers);
    assert_eq!(result.overall, Some(3.0));
    let names: Vec<&str> = result.strongest().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(names, ["persuasion", "community", "awareness"]);
    let focus: Vec<&str> = result.focus_areas().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(focus, ["listening", "conceptualization"], "ties keep the canonical order");
}

#[test]
fn strengths_and_focus_areas_never_name_the_same_characteristic() {
    let answers = answers_by(Variant::Full, |i| if i.key > 0 { 4 } else { 2 });
    let result = score(bank(), Variant::Full, &answers);
    let strongest: Vec<&str> = result.strongest().iter().map(|c| c.id.as_str()).collect();
    let focus: Vec<&str> = result.focus_areas().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(strongest, ["listening", "empathy", "healing"]);
    assert_eq!(focus, ["awareness", "persuasion"]);
}

#[test]
fn a_lone_score_is_a_strength_and_leaves_no_focus_area() {
    let answers: Answers = bank().items_of("growth").map(|i| (i.id.clone(), likert(3))).collect();
    let result = score(bank(), Variant::Full, &answers);
    assert_eq!(result.strongest().len(), 1);
    assert!(result.focus_areas().is_empty());
}

#[test]
fn numbers_are_shown_with_one_decimal() {
    assert_eq!(one_decimal(3.25), "3.3");
    assert_eq!(one_decimal(5.0), "5.0");
    assert_eq!(one_decimal(0.04), "0.0");
    assert_eq!(one_decimal(-0.35), "-0.4");
    assert_eq!(one_decimal(412.0), "412.0");
    assert_eq!(shown(None, "not enough answers"), "not enough answers");
    assert_eq!(shown(Some(11.0 / 3.0), "-"), "3.7");
}

#[test]
fn identical_answers_everywhere_are_flagged_as_straight_lining() {
    let answers = answers_by(Variant::Full, |_| 4);
    let flags = score(bank(), Variant::Full, &answers).flags;
    assert!(flags.contains(&Flag::StraightLining));
    // 4 on an item and 4 on its opposite are 2 apart after keying: not yet inconsistent.
    assert!(!flags.iter().any(|f| matches!(f, Flag::Inconsistent { .. })));
}

#[test]
fn an_item_and_its_reverse_partner_far_apart_are_flagged() {
    let answers = answers_by(Variant::Full, |_| 5);
    let flags = score(bank(), Variant::Full, &answers).flags;
    let inconsistent = flags.iter().filter(|f| matches!(f, Flag::Inconsistent { .. })).count();
    assert_eq!(inconsistent, 10, "every reverse item answered 5 like its partner: 1 vs 5 after keying");
    assert!(flags.contains(&Flag::Inconsistent { item: "lis4".into(), partner: "lis1".into() }));
}

#[test]
fn shown_scores_round_halves_up() {
    assert_eq!(round1(3.25), 3.3);
    assert_eq!(round1(3.24), 3.2);
    assert_eq!(round1(11.0 / 3.0), 3.7);
}

fn arbitrary_answers() -> impl Strategy<Value = Answers> {
    let ids: Vec<String> = bank().items.iter().map(|i| i.id.clone()).collect();
    prop::collection::vec(prop::option::of(1u8..=5), ids.len()).prop_map(move |values| {
        ids.iter().zip(values).filter_map(|(id, v)| v.map(|v| (id.clone(), likert(v)))).collect()
    })
}

proptest! {
    #[test]
    fn every_score_lies_on_the_scale(answers in arbitrary_answers(), pulse in any::<bool>()) {
        let variant = if pulse { Variant::Pulse } else { Variant::Full };
        let result = score(bank(), variant, &answers);
        for c in &result.characteristics {
            if let Some(mean) = c.mean {
                prop_assert!((1.0..=5.0).contains(&mean));
                prop_assert!(c.answered >= minimum_answers(c.asked));
            }
        }
        if let Some(overall) = result.overall {
            prop_assert!((1.0..=5.0).contains(&overall));
        }
        prop_assert_eq!(result.overall.is_some(), result.scored() > 0);
    }

    #[test]
    fn mirrored_answers_give_mirrored_scores(answers in arbitrary_answers()) {
        let mirrored: Answers = answers.iter().map(|(id, a)| (id.clone(), a.mirrored())).collect();
        let a = score(bank(), Variant::Full, &answers);
        let b = score(bank(), Variant::Full, &mirrored);
        for (x, y) in a.characteristics.iter().zip(&b.characteristics) {
            match (x.mean, y.mean) {
                (Some(x), Some(y)) => prop_assert!((x + y - 6.0).abs() < 1e-9),
                (None, None) => {}
                other => prop_assert!(false, "scored on one side only: {:?}", other),
            }
        }
        if let (Some(x), Some(y)) = (a.overall, b.overall) {
            prop_assert!((x + y - 6.0).abs() < 1e-9);
        }
        prop_assert_eq!(a.flags, b.flags);
    }

    #[test]
    fn answers_outside_the_variant_do_not_count(answers in arbitrary_answers()) {
        let pulse_only: Answers = answers
            .iter()
            .filter(|(id, _)| bank().item(id).is_some_and(|i| i.pulse))
            .map(|(id, a)| (id.clone(), *a))
            .collect();
        prop_assert_eq!(score(bank(), Variant::Pulse, &answers), score(bank(), Variant::Pulse, &pulse_only));
    }
}

#[test]
fn the_means_follow_the_banks_order_of_characteristics() {
    let result = score(bank(), Variant::Full, &answers_by(Variant::Full, |_| 4));
    let means = result.means();
    assert_eq!(means.len(), bank().characteristics.len());
    for (mean, c) in means.iter().zip(&result.characteristics) {
        assert_eq!(*mean, c.mean);
    }
}
