//! Hash routing in a few lines: the current `Route` as a context, kept in step with the
//! URL fragment, and links that change it. (yew-router did the same for 40 KB of the
//! download, gzipped.)

use crate::app::dom;
use crate::model::route::Route;
use wasm_bindgen::JsValue;
use yew::prelude::*;

fn current() -> Route {
    Route::from_hash(&gloo_utils::window().location().hash().unwrap_or_default())
}

/// Goes to `route`, as a new entry in the browser's history, so Back works.
pub fn navigate(route: &Route) {
    let _ = gloo_utils::window().location().set_hash(&route.to_hash());
}

/// Goes to `route` in place of the current entry, so that Back skips the address that led
/// there, and draws it at once: the browser's own `hashchange` would come a frame later,
/// after the old view had been painted once more.
pub fn replace(route: &Route) {
    let href = gloo_utils::window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    let _ =
        gloo_utils::history().replace_state_with_url(&JsValue::NULL, "", Some(&format!("{page}{}", route.to_hash())));
    if let Ok(event) = web_sys::Event::new("hashchange") {
        let _ = gloo_utils::window().dispatch_event(&event);
    }
}

#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::NotFound)
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Router(props: &RouterProps) -> Html {
    let route = use_state(current);
    {
        let replaced = route.clone();
        // The first views' effects ran before this one: a route they replaced is taken up now.
        dom::use_mount(Box::new(move || {
            if *replaced != current() {
                replaced.set(current());
            }
        }));
        let route = route.clone();
        dom::use_window_listener("hashchange", Box::new(move |_| route.set(current())));
    }
    html! {
        <ContextProvider<Route> context={(*route).clone()}>{ props.children.clone() }</ContextProvider<Route>>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    /// Fixed class names: a plain string is lighter to pass and compare than `Classes`.
    #[prop_or_default]
    pub classes: &'static str,
    #[prop_or_default]
    pub children: Html,
}

/// A real link, so it can be opened in a new tab; a plain click changes only the
/// fragment, whatever the page's own address (`/app/` or `/app/index.html`).
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0) {
                event.prevent_default();
                navigate(&to);
            }
        })
    };
    html! { <a href={props.to.to_hash()} class={props.classes} {onclick}>{ props.children.clone() }</a> }
}

/// The first-visit build's stand-in for a page it lacks: once everything is saved (the
/// store writes after each change, and says when it cannot), the page loads again at
/// the same address, and index.html's loader starts the full build, which reads it all
/// back from storage. Until storage takes the writes, nothing is reloaded away.
#[cfg(feature = "first-visit")]
#[component]
pub fn HandOver() -> Html {
    let storage = super::store::use_store().storage().clone();
    let saved = !storage.unavailable && !storage.save_failed;
    use_effect_with(saved, |saved| {
        if *saved {
            let window = gloo_utils::window();
            if let Ok(Some(session)) = window.session_storage() {
                let _ = session.set_item(crate::model::route::FULL_BUILD_KEY, "1");
            }
            // The page it hands to starts at the top, not where the browser would restore.
            window.scroll_to_with_x_and_y(0.0, 0.0);
            let _ = window.location().reload();
        }
    });
    Html::default()
}
