//! Invisible characters that hide or reorder text never enter: not from a link, not from
//! a code, not from anything `clean` is given.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::questionnaire::answers::Answers;
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::code::{decode, encode, SharedResult};
use servewell::model::sharing::link::{LinkError, LinkField};
use servewell::model::sharing::percent::percent_encode;
use servewell::model::sharing::workshop::Workshop;
use servewell::model::text::{clean, clean_lines, is_format};

/// Every character the app must strip: direction marks, embeddings, overrides, isolates,
/// zero-width characters, the Arabic letter mark, the Mongolian vowel separator, BOM.
fn invisible() -> Vec<char> {
    let ranges =
        [(0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0xFEFF, 0xFEFF), (0x061C, 0x061C), (0x180E, 0x180E)];
    ranges.iter().flat_map(|&(from, to)| (from..=to).filter_map(char::from_u32)).collect()
}

#[test]
fn every_invisible_format_character_is_stripped_and_visible_text_kept() {
    for c in invisible() {
        assert!(is_format(c), "U+{:04X}", c as u32);
        assert_eq!(clean(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
    }
    // Right-to-left scripts, accents and emoji are text, not formatting.
    assert_eq!(clean("  שלום عليكم Zoë 👋\t\n"), "שלום عليكم Zoë 👋");
    assert_eq!(clean("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
}

#[test]
fn notes_keep_their_line_breaks_and_indentation() {
    assert_eq!(
        clean_lines("first \u{202E}line\r\n\u{2067}second\u{2069}\n\n  \tthird\u{0007}\n"),
        "first line\nsecond\n\n  \tthird\n"
    );
}

#[test]
fn a_workshop_link_cannot_carry_invisible_characters() {
    let query = format!(
        "id=K3M9QX&t={}&v=full&m={}",
        percent_encode("\u{2066}Team\u{202E} day\u{2069}"),
        percent_encode("Be\u{200B} honest\u{FEFF}")
    );
    let workshop = Workshop::from_query(&query).expect("a good link");
    assert_eq!((workshop.title.as_str(), workshop.message.as_str()), ("Team day", "Be honest"));
    // A title of nothing but invisible characters is no title.
    let empty = format!("id=K3M9QX&t={}&v=full", percent_encode("\u{202E}\u{200B}"));
    assert_eq!(Workshop::from_query(&empty), Err(LinkError::Bad(LinkField::Title)));
}

#[test]
fn a_forged_code_cannot_show_a_name_with_invisible_characters() {
    let bank = Bank::current();
    let forged = SharedResult {
        workshop: "K3M9QX".into(),
        variant: Variant::Pulse,
        bank_version: bank.version,
        day: 10,
        answers: Answers::new(),
        nonce: 1,
        name: "\u{202E}ana\u{2066}".into(),
    };
    assert_eq!(decode(&encode(&forged)).map(|r| r.name), Ok("ana".to_string()));
}

proptest! {
    #[test]
    fn cleaned_text_has_no_control_or_format_character_and_cleans_to_itself(text in any::<String>()) {
        let once = clean(&text);
        prop_assert!(!once.chars().any(|c| c.is_control() || is_format(c)), "{:?}", once);
        prop_assert_eq!(once.trim(), once.as_str());
        prop_assert_eq!(clean(&once), once);
    }

    #[test]
    fn cleaned_lines_keep_only_line_breaks_and_tabs_and_clean_to_themselves(text in any::<String>()) {
        let once = clean_lines(&text);
        prop_assert!(!once.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || is_format(c)), "{:?}", once);
        prop_assert_eq!(clean_lines(&once), once);
    }

    #[test]
    fn visible_text_is_kept_as_it_is(text in "[\\p{L}\\p{N}\\p{P}\\p{So}]([\\p{L}\\p{N}\\p{P}\\p{So} ]{0,40}[\\p{L}\\p{N}\\p{P}\\p{So}])?") {
        prop_assert_eq!(clean(&text), text);
    }
}
