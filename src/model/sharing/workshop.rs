//! Workshops without a server: the facilitator's link carries the workshop in the URL
//! fragment, and everything read from a link is checked here.

use crate::model::calendar::is_date;
use crate::model::json::{object, FromJson, Json, ToJson};
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::link::{
    edition_of, id_of, is_link_id, link_id, parameters, LinkError, LinkField, MAX_QUERY_FOR_QR,
};
use crate::model::sharing::percent::percent_encode;
use crate::model::text::clean;

pub const MAX_TITLE: usize = 80;
pub const MAX_MESSAGE: usize = 280;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workshop {
    pub id: String,
    pub title: String,
    pub variant: Variant,
    pub message: String,
    /// `YYYY-MM-DD`, or empty.
    pub date: String,
    /// The edition of the questions everyone in it answers: the one current when it was
    /// created, so that its group's results compare. Workshops from before editions were
    /// named have the first.
    pub bank_version: u32,
}

impl FromJson for Workshop {
    fn from_json(json: &Json) -> Option<Workshop> {
        Some(Workshop {
            id: json.field("id")?,
            title: json.field("title")?,
            variant: json.field("variant")?,
            message: json.field_or_default("message")?,
            date: json.field_or_default("date")?,
            bank_version: json.field_or("bank_version", first_edition())?,
        })
    }
}

impl ToJson for Workshop {
    fn to_json(&self) -> Json {
        object([
            ("id", self.id.to_json()),
            ("title", self.title.to_json()),
            ("variant", self.variant.to_json()),
            ("message", self.message.to_json()),
            ("date", self.date.to_json()),
            ("bank_version", self.bank_version.to_json()),
        ])
    }
}

fn first_edition() -> u32 {
    1
}

impl Workshop {
    /// Whether a cleaned title can be a workshop's: present and not too long.
    pub fn title_fits(title: &str) -> bool {
        !title.is_empty() && title.chars().count() <= MAX_TITLE
    }

    pub fn message_fits(message: &str) -> bool {
        message.chars().count() <= MAX_MESSAGE
    }

    /// Whether its link reads back as itself and stays short enough for a QR code.
    pub fn link_fits(&self) -> bool {
        let query = self.to_query();
        query.len() <= MAX_QUERY_FOR_QR && Workshop::from_query(&query).as_ref() == Ok(self)
    }

    /// The workshop as its own link gives it, or `None` if a link would refuse it: for a
    /// workshop that comes from anywhere but a link (storage, a backup), since its id and
    /// title go back into links and pages.
    pub fn checked(&self) -> Option<Workshop> {
        // Ids are not escaped in a link: one that is not an id could add parameters.
        if !is_link_id(&self.id) {
            return None;
        }
        Workshop::from_query(&self.to_query()).ok()
    }

    /// The part of a link after `#/join?`.
    pub fn to_query(&self) -> String {
        let mut query = format!("id={}&t={}&v={}", self.id, percent_encode(&self.title), self.variant.id());
        if !self.message.is_empty() {
            query.push_str(&format!("&m={}", percent_encode(&self.message)));
        }
        if !self.date.is_empty() {
            query.push_str(&format!("&d={}", self.date));
        }
        // Links made before editions were named have none and mean the first.
        if self.bank_version != first_edition() {
            query.push_str(&format!("&q={}", self.bank_version));
        }
        query
    }

    /// Reads a link's parameters. Everything is checked; text stays text.
    pub fn from_query(query: &str) -> Result<Workshop, LinkError> {
        // `l`, the language the link was shared in, is the app's to read, not the workshop's.
        let [id, title, variant, message, date, edition, _language] =
            parameters(query, ["id", "t", "v", "m", "d", "q", "l"])?;
        let id = id_of(id)?;
        let title = title.map(|t| clean(&t)).filter(|t| Workshop::title_fits(t));
        let message = clean(&message.unwrap_or_default());
        if !Workshop::message_fits(&message) {
            return Err(LinkError::Bad(LinkField::Message));
        }
        let variant = variant.as_deref().and_then(Variant::from_id).ok_or(LinkError::Bad(LinkField::Variant))?;
        let date = date.unwrap_or_default();
        if !date.is_empty() && !is_date(&date) {
            return Err(LinkError::Bad(LinkField::Date));
        }
        // Links made before editions were named have none and mean the first.
        let bank_version = edition_of(edition, first_edition())?;
        Ok(Workshop { id, title: title.ok_or(LinkError::Bad(LinkField::Title))?, variant, message, date, bank_version })
    }
}

/// What a facilitator typed to create a workshop, before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub title: String,
    pub variant: Variant,
    pub message: String,
    pub date: String,
}

/// Why a draft cannot become a workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftProblem {
    /// Empty once cleaned, or longer than [`MAX_TITLE`].
    Title,
    /// Its link would not read back as itself, or would be too long for a QR code.
    LinkTooLong,
}

impl Draft {
    /// The workshop, its text cleaned, under an id made from `random`; the title is
    /// judged before the link, so the first field to fix is named first.
    pub fn workshop(self, random: u32) -> Result<Workshop, DraftProblem> {
        let title = clean(&self.title);
        if !Workshop::title_fits(&title) {
            return Err(DraftProblem::Title);
        }
        let workshop = Workshop {
            id: link_id(random),
            title,
            variant: self.variant,
            message: clean(&self.message),
            date: self.date,
            bank_version: Bank::current().version,
        };
        if !workshop.link_fits() {
            return Err(DraftProblem::LinkTooLong);
        }
        Ok(workshop)
    }
}
