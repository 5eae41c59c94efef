//! A workshop's group: the codes its facilitator collects, checked one by one, and the
//! profile computed from them, and only from three of them up.

use crate::model::json::{object, FromJson, Json, ToJson};
use crate::model::number::mean;
use crate::model::questionnaire::bank::Bank;
use crate::model::questionnaire::scoring::{overall_of, Score};
use crate::model::sharing::code::{self, decode, SharedResult};
use crate::model::sharing::envelope::{normalised, CodeError};
use crate::model::sharing::paste::codes_in;
use crate::model::sharing::workshop::Workshop;
use crate::model::sorted::sort_by;

/// Below this, nothing of the group is shown: it would tell one person's answers.
pub const MIN_GROUP: usize = 3;
/// A workshop's codes are capped: a room is 5 to 50 people.
pub const MAX_GROUP: usize = 500;

/// A workshop the facilitator created, with the codes collected for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facilitated {
    pub workshop: Workshop,
    pub created_at: u64,
    pub codes: Vec<String>,
}

impl FromJson for Facilitated {
    fn from_json(json: &Json) -> Option<Facilitated> {
        Some(Facilitated {
            workshop: json.field("workshop")?,
            created_at: json.field("created_at")?,
            codes: json.field_or_default("codes")?,
        })
    }
}

impl ToJson for Facilitated {
    fn to_json(&self) -> Json {
        object([
            ("workshop", self.workshop.to_json()),
            ("created_at", self.created_at.to_json()),
            ("codes", self.codes.to_json()),
        ])
    }
}

impl Facilitated {
    /// As read back from storage: the workshop as its link gives it, and codes only in the
    /// form `add_codes` keeps them; `None` if anything would be refused.
    pub fn checked(self) -> Option<Facilitated> {
        let workshop = self.workshop.checked()?;
        self.codes.iter().all(|c| code::is_normalised(c)).then_some(Facilitated { workshop, ..self })
    }
}

/// What became of one pasted code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Duplicate,
    OtherWorkshop,
    Invalid(CodeError),
    /// The group already holds MAX_GROUP codes.
    Full,
}

/// Adds every code found in `text` to the workshop's `codes`, and says what became of
/// each. One person's result counts once, however it was copied and whether or not it
/// carries their name.
pub fn add_codes(codes: &mut Vec<String>, text: &str, workshop: &Workshop) -> Vec<(String, Verdict)> {
    let mut known: Vec<String> = codes.iter().filter_map(|c| fingerprint(c)).collect();
    codes_in(text)
        .into_iter()
        .map(|piece| {
            let code = normalised(&piece);
            let verdict = match decode(&code) {
                Err(error) => Verdict::Invalid(error),
                Ok(result)
                    if result.workshop != workshop.id
                        || result.variant != workshop.variant
                        || result.bank_version != workshop.bank_version =>
                {
                    Verdict::OtherWorkshop
                }
                Ok(result) if !complete(&result) => Verdict::Invalid(CodeError::Damaged),
                Ok(result) => {
                    let print = code::fingerprint(&result);
                    if known.contains(&print) {
                        Verdict::Duplicate
                    } else if codes.len() >= MAX_GROUP {
                        Verdict::Full
                    } else {
                        codes.push(code.clone());
                        known.push(print);
                        Verdict::Accepted
                    }
                }
            };
            (piece.chars().take(60).collect(), verdict)
        })
        .collect()
}

fn fingerprint(code: &str) -> Option<String> {
    decode(code).ok().map(|r| code::fingerprint(&r))
}

/// Every item of its variant answered, as the questionnaire itself ensures.
fn complete(result: &SharedResult) -> bool {
    Bank::named(result.bank_version).asked(result.variant).all(|i| result.answers.contains_key(&i.id))
}

/// The group's profile: per characteristic the mean, the range and everyone's point.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub participants: usize,
    /// The mean of the participants' scores, as a `Score` for charts and summaries.
    pub mean: Score,
    /// Everyone's score per characteristic (canonical order), sorted, unnamed.
    pub points: Vec<Vec<f64>>,
}

/// The results behind the codes this app can read (not those made with a newer edition
/// of the questions).
pub fn readable(codes: &[String]) -> Vec<SharedResult> {
    codes.iter().filter_map(|c| code::decode(c).ok()).collect()
}

/// `None` below MIN_GROUP participants. The same whatever the order of the codes.
pub fn profile(codes: &[String]) -> Option<Profile> {
    profile_of(&readable(codes))
}

/// Each result is scored with its own edition of the questions; the characteristics are
/// the same in every edition.
pub fn profile_of(results: &[SharedResult]) -> Option<Profile> {
    if results.len() < MIN_GROUP {
        return None;
    }
    let scores: Vec<Score> = results.iter().map(SharedResult::score).collect();
    let mut group = scores[0].clone();
    let mut points = Vec::with_capacity(group.characteristics.len());
    for (i, characteristic) in group.characteristics.iter_mut().enumerate() {
        let mut values: Vec<f64> = scores.iter().filter_map(|s| s.characteristics[i].mean).collect();
        sort_by(&mut values, f64::total_cmp);
        // Fewer values than that would show somebody's own score.
        if values.len() < MIN_GROUP {
            values.clear();
        }
        characteristic.mean = mean(&values);
        characteristic.answered = values.len();
        points.push(values);
    }
    let overall: Vec<f64> = group.characteristics.iter().filter_map(|c| c.mean).collect();
    group.overall = overall_of(&overall, group.characteristics.len());
    group.flags.clear();
    Some(Profile { participants: results.len(), mean: group, points })
}
