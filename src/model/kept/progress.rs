//! The assessment in progress, kept until it is finished: which items are asked, on
//! which page. A colleague answering someone's feedback request fills in one too, kept
//! apart from their own.

use crate::model::json::{object, FromJson, Json, ToJson};
use crate::model::questionnaire::answers::{Answer, Answers};
use crate::model::questionnaire::bank::{Bank, Item, Variant};
use crate::model::sharing::request::Request;
use crate::model::sharing::workshop::Workshop;

/// Items shown on one page of the questionnaire.
pub const PER_PAGE: usize = 5;

/// An assessment that has been started and not yet finished.
#[derive(Debug, Clone, PartialEq)]
pub struct InProgress {
    pub variant: Variant,
    pub bank_version: u32,
    /// Zero-based page index.
    pub page: usize,
    pub answers: Answers,
    /// Milliseconds since the Unix epoch.
    pub started_at: u64,
    /// The workshop this assessment is taken for, if any.
    pub workshop: Option<Workshop>,
    /// The request answered, when these are a colleague's answers about someone else.
    pub request: Option<Request>,
}

/// A colleague's answers to someone's request: being given, or given and waiting to be
/// sent back. Kept until the colleague says they have sent them.
/// Stored as one object, its `stage` beside the fields of either.
#[derive(Debug, Clone, PartialEq)]
pub enum Giving {
    Answering(InProgress),
    Answered { request: Request, code: String },
}

impl FromJson for InProgress {
    fn from_json(json: &Json) -> Option<InProgress> {
        Some(InProgress {
            variant: json.field("variant")?,
            bank_version: json.field("bank_version")?,
            page: json.field("page")?,
            answers: json.field("answers")?,
            started_at: json.field("started_at")?,
            workshop: json.field_or_default("workshop")?,
            request: json.field_or_default("request")?,
        })
    }
}

impl ToJson for InProgress {
    fn to_json(&self) -> Json {
        object([
            ("variant", self.variant.to_json()),
            ("bank_version", self.bank_version.to_json()),
            ("page", self.page.to_json()),
            ("answers", self.answers.to_json()),
            ("started_at", self.started_at.to_json()),
        ])
        .with("workshop", self.workshop.to_json(), self.workshop.is_none())
        .with("request", self.request.to_json(), self.request.is_none())
    }
}

impl FromJson for Giving {
    fn from_json(json: &Json) -> Option<Giving> {
        match json.get("stage")?.as_str()? {
            "answering" => InProgress::from_json(json).map(Giving::Answering),
            "answered" => Some(Giving::Answered { request: json.field("request")?, code: json.field("code")? }),
            _ => None,
        }
    }
}

impl ToJson for Giving {
    fn to_json(&self) -> Json {
        match self {
            Giving::Answering(progress) => object([("stage", "answering".to_json())]).extended(progress.to_json()),
            Giving::Answered { request, code } => {
                object([("stage", "answered".to_json()), ("request", request.to_json()), ("code", code.to_json())])
            }
        }
    }
}

impl Giving {
    pub fn request(&self) -> Option<&Request> {
        match self {
            Giving::Answering(progress) => progress.request.as_ref(),
            Giving::Answered { request, .. } => Some(request),
        }
    }
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
            request: None,
        }
    }

    /// A colleague's answers to `request`, with the edition it asks.
    pub fn for_request(request: Request, now: u64) -> InProgress {
        InProgress {
            bank_version: request.bank_version,
            request: Some(request.clone()),
            ..InProgress::new(request.variant, None, now)
        }
    }

    /// Whether `answer` can be given to `item` here: "hasn't come up" only where the item
    /// is situational, but "I haven't seen this" by a colleague to any item.
    pub fn accepts(&self, item: &Item, answer: Answer) -> bool {
        self.variant.asks(item) && (self.request.is_some() || item.accepts(self.variant, answer))
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
        let answers = std::mem::take(&mut self.answers);
        self.answers = answers
            .into_iter()
            .filter(|(id, answer)| bank.item(id).is_some_and(|item| self.accepts(item, *answer)))
            .collect();
        self.page = self.page.min(self.page_count().saturating_sub(1));
        Some(self)
    }
}
