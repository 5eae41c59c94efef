//! Answers and the assessment in progress: which items are asked, on which page.

use crate::model::bank::{Bank, Item, Variant};
use crate::model::workshop::Workshop;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Items shown on one page of the questionnaire.
pub const PER_PAGE: usize = 5;

/// An answer on the five-point frequency scale, 1 (Never) to 5 (Almost always).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
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

/// Answers by item id.
pub type Answers = BTreeMap<String, Likert>;

/// An assessment that has been started and not yet finished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InProgress {
    pub variant: Variant,
    pub bank_version: u32,
    /// Zero-based page index.
    pub page: usize,
    pub answers: Answers,
    /// Milliseconds since the Unix epoch.
    pub started_at: u64,
    /// The workshop this assessment is taken for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<Workshop>,
}

impl InProgress {
    pub fn new(bank: &Bank, variant: Variant, now: u64) -> InProgress {
        InProgress {
            variant,
            bank_version: bank.version,
            page: 0,
            answers: Answers::new(),
            started_at: now,
            workshop: None,
        }
    }

    pub fn page_count(&self, bank: &Bank) -> usize {
        bank.order(self.variant).len().div_ceil(PER_PAGE)
    }

    pub fn page_items<'a>(&self, bank: &'a Bank, page: usize) -> Vec<&'a Item> {
        bank.order(self.variant).into_iter().skip(page * PER_PAGE).take(PER_PAGE).collect()
    }

    pub fn is_last_page(&self, bank: &Bank) -> bool {
        self.page + 1 >= self.page_count(bank)
    }

    /// How many of this variant's items have an answer.
    pub fn answered(&self, bank: &Bank) -> usize {
        bank.order(self.variant).iter().filter(|item| self.answers.contains_key(&item.id)).count()
    }

    /// The unanswered items with the (zero-based) page each is on, in asking order.
    pub fn unanswered<'a>(&self, bank: &'a Bank) -> Vec<(usize, &'a Item)> {
        bank.order(self.variant)
            .into_iter()
            .enumerate()
            .filter(|(_, item)| !self.answers.contains_key(&item.id))
            .map(|(position, item)| (position / PER_PAGE, item))
            .collect()
    }

    /// Keeps only what a valid assessment can hold; used on data read from storage.
    pub fn sanitised(mut self, bank: &Bank) -> InProgress {
        self.answers.retain(|id, _| bank.item(id).is_some_and(|item| Bank::includes(self.variant, item)));
        self.page = self.page.min(self.page_count(bank).saturating_sub(1));
        self
    }
}
