//! A labelled list of saved results to pick one from, newest first, for the views that
//! set one result against another.

use crate::app::dom;
use crate::model::kept::history::SavedResult;
use crate::model::present::catalogue::Catalogue;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// How a result is named in a picker: its date and questionnaire, and `hint` if any.
pub fn result_label(result: &SavedResult, hint: &str) -> String {
    let name = format!("{}, {}", dom::format_date(result.taken_at), Catalogue::get().variant_name(result.variant));
    if hint.is_empty() {
        name
    } else {
        format!("{name} ({hint})")
    }
}

/// `choices` are (result id, label) in the order shown; `none`, if given, labels a last
/// choice of no result, picked as "".
pub fn result_picker(
    id: &str,
    label: &str,
    choices: Vec<(String, String)>,
    selected: &str,
    none: Option<&str>,
    onpick: Callback<String>,
) -> Html {
    let onchange = onpick.reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <p class="no-print">
            <label for={id.to_string()}>{ label.to_string() }</label>{ " " }
            <select id={id.to_string()} {onchange}>
                { for choices.into_iter().map(|(id, label)| html! {
                    <option value={id.clone()} selected={id == selected}>{ label }</option>
                }) }
                if let Some(none) = none { <option value="" selected={selected.is_empty()}>{ none.to_string() }</option> }
            </select>
        </p>
    }
}
