//! Chart geometry, computed here so that it is tested natively; the SVG components only
//! draw what this module lays out.

use crate::model::scoring::shown;

/// The scale every chart uses: the answer scale, which starts at 1, not 0.
pub const SCALE_MIN: f64 = 1.0;
pub const SCALE_MAX: f64 = 5.0;

/// A horizontal bar chart: one row per entry, the name above its bar, the value after it.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub width: f64,
    pub height: f64,
    pub rows: Vec<BarRow>,
    /// Gridlines at the whole answer values.
    pub ticks: Vec<Tick>,
    /// Where the tick labels sit.
    pub axis_y: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub label: String,
    /// Baseline of the row's label.
    pub label_y: f64,
    pub bar_y: f64,
    /// `None` when the entry has no value: no bar is drawn.
    pub bar_width: Option<f64>,
    /// The value as shown, one decimal, or the caller's text for a missing value.
    pub value_text: String,
    pub value_x: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

pub const BAR_WIDTH_MAX: f64 = 330.0;
pub const BAR_HEIGHT: f64 = 16.0;
const CHART_WIDTH: f64 = 400.0;
const ROW_HEIGHT: f64 = 48.0;
const LABEL_BASELINE: f64 = 16.0;
const BAR_OFFSET: f64 = 23.0;
const AXIS_HEIGHT: f64 = 24.0;
/// A score of exactly 1 still gets a sliver, so that it reads as a bar and not a gap.
const MIN_BAR: f64 = 3.0;

/// The x position of a score on the bar scale.
pub fn scale_x(score: f64) -> f64 {
    let clamped = score.clamp(SCALE_MIN, SCALE_MAX);
    (clamped - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * BAR_WIDTH_MAX
}

/// Lays out the entries in the order given; `missing` is shown for entries without a value.
pub fn bar_chart(entries: &[(String, Option<f64>)], missing: &str) -> BarChart {
    let rows: Vec<BarRow> = entries
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let top = i as f64 * ROW_HEIGHT;
            let bar_width = value.map(|v| scale_x(v).max(MIN_BAR));
            BarRow {
                label: label.clone(),
                label_y: top + LABEL_BASELINE,
                bar_y: top + BAR_OFFSET,
                value_text: shown(*value, missing),
                value_x: bar_width.unwrap_or(0.0) + 6.0,
                bar_width,
            }
        })
        .collect();
    let axis_y = rows.len() as f64 * ROW_HEIGHT + AXIS_HEIGHT / 2.0;
    let ticks = (SCALE_MIN as u8..=SCALE_MAX as u8)
        .map(|v| Tick { x: scale_x(f64::from(v)), label: v.to_string() })
        .collect();
    BarChart { width: CHART_WIDTH, height: axis_y + AXIS_HEIGHT / 2.0, rows, ticks, axis_y }
}
