//! Asking colleagues for their view, without a server: a feedback request travels as a
//! link that says who asks, which questionnaire, which edition of the questions, and how
//! the answers come back: straight to the person asking, or through a collector who
//! passes on only a summary of three or more.

use crate::model::json::{object, FromJson, Json, ToJson};
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::link::{edition_of, id_of, link_id, parameters, LinkError, LinkField, MAX_QUERY_FOR_QR};
use crate::model::sharing::percent::percent_encode;
use crate::model::text::clean;

/// A name as colleagues know a person: short, but room for a first and last name.
pub const MAX_NAME: usize = 40;
/// The first edition of the questions with wordings a colleague can answer.
pub const FIRST_OBSERVED_EDITION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: String,
    /// The name colleagues know the person asking by, shown in every statement.
    pub name: String,
    pub variant: Variant,
    /// The edition of the questions every colleague answers, so that their answers compare.
    pub bank_version: u32,
    /// Who receives the colleagues' codes and passes on only a summary; without one,
    /// the codes come straight back to the person asking.
    pub collector: Option<String>,
}

impl FromJson for Request {
    fn from_json(json: &Json) -> Option<Request> {
        Some(Request {
            id: json.field("id")?,
            name: json.field("name")?,
            variant: json.field("variant")?,
            bank_version: json.field("bank_version")?,
            collector: json.field_or_default("collector")?,
        })
    }
}

impl ToJson for Request {
    fn to_json(&self) -> Json {
        object([
            ("id", self.id.to_json()),
            ("name", self.name.to_json()),
            ("variant", self.variant.to_json()),
            ("bank_version", self.bank_version.to_json()),
        ])
        .with("collector", self.collector.to_json(), self.collector.is_none())
    }
}

/// Why a draft cannot become a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestProblem {
    /// Empty once cleaned, or longer than [`MAX_NAME`].
    Name,
    Collector,
    /// Its link would not read back as itself, or would be too long for a QR code.
    LinkTooLong,
}

fn name_fits(name: &str) -> bool {
    !name.is_empty() && name.chars().count() <= MAX_NAME
}

impl Request {
    /// A new request under an id made from `random`, its names cleaned and checked (the
    /// asker's name first, so the first field to fix is named first).
    pub fn new(name: &str, variant: Variant, collector: Option<&str>, random: u32) -> Result<Request, RequestProblem> {
        let name = clean(name);
        if !name_fits(&name) {
            return Err(RequestProblem::Name);
        }
        let collector = match collector.map(clean) {
            Some(c) if !name_fits(&c) => return Err(RequestProblem::Collector),
            collector => collector,
        };
        let request = Request { id: link_id(random), name, variant, bank_version: Bank::current().version, collector };
        let query = request.to_query();
        if query.len() > MAX_QUERY_FOR_QR || Request::from_query(&query).as_ref() != Ok(&request) {
            return Err(RequestProblem::LinkTooLong);
        }
        Ok(request)
    }

    /// The request as its link gives it, or `None` if a link would refuse it: for one
    /// from storage or a backup, whose text goes back into links and pages.
    pub fn checked(&self) -> Option<Request> {
        Request::from_query(&self.to_query()).ok().filter(|r| r.id == self.id)
    }

    /// The part of a link after `#/give?` (a colleague's) or `#/collect?` (the collector's).
    pub fn to_query(&self) -> String {
        let mut query =
            format!("id={}&n={}&v={}&q={}", self.id, percent_encode(&self.name), self.variant.id(), self.bank_version);
        if let Some(collector) = &self.collector {
            query.push_str(&format!("&c={}", percent_encode(collector)));
        }
        query
    }

    pub fn from_query(query: &str) -> Result<Request, LinkError> {
        // `l`, the language the link was shared in, is the app's to read, not the request's.
        let [id, name, variant, edition, collector, _language] = parameters(query, ["id", "n", "v", "q", "c", "l"])?;
        let id = id_of(id)?;
        let name = name.map(|n| clean(&n)).filter(|n| name_fits(n)).ok_or(LinkError::Bad(LinkField::Name))?;
        let variant = variant.as_deref().and_then(Variant::from_id).ok_or(LinkError::Bad(LinkField::Variant))?;
        // Requests began with the second edition: a link without one, or with an earlier
        // one, is not ours.
        let bank_version = edition_of(edition, 0)?;
        if bank_version < FIRST_OBSERVED_EDITION {
            return Err(LinkError::Bad(LinkField::Edition));
        }
        let collector = match collector.map(|c| clean(&c)) {
            Some(c) if !name_fits(&c) => return Err(LinkError::Bad(LinkField::Collector)),
            collector => collector,
        };
        Ok(Request { id, name, variant, bank_version, collector })
    }
}
