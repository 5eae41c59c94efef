//! Colleagues' feedback: feedback and summary codes round-trip, survive copying and refuse
//! every damage; no code carries a name; colleagues' view counts only whole groups of
//! three; a summary cannot be taken apart; pasted codes are judged; two tabs' books merge.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::kept::feedback::{receive, Asked, Collecting, FeedbackBook, Kind, Received, MAX_CODES};
use servewell::model::kept::progress::Giving;
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Item, Variant};
use servewell::model::questionnaire::scoring::score;
use servewell::model::sharing::code::{encode, SharedResult};
use servewell::model::sharing::envelope::CodeError;
use servewell::model::sharing::feedback::{
    decode_feedback, decode_summary, encode_feedback, encode_summary, in_whole_groups, rated_enough, Feedback, Summary,
    MAX_SUMMARISED, MIN_COLLEAGUES,
};
use servewell::model::sharing::link::link_id;
use servewell::model::sharing::others::{from_feedback, from_summary, gaps, summary_of, Gap, Others, Seen};
use servewell::model::sharing::request::Request;
use servewell::model::state::{Action, Holder, Sheet, State};

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn bank() -> &'static Bank {
    Bank::current()
}

fn request(collector: Option<&str>) -> Request {
    Request::new("Maria", Variant::Full, collector, 987_654_321).expect("a good request")
}

fn likert(value: u8) -> Answer {
    Answer::Scale(Likert::new(value).expect("1–5"))
}

/// The full questionnaire's answers, each from `answer`.
fn answered(answer: impl Fn(&Item) -> Option<Answer>) -> Answers {
    bank().asked(Variant::Full).filter_map(|item| answer(item).map(|a| (item.id.clone(), a))).collect()
}

/// Answers that score `value` on every characteristic: reverse-keyed items mirrored.
fn scoring(value: u8) -> Answers {
    answered(|item| Some(likert(if item.is_reverse() { 6 - value } else { value })))
}

fn given(request: &Request, answers: Answers, nonce: u16) -> Feedback {
    Feedback {
        request: request.id.clone(),
        variant: request.variant,
        bank_version: request.bank_version,
        nonce,
        answers,
    }
}

/// Three colleagues' codes and more, each scoring one of `values` everywhere.
fn group(request: &Request, values: &[u8]) -> Vec<Feedback> {
    values.iter().enumerate().map(|(i, v)| given(request, scoring(*v), i as u16)).collect()
}

/// Any answers to `variant`'s items: none, 1–5, or "I haven't seen this".
fn any_answers(variant: Variant) -> impl Strategy<Value = Answers> {
    let items: Vec<&Item> = bank().asked(variant).collect();
    prop::collection::vec(0u8..7, items.len()).prop_map(move |digits| {
        items
            .iter()
            .zip(digits)
            .filter_map(|(item, digit)| {
                let answer = match digit {
                    0 => return None,
                    6 => Answer::NotComeUp,
                    n => likert(n),
                };
                Some((item.id.clone(), answer))
            })
            .collect()
    })
}

fn any_feedback() -> impl Strategy<Value = Feedback> {
    (any::<bool>(), any::<u32>(), any::<u16>())
        .prop_flat_map(|(pulse, id, nonce)| {
            let variant = if pulse { Variant::Pulse } else { Variant::Full };
            (Just(variant), Just(id), Just(nonce), any_answers(variant))
        })
        .prop_map(|(variant, id, nonce, answers)| Feedback {
            request: link_id(id),
            variant,
            bank_version: bank().version,
            nonce,
            answers,
        })
}

/// Any summary a collector could send: a mean only where enough colleagues rated.
fn any_summary() -> impl Strategy<Value = Summary> {
    let count = bank().characteristics.len();
    (any::<u32>(), any::<bool>(), MIN_COLLEAGUES..=MAX_SUMMARISED)
        .prop_flat_map(move |(id, pulse, colleagues)| {
            let characteristic = (0..=colleagues, 0u8..=40, any::<bool>());
            (Just(id), Just(pulse), Just(colleagues), prop::collection::vec(characteristic, count))
        })
        .prop_map(|(id, pulse, colleagues, characteristics)| Summary {
            request: link_id(id),
            variant: if pulse { Variant::Pulse } else { Variant::Full },
            bank_version: bank().version,
            colleagues,
            characteristics: characteristics
                .into_iter()
                .map(|(rated, tenths, shown)| {
                    let mean = (shown && rated_enough(rated, colleagues)).then(|| f64::from(10 + tenths) / 10.0);
                    (rated, mean)
                })
                .collect(),
        })
}

/// Whether a decoder reads a code.
type Reads = fn(&str) -> bool;

/// One code of each kind, with the decoder that reads it.
fn samples() -> Vec<(String, Reads)> {
    let maria = request(Some("Sam"));
    let feedback = given(&maria, answered(|item| Some(likert((item.id.len() % 5) as u8 + 1))), 513);
    let summary = summary_of(&group(&maria, &[2, 3, 5])).expect("three colleagues");
    vec![
        (encode_feedback(&feedback), |code| decode_feedback(code).is_ok()),
        (encode_summary(&summary), |code| decode_summary(code).is_ok()),
    ]
}

// ---- Codes ------------------------------------------------------------------------------

#[test]
fn every_single_character_change_is_refused() {
    for (code, reads) in samples() {
        assert!(reads(&code));
        for position in 2..code.len() {
            for replacement in ALPHABET.chars() {
                let mut changed: Vec<char> = code.chars().collect();
                if changed[position] == replacement {
                    continue;
                }
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert!(!reads(&changed), "{changed} was accepted");
            }
        }
    }
}

#[test]
fn every_truncation_and_every_extension_is_refused() {
    for (code, reads) in samples() {
        for end in 0..code.len() {
            assert!(!reads(&code[..end]), "{} was accepted", &code[..end]);
        }
        for extra in ALPHABET.chars() {
            assert!(!reads(&format!("{code}{extra}")), "{code}{extra} was accepted");
        }
    }
}

#[test]
fn a_wrong_prefix_or_checksum_is_refused_with_its_reason() {
    let [(feedback, _), (summary, _)] = <[_; 2]>::try_from(samples()).expect("two samples");
    assert_eq!(decode_feedback(&format!("SW{}", &feedback[2..])), Err(CodeError::WrongPrefix));
    assert_eq!(decode_feedback(&summary), Err(CodeError::WrongPrefix));
    assert_eq!(decode_summary(&feedback), Err(CodeError::WrongPrefix));
    assert_eq!(decode_feedback(""), Err(CodeError::Empty));
    assert_eq!(decode_summary(&"SS0".repeat(100)), Err(CodeError::TooLong));
    assert_eq!(decode_feedback(&format!("{feedback}U")), Err(CodeError::BadCharacter('U')));
    // The checksum is the last 20 bits: a change to the last character breaks it.
    let last_changed = |code: &str| {
        let (head, last) = code.split_at(code.len() - 1);
        format!("{head}{}", if last == "0" { '1' } else { '0' })
    };
    assert_eq!(decode_feedback(&last_changed(&feedback)).map(|_| ()), Err(CodeError::Damaged));
    assert_eq!(decode_summary(&last_changed(&summary)).map(|_| ()), Err(CodeError::Damaged));
    // A later format is named as such, not as damage.
    let later = format!("SFZ{}", &feedback[3..]);
    assert!(matches!(decode_feedback(&later), Err(CodeError::UnknownFormat(_))));
}

#[test]
fn codes_survive_spaces_case_hyphens_and_line_breaks() {
    for (code, reads) in samples() {
        let mangled: String = code
            .chars()
            .enumerate()
            .map(|(i, c)| match i % 5 {
                0 => format!("{}\r\n", c.to_ascii_lowercase()),
                1 => format!("{c} "),
                2 => format!("{c}-"),
                _ => c.to_ascii_lowercase().to_string(),
            })
            .collect();
        assert!(reads(&format!(" \t{mangled}\n")), "{mangled}");
    }
}

#[test]
fn a_code_from_a_newer_edition_of_the_questions_is_named_as_such() {
    let newer = bank().version + 1;
    let feedback = Feedback { bank_version: newer, ..given(&request(None), Answers::new(), 1) };
    assert_eq!(decode_feedback(&encode_feedback(&feedback)), Err(CodeError::OtherBankVersion(newer)));
}

#[test]
fn codes_are_as_short_as_result_codes_and_never_longer_than_40_characters() {
    let maria = request(None);
    // Every answer is a digit of one fixed width: the codes of any answers are as long.
    let longest = encode_feedback(&given(&maria, answered(|_| Some(Answer::NotComeUp)), u16::MAX));
    let shortest = encode_feedback(&given(&maria, Answers::new(), 0));
    assert_eq!(longest.len(), shortest.len());
    let pulse = Feedback { variant: Variant::Pulse, answers: Answers::new(), ..given(&maria, Answers::new(), 0) };
    let pulse = encode_feedback(&pulse);
    let result = encode(&SharedResult {
        workshop: maria.id.clone(),
        variant: Variant::Full,
        bank_version: bank().version,
        day: 2_517,
        answers: scoring(5),
        nonce: 1,
        name: String::new(),
    });
    let summary = encode_summary(&Summary {
        request: maria.id.clone(),
        variant: Variant::Full,
        bank_version: bank().version,
        colleagues: MAX_SUMMARISED,
        characteristics: vec![(MAX_SUMMARISED, Some(5.0)); bank().characteristics.len()],
    });
    println!(
        "longest codes: feedback {} characters (pulse {}), summary {} characters; a full result code without a name is {}",
        longest.len(),
        pulse.len(),
        summary.len(),
        result.len()
    );
    assert!(longest.len() <= result.len(), "{longest} is longer than {result}");
    assert!(longest.len() <= 40 && summary.len() <= 40, "{longest} {summary}");
}

#[test]
fn a_code_never_carries_a_name() {
    // Colleagues answering requests that differ only in the names they show (the
    // asker's and the collector's) send the very same code: no name travels.
    let answer = |request: Request| {
        let mut state = State::default();
        state.apply(Action::Give { request, now: 1 });
        for (item, answer) in scoring(4) {
            state.apply(Action::Answer { sheet: Sheet::Giving, item, answer });
        }
        state.apply(Action::FinishGiving { nonce: 77 });
        match state.giving {
            Some(Giving::Answered { code, .. }) => code,
            other => panic!("answered, got {other:?}"),
        }
    };
    let maria = request(Some("Sam Okafor"));
    let renamed = Request { name: "Zanetta Brown".into(), collector: Some("Kim".into()), ..maria.clone() };
    let code = answer(maria.clone());
    assert_eq!(code, answer(renamed));
    assert_eq!(code, answer(Request { collector: None, ..maria }));
    // Every field a feedback code carries, named: a name would have to be one of them.
    let Feedback { request: id, variant, bank_version, nonce, answers } = decode_feedback(&code).expect("readable");
    assert_eq!((id.len(), variant, bank_version, nonce), (6, Variant::Full, bank().version, 77));
    assert_eq!(answers, scoring(4));
}

proptest! {
    #[test]
    fn every_feedback_code_round_trips(feedback in any_feedback()) {
        prop_assert_eq!(decode_feedback(&encode_feedback(&feedback)), Ok(feedback));
    }

    #[test]
    fn every_summary_code_round_trips(summary in any_summary()) {
        prop_assert_eq!(decode_summary(&encode_summary(&summary)), Ok(summary));
    }

    #[test]
    fn a_collector_sends_exactly_the_summary_they_see(
        answers in prop::collection::vec(any_answers(Variant::Full), 3..10)
    ) {
        let maria = request(Some("Sam"));
        let feedback: Vec<Feedback> =
            answers.into_iter().enumerate().map(|(i, a)| given(&maria, a, i as u16)).collect();
        let summary = summary_of(&feedback).expect("three colleagues or more");
        prop_assert_eq!(decode_summary(&encode_summary(&summary)), Ok(summary));
    }

    #[test]
    fn any_changed_character_of_any_feedback_code_is_caught(
        feedback in any_feedback(), position in 2usize..40, shift in 1usize..32
    ) {
        let code = encode_feedback(&feedback);
        let mut changed: Vec<char> = code.chars().collect();
        let position = position.min(changed.len() - 1);
        let now = ALPHABET.find(changed[position]).expect("base32");
        changed[position] = ALPHABET.as_bytes()[(now + shift) % 32] as char;
        let changed: String = changed.into_iter().collect();
        prop_assert!(decode_feedback(&changed).is_err(), "{} was accepted", changed);
    }

    #[test]
    fn decoding_near_codes_never_panics(tail in "[0-9A-Za-z]{0,60}") {
        let _ = decode_feedback(&format!("SF{tail}"));
        let _ = decode_summary(&format!("SS{tail}"));
    }
}

// ---- Colleagues' view -------------------------------------------------------------------

#[test]
fn three_is_the_minimum_and_views_grow_in_whole_groups_of_three() {
    assert_eq!(MIN_COLLEAGUES, 3);
    let cases = [(0, 0), (1, 0), (2, 0), (3, 3), (4, 3), (5, 3), (6, 6), (7, 6), (63, 63), (200, 198)];
    for (received, shown) in cases {
        assert_eq!(in_whole_groups(received), shown, "{received}");
    }
    let maria = request(None);
    let everyone = group(&maria, &[5, 4, 3, 2, 1, 5, 4, 3, 2, 1]);
    for received in 0..=everyone.len() {
        let view = from_feedback(&everyone[..received]);
        assert_eq!(view.as_ref().map(|v| v.colleagues), (received >= 3).then(|| in_whole_groups(received)));
        if received >= 3 {
            assert_eq!(view, from_feedback(&everyone[..in_whole_groups(received)]), "{received}");
        }
    }
}

#[test]
fn the_view_gives_each_characteristic_the_colleagues_mean_and_range() {
    let maria = request(None);
    // The fourth colleague waits for a group of three of their own.
    let view = from_feedback(&group(&maria, &[5, 4, 3, 1])).expect("three colleagues");
    assert_eq!(view.colleagues, 3);
    assert_eq!(view.overall, Some(4.0));
    for (seen, id) in view.characteristics.iter().zip(&bank().characteristics) {
        assert_eq!(seen, &Seen { id: id.clone(), rated: 3, mean: Some(4.0), range: Some((3.0, 5.0)) });
    }
}

#[test]
fn rated_by_most_and_by_three_or_more_or_else_marked() {
    let cases = [(3, 3, true), (2, 3, false), (0, 3, false), (4, 6, true), (3, 6, false), (3, 5, true), (0, 0, false)];
    for (rated, colleagues, enough) in cases {
        assert_eq!(rated_enough(rated, colleagues), enough, "{rated} of {colleagues}");
    }
    // One of three has not seen any listening: marked, with how many could rate it.
    let maria = request(None);
    let not_seen = answered(|item| {
        Some(if item.characteristic == "listening" {
            Answer::NotComeUp
        } else {
            likert(if item.is_reverse() { 2 } else { 4 })
        })
    });
    let mut three = group(&maria, &[4, 4]);
    three.push(given(&maria, not_seen, 9));
    let view = from_feedback(&three).expect("three colleagues");
    let listening = &view.characteristics[0];
    assert_eq!((listening.id.as_str(), listening.rated, listening.mean, listening.range), ("listening", 2, None, None));
    assert_eq!(view.characteristics[1].mean, Some(4.0));
    // Nine of ten characteristics still make an overall.
    assert_eq!(view.overall, Some(4.0));
    // "I haven't seen this" to one item of four still leaves a score for it.
    let one_unseen = answered(|item| {
        Some(if item.id == "lis3" { Answer::NotComeUp } else { likert(if item.is_reverse() { 2 } else { 4 }) })
    });
    let mut three = group(&maria, &[4, 4]);
    three.push(given(&maria, one_unseen, 9));
    assert_eq!(from_feedback(&three).expect("three").characteristics[0].rated, 3);
}

proptest! {
    #[test]
    fn one_more_code_changes_the_view_only_when_it_completes_a_group_of_three(
        answers in prop::collection::vec(any_answers(Variant::Full), 1..13)
    ) {
        let maria = request(None);
        let feedback: Vec<Feedback> =
            answers.into_iter().enumerate().map(|(i, a)| given(&maria, a, i as u16)).collect();
        for before in 0..feedback.len() {
            let after = before + 1;
            if after % MIN_COLLEAGUES != 0 {
                prop_assert_eq!(from_feedback(&feedback[..after]), from_feedback(&feedback[..before]), "{}", after);
                prop_assert_eq!(summary_of(&feedback[..after]), summary_of(&feedback[..before]));
            }
        }
    }

    #[test]
    fn a_summary_is_the_same_in_any_order_of_its_group(
        answers in prop::collection::vec(any_answers(Variant::Full), 3..=3),
        rotate in 0usize..3,
    ) {
        let maria = request(Some("Sam"));
        let mut feedback: Vec<Feedback> =
            answers.into_iter().enumerate().map(|(i, a)| given(&maria, a, i as u16)).collect();
        let summary = summary_of(&feedback).map(|s| encode_summary(&s));
        feedback.rotate_left(rotate);
        feedback.swap(0, 1);
        prop_assert_eq!(summary_of(&feedback).map(|s| encode_summary(&s)), summary);
    }
}

#[test]
fn a_summary_cannot_be_taken_apart() {
    let maria = request(Some("Sam"));
    // Two colleagues alike and one not, in every order: one and the same code.
    let odd = given(&maria, scoring(2), 3);
    let alike = || group(&maria, &[5, 5]);
    let orders = [
        vec![alike()[0].clone(), alike()[1].clone(), odd.clone()],
        vec![alike()[0].clone(), odd.clone(), alike()[1].clone()],
        vec![odd.clone(), alike()[1].clone(), alike()[0].clone()],
    ];
    let codes: Vec<String> = orders.iter().map(|o| encode_summary(&summary_of(o).expect("three"))).collect();
    assert!(codes.iter().all(|c| *c == codes[0]), "{codes:?}");
    // Different groups with the same means send the same code: nothing tells them apart.
    let spread = encode_summary(&summary_of(&group(&maria, &[2, 3, 4])).expect("three"));
    let even = encode_summary(&summary_of(&group(&maria, &[3, 3, 3])).expect("three"));
    assert_eq!(spread, even);
    // For another request, they differ in the request alone.
    let other = request(None);
    let other = Request { id: link_id(5), ..other };
    let elsewhere = decode_summary(&encode_summary(&summary_of(&group(&other, &[3, 3, 3])).expect("three")));
    let here = decode_summary(&spread).expect("readable");
    assert_eq!(elsewhere, Ok(Summary { request: link_id(5), ..here.clone() }));
    // Every field a summary carries, named: counts and means, no range, no nonce, no one.
    let Summary { request: _, variant: _, bank_version: _, colleagues, characteristics } = here.clone();
    assert_eq!(colleagues, 3);
    assert!(characteristics.iter().all(|c| *c == (3, Some(3.0))));
    assert!(from_summary(&here).characteristics.iter().all(|c| c.range.is_none()));
}

#[test]
fn a_summary_counts_whole_groups_up_to_what_a_code_can_carry() {
    let maria = request(Some("Sam"));
    assert_eq!(summary_of(&group(&maria, &[4, 4])), None);
    let five = summary_of(&group(&maria, &[4, 4, 4, 1, 1])).expect("three");
    assert_eq!(five, summary_of(&group(&maria, &[4, 4, 4])).expect("three"));
    assert_eq!(five.colleagues, 3);
    let many: Vec<Feedback> = (0..70).map(|i| given(&maria, scoring(3), i)).collect();
    let summary = summary_of(&many).expect("many");
    assert_eq!(summary.colleagues, MAX_SUMMARISED);
    assert_eq!(decode_summary(&encode_summary(&summary)), Ok(summary));
    // The view a summary gives is the collector's, without ranges.
    let direct = from_feedback(&group(&maria, &[5, 4, 2])).expect("three");
    let summed = from_summary(&summary_of(&group(&maria, &[5, 4, 2])).expect("three"));
    assert_eq!(summed.colleagues, direct.colleagues);
    assert_eq!(summed.overall.map(|o| (o * 10.0).round()), direct.overall.map(|o| (o * 10.0).round()));
    for (s, d) in summed.characteristics.iter().zip(&direct.characteristics) {
        assert_eq!((s.rated, s.range), (d.rated, None));
    }
}

#[test]
fn a_summary_that_claims_more_than_it_could_hold_is_refused() {
    let count = bank().characteristics.len();
    let summary = |colleagues, rated, mean| Summary {
        request: link_id(1),
        variant: Variant::Full,
        bank_version: bank().version,
        colleagues,
        characteristics: vec![(rated, mean); count],
    };
    assert!(decode_summary(&encode_summary(&summary(3, 3, Some(2.5)))).is_ok());
    assert_eq!(
        decode_summary(&encode_summary(&summary(3, 4, None))),
        Err(CodeError::Damaged),
        "more ratings than colleagues"
    );
    assert_eq!(
        decode_summary(&encode_summary(&summary(6, 3, Some(2.5)))),
        Err(CodeError::Damaged),
        "a mean from too few"
    );
    assert_eq!(decode_summary(&encode_summary(&summary(2, 2, Some(2.5)))), Err(CodeError::Damaged), "a mean of two");
}

// ---- Gaps -------------------------------------------------------------------------------

#[test]
fn gaps_name_the_largest_differences_of_half_a_point_or_more() {
    // Own scores, per characteristic in the bank's order: none for the seventh.
    let own = [3, 4, 2, 5, 2, 1, 0, 3, 3, 3];
    let answers = answered(|item| {
        let value = own[bank().characteristic_index(&item.characteristic).expect("known")];
        (value > 0).then(|| likert(if item.is_reverse() { 6 - value } else { value }))
    });
    let own = score(bank(), Variant::Full, &answers);
    let theirs =
        [Some(4.5), Some(3.46), Some(2.44), Some(3.0), Some(2.5), None, Some(1.0), Some(3.2), Some(3.0), Some(2.6)];
    let others = Others {
        colleagues: 3,
        characteristics: bank()
            .characteristics
            .iter()
            .zip(theirs)
            .map(|(id, mean)| Seen { id: id.clone(), rated: 3, mean, range: None })
            .collect(),
        overall: None,
    };
    let gap = |i: usize, own: f64, others: f64| Gap { id: bank().characteristics[i].clone(), own, others };
    let (hidden, worth_asking) = gaps(&own, &others);
    assert_eq!(hidden, vec![gap(0, 3.0, 4.5), gap(4, 2.0, 2.5)]);
    assert_eq!(worth_asking, vec![gap(3, 5.0, 3.0), gap(1, 4.0, 3.5)]);
}

// ---- Receiving codes --------------------------------------------------------------------

fn verdicts(report: &[(String, Received)]) -> Vec<Received> {
    report.iter().map(|(_, v)| v.clone()).collect()
}

#[test]
fn each_pasted_code_is_judged() {
    let maria = request(None);
    let a = encode_feedback(&given(&maria, scoring(4), 1));
    let b = encode_feedback(&given(&maria, scoring(2), 2));
    let mut codes = Vec::new();
    let report = receive(&mut codes, &format!("{a}\n{b}"), &maria, Kind::Feedback);
    assert_eq!(verdicts(&report), [Received::Accepted, Received::Accepted]);
    assert_eq!(codes, [a.clone(), b.clone()]);

    // The same code however copied: lower case, spaced, hyphenated, wrapped, as a link,
    // with letters that look like digits.
    let spaced: String = a.chars().flat_map(|c| [c, ' ']).collect();
    let looks_alike = a.replace('0', "O").replace('1', "l");
    let copies = [
        a.to_ascii_lowercase(),
        spaced,
        format!("{}-{}", &a[..10], &a[10..]),
        format!("{}\n{}", &a[..20], &a[20..]),
        format!("https://example.org/servewell/#/f/{a}."),
        looks_alike,
    ];
    for copy in copies {
        let report = receive(&mut codes, &copy, &maria, Kind::Feedback);
        assert_eq!(verdicts(&report), [Received::Duplicate], "{copy}");
    }

    let elsewhere = Request { id: link_id(12), ..maria.clone() };
    let pulse = Feedback { variant: Variant::Pulse, answers: Answers::new(), ..given(&maria, Answers::new(), 3) };
    let summary = encode_summary(&summary_of(&group(&maria, &[3, 3, 3])).expect("three"));
    let mut damaged: Vec<char> = b.chars().collect();
    damaged[12] = if damaged[12] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    let result = encode(&SharedResult {
        workshop: maria.id.clone(),
        variant: Variant::Full,
        bank_version: bank().version,
        day: 1,
        answers: scoring(3),
        nonce: 1,
        name: String::new(),
    });
    let text =
        [encode_feedback(&given(&elsewhere, scoring(4), 1)), encode_feedback(&pulse), summary.clone(), damaged, result]
            .join(" ");
    let report = receive(&mut codes, &text, &maria, Kind::Feedback);
    assert_eq!(
        verdicts(&report),
        [
            Received::OtherRequest,
            Received::OtherRequest,
            Received::WrongKind,
            Received::Invalid(CodeError::Damaged),
            Received::Invalid(CodeError::WrongPrefix)
        ]
    );
    assert_eq!(codes.len(), 2, "only accepted codes are kept");
    // And the reverse: a colleague's own code where only a summary belongs.
    let mut summaries = Vec::new();
    let report = receive(&mut summaries, &format!("{a} {summary}"), &request(Some("Sam")), Kind::Summary);
    assert_eq!(verdicts(&report), [Received::WrongKind, Received::Accepted]);
}

#[test]
fn a_request_takes_at_most_its_cap_of_codes() {
    let maria = request(None);
    let all: Vec<String> = (0..=MAX_CODES as u16).map(|n| encode_feedback(&given(&maria, scoring(3), n))).collect();
    let mut codes = Vec::new();
    let report = receive(&mut codes, &all.join("\n"), &maria, Kind::Feedback);
    assert_eq!(codes.len(), MAX_CODES);
    assert!(verdicts(&report[..MAX_CODES]).iter().all(|v| *v == Received::Accepted));
    assert_eq!(report[MAX_CODES].1, Received::Full);
    // A code already in is still named as such.
    assert_eq!(verdicts(&receive(&mut codes, &all[0], &maria, Kind::Feedback)), [Received::Duplicate]);
}

#[test]
fn what_is_reported_of_a_pasted_piece_is_short() {
    let mut codes = Vec::new();
    let long = format!("SF{}", "A".repeat(300));
    let report = receive(&mut codes, &long, &request(None), Kind::Feedback);
    assert_eq!(report.len(), 1);
    assert!(report[0].0.chars().count() <= 60);
    assert_eq!(report[0].1, Received::Invalid(CodeError::TooLong));
}

// ---- Kept requests, and two tabs --------------------------------------------------------

fn asked(request: &Request, codes: &[String]) -> Asked {
    Asked { request: request.clone(), created_at: 1, result: None, codes: codes.to_vec(), closed: false }
}

fn code_for(request: &Request, nonce: u16) -> String {
    encode_feedback(&given(request, scoring(3), nonce))
}

#[test]
fn a_request_reads_its_codes_by_the_way_they_come_back() {
    let direct = request(None);
    let through = request(Some("Sam"));
    assert_eq!(asked(&direct, &[]).kind(), Kind::Feedback);
    assert_eq!(asked(&through, &[]).kind(), Kind::Summary);
    let codes: Vec<String> = (0..4).map(|n| code_for(&direct, n)).collect();
    assert_eq!(asked(&direct, &codes).feedback().len(), 4);
    // Of a collector's summaries, the one of the most colleagues.
    let three = encode_summary(&summary_of(&group(&through, &[4, 4, 4])).expect("three"));
    let six = encode_summary(&summary_of(&group(&through, &[4, 4, 4, 1, 1, 1])).expect("six"));
    let kept = asked(&through, &[six.clone(), three]);
    assert_eq!(kept.summary().map(|s| s.colleagues), Some(6));
    assert_eq!(kept.summary(), decode_summary(&six).ok());
}

#[test]
fn two_tabs_books_merge_into_the_union() {
    let x = request(None);
    let y = Request { id: link_id(2), ..request(Some("Sam")) };
    let z = Request { id: link_id(3), name: "Bo".into(), ..request(None) };
    let (a, b, c) = (code_for(&x, 1), code_for(&x, 2), code_for(&x, 3));
    let mut mine = FeedbackBook { asked: vec![asked(&x, &[a.clone(), b.clone()])], ..FeedbackBook::default() };
    let theirs = FeedbackBook {
        asked: vec![asked(&x, &[b.clone(), c.clone()]), asked(&y, &[])],
        collecting: vec![Collecting { request: z.clone(), created_at: 2, codes: vec![code_for(&z, 9)] }],
        ..FeedbackBook::default()
    };
    assert!(mine.merge(&theirs), "mine holds a code theirs lacks");
    assert_eq!(mine.asked(&x.id).map(|r| r.codes.clone()), Some(vec![a, b, c]));
    assert!(mine.asked(&y.id).is_some());
    assert_eq!(mine.collecting(&z.id).map(|c| c.codes.len()), Some(1));
    // Merged the other way, the two settle: neither holds anything the other lacks.
    let mut back = theirs.clone();
    assert!(!back.merge(&mine));
    assert!(!mine.merge(&back));
    assert!(!mine.clone().merge(&mine));
}

#[test]
fn a_delete_wins_over_an_older_copy_and_a_later_collection_over_the_delete() {
    let x = request(None);
    let z = Request { id: link_id(3), ..request(Some("Sam")) };
    let both = FeedbackBook {
        asked: vec![asked(&x, &[code_for(&x, 1)])],
        collecting: vec![Collecting { request: z.clone(), created_at: 2, codes: Vec::new() }],
        ..FeedbackBook::default()
    };
    let mut state = State { feedback: both.clone(), ..State::default() };
    state.apply(Action::DeleteRequest(x.id.clone()));
    state.apply(Action::DeleteCollection(z.id.clone()));
    let deleted = state.feedback.clone();
    // The other tab, which still has them, learns of the deletes; this one keeps them.
    let mut other = both.clone();
    assert!(!other.merge(&deleted), "nothing to write back");
    assert!(other.asked.is_empty() && other.collecting.is_empty());
    let revision = state.feedback_revision;
    state.apply(Action::FeedbackChanged(both));
    assert_eq!(state.feedback_revision, revision + 1, "the deletes are written back");
    assert!(state.feedback.asked.is_empty() && state.feedback.collecting.is_empty());
    // Collecting again after the delete is a later change, and wins in the other tab.
    state.apply(Action::Collect { request: z.clone(), now: 3 });
    assert!(!other.merge(&state.feedback));
    assert!(other.collecting(&z.id).is_some());
    assert!(other.asked(&x.id).is_none());
}

#[test]
fn a_closed_request_stays_closed() {
    let x = request(None);
    let open = FeedbackBook { asked: vec![asked(&x, &[])], ..FeedbackBook::default() };
    let mut closed = open.clone();
    closed.asked[0].closed = true;
    let mut mine = open.clone();
    assert!(!mine.merge(&closed), "the close is all theirs had, and now this copy has it too");
    assert!(mine.asked[0].closed);
    assert!(closed.merge(&open), "the open copy lacks the close: written back");
    assert!(closed.asked[0].closed);
    let mut state = State { feedback: open, ..State::default() };
    state.apply(Action::CloseRequest(x.id.clone()));
    assert!(state.feedback.asked[0].closed);
}

#[test]
fn receiving_through_the_state_keeps_a_report_and_writes_only_when_something_is_added() {
    let maria = request(None);
    let mut state = State::default();
    state.apply(Action::Ask { request: maria.clone(), result: Some("r-1".into()), now: 1 });
    let revision = state.feedback_revision;
    let code = code_for(&maria, 1);
    state.apply(Action::Receive { into: Holder::Asked, id: maria.id.clone(), text: code.clone() });
    assert_eq!(state.feedback_revision, revision + 1);
    state.apply(Action::Receive { into: Holder::Asked, id: maria.id.clone(), text: code.clone() });
    assert_eq!(state.feedback_revision, revision + 1);
    assert_eq!(state.last_received, Some((Holder::Asked, maria.id.clone(), vec![(code, Received::Duplicate)])));
    // A collection of someone else's request takes feedback codes too.
    let theirs = Request { id: link_id(4), ..request(Some("Me")) };
    state.apply(Action::Collect { request: theirs.clone(), now: 2 });
    state.apply(Action::Receive { into: Holder::Collecting, id: theirs.id.clone(), text: code_for(&theirs, 5) });
    assert_eq!(state.feedback.collecting(&theirs.id).map(|c| c.codes.len()), Some(1));
}

#[test]
fn only_the_three_largest_gaps_of_each_kind_are_named_with_ties_at_the_cut() {
    // Own 5 everywhere; colleagues lower by 2.0, 1.5, 1.0, 1.0, 0.8 and 0.5, then equal.
    let answers = answered(|item| Some(likert(if item.is_reverse() { 1 } else { 5 })));
    let own = score(bank(), Variant::Full, &answers);
    let theirs = [3.0, 3.5, 4.0, 4.0, 4.2, 4.5, 5.0, 5.0, 5.0, 5.0];
    let others = Others {
        colleagues: 3,
        characteristics: bank()
            .characteristics
            .iter()
            .zip(theirs)
            .map(|(id, mean)| Seen { id: id.clone(), rated: 3, mean: Some(mean), range: None })
            .collect(),
        overall: None,
    };
    let (hidden, worth_asking) = gaps(&own, &others);
    assert!(hidden.is_empty());
    let named: Vec<&str> = worth_asking.iter().map(|g| g.id.as_str()).collect();
    let c = &bank().characteristics;
    assert_eq!(named, [&c[0], &c[1], &c[2], &c[3]].map(String::as_str), "the third and fourth tie at 1.0");
}
