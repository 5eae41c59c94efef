//! Result codes: a participant's result, short enough to read out or paste in a chat,
//! and links that carry one. Only what the group profile needs travels: workshop,
//! variant, bank version, day, answers and, if the participant wants, a first name.
//!
//! A code is `SW` in the envelope every code shares (`envelope`).

use crate::model::questionnaire::answers::Answers;
use crate::model::questionnaire::bank::{Bank, Item, Variant};
use crate::model::questionnaire::scoring::{score, Score};
use crate::model::sharing::bits::Bits;
use crate::model::sharing::envelope::{
    self, close, open, push_answers, seal, take, take_answers, take_format, CodeError,
};
use crate::model::sharing::link::{link_id_bits, link_id_text};
use crate::model::text::{clean, truncate};

pub const PREFIX: &str = "SW";
/// The code format this build writes. Format 1 carried each answer as a digit of base 6
/// (0 for none); format 2, from the second edition of the questions, in base 7, whose 6
/// is "hasn't come up". Both are read.
pub const FORMAT: u64 = 2;
/// A first name, no more: with this the longest result link, from a deep deployment
/// path, still makes a QR code of version 8 (see tests/code.rs). The 6-bit length
/// field could carry 63 bytes, but 63 need version 11, too fine from a projector.
pub const MAX_NAME_BYTES: usize = 20;

/// What a result code carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedResult {
    /// The workshop's id, six base32 characters.
    pub workshop: String,
    pub variant: Variant,
    pub bank_version: u32,
    /// Days since 2020-01-01.
    pub day: u32,
    pub answers: Answers,
    /// Tells two participants with the same answers apart.
    pub nonce: u16,
    /// Empty unless the participant chose to give it.
    pub name: String,
}

impl SharedResult {
    /// Scored with the edition of the questions it was answered with.
    pub fn score(&self) -> Score {
        score(Bank::named(self.bank_version), self.variant, &self.answers)
    }
}

fn base(format: u64) -> u128 {
    if format == 1 {
        6
    } else {
        7
    }
}

/// Encodes a result whose bank version this build knows (it made or read the result).
pub fn encode(result: &SharedResult) -> String {
    let bank = Bank::named(result.bank_version);
    let mut bits = Bits::default();
    bits.push(FORMAT, 4);
    bits.push(u64::from(result.variant == Variant::Pulse), 1);
    bits.push(u64::from(result.bank_version), 6);
    bits.push(link_id_bits(&result.workshop).unwrap_or(0), 30);
    bits.push(u64::from(result.day.min(0xFFFF)), 16);
    bits.push(u64::from(result.nonce), 16);
    let items: Vec<&Item> = bank.asked(result.variant).collect();
    push_answers(&mut bits, &items, &result.answers, base(FORMAT));
    let name = truncate(&result.name, MAX_NAME_BYTES);
    bits.push(name.len() as u64, 6);
    for byte in name.bytes() {
        bits.push(u64::from(byte), 8);
    }
    seal(PREFIX, bits)
}

pub fn decode(input: &str) -> Result<SharedResult, CodeError> {
    let bits = open(PREFIX, input)?;
    let mut read = bits.reader();
    let format = take_format(&mut read, FORMAT)?;
    let variant = if take(&mut read, 1)? == 1 { Variant::Pulse } else { Variant::Full };
    let bank_version = take(&mut read, 6)? as u32;
    let workshop = link_id_text(take(&mut read, 30)?);
    let day = take(&mut read, 16)? as u32;
    let nonce = take(&mut read, 16)? as u16;
    // The edition decides how many answers follow. One this app does not know cannot be
    // read further; a newer app may still tell it apart from damage by its checksum.
    let bank = Bank::of_version(bank_version).ok_or(CodeError::OtherBankVersion(bank_version))?;
    let items: Vec<&Item> = bank.asked(variant).collect();
    let answers = take_answers(&mut read, &items, base(format))?;
    let name_len = take(&mut read, 6)? as usize;
    let mut name = Vec::with_capacity(name_len);
    for _ in 0..name_len {
        name.push(take(&mut read, 8)? as u8);
    }
    close(&bits, read)?;
    // Codes can be forged: a name is shown only once cleaned as the app would have.
    let name = clean(&String::from_utf8(name).map_err(|_| CodeError::Damaged)?);
    Ok(SharedResult { workshop, variant, bank_version, day, answers, nonce, name })
}

/// The same for one person's result whether or not it carries their name.
pub fn fingerprint(result: &SharedResult) -> String {
    encode(&SharedResult { name: String::new(), ..result.clone() })
}

/// Whether `text` is a result code in the form it is kept in.
pub fn is_normalised(text: &str) -> bool {
    envelope::is_normalised(PREFIX, text)
}
