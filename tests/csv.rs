//! The CSV export: one row per result that any spreadsheet reads back as written (RFC 4180), with formulas defused.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::calendar::utc_date_time;
use servewell::model::kept::csv::{feedback_csv, feedback_file_name, file_name, to_csv, Words};
use servewell::model::kept::feedback::Asked;
use servewell::model::kept::history::SavedResult;
use servewell::model::present::catalogue::Catalogue;
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::feedback::{encode_feedback, encode_summary, Feedback};
use servewell::model::sharing::others::summary_of;
use servewell::model::sharing::request::Request;

/// The edition these results were answered with: its items are the columns.
/// The English words spreadsheets are written in.
fn words() -> Words<'static> {
    Catalogue::english().spreadsheet()
}

fn bank() -> &'static Bank {
    Bank::of_version(1).expect("the first edition")
}

fn answers(given: &[(&str, u8)]) -> Answers {
    given.iter().map(|(item, v)| (item.to_string(), Answer::Scale(Likert::new(*v).expect("1–5")))).collect()
}

fn result(variant: Variant, given: &[(&str, u8)], note: &str) -> SavedResult {
    SavedResult {
        id: "r1".into(),
        taken_at: 0,
        variant,
        bank_version: bank().version,
        answers: answers(given),
        note: note.into(),
        workshop: None,
        edits: 0,
    }
}

fn noted(note: &str) -> SavedResult {
    result(Variant::Pulse, &[("lis1", 3)], note)
}

/// A strict RFC 4180 reader: every record ends with CRLF, and a field is either quoted
/// (quotes inside doubled) or holds none of `"`, `,`, CR and LF.
fn parse(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut fresh) = (false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(
                        matches!(chars.peek(), None | Some(',') | Some('\r')),
                        "text after a closing quote in {text:?}"
                    );
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if fresh => quoted = true,
            '"' => panic!("a quote inside an unquoted field in {text:?}"),
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "a CR outside quotes that does not end a record in {text:?}");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("a bare LF outside quotes in {text:?}"),
            _ => field.push(c),
        }
        fresh = matches!(c, ',' | '\r');
    }
    assert!(!quoted, "an unclosed quote in {text:?}");
    assert!(field.is_empty() && record.is_empty(), "the last record does not end with CRLF in {text:?}");
    records
}

fn table(results: &[SavedResult]) -> Vec<Vec<String>> {
    parse(&to_csv(results, &words()))
}

/// The cell of the only result's row under `column`.
fn cell(result: &SavedResult, column: &str) -> String {
    let rows = table(std::slice::from_ref(result));
    let index = rows[0].iter().position(|h| h == column).unwrap_or_else(|| panic!("no column {column}"));
    rows[1][index].clone()
}

/// The last line of the CSV text as written, without the header.
fn raw_row(result: &SavedResult) -> String {
    let text = to_csv(std::slice::from_ref(result), &words());
    let header_end = text.find("\r\n").expect("a header line") + 2;
    text[header_end..].to_string()
}

fn is_formula_start(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

#[test]
fn the_header_names_date_variant_version_overall_every_characteristic_every_item_and_the_note() {
    let header = &table(&[noted("")])[0];
    assert_eq!(header.len(), 55);
    assert_eq!(header[..4], ["Date (UTC)", "Kind", "Questions", "Overall"]);
    let names: Vec<&str> = bank().characteristics.iter().map(|id| Catalogue::english().name(id)).collect();
    assert_eq!(header[4..14], names[..]);
    assert_eq!(header[4], "Listening");
    assert_eq!(header[13], "Building community");
    let items: Vec<&str> = bank().items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(header[14..54], items[..]);
    assert_eq!((header[14].as_str(), header[53].as_str()), ("lis1", "com4"));
    assert_eq!(header[54], "Note");
}

#[test]
fn without_results_there_are_no_item_columns() {
    let header = &table(&[])[0];
    assert_eq!(header.len(), 15);
    assert_eq!(header[14], "Note");
}

#[test]
fn there_is_one_row_per_result_in_the_order_given() {
    assert_eq!(table(&[]).len(), 1, "the header alone");
    let results: Vec<SavedResult> = ["1", "2", "3"]
        .iter()
        .enumerate()
        .map(|(i, note)| SavedResult { taken_at: i as u64 * 86_400_000, ..noted(note) })
        .collect();
    let rows = table(&results);
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|row| row.len() == 55));
    let notes: Vec<&str> = rows[1..].iter().map(|row| row[54].as_str()).collect();
    assert_eq!(notes, ["1", "2", "3"]);
}

#[test]
fn every_row_ends_with_crlf() {
    let text = to_csv(&[noted("a"), noted("b")], &words());
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.matches("\r\n").count(), 3);
    assert_eq!(text.matches('\n').count(), 3, "no bare line feeds");
    assert_eq!(text.matches('\r').count(), 3, "no bare carriage returns");
}

#[test]
fn a_plain_note_is_written_as_it_is() {
    assert!(raw_row(&noted("felt calmer this month")).ends_with(",felt calmer this month\r\n"));
}

#[test]
fn a_field_with_a_comma_is_quoted() {
    assert!(raw_row(&noted("listen, then speak")).ends_with(",\"listen, then speak\"\r\n"));
}

#[test]
fn double_quotes_are_doubled_inside_a_quoted_field() {
    assert!(raw_row(&noted("she said \"try\"")).ends_with(",\"she said \"\"try\"\"\"\r\n"));
}

#[test]
fn line_breaks_inside_a_note_are_kept_inside_quotes() {
    assert!(raw_row(&noted("one\ntwo\r\nthree\rfour")).ends_with(",\"one\ntwo\r\nthree\rfour\"\r\n"));
    assert!(raw_row(&noted("carriage\rreturn")).ends_with(",\"carriage\rreturn\"\r\n"), "a lone CR is quoted too");
}

#[test]
fn a_note_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
    for note in ["=1+1", "+1", "-1", "@SUM(A1:A2)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\",\"y\")"] {
        assert_eq!(cell(&noted(note), "Note"), format!("'{note}"), "{note:?}");
    }
    assert!(raw_row(&noted("=1+1")).ends_with(",'=1+1\r\n"));
}

#[test]
fn a_formula_sign_later_in_a_note_is_left_alone() {
    for note in ["1+1=2", "a-b", "mail me @ work", " =not first"] {
        assert_eq!(cell(&noted(note), "Note"), note, "{note:?}");
    }
}

#[test]
fn scores_have_one_decimal_and_missing_ones_are_empty() {
    // Listening 13/3, empathy 16/4 with its reverse item mirrored, healing too few answers.
    let given =
        [("lis1", 5), ("lis2", 4), ("lis3", 4), ("emp1", 3), ("emp2", 4), ("emp3", 4), ("emp4", 1), ("hea1", 5)];
    let result = result(Variant::Full, &given, "");
    assert_eq!(cell(&result, "Listening"), "4.3");
    assert_eq!(cell(&result, "Empathy"), "4.0");
    assert_eq!(cell(&result, "Healing"), "", "1 of 4 answered is not enough");
    assert_eq!(cell(&result, "Building community"), "");
    assert_eq!(cell(&result, "Overall"), "", "2 of 10 characteristics are too few for an overall score");
}

#[test]
fn answers_are_written_as_given_and_unanswered_items_are_empty() {
    let result = result(Variant::Full, &[("lis1", 5), ("emp4", 1)], "");
    assert_eq!(cell(&result, "lis1"), "5");
    assert_eq!(cell(&result, "emp4"), "1", "the answer, not its keyed value");
    assert_eq!(cell(&result, "lis2"), "");
}

#[test]
fn a_pulse_row_scores_each_characteristic_from_its_one_item() {
    let pulse: Vec<(String, u8)> = bank().order(Variant::Pulse).iter().map(|i| (i.id.clone(), 2)).collect();
    let given: Vec<(&str, u8)> = pulse.iter().map(|(id, v)| (id.as_str(), *v)).collect();
    let result = result(Variant::Pulse, &given, "");
    assert_eq!(cell(&result, "Kind"), "Pulse");
    assert_eq!(cell(&result, "Overall"), "2.0");
    for characteristic in &bank().characteristics {
        assert_eq!(cell(&result, Catalogue::english().name(characteristic)), "2.0", "{characteristic}");
    }
    assert_eq!(cell(&result, "com1"), "2");
    assert_eq!(cell(&result, "com2"), "", "not asked in the pulse");
}

#[test]
fn the_row_starts_with_date_variant_and_bank_version() {
    let result = SavedResult { taken_at: 951_782_400_000, bank_version: 7, ..result(Variant::Full, &[], "") };
    let row = &table(&[result])[1];
    assert_eq!(row[..4], ["2000-02-29 00:00", "Full assessment", "7", ""]);
}

#[test]
fn the_epoch_is_midnight_on_the_first_of_january_1970() {
    assert_eq!(utc_date_time(0), "1970-01-01 00:00");
}

#[test]
fn a_leap_day_is_dated_correctly() {
    assert_eq!(utc_date_time(951_782_400_000), "2000-02-29 00:00");
}

#[test]
fn hours_and_minutes_are_shown_in_utc() {
    assert_eq!(utc_date_time(1_773_756_300_000), "2026-03-17 14:05");
}

#[test]
fn the_last_minute_of_a_year_stays_in_that_year() {
    assert_eq!(utc_date_time(946_684_740_000), "1999-12-31 23:59");
    assert_eq!(utc_date_time(1_798_761_599_999), "2026-12-31 23:59", "seconds are dropped, not rounded up");
}

#[test]
fn every_day_from_1970_to_2199_has_its_calendar_date() {
    let leap = |y: u32| (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let mut day = 0_u64;
    for year in 1970..2200_u32 {
        for month in 1..=12_u32 {
            let length = match month {
                2 if leap(year) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            for date in 1..=length {
                let noon = day * 86_400_000 + 12 * 3_600_000;
                assert_eq!(utc_date_time(noon), format!("{year:04}-{month:02}-{date:02} 12:00"));
                day += 1;
            }
        }
    }
}

#[test]
fn a_note_with_commas_quotes_and_line_breaks_reads_back_as_written() {
    let note = "Tried \"walk and talk\", twice.\nNext: ask, then wait;\r\nmore \"\"quotes\"\", end,";
    assert_eq!(cell(&noted(note), "Note"), note);
}

#[test]
fn a_formula_note_reads_back_with_only_the_guard_added() {
    let note = "=cmd|' /C calc'!A0, \"quoted\"\nline two";
    assert_eq!(cell(&noted(note), "Note"), format!("'{note}"));
}

#[test]
fn a_csv_file_name_carries_its_date() {
    assert_eq!(file_name("2026-03-17"), "servewell-results-2026-03-17.csv");
}

proptest! {
    #[test]
    fn any_note_reads_back_as_written_apart_from_the_formula_guard(note in any::<String>()) {
        let expected = if is_formula_start(&note) { format!("'{note}") } else { note.clone() };
        prop_assert_eq!(cell(&noted(&note), "Note"), expected);
    }

    #[test]
    fn notes_made_of_csv_syntax_read_back_as_written(note in "[a-c,\"\r\n ]{0,24}") {
        let expected = if is_formula_start(&note) { format!("'{note}") } else { note.clone() };
        prop_assert_eq!(cell(&noted(&note), "Note"), expected);
    }
}

// ---- Feedback ---------------------------------------------------------------------------

/// Answers to the current edition that score `value` on every characteristic.
fn scoring(value: u8) -> Answers {
    Bank::current()
        .asked(Variant::Full)
        .map(|item| {
            let keyed = if item.is_reverse() { 6 - value } else { value };
            (item.id.clone(), Answer::Scale(Likert::new(keyed).expect("1–5")))
        })
        .collect()
}

fn asked(name: &str, collector: Option<&str>, codes: Vec<String>) -> Asked {
    let request = Request::new(name, Variant::Full, collector, 4_242).expect("a good request");
    Asked { request, created_at: 0, result: Some("own".into()), codes, closed: false }
}

fn colleague(asked: &Asked, value: u8, nonce: u16) -> Feedback {
    let request = &asked.request;
    Feedback {
        request: request.id.clone(),
        variant: request.variant,
        bank_version: request.bank_version,
        nonce,
        answers: scoring(value),
    }
}

fn own_result() -> SavedResult {
    SavedResult {
        id: "own".into(),
        variant: Variant::Full,
        bank_version: Bank::current().version,
        answers: scoring(2),
        ..noted("")
    }
}

fn feedback_table(asked: &[Asked]) -> Vec<Vec<String>> {
    parse(&feedback_csv(asked, &[own_result()], &words()))
}

#[test]
fn feedback_has_a_row_per_request_and_characteristic_with_own_score_beside_colleagues() {
    let mut direct = asked("Maria", None, Vec::new());
    direct.codes = [5, 4, 3, 1].iter().zip(0..).map(|(v, n)| encode_feedback(&colleague(&direct, *v, n))).collect();
    let rows = feedback_table(&[direct]);
    assert_eq!(
        rows[0],
        [
            "Asked as",
            "Date (UTC)",
            "Answers come back",
            "Colleagues counted",
            "Characteristic",
            "You",
            "Colleagues’ mean",
            "Lowest",
            "Highest",
            "Could rate"
        ]
    );
    assert_eq!(rows.len(), 1 + Bank::current().characteristics.len());
    for (row, id) in rows[1..].iter().zip(&Bank::current().characteristics) {
        // The fourth colleague waits for a whole group of three.
        let name = Catalogue::english().name(id);
        let expected = ["Maria", &utc_date_time(0), "straight back to you", "3", name, "2.0", "4.0", "3.0", "5.0", "3"];
        assert_eq!(row, &expected);
    }
}

#[test]
fn a_summary_gives_means_without_a_range_and_a_waiting_request_its_own_score_alone() {
    let mut through = asked("Maria", Some("Sam"), Vec::new());
    let group: Vec<Feedback> = (0..3).map(|n| colleague(&through, 4, n)).collect();
    through.codes = vec![encode_summary(&summary_of(&group).expect("three"))];
    let mut waiting = asked("Maria", None, Vec::new());
    waiting.codes = vec![encode_feedback(&colleague(&waiting, 4, 1))];
    let mut deleted_result = asked("Maria", None, Vec::new());
    deleted_result.result = Some("gone".into());
    let rows = feedback_table(&[through, waiting, deleted_result]);
    assert_eq!(rows[1][2..], ["through Sam", "3", "Listening", "2.0", "4.0", "", "", "3"]);
    assert_eq!(rows[11][2..], ["straight back to you", "0", "Listening", "2.0", "", "", "", ""]);
    assert_eq!(rows[21][2..], ["straight back to you", "0", "Listening", "", "", "", "", ""]);
}

#[test]
fn a_requests_name_is_quoted_and_never_run_as_a_formula() {
    let rows = feedback_table(&[asked("=HYPERLINK(\"x\"), Bo", Some("@Sam"), Vec::new())]);
    assert_eq!(rows[1][0], "'=HYPERLINK(\"x\"), Bo");
    assert_eq!(rows[1][2], "through @Sam");
    assert_eq!(feedback_file_name("2026-06-04"), "servewell-feedback-2026-06-04.csv");
}

#[test]
fn a_spreadsheet_is_written_in_the_readers_language() {
    let german = Catalogue::parse(Catalogue::file("de").into()).expect("every text").spreadsheet();
    let rows = parse(&to_csv(&[result(Variant::Pulse, &[("lis1", 4)], "")], &german));
    assert_eq!(rows[0][..2], ["Datum (UTC)", "Art"]);
    assert_eq!(rows[0][4], "Zuhören");
    assert_eq!(rows[1][1], "Pulscheck");
}
