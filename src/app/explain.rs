//! Errors from outside (codes, links), put into words for the user.

use crate::model::kept::feedback::Received;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::envelope::CodeError;
use crate::model::sharing::group::Verdict;
use crate::model::sharing::link::{LinkError, LinkField};

pub fn code_error(error: &CodeError) -> String {
    let ui = &Catalogue::english().ui;
    match error {
        CodeError::Empty => ui.code_empty.into(),
        CodeError::TooLong => ui.code_too_long.into(),
        CodeError::WrongPrefix => ui.code_wrong_prefix.into(),
        CodeError::BadCharacter(c) => fill(ui.code_bad_character, &[("character", c)]),
        CodeError::UnknownFormat(_) => ui.code_unknown_format.into(),
        CodeError::Damaged => ui.code_damaged.into(),
        CodeError::OtherBankVersion(v) => fill(ui.code_other_bank, &[("version", v)]),
    }
}

pub fn link_error(error: &LinkError) -> String {
    let ui = &Catalogue::english().ui;
    match error {
        LinkError::TooLong => ui.link_too_long.into(),
        LinkError::Unknown(name) => fill(ui.link_unknown, &[("name", name)]),
        LinkError::Repeated(name) => fill(ui.link_repeated, &[("name", name)]),
        LinkError::Bad(field) => fill(ui.link_bad, &[("name", &link_field(*field))]),
        LinkError::NewerQuestions => ui.link_newer_questions.into(),
    }
}

fn link_field(field: LinkField) -> &'static str {
    let ui = &Catalogue::english().ui;
    match field {
        LinkField::Text => ui.link_part_text,
        LinkField::Id => ui.link_part_id,
        LinkField::Title => ui.link_part_title,
        LinkField::Message => ui.link_part_message,
        LinkField::Variant => ui.link_part_variant,
        LinkField::Date => ui.link_part_date,
        LinkField::Edition => ui.link_part_edition,
        LinkField::Name => ui.link_part_name,
        LinkField::Collector => ui.link_part_collector,
    }
}

pub fn verdict(verdict: &Verdict) -> String {
    let ui = &Catalogue::english().ui;
    match verdict {
        Verdict::Accepted => ui.verdict_accepted.into(),
        Verdict::Duplicate => ui.verdict_duplicate.into(),
        Verdict::OtherWorkshop => ui.verdict_other_workshop.into(),
        Verdict::Full => ui.verdict_full.into(),
        Verdict::Invalid(error) => code_error(error),
    }
}

/// What became of one pasted feedback or summary code.
pub fn received(received: &Received) -> String {
    let ui = &Catalogue::english().ui;
    match received {
        Received::Accepted => ui.verdict_accepted.into(),
        Received::Duplicate => ui.verdict_duplicate.into(),
        Received::OtherRequest => ui.received_other_request.into(),
        Received::WrongKind => ui.received_wrong_kind.into(),
        Received::Invalid(CodeError::WrongPrefix) => ui.received_wrong_prefix.into(),
        Received::Invalid(error) => code_error(error),
        Received::Full => ui.received_full.into(),
    }
}
