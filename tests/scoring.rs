//! Scoring follows `assessment.md` to the letter.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::json;
use servewell::model::number::{one_decimal, round1, shown};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Item, Variant};
use servewell::model::questionnaire::scoring::{
    keyed, minimum_answers, minimum_for_overall, score, Flag, Picks, Score,
};

fn bank() -> &'static Bank {
    Bank::current()
}

fn likert(v: u8) -> Answer {
    Answer::Scale(Likert::new(v).expect("1–5"))
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
            assert_eq!(keyed(item, likert(v)), Some(f64::from(expected)), "{} answered {v}", item.id);
        }
        assert_eq!(keyed(item, Answer::NotComeUp), None, "{}: hasn't come up is not scored", item.id);
    }
}

#[test]
fn answers_outside_the_scale_do_not_exist() {
    assert_eq!(Likert::new(0), None);
    assert_eq!(Likert::new(6), None);
    assert_eq!(json::read::<Answer>("6"), None);
    assert_eq!(json::read::<Answer>("-1"), None);
    assert_eq!(json::read::<Answer>("3.0"), None);
    assert_eq!(json::read::<Answer>("3"), Likert::new(3).map(Answer::from));
    assert_eq!(json::read::<Answer>("0"), Some(Answer::NotComeUp));
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
    // Empathy answered 5, 4, 3 on its forward items and 2 on the reverse one: (5+4+3+4)/4.
    let mut answers = Answers::new();
    let mut forward = [5, 4, 3].into_iter();
    for item in bank().items_of("empathy") {
        let v = if item.key > 0 { forward.next().expect("three forward items") } else { 2 };
        answers.insert(item.id.clone(), likert(v));
    }
    let result = score(bank(), Variant::Full, &answers);
    assert_eq!(result.characteristics[1].mean, Some(4.0));
    assert_eq!(result.characteristics[1].answered, 4);
    assert_eq!(result.overall, None, "one characteristic is too few for an overall score");
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

/// Every item answered so that characteristic n (canonical order) scores `level(n)`
/// after keying; `None` leaves the characteristic unanswered.
fn answers_at(variant: Variant, level: impl Fn(usize) -> Option<u8>) -> Answers {
    bank()
        .order(variant)
        .into_iter()
        .filter_map(|i| {
            let n = level(bank().characteristic_index(&i.characteristic)?)?;
            Some((i.id.clone(), likert(if i.key > 0 { n } else { 6 - n })))
        })
        .collect()
}

/// The strongest and focus areas as sorted ids; `None` for a flat profile.
fn picked(result: &Score) -> Option<(Vec<String>, Vec<String>)> {
    let ids = |list: Vec<&servewell::model::questionnaire::scoring::CharacteristicScore>| {
        let mut ids: Vec<String> = list.into_iter().map(|c| c.id.clone()).collect();
        ids.sort();
        ids
    };
    match result.picks() {
        Picks::Flat => None,
        Picks::Named { strongest, focus } => Some((ids(strongest), ids(focus))),
    }
}

fn sorted(ids: &[&str]) -> Vec<String> {
    let mut ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn the_overall_score_is_the_mean_of_the_characteristic_scores() {
    let result = score(bank(), Variant::Full, &answers_at(Variant::Full, |n| Some(n as u8 % 5 + 1)));
    assert_eq!(result.overall, Some(3.0));
}

#[test]
fn every_characteristic_tied_at_the_cut_is_named() {
    // listening 1, empathy 2, healing 3, awareness 4, persuasion 5, then again from 1.
    let result = score(bank(), Variant::Full, &answers_at(Variant::Full, |n| Some(n as u8 % 5 + 1)));
    let (strongest, focus) = picked(&result).expect("spread 4: not flat");
    assert_eq!(strongest, sorted(&["persuasion", "community", "awareness", "growth"]), "both 4s tie at third");
    assert_eq!(focus, sorted(&["listening", "conceptualization"]));
}

#[test]
fn a_tie_that_would_fill_most_of_a_list_is_not_named() {
    // One high, one low, eight equal between: naming the eight would say nothing.
    let level = |n: usize| {
        Some(if n == 0 {
            5
        } else if n == 9 {
            1
        } else {
            3
        })
    };
    let (strongest, focus) = picked(&score(bank(), Variant::Full, &answers_at(Variant::Full, level))).expect("named");
    assert_eq!(strongest, sorted(&["listening"]));
    assert_eq!(focus, sorted(&["community"]));
}

#[test]
fn strengths_and_focus_areas_never_name_the_same_characteristic() {
    let level = |n: usize| Some(if n < 6 { 5 } else { 2 });
    let (strongest, focus) = picked(&score(bank(), Variant::Full, &answers_at(Variant::Full, level))).expect("named");
    assert_eq!(strongest.len(), 6, "the whole top group, however large");
    assert_eq!(focus.len(), 4);
    assert!(!strongest.iter().any(|s| focus.contains(s)));
}

#[test]
fn a_flat_profile_names_no_strengths_or_focus_areas() {
    let even = score(bank(), Variant::Full, &answers_at(Variant::Full, |_| Some(4)));
    assert_eq!(even.picks(), Picks::Flat);
    assert_eq!(even.spread(), 0.0);
    // Full: 4.0 against 3.75 (shown 3.8) is a spread of 0.2, within noise; 0.5 is not.
    let close: Answers = answers_at(Variant::Full, |_| Some(4))
        .into_iter()
        .map(|(id, a)| if id == "lis1" { (id, likert(3)) } else { (id, a) })
        .collect();
    assert_eq!(score(bank(), Variant::Full, &close).picks(), Picks::Flat);
    let mut apart = answers_at(Variant::Full, |n| Some(if n == 0 { 4 } else { 5 }));
    apart.insert("emp1".into(), likert(4));
    apart.insert("emp2".into(), likert(4));
    let result = score(bank(), Variant::Full, &apart);
    assert!(result.spread() >= Variant::Full.noise().flat, "{}", result.spread());
    assert!(matches!(result.picks(), Picks::Named { .. }));
}

#[test]
fn a_pulse_needs_two_whole_steps_between_highest_and_lowest() {
    let one_step = score(bank(), Variant::Pulse, &answers_at(Variant::Pulse, |n| Some(if n < 5 { 5 } else { 4 })));
    assert_eq!(one_step.picks(), Picks::Flat, "one step on one answer is within noise");
    let two_steps = score(bank(), Variant::Pulse, &answers_at(Variant::Pulse, |n| Some(if n < 5 { 5 } else { 3 })));
    assert!(matches!(two_steps.picks(), Picks::Named { .. }));
    assert!(Variant::Pulse.noise().characteristic > 1.0, "a one-step change of a pulse answer may be noise");
    assert!(Variant::Pulse.noise().overall > Variant::Full.noise().overall);
}

#[test]
fn a_lone_score_is_a_strength_and_leaves_no_focus_area() {
    let answers: Answers = bank().items_of("growth").map(|i| (i.id.clone(), likert(3))).collect();
    let result = score(bank(), Variant::Full, &answers);
    assert_eq!(picked(&result), Some((sorted(&["growth"]), vec![])));
}

#[test]
fn an_overall_score_needs_eight_of_ten_characteristics() {
    assert_eq!(minimum_for_overall(10), 8);
    for variant in [Variant::Full, Variant::Pulse] {
        let eight = score(bank(), variant, &answers_at(variant, |n| (n < 8).then_some(4)));
        assert_eq!((eight.scored(), eight.overall), (8, Some(4.0)), "{variant:?}");
        let seven = score(bank(), variant, &answers_at(variant, |n| (n < 7).then_some(4)));
        assert_eq!((seven.scored(), seven.overall), (7, None), "{variant:?}: kept, but no overall");
    }
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

/// The app's one formatter of decimals, which keeps Rust's float formatting out of the
/// download, prints what `{:.1}` prints, except that halves round up (away from zero)
/// and a value that rounds to zero has no sign.
#[test]
fn one_decimal_prints_as_std_does_but_for_halves() {
    let values = (-200_000..=200_000).step_by(7).map(|i| f64::from(i) / 1000.0);
    let large = [123_456.78, -98_765.43, 1e9 + 0.26, -4.0e12 - 0.71];
    for value in values.chain(large) {
        let tenths = value * 10.0;
        if (tenths.fract().abs() - 0.5).abs() < 1e-6 {
            let away = (tenths.abs() + 0.5).floor() * value.signum() / 10.0;
            assert_eq!(one_decimal(value), format!("{away:.1}"), "{value}: a half rounds away from zero");
        } else {
            let std = format!("{value:.1}");
            assert_eq!(one_decimal(value), if std == "-0.0" { "0.0" } else { &std }, "{value}");
        }
    }
}

#[test]
fn identical_answers_everywhere_give_one_note() {
    for level in [4, 5] {
        let flags = score(bank(), Variant::Full, &answers_by(Variant::Full, |_| level)).flags;
        // With 5 everywhere every pair is also 4 apart after keying: the same pattern.
        assert_eq!(flags, vec![Flag::StraightLining], "{level}");
    }
}

#[test]
fn reverse_partners_far_apart_give_one_note_naming_every_pair() {
    // Every reverse item answered 5, like its forward partner (4 or 5): far apart after keying.
    let partners: Vec<&str> = bank().items.iter().filter_map(|i| i.partner.as_deref()).collect();
    let answers = answers_by(Variant::Full, |i| if i.key < 0 || partners.contains(&i.id.as_str()) { 5 } else { 4 });
    let flags = score(bank(), Variant::Full, &answers).flags;
    let [Flag::Inconsistent(pairs)] = flags.as_slice() else { panic!("one note: {flags:?}") };
    assert_eq!(pairs.len(), 5);
    assert!(pairs.contains(&("emp4".into(), "emp1".into())));
}

#[test]
fn each_edition_is_scored_with_its_own_items_and_keying() {
    let first = Bank::of_version(1).expect("the first edition");
    // Every healing item of each edition answered "Almost always".
    let all_five = |bank: &Bank| -> Answers { bank.items_of("healing").map(|i| (i.id.clone(), likert(5))).collect() };
    // The first edition's hea4, "When I let someone down, I make excuses", is reverse-keyed: (5+5+5+1)/4.
    assert_eq!(score(first, Variant::Full, &all_five(first)).characteristics[2].mean, Some(4.0));
    // The second edition's healing items are all forward.
    assert_eq!(score(bank(), Variant::Full, &all_five(bank())).characteristics[2].mean, Some(5.0));
    // Scored with the wrong edition, the same answers would not even make a score: two items shared.
    assert_eq!(score(bank(), Variant::Full, &all_five(first)).characteristics[2].mean, None);
    // The pulses ask different items: the first edition's first item of each, the second's chosen ones.
    let pulse = |bank: &Bank| bank.asked(Variant::Pulse).map(|i| i.id.clone()).collect::<Vec<_>>();
    assert_ne!(pulse(first), pulse(bank()));
}

#[test]
fn hasnt_come_up_is_left_out_of_the_score_not_counted_as_never() {
    let situational: Vec<&Item> = bank().items.iter().filter(|i| i.situational && !i.is_reverse()).collect();
    // Every answer "Often" after keying.
    let mut answers = answers_by(Variant::Full, |i| if i.is_reverse() { 2 } else { 4 });
    let never = {
        let mut never = answers.clone();
        never.insert(situational[0].id.clone(), likert(1));
        score(bank(), Variant::Full, &never)
    };
    answers.insert(situational[0].id.clone(), Answer::NotComeUp);
    let result = score(bank(), Variant::Full, &answers);
    let index = bank().characteristic_index(&situational[0].characteristic).expect("known");
    let c = &result.characteristics[index];
    assert_eq!((c.mean, c.answered, c.asked), (Some(4.0), 3, 4), "the other three answers decide");
    assert!(never.characteristics[index].mean < c.mean, "Never would have lowered it");
    // Straight "Often" around one hasn't-come-up is still the one pattern.
    let mut same = answers_by(Variant::Full, |_| 4);
    same.insert(situational[0].id.clone(), Answer::NotComeUp);
    assert_eq!(score(bank(), Variant::Full, &same).flags, vec![Flag::StraightLining]);
    // Two of a characteristic's four that have not come up leave too few to score it.
    let healing: Vec<&Item> = bank().items_of("healing").filter(|i| i.situational).collect();
    assert!(healing.len() >= 2);
    for item in &healing[..2] {
        answers.insert(item.id.clone(), Answer::NotComeUp);
    }
    let result = score(bank(), Variant::Full, &answers);
    assert_eq!(result.characteristics[2].mean, None);
    assert!(result.overall.is_some(), "nine characteristics still make an overall");
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
        prop_assert_eq!(result.overall.is_some(), result.scored() >= minimum_for_overall(result.characteristics.len()));
    }

    #[test]
    fn mirrored_answers_give_mirrored_scores(answers in arbitrary_answers()) {
        let mirrored: Answers = answers.iter().map(|(id, a)| (id.clone(), Answer::Scale(a.scale().expect("on the scale").mirrored()))).collect();
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

    /// Interchangeable characteristics: the keyed answers of each characteristic moved,
    /// whole, to another. The picks move with them, so none is favoured by its place.
    #[test]
    fn permuting_the_characteristics_permutes_the_picks(
        keyed in prop::collection::vec(prop::collection::vec(1u8..=5, 4), 10),
        permutation in Just((0..10).collect::<Vec<usize>>()).prop_shuffle(),
        pulse in any::<bool>(),
    ) {
        let variant = if pulse { Variant::Pulse } else { Variant::Full };
        let ids = &bank().characteristics;
        let answers = |from: &dyn Fn(usize) -> usize| -> Answers {
            ids.iter().enumerate().flat_map(|(n, id)| {
                let values = &keyed[from(n)];
                bank().items_of(id).filter(|i| variant.asks(i)).enumerate().map(move |(k, i)| {
                    let v = values[k];
                    (i.id.clone(), likert(if i.key > 0 { v } else { 6 - v }))
                })
            }).collect()
        };
        // Characteristic n gets the answers of `permutation[n]` in the permuted result.
        let original = score(bank(), variant, &answers(&|n| n));
        let permuted = score(bank(), variant, &answers(&|n| permutation[n]));
        let moved = |list: Vec<String>| -> Vec<String> {
            let mut out: Vec<String> = list.iter().map(|id| {
                let from = ids.iter().position(|x| x == id).expect("known");
                ids[permutation.iter().position(|p| *p == from).expect("a permutation")].clone()
            }).collect();
            out.sort();
            out
        };
        let expected = picked(&original).map(|(s, f)| (moved(s), moved(f)));
        prop_assert_eq!(picked(&permuted), expected);
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
