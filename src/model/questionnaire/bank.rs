//! The item bank: which items exist, what they measure and how they are keyed.
//!
//! Keying lives here, never in translated text, so a translation can change wording but
//! never scoring. Every edition is a file of its own, `questions/bank-v<N>.json`, embedded
//! at compile time: a result is always scored with the edition it was answered with.

use crate::model::json::{self, FromJson, Json, ToJson};
use crate::model::number::round1;
use crate::model::questionnaire::answers::{Answer, SCALE_MAX};
use std::sync::OnceLock;

/// The ten characteristics, by id, in their canonical order.
pub type CharacteristicId = String;

#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    /// Recorded with every result so that history stays interpretable after items change.
    pub version: u32,
    pub characteristics: Vec<CharacteristicId>,
    /// Score bands in ascending order of their lower bound.
    pub bands: Vec<Band>,
    /// Grouped by characteristic; presentation order is computed by [`Bank::order`].
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub id: String,
    pub from: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub characteristic: CharacteristicId,
    /// +1 when agreeing with the item means more of the characteristic, −1 when less.
    pub key: i8,
    pub pulse: bool,
    /// For a reverse-keyed item, the forward item it is the opposite of.
    pub partner: Option<String>,
    /// Worded as a condition that may not have come up: such an item can be answered
    /// "hasn't come up", which is not scored.
    pub situational: bool,
}

/// Which questionnaire: all items, or one per characteristic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variant {
    Full,
    Pulse,
}

/// An edition's file names only these fields: a misspelt one would otherwise be
/// silently left at its default.
fn only(json: &Json, keys: &[&str]) -> Option<()> {
    let Json::Object(fields) = json else { return None };
    fields.iter().all(|(key, _)| keys.contains(&key.as_str())).then_some(())
}

impl FromJson for Bank {
    fn from_json(json: &Json) -> Option<Bank> {
        only(json, &["version", "characteristics", "bands", "items"])?;
        Some(Bank {
            version: json.field("version")?,
            characteristics: json.field("characteristics")?,
            bands: json.field("bands")?,
            items: json.field("items")?,
        })
    }
}

impl FromJson for Band {
    fn from_json(json: &Json) -> Option<Band> {
        only(json, &["id", "from"])?;
        Some(Band { id: json.field("id")?, from: json.field("from")? })
    }
}

impl FromJson for Item {
    fn from_json(json: &Json) -> Option<Item> {
        only(json, &["id", "characteristic", "key", "pulse", "partner", "situational"])?;
        Some(Item {
            id: json.field("id")?,
            characteristic: json.field("characteristic")?,
            key: json.field("key")?,
            pulse: json.field_or_default("pulse")?,
            partner: json.field_or_default("partner")?,
            situational: json.field_or_default("situational")?,
        })
    }
}

/// By its name (`id`).
impl FromJson for Variant {
    fn from_json(json: &Json) -> Option<Variant> {
        Variant::from_id(json.as_str()?)
    }
}

impl ToJson for Variant {
    fn to_json(&self) -> Json {
        self.id().to_json()
    }
}

impl Variant {
    /// Its name in links, files and storage.
    pub fn id(self) -> &'static str {
        match self {
            Variant::Full => "full",
            Variant::Pulse => "pulse",
        }
    }

    pub fn from_id(id: &str) -> Option<Variant> {
        [Variant::Full, Variant::Pulse].into_iter().find(|v| v.id() == id)
    }

    /// Whether this questionnaire asks `item`.
    pub fn asks(self, item: &Item) -> bool {
        self == Variant::Full || item.pulse
    }

    /// How far apart scores must be before the difference means something; the reasons
    /// are in `questions/README.md` ("Scoring").
    pub fn noise(self) -> Noise {
        match self {
            Variant::Full => Noise { overall: 0.3, characteristic: 0.3, flat: 0.5 },
            // A pulse characteristic is one answer, moving in whole steps: one step is
            // within noise, two are not. The overall rests on a quarter of the answers,
            // so its noise is twice as wide (1/sqrt(1/4)).
            Variant::Pulse => Noise { overall: 0.6, characteristic: 1.5, flat: 2.0 },
        }
    }
}

/// A variant's thresholds below which a difference may be noise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Noise {
    /// A change of the overall score between two results.
    pub overall: f64,
    /// A change of one characteristic's score between two results.
    pub characteristic: f64,
    /// The spread between a result's highest and lowest characteristic: below it, the
    /// profile is flat and names no strengths or focus areas.
    pub flat: f64,
}

impl Noise {
    /// The wider of two variants' thresholds, for comparing results of either.
    pub fn wider(a: Variant, b: Variant) -> Noise {
        let (a, b) = (a.noise(), b.noise());
        Noise {
            overall: a.overall.max(b.overall),
            characteristic: a.characteristic.max(b.characteristic),
            flat: a.flat.max(b.flat),
        }
    }
}

impl Item {
    pub fn is_reverse(&self) -> bool {
        self.key < 0
    }

    /// Whether `answer` can be given to this item in `variant`: "hasn't come up" only
    /// where the item is situational.
    pub fn accepts(&self, variant: Variant, answer: Answer) -> bool {
        variant.asks(self) && (self.situational || answer != Answer::NotComeUp)
    }
}

impl Bank {
    /// Every edition this build knows, oldest first: a result answered with any of them is
    /// still scored with it.
    pub fn editions() -> &'static [Bank] {
        static BANKS: OnceLock<Vec<Bank>> = OnceLock::new();
        BANKS.get_or_init(|| {
            // Embedded at compile time and validated by the test suite.
            [include_str!("../../../questions/bank-v1.json"), include_str!("../../../questions/bank-v2.json")]
                .iter()
                // Not `expect`, whose message would bring the parser error's Debug into the download.
                .map(|text| json::read(text).unwrap_or_else(|| panic!("questions/bank-v*.json are valid")))
                .collect()
        })
    }

    /// The edition new assessments are answered with.
    pub fn current() -> &'static Bank {
        Bank::editions().last().expect("at least one edition")
    }

    /// The edition numbered `version`, if this build knows it.
    pub fn of_version(version: u32) -> Option<&'static Bank> {
        Bank::editions().iter().find(|bank| bank.version == version)
    }

    /// The edition a stored result or assessment names. Storage, backups and codes refuse
    /// an edition this build does not know before anything is scored, so the current one
    /// is only a stand-in that keeps a page from failing.
    pub fn named(version: u32) -> &'static Bank {
        Bank::of_version(version).unwrap_or_else(Bank::current)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }

    pub fn characteristic_index(&self, id: &str) -> Option<usize> {
        self.characteristics.iter().position(|c| c == id)
    }

    /// The items of one characteristic, in bank order.
    pub fn items_of<'a>(&'a self, characteristic: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |item| item.characteristic == characteristic)
    }

    /// The items a variant asks, in bank order (the order codes carry them in).
    pub fn asked(&self, variant: Variant) -> impl Iterator<Item = &Item> + '_ {
        self.items.iter().filter(move |item| variant.asks(item))
    }

    /// The fixed order in which a variant's items are asked.
    ///
    /// Round `r` asks one item of every characteristic, walking the characteristics in
    /// steps of 3 (coprime with 10, so each round visits all ten and neighbours always
    /// differ) and rotating which of a characteristic's items comes up, so that the
    /// reverse-keyed items are spread across the pages instead of bunched at the end.
    pub fn order(&self, variant: Variant) -> Vec<&Item> {
        let count = self.characteristics.len();
        let per: Vec<Vec<&Item>> = self.characteristics.iter().map(|c| self.items_of(c).collect()).collect();
        let rounds = per.iter().map(Vec::len).max().unwrap_or(0);
        let mut order = Vec::with_capacity(self.items.len());
        for round in 0..rounds {
            for step in 0..count {
                let c = (3 * step + round) % count;
                let items = &per[c];
                if let Some(item) = items.get((round + c) % items.len().max(1)) {
                    order.push(*item);
                }
            }
        }
        order.retain(|item| variant.asks(item));
        order
    }

    /// The band a score falls into, judged by the score as shown (one decimal), so that
    /// the number and the words beside it never disagree.
    pub fn band(&self, score: f64) -> Option<&Band> {
        let shown = round1(score);
        self.bands.iter().rev().find(|band| shown >= band.from - 1e-9)
    }

    /// Each band with the highest score shown in it: one tenth below the next band, or
    /// the top of the scale for the last.
    pub fn band_ranges(&self) -> impl Iterator<Item = (&Band, f64)> {
        let tops = self.bands.iter().skip(1).map(|next| next.from - 0.1).chain([SCALE_MAX]);
        self.bands.iter().zip(tops)
    }

    /// Every rule the bank must keep; empty when the bank is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for item in &self.items {
            if !seen.insert(item.id.as_str()) {
                problems.push(format!("duplicate item id {}", item.id));
            }
            if self.characteristic_index(&item.characteristic).is_none() {
                problems.push(format!("{}: unknown characteristic {}", item.id, item.characteristic));
            }
            if item.key != 1 && item.key != -1 {
                problems.push(format!("{}: key must be 1 or -1", item.id));
            }
            match (&item.partner, item.is_reverse()) {
                (Some(partner), true) => match self.item(partner) {
                    Some(p) if p.characteristic == item.characteristic && !p.is_reverse() => {}
                    _ => problems.push(format!(
                        "{}: partner {partner} is not a forward item of the same characteristic",
                        item.id
                    )),
                },
                (Some(_), false) => problems.push(format!("{}: only reverse items have a partner", item.id)),
                (None, true) => problems.push(format!("{}: reverse item without a partner", item.id)),
                (None, false) => {}
            }
        }
        for c in &self.characteristics {
            let items: Vec<&Item> = self.items_of(c).collect();
            if items.len() != 4 {
                problems.push(format!("{c}: {} items instead of 4", items.len()));
            }
            if items.iter().filter(|i| i.pulse).count() != 1 {
                problems.push(format!("{c}: needs exactly one pulse item"));
            }
            // A pulse characteristic is one answer: it must be a forward item that
            // applies to everyone.
            if items.iter().any(|i| i.pulse && (i.is_reverse() || i.situational)) {
                problems.push(format!("{c}: the pulse item is reverse-keyed or situational"));
            }
            if items.iter().filter(|i| i.is_reverse()).count() > 1 {
                problems.push(format!("{c}: more than one reverse-keyed item"));
            }
        }
        if self.bands.windows(2).any(|w| w[0].from >= w[1].from) {
            problems.push("bands must ascend".into());
        }
        problems
    }
}
