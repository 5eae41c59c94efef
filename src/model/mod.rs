//! The pure model: the question bank and its texts, answers, scoring, the assessment in
//! progress and the saved history. Nothing here touches the browser, so all of it is
//! tested natively with `cargo test`.

pub mod assessment;
pub mod backup;
pub mod bank;
pub mod catalogue;
pub mod chart;
pub mod code;
pub mod csv;
pub mod history;
pub mod qr;
pub mod route;
pub mod schema;
pub mod scoring;
pub mod settings;
pub mod state;
pub mod text;
pub mod workshop;
