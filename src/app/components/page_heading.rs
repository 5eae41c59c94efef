//! The heading each screen opens with. It takes focus whenever the screen changes (see
//! `dom::use_view`), so it is focusable without joining the tab order.

use yew::prelude::*;

pub fn page_heading(node: &NodeRef, text: &str) -> Html {
    html! { <h1 ref={node.clone()} tabindex="-1">{ text }</h1> }
}
