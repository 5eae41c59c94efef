//! Colleagues' view beside one's own: from feedback codes (straight back) or from a
//! collector's summary, never from fewer than three colleagues and only in whole groups
//! of three, and the largest gaps between the two views, named with humility.

use crate::model::number::{mean, round1};
use crate::model::questionnaire::bank::Bank;
use crate::model::questionnaire::scoring::{overall_of, Score};
use crate::model::sharing::feedback::{in_whole_groups, rated_enough, Feedback, Summary, MAX_SUMMARISED};
use crate::model::sorted::sort_by;

/// What colleagues see of one characteristic.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen {
    pub id: String,
    /// How many of the colleagues in the view could rate it.
    pub rated: usize,
    /// Their mean, when enough could rate it ([`rated_enough`]).
    pub mean: Option<f64>,
    /// Their lowest and highest score: only from feedback codes, never from a summary.
    pub range: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Others {
    /// Colleagues whose answers the view includes: a whole number of groups of three.
    pub colleagues: usize,
    /// In the bank's order of characteristics.
    pub characteristics: Vec<Seen>,
    /// The mean of the characteristic means, from at least 8 of 10.
    pub overall: Option<f64>,
}

impl Others {
    fn new(colleagues: usize, characteristics: Vec<Seen>) -> Others {
        let means: Vec<f64> = characteristics.iter().filter_map(|c| c.mean).collect();
        Others { overall: overall_of(&means, characteristics.len()), colleagues, characteristics }
    }
}

/// The view of the first whole groups of three among `feedback` (in the order received),
/// or `None` below three.
pub fn from_feedback(feedback: &[Feedback]) -> Option<Others> {
    let counted = &feedback[..in_whole_groups(feedback.len())];
    let first = counted.first()?;
    let scores: Vec<Score> = counted.iter().map(Feedback::score).collect();
    let characteristics = Bank::named(first.bank_version)
        .characteristics
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let mut values: Vec<f64> = scores.iter().filter_map(|s| s.characteristics[i].mean).collect();
            sort_by(&mut values, f64::total_cmp);
            let shown = rated_enough(values.len(), counted.len());
            Seen {
                id: id.clone(),
                rated: values.len(),
                mean: mean(&values).filter(|_| shown),
                range: values.first().zip(values.last()).map(|(lo, hi)| (*lo, *hi)).filter(|_| shown),
            }
        })
        .collect();
    Some(Others::new(counted.len(), characteristics))
}

/// What a collector passes on for `feedback`, all answering one request: `None` below three.
pub fn summary_of(feedback: &[Feedback]) -> Option<Summary> {
    let view = from_feedback(&feedback[..feedback.len().min(MAX_SUMMARISED)])?;
    let first = &feedback[0];
    Some(Summary {
        request: first.request.clone(),
        variant: first.variant,
        bank_version: first.bank_version,
        colleagues: view.colleagues,
        // Rounded here, as the code carries it, so that the collector sees what they send.
        characteristics: view.characteristics.iter().map(|c| (c.rated, c.mean.map(round1))).collect(),
    })
}

/// The view a summary carries: means without ranges.
pub fn from_summary(summary: &Summary) -> Others {
    let bank = Bank::named(summary.bank_version);
    let characteristics = bank
        .characteristics
        .iter()
        .zip(&summary.characteristics)
        .map(|(id, (rated, mean))| Seen { id: id.clone(), rated: *rated, mean: *mean, range: None })
        .collect();
    Others::new(summary.colleagues, characteristics)
}

/// Where one's own score and colleagues' mean differ by at least this much, the gap is
/// named: the spread below which a profile counts as flat (`Variant::noise`, full).
pub const NAMED_GAP: f64 = 0.5;

/// One characteristic where the two views differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub id: String,
    pub own: f64,
    pub others: f64,
}

impl Gap {
    pub fn size(&self) -> f64 {
        (self.others - self.own).abs()
    }
}

/// How many gaps of each kind are named, unless more tie with the last (all are named).
pub const GAPS_NAMED: usize = 3;

/// The largest gaps, largest first, compared as shown (one decimal): where colleagues see
/// more than one reports (a hidden strength), and where one reports more than colleagues
/// see (worth asking about). Each list stops at [`GAPS_NAMED`], ties at the cut included.
pub fn gaps(own: &Score, others: &Others) -> (Vec<Gap>, Vec<Gap>) {
    let mut all: Vec<Gap> = own
        .characteristics
        .iter()
        .zip(&others.characteristics)
        .filter_map(|(mine, theirs)| {
            Some(Gap { id: mine.id.clone(), own: round1(mine.mean?), others: round1(theirs.mean?) })
        })
        .filter(|g| g.size() >= NAMED_GAP - 1e-9)
        .collect();
    sort_by(&mut all, |a, b| b.size().total_cmp(&a.size()));
    let (hidden, asking) = all.into_iter().partition(|g| g.others > g.own);
    (largest(hidden), largest(asking))
}

/// The first [`GAPS_NAMED`] of `gaps` (largest first) and any that tie with the last.
fn largest(mut gaps: Vec<Gap>) -> Vec<Gap> {
    let Some(cut) = gaps.get(GAPS_NAMED.saturating_sub(1)).map(Gap::size) else { return gaps };
    gaps.retain(|g| g.size() >= cut - 1e-9);
    gaps
}
