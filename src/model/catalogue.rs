//! Every text the user reads, by locale. Texts never carry scoring facts: those are the
//! bank's. The English catalogue is `questions/en.json`, embedded at compile time.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub characteristics: BTreeMap<String, CharacteristicText>,
    pub items: BTreeMap<String, ItemText>,
    pub bands: BTreeMap<String, BandText>,
    pub best_test: Attributed,
    pub ui: Ui,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CharacteristicText {
    pub name: String,
    pub definition: String,
    pub practice: Practice,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub title: String,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemText {
    /// First person, for the self-assessment.
    #[serde(rename = "self")]
    pub own: String,
    /// Third person, for a colleague's rating.
    pub observer: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandText {
    pub name: String,
    pub meaning: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attributed {
    pub question: String,
    pub source: String,
}

/// The interface's own strings. A missing or misspelt key fails to load, and the test
/// suite loads every catalogue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub app_name: String,
    pub tagline: String,
    pub skip_link: String,
    pub nav_home: String,
    pub nav_history: String,
    pub footer_privacy: String,
    pub caveat: String,

    pub landing_title: String,
    pub landing_intro: String,
    pub full_title: String,
    pub full_text: String,
    pub start_full: String,
    pub pulse_title: String,
    pub pulse_text: String,
    pub start_pulse: String,
    pub privacy_title: String,
    pub privacy_text: String,
    pub continue_title: String,
    pub continue_button: String,
    pub replace_question: String,
    pub replace_yes: String,
    pub history_link: String,

    pub variant_full: String,
    pub variant_pulse: String,
    /// One label per answer, Never to Almost always.
    pub scale: Vec<String>,
    pub page_title: String,
    pub instructions: String,
    pub progress: String,
    pub back: String,
    pub next: String,
    pub finish: String,
    pub finish_anyway: String,
    pub resumed: String,
    pub start_over: String,
    pub start_over_question: String,
    pub start_over_yes: String,
    pub cancel: String,
    pub dismiss: String,
    pub unanswered_title: String,
    pub unanswered_text: String,
    pub unanswered_link: String,
    pub no_progress: String,

    pub result_title: String,
    pub result_taken: String,
    pub overall: String,
    pub out_of_five: String,
    pub overall_partial: String,
    pub strongest_title: String,
    pub focus_title: String,
    pub chart_title: String,
    pub chart_description: String,
    pub column_characteristic: String,
    pub column_score: String,
    pub column_band: String,
    pub not_enough: String,
    pub bands_title: String,
    pub band_range: String,
    pub practices_title: String,
    pub pulse_note: String,
    pub reflection_title: String,
    pub flags_title: String,
    pub flag_straight_lining: String,
    pub flag_inconsistent: String,
    pub self_rating_note: String,
    pub result_missing: String,
    pub take_again: String,

    pub history_title: String,
    pub history_empty: String,
    pub column_date: String,
    pub column_variant: String,
    pub column_overall: String,
    pub column_actions: String,
    pub open: String,
    pub delete: String,
    pub delete_question: String,
    pub deleted: String,

    pub save_failed: String,
    pub storage_unavailable: String,
    pub history_damaged: String,
    pub download_damaged: String,
    pub history_newer: String,
    pub entries_skipped: String,
    pub progress_damaged: String,
    pub not_found_title: String,
    pub not_found_text: String,
}

impl Catalogue {
    pub fn english() -> &'static Catalogue {
        static EN: OnceLock<Catalogue> = OnceLock::new();
        EN.get_or_init(|| {
            // Embedded at compile time and validated by the test suite.
            serde_json::from_str(include_str!("../../questions/en.json")).expect("questions/en.json is valid")
        })
    }

    /// The characteristic's name, or its id if a catalogue lacks it.
    pub fn name<'a>(&'a self, characteristic: &'a str) -> &'a str {
        self.characteristics.get(characteristic).map_or(characteristic, |c| c.name.as_str())
    }

    pub fn item<'a>(&'a self, id: &'a str) -> &'a str {
        self.items.get(id).map_or(id, |i| i.own.as_str())
    }
}

/// Fills `{name}` placeholders in a catalogue template.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    args.iter().fold(template.to_string(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), &value.to_string())
    })
}
