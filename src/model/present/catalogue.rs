//! Every text the user reads, in the reader's language. Texts never carry scoring facts:
//! those are the bank's. Each language is a file, `questions/<code>.json`, read when the
//! app starts or the reader picks it; `build.rs` turns the English file's keys into the
//! reader below, so a key the code lacks or English lacks fails the build, and checks that
//! every translation has exactly English's keys and placeholders.

use crate::model::kept::csv::Words;
use crate::model::questionnaire::bank::{Bank, Variant};
use serde::Deserialize;
use std::cell::Cell;
use std::collections::BTreeMap;

/// The languages there are catalogues for, by code, each named in itself.
pub const LANGUAGES: [(&str, &str); 5] =
    [("en", "English"), ("es", "Español"), ("de", "Deutsch"), ("fr", "Français"), ("pt", "Português")];

pub struct Catalogue {
    pub characteristics: &'static [(&'static str, CharacteristicText)],
    pub items: &'static [(&'static str, ItemText)],
    pub bands: &'static [(&'static str, BandText)],
    pub best_test: Attributed,
    pub ui: Ui,
}

pub struct CharacteristicText {
    pub name: &'static str,
    /// For tight places such as the wheel's labels.
    pub short: &'static str,
    pub definition: &'static str,
    pub practice: Practice,
}

pub struct Practice {
    pub title: &'static str,
    pub text: &'static str,
    pub source: &'static str,
}

/// An item's words. Its third-person wording, for a colleague's rating, is kept in the
/// catalogue file and checked there, but compiled in only once a screen shows it.
pub struct ItemText {
    /// First person, for the self-assessment.
    pub own: &'static str,
    /// Third person, for a colleague, with `{name}` for the person rated; items retired
    /// before colleagues were asked have none.
    pub observer: Option<&'static str>,
}

pub struct BandText {
    pub name: &'static str,
    pub meaning: &'static str,
}

pub struct Attributed {
    pub question: &'static str,
    pub source: &'static str,
}

/// The interface's own strings.
pub struct Ui {
    pub app_name: &'static str,
    pub skip_link: &'static str,
    pub language_label: &'static str,
    /// "." or ",": how a decimal number is written in this language.
    pub decimal_separator: &'static str,
    pub nav_home: &'static str,
    pub nav_history: &'static str,
    pub footer_privacy: &'static str,
    pub caveat: &'static str,

    pub landing_title: &'static str,
    pub landing_intro: &'static str,
    pub full_title: &'static str,
    pub full_text: &'static str,
    pub start_full: &'static str,
    pub pulse_title: &'static str,
    pub pulse_text: &'static str,
    pub start_pulse: &'static str,
    pub privacy_title: &'static str,
    pub privacy_text: &'static str,
    pub continue_title: &'static str,
    pub continue_button: &'static str,
    pub replace_question: &'static str,
    pub replace_yes: &'static str,
    pub history_link: &'static str,
    pub welcome_title: &'static str,
    pub welcome_text: &'static str,

    pub variant_full: &'static str,
    pub variant_pulse: &'static str,
    /// One label per answer, Never to Almost always.
    pub scale: &'static [&'static str],
    pub not_come_up: &'static str,
    pub not_seen: &'static str,
    pub giving_about: &'static str,
    pub giving_instructions: &'static str,
    pub giving_given: &'static str,
    pub giving_send: &'static str,
    pub giving_finish: &'static str,
    pub giving_unanswered_text: &'static str,
    pub giving_finish_anyway: &'static str,
    pub giving_what_happens: &'static str,
    pub give_title: &'static str,
    pub give_bad_link: &'static str,
    pub give_heading: &'static str,
    pub give_own: &'static str,
    pub give_full: &'static str,
    pub give_pulse: &'static str,
    pub give_not_seen: &'static str,
    pub give_happens_title: &'static str,
    pub give_nothing_sent: &'static str,
    pub give_direct: &'static str,
    pub give_collector: &'static str,
    pub give_start: &'static str,
    pub give_continue: &'static str,
    pub give_other: &'static str,
    pub give_other_open: &'static str,
    pub give_replace_question: &'static str,
    pub give_replace_yes: &'static str,
    pub give_forget: &'static str,
    pub give_forget_question: &'static str,
    pub give_forgotten: &'static str,
    pub give_code_label: &'static str,
    pub give_link_label: &'static str,
    pub give_qr_label: &'static str,
    pub give_share_title: &'static str,
    pub give_share_text: &'static str,
    pub give_send_direct: &'static str,
    pub give_send_collector: &'static str,
    pub give_kept: &'static str,
    pub give_sent: &'static str,
    pub give_thanks_title: &'static str,
    pub give_thanks: &'static str,
    pub fcode_title: &'static str,
    pub fcode_bad: &'static str,
    pub fcode_feedback_title: &'static str,
    pub fcode_summary_title: &'static str,
    pub fcode_feedback_what: &'static str,
    pub fcode_summary_what: &'static str,
    pub fcode_for_request: &'static str,
    pub fcode_add_request: &'static str,
    pub fcode_in_request: &'static str,
    pub fcode_open_request: &'static str,
    pub fcode_to_collector: &'static str,
    pub fcode_summary_not_here: &'static str,
    pub fcode_for_collection: &'static str,
    pub fcode_add_collection: &'static str,
    pub fcode_in_collection: &'static str,
    pub fcode_open_collection: &'static str,
    pub fcode_summary_to_asker: &'static str,
    pub received_other_request: &'static str,
    pub received_full: &'static str,
    pub code_not_feedback: &'static str,
    pub page_title: &'static str,
    pub instructions: &'static str,
    pub progress: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub finish: &'static str,
    pub finish_anyway: &'static str,
    pub resumed: &'static str,
    pub start_over: &'static str,
    pub start_over_question: &'static str,
    pub start_over_yes: &'static str,
    pub cancel: &'static str,
    pub dismiss: &'static str,
    pub unanswered_title: &'static str,
    pub unanswered_text: &'static str,
    pub unanswered_link: &'static str,
    pub no_progress: &'static str,

    pub result_title: &'static str,
    pub result_taken: &'static str,
    pub result_edition: &'static str,
    pub overall: &'static str,
    pub out_of_five: &'static str,
    pub overall_partial: &'static str,
    pub not_come_up_note: &'static str,
    pub overall_too_few: &'static str,
    pub strongest_title: &'static str,
    pub focus_title: &'static str,
    pub ties_note: &'static str,
    pub profile_flat: &'static str,
    pub chart_title: &'static str,
    pub chart_description: &'static str,
    pub column_characteristic: &'static str,
    pub column_score: &'static str,
    pub column_band: &'static str,
    pub not_enough: &'static str,
    pub bands_title: &'static str,
    pub band_range: &'static str,
    pub bands_note: &'static str,
    pub practices_title: &'static str,
    pub practices_flat: &'static str,
    pub pulse_note: &'static str,
    pub reflection_title: &'static str,
    pub flags_title: &'static str,
    pub flag_straight_lining: &'static str,
    pub flag_inconsistent: &'static str,
    pub flag_pair: &'static str,
    pub self_rating_note: &'static str,
    pub result_missing: &'static str,
    pub take_again: &'static str,

    pub history_title: &'static str,
    pub history_empty: &'static str,
    pub column_date: &'static str,
    pub column_variant: &'static str,
    pub column_edition: &'static str,
    pub column_overall: &'static str,
    pub column_actions: &'static str,
    pub open: &'static str,
    pub delete: &'static str,
    pub delete_question: &'static str,
    pub deleted: &'static str,

    pub save_failed: &'static str,
    pub storage_unavailable: &'static str,
    pub history_damaged: &'static str,
    pub download_damaged: &'static str,
    pub damage_not_readable: &'static str,
    pub damage_unknown_version: &'static str,
    pub damage_no_result_list: &'static str,
    pub damage_wrong_shape: &'static str,
    pub damage_refused_workshop: &'static str,
    pub damage_repeated_workshop: &'static str,
    pub damage_refused_request: &'static str,
    pub history_newer: &'static str,
    pub entries_skipped: &'static str,
    pub progress_damaged: &'static str,
    pub progress_newer: &'static str,
    pub settings_damaged: &'static str,
    pub settings_newer: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub about_title: &'static str,
    pub about_link: &'static str,
    pub about_intro: &'static str,
    pub about_framework_title: &'static str,
    pub about_framework: &'static [&'static str],
    pub about_instruments_title: &'static str,
    pub about_instruments: &'static [&'static str],
    pub about_self_title: &'static str,
    pub about_self: &'static [&'static str],
    pub about_scores_title: &'static str,
    pub about_scores: &'static [&'static str],
    pub about_limits_title: &'static str,
    pub about_limits: &'static str,
    pub about_sources_title: &'static str,
    /// Full references, one a paragraph.
    pub about_sources: &'static [&'static str],
    pub about_practices_note: &'static str,
    pub update_available: &'static str,
    pub update_reload: &'static str,
    pub nav_workshops: &'static str,
    pub workshops_title: &'static str,
    pub workshops_intro: &'static str,
    pub workshop_new: &'static str,
    pub workshop_title_label: &'static str,
    pub workshop_variant_label: &'static str,
    pub workshop_message_label: &'static str,
    pub workshop_date_label: &'static str,
    pub workshop_create: &'static str,
    pub workshop_title_needed: &'static str,
    pub workshops_yours: &'static str,
    pub workshops_none: &'static str,
    pub workshop_results_count: &'static str,
    pub share_questionnaire_title: &'static str,
    pub share_questionnaire_text: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share_link: &'static str,
    pub shared_done: &'static str,
    pub present: &'static str,
    pub present_leave: &'static str,
    pub qr_questionnaire: &'static str,
    pub qr_result: &'static str,
    pub share_ready_anonymous: &'static str,
    pub share_ready_named: &'static str,
    pub workshop_link_too_long: &'static str,
    pub workshops_unreadable: &'static str,
    pub feedback_unreadable: &'static str,
    pub giving_damaged: &'static str,
    pub giving_newer: &'static str,
    pub workshops_newer: &'static str,
    pub feedback_newer: &'static str,
    pub collector_page_title: &'static str,
    pub collector_title: &'static str,
    pub collector_bad_link: &'static str,
    pub collector_no_collector: &'static str,
    pub collector_answer_instead: &'static str,
    pub collector_intro: &'static str,
    pub collector_how: &'static str,
    pub collector_private: &'static str,
    pub collector_trust: &'static str,
    pub collector_nothing_sent: &'static str,
    pub collector_start: &'static str,
    pub collector_codes_title: &'static str,
    pub collector_codes_text: &'static str,
    pub collector_codes_label: &'static str,
    pub collector_add: &'static str,
    pub collector_count: &'static str,
    pub collector_waiting: &'static str,
    pub collector_summary_title: &'static str,
    pub collector_summary_all: &'static str,
    pub collector_summary_some: &'static str,
    pub collector_send: &'static str,
    pub collector_summary_code: &'static str,
    pub collector_summary_link: &'static str,
    pub collector_summary_qr: &'static str,
    pub collector_share_title: &'static str,
    pub collector_share_text: &'static str,
    pub collector_delete: &'static str,
    pub collector_delete_question: &'static str,
    pub import_feedback: &'static str,
    pub import_feedback_skipped: &'static str,
    pub feedback_csv_text: &'static str,
    pub feedback_csv_button: &'static str,
    pub aside_title: &'static str,
    pub aside_text: &'static str,
    pub aside_history: &'static str,
    pub aside_progress: &'static str,
    pub aside_settings: &'static str,
    pub aside_workshops: &'static str,
    pub aside_feedback: &'static str,
    pub aside_giving: &'static str,
    pub aside_copy: &'static str,
    pub collect_title: &'static str,
    pub collect_text: &'static str,
    pub collect_label: &'static str,
    pub collect_add: &'static str,
    pub verdict_accepted: &'static str,
    pub verdict_duplicate: &'static str,
    pub verdict_other_workshop: &'static str,
    pub verdict_full: &'static str,
    pub code_empty: &'static str,
    pub code_too_long: &'static str,
    pub code_wrong_prefix: &'static str,
    pub code_bad_character: &'static str,
    pub code_unknown_format: &'static str,
    pub code_damaged: &'static str,
    pub code_other_bank: &'static str,
    pub group_title: &'static str,
    pub group_waiting: &'static str,
    pub group_participants: &'static str,
    pub group_description: &'static str,
    pub column_mean: &'static str,
    pub column_range: &'static str,
    pub group_strongest: &'static str,
    pub group_focus: &'static str,
    pub group_flat: &'static str,
    pub group_clear: &'static str,
    pub group_clear_question: &'static str,
    pub group_csv: &'static str,
    pub join_title: &'static str,
    pub join_start: &'static str,
    pub join_unfinished: &'static str,
    pub join_continue: &'static str,
    pub join_bad_link: &'static str,
    pub link_too_long: &'static str,
    pub link_unknown: &'static str,
    pub link_repeated: &'static str,
    pub link_bad: &'static str,
    pub link_part_text: &'static str,
    pub link_part_id: &'static str,
    pub link_part_title: &'static str,
    pub link_part_message: &'static str,
    pub link_part_variant: &'static str,
    pub link_part_date: &'static str,
    pub link_part_edition: &'static str,
    pub link_part_name: &'static str,
    pub link_part_collector: &'static str,
    pub link_newer_questions: &'static str,
    pub workshop_banner: &'static str,
    pub share_result_title: &'static str,
    pub share_result_text: &'static str,
    pub share_name_label: &'static str,
    pub share_make: &'static str,
    pub share_code_label: &'static str,
    pub share_link_label: &'static str,
    pub shared_title: &'static str,
    pub shared_from: &'static str,
    pub shared_by: &'static str,
    pub shared_keep: &'static str,
    pub shared_add_to_group: &'static str,
    pub landing_workshops: &'static str,
    pub shared_kept: &'static str,
    pub shared_bad: &'static str,
    pub nav_data: &'static str,
    pub latest_title: &'static str,
    pub latest_change: &'static str,
    pub latest_other_edition: &'static str,
    pub latest_pulse_and_full: &'static str,
    pub latest_first: &'static str,
    pub latest_no_change: &'static str,
    pub backup_reminder: &'static str,
    pub backup_now: &'static str,
    pub wheel_title: &'static str,
    pub wheel_description: &'static str,
    pub wheel_compare_with: &'static str,
    pub option_previous: &'static str,
    pub option_first: &'static str,
    pub option_none: &'static str,
    pub legend_latest: &'static str,
    pub legend_earlier: &'static str,
    pub legend_goals: &'static str,
    pub overall_name: &'static str,
    pub trends_title: &'static str,
    pub trends_description: &'static str,
    pub trends_many: &'static str,
    pub trends_partial: &'static str,
    pub trends_editions: &'static str,
    pub show_numbers: &'static str,
    pub hide_numbers: &'static str,
    pub results_title: &'static str,
    pub column_note: &'static str,
    pub compare: &'static str,
    pub undo: &'static str,
    pub goals_link: &'static str,
    pub goals_title: &'static str,
    pub goals_text: &'static str,
    pub goals_saved: &'static str,
    pub note_title: &'static str,
    pub note_help: &'static str,
    pub note_save: &'static str,
    pub note_saved: &'static str,
    pub compare_title: &'static str,
    pub compare_before: &'static str,
    pub compare_after: &'static str,
    pub compare_chart_title: &'static str,
    pub compare_description: &'static str,
    pub compare_editions: &'static str,
    pub compare_variants: &'static str,
    pub ask_title: &'static str,
    pub ask_intro: &'static str,
    pub ask_no_result: &'static str,
    pub ask_beside: &'static str,
    pub ask_name_label: &'static str,
    pub ask_name_help: &'static str,
    pub ask_variant_legend: &'static str,
    pub ask_full_hint: &'static str,
    pub ask_pulse_hint: &'static str,
    pub ask_route_legend: &'static str,
    pub ask_direct: &'static str,
    pub ask_direct_hint: &'static str,
    pub ask_collector: &'static str,
    pub ask_collector_hint: &'static str,
    pub ask_collector_label: &'static str,
    pub ask_minimum: &'static str,
    pub ask_create: &'static str,
    pub request_problem_name: &'static str,
    pub request_problem_collector: &'static str,
    pub request_problem_too_long: &'static str,
    pub request_title: &'static str,
    pub request_missing: &'static str,
    pub request_made: &'static str,
    pub request_direct_line: &'static str,
    pub request_collector_line: &'static str,
    pub request_beside: &'static str,
    pub request_beside_gone: &'static str,
    pub request_beside_none: &'static str,
    pub request_send_title: &'static str,
    pub request_send_direct: &'static str,
    pub request_send_collector: &'static str,
    pub request_link_label: &'static str,
    pub request_qr: &'static str,
    pub request_share_title: &'static str,
    pub request_message_label: &'static str,
    pub request_message_direct: &'static str,
    pub request_message_collector: &'static str,
    pub request_time_full: &'static str,
    pub request_time_pulse: &'static str,
    pub request_collector_title: &'static str,
    pub request_collector_text: &'static str,
    pub request_collector_link_label: &'static str,
    pub request_collector_qr: &'static str,
    pub request_collector_share_title: &'static str,
    pub request_collector_message: &'static str,
    pub request_receive_title: &'static str,
    pub request_receive_text: &'static str,
    pub request_receive_label: &'static str,
    pub request_summary_title: &'static str,
    pub request_summary_text: &'static str,
    pub request_summary_label: &'static str,
    pub request_add_summary: &'static str,
    pub received_accepted: &'static str,
    pub received_summary_here: &'static str,
    pub received_feedback_here: &'static str,
    pub received_not_feedback: &'static str,
    pub received_not_summary: &'static str,
    pub request_waiting: &'static str,
    pub request_summary_waiting: &'static str,
    pub request_partial: &'static str,
    pub request_manage_title: &'static str,
    pub request_close_text: &'static str,
    pub request_close: &'static str,
    pub request_close_question: &'static str,
    pub request_closed: &'static str,
    pub request_delete_text: &'static str,
    pub request_delete: &'static str,
    pub request_delete_question: &'static str,
    pub so_title: &'static str,
    pub so_colleagues: &'static str,
    pub so_intro: &'static str,
    pub so_summary_note: &'static str,
    pub so_editions: &'static str,
    pub so_variants: &'static str,
    pub so_chart_title: &'static str,
    pub so_chart_description: &'static str,
    pub so_chart_range: &'static str,
    pub legend_you: &'static str,
    pub legend_colleagues: &'static str,
    pub legend_range: &'static str,
    pub so_not_seen: &'static str,
    pub column_rated: &'static str,
    pub csv_participants: &'static str,
    pub csv_lowest: &'static str,
    pub csv_highest: &'static str,
    pub csv_asked_as: &'static str,
    pub csv_way_back: &'static str,
    pub csv_colleagues: &'static str,
    pub so_rated: &'static str,
    pub so_gaps_none: &'static str,
    pub so_hidden_title: &'static str,
    pub so_hidden_text: &'static str,
    pub so_asking_title: &'static str,
    pub so_asking_text: &'static str,
    pub so_gap: &'static str,
    pub requests_title: &'static str,
    pub requests_none: &'static str,
    pub requests_link: &'static str,
    pub requests_line: &'static str,
    pub requests_direct: &'static str,
    pub requests_through: &'static str,
    pub requests_open: &'static str,
    pub requests_closed: &'static str,
    pub compare_needs_two: &'static str,
    pub column_before: &'static str,
    pub column_after: &'static str,
    pub column_change: &'static str,
    pub may_be_noise: &'static str,
    pub data_title: &'static str,
    pub data_intro: &'static str,
    pub export_title: &'static str,
    pub export_text: &'static str,
    pub export_button: &'static str,
    pub last_backup: &'static str,
    pub never_backed_up: &'static str,
    pub csv_title: &'static str,
    pub csv_text: &'static str,
    pub csv_button: &'static str,
    pub import_title: &'static str,
    pub import_text: &'static str,
    pub import_label: &'static str,
    pub import_report: &'static str,
    pub import_goals: &'static str,
    pub skip_damaged: &'static str,
    pub skip_bad_id: &'static str,
    pub skip_repeated: &'static str,
    pub skip_newer_questions: &'static str,
    pub import_empty: &'static str,
    pub import_too_large: &'static str,
    pub import_not_json: &'static str,
    pub import_not_backup: &'static str,
    pub import_newer: &'static str,
    pub import_unreadable: &'static str,
    pub persist_title: &'static str,
    pub persist_granted: &'static str,
    pub persist_denied: &'static str,
    pub persist_unknown: &'static str,
    pub persist_warning: &'static str,
}

/// A catalogue file as parsed, its texts borrowed from the file's text.
#[derive(Deserialize)]
#[serde(untagged)]
enum Node<'a> {
    Text(&'a str),
    List(Vec<&'a str>),
    Map(#[serde(borrow)] BTreeMap<&'a str, Node<'a>>),
}

// Called once per text by the generated reader: kept out of line, so that each call is small.
#[inline(never)]
fn node<'n>(parent: &'n Node<'static>, key: &str) -> Option<&'n Node<'static>> {
    match parent {
        Node::Map(map) => map.get(key),
        _ => None,
    }
}

// Called once per text by the generated reader: kept out of line, so that each call is small.
#[inline(never)]
fn text(parent: &Node<'static>, key: &str) -> Option<&'static str> {
    match node(parent, key)? {
        Node::Text(text) => Some(text),
        _ => None,
    }
}

// Called once per text by the generated reader: kept out of line, so that each call is small.
#[inline(never)]
fn list(parent: &Node<'static>, key: &str) -> Option<&'static [&'static str]> {
    match node(parent, key)? {
        Node::List(list) => Some(Vec::leak(list.clone())),
        _ => None,
    }
}

/// The entries under `ids` (English's, in its order), each read by `read`; `None` if one
/// is missing.
#[inline(never)]
fn table<T, const N: usize>(
    parent: &Node<'static>,
    ids: &[&'static str; N],
    read: impl Fn(&Node<'static>) -> Option<T>,
) -> Option<&'static [(&'static str, T)]> {
    let entries: Option<Vec<(&'static str, T)>> = ids.iter().map(|id| Some((*id, read(node(parent, id)?)?))).collect();
    entries.map(Vec::leak).map(|entries| &*entries)
}

/// The texts under `keys`, in their order; `None` if one is missing. Out of line and not
/// unrolled, or the reader would grow with every text.
#[inline(never)]
fn texts<const N: usize>(parent: &Node<'static>, keys: &[&str; N]) -> Option<[&'static str; N]> {
    let mut found = [""; N];
    for (slot, key) in found.iter_mut().zip(keys) {
        *slot = text(parent, key)?;
    }
    Some(found)
}

/// The lists of texts under `keys`, in their order; `None` if one is missing.
#[inline(never)]
fn lists<const N: usize>(parent: &Node<'static>, keys: &[&str; N]) -> Option<[&'static [&'static str]; N]> {
    let mut found: [&'static [&'static str]; N] = [&[]; N];
    for (slot, key) in found.iter_mut().zip(keys) {
        *slot = list(parent, key)?;
    }
    Some(found)
}

thread_local! {
    /// The catalogue in the reader's language, once one is read.
    static CURRENT: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
}

impl Catalogue {
    /// Reads a catalogue file's text, kept for the life of the page; `None` unless it
    /// has every text the app shows.
    pub fn parse(file: String) -> Option<&'static Catalogue> {
        let file: &'static str = String::leak(file);
        let root: Node<'static> = serde_json::from_str(file).ok()?;
        let read = |root: &Node<'static>| include!(concat!(env!("OUT_DIR"), "/read_catalogue.rs"));
        read(&root).map(|catalogue| &*Box::leak(Box::new(catalogue)))
    }

    /// The English catalogue, built in: for the tests, and never in the app, which reads
    /// the reader's language from its file.
    pub fn english() -> &'static Catalogue {
        thread_local!(static ENGLISH: &'static Catalogue =
            Catalogue::parse(include_str!("../../../questions/en.json").to_string()).expect("questions/en.json reads"));
        ENGLISH.with(|english| *english)
    }

    /// The catalogue every view reads from from now on.
    pub fn install(catalogue: &'static Catalogue) {
        CURRENT.with(|current| current.set(Some(catalogue)));
    }

    /// The catalogue in the reader's language. The app installs one before it draws
    /// anything (and draws nothing without one), so there always is one here.
    pub fn get() -> &'static Catalogue {
        CURRENT.with(Cell::get).expect("a catalogue is installed before any view is drawn")
    }

    pub fn characteristic(&self, id: &str) -> Option<&CharacteristicText> {
        lookup(self.characteristics, id)
    }

    pub fn band(&self, id: &str) -> Option<&BandText> {
        lookup(self.bands, id)
    }

    /// The characteristic's name, or its id if the catalogue lacks it.
    pub fn name<'a>(&'a self, characteristic: &'a str) -> &'a str {
        self.characteristic(characteristic).map_or(characteristic, |c| c.name)
    }

    /// The item's first-person text, or its id if the catalogue lacks it.
    pub fn item<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(self.items, id).map_or(id, |i| i.own)
    }

    pub fn item_text(&self, id: &str) -> Option<&ItemText> {
        lookup(self.items, id)
    }

    /// An item as a colleague reads it about `name`.
    pub fn observer_item(&self, id: &str, name: &str) -> String {
        lookup(self.items, id)
            .and_then(|i| i.observer)
            .map_or_else(|| id.to_string(), |text| fill(text, &[("name", &name)]))
    }

    pub fn variant_name(&self, variant: Variant) -> &'static str {
        match variant {
            Variant::Full => self.ui.variant_full,
            Variant::Pulse => self.ui.variant_pulse,
        }
    }

    /// The words spreadsheets are written in.
    pub fn spreadsheet(&self) -> Words<'static> {
        let ui = &self.ui;
        Words {
            date: ui.column_date,
            kind: ui.column_variant,
            full: ui.variant_full,
            pulse: ui.variant_pulse,
            edition: ui.column_edition,
            overall: ui.column_overall,
            note: ui.column_note,
            not_come_up: ui.not_come_up,
            characteristic: ui.column_characteristic,
            participants: ui.csv_participants,
            mean: ui.column_mean,
            lowest: ui.csv_lowest,
            highest: ui.csv_highest,
            asked_as: ui.csv_asked_as,
            way_back: ui.csv_way_back,
            colleagues: ui.csv_colleagues,
            own: ui.legend_you,
            colleagues_mean: ui.legend_colleagues,
            rated: ui.column_rated,
            direct: ui.requests_direct,
            through: ui.requests_through,
            names: self.characteristics.iter().map(|(id, c)| (*id, c.name)).collect(),
        }
    }

    /// The words for the band a score falls in.
    pub fn band_of(&self, bank: &Bank, score: Option<f64>) -> Option<&BandText> {
        self.band(&bank.band(score?)?.id)
    }
}

fn lookup<'a, T>(table: &'a [(&'static str, T)], id: &str) -> Option<&'a T> {
    table.iter().find(|(key, _)| *key == id).map(|(_, value)| value)
}

/// Fills `{name}` placeholders in a catalogue template in one pass from left to right,
/// so that a value (a workshop's title, someone's name) is never itself searched for
/// placeholders. Braces that name no argument stay as they are.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after.find('}').and_then(|close| {
            let (_, value) = args.iter().find(|(name, _)| *name == &after[..close])?;
            Some((close, value))
        });
        match arg {
            Some((close, value)) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
