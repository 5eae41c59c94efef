//! Bar chart geometry: the scale starts at 1, rows never overlap, and values read as shown.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::chart::{bar_chart, scale_x, BAR_WIDTH_MAX};

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
    let chart = bar_chart(&[("a".into(), Some(3.25)), ("b".into(), None), ("c".into(), Some(1.0))], "not enough answers");
    assert_eq!(chart.rows[0].value_text, "3.3");
    assert_eq!(chart.rows[1].value_text, "not enough answers");
    assert_eq!(chart.rows[1].bar_width, None);
    assert!(chart.rows[2].bar_width.is_some_and(|w| w > 0.0), "a score of 1 still shows a bar");
    assert!(chart.rows.iter().all(|r| r.value_x + 30.0 <= chart.width));
}
