//! Errors from outside (codes, links), put into words for the user.

use crate::model::kept::feedback::{Kind, Received, MAX_CODES};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::envelope::CodeError;
use crate::model::sharing::group::Verdict;
use crate::model::sharing::link::{LinkError, LinkField};
use crate::model::sharing::request::RequestProblem;

pub fn code_error(error: &CodeError) -> String {
    let ui = &Catalogue::get().ui;
    match error {
        CodeError::Empty => ui.code_empty().into(),
        CodeError::TooLong => ui.code_too_long().into(),
        CodeError::WrongPrefix => ui.code_wrong_prefix().into(),
        CodeError::BadCharacter(c) => fill(ui.code_bad_character(), &[("character", c)]),
        CodeError::UnknownFormat(_) => ui.code_unknown_format().into(),
        CodeError::Damaged => ui.code_damaged().into(),
        CodeError::OtherBankVersion(v) => fill(ui.code_other_bank(), &[("version", v)]),
    }
}

pub fn link_error(error: &LinkError) -> String {
    let ui = &Catalogue::get().ui;
    match error {
        LinkError::TooLong => ui.link_too_long().into(),
        LinkError::Unknown(name) => fill(ui.link_unknown(), &[("name", name)]),
        LinkError::Repeated(name) => fill(ui.link_repeated(), &[("name", name)]),
        LinkError::Bad(field) => fill(ui.link_bad(), &[("name", &link_field(*field))]),
        LinkError::NewerQuestions => ui.link_newer_questions().into(),
    }
}

fn link_field(field: LinkField) -> &'static str {
    let ui = &Catalogue::get().ui;
    match field {
        LinkField::Text => ui.link_part_text(),
        LinkField::Id => ui.link_part_id(),
        LinkField::Title => ui.link_part_title(),
        LinkField::Message => ui.link_part_message(),
        LinkField::Variant => ui.link_part_variant(),
        LinkField::Date => ui.link_part_date(),
        LinkField::Edition => ui.link_part_edition(),
        LinkField::Name => ui.link_part_name(),
        LinkField::Collector => ui.link_part_collector(),
    }
}

pub fn verdict(verdict: &Verdict) -> String {
    let ui = &Catalogue::get().ui;
    match verdict {
        Verdict::Accepted => ui.verdict_accepted().into(),
        Verdict::Duplicate => ui.verdict_duplicate().into(),
        Verdict::OtherWorkshop => ui.verdict_other_workshop().into(),
        Verdict::Full => ui.verdict_full().into(),
        Verdict::Invalid(error) => code_error(error),
    }
}

/// A feedback or summary code that cannot be read: as any code, but one of another kind
/// is named as not being feedback rather than as not being a result code.
pub fn feedback_code_error(error: &CodeError) -> String {
    match error {
        CodeError::WrongPrefix => Catalogue::get().ui.code_not_feedback().into(),
        error => code_error(error),
    }
}

pub fn request_problem(problem: RequestProblem) -> &'static str {
    let ui = &Catalogue::get().ui;
    match problem {
        RequestProblem::Name => ui.request_problem_name(),
        RequestProblem::Collector => ui.request_problem_collector(),
        RequestProblem::LinkTooLong => ui.request_problem_too_long(),
    }
}

/// What became of a pasted code, where codes of `kind` belong: the wrong kind, or no
/// colleague's code at all, is named for what it is.
pub fn received(received: &Received, kind: Kind) -> String {
    let ui = &Catalogue::get().ui;
    match (received, kind) {
        (Received::Accepted, _) => ui.received_accepted().into(),
        (Received::Duplicate, _) => ui.verdict_duplicate().into(),
        (Received::OtherRequest, _) => ui.received_other_request().into(),
        (Received::WrongKind, Kind::Feedback) => ui.received_summary_here().into(),
        (Received::WrongKind, Kind::Summary) => ui.received_feedback_here().into(),
        (Received::Invalid(CodeError::WrongPrefix), Kind::Feedback) => ui.received_not_feedback().into(),
        (Received::Invalid(CodeError::WrongPrefix), Kind::Summary) => ui.received_not_summary().into(),
        (Received::Invalid(error), _) => code_error(error),
        (Received::Full, _) => fill(ui.received_full(), &[("count", &MAX_CODES)]),
    }
}
