//! What every code shares: a prefix naming its kind, then Crockford base32 (`base32`: no
//! I, L, O, U; case does not matter; spaces, line breaks and hyphens are ignored) of a bit
//! string whose last 20 bits are a checksum, so that a damaged code is caught (`crc`); a
//! forged one is not. Answers travel as one number, a digit per item.

use crate::model::questionnaire::answers::{Answer, Answers};
use crate::model::questionnaire::bank::Item;
use crate::model::sharing::base32::{self, value_of};
use crate::model::sharing::bits::{Bits, Reader};
use crate::model::sharing::crc::{crc20, CHECK_BITS};

/// Longer input is refused before it is decoded.
pub const MAX_INPUT: usize = 200;

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

/// `prefix`, then `bits` with their checksum, in base32.
pub fn seal(prefix: &str, mut bits: Bits) -> String {
    let check = crc20(bits.prefix(bits.count()));
    bits.push(check, CHECK_BITS);
    let mut code = String::from(prefix);
    code.extend(bits.chunks5().map(base32::digit));
    code
}

/// The bits of a code of `prefix`, to be read field by field and then `closed`.
pub fn open(prefix: &str, input: &str) -> Result<Bits, CodeError> {
    if input.len() > MAX_INPUT {
        return Err(CodeError::TooLong);
    }
    let cleaned: String = without_separators(input).collect();
    if cleaned.is_empty() {
        return Err(CodeError::Empty);
    }
    let upper = cleaned.to_ascii_uppercase();
    let Some(body) = upper.strip_prefix(prefix) else { return Err(CodeError::WrongPrefix) };
    let mut bits = Bits::default();
    for c in body.chars() {
        bits.push(value_of(c).ok_or(CodeError::BadCharacter(c))?, 5);
    }
    if bits.count() < 4 + CHECK_BITS as usize {
        return Err(CodeError::Damaged);
    }
    Ok(bits)
}

/// The format field that starts every code: a later one is a newer app's; an earlier one
/// never existed, so it is damage.
pub fn take_format(read: &mut Reader, newest: u64) -> Result<u64, CodeError> {
    match take(read, 4)? {
        format @ 1.. if format <= newest => Ok(format),
        format if format > newest => Err(CodeError::UnknownFormat(format)),
        _ => Err(CodeError::Damaged),
    }
}

/// The next `width` bits, or damage if the code ends first.
pub fn take(read: &mut Reader, width: u32) -> Result<u64, CodeError> {
    read.take(width).ok_or(CodeError::Damaged)
}

/// After the last field: the checksum must match what was read, and only the padding of
/// the last character may follow.
pub fn close(bits: &Bits, mut read: Reader) -> Result<(), CodeError> {
    let covered = read.position();
    let check = take(&mut read, CHECK_BITS)?;
    let rest = bits.count() - read.position();
    if rest >= 5 || read.take(rest as u32) != Some(0) || check != crc20(bits.prefix(covered)) {
        return Err(CodeError::Damaged);
    }
    Ok(())
}

/// The digit an answer travels as: 0 for none, 1–5, and 6 for no answer on the scale
/// (only in a code whose `base` is 7).
fn digit(answer: Option<&Answer>) -> u128 {
    match answer {
        None => 0,
        Some(Answer::Scale(answer)) => u128::from(answer.value()),
        Some(Answer::NotComeUp) => 6,
    }
}

/// `items`' answers as one number of `base`, the first item the lowest digit.
pub fn push_answers(bits: &mut Bits, items: &[&Item], answers: &Answers, base: u128) {
    let number = items.iter().rev().fold(0u128, |number, item| number * base + digit(answers.get(&item.id)));
    let width = answer_bits(base, items.len());
    bits.push((number >> 64) as u64, width.saturating_sub(64));
    bits.push(number as u64, width.min(64));
}

/// Reads what `push_answers` wrote.
pub fn take_answers(read: &mut Reader, items: &[&Item], base: u128) -> Result<Answers, CodeError> {
    let width = answer_bits(base, items.len());
    let high = take(read, width.saturating_sub(64))?;
    let low = take(read, width.min(64))?;
    let mut number = (u128::from(high) << 64) | u128::from(low);
    let mut answers = Answers::new();
    for item in items {
        let digit = (number % base) as u8;
        number /= base;
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
    Ok(answers)
}

/// Bits for a number of `digits` digits in `base`.
fn answer_bits(base: u128, digits: usize) -> u32 {
    let max = (0..digits).fold(1u128, |max, _| max.saturating_mul(base));
    128 - (max - 1).leading_zeros()
}

/// A code in a form that is the same however it was copied.
pub fn normalised(input: &str) -> String {
    without_separators(input).map(base32::canonical).collect()
}

/// The characters of a code without the spaces, line breaks and hyphens it may be copied with.
fn without_separators(input: &str) -> impl Iterator<Item = char> + '_ {
    input.chars().filter(|c| !c.is_whitespace() && *c != '-')
}

/// Whether `text` is a code of `prefix` in the form it is kept in: `normalised`, and the
/// prefix followed by base32 digits only.
pub fn is_normalised(prefix: &str, text: &str) -> bool {
    text.len() <= MAX_INPUT
        && text.strip_prefix(prefix).is_some_and(|body| !body.is_empty() && body.bytes().all(base32::is_digit))
}
