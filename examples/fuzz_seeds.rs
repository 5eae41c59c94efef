//! Writes the fuzz target's seed corpus, `fuzz/corpus/decoders/`, from the app's own
//! encoders: real result codes, workshop links, feedback request links, feedback and
//! summary codes, routes, pasted codes, a backup and the stored data of every key. Each file is named after the decoder it is meant for, which
//! `tests/fuzz_seeds.rs` checks it passes.
//!
//!     cargo run --example fuzz_seeds

use servewell::model::kept::feedback::{Asked, Collecting, FeedbackBook};
use servewell::model::kept::history::{Removals, SavedResult};
use servewell::model::kept::progress::{Giving, InProgress};
use servewell::model::kept::settings::Settings;
use servewell::model::kept::{backup, schema};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::route::Route;
use servewell::model::sharing::code::{encode, SharedResult};
use servewell::model::sharing::feedback::{encode_feedback, encode_summary, Feedback};
use servewell::model::sharing::group::Facilitated;
use servewell::model::sharing::others::summary_of;
use servewell::model::sharing::request::Request;
use servewell::model::sharing::workshop::Workshop;
use std::path::Path;

const DAY: u64 = 86_400_000;
const NOW: u64 = 1_780_000_000_000;

fn answers(bank: &Bank, variant: Variant, step: usize) -> Answers {
    bank.order(variant)
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            // Every seventh situational item has not come up.
            let answer = match Likert::new((i * step % 5) as u8 + 1) {
                Some(_) if item.situational && i % 7 == 0 => Some(Answer::NotComeUp),
                scale => scale.map(Answer::Scale),
            };
            answer.map(|a| (item.id.clone(), a))
        })
        .collect()
}

/// A colleague's answers: every fifth item they have not seen, whatever its wording.
fn seen_by_colleague(bank: &Bank, variant: Variant, step: usize) -> Answers {
    bank.order(variant)
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let answer = if i % 5 == 4 {
                Some(Answer::NotComeUp)
            } else {
                Likert::new((i * step % 5) as u8 + 1).map(Answer::Scale)
            };
            answer.map(|a| (item.id.clone(), a))
        })
        .collect()
}

fn main() -> std::io::Result<()> {
    let bank = Bank::current();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/decoders");
    std::fs::create_dir_all(&dir)?;
    let mut seeds: Vec<(String, String)> = Vec::new();

    let team = Workshop {
        id: "K3M9QX".into(),
        title: "Team day: listening & foresight".into(),
        variant: Variant::Full,
        message: "Think of the last three months. 100% anonymous unless you add your name.".into(),
        date: "2026-06-04".into(),
        bank_version: bank.version,
    };
    let pulse = Workshop {
        id: "7TZ0AB".into(),
        title: "Équipe — café ☕".into(),
        variant: Variant::Pulse,
        message: String::new(),
        date: String::new(),
        // A workshop created before the second edition, which keeps the first.
        bank_version: 1,
    };
    for (i, workshop) in [&team, &pulse].into_iter().enumerate() {
        seeds.push((format!("link-{i}"), workshop.to_query()));
    }

    let shared = |workshop: &Workshop, step, nonce, name: &str| SharedResult {
        workshop: workshop.id.clone(),
        variant: workshop.variant,
        bank_version: workshop.bank_version,
        day: 2_345,
        answers: answers(Bank::named(workshop.bank_version), workshop.variant, step),
        nonce,
        name: name.into(),
    };
    let codes: Vec<String> = [
        shared(&team, 1, 11, ""),
        shared(&team, 2, 12, "Ana"),
        shared(&team, 3, 13, "José María"),
        shared(&pulse, 4, 14, "李"),
    ]
    .iter()
    .map(encode)
    .collect();
    for (i, code) in codes.iter().enumerate() {
        seeds.push((format!("code-{i}"), code.clone()));
    }
    // As people paste them: wrapped, in groups, as links.
    seeds.push(("paste-0".into(), format!("{}\n{}, {}", codes[0], codes[1], codes[2])));
    seeds.push(("paste-1".into(), format!("https://example.org/app/#/r/{}.", codes[1])));

    // Feedback: a request straight back (the fuzz target's own, so that its codes are
    // accepted there), one through a collector, and what comes back to each.
    let direct = Request {
        id: team.id.clone(),
        name: "María José".into(),
        variant: Variant::Full,
        bank_version: bank.version,
        collector: None,
    };
    let through = Request {
        id: "Q4W8E2".into(),
        name: "Sam & Bo".into(),
        variant: Variant::Pulse,
        collector: Some("Kim O'Neil".into()),
        ..direct.clone()
    };
    for (i, request) in [&direct, &through].into_iter().enumerate() {
        seeds.push((format!("request-{i}"), request.to_query()));
    }
    let colleague = |request: &Request, step, nonce| Feedback {
        request: request.id.clone(),
        variant: request.variant,
        bank_version: request.bank_version,
        nonce,
        answers: seen_by_colleague(bank, request.variant, step),
    };
    let feedback: Vec<String> = (1..=3).map(|step| encode_feedback(&colleague(&direct, step, step as u16))).collect();
    for (i, code) in feedback[..2].iter().enumerate() {
        seeds.push((format!("feedback-{i}"), code.clone()));
    }
    seeds.push((
        "received-0".into(),
        format!("https://example.org/app/#/f/{}\n{}", feedback[0], feedback[1].to_lowercase()),
    ));
    let group: Vec<Feedback> = (1..=3).map(|step| colleague(&through, step, 40 + step as u16)).collect();
    let summary = encode_summary(&summary_of(&group).expect("three colleagues"));
    seeds.push(("summary-0".into(), summary.clone()));

    let routes = [
        Route::Landing,
        Route::Result { id: "lx2a9k-3f".into() },
        Route::Compare { before: "lx2a9k-3f".into(), after: "lz00qq-1b".into() },
        Route::Workshop { id: team.id.clone() },
        Route::Present { id: pulse.id.clone() },
        Route::Join { query: team.to_query() },
        Route::Shared { code: codes[2].clone() },
        Route::Ask { result: Some("lx2a9k-3f".into()) },
        Route::Request { id: direct.id.clone() },
        Route::Give { query: direct.to_query() },
        Route::Collect { query: through.to_query() },
        Route::Feedback { code: summary.clone() },
    ];
    for (i, route) in routes.iter().enumerate() {
        seeds.push((format!("route-{i}"), route.to_hash()));
    }

    let results = vec![
        SavedResult {
            id: "lx2a9k-3f".into(),
            taken_at: NOW - 90 * DAY,
            variant: Variant::Full,
            bank_version: bank.version,
            answers: answers(bank, Variant::Full, 1),
            note: "Listened more in 1:1s.\nTry: ask before advising.".into(),
            workshop: Some(team.clone()),
            edits: 0,
        },
        SavedResult {
            id: "lz00qq-1b".into(),
            taken_at: NOW,
            variant: Variant::Pulse,
            bank_version: bank.version,
            answers: answers(bank, Variant::Pulse, 3),
            note: String::new(),
            workshop: None,
            edits: 0,
        },
    ];
    let mut settings = Settings { last_backup: Some(NOW - DAY), ..Settings::default() };
    for (characteristic, goal) in bank.characteristics.iter().zip([4.2, 3.5, 5.0]) {
        settings.set_goal(characteristic, Some(goal));
    }
    let mut progress = InProgress::new(Variant::Full, Some(team.clone()), NOW);
    progress.answers = answers(bank, Variant::Full, 2).into_iter().take(12).collect();
    progress.page = 2;
    let workshops = [
        Facilitated { workshop: team.clone(), created_at: NOW - 2 * DAY, codes: codes[..3].to_vec() },
        Facilitated { workshop: pulse.clone(), created_at: NOW - DAY, codes: vec![codes[3].clone()] },
    ];
    let someone = Request { id: "7TZ0AB".into(), name: "Ana".into(), collector: Some("me".into()), ..direct.clone() };
    let mut book = FeedbackBook {
        asked: vec![
            Asked {
                request: direct.clone(),
                created_at: NOW - DAY,
                result: Some(results[0].id.clone()),
                codes: feedback.clone(),
                closed: true,
            },
            Asked { request: through.clone(), created_at: NOW, result: None, codes: vec![summary], closed: false },
        ],
        collecting: vec![Collecting {
            codes: (1..=4).map(|step| encode_feedback(&colleague(&someone, step, 70 + step as u16))).collect(),
            request: someone,
            created_at: NOW,
        }],
        ..FeedbackBook::default()
    };
    book.removed.remove("ZZZZZZ");
    let mut answering = InProgress::for_request(through.clone(), NOW);
    answering.answers = seen_by_colleague(bank, Variant::Pulse, 2).into_iter().take(6).collect();
    answering.page = 1;
    seeds.push(("book-0".into(), schema::encode_feedback(&book)));
    seeds.push(("giving-0".into(), schema::encode_giving(&Giving::Answering(answering))));
    let answered = Giving::Answered { request: direct.clone(), code: feedback[2].clone() };
    seeds.push(("giving-1".into(), schema::encode_giving(&answered)));
    seeds.push(("backup-0".into(), backup::export(&results, &settings, &book, NOW)));
    let mut removed = Removals::default();
    removed.remove("lsm2k1f0-2x");
    seeds.push(("history-0".into(), schema::encode_history(&results, &removed)));
    seeds.push(("progress-0".into(), schema::encode_progress(&progress)));
    seeds.push(("settings-0".into(), schema::encode_settings(&settings)));
    seeds.push(("workshops-0".into(), schema::encode_workshops(&workshops)));

    for (name, text) in &seeds {
        std::fs::write(dir.join(name), text)?;
    }
    println!("{} seeds in {}", seeds.len(), dir.display());
    Ok(())
}
