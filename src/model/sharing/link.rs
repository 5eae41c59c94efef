//! What workshop and feedback links share: six-character ids, percent-coded parameters
//! each given at most once, the edition of the questions, and the errors a link can have.
//! Everything read from a link is checked; text stays text.

use crate::model::questionnaire::bank::Bank;
use crate::model::sharing::base32;
use crate::model::sharing::percent::percent_decode;

/// Links longer than this are refused before they are read.
pub const MAX_LINK: usize = 2_000;
/// A new link's parameters stay within this, so that its QR code (version 15 or less) is
/// still read by a phone from the back of a room.
pub const MAX_QUERY_FOR_QR: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong,
    /// A parameter that is not one of the link's.
    Unknown(String),
    /// The same parameter twice.
    Repeated(String),
    /// A parameter that cannot be read, or one that is missing.
    Bad(LinkField),
    /// Made by a newer app, for an edition of the questions this one does not know.
    NewerQuestions,
}

/// A link's parts, named for the user when one is wrong.
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
    /// The name of the person asking for feedback.
    Name,
    /// The name of the person who collects the answers.
    Collector,
}

/// Whether `id` can be a link's id: six base32 characters.
pub fn is_link_id(id: &str) -> bool {
    link_id_bits(id).is_some()
}

/// An id from 30 random bits.
pub fn link_id(random: u32) -> String {
    link_id_text(u64::from(random) & 0x3FFF_FFFF)
}

/// The 30 bits an id stands for, as a code carries them.
pub fn link_id_bits(id: &str) -> Option<u64> {
    base32::decode_fixed(id, 6)
}

pub fn link_id_text(bits: u64) -> String {
    base32::encode_fixed(bits, 6)
}

/// The values of `keys` in `query`, each decoded; a key not among them, a key given twice
/// or broken percent coding is an error.
pub fn parameters<const N: usize>(query: &str, keys: [&str; N]) -> Result<[Option<String>; N], LinkError> {
    if query.len() > MAX_LINK {
        return Err(LinkError::TooLong);
    }
    let mut values: [Option<String>; N] = std::array::from_fn(|_| None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(raw).ok_or(LinkError::Bad(LinkField::Text))?;
        let Some(slot) = keys.iter().position(|k| *k == key) else {
            return Err(LinkError::Unknown(key.chars().take(20).collect()));
        };
        if values[slot].replace(value).is_some() {
            return Err(LinkError::Repeated(key.to_string()));
        }
    }
    Ok(values)
}

/// A link's id, upper-cased.
pub fn id_of(value: Option<String>) -> Result<String, LinkError> {
    value.filter(|i| is_link_id(i)).map(|i| i.to_ascii_uppercase()).ok_or(LinkError::Bad(LinkField::Id))
}

/// The edition a link names, `absent` when it names none.
pub fn edition_of(value: Option<String>, absent: u32) -> Result<u32, LinkError> {
    match value.map(|text| text.parse::<u32>().ok().filter(|v| text == v.to_string())) {
        None => Ok(absent),
        Some(Some(v)) if Bank::of_version(v).is_some() => Ok(v),
        Some(Some(v)) if v > Bank::current().version => Err(LinkError::NewerQuestions),
        Some(_) => Err(LinkError::Bad(LinkField::Edition)),
    }
}
