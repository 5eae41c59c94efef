//! The user's data is theirs: a backup to keep or move, a CSV for spreadsheets, an
//! import that merges, and an honest word on how long the browser keeps things.

use crate::app::components::keep_on_device::KeepOnDevice;
use crate::app::components::kept_aside::KeptAside;
use crate::app::components::page_heading::page_heading;
use crate::app::{dom, store::use_store};
use crate::model::kept::backup::{self, ImportError, SkipReason};
use crate::model::kept::csv;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::Bank;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn DataPage() -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.data_title().to_string(), ());
    // What the last import attempt came to: the report lives in the store.
    let import = use_state(|| None::<Result<(), String>>);

    let onexport = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.download_backup())
    };
    let oncsv = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let text = csv::to_csv(store.history(), &Catalogue::get().spreadsheet());
            let _ = dom::download(&csv::file_name(&dom::local_date()), &text, "text/csv");
        })
    };
    let onfeedback = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let text = csv::feedback_csv(&store.feedback().asked, store.history(), &Catalogue::get().spreadsheet());
            let _ = dom::download(&csv::feedback_file_name(&dom::local_date()), &text, "text/csv");
        })
    };
    let onimport = {
        let (store, import) = (store.clone(), import.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            if let Err(error) = backup::check_size(file.size() as u64) {
                import.set(Some(Err(explain(&error))));
                return;
            }
            let (store, import) = (store.clone(), import.clone());
            spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                let outcome = match text {
                    None => Err(Catalogue::get().ui.import_unreadable().to_string()),
                    Some(text) => backup::read(&text, Bank::current()).map_err(|e| explain(&e)),
                };
                match outcome {
                    Ok(incoming) => {
                        store.import(incoming);
                        import.set(Some(Ok(())));
                    }
                    Err(message) => import.set(Some(Err(message))),
                }
            });
        })
    };

    let last_backup = match store.settings().last_backup {
        Some(at) => fill(ui.last_backup(), &[("date", &dom::format_date(at))]),
        None => ui.never_backed_up().to_string(),
    };
    let outcome = match (&*import, store.last_import()) {
        (Some(Err(message)), _) => html! { <p class="notice warning" id="import-error">{ message }</p> },
        (Some(Ok(())), Some(report)) => html! {
            <div class="notice" id="import-report">
                <p>{ fill(ui.import_report(), &[("added", &report.added), ("already", &report.already), ("skipped", &report.skipped.len())]) }</p>
                if report.goals_added > 0 { <p>{ fill(ui.import_goals(), &[("count", &report.goals_added)]) }</p> }
                if report.feedback_added > 0 { <p>{ fill(ui.import_feedback(), &[("count", &report.feedback_added)]) }</p> }
                if report.feedback_skipped > 0 { <p>{ fill(ui.import_feedback_skipped(), &[("count", &report.feedback_skipped)]) }</p> }
                if !report.skipped.is_empty() {
                    <ul>{ for report.skipped.iter().map(|skip| html! { <li>{ fill(skip_text(skip.reason), &[("position", &skip.position)]) }</li> }) }</ul>
                }
            </div>
        },
        _ => Html::default(),
    };

    html! {
        <section class="data">
            { page_heading(&heading, ui.data_title()) }
            <p>{ ui.data_intro() }</p>
            <section class="card" aria-labelledby="export-heading">
                <h2 id="export-heading">{ ui.export_title() }</h2>
                <p>{ ui.export_text() }</p>
                <p id="last-backup">{ last_backup }</p>
                <button type="button" class="primary" id="export" onclick={onexport}>{ ui.export_button() }</button>
            </section>
            <KeepOnDevice backup={false} />
            <section class="card" aria-labelledby="import-heading">
                <h2 id="import-heading">{ ui.import_title() }</h2>
                <p>{ ui.import_text() }</p>
                <p>
                    <label for="import-file">{ ui.import_label() }</label>{ " " }
                    <input type="file" id="import-file" accept=".json,application/json" onchange={onimport} />
                </p>
                <div role="status">{ outcome }</div>
            </section>
            <section class="card" aria-labelledby="csv-heading">
                <h2 id="csv-heading">{ ui.csv_title() }</h2>
                <p>{ ui.csv_text() }</p>
                <button type="button" id="export-csv" onclick={oncsv}>{ ui.csv_button() }</button>
                if !store.feedback().asked.is_empty() {
                    <p>{ ui.feedback_csv_text() }</p>
                    <button type="button" id="export-feedback-csv" onclick={onfeedback}>{ ui.feedback_csv_button() }</button>
                }
            </section>
            <Persistence />
            <KeptAside />
        </section>
    }
}

fn explain(error: &ImportError) -> String {
    let ui = &Catalogue::get().ui;
    match error {
        ImportError::Empty => ui.import_empty().into(),
        ImportError::TooLarge { bytes } => fill(ui.import_too_large(), &[("size", &bytes.div_ceil(1024))]),
        ImportError::NotJson => ui.import_not_json().into(),
        ImportError::NotABackup => ui.import_not_backup().into(),
        ImportError::Newer { version } => fill(ui.import_newer(), &[("version", version)]),
    }
}

fn skip_text(reason: SkipReason) -> &'static str {
    let ui = &Catalogue::get().ui;
    match reason {
        SkipReason::Damaged => ui.skip_damaged(),
        SkipReason::BadId => ui.skip_bad_id(),
        SkipReason::Repeated => ui.skip_repeated(),
        SkipReason::NewerQuestions => ui.skip_newer_questions(),
    }
}

/// Asks the browser to keep the data (`navigator.storage.persist()`), and says what it
/// answered and what can delete the data anyway.
#[component]
fn Persistence() -> Html {
    let ui = &Catalogue::get().ui;
    let kept = use_state(|| None::<bool>);
    {
        let kept = kept.clone();
        dom::use_mount(Box::new(move || {
            let navigator = gloo_utils::window().navigator();
            // Older browsers have no StorageManager: then nothing can be said.
            let manager = js_sys::Reflect::get(&navigator, &"storage".into())
                .ok()
                .and_then(|m| m.dyn_into::<web_sys::StorageManager>().ok());
            if let Some(manager) = manager {
                spawn_local(async move {
                    let asked = match manager.persist() {
                        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
                        Err(_) => None,
                    };
                    kept.set(asked);
                });
            }
        }));
    }
    let answer = match *kept {
        Some(true) => ui.persist_granted(),
        Some(false) => ui.persist_denied(),
        None => ui.persist_unknown(),
    };
    html! {
        <section class="card" aria-labelledby="persist-heading">
            <h2 id="persist-heading">{ ui.persist_title() }</h2>
            <p id="persist-status">{ answer }</p>
            <p>{ ui.persist_warning() }</p>
        </section>
    }
}
