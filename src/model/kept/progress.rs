//! The assessment in progress, kept until it is finished: which items are asked, on
//! which page.

use crate::model::questionnaire::answers::Answers;
use crate::model::questionnaire::bank::{Bank, Item, Variant};
use crate::model::sharing::workshop::Workshop;
use serde::{Deserialize, Serialize};

/// Items shown on one page of the questionnaire.
pub const PER_PAGE: usize = 5;

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
        self.answers.retain(|id, _| bank.item(id).is_some_and(|item| self.variant.asks(item)));
        self.page = self.page.min(self.page_count(bank).saturating_sub(1));
        self
    }
}
