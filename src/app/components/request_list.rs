//! The feedback requests a person made, newest first, each with where its answers go,
//! how many came back and whether it is still offered.

use crate::app::router::Link;
use crate::app::{dom, Route};
use crate::model::kept::feedback::{Asked, FeedbackBook, Kind};
use crate::model::present::catalogue::{fill, Catalogue};
use yew::prelude::*;

pub fn request_list(book: &FeedbackBook) -> Html {
    let ui = &Catalogue::get().ui;
    if book.asked.is_empty() {
        return html! { <p id="requests-none">{ ui.requests_none() }</p> };
    }
    html! {
        <ul class="request-list" id="request-list">
            { for book.asked.iter().rev().map(request_item) }
        </ul>
    }
}

fn request_item(asked: &Asked) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let request = &asked.request;
    let route = match &request.collector {
        Some(collector) => fill(ui.requests_through(), &[("collector", collector)]),
        None => ui.requests_direct().to_string(),
    };
    let line = fill(
        ui.requests_line(),
        &[
            ("date", &dom::format_date(asked.created_at)),
            ("route", &route),
            ("count", &answered(asked)),
            ("status", &if asked.closed { ui.requests_closed() } else { ui.requests_open() }),
        ],
    );
    html! {
        <li data-request={request.id.clone()}>
            <Link to={Route::Request { id: request.id.clone() }}>
                { fill(ui.requests_link(), &[("variant", &en.variant_name(request.variant)), ("name", &request.name)]) }
            </Link>
            { " " }<span class="request-line">{ line }</span>
        </li>
    }
}

/// Colleagues whose answers came back: each code straight back, or as many as the
/// collector's summary sums up.
fn answered(asked: &Asked) -> usize {
    match asked.kind() {
        Kind::Feedback => asked.feedback().len(),
        Kind::Summary => asked.summary().map_or(0, |s| s.colleagues),
    }
}
