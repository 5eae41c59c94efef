//! Result codes round-trip, stay short, survive copying, and refuse damage with a reason.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::json;
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::questionnaire::scoring::score;
use servewell::model::sharing::code::{decode, encode, SharedResult, MAX_NAME_BYTES};
use servewell::model::sharing::envelope::{normalised, CodeError};
use servewell::model::sharing::link::{is_link_id, link_id};
use servewell::model::text::clean;

fn bank() -> &'static Bank {
    Bank::current()
}

fn full(answer: impl Fn(usize) -> Option<u8>, name: &str) -> SharedResult {
    let answers: Answers = bank()
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| answer(i).and_then(Likert::new).map(|a| (item.id.clone(), Answer::Scale(a))))
        .collect();
    SharedResult {
        workshop: "K3M9QX".into(),
        variant: Variant::Full,
        bank_version: bank().version,
        day: 2_517,
        answers,
        nonce: 4_321,
        name: name.into(),
    }
}

#[test]
fn a_full_result_without_a_name_fits_in_48_characters() {
    let longest = encode(&full(|_| Some(5), ""));
    assert!(longest.len() <= 48, "{} characters: {longest}", longest.len());
    assert!(longest.starts_with("SW"));
}

#[test]
fn a_code_survives_spaces_line_breaks_hyphens_and_case() {
    let result = full(|i| Some((i % 5) as u8 + 1), "");
    let code = encode(&result);
    let mangled: String = code
        .chars()
        .enumerate()
        .map(|(i, c)| if i % 7 == 3 { format!("{}\n ", c.to_ascii_lowercase()) } else { format!("{c}-") })
        .collect();
    assert_eq!(decode(&format!("  {mangled}  ")), Ok(result));
}

#[test]
fn every_kind_of_damage_is_refused_with_its_reason() {
    let code = encode(&full(|_| Some(3), ""));
    assert_eq!(decode(""), Err(CodeError::Empty));
    assert_eq!(decode(" \n "), Err(CodeError::Empty));
    assert_eq!(decode(&format!("XX{}", &code[2..])), Err(CodeError::WrongPrefix));
    assert_eq!(decode(&format!("{code}U")), Err(CodeError::BadCharacter('U')));
    assert_eq!(decode(&"SW0".repeat(100)), Err(CodeError::TooLong));
    assert_eq!(decode(&code[..code.len() - 1]), Err(CodeError::Damaged), "last character cut");
    assert_eq!(decode(&format!("SW{}", &code[3..])), Err(CodeError::Damaged), "first character cut");
    // The format digit is the first five bits: a later format is named as such.
    let later = format!("SW{}{}", 'Z', &code[3..]);
    assert!(matches!(decode(&later), Err(CodeError::UnknownFormat(_))));
}

#[test]
fn every_single_character_change_is_caught() {
    let code = encode(&full(|i| Some((i % 4) as u8 + 2), "Ana"));
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for position in 3..code.len() {
        for replacement in alphabet.chars() {
            let mut changed: Vec<char> = code.chars().collect();
            if changed[position] == replacement {
                continue;
            }
            changed[position] = replacement;
            let changed: String = changed.into_iter().collect();
            assert!(decode(&changed).is_err(), "{changed} was accepted");
        }
    }
}

#[test]
fn a_code_from_a_newer_edition_of_the_questions_is_named_as_such() {
    let newer = Bank::current().version + 1;
    let result = SharedResult { bank_version: newer, ..full(|_| Some(4), "") };
    assert_eq!(decode(&encode(&result)), Err(CodeError::OtherBankVersion(newer)));
}

/// Codes written by the app before the second edition (format 1, edition 1), with the
/// answers they were made from.
const FIRST_EDITION_CODES: [(&str, &str); 2] = [
    (
        "SW20SHT4VYGJA8006GZX39HD9YMR1G0FSQSX2816BZR",
        r#"{"awa1":3,"awa2":4,"awa3":5,"awa4":1,"com1":2,"com2":3,"com3":4,"com4":5,"con1":1,"con2":2,"con3":3,"con4":4,"emp1":5,"emp2":1,"emp3":2,"emp4":3,"for1":5,"for2":1,"for3":2,"for4":3,"gro1":3,"gro2":4,"gro3":5,"gro4":1,"hea1":4,"hea2":5,"hea3":1,"hea4":2,"lis1":1,"lis2":2,"lis3":3,"lis4":4,"per1":2,"per2":3,"per3":4,"per4":5,"ste1":4,"ste2":5,"ste3":1,"ste4":2}"#,
    ),
    (
        "SW30SHT4VYGJA800AP86NE385Q624TQE",
        r#"{"awa1":2,"com1":4,"con1":1,"emp1":3,"for1":3,"gro1":2,"hea1":5,"lis1":1,"per1":4,"ste1":5}"#,
    ),
];

#[test]
fn codes_of_the_first_edition_are_read_and_scored_with_it() {
    let v1 = Bank::of_version(1).expect("the first edition");
    for (code, answers) in FIRST_EDITION_CODES {
        let shared = decode(code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        let answers: Answers = json::read(answers).expect("answers");
        assert_eq!(shared.bank_version, 1);
        assert_eq!(shared.answers, answers, "{code}");
        // Its own items and keying: lis4 is reversed in the first edition, and unknown in the second.
        assert_eq!(shared.score(), score(v1, shared.variant, &answers));
        assert!(shared.score().overall.is_some());
        // Written again, it stays a first-edition result.
        assert_eq!(decode(&encode(&shared)), Ok(shared));
    }
    let full = decode(FIRST_EDITION_CODES[0].0).expect("readable");
    assert_eq!(full.name, "");
    let pulse = decode(FIRST_EDITION_CODES[1].0).expect("readable");
    assert_eq!((pulse.variant, pulse.name.as_str()), (Variant::Pulse, "Ana"));
    // The second edition would score the same answers differently, or not at all.
    assert_ne!(score(Bank::current(), full.variant, &full.answers), full.score());
}

#[test]
fn hasnt_come_up_travels_in_a_code_and_is_not_a_missing_answer() {
    let bank = Bank::current();
    let mut result = full(|_| Some(3), "");
    let situational = bank.items.iter().find(|i| i.situational).expect("a situational item");
    result.answers.insert(situational.id.clone(), Answer::NotComeUp);
    let unanswered = bank.items.iter().find(|i| !i.situational).expect("an everyday item");
    result.answers.remove(&unanswered.id);
    assert_eq!(decode(&encode(&result)), Ok(result));
}

#[test]
fn workshop_ids_are_six_base32_characters() {
    assert!(is_link_id(&link_id(0)));
    assert!(is_link_id(&link_id(u32::MAX)));
    assert_eq!(link_id(0), "000000");
    assert!(!is_link_id("ABC"));
    assert!(!is_link_id("ABCDEU"));
    assert_eq!(normalised(" sw-1o L\n"), "SW101");
}

fn any_result() -> impl Strategy<Value = SharedResult> {
    let count = bank().items.len();
    (any::<bool>(), prop::collection::vec(0u8..=5, count), any::<u16>(), 0u32..=0xFFFF, any::<u32>(), "[\\PC]{0,12}")
        .prop_map(|(pulse, values, nonce, day, workshop, name)| {
            let variant = if pulse { Variant::Pulse } else { Variant::Full };
            let answers = bank()
                .items
                .iter()
                .zip(values)
                .filter(|(item, _)| variant.asks(item))
                .filter_map(|(item, v)| Likert::new(v).map(|a| (item.id.clone(), Answer::Scale(a))))
                .collect();
            // Names are kept to MAX_NAME_BYTES, on a character boundary.
            let name: String = name
                .chars()
                .scan(0, |bytes, c| {
                    *bytes += c.len_utf8();
                    (*bytes <= MAX_NAME_BYTES).then_some(c)
                })
                .collect();
            SharedResult {
                workshop: link_id(workshop),
                variant,
                bank_version: bank().version,
                day,
                answers,
                nonce,
                name,
            }
        })
}

proptest! {
    #[test]
    fn every_result_round_trips_through_its_code(result in any_result()) {
        // Names come back cleaned, as the app itself makes them.
        let expected = SharedResult { name: clean(&result.name), ..result.clone() };
        prop_assert_eq!(decode(&encode(&result)), Ok(expected));
    }

    #[test]
    fn any_changed_character_of_any_code_is_caught(result in any_result(), position in 2usize..40, shift in 1u8..32) {
        let code = encode(&result);
        let alphabet = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let mut changed = code.into_bytes();
        let position = position.min(changed.len() - 1);
        let now = alphabet.iter().position(|a| *a == changed[position]).expect("base32");
        changed[position] = alphabet[(now + shift as usize) % 32];
        let changed = String::from_utf8(changed).expect("ascii");
        prop_assert!(decode(&changed).is_err(), "{} was accepted", changed);
    }

    #[test]
    fn decoding_anything_never_panics(input in "\\PC{0,120}") {
        let _ = decode(&input);
    }

    #[test]
    fn decoding_near_codes_never_panics(tail in "[0-9A-Za-z]{0,60}") {
        let _ = decode(&format!("SW{tail}"));
    }
}

/// A deployment deeper than most: every link carries this before its fragment.
const DEPLOYED: &str = "https://leadership-workshops.example.org/some/deeper/path/servewell/";

#[test]
fn a_result_link_makes_a_qr_code_a_phone_reads_from_a_projector() {
    // The longest result: every item answered, and names longer than any allowed, in
    // one-, two- and four-byte characters, which the code cuts to MAX_NAME_BYTES.
    for name in ["Maximiliana", &"N".repeat(63), &"é".repeat(40), &"😀".repeat(20)] {
        let code = encode(&full(|_| Some(5), name));
        let link = format!("{DEPLOYED}#/r/{code}");
        let (modules, _) = servewell::model::present::qr::qr_path(&link).expect("a QR code");
        // Version 8 (49 modules) plus the quiet zone, at most: on a 600-pixel projection
        // each module is still 10 pixels or more.
        assert!(modules <= 57, "{modules} modules for {} characters (a name of {} bytes)", link.len(), name.len());
        let kept = decode(&code).expect("decodes").name;
        assert!(kept.len() <= MAX_NAME_BYTES && name.starts_with(&kept), "{kept:?}");
    }
}

#[test]
fn the_name_shown_with_a_code_is_the_name_it_carries() {
    use servewell::model::kept::history::SavedResult;
    use servewell::model::sharing::workshop::Workshop;
    let workshop = Workshop {
        id: "K3M9QX".into(),
        title: "Day".into(),
        variant: Variant::Pulse,
        message: String::new(),
        date: String::new(),
        bank_version: Bank::current().version,
    };
    let answers = Bank::current()
        .order(Variant::Pulse)
        .iter()
        .map(|i| (i.id.clone(), Answer::Scale(Likert::new(3).expect("1–5"))))
        .collect();
    let saved = SavedResult {
        id: "r-1".into(),
        taken_at: 1_700_000_000_000,
        variant: Variant::Pulse,
        bank_version: 1,
        answers,
        note: String::new(),
        workshop: Some(workshop),
        edits: 0,
    };
    let shared = saved.shared("Żaneta Łukaszewska-Nowak").expect("a workshop's result");
    assert!(shared.name.len() <= MAX_NAME_BYTES);
    let decoded = decode(&encode(&shared)).expect("readable");
    assert_eq!(decoded.name, shared.name);
}
