//! Chart geometry, computed here so that it is tested natively; the SVG components only
//! draw what this module lays out.

use crate::model::number::{one_decimal, shown};
use crate::model::questionnaire::answers::{SCALE_MAX, SCALE_MIN};
use crate::model::questionnaire::bank::Noise;
use crate::model::questionnaire::scoring::Score;
use crate::model::sorted::sort_by;

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
    let ticks =
        (SCALE_MIN as u8..=SCALE_MAX as u8).map(|v| Tick { x: scale_x(f64::from(v)), label: v.to_string() }).collect();
    BarChart { width: CHART_WIDTH, height: axis_y + AXIS_HEIGHT / 2.0, rows, ticks, axis_y }
}

// ---- The wheel -------------------------------------------------------------------

/// A radar chart of the characteristics in their canonical order, 1 at the centre.
#[derive(Debug, Clone, PartialEq)]
pub struct Wheel {
    pub size: f64,
    /// Rings at 1 (the centre point, not drawn), 2, 3, 4 and 5, as polygon points.
    pub rings: Vec<String>,
    pub spokes: Vec<Spoke>,
    /// One shape per series, in the order given.
    pub shapes: Vec<Shape>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Spoke {
    pub x: f64,
    pub y: f64,
    pub label_x: f64,
    pub label_y: f64,
    pub anchor: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The polygon through the points that have a value.
    pub points: String,
    pub dots: Vec<(f64, f64)>,
}

const WHEEL_SIZE: f64 = 400.0;
const WHEEL_RADIUS: f64 = 130.0;
const WHEEL_LABEL_GAP: f64 = 14.0;

/// Where `value` sits on spoke `index` of `count`: spokes start at the top and go clockwise.
pub fn wheel_point(index: usize, count: usize, value: f64) -> (f64, f64) {
    let (cos, sin) = cos_sin(index as f64 / count.max(1) as f64 - 0.25);
    let r = WHEEL_RADIUS * (value.clamp(SCALE_MIN, SCALE_MAX) - SCALE_MIN) / (SCALE_MAX - SCALE_MIN);
    (WHEEL_SIZE / 2.0 + r * cos, WHEEL_SIZE / 2.0 + r * sin)
}

/// Cosine and sine of an angle given in turns, without `f64::cos` and `f64::sin`, whose
/// general range reduction costs some 7 KB of download. Reduced here to a quarter turn
/// about a multiple of a quarter turn, |x| ≤ π/4, where the Taylor series has converged
/// to double precision by the 17th power.
fn cos_sin(turns: f64) -> (f64, f64) {
    let quarters = (turns * 4.0 + 0.5).floor();
    let x = (turns - quarters / 4.0) * std::f64::consts::TAU;
    let (mut cos, mut sin, mut term) = (0.0, 0.0, 1.0);
    // The k-th term is x^k / k!, added to the cosine or the sine by turns, signs alternating.
    for k in 0..18 {
        match k % 4 {
            0 => cos += term,
            1 => sin += term,
            2 => cos -= term,
            _ => sin -= term,
        }
        term *= x / f64::from(k + 1);
    }
    match (quarters as i64).rem_euclid(4) {
        0 => (cos, sin),
        1 => (-sin, cos),
        2 => (-cos, -sin),
        _ => (sin, -cos),
    }
}

pub fn wheel(count: usize, series: &[Vec<Option<f64>>]) -> Wheel {
    let polygon = |points: &[(f64, f64)]| {
        points.iter().map(|(x, y)| format!("{},{}", one_decimal(*x), one_decimal(*y))).collect::<Vec<_>>().join(" ")
    };
    let rings = (2..=5)
        .map(|v| polygon(&(0..count).map(|i| wheel_point(i, count, f64::from(v))).collect::<Vec<_>>()))
        .collect();
    let spokes = (0..count)
        .map(|i| {
            let (x, y) = wheel_point(i, count, SCALE_MAX);
            let (dx, dy) = (x - WHEEL_SIZE / 2.0, y - WHEEL_SIZE / 2.0);
            let scale = (WHEEL_RADIUS + WHEEL_LABEL_GAP) / WHEEL_RADIUS;
            let anchor = if dx.abs() < 1.0 {
                "middle"
            } else if dx > 0.0 {
                "start"
            } else {
                "end"
            };
            // Labels below the centre hang from their point, those above sit on it.
            let nudge = if dy > 1.0 {
                12.0
            } else if dy.abs() <= 1.0 {
                4.0
            } else {
                0.0
            };
            Spoke {
                x,
                y,
                label_x: WHEEL_SIZE / 2.0 + dx * scale,
                label_y: WHEEL_SIZE / 2.0 + dy * scale + nudge,
                anchor,
            }
        })
        .collect();
    let shapes = series
        .iter()
        .map(|values| {
            let dots: Vec<(f64, f64)> =
                values.iter().enumerate().filter_map(|(i, v)| v.map(|v| wheel_point(i, count, v))).collect();
            Shape { points: polygon(&dots), dots }
        })
        .collect();
    Wheel { size: WHEEL_SIZE, rings, spokes, shapes }
}

// ---- Trends --------------------------------------------------------------------------

/// One small line chart: a series of scores over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub width: f64,
    pub height: f64,
    /// SVG path through every value, in time order, broken where the edition of the
    /// questions changes: results of different editions are not joined as if alike.
    pub line: String,
    /// Where a new edition of the questions begins: halfway between the last result of
    /// one edition and the first of the next.
    pub editions: Vec<f64>,
    /// One mark per result, unless there are too many to tell apart.
    pub marks: Vec<Mark>,
    /// Gridlines at 1, 3 and 5.
    pub grid: Vec<(f64, &'static str)>,
    pub goal_y: Option<f64>,
    /// The band around the latest value within which a change may be noise.
    pub noise: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub x: f64,
    pub y: f64,
    /// Pulse results are less precise: drawn hollow.
    pub pulse: bool,
}

/// One value of a trend: when, what (if enough was answered), and whether from a pulse.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendValue {
    pub at: u64,
    pub value: Option<f64>,
    pub pulse: bool,
    /// A change smaller than this from `value` may be noise (see `Variant::noise`).
    pub noise: f64,
    /// The edition of the questions it was answered with.
    pub edition: u32,
}

pub const TREND_WIDTH: f64 = 200.0;
pub const TREND_HEIGHT: f64 = 90.0;
const TREND_PAD: f64 = 8.0;
/// Beyond this many results, marks would merge into a smear: the line alone is drawn.
pub const TREND_MAX_MARKS: usize = 60;

fn trend_y(value: f64) -> f64 {
    let inner = TREND_HEIGHT - 2.0 * TREND_PAD;
    TREND_PAD + inner * (SCALE_MAX - value.clamp(SCALE_MIN, SCALE_MAX)) / (SCALE_MAX - SCALE_MIN)
}

/// Lays out `values` (in time order) between `from` and `to`, the span shared by every
/// small multiple so that they line up.
pub fn trend(values: &[TrendValue], from: u64, to: u64, goal: Option<f64>) -> Trend {
    let inner = TREND_WIDTH - 2.0 * TREND_PAD;
    let x = |at: u64| {
        if to <= from {
            TREND_WIDTH / 2.0
        } else {
            TREND_PAD + inner * (at.saturating_sub(from)) as f64 / (to - from) as f64
        }
    };
    let known: Vec<(Mark, u32)> = values
        .iter()
        .filter_map(|v| v.value.map(|value| (Mark { x: x(v.at), y: trend_y(value), pulse: v.pulse }, v.edition)))
        .collect();
    let line = known
        .iter()
        .enumerate()
        .map(|(i, (m, edition))| {
            let joined = i > 0 && known[i - 1].1 == *edition;
            format!("{}{},{}", if joined { 'L' } else { 'M' }, one_decimal(m.x), one_decimal(m.y))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let editions =
        values.windows(2).filter(|w| w[0].edition != w[1].edition).map(|w| (x(w[0].at) + x(w[1].at)) / 2.0).collect();
    let known: Vec<Mark> = known.into_iter().map(|(m, _)| m).collect();
    let noise = values
        .iter()
        .rev()
        .find_map(|v| Some((v.value?, v.noise)))
        .map(|(last, noise)| (trend_y(last + noise), trend_y(last - noise)));
    Trend {
        width: TREND_WIDTH,
        height: TREND_HEIGHT,
        line,
        editions,
        marks: if known.len() <= TREND_MAX_MARKS { known } else { Vec::new() },
        grid: vec![(trend_y(5.0), "5"), (trend_y(3.0), "3"), (trend_y(1.0), "1")],
        goal_y: goal.map(trend_y),
        noise,
    }
}

// ---- Comparing two results -----------------------------------------------------------

/// How one characteristic moved between two results.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub id: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// A smaller change may be noise: the wider threshold of the two results' variants.
    pub noise: f64,
}

impl Change {
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    /// Too small a change to read anything into.
    pub fn may_be_noise(&self) -> bool {
        self.delta().is_some_and(|d| may_be_noise(d, self.noise))
    }
}

/// Whether a change of `delta` is too small, against `noise`, to read anything into.
pub fn may_be_noise(delta: f64, noise: f64) -> bool {
    delta.abs() < noise
}

/// Every characteristic's change, largest rise first, those without two scores last.
pub fn changes(before: &Score, after: &Score) -> Vec<Change> {
    let noise = Noise::wider(before.variant, after.variant).characteristic;
    let mut changes: Vec<Change> = before
        .characteristics
        .iter()
        .zip(&after.characteristics)
        .map(|(b, a)| Change { id: a.id.clone(), before: b.mean, after: a.mean, noise })
        .collect();
    sort_by(&mut changes, |a, b| match (a.delta(), b.delta()) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    changes
}

/// A diverging bar chart of changes, zero in the middle.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeBars {
    pub width: f64,
    pub height: f64,
    pub zero_x: f64,
    /// `(label_y, bar_x, bar_width)` per change; no bar without a delta.
    pub rows: Vec<(f64, Option<(f64, f64)>)>,
    /// The shaded band of changes that may be noise.
    pub noise: (f64, f64),
}

const CHANGE_HALF: f64 = 150.0;

pub fn change_bars(changes: &[Change]) -> ChangeBars {
    // At least ±1 on the scale, so small changes look small.
    let reach = changes.iter().filter_map(Change::delta).map(f64::abs).fold(1.0, f64::max);
    let zero_x = 200.0;
    let at = |d: f64| zero_x + CHANGE_HALF * d / reach;
    let rows = changes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let top = i as f64 * ROW_HEIGHT;
            let bar = c.delta().map(|d| (at(d.min(0.0)), (at(d.abs()) - zero_x).max(1.0)));
            (top + LABEL_BASELINE, bar)
        })
        .collect();
    ChangeBars {
        width: 400.0,
        height: changes.len() as f64 * ROW_HEIGHT + 4.0,
        zero_x,
        rows,
        noise: changes.first().map_or((zero_x, zero_x), |c| (at(-c.noise), at(c.noise))),
    }
}

/// Where a change row's bar sits, below its label.
pub fn change_bar_y(label_y: f64) -> f64 {
    label_y - LABEL_BASELINE + BAR_OFFSET
}

// ---- A group's spread ----------------------------------------------------------------

/// The strip under each characteristic of a group's profile: every person's score as a
/// dot, their range as a line and the mean as a mark, on a viewBox of `STRIP_VIEW_BOX`.
#[derive(Debug, Clone, PartialEq)]
pub struct Strip {
    /// From the lowest score to the highest.
    pub range: Option<(f64, f64)>,
    /// The left edge of the mean's mark, [`STRIP_MARK_WIDTH`] wide.
    pub mean_x: Option<f64>,
    pub people: Vec<f64>,
}

pub const STRIP_VIEW_BOX: &str = "110 0 280 20";
/// Whole, so that the view writes it without float formatting.
pub const STRIP_MARK_WIDTH: u32 = 3;

fn strip_x(score: f64) -> f64 {
    120.0 + (score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * 260.0
}

/// The strip of `points`, sorted ascending, around their `mean`.
pub fn strip(points: &[f64], mean: Option<f64>) -> Strip {
    Strip {
        range: points.first().zip(points.last()).map(|(lo, hi)| (strip_x(*lo), strip_x(*hi))),
        mean_x: mean.map(|m| strip_x(m) - f64::from(STRIP_MARK_WIDTH) / 2.0),
        people: points.iter().copied().map(strip_x).collect(),
    }
}
