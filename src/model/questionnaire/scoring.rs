//! Scoring: keyed answers, characteristic and overall means, and the flags that say
//! answers may not reflect careful reading.

use crate::model::number::mean;
use crate::model::questionnaire::answers::{Answers, Likert};
use crate::model::questionnaire::bank::{Bank, Item, Variant};

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
    /// A reverse-keyed item and its partner are more than 2 points apart after keying.
    Inconsistent { item: String, partner: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// In the bank's canonical order.
    pub characteristics: Vec<CharacteristicScore>,
    /// Mean of the characteristic scores that have one.
    pub overall: Option<f64>,
    pub flags: Vec<Flag>,
}

/// Below this many answers, identical answers say little, so no straight-lining flag.
const STRAIGHT_LINE_MINIMUM: usize = 5;
/// Larger gaps between an item and its reverse partner suggest a misread item.
const INCONSISTENCY_GAP: f64 = 2.0;

/// An answer as it counts towards its characteristic: reverse-keyed answers become 6 − a.
pub fn keyed(item: &Item, answer: Likert) -> f64 {
    let value = if item.is_reverse() { answer.mirrored() } else { answer };
    f64::from(value.value())
}

/// The fewest answers that give a characteristic a score: 3 of 4, or 1 of 1 in the pulse.
pub fn minimum_answers(asked: usize) -> usize {
    (asked * 3).div_ceil(4)
}

pub fn score(bank: &Bank, variant: Variant, answers: &Answers) -> Score {
    let characteristics: Vec<CharacteristicScore> = bank
        .characteristics
        .iter()
        .map(|id| {
            let asked: Vec<&Item> = bank.items_of(id).filter(|i| variant.asks(i)).collect();
            let keyed_answers: Vec<f64> =
                asked.iter().filter_map(|item| answers.get(&item.id).map(|a| keyed(item, *a))).collect();
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
    Score { overall: mean(&scored), flags: flags(bank, variant, answers), characteristics }
}

fn flags(bank: &Bank, variant: Variant, answers: &Answers) -> Vec<Flag> {
    let asked: Vec<&Item> = bank.order(variant);
    let given: Vec<Likert> = asked.iter().filter_map(|i| answers.get(&i.id).copied()).collect();
    let mut flags = Vec::new();
    if given.len() >= STRAIGHT_LINE_MINIMUM && given.iter().all(|a| *a == given[0]) {
        flags.push(Flag::StraightLining);
    }
    for item in asked.iter().filter(|i| i.is_reverse()) {
        let Some(partner) = item.partner.as_deref().and_then(|p| bank.item(p)) else { continue };
        if let (Some(a), Some(b)) = (answers.get(&item.id), answers.get(&partner.id)) {
            if (keyed(item, *a) - keyed(partner, *b)).abs() > INCONSISTENCY_GAP {
                flags.push(Flag::Inconsistent { item: item.id.clone(), partner: partner.id.clone() });
            }
        }
    }
    flags
}

impl Score {
    /// Scored characteristics, highest first; ties keep the canonical order.
    pub fn ranked(&self) -> Vec<&CharacteristicScore> {
        self.sorted(|a, b| b.total_cmp(a))
    }

    /// Every characteristic, highest first, those without a score last.
    pub fn display_order(&self) -> Vec<&CharacteristicScore> {
        let mut order = self.ranked();
        order.extend(self.characteristics.iter().filter(|c| c.mean.is_none()));
        order
    }

    /// The three highest scores.
    pub fn strongest(&self) -> Vec<&CharacteristicScore> {
        self.ranked().into_iter().take(3).collect()
    }

    /// The two lowest scores, lowest first, never one of the strongest (when all scores
    /// tie, the same characteristic must not be named as both).
    pub fn focus_areas(&self) -> Vec<&CharacteristicScore> {
        let strongest = self.strongest();
        self.sorted(f64::total_cmp).into_iter().filter(|c| !strongest.iter().any(|s| s.id == c.id)).take(2).collect()
    }

    fn sorted(&self, order: impl Fn(&f64, &f64) -> std::cmp::Ordering) -> Vec<&CharacteristicScore> {
        let mut scored: Vec<(&CharacteristicScore, f64)> =
            self.characteristics.iter().filter_map(|c| c.mean.map(|m| (c, m))).collect();
        scored.sort_by(|(_, a), (_, b)| order(a, b));
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
