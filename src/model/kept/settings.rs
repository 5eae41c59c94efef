//! What the user keeps beside their results: a goal per characteristic, and when they
//! last made a backup.

use crate::model::json::{object, FromJson, Json, ToJson};
use crate::model::kept::history::SavedResult;
use crate::model::number::round1;
use crate::model::questionnaire::answers::{SCALE_MAX, SCALE_MIN};
use crate::model::questionnaire::bank::Bank;
use crate::model::sorted::SortedMap;

/// Target scores by characteristic id.
pub type Goals = SortedMap<String, f64>;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    /// Target score by characteristic id, 1.0–5.0 in steps of 0.1.
    pub goals: Goals,
    /// When the user last exported a backup, in milliseconds since the Unix epoch.
    pub last_backup: Option<u64>,
}

impl FromJson for Settings {
    fn from_json(json: &Json) -> Option<Settings> {
        Some(Settings { goals: json.field_or_default("goals")?, last_backup: json.field_or_default("last_backup")? })
    }
}

impl ToJson for Settings {
    fn to_json(&self) -> Json {
        object([("goals", self.goals.to_json()), ("last_backup", self.last_backup.to_json())])
    }
}

/// A goal as it is kept: on the scale, to one decimal; `None` for no number at all.
pub fn goal_on_scale(goal: f64) -> Option<f64> {
    goal.is_finite().then(|| round1(goal.clamp(SCALE_MIN, SCALE_MAX)))
}

impl Settings {
    /// Sets or (with `None`) clears a goal; a goal off the scale is brought onto it, and
    /// one that is no number at all changes nothing.
    pub fn set_goal(&mut self, characteristic: &str, goal: Option<f64>) {
        match goal {
            Some(goal) => {
                if let Some(goal) = goal_on_scale(goal) {
                    self.goals.insert(characteristic.to_string(), goal);
                }
            }
            None => {
                self.goals.remove(characteristic);
            }
        }
    }

    /// Results taken since the last backup: the ones a cleared browser would lose.
    pub fn not_backed_up(&self, history: &[SavedResult]) -> usize {
        history.iter().filter(|r| self.last_backup.is_none_or(|at| r.taken_at > at)).count()
    }

    /// The goal of each characteristic, in the bank's order.
    pub fn goals_in_order(&self, bank: &Bank) -> Vec<Option<f64>> {
        bank.characteristics.iter().map(|c| self.goals.get(c).copied()).collect()
    }

    /// Keeps only goals for known characteristics, on the scale; used on data from outside.
    pub fn sanitised(mut self, bank: &Bank) -> Settings {
        self.goals.retain(|id, goal| bank.characteristic_index(id).is_some() && (SCALE_MIN..=SCALE_MAX).contains(goal));
        for goal in self.goals.values_mut() {
            *goal = round1(*goal);
        }
        self
    }
}
