//! The reader's language: the one they chose (remembered), else the first of the
//! browser's preferred languages there is a catalogue for, else English. Its catalogue is
//! fetched from `questions/<code>.txt` (the service worker keeps every language for
//! offline use), read once, and installed for every view.

use crate::model::present::catalogue::{Catalogue, LANGUAGES};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the reader's choice is kept: a language code, checked when read.
const KEY: &str = "servewell.v1.language";

/// The code of a language there is a catalogue for.
pub fn known(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().map(|(known, _)| *known).find(|known| *known == code)
}

/// The language to start in: a shared link's (a workshop's or a feedback request's, in
/// the language it was shared in), else the reader's choice, else the browser's.
pub fn preferred() -> &'static str {
    let window = gloo_utils::window();
    let hash = window.location().hash().unwrap_or_default();
    let linked = hash.split_once('?').and_then(|(_, query)| query.split('&').find_map(|p| p.strip_prefix("l=")));
    let chosen = window.local_storage().ok().flatten().and_then(|s| s.get_item(KEY).ok().flatten());
    let browser = window.navigator().languages().iter().filter_map(|l| l.as_string()).collect::<Vec<_>>();
    linked
        .map(str::to_string)
        .iter()
        .chain(&chosen)
        .chain(&browser)
        .find_map(|tag| known(tag.split('-').next().unwrap_or_default().to_ascii_lowercase().as_str()))
        .unwrap_or("en")
}

/// Installs the preferred language's catalogue (see `switch_to`). The page's prerendered
/// copy has a language control of its own: a choice made there meanwhile is the one kept.
pub async fn switch_to_preferred() -> bool {
    loop {
        let code = preferred();
        if !switch_to(code).await {
            return false;
        }
        if preferred() == code {
            return true;
        }
    }
}

/// A link's query with the language it is shared in, which opens it in that language
/// (the person opening it can still change it).
pub fn tagged(query: String) -> String {
    format!("{query}&l={}", current())
}

/// Remembers the reader's choice; a browser that refuses storage just forgets it.
pub fn remember(code: &str) {
    if let Some(storage) = gloo_utils::window().local_storage().ok().flatten() {
        let _ = storage.set_item(KEY, code);
    }
}

thread_local! {
    /// Catalogues read so far, so that switching back costs nothing.
    static READ: RefCell<Vec<(&'static str, &'static Catalogue)>> = const { RefCell::new(Vec::new()) };
    /// The language of the installed catalogue.
    static CURRENT: Cell<&'static str> = const { Cell::new("en") };
}

/// The language every view is in now.
pub fn current() -> &'static str {
    CURRENT.with(Cell::get)
}

/// Reads `code`'s catalogue (from the network or the service worker's cache) and makes it
/// the one every view reads; `<html lang>`, the page's description and the manifest (the
/// installed app's name) follow. `false` if it could not be read.
pub async fn switch_to(code: &'static str) -> bool {
    let Some(catalogue) = catalogue(code).await else { return false };
    Catalogue::install(catalogue);
    CURRENT.with(|current| current.set(code));
    let document = gloo_utils::document();
    let set = |selector: &str, attribute: &str, value: &str| {
        if let Ok(Some(element)) = document.query_selector(selector) {
            let _ = element.set_attribute(attribute, value);
        }
    };
    set("html", "lang", code);
    set("meta[name=description]", "content", catalogue.ui.app_description());
    set("link[rel=manifest]", "href", &format!("manifest-{code}.webmanifest"));
    true
}

async fn catalogue(code: &'static str) -> Option<&'static Catalogue> {
    if let Some(read) = READ.with(|read| read.borrow().iter().find(|(c, _)| *c == code).map(|(_, cat)| *cat)) {
        return Some(read);
    }
    let response = JsFuture::from(gloo_utils::window().fetch_with_str(&format!("questions/{code}.txt"))).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    let catalogue = Catalogue::parse(text)?;
    READ.with(|read| read.borrow_mut().push((code, catalogue)));
    Some(catalogue)
}
