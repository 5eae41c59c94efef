//! Workshops without a server: the facilitator's link carries the workshop in the URL
//! fragment, participants hand back result codes, and the group's profile is computed
//! from those codes, and only from three of them up.

use crate::model::bank::{Bank, Variant};
use crate::model::code::{self, decode, is_workshop_id, normalised, CodeError, SharedResult};
use crate::model::scoring::{score, Score};
use crate::model::text::clean;
use serde::{Deserialize, Serialize};

pub const MAX_TITLE: usize = 80;
pub const MAX_MESSAGE: usize = 280;
/// Links longer than this are refused before they are read.
pub const MAX_LINK: usize = 2_000;
/// A new workshop's link parameters stay within this, so that its QR code (version 15
/// or less) is still read by a phone from the back of a room.
pub const MAX_QUERY_FOR_QR: usize = 300;
/// Below this, nothing of the group is shown: it would tell one person's answers.
pub const MIN_GROUP: usize = 3;
/// A workshop's codes are capped: a room is 5 to 50 people.
pub const MAX_GROUP: usize = 500;

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
}

/// A workshop the facilitator created, with the codes collected for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facilitated {
    pub workshop: Workshop,
    pub created_at: u64,
    #[serde(default)]
    pub codes: Vec<String>,
}

impl Facilitated {
    /// As read back from storage: the workshop as its link gives it, and codes only in the
    /// form `add_codes` keeps them; `None` if anything would be refused.
    pub fn checked(self) -> Option<Facilitated> {
        let workshop = self.workshop.checked()?;
        self.codes.iter().all(|c| code::is_normalised(c)).then_some(Facilitated { workshop, ..self })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong,
    /// A parameter that is not one of the workshop's.
    Unknown(String),
    /// The same parameter twice.
    Repeated(String),
    /// A parameter that cannot be read, or one that is missing.
    Bad(&'static str),
}

impl Workshop {
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
        let mut query = format!(
            "id={}&t={}&v={}",
            self.id,
            percent_encode(&self.title),
            if self.variant == Variant::Pulse { "pulse" } else { "full" }
        );
        if !self.message.is_empty() {
            query.push_str(&format!("&m={}", percent_encode(&self.message)));
        }
        if !self.date.is_empty() {
            query.push_str(&format!("&d={}", self.date));
        }
        query
    }

    /// Reads a link's parameters. Everything is checked; text stays text.
    pub fn from_query(query: &str) -> Result<Workshop, LinkError> {
        if query.len() > MAX_LINK {
            return Err(LinkError::TooLong);
        }
        let (mut id, mut title, mut variant, mut message, mut date) = (None, None, None, None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(raw).ok_or(LinkError::Bad("text"))?;
            let slot = match key {
                "id" => &mut id,
                "t" => &mut title,
                "v" => &mut variant,
                "m" => &mut message,
                "d" => &mut date,
                other => return Err(LinkError::Unknown(other.chars().take(20).collect())),
            };
            if slot.replace(value).is_some() {
                return Err(LinkError::Repeated(key.to_string()));
            }
        }
        let id = id.filter(|i| is_workshop_id(i)).ok_or(LinkError::Bad("id"))?.to_ascii_uppercase();
        let title = title.map(|t| clean(&t)).filter(|t| !t.is_empty() && t.chars().count() <= MAX_TITLE);
        let message = clean(&message.unwrap_or_default());
        if message.chars().count() > MAX_MESSAGE {
            return Err(LinkError::Bad("message"));
        }
        let variant = match variant.as_deref() {
            Some("full") => Variant::Full,
            Some("pulse") => Variant::Pulse,
            _ => return Err(LinkError::Bad("variant")),
        };
        let date = date.unwrap_or_default();
        if !date.is_empty() && !is_date(&date) {
            return Err(LinkError::Bad("date"));
        }
        Ok(Workshop { id, title: title.ok_or(LinkError::Bad("title"))?, variant, message, date })
    }
}

// ---- A new workshop, as the facilitator typed it ----------------------------------------

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
        if title.is_empty() || title.chars().count() > MAX_TITLE {
            return Err(DraftProblem::Title);
        }
        let workshop = Workshop {
            id: code::workshop_id(random),
            title,
            variant: self.variant,
            message: clean(&self.message),
            date: self.date,
        };
        if !workshop.link_fits() {
            return Err(DraftProblem::LinkTooLong);
        }
        Ok(workshop)
    }
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Everything but unreserved characters is escaped, so any text survives a link.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(b) = input.next() {
        bytes.push(match b {
            b'%' => {
                let hex = [input.next()?, input.next()?];
                u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?
            }
            b'+' => b' ',
            b => b,
        });
    }
    String::from_utf8(bytes).ok()
}

/// What became of one pasted code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Duplicate,
    OtherWorkshop,
    Invalid(CodeError),
    /// The group already holds MAX_GROUP codes.
    Full,
}

/// The codes in pasted text. A code may arrive wrapped over lines, in groups, quoted,
/// followed by a full stop, or as a whole result link: each piece that starts a code
/// (`SW…`, or a link's `#/r/SW…`) begins a new one, and the pieces after it belong to it.
pub fn codes_in(text: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for piece in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let piece = piece.rsplit("#/r/").next().unwrap_or(piece);
        let piece = piece.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
        if piece.is_empty() {
            continue;
        }
        match codes.last_mut() {
            Some(current) if !piece.to_ascii_uppercase().starts_with(code::PREFIX) => current.push_str(piece),
            _ => codes.push(piece.to_string()),
        }
    }
    codes
}

/// Adds every code found in `text` to the workshop's `codes`, and says what became of
/// each. One person's result counts once, however it was copied and whether or not it
/// carries their name.
pub fn add_codes(codes: &mut Vec<String>, text: &str, workshop: &Workshop, bank: &Bank) -> Vec<(String, Verdict)> {
    let mut known: Vec<String> = codes.iter().filter_map(|c| fingerprint(bank, c)).collect();
    codes_in(text)
        .into_iter()
        .map(|piece| {
            let code = normalised(&piece);
            let verdict = match decode(bank, &code) {
                Err(error) => Verdict::Invalid(error),
                Ok(result) if result.workshop != workshop.id || result.variant != workshop.variant => {
                    Verdict::OtherWorkshop
                }
                Ok(result) if !complete(bank, &result) => Verdict::Invalid(CodeError::Damaged),
                Ok(result) => {
                    let print = code::fingerprint(bank, &result);
                    if known.contains(&print) {
                        Verdict::Duplicate
                    } else if codes.len() >= MAX_GROUP {
                        Verdict::Full
                    } else {
                        codes.push(code.clone());
                        known.push(print);
                        Verdict::Accepted
                    }
                }
            };
            (piece.chars().take(60).collect(), verdict)
        })
        .collect()
}

fn fingerprint(bank: &Bank, code: &str) -> Option<String> {
    decode(bank, code).ok().map(|r| code::fingerprint(bank, &r))
}

/// Every item of its variant answered, as the questionnaire itself ensures.
fn complete(bank: &Bank, result: &SharedResult) -> bool {
    bank.items.iter().filter(|i| Bank::includes(result.variant, i)).all(|i| result.answers.contains_key(&i.id))
}

/// The group's profile: per characteristic the mean, the range and everyone's point.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub participants: usize,
    /// The mean of the participants' scores, as a `Score` for charts and summaries.
    pub mean: Score,
    /// Everyone's score per characteristic (canonical order), sorted, unnamed.
    pub points: Vec<Vec<f64>>,
}

/// The results behind the codes this app can still read (not those made with another
/// version of the questions).
pub fn readable(codes: &[String], bank: &Bank) -> Vec<SharedResult> {
    codes.iter().filter_map(|c| code::decode(bank, c).ok()).collect()
}

/// `None` below MIN_GROUP participants. The same whatever the order of the codes.
pub fn profile(codes: &[String], bank: &Bank) -> Option<Profile> {
    profile_of(&readable(codes, bank), bank)
}

pub fn profile_of(results: &[SharedResult], bank: &Bank) -> Option<Profile> {
    if results.len() < MIN_GROUP {
        return None;
    }
    let scores: Vec<Score> = results.iter().map(|r| score(bank, r.variant, &r.answers)).collect();
    let mut mean = scores[0].clone();
    let mut points = Vec::with_capacity(mean.characteristics.len());
    for (i, characteristic) in mean.characteristics.iter_mut().enumerate() {
        let mut values: Vec<f64> = scores.iter().filter_map(|s| s.characteristics[i].mean).collect();
        values.sort_by(f64::total_cmp);
        // Fewer values than that would show somebody's own score.
        if values.len() < MIN_GROUP {
            values.clear();
        }
        characteristic.mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
        characteristic.answered = values.len();
        points.push(values);
    }
    let overall: Vec<f64> = mean.characteristics.iter().filter_map(|c| c.mean).collect();
    mean.overall = (!overall.is_empty()).then(|| overall.iter().sum::<f64>() / overall.len() as f64);
    mean.flags.clear();
    Some(Profile { participants: results.len(), mean, points })
}

/// The group's profile for a spreadsheet: one row per characteristic, never a person's.
pub fn profile_csv(group: &Profile) -> String {
    let mut out =
        crate::model::csv::row(&["characteristic", "participants", "mean", "lowest", "highest"].map(String::from));
    for (c, points) in group.mean.characteristics.iter().zip(&group.points) {
        let cell = |v: Option<&f64>| crate::model::scoring::shown(v.copied(), "");
        out.push_str(&crate::model::csv::row(&[
            c.id.clone(),
            points.len().to_string(),
            crate::model::scoring::shown(c.mean, ""),
            cell(points.first()),
            cell(points.last()),
        ]));
    }
    out
}
