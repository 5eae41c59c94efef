//! Bar chart geometry: the scale starts at 1, rows never overlap, and values read as shown.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::present::chart::{
    bar_chart, may_be_noise, scale_x, strip, Change, BAR_WIDTH_MAX, STRIP_MARK_WIDTH,
};

#[test]
fn the_scale_runs_from_one_to_five() {
    assert_eq!(scale_x(1.0), 0.0);
    assert_eq!(scale_x(5.0), BAR_WIDTH_MAX);
    assert_eq!(scale_x(3.0), BAR_WIDTH_MAX / 2.0);
    assert_eq!(scale_x(9.0), BAR_WIDTH_MAX, "clamped");
}

#[test]
fn rows_follow_each_other_without_overlap() {
    let entries: Vec<(String, Option<f64>)> =
        (0..10).map(|i| (format!("c{i}"), Some(1.0 + f64::from(i) * 0.4))).collect();
    let chart = bar_chart(&entries, "none");
    for pair in chart.rows.windows(2) {
        assert!(pair[1].label_y > pair[0].bar_y + 16.0);
    }
    assert!(chart.axis_y > chart.rows[9].bar_y + 16.0);
    assert!(chart.height > chart.axis_y);
    assert_eq!(chart.ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["1", "2", "3", "4", "5"]);
}

#[test]
fn values_are_shown_with_one_decimal_and_missing_ones_in_words() {
    let chart =
        bar_chart(&[("a".into(), Some(3.25)), ("b".into(), None), ("c".into(), Some(1.0))], "not enough answers");
    assert_eq!(chart.rows[0].value_text, "3.3");
    assert_eq!(chart.rows[1].value_text, "not enough answers");
    assert_eq!(chart.rows[1].bar_width, None);
    assert!(chart.rows[2].bar_width.is_some_and(|w| w > 0.0), "a score of 1 still shows a bar");
    assert!(chart.rows.iter().all(|r| r.value_x + 30.0 <= chart.width));
}

use servewell::model::number::one_decimal;
use servewell::model::present::chart::{change_bars, changes, trend, wheel, wheel_point, TrendValue, TREND_MAX_MARKS};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::questionnaire::scoring::score;

#[test]
fn the_wheel_starts_at_the_top_goes_clockwise_and_puts_one_at_the_centre() {
    let centre = wheel_point(0, 10, 1.0);
    assert_eq!(centre, wheel_point(7, 10, 1.0), "every spoke starts at the centre");
    let (top_x, top_y) = wheel_point(0, 10, 5.0);
    assert!((top_x - centre.0).abs() < 1e-9 && top_y < centre.1, "the first spoke points up");
    let (right_x, _) = wheel_point(2, 10, 5.0);
    assert!(right_x > centre.0, "the third spoke is to the right: clockwise");
    let half = wheel_point(0, 10, 3.0);
    assert!(((centre.1 - half.1) * 2.0 - (centre.1 - top_y)).abs() < 1e-9, "3 is halfway out");
}

/// The wheel computes its angles without the standard library's sine and cosine: what
/// the SVG prints, to one decimal, is what those would give, on wheels of 1 to 40 spokes
/// and every score a chart shows.
#[test]
fn wheel_points_are_the_standard_sine_and_cosine_as_printed() {
    for count in 1..=40 {
        for index in 0..count {
            let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * index as f64 / count as f64;
            for tenths in 10..=50 {
                let value = f64::from(tenths) / 10.0;
                let r = 130.0 * (value - 1.0) / 4.0;
                let (x, y) = wheel_point(index, count, value);
                for (ours, std) in [(x, 200.0 + r * angle.cos()), (y, 200.0 + r * angle.sin())] {
                    assert!((ours - std).abs() < 1e-9, "{count} spokes, spoke {index}, {value}: {ours} against {std}");
                    // Only a value a hair from a rounding tie may print apart from std's.
                    let tie = ((std * 10.0).fract().abs() - 0.5).abs() < 1e-6;
                    assert!(
                        tie || one_decimal(ours) == one_decimal(std),
                        "{count}/{index}/{value}: {ours} against {std}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_wheel_has_four_rings_ten_spokes_and_a_shape_per_series() {
    let chart = wheel(10, &[vec![Some(4.0); 10], vec![Some(2.0); 10]]);
    assert_eq!(chart.rings.len(), 4);
    assert_eq!(chart.spokes.len(), 10);
    assert_eq!(chart.shapes.len(), 2);
    assert_eq!(chart.shapes[0].dots.len(), 10);
    assert_eq!(chart.shapes[0].points.split(' ').count(), 10);
    assert_eq!(chart.spokes[0].anchor, "middle");
    assert_eq!(chart.spokes[2].anchor, "start");
    assert_eq!(chart.spokes[7].anchor, "end");
}

#[test]
fn a_missing_score_leaves_its_spoke_out_of_the_shape() {
    let mut values = vec![Some(3.0); 10];
    values[4] = None;
    let chart = wheel(10, &[values]);
    assert_eq!(chart.shapes[0].dots.len(), 9);
}

fn values(count: usize) -> Vec<TrendValue> {
    (0..count)
        .map(|i| {
            let pulse = i % 3 == 2;
            let variant = if pulse { Variant::Pulse } else { Variant::Full };
            TrendValue {
                at: 1_000 + i as u64 * 10,
                value: Some(1.0 + (i % 5) as f64),
                pulse,
                noise: variant.noise().overall,
                edition: 2,
            }
        })
        .collect()
}

#[test]
fn a_trend_spans_its_time_and_the_scale() {
    let data = values(5);
    let chart = trend(&data, 1_000, 1_040, Some(4.0));
    assert_eq!(chart.marks.len(), 5);
    assert!(chart.marks[0].x < chart.marks[4].x);
    assert!(chart.marks[0].y > chart.marks[4].y, "1 is drawn lower than 5");
    assert!(chart.marks[2].pulse && !chart.marks[1].pulse);
    assert!(chart.line.starts_with('M') && chart.line.matches('L').count() == 4);
    let goal = chart.goal_y.expect("a goal line");
    assert!(goal > chart.marks[4].y && goal < chart.marks[0].y);
}

#[test]
fn a_new_edition_of_the_questions_breaks_the_line_and_is_marked() {
    let mut data = values(5);
    for value in &mut data[..2] {
        value.edition = 1;
    }
    let chart = trend(&data, 1_000, 1_040, None);
    assert_eq!(chart.line.matches('M').count(), 2, "{}", chart.line);
    assert_eq!(chart.line.matches('L').count(), 3, "{}", chart.line);
    assert_eq!(chart.editions.len(), 1);
    assert!(chart.marks[1].x < chart.editions[0] && chart.editions[0] < chart.marks[2].x);
    let alike = trend(&values(5), 1_000, 1_040, None);
    assert!(alike.editions.is_empty() && alike.line.matches('M').count() == 1);
}

#[test]
fn a_single_result_sits_in_the_middle() {
    let chart = trend(&values(1), 1_000, 1_000, None);
    assert_eq!(chart.marks.len(), 1);
    assert_eq!(chart.marks[0].x, chart.width / 2.0);
    assert_eq!(chart.goal_y, None);
}

#[test]
fn the_noise_band_is_centred_on_the_latest_value_and_as_wide_as_its_variant_says() {
    for (count, variant) in [(2, Variant::Full), (3, Variant::Pulse)] {
        let chart = trend(&values(count), 1_000, 1_020, None);
        let (top, bottom) = chart.noise.expect("a band");
        let latest_y = chart.marks[count - 1].y;
        assert!(((latest_y - top) - (bottom - latest_y)).abs() < 1e-9);
        let one_point = (chart.marks[0].y - chart.marks[1].y).abs();
        assert!(((bottom - top) - 2.0 * variant.noise().overall * one_point).abs() < 1e-6, "{variant:?}");
    }
}

#[test]
fn a_thousand_results_draw_one_line_without_marks() {
    let data = values(1_000);
    let chart = trend(&data, 1_000, 1_000 + 999 * 10, None);
    assert!(chart.marks.is_empty(), "more than {TREND_MAX_MARKS} marks would smear");
    assert_eq!(chart.line.matches('L').count(), 999);
}

fn answered(level: u8) -> Answers {
    Bank::current()
        .items
        .iter()
        .map(|i| (i.id.clone(), Answer::Scale(Likert::new(if i.key > 0 { level } else { 6 - level }).expect("1–5"))))
        .collect()
}

#[test]
fn changes_come_largest_rise_first_and_small_ones_are_marked_as_noise() {
    let bank = Bank::current();
    let before = score(bank, Variant::Full, &answered(3));
    let mut later = answered(3);
    for item in bank.items_of("empathy") {
        later.insert(item.id.clone(), Answer::Scale(Likert::new(if item.key > 0 { 5 } else { 1 }).expect("1–5")));
    }
    // One listening item from 3 to 2: a change of a quarter point.
    later.insert("lis2".into(), Answer::Scale(Likert::new(2).expect("1–5")));
    let after = score(bank, Variant::Full, &later);
    let list = changes(&before, &after);
    assert_eq!(list[0].id, "empathy");
    assert_eq!(list[0].delta(), Some(2.0));
    assert_eq!(list.last().map(|c| c.id.as_str()), Some("listening"));
    assert_eq!(list.last().and_then(|c| c.delta()), Some(-0.25));
    assert!(list.last().is_some_and(|c| c.may_be_noise()));
    assert!(!list[0].may_be_noise());
}

#[test]
fn change_bars_grow_right_for_rises_and_left_for_falls() {
    let bank = Bank::current();
    let list = changes(&score(bank, Variant::Full, &answered(4)), &score(bank, Variant::Full, &answered(2)));
    let chart = change_bars(&list);
    let (x, width) = chart.rows[0].1.expect("a bar");
    assert!((x + width - chart.zero_x).abs() < 1e-9, "a fall ends at zero");
    assert!(chart.noise.0 < chart.zero_x && chart.noise.1 > chart.zero_x);
}

#[test]
fn a_change_smaller_than_three_tenths_either_way_may_be_noise() {
    let full = Variant::Full.noise().characteristic;
    for (delta, noise) in [(0.0, true), (0.29, true), (-0.29, true), (0.3, false), (-0.3, false), (1.2, false)] {
        assert_eq!(may_be_noise(delta, full), noise, "{delta}");
        let change = Change { id: "listening".into(), before: Some(0.0), after: Some(delta), noise: full };
        assert_eq!(change.may_be_noise(), noise, "the same rule for a characteristic's change, {delta}");
    }
}

#[test]
fn a_pulse_on_either_side_widens_the_noise_to_whole_steps() {
    let bank = Bank::current();
    let pulse_answers = |level: u8| -> Answers {
        answered(level).into_iter().filter(|(id, _)| bank.item(id).is_some_and(|i| i.pulse)).collect()
    };
    let full = score(bank, Variant::Full, &answered(3));
    let pulse = score(bank, Variant::Pulse, &pulse_answers(4));
    for (before, after) in [(&full, &pulse), (&pulse, &full)] {
        let list = changes(before, after);
        assert!(list.iter().all(|c| c.delta().map(f64::abs) == Some(1.0)));
        assert!(list.iter().all(Change::may_be_noise), "one step on one answer may be noise");
    }
    let two_steps = changes(&pulse, &score(bank, Variant::Pulse, &pulse_answers(2)));
    assert!(!two_steps.iter().any(Change::may_be_noise));
    assert!(!changes(&full, &score(bank, Variant::Full, &answered(4))).iter().any(Change::may_be_noise));
}

#[test]
fn a_group_strip_spans_the_lowest_to_the_highest_score_with_the_mean_mark_centred() {
    let strip = strip(&[1.0, 3.0, 5.0], Some(3.0));
    assert_eq!(strip.range, Some((120.0, 380.0)));
    assert_eq!(strip.people, [120.0, 250.0, 380.0]);
    assert_eq!(strip.mean_x, Some(250.0 - f64::from(STRIP_MARK_WIDTH) / 2.0));
}

#[test]
fn a_strip_without_scores_draws_nothing() {
    let strip = strip(&[], None);
    assert_eq!((strip.range, strip.mean_x, strip.people.len()), (None, None, 0));
}
