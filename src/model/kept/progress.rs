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
    /// Answered with the current edition of the questions, or in a workshop with the
    /// edition the workshop was created with, so that its group's results compare.
    pub fn new(variant: Variant, workshop: Option<Workshop>, now: u64) -> InProgress {
        InProgress {
            variant,
            bank_version: workshop.as_ref().map_or(Bank::current().version, |w| w.bank_version),
            page: 0,
            answers: Answers::new(),
            started_at: now,
            workshop,
        }
    }

    /// The edition of the questions it is answered with: the one it was started with,
    /// even after a newer edition arrives, so that no answer is lost.
    pub fn bank(&self) -> &'static Bank {
        Bank::named(self.bank_version)
    }

    pub fn page_count(&self) -> usize {
        self.bank().order(self.variant).len().div_ceil(PER_PAGE)
    }

    pub fn page_items(&self, page: usize) -> Vec<&'static Item> {
        self.bank().order(self.variant).into_iter().skip(page * PER_PAGE).take(PER_PAGE).collect()
    }

    pub fn is_last_page(&self) -> bool {
        self.page + 1 >= self.page_count()
    }

    /// How many of this variant's items have an answer ("hasn't come up" is one).
    pub fn answered(&self) -> usize {
        self.bank().order(self.variant).iter().filter(|item| self.answers.contains_key(&item.id)).count()
    }

    /// The unanswered items with the (zero-based) page each is on, in asking order.
    pub fn unanswered(&self) -> Vec<(usize, &'static Item)> {
        self.bank()
            .order(self.variant)
            .into_iter()
            .enumerate()
            .filter(|(_, item)| !self.answers.contains_key(&item.id))
            .map(|(position, item)| (position / PER_PAGE, item))
            .collect()
    }

    /// Keeps only what a valid assessment can hold; used on data read from storage.
    /// `None` for an edition of the questions this app does not know.
    pub fn sanitised(mut self) -> Option<InProgress> {
        let bank = Bank::of_version(self.bank_version)?;
        self.answers.retain(|id, answer| bank.item(id).is_some_and(|item| item.accepts(self.variant, *answer)));
        self.page = self.page.min(self.page_count().saturating_sub(1));
        Some(self)
    }
}
