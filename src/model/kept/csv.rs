//! Files for spreadsheets (RFC 4180 quoting): the results, one row per result with its
//! scores, every answer and the note; and a workshop group's profile.

use crate::model::calendar::utc_date_time;
use crate::model::kept::history::SavedResult;
use crate::model::number::shown;
use crate::model::questionnaire::answers::Answer;
use crate::model::questionnaire::bank::Bank;
use crate::model::sharing::group::Profile;

/// How "hasn't come up" is written in a cell.
const NOT_COME_UP: &str = "not come up";

pub fn file_name(date: &str) -> String {
    format!("servewell-results-{date}.csv")
}

/// One column per item of every edition the results were answered with, each item once.
pub fn to_csv(results: &[SavedResult]) -> String {
    let mut items: Vec<&str> = Vec::new();
    for bank in Bank::editions().iter().filter(|b| results.iter().any(|r| r.bank_version == b.version)) {
        items.extend(bank.items.iter().map(|i| i.id.as_str()).filter(|id| !items.contains(id)).collect::<Vec<_>>());
    }
    let mut header: Vec<String> = ["date (UTC)", "variant", "bank version", "overall"].map(String::from).to_vec();
    header.extend(Bank::current().characteristics.iter().cloned());
    header.extend(items.iter().map(|id| id.to_string()));
    header.push("note".into());
    let mut out = row(&header);
    for result in results {
        let score = result.score();
        let mut cells = vec![
            utc_date_time(result.taken_at),
            result.variant.id().into(),
            result.bank_version.to_string(),
            shown(score.overall, ""),
        ];
        cells.extend(score.characteristics.iter().map(|c| shown(c.mean, "")));
        // "Hasn't come up" is a word, so that no sum or average takes it for a number.
        cells.extend(items.iter().map(|id| match result.answers.get(*id) {
            None => String::new(),
            Some(Answer::Scale(answer)) => answer.value().to_string(),
            Some(Answer::NotComeUp) => NOT_COME_UP.into(),
        }));
        cells.push(result.note.clone());
        out.push_str(&row(&cells));
    }
    out
}

/// The group's profile for a spreadsheet: one row per characteristic, never a person's.
pub fn profile_csv(group: &Profile) -> String {
    let mut out = row(&["characteristic", "participants", "mean", "lowest", "highest"].map(String::from));
    for (c, points) in group.mean.characteristics.iter().zip(&group.points) {
        let cell = |v: Option<&f64>| shown(v.copied(), "");
        out.push_str(&row(&[
            c.id.clone(),
            points.len().to_string(),
            shown(c.mean, ""),
            cell(points.first()),
            cell(points.last()),
        ]));
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
