//! Result codes: a participant's result, short enough to read out or paste in a chat,
//! and links that carry one. Only what the group profile needs travels: workshop,
//! variant, bank version, day, answers and, if the participant wants, a first name.
//!
//! A code is `SW` followed by Crockford base32 (`base32`: no I, L, O, U; case does not matter;
//! spaces, line breaks and hyphens are ignored). Its last 20 bits are a checksum: a
//! damaged code is caught (`crc`), a forged one is not.

use crate::model::questionnaire::answers::{Answer, Answers};
use crate::model::questionnaire::bank::{Bank, Item, Variant};
use crate::model::questionnaire::scoring::{score, Score};
use crate::model::sharing::base32::{self, value_of};
use crate::model::sharing::bits::Bits;
use crate::model::sharing::crc::{crc20, CHECK_BITS};
use crate::model::sharing::workshop::{workshop_bits, workshop_text};
use crate::model::text::{clean, truncate};

pub const PREFIX: &str = "SW";
/// The code format this build writes. Format 1 carried each answer as a digit of base 6
/// (0 for none); format 2, from the second edition of the questions, in base 7, whose 6
/// is "hasn't come up". Both are read.
pub const FORMAT: u64 = 2;
/// Longer input is refused before it is decoded.
pub const MAX_INPUT: usize = 200;
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    TooLong,
    WrongPrefix,
    BadCharacter(char),
    UnknownFormat(u64),
    /// Cut, mistyped or otherwise changed.
    Damaged,
    /// Answered with an edition of the questions newer than this app knows.
    OtherBankVersion(u32),
}

/// An answer as a digit of a code: 0 for none (6 only from format 2 on).
fn digit(answer: Option<&Answer>) -> u128 {
    match answer {
        None => 0,
        Some(Answer::Scale(answer)) => u128::from(answer.value()),
        Some(Answer::NotComeUp) => 6,
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
impl SharedResult {
    /// Scored with the edition of the questions it was answered with.
    pub fn score(&self) -> Score {
        score(Bank::named(self.bank_version), self.variant, &self.answers)
    }
}

pub fn encode(result: &SharedResult) -> String {
    let bank = Bank::named(result.bank_version);
    let mut bits = Bits::default();
    bits.push(FORMAT, 4);
    bits.push(u64::from(result.variant == Variant::Pulse), 1);
    bits.push(u64::from(result.bank_version), 6);
    bits.push(workshop_bits(&result.workshop).unwrap_or(0), 30);
    bits.push(u64::from(result.day.min(0xFFFF)), 16);
    bits.push(u64::from(result.nonce), 16);
    let items: Vec<&Item> = bank.asked(result.variant).collect();
    let mut number: u128 = 0;
    for item in items.iter().rev() {
        number = number * base(FORMAT) + digit(result.answers.get(&item.id));
    }
    let width = answer_bits(base(FORMAT), items.len());
    bits.push((number >> 64) as u64, width.saturating_sub(64));
    bits.push(number as u64, width.min(64));
    let name = truncate(&result.name, MAX_NAME_BYTES);
    bits.push(name.len() as u64, 6);
    for byte in name.bytes() {
        bits.push(u64::from(byte), 8);
    }
    let check = crc20(bits.prefix(bits.count()));
    bits.push(check, CHECK_BITS);
    let mut code = String::from(PREFIX);
    code.extend(bits.chunks5().map(base32::digit));
    code
}

pub fn decode(input: &str) -> Result<SharedResult, CodeError> {
    if input.len() > MAX_INPUT {
        return Err(CodeError::TooLong);
    }
    let cleaned: String = without_separators(input).collect();
    if cleaned.is_empty() {
        return Err(CodeError::Empty);
    }
    let upper = cleaned.to_ascii_uppercase();
    let Some(body) = upper.strip_prefix(PREFIX) else { return Err(CodeError::WrongPrefix) };
    let mut bits = Bits::default();
    for c in body.chars() {
        bits.push(value_of(c).ok_or(CodeError::BadCharacter(c))?, 5);
    }
    let total = bits.count();
    if total < 4 + CHECK_BITS as usize {
        return Err(CodeError::Damaged);
    }
    let mut read = bits.reader();
    // A later format is a newer app's; an earlier one never existed, so it is damage.
    let format = match read.take(4).ok_or(CodeError::Damaged)? {
        format @ 1..=FORMAT => format,
        format if format > FORMAT => return Err(CodeError::UnknownFormat(format)),
        _ => return Err(CodeError::Damaged),
    };
    let variant = if read.take(1).ok_or(CodeError::Damaged)? == 1 { Variant::Pulse } else { Variant::Full };
    let bank_version = read.take(6).ok_or(CodeError::Damaged)? as u32;
    let workshop = workshop_text(read.take(30).ok_or(CodeError::Damaged)?);
    let day = read.take(16).ok_or(CodeError::Damaged)? as u32;
    let nonce = read.take(16).ok_or(CodeError::Damaged)? as u16;
    // The edition decides how many answers follow. One this app does not know cannot be
    // read further; a newer app may still tell it apart from damage by its checksum.
    let bank = Bank::of_version(bank_version).ok_or(CodeError::OtherBankVersion(bank_version))?;
    let items: Vec<&Item> = bank.asked(variant).collect();
    let width = answer_bits(base(format), items.len());
    let high = read.take(width.saturating_sub(64)).ok_or(CodeError::Damaged)?;
    let low = read.take(width.min(64)).ok_or(CodeError::Damaged)?;
    let mut number = (u128::from(high) << 64) | u128::from(low);
    let name_len = read.take(6).ok_or(CodeError::Damaged)? as usize;
    let mut name = Vec::with_capacity(name_len);
    for _ in 0..name_len {
        name.push(read.take(8).ok_or(CodeError::Damaged)? as u8);
    }
    let covered = read.position();
    let check = read.take(CHECK_BITS).ok_or(CodeError::Damaged)?;
    // What is left can only be the padding of the last character.
    let rest = total - read.position();
    if rest >= 5 || read.take(rest as u32) != Some(0) || check != crc20(bits.prefix(covered)) {
        return Err(CodeError::Damaged);
    }
    let mut answers = Answers::new();
    for item in &items {
        let digit = (number % base(format)) as u8;
        number /= base(format);
        let answer = match digit {
            0 => continue,
            6 => Answer::NotComeUp,
            n => Answer::try_from(n).map_err(|_| CodeError::Damaged)?,
        };
        answers.insert(item.id.clone(), answer);
    }
    if number != 0 {
        return Err(CodeError::Damaged);
    }
    // Codes can be forged: a name is shown only once cleaned as the app would have.
    let name = clean(&String::from_utf8(name).map_err(|_| CodeError::Damaged)?);
    Ok(SharedResult { workshop, variant, bank_version, day, answers, nonce, name })
}

/// The same for one person's result whether or not it carries their name.
pub fn fingerprint(result: &SharedResult) -> String {
    encode(&SharedResult { name: String::new(), ..result.clone() })
}

/// A code in a form that is the same however it was copied.
pub fn normalised(input: &str) -> String {
    without_separators(input).map(base32::canonical).collect()
}

/// The characters of a code without the spaces, line breaks and hyphens it may be copied with.
fn without_separators(input: &str) -> impl Iterator<Item = char> + '_ {
    input.chars().filter(|c| !c.is_whitespace() && *c != '-')
}

/// Whether `text` is a code in the form it is kept in: `normalised`, and `SW` followed
/// by base32 digits only.
pub fn is_normalised(text: &str) -> bool {
    text.len() <= MAX_INPUT
        && text.strip_prefix(PREFIX).is_some_and(|body| !body.is_empty() && body.bytes().all(base32::is_digit))
}

/// Bits for a number of `digits` digits in `base`.
fn answer_bits(base: u128, digits: usize) -> u32 {
    let mut max: u128 = 1;
    for _ in 0..digits {
        max = max.saturating_mul(base);
    }
    128 - (max - 1).leading_zeros()
}
