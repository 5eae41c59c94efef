//! One of every route, for the tests that go through them all (`#[path]`-included).

use servewell::model::questionnaire::bank::Variant;
use servewell::model::route::Route;

pub fn every_route() -> Vec<Route> {
    vec![
        Route::Home,
        Route::Landing,
        Route::Start { variant: Variant::Full },
        Route::Start { variant: Variant::Pulse },
        Route::Assessment,
        Route::Result { id: "m1x-2k".into() },
        Route::History,
        Route::Compare { before: "a1".into(), after: "b-2".into() },
        Route::Goals,
        Route::Data,
        Route::Workshops,
        Route::Workshop { id: "K3M9QX".into() },
        Route::Present { id: "K3M9QX".into() },
        Route::Join { query: "id=K3M9QX&t=Day&v=full".into() },
        Route::Shared { code: "SW0123".into() },
        Route::About,
        Route::Ask { result: None },
        Route::Ask { result: Some("m1x-2k".into()) },
        Route::Request { id: "K3M9QX".into() },
        Route::Give { query: "id=K3M9QX&n=Maria&v=pulse&q=2".into() },
        Route::Giving,
        Route::Collect { query: "id=K3M9QX&n=Maria&v=pulse&q=2&c=Sam".into() },
        Route::Feedback { code: "SF0123".into() },
    ]
}
