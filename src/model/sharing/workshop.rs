//! Workshops without a server: the facilitator's link carries the workshop in the URL
//! fragment, and everything read from a link is checked here.

use crate::model::calendar::is_date;
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::base32;
use crate::model::sharing::percent::{percent_decode, percent_encode};
use crate::model::text::clean;
use serde::{Deserialize, Serialize};

pub const MAX_TITLE: usize = 80;
pub const MAX_MESSAGE: usize = 280;
/// Links longer than this are refused before they are read.
pub const MAX_LINK: usize = 2_000;
/// A new workshop's link parameters stay within this, so that its QR code (version 15
/// or less) is still read by a phone from the back of a room.
pub const MAX_QUERY_FOR_QR: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    pub id: String,
    pub title: String,
    pub variant: Variant,
    #[serde(default)]
    pub message: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub date: String,
    /// The edition of the questions everyone in it answers: the one current when it was
    /// created, so that its group's results compare. Workshops from before editions were
    /// named have the first.
    #[serde(default = "first_edition")]
    pub bank_version: u32,
}

fn first_edition() -> u32 {
    1
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong,
    /// A parameter that is not one of the workshop's.
    Unknown(String),
    /// The same parameter twice.
    Repeated(String),
    /// A parameter that cannot be read, or one that is missing.
    Bad(LinkField),
    /// Made by a newer app, for an edition of the questions this one does not know.
    NewerQuestions,
}

/// A workshop link's parts, named for the user when one is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkField {
    /// Any parameter whose percent coding is broken.
    Text,
    Id,
    Title,
    Message,
    Variant,
    Date,
    /// The edition of the questions.
    Edition,
}

/// Whether `id` can be a workshop id: six base32 characters.
pub fn is_workshop_id(id: &str) -> bool {
    workshop_bits(id).is_some()
}

/// A workshop id from 30 random bits.
pub fn workshop_id(random: u32) -> String {
    workshop_text(u64::from(random) & 0x3FFF_FFFF)
}

/// The 30 bits a workshop id stands for, as a result code carries them.
pub fn workshop_bits(id: &str) -> Option<u64> {
    base32::decode_fixed(id, 6)
}

pub fn workshop_text(bits: u64) -> String {
    base32::encode_fixed(bits, 6)
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
        if !is_workshop_id(&self.id) {
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
        if query.len() > MAX_LINK {
            return Err(LinkError::TooLong);
        }
        let (mut id, mut title, mut variant, mut message, mut date, mut edition) = (None, None, None, None, None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(raw).ok_or(LinkError::Bad(LinkField::Text))?;
            let slot = match key {
                "id" => &mut id,
                "t" => &mut title,
                "v" => &mut variant,
                "m" => &mut message,
                "d" => &mut date,
                "q" => &mut edition,
                other => return Err(LinkError::Unknown(other.chars().take(20).collect())),
            };
            if slot.replace(value).is_some() {
                return Err(LinkError::Repeated(key.to_string()));
            }
        }
        let id = id.filter(|i| is_workshop_id(i)).ok_or(LinkError::Bad(LinkField::Id))?.to_ascii_uppercase();
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
        let bank_version = match edition.map(|text| text.parse::<u32>().ok().filter(|v| text == v.to_string())) {
            None => first_edition(),
            Some(Some(v)) if Bank::of_version(v).is_some() => v,
            Some(Some(v)) if v > Bank::current().version => return Err(LinkError::NewerQuestions),
            Some(_) => return Err(LinkError::Bad(LinkField::Edition)),
        };
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
            id: workshop_id(random),
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
