//! Scoring: keyed answers, characteristic and overall means, and the flags that say
//! answers may not reflect careful reading.

use crate::model::number::{mean, round1};
use crate::model::questionnaire::answers::{Answer, Answers, Likert};
use crate::model::questionnaire::bank::{Bank, Item, Variant};
use crate::model::sorted::sort_by;

/// One characteristic's result.
#[derive(Debug, Clone, PartialEq)]
pub struct CharacteristicScore {
    pub id: String,
    /// Mean of the keyed answers, 1.0–5.0; `None` when too few items were answered.
    pub mean: Option<f64>,
    pub answered: usize,
    pub asked: usize,
}

/// Signs that answers may not reflect careful reading; shown gently, never hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flag {
    /// Every answer is the same.
    StraightLining,
    /// Reverse-keyed items and their partners more than 2 points apart after keying, as
    /// `(item, partner)`: one flag for the pattern, however many pairs show it. Not
    /// raised with straight-lining, which already explains every such pair.
    Inconsistent(Vec<(String, String)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// In the bank's canonical order.
    pub characteristics: Vec<CharacteristicScore>,
    /// Mean of the characteristic scores, only when enough of them have one
    /// ([`minimum_for_overall`]).
    pub overall: Option<f64>,
    pub flags: Vec<Flag>,
    /// The questionnaire answered, which sets how close scores may be and still be noise.
    pub variant: Variant,
}

/// Strengths and focus areas, or none when the profile is too even to single any out.
#[derive(Debug, Clone, PartialEq)]
pub enum Picks<'a> {
    /// The highest and lowest scores are closer than the variant's `flat` threshold.
    Flat,
    /// Highest first and lowest first; a tie at the cut is named whole, so a list can be
    /// longer than three or two.
    Named { strongest: Vec<&'a CharacteristicScore>, focus: Vec<&'a CharacteristicScore> },
}

/// Below this many answers, identical answers say little, so no straight-lining flag.
const STRAIGHT_LINE_MINIMUM: usize = 5;
/// Larger gaps between an item and its reverse partner suggest a misread item.
const INCONSISTENCY_GAP: f64 = 2.0;

/// An answer as it counts towards its characteristic: reverse-keyed answers become 6 − a;
/// "hasn't come up" does not count.
pub fn keyed(item: &Item, answer: Answer) -> Option<f64> {
    let answer = answer.scale()?;
    let value = if item.is_reverse() { answer.mirrored() } else { answer };
    Some(f64::from(value.value()))
}

/// The fewest answers that give a characteristic a score: 3 of 4, or 1 of 1 in the pulse.
pub fn minimum_answers(asked: usize) -> usize {
    (asked * 3).div_ceil(4)
}

/// The fewest characteristic scores that make an overall score: 8 of 10. Fewer would
/// make it a different measure, not comparable with the results it is trended against.
pub fn minimum_for_overall(characteristics: usize) -> usize {
    (characteristics * 4).div_ceil(5)
}

/// The mean of `scored`, if they are enough of `characteristics` to make an overall.
pub fn overall_of(scored: &[f64], characteristics: usize) -> Option<f64> {
    mean(scored).filter(|_| scored.len() >= minimum_for_overall(characteristics))
}

/// How many strengths and focus areas a result names when nothing ties at the cut.
pub const STRONGEST: usize = 3;
pub const FOCUS: usize = 2;

pub fn score(bank: &Bank, variant: Variant, answers: &Answers) -> Score {
    let characteristics: Vec<CharacteristicScore> = bank
        .characteristics
        .iter()
        .map(|id| {
            let asked: Vec<&Item> = bank.items_of(id).filter(|i| variant.asks(i)).collect();
            let keyed_answers: Vec<f64> =
                asked.iter().filter_map(|item| answers.get(&item.id).and_then(|a| keyed(item, *a))).collect();
            let enough = keyed_answers.len() >= minimum_answers(asked.len());
            CharacteristicScore {
                id: id.clone(),
                mean: mean(&keyed_answers).filter(|_| enough),
                answered: keyed_answers.len(),
                asked: asked.len(),
            }
        })
        .collect();
    let scored: Vec<f64> = characteristics.iter().filter_map(|c| c.mean).collect();
    Score {
        overall: overall_of(&scored, characteristics.len()),
        flags: flags(bank, variant, answers),
        characteristics,
        variant,
    }
}

fn flags(bank: &Bank, variant: Variant, answers: &Answers) -> Vec<Flag> {
    let asked: Vec<&Item> = bank.order(variant);
    let given: Vec<Likert> = asked.iter().filter_map(|i| answers.get(&i.id).and_then(|a| a.scale())).collect();
    if given.len() >= STRAIGHT_LINE_MINIMUM && given.iter().all(|a| *a == given[0]) {
        return vec![Flag::StraightLining];
    }
    let mut pairs = Vec::new();
    for item in asked.iter().filter(|i| i.is_reverse()) {
        let Some(partner) = item.partner.as_deref().and_then(|p| bank.item(p)) else { continue };
        let keyed_of = |item: &Item| answers.get(&item.id).and_then(|a| keyed(item, *a));
        if let (Some(a), Some(b)) = (keyed_of(item), keyed_of(partner)) {
            if (a - b).abs() > INCONSISTENCY_GAP {
                pairs.push((item.id.clone(), partner.id.clone()));
            }
        }
    }
    if pairs.is_empty() {
        Vec::new()
    } else {
        vec![Flag::Inconsistent(pairs)]
    }
}

/// From `ranked` (best first for the list being made), whole groups of equal shown
/// scores while fewer than `want` are taken; the first group always, a later one only if
/// the list stays within `limit`.
fn take_ties<'a>(
    ranked: impl Iterator<Item = &'a CharacteristicScore>,
    want: usize,
    limit: usize,
) -> Vec<&'a CharacteristicScore> {
    let mut groups: Vec<Vec<&CharacteristicScore>> = Vec::new();
    for c in ranked {
        let shown = c.mean.map(round1);
        match groups.last_mut() {
            Some(group) if group[0].mean.map(round1) == shown => group.push(c),
            _ => groups.push(vec![c]),
        }
    }
    let mut taken = Vec::new();
    for group in groups {
        if taken.len() >= want || (!taken.is_empty() && taken.len() + group.len() > limit) {
            break;
        }
        taken.extend(group);
    }
    taken
}

impl Score {
    /// Scored characteristics, highest first; ties keep the canonical order.
    pub fn ranked(&self) -> Vec<&CharacteristicScore> {
        self.sorted(|a, b| b.total_cmp(a))
    }

    /// The highest shown score less the lowest; 0 without scores.
    pub fn spread(&self) -> f64 {
        let ranked = self.ranked();
        match (ranked.first().and_then(|c| c.mean), ranked.last().and_then(|c| c.mean)) {
            (Some(top), Some(bottom)) => round1(top) - round1(bottom),
            _ => 0.0,
        }
    }

    /// Every characteristic, highest first, those without a score last.
    pub fn display_order(&self) -> Vec<&CharacteristicScore> {
        let mut order = self.ranked();
        order.extend(self.characteristics.iter().filter(|c| c.mean.is_none()));
        order
    }

    /// Strengths and focus areas. Scores are compared as shown (one decimal), so what
    /// looks equal is treated as equal: only the scores decide, never the order of the
    /// characteristics. A tie at a cut is named whole, unless naming it would take a list
    /// past half the scored characteristics; then the list stops above it.
    pub fn picks(&self) -> Picks<'_> {
        let ranked = self.ranked();
        // Against rounding: 4.3 − 3.8 must count as the 0.5 it shows.
        if ranked.is_empty() || (ranked.len() > 1 && self.spread() < self.variant.noise().flat - 1e-9) {
            return Picks::Flat;
        }
        let limit = (ranked.len() / 2).max(1);
        let strongest = take_ties(ranked.iter().copied(), STRONGEST, limit);
        // Sorted afresh rather than reversed, so that ties keep the canonical order here too.
        let focus = take_ties(self.sorted(f64::total_cmp).into_iter(), FOCUS, limit)
            .into_iter()
            .filter(|c| !strongest.iter().any(|s| s.id == c.id))
            .collect();
        Picks::Named { strongest, focus }
    }

    fn sorted(&self, order: impl Fn(&f64, &f64) -> std::cmp::Ordering) -> Vec<&CharacteristicScore> {
        let mut scored: Vec<(&CharacteristicScore, f64)> =
            self.characteristics.iter().filter_map(|c| c.mean.map(|m| (c, m))).collect();
        sort_by(&mut scored, |(_, a), (_, b)| order(a, b));
        scored.into_iter().map(|(c, _)| c).collect()
    }

    /// Each characteristic's mean, in the bank's order.
    pub fn means(&self) -> Vec<Option<f64>> {
        self.characteristics.iter().map(|c| c.mean).collect()
    }

    /// How many characteristics have a score.
    pub fn scored(&self) -> usize {
        self.characteristics.iter().filter(|c| c.mean.is_some()).count()
    }
}
