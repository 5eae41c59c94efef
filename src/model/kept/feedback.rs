//! Feedback as it is kept: the requests a person made, with the codes their colleagues or
//! their collector sent back, and the collections a person runs for someone else.

use crate::model::json::{object, FromJson, Json, ToJson};
use crate::model::kept::history::Removals;
use crate::model::questionnaire::bank::Variant;
use crate::model::sharing::envelope::{is_normalised, normalised, CodeError};
use crate::model::sharing::feedback::{
    decode_feedback, decode_summary, Feedback, Summary, FEEDBACK_PREFIX, SUMMARY_PREFIX,
};
use crate::model::sharing::others::{from_feedback, from_summary, Others};
use crate::model::sharing::paste::codes_in;
use crate::model::sharing::request::Request;

/// A request's or a collection's codes are capped: far more colleagues than anyone asks.
pub const MAX_CODES: usize = 200;

/// A request the person made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub request: Request,
    pub created_at: u64,
    /// The person's own result that colleagues' view is set beside.
    pub result: Option<String>,
    /// Feedback codes (straight back) or summary codes (through a collector), as received.
    pub codes: Vec<String>,
    /// No longer offered to colleagues; what came back is kept.
    pub closed: bool,
}

/// A collection the person runs for someone else's request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collecting {
    pub request: Request,
    pub created_at: u64,
    /// Feedback codes, as received.
    pub codes: Vec<String>,
}

/// Everything about feedback one keeps, with deleted requests and collections remembered
/// so that another tab's copy does not bring them back.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeedbackBook {
    pub asked: Vec<Asked>,
    pub collecting: Vec<Collecting>,
    pub removed: Removals,
}

impl FromJson for Asked {
    fn from_json(json: &Json) -> Option<Asked> {
        Some(Asked {
            request: json.field("request")?,
            created_at: json.field("created_at")?,
            result: json.field_or_default("result")?,
            codes: json.field_or_default("codes")?,
            closed: json.field_or_default("closed")?,
        })
    }
}

impl ToJson for Asked {
    fn to_json(&self) -> Json {
        object([("request", self.request.to_json()), ("created_at", self.created_at.to_json())])
            .with("result", self.result.to_json(), self.result.is_none())
            .with("codes", self.codes.to_json(), false)
            .with("closed", self.closed.to_json(), false)
    }
}

impl FromJson for Collecting {
    fn from_json(json: &Json) -> Option<Collecting> {
        Some(Collecting {
            request: json.field("request")?,
            created_at: json.field("created_at")?,
            codes: json.field_or_default("codes")?,
        })
    }
}

impl ToJson for Collecting {
    fn to_json(&self) -> Json {
        object([
            ("request", self.request.to_json()),
            ("created_at", self.created_at.to_json()),
            ("codes", self.codes.to_json()),
        ])
    }
}

/// Deletes are read as the history's are (`Removals::from_entries`), so that looking
/// one up finds it.
impl FromJson for FeedbackBook {
    fn from_json(json: &Json) -> Option<FeedbackBook> {
        Some(FeedbackBook {
            asked: json.field_or_default("asked")?,
            collecting: json.field_or_default("collecting")?,
            removed: json.field_or_default("removed")?,
        })
    }
}

impl ToJson for FeedbackBook {
    fn to_json(&self) -> Json {
        object([
            ("asked", self.asked.to_json()),
            ("collecting", self.collecting.to_json()),
            ("removed", self.removed.to_json()),
        ])
    }
}

/// What became of one pasted code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    Accepted,
    Duplicate,
    /// For another request.
    OtherRequest,
    /// A colleague's own code, where only a collector's summary belongs (or the reverse).
    WrongKind,
    Invalid(CodeError),
    /// The cap of [`MAX_CODES`] is reached.
    Full,
}

/// The kind of code a request or collection takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Feedback,
    Summary,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Feedback => FEEDBACK_PREFIX,
            Kind::Summary => SUMMARY_PREFIX,
        }
    }
}

/// The request a code answers and the edition, as read: whichever kind it is.
fn read(kind: Kind, code: &str) -> Result<(String, u32, Variant), CodeError> {
    match kind {
        Kind::Feedback => decode_feedback(code).map(|f| (f.request, f.bank_version, f.variant)),
        Kind::Summary => decode_summary(code).map(|s| (s.request, s.bank_version, s.variant)),
    }
}

/// Adds every code of `kind` found in `text` to `codes` for `request`, and says what
/// became of each. The same code twice, however copied, counts once.
pub fn receive(codes: &mut Vec<String>, text: &str, request: &Request, kind: Kind) -> Vec<(String, Received)> {
    codes_in(text)
        .into_iter()
        .map(|piece| {
            let code = normalised(&piece);
            let other = match kind {
                Kind::Feedback => Kind::Summary,
                Kind::Summary => Kind::Feedback,
            };
            let verdict = if is_normalised(other.prefix(), &code) && read(other, &code).is_ok() {
                Received::WrongKind
            } else {
                match read(kind, &code) {
                    Err(error) => Received::Invalid(error),
                    Ok((id, edition, variant))
                        if id != request.id || edition != request.bank_version || variant != request.variant =>
                    {
                        Received::OtherRequest
                    }
                    Ok(_) if codes.contains(&code) => Received::Duplicate,
                    Ok(_) if codes.len() >= MAX_CODES => Received::Full,
                    Ok(_) => {
                        codes.push(code);
                        Received::Accepted
                    }
                }
            };
            (piece.chars().take(60).collect(), verdict)
        })
        .collect()
}

impl Asked {
    /// The kind of code that comes back to this request.
    pub fn kind(&self) -> Kind {
        if self.request.collector.is_some() {
            Kind::Summary
        } else {
            Kind::Feedback
        }
    }

    /// Each colleague's answers, in the order received (straight back only).
    pub fn feedback(&self) -> Vec<Feedback> {
        feedback_of(&self.codes)
    }

    /// The summary with the most colleagues (through a collector only): a later summary
    /// of the same group replaces the earlier.
    pub fn summary(&self) -> Option<Summary> {
        self.codes.iter().filter_map(|c| decode_summary(c).ok()).max_by_key(|s| s.colleagues)
    }

    /// Colleagues' view, from three colleagues up: from their own codes, or from the
    /// collector's summary of the most colleagues.
    pub fn others(&self) -> Option<Others> {
        match self.kind() {
            Kind::Feedback => from_feedback(&self.feedback()),
            Kind::Summary => self.summary().as_ref().map(from_summary),
        }
    }

    /// As read from storage or a backup: the request as its link gives it, codes only in
    /// the form `receive` keeps them; `None` if anything would be refused.
    pub fn checked(self) -> Option<Asked> {
        let request = self.request.checked()?;
        let prefix = self.kind().prefix();
        self.codes.iter().all(|c| is_normalised(prefix, c)).then_some(Asked { request, ..self })
    }
}

impl Collecting {
    pub fn feedback(&self) -> Vec<Feedback> {
        feedback_of(&self.codes)
    }

    pub fn checked(self) -> Option<Collecting> {
        let request = self.request.checked()?;
        self.codes.iter().all(|c| is_normalised(FEEDBACK_PREFIX, c)).then_some(Collecting { request, ..self })
    }
}

fn feedback_of(codes: &[String]) -> Vec<Feedback> {
    codes.iter().filter_map(|c| decode_feedback(c).ok()).collect()
}

impl FeedbackBook {
    pub fn asked(&self, id: &str) -> Option<&Asked> {
        self.asked.iter().find(|a| a.request.id == id)
    }

    pub fn collecting(&self, id: &str) -> Option<&Collecting> {
        self.collecting.iter().find(|c| c.request.id == id)
    }

    /// Joins another copy (another tab's, or a backup's) into this one: requests and
    /// collections by id, codes as if pasted here, a close stays a close, and a delete
    /// with the later count wins. Returns whether this copy holds something `theirs` lacks.
    pub fn merge(&mut self, theirs: &FeedbackBook) -> bool {
        self.removed.absorb(&theirs.removed);
        for other in &theirs.asked {
            match self.asked.iter_mut().find(|a| a.request.id == other.request.id) {
                Some(mine) => {
                    let kind = mine.kind();
                    receive(&mut mine.codes, &other.codes.join(" "), &other.request, kind);
                    mine.closed |= other.closed;
                }
                None => self.asked.push(other.clone()),
            }
        }
        for other in &theirs.collecting {
            match self.collecting.iter_mut().find(|c| c.request.id == other.request.id) {
                Some(mine) => {
                    receive(&mut mine.codes, &other.codes.join(" "), &other.request, Kind::Feedback);
                }
                None => self.collecting.push(other.clone()),
            }
        }
        let removed = self.removed.clone();
        self.asked.retain(|a| !removed.is_removed(&a.request.id));
        self.collecting.retain(|c| !removed.is_removed(&c.request.id));
        let lacks_asked = |a: &Asked| {
            theirs.asked(&a.request.id).is_none_or(|t| t.codes.len() < a.codes.len() || t.closed != a.closed)
        };
        let lacks_collecting =
            |c: &Collecting| theirs.collecting(&c.request.id).is_none_or(|t| t.codes.len() < c.codes.len());
        self.asked.iter().any(lacks_asked)
            || self.collecting.iter().any(lacks_collecting)
            || self.removed != theirs.removed
    }
}
