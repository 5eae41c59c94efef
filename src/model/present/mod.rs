//! Presentation without the browser: chart geometry, every text the user reads, and QR
//! codes, so that the components only draw what this lays out.

pub mod catalogue;
// Read by build.rs and the native tests, never by the app.
#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue_check;
pub mod chart;
pub mod qr;
