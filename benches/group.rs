//! Benchmark, not a test: how long the model takes for the biggest jobs a browser gives
//! it, printed as figures. `cargo bench --bench group` (part of `make bench`).

use servewell::model::kept::history::{Removals, SavedResult};
use servewell::model::kept::schema::{decode_history, encode_history};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::code::{encode, SharedResult};
use servewell::model::sharing::group::{add_codes, profile};
use servewell::model::sharing::workshop::Workshop;
use std::time::Instant;

fn answers(bank: &Bank, seed: usize) -> Answers {
    bank.items
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id.clone(), Answer::Scale(Likert::new(((i * 7 + seed) % 5) as u8 + 1).expect("1–5"))))
        .collect()
}

fn timed<T>(what: &str, runs: u32, mut job: impl FnMut() -> T) -> T {
    let start = Instant::now();
    let mut last = None;
    for _ in 0..runs {
        last = Some(job());
    }
    println!("{what}: {:.2} ms", start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs));
    last.expect("at least one run")
}

fn main() {
    let bank = Bank::current();
    let codes: String = (0..500)
        .map(|n| {
            let result = SharedResult {
                workshop: "K3M9QX".into(),
                variant: Variant::Full,
                bank_version: bank.version,
                day: 2_517,
                answers: answers(bank, n),
                nonce: n as u16,
                name: String::new(),
            };
            encode(&result) + "\n"
        })
        .collect();
    let workshop = Workshop {
        id: "K3M9QX".into(),
        title: "Bench".into(),
        variant: Variant::Full,
        message: String::new(),
        date: String::new(),
        bank_version: bank.version,
    };
    let kept = timed("checking 500 pasted codes", 10, || {
        let mut kept = Vec::new();
        add_codes(&mut kept, &codes, &workshop);
        kept
    });
    let group = timed("the profile of 500 participants", 10, || profile(&kept));
    println!("  participants: {}", group.map_or(0, |g| g.participants));

    let history: Vec<SavedResult> = (0..1_000)
        .map(|n| SavedResult {
            id: format!("r{n}"),
            taken_at: 1_700_000_000_000 + n as u64 * 604_800_000,
            variant: Variant::Full,
            bank_version: bank.version,
            answers: answers(bank, n),
            note: String::new(),
            workshop: None,
            edits: 0,
        })
        .collect();
    let stored = timed("storing 1,000 results", 10, || encode_history(&history, &Removals::default()));
    println!("  stored size: {} KB", stored.len() / 1024);
    let read = timed("reading 1,000 results back", 10, || decode_history(&stored));
    println!("  read back: {}", read.map_or(0, |h| h.results.len()));
    let scores = timed("scoring 1,000 results", 10, || history.iter().map(|r| r.score()).collect::<Vec<_>>());
    println!("  scored: {}", scores.len());
}
