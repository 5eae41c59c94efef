//! The pure model: nothing here touches the browser, so all of it is tested natively
//! with `cargo test`.
//!
//! Rooms, from the bottom up; a module may import from its own room and the rooms below
//! it, never from above (`tests/architecture.rs` checks this, and that no modules import
//! each other in a loop):
//!
//! 1. plain values: [`text`], [`number`], [`calendar`], [`sorted`] collections, and
//!    [`json`], the stored form;
//! 2. [`questionnaire`]: the bank, answers and scoring;
//! 3. [`sharing`]: result codes, workshop links and a workshop's group;
//! 4. [`kept`]: what the user keeps (results, the assessment in progress, settings), its
//!    stored format, backups and spreadsheet files;
//! 5. [`present`]: chart geometry, the text catalogue and QR codes;
//! 6. the app's addresses, [`route`], and its state with every change to it, [`state`].
//!
//! Errors are values: the model builds no sentence a user reads; the app puts each
//! error into words from the catalogue.

pub mod calendar;
pub mod json;
pub mod kept;
pub mod number;
pub mod present;
pub mod questionnaire;
pub mod route;
pub mod sharing;
pub mod sorted;
pub mod state;
pub mod text;
