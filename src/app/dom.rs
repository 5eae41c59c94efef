//! Small edges of the browser: time, randomness, dates, the document title, focus and
//! downloads.

use crate::model::present::catalogue::Catalogue;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

pub fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// A date and time in the reader's own locale and time zone.
pub fn format_date(ms: u64) -> String {
    thread_local! {
        // Made once per language: a history of a thousand results formats two thousand dates.
        static FORMAT: RefCell<Option<(&'static str, js_sys::Function)>> = const { RefCell::new(None) };
    }
    let language = crate::app::language::current();
    FORMAT.with(|format| {
        let mut format = format.borrow_mut();
        if format.as_ref().is_none_or(|(made_for, _)| *made_for != language) {
            let options = js_sys::Object::new();
            // Setting plain properties on a fresh object cannot fail.
            let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
            let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
            let locales = js_sys::Array::of1(&language.into());
            *format = Some((language, js_sys::Intl::DateTimeFormat::new(&locales, &options).format()));
        }
        format
            .as_ref()
            .and_then(|(_, format)| format.call1(&JsValue::NULL, &JsValue::from_f64(ms as f64)).ok())
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    })
}

/// Gives a view its document title and moves focus to its heading whenever `key`
/// changes, so that screen-reader and keyboard users land on the new content.
#[hook]
pub fn use_view<K: PartialEq + Clone + 'static>(title: String, key: K) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((title, key), move |(title, _)| {
            thread_local! {
                static TAKEN_OVER: Cell<bool> = const { Cell::new(false) };
            }
            gloo_utils::document().set_title(&format!("{title} — {}", Catalogue::get().ui.app_name()));
            // A new view starts at the top, header included, as a new page would; the first
            // takes the place of the page's prerendered copy, which the reader may have scrolled.
            let window = gloo_utils::window();
            let kept = if TAKEN_OVER.with(|taken| taken.replace(true)) {
                (0.0, 0.0)
            } else {
                (window.scroll_x().unwrap_or_default(), window.scroll_y().unwrap_or_default())
            };
            focus(&heading);
            window.scroll_to_with_x_and_y(kept.0, kept.1);
        });
    }
    heading
}

/// Runs `effect` once, after the first render. Not generic, so that every such effect
/// shares one copy of Yew's effect code (some 700 bytes of download each).
#[hook]
pub fn use_mount(effect: Box<dyn FnOnce()>) {
    use_effect_with((), move |_| effect());
}

/// Calls `handler` on every `event` the window gets while the component is on the page.
/// Not generic, for the same reason as [`use_mount`].
#[hook]
pub fn use_window_listener(event: &'static str, handler: Box<dyn Fn(&Event)>) {
    use_effect_with((), move |_| {
        let listener = gloo_events::EventListener::new(&gloo_utils::window(), event, handler);
        move || drop(listener)
    });
}

pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Focuses the element with `id`, if it is on the page.
pub fn focus_id(id: &str) {
    if let Some(element) = gloo_utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Focuses the text field with `id` and selects its text, for the person to copy it themselves.
pub fn select_id(id: &str) {
    if let Some(input) = gloo_utils::document().get_element_by_id(id) {
        if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        }
    }
}

/// The skip link moves focus itself: with hash routing, following `#main` would
/// change the route.
pub fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        focus_id("main");
    })
}

/// Offers `text` to the user as a file download.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = gloo_utils::document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // Some browsers read the file after this task: let go of it a minute later.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Today in the reader's time zone, `YYYY-MM-DD`, for file names.
pub fn local_date() -> String {
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// The full address of a route of this app, wherever it is served from.
pub fn link_to(route: &crate::model::route::Route) -> String {
    let href = gloo_utils::window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    format!("{page}{}", route.to_hash())
}

/// Copies `text` to the clipboard and says, through `done`, whether that worked.
pub fn copy(text: String, done: Callback<bool>) {
    let navigator = gloo_utils::window().navigator();
    // Pages served without HTTPS (a laptop on the room's network) have no clipboard.
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false) {
        return done.emit(false);
    }
    let clipboard = navigator.clipboard();
    wasm_bindgen_futures::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok();
        done.emit(copied);
    });
}

/// Whether the browser offers its own share sheet (phones, mostly).
pub fn can_share() -> bool {
    js_sys::Reflect::has(&gloo_utils::window().navigator(), &JsValue::from_str("share")).unwrap_or(false)
}

/// Opens the share sheet with `text` and the link `url`; says through `done` whether it
/// was shared (a person closing the sheet is not an error, just not shared).
pub fn share(title: &str, text: &str, url: &str, done: Callback<bool>) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    let promise = gloo_utils::window().navigator().share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
