//! Components and storage in a real browser (headless Chromium, via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use servewell::app::{load_state, App, ItemField, ItemFieldProps};
use servewell::model::kept::schema::{damaged_key, DAMAGED_SLOTS, HISTORY_KEY, PROGRESS_KEY, SETTINGS_KEY};
use servewell::model::questionnaire::answers::{Answer, Likert};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, Storage};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage")
}

/// Tests in one binary share a page: each starts on the landing page's address, with
/// empty storage and a fresh root.
fn fresh_root() -> Element {
    // The app reads its language's catalogue before it draws; the tests draw in English.
    servewell::model::present::catalogue::Catalogue::install(servewell::model::present::catalogue::Catalogue::english());
    storage().clear().expect("clear");
    gloo_utils::window().location().set_hash("/").expect("hash");
    let document = gloo_utils::document();
    let root = document.create_element("div").expect("div");
    document.body().expect("body").append_child(&root).expect("append");
    root
}

/// Waits, a few milliseconds at a time, until `css` matches (navigation is a browser
/// task of its own, later than Yew's render).
async fn wait_for(root: &Element, css: &str) -> HtmlElement {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if let Ok(Some(found)) = root.query_selector(css) {
            return found.unchecked_into();
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    panic!("no {css} after 2 s")
}

fn find(root: &Element, css: &str) -> HtmlElement {
    root.query_selector(css).ok().flatten().unwrap_or_else(|| panic!("no {css}")).unchecked_into()
}

fn item_props(aside: Option<&'static str>, given: &Rc<Cell<Option<Answer>>>) -> ItemFieldProps {
    let given = given.clone();
    ItemFieldProps {
        id: "lis1".into(),
        number: 3,
        text: "I let people finish.".into(),
        aside: aside.map(yew::AttrValue::from),
        answer: Likert::new(2).map(Answer::Scale),
        onanswer: Callback::from(move |a| given.set(Some(a))),
    }
}

fn labels(root: &Element) -> Vec<String> {
    let labels = root.query_selector_all("label.choice").expect("query");
    (0..labels.length()).filter_map(|i| labels.item(i)).map(|l| l.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn an_item_is_a_fieldset_with_five_labelled_radios() {
    let root = fresh_root();
    let given = Rc::new(Cell::new(None));
    yew::Renderer::<ItemField>::with_root_and_props(root.clone(), item_props(None, &given)).render();
    yew::scheduler::flush().await;

    assert_eq!(find(&root, "fieldset legend").text_content().as_deref(), Some("3. I let people finish."));
    let radios = root.query_selector_all("fieldset input[type=radio][name=lis1]").expect("query");
    assert_eq!(radios.length(), 5);
    assert_eq!(labels(&root), ["Never", "Rarely", "Sometimes", "Often", "Almost always"]);
    let checked: HtmlInputElement = find(&root, "input:checked").unchecked_into();
    assert_eq!(checked.value(), "2");

    find(&root, "input[value='4']").click();
    assert_eq!(given.get(), Likert::new(4).map(Answer::Scale));
}

#[wasm_bindgen_test]
async fn a_situational_item_offers_hasnt_come_up_in_the_same_group() {
    let root = fresh_root();
    let given = Rc::new(Cell::new(None));
    yew::Renderer::<ItemField>::with_root_and_props(root.clone(), item_props(Some("Hasn’t come up"), &given)).render();
    yew::scheduler::flush().await;

    let radios = root.query_selector_all("fieldset input[type=radio][name=lis1]").expect("query");
    assert_eq!(radios.length(), 6, "one group, so arrow keys reach it");
    assert_eq!(labels(&root).last().map(String::as_str), Some("Hasn’t come up"));
    find(&root, "label.not-come-up input[value='0']").click();
    assert_eq!(given.get(), Some(Answer::NotComeUp));
}

#[wasm_bindgen_test]
async fn an_answer_is_in_storage_the_moment_it_is_given() {
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    wait_for(&root, "#start-pulse").await.click();
    let first = wait_for(&root, "fieldset[data-item] input[value='5']").await;
    let item = first.closest("fieldset").ok().flatten().and_then(|f| f.get_attribute("data-item")).expect("item id");
    first.click();
    yew::scheduler::flush().await;

    let saved = storage().get_item(PROGRESS_KEY).ok().flatten().expect("progress saved");
    assert!(saved.contains(&format!("\"{item}\":5")), "{saved}");
    assert_eq!(find(&root, "#progress-text").text_content().as_deref(), Some("1 of 10 answered"));
    let restored = load_state();
    assert_eq!(restored.progress.map(|p| p.answers.len()), Some(1));
    assert!(restored.resumed);
}

#[wasm_bindgen_test]
fn damaged_history_is_set_aside_untouched() {
    fresh_root();
    storage().set_item(HISTORY_KEY, "{\"schema\":1,\"results\":[tru").expect("set");
    let state = load_state();
    assert!(state.history.is_empty());
    assert!(state.storage.history.damage.is_some());
    assert!(!state.storage.history.read_only(), "set aside, so new results may be saved");
    assert_eq!(
        storage().get_item(&damaged_key(HISTORY_KEY, 0)).ok().flatten().as_deref(),
        Some("{\"schema\":1,\"results\":[tru")
    );
}

#[wasm_bindgen_test]
fn history_from_a_newer_version_is_read_only() {
    fresh_root();
    storage().set_item(HISTORY_KEY, "{\"schema\":9,\"results\":[]}").expect("set");
    let state = load_state();
    assert!(state.storage.history.read_only());
    assert_eq!(storage().get_item(HISTORY_KEY).ok().flatten().as_deref(), Some("{\"schema\":9,\"results\":[]}"));
}

#[wasm_bindgen_test]
async fn damaged_storage_shows_a_message_not_a_blank_page() {
    let root = fresh_root();
    storage().set_item(HISTORY_KEY, "not json").expect("set");
    storage().set_item(PROGRESS_KEY, "{\"schema\":1,\"progress\":{\"variant\":\"huge\"}}").expect("set");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let notices = find(&root, ".storage-notices").text_content().unwrap_or_default();
    assert!(notices.contains("could not be read"), "{notices}");
    assert!(notices.contains("unfinished assessment could not be restored"), "{notices}");
    assert!(root.query_selector("#start-full").ok().flatten().is_some(), "the landing page is there");
}

#[wasm_bindgen_test]
fn new_damage_never_replaces_damage_kept_earlier() {
    fresh_root();
    storage().set_item(&damaged_key(HISTORY_KEY, 0), "an older damage").expect("set");
    storage().set_item(HISTORY_KEY, "a newer damage").expect("set");
    let state = load_state();
    assert!(!state.storage.history.read_only());
    assert_eq!(storage().get_item(&damaged_key(HISTORY_KEY, 0)).ok().flatten().as_deref(), Some("an older damage"));
    assert_eq!(storage().get_item(&damaged_key(HISTORY_KEY, 1)).ok().flatten().as_deref(), Some("a newer damage"));
}

#[wasm_bindgen_test]
fn damaged_history_that_cannot_be_set_aside_stays_put_and_is_never_written_over() {
    fresh_root();
    for slot in 0..DAMAGED_SLOTS {
        storage().set_item(&damaged_key(HISTORY_KEY, slot), &format!("damage {slot}")).expect("set");
    }
    storage().set_item(HISTORY_KEY, "a newer damage").expect("set");
    let state = load_state();
    assert!(state.storage.history.read_only());
    assert_eq!(storage().get_item(&damaged_key(HISTORY_KEY, 0)).ok().flatten().as_deref(), Some("damage 0"));
    assert_eq!(storage().get_item(HISTORY_KEY).ok().flatten().as_deref(), Some("a newer damage"));
}

#[wasm_bindgen_test]
fn one_bad_entry_among_a_hundred_is_set_aside_before_anything_is_written() {
    fresh_root();
    let entry = |n: usize| {
        format!(r#"{{"id":"r{n}","taken_at":{n},"variant":"pulse","bank_version":1,"answers":{{"lis1":4}}}}"#)
    };
    let mut entries: Vec<String> = (0..100).map(entry).collect();
    entries[40] = r#"{"id":"r40","taken_at":40,"variant":"pulse","bank_version":1,"answers":{"lis1":9}}"#.into();
    let raw = format!(r#"{{"schema":1,"results":[{}]}}"#, entries.join(","));
    storage().set_item(HISTORY_KEY, &raw).expect("set");
    let state = load_state();
    assert_eq!(state.history.len(), 99);
    let damage = state.storage.history.damage.expect("reported");
    assert_eq!((damage.reason, damage.skipped, damage.in_place), (None, 1, false));
    assert_eq!(storage().get_item(&damage.at).ok().flatten(), Some(raw));
}

#[wasm_bindgen_test]
fn goals_and_progress_from_a_newer_version_are_read_only() {
    fresh_root();
    storage().set_item(SETTINGS_KEY, r#"{"schema":3,"settings":{}}"#).expect("set");
    storage().set_item(PROGRESS_KEY, r#"{"schema":3,"progress":{}}"#).expect("set");
    let state = load_state();
    assert_eq!((state.storage.settings.newer, state.storage.progress.newer), (Some(3), Some(3)));
    assert!(state.storage.settings.read_only() && state.storage.progress.read_only());
    assert!(state.progress.is_none());
}
