//! Answers on the five-point frequency scale.

use crate::model::json::{FromJson, Json, ToJson};
use crate::model::sorted::SortedMap;

/// The answer scale, which every score and chart shares: it starts at 1, not 0.
pub const SCALE_MIN: f64 = 1.0;
pub const SCALE_MAX: f64 = 5.0;

/// An answer on the five-point frequency scale, 1 (Never) to 5 (Almost always).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Likert(u8);

impl Likert {
    pub const ALL: [Likert; 5] = [Likert(1), Likert(2), Likert(3), Likert(4), Likert(5)];

    pub fn new(value: u8) -> Option<Likert> {
        (1..=5).contains(&value).then_some(Likert(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// The answer on the other side of the scale: 1 ↔ 5, 2 ↔ 4.
    pub fn mirrored(self) -> Likert {
        Likert(6 - self.0)
    }
}

impl TryFrom<u8> for Likert {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Likert::new(value).ok_or_else(|| format!("answer {value} is outside 1–5"))
    }
}

impl From<Likert> for u8 {
    fn from(answer: Likert) -> u8 {
        answer.0
    }
}

/// What a person said about one item: how often, or that the situation it describes
/// has not come up, which is no answer on the scale and is never scored.
/// Stored as its number (see `NOT_COME_UP`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Answer {
    Scale(Likert),
    NotComeUp,
}

/// How "hasn't come up" is stored: a number beside the scale's, so that stored answers stay numbers.
const NOT_COME_UP: u8 = 0;

impl Answer {
    /// The point on the scale, if the answer is one.
    pub fn scale(self) -> Option<Likert> {
        match self {
            Answer::Scale(answer) => Some(answer),
            Answer::NotComeUp => None,
        }
    }
}

impl From<Likert> for Answer {
    fn from(answer: Likert) -> Answer {
        Answer::Scale(answer)
    }
}

impl TryFrom<u8> for Answer {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        match value {
            NOT_COME_UP => Ok(Answer::NotComeUp),
            _ => Likert::try_from(value).map(Answer::Scale),
        }
    }
}

impl From<Answer> for u8 {
    fn from(answer: Answer) -> u8 {
        answer.scale().map_or(NOT_COME_UP, Likert::value)
    }
}

impl FromJson for Answer {
    fn from_json(json: &Json) -> Option<Answer> {
        Answer::try_from(u8::try_from(json.as_u64()?).ok()?).ok()
    }
}

impl ToJson for Answer {
    fn to_json(&self) -> Json {
        u32::from(u8::from(*self)).to_json()
    }
}

/// Answers by item id.
pub type Answers = SortedMap<String, Answer>;
