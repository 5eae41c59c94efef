//! What colleagues send back. A feedback code (`SF`) is one colleague's answers, for the
//! request it answers; a summary code (`SS`) is what a collector passes on: per
//! characteristic, how many colleagues rated it and their mean, from a whole group of
//! three or more, which cannot be taken apart into anyone's answers. Neither ever carries
//! a colleague's name. Both are in the envelope every code shares (`envelope`).

use crate::model::questionnaire::answers::Answers;
use crate::model::questionnaire::bank::{Bank, Item, Variant};
use crate::model::questionnaire::scoring::{score, Score};
use crate::model::sharing::bits::{Bits, Reader};
use crate::model::sharing::envelope::{close, open, push_answers, seal, take, take_answers, take_format, CodeError};
use crate::model::sharing::link::{link_id_bits, link_id_text};

pub const FEEDBACK_PREFIX: &str = "SF";
pub const SUMMARY_PREFIX: &str = "SS";
/// The format of both kinds of code this build writes and reads.
pub const FORMAT: u64 = 1;
/// Answers travel as digits of base 7: 0 none, 1–5, 6 "I haven't seen this".
const BASE: u128 = 7;
/// A summary's counts are six bits wide.
pub const MAX_SUMMARISED: usize = 63;

/// One colleague's answers to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// The request's id.
    pub request: String,
    pub variant: Variant,
    pub bank_version: u32,
    /// Tells two colleagues with the same answers apart.
    pub nonce: u16,
    pub answers: Answers,
}

impl Feedback {
    /// Scored as any answers are, with the edition they were given for; "I haven't seen
    /// this" is not counted.
    pub fn score(&self) -> Score {
        score(Bank::named(self.bank_version), self.variant, &self.answers)
    }
}

/// A group's view, as a collector passes it on.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub request: String,
    pub variant: Variant,
    pub bank_version: u32,
    /// How many colleagues' answers it sums up.
    pub colleagues: usize,
    /// Per characteristic, in the bank's order: how many rated it, and their mean
    /// (one decimal), if enough did to show one.
    pub characteristics: Vec<(usize, Option<f64>)>,
}

/// The fields every feedback and summary code starts with.
fn push_head(bits: &mut Bits, request: &str, variant: Variant, bank_version: u32) {
    bits.push(FORMAT, 4);
    bits.push(u64::from(variant == Variant::Pulse), 1);
    bits.push(u64::from(bank_version), 6);
    bits.push(link_id_bits(request).unwrap_or(0), 30);
}

fn take_head(read: &mut Reader) -> Result<(String, Variant, &'static Bank), CodeError> {
    take_format(read, FORMAT)?;
    let variant = if take(read, 1)? == 1 { Variant::Pulse } else { Variant::Full };
    let version = take(read, 6)? as u32;
    let bank = Bank::of_version(version).ok_or(CodeError::OtherBankVersion(version))?;
    Ok((link_id_text(take(read, 30)?), variant, bank))
}

pub fn encode_feedback(feedback: &Feedback) -> String {
    let mut bits = Bits::default();
    push_head(&mut bits, &feedback.request, feedback.variant, feedback.bank_version);
    bits.push(u64::from(feedback.nonce), 16);
    let bank = Bank::named(feedback.bank_version);
    let items: Vec<&Item> = bank.asked(feedback.variant).collect();
    push_answers(&mut bits, &items, &feedback.answers, BASE);
    seal(FEEDBACK_PREFIX, bits)
}

pub fn decode_feedback(input: &str) -> Result<Feedback, CodeError> {
    let bits = open(FEEDBACK_PREFIX, input)?;
    let mut read = bits.reader();
    let (request, variant, bank) = take_head(&mut read)?;
    let nonce = take(&mut read, 16)? as u16;
    let items: Vec<&Item> = bank.asked(variant).collect();
    let answers = take_answers(&mut read, &items, BASE)?;
    close(&bits, read)?;
    Ok(Feedback { request, variant, bank_version: bank.version, nonce, answers })
}

/// A mean as it travels: tenths above 1.0, so 1.0–5.0 is 0–40; 63 for none.
const NO_MEAN: u64 = 63;

pub fn encode_summary(summary: &Summary) -> String {
    let mut bits = Bits::default();
    push_head(&mut bits, &summary.request, summary.variant, summary.bank_version);
    bits.push(summary.colleagues.min(MAX_SUMMARISED) as u64, 6);
    for (rated, mean) in &summary.characteristics {
        bits.push((*rated).min(MAX_SUMMARISED) as u64, 6);
        bits.push(mean.map_or(NO_MEAN, |m| ((m - 1.0) * 10.0).round().clamp(0.0, 40.0) as u64), 6);
    }
    seal(SUMMARY_PREFIX, bits)
}

pub fn decode_summary(input: &str) -> Result<Summary, CodeError> {
    let bits = open(SUMMARY_PREFIX, input)?;
    let mut read = bits.reader();
    let (request, variant, bank) = take_head(&mut read)?;
    let colleagues = take(&mut read, 6)? as usize;
    let mut characteristics = Vec::with_capacity(bank.characteristics.len());
    for _ in &bank.characteristics {
        let rated = take(&mut read, 6)? as usize;
        let mean = match take(&mut read, 6)? {
            NO_MEAN => None,
            tenths @ 0..=40 => Some(1.0 + tenths as f64 / 10.0),
            _ => return Err(CodeError::Damaged),
        };
        // More ratings than colleagues, or a mean from too few, is no collector's.
        if rated > colleagues || (mean.is_some() && !rated_enough(rated, colleagues)) {
            return Err(CodeError::Damaged);
        }
        characteristics.push((rated, mean));
    }
    close(&bits, read)?;
    Ok(Summary { request, variant, bank_version: bank.version, colleagues, characteristics })
}

/// Below this many colleagues nothing of their view is shown: it would tell one person's
/// answers. Views grow in whole groups of this many, so that the difference between two
/// views never tells one person's answers either.
pub const MIN_COLLEAGUES: usize = 3;

/// Whether a characteristic that `rated` of `colleagues` could rate is shown: by at least
/// [`MIN_COLLEAGUES`] and by most of them. Otherwise it is marked as not seen enough.
pub fn rated_enough(rated: usize, colleagues: usize) -> bool {
    rated >= MIN_COLLEAGUES && rated * 2 > colleagues
}

/// How many of `received` a view may include: whole groups of [`MIN_COLLEAGUES`], none
/// below one group.
pub fn in_whole_groups(received: usize) -> usize {
    received - received % MIN_COLLEAGUES
}
