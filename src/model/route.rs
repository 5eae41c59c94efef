//! The app's addresses. They live in the URL fragment (`#/results/<id>`), which no
//! server ever sees, so any static host serves the app from any sub-path.

use crate::model::kept::history::is_valid_id;
use crate::model::questionnaire::bank::Variant;
use crate::model::sharing::envelope::MAX_INPUT;
use crate::model::sharing::link::is_link_id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The app opened at its bare address: a returning user's home is their history.
    Home,
    Landing,
    /// Starts `variant` (once an unfinished assessment may be replaced), then shows it
    /// under `Assessment`: a plain link, so the page can offer it before the app runs.
    Start {
        variant: Variant,
    },
    Assessment,
    Result {
        id: String,
    },
    History,
    Compare {
        before: String,
        after: String,
    },
    Goals,
    Data,
    /// The facilitator's workshops, and a new one.
    Workshops,
    /// One workshop: its link and QR code, and the group's profile.
    Workshop {
        id: String,
    },
    /// The workshop's title and QR code, large, for a projector.
    Present {
        id: String,
    },
    /// A participant opening a workshop link; the query is checked by the page.
    Join {
        query: String,
    },
    /// Someone's result, from a result link.
    Shared {
        code: String,
    },
    /// Where the questions and scores come from, and what they cannot tell.
    About,
    /// A new feedback request, set beside one's result `result` (or the latest).
    Ask {
        result: Option<String>,
    },
    /// One's own feedback request: its link, the codes that came back, and colleagues'
    /// view beside one's own.
    Request {
        id: String,
    },
    /// A colleague opening a feedback request's link; the query is checked by the page.
    Give {
        query: String,
    },
    /// The colleague's questionnaire about the person who asked.
    Giving,
    /// A collector opening the link to collect colleagues' codes; checked by the page.
    Collect {
        query: String,
    },
    /// A feedback or summary code, from its link.
    Feedback {
        code: String,
    },
    NotFound,
}

/// A tab's session storage holds this once the first-visit build has handed the page over
/// to the full build: index.html's loader (`scripts/loader.js`) then starts the full build
/// for as long as the tab lives, whatever the address.
pub const FULL_BUILD_KEY: &str = "servewell.v1.full";

/// Whether a path segment can be a code: letters and digits, not too long.
fn is_code(code: &str) -> bool {
    code.len() <= MAX_INPUT && code.chars().all(|c| c.is_ascii_alphanumeric())
}

impl Route {
    /// Reads a fragment such as `#/results/abc`; anything unknown or malformed is
    /// `NotFound`, never an error.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        if path.is_empty() {
            return Route::Home;
        }
        // Links with a query: checked by their pages, which say what is wrong with them.
        if let Some((name, query)) = path.strip_prefix('/').and_then(|p| p.split_once('?')) {
            let query = query.to_string();
            return match name {
                "join" => Route::Join { query },
                "give" => Route::Give { query },
                "collect" => Route::Collect { query },
                _ => Route::NotFound,
            };
        }
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match segments.as_slice() {
            [""] => Route::Landing,
            ["start", variant] => Variant::from_id(variant).map_or(Route::NotFound, |variant| Route::Start { variant }),
            ["assessment"] => Route::Assessment,
            ["history"] => Route::History,
            ["goals"] => Route::Goals,
            ["workshops"] => Route::Workshops,
            ["workshops", id] if is_link_id(id) => Route::Workshop { id: id.to_ascii_uppercase() },
            ["present", id] if is_link_id(id) => Route::Present { id: id.to_ascii_uppercase() },
            ["r", code] if is_code(code) => Route::Shared { code: code.to_string() },
            ["f", code] if is_code(code) => Route::Feedback { code: code.to_string() },
            ["ask"] => Route::Ask { result: None },
            ["ask", id] if is_valid_id(id) => Route::Ask { result: Some(id.to_string()) },
            ["requests", id] if is_link_id(id) => Route::Request { id: id.to_ascii_uppercase() },
            ["giving"] => Route::Giving,
            ["data"] => Route::Data,
            ["about"] => Route::About,
            ["compare", before, after] if is_valid_id(before) && is_valid_id(after) => {
                Route::Compare { before: before.to_string(), after: after.to_string() }
            }
            ["results", id] if is_valid_id(id) => Route::Result { id: id.to_string() },
            _ => Route::NotFound,
        }
    }

    /// What the bare address shows: a returning user's progress, unless an assessment
    /// waits; every other route is itself.
    pub fn resolve_home(self, has_history: bool, has_progress: bool) -> Route {
        match self {
            Route::Home if has_history && !has_progress => Route::History,
            Route::Home => Route::Landing,
            route => route,
        }
    }

    /// Whether the first-visit build has this route's page: what a newcomer, a workshop's
    /// participant or a colleague giving feedback opens before they have any result kept.
    /// It is the smaller download that index.html's loader starts for a visitor with no
    /// history at such an address; at any other, the page is handed to the full build.
    pub fn in_first_visit(&self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::Landing
                | Route::Start { .. }
                | Route::Assessment
                | Route::Result { .. }
                | Route::Join { .. }
                | Route::Shared { .. }
                | Route::About
                | Route::Give { .. }
                | Route::Giving
                | Route::NotFound
        )
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Landing => "#/".into(),
            Route::Start { variant } => format!("#/start/{}", variant.id()),
            Route::Assessment => "#/assessment".into(),
            Route::Result { id } => format!("#/results/{id}"),
            Route::History => "#/history".into(),
            Route::Compare { before, after } => format!("#/compare/{before}/{after}"),
            Route::Goals => "#/goals".into(),
            Route::Data => "#/data".into(),
            Route::Workshops => "#/workshops".into(),
            Route::Workshop { id } => format!("#/workshops/{id}"),
            Route::Present { id } => format!("#/present/{id}"),
            Route::Join { query } => format!("#/join?{query}"),
            Route::Shared { code } => format!("#/r/{code}"),
            Route::About => "#/about".into(),
            Route::Ask { result: None } => "#/ask".into(),
            Route::Ask { result: Some(id) } => format!("#/ask/{id}"),
            Route::Request { id } => format!("#/requests/{id}"),
            Route::Give { query } => format!("#/give?{query}"),
            Route::Giving => "#/giving".into(),
            Route::Collect { query } => format!("#/collect?{query}"),
            Route::Feedback { code } => format!("#/f/{code}"),
            Route::NotFound => "#/not-found".into(),
        }
    }
}
