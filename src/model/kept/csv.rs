//! Files for spreadsheets (RFC 4180 quoting): the results, one row per result with its
//! scores, every answer and the note; a workshop group's profile; and colleagues' view of
//! each feedback request beside one's own.

use crate::model::calendar::utc_date_time;
use crate::model::kept::feedback::Asked;
use crate::model::kept::history::SavedResult;
use crate::model::number::shown;
use crate::model::questionnaire::answers::Answer;
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::group::Profile;

/// The words a spreadsheet is written in: the reader's language, from the catalogue.
/// Item ids stay ids, the same in every language.
pub struct Words<'a> {
    pub date: &'a str,
    pub kind: &'a str,
    pub full: &'a str,
    pub pulse: &'a str,
    pub edition: &'a str,
    pub overall: &'a str,
    pub note: &'a str,
    pub not_come_up: &'a str,
    pub characteristic: &'a str,
    pub participants: &'a str,
    pub mean: &'a str,
    pub lowest: &'a str,
    pub highest: &'a str,
    pub asked_as: &'a str,
    pub way_back: &'a str,
    pub colleagues: &'a str,
    pub own: &'a str,
    pub colleagues_mean: &'a str,
    pub rated: &'a str,
    pub direct: &'a str,
    /// With `{collector}` for the collector's name.
    pub through: &'a str,
    /// Each characteristic's name, by id.
    pub names: Vec<(&'a str, &'a str)>,
}

impl Words<'_> {
    fn name<'n>(&'n self, id: &'n str) -> &'n str {
        self.names.iter().find(|(known, _)| *known == id).map_or(id, |(_, name)| name)
    }

    /// The date column's heading: times are written in UTC, whatever the reader's zone.
    fn date_heading(&self) -> String {
        format!("{} (UTC)", self.date)
    }

    fn variant(&self, variant: Variant) -> &str {
        match variant {
            Variant::Full => self.full,
            Variant::Pulse => self.pulse,
        }
    }
}

pub fn file_name(date: &str) -> String {
    format!("servewell-results-{date}.csv")
}

/// One column per item of every edition the results were answered with, each item once.
pub fn to_csv(results: &[SavedResult], words: &Words) -> String {
    let mut items: Vec<&str> = Vec::new();
    for bank in Bank::editions().iter().filter(|b| results.iter().any(|r| r.bank_version == b.version)) {
        items.extend(bank.items.iter().map(|i| i.id.as_str()).filter(|id| !items.contains(id)).collect::<Vec<_>>());
    }
    let mut header: Vec<String> =
        vec![words.date_heading(), words.kind.into(), words.edition.into(), words.overall.into()];
    header.extend(Bank::current().characteristics.iter().map(|id| words.name(id).to_string()));
    header.extend(items.iter().map(|id| id.to_string()));
    header.push(words.note.into());
    let mut out = row(&header);
    for result in results {
        let score = result.score();
        let mut cells = vec![
            utc_date_time(result.taken_at),
            words.variant(result.variant).into(),
            result.bank_version.to_string(),
            shown(score.overall, ""),
        ];
        cells.extend(score.characteristics.iter().map(|c| shown(c.mean, "")));
        // "Hasn't come up" is a word, so that no sum or average takes it for a number.
        cells.extend(items.iter().map(|id| match result.answers.get(*id) {
            None => String::new(),
            Some(Answer::Scale(answer)) => answer.value().to_string(),
            Some(Answer::NotComeUp) => words.not_come_up.into(),
        }));
        cells.push(result.note.clone());
        out.push_str(&row(&cells));
    }
    out
}

/// The group's profile for a spreadsheet: one row per characteristic, never a person's.
pub fn profile_csv(group: &Profile, words: &Words) -> String {
    let mut out =
        row(&[words.characteristic, words.participants, words.mean, words.lowest, words.highest].map(String::from));
    for (c, points) in group.mean.characteristics.iter().zip(&group.points) {
        let cell = |v: Option<&f64>| shown(v.copied(), "");
        out.push_str(&row(&[
            words.name(&c.id).to_string(),
            points.len().to_string(),
            shown(c.mean, ""),
            cell(points.first()),
            cell(points.last()),
        ]));
    }
    out
}

pub fn feedback_file_name(date: &str) -> String {
    format!("servewell-feedback-{date}.csv")
}

/// One row per request and characteristic: one's own score (from the result the request
/// is set beside, if it is still kept) beside colleagues' mean, lowest, highest and how
/// many could rate it. Only what the request page shows: never one colleague's answers.
pub fn feedback_csv(asked: &[Asked], results: &[SavedResult], words: &Words) -> String {
    let header = [
        words.asked_as.to_string(),
        words.date_heading(),
        words.way_back.into(),
        words.colleagues.into(),
        words.characteristic.into(),
        words.own.into(),
        words.colleagues_mean.into(),
        words.lowest.into(),
        words.highest.into(),
        words.rated.into(),
    ];
    let mut out = row(&header);
    for request in asked {
        let own = request.result.as_deref().and_then(|id| results.iter().find(|r| r.id == id)).map(SavedResult::score);
        let others = request.others();
        let way_back = match &request.request.collector {
            Some(collector) => words.through.replace("{collector}", collector),
            None => words.direct.into(),
        };
        for id in &Bank::named(request.request.bank_version).characteristics {
            let own = own.as_ref().and_then(|s| s.characteristics.iter().find(|c| c.id == *id)).and_then(|c| c.mean);
            let seen = others.as_ref().and_then(|o| o.characteristics.iter().find(|c| c.id == *id));
            let range = seen.and_then(|s| s.range);
            out.push_str(&row(&[
                request.request.name.clone(),
                utc_date_time(request.created_at),
                way_back.clone(),
                others.as_ref().map_or(0, |o| o.colleagues).to_string(),
                words.name(id).to_string(),
                shown(own, ""),
                shown(seen.and_then(|s| s.mean), ""),
                shown(range.map(|r| r.0), ""),
                shown(range.map(|r| r.1), ""),
                seen.map_or(String::new(), |s| s.rated.to_string()),
            ]));
        }
    }
    out
}

fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// Quotes a field when it must be, and defuses text a spreadsheet would run as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}
