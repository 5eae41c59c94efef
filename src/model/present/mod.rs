//! Presentation without the browser: chart geometry, every text the user reads, and QR
//! codes, so that the components only draw what this lays out.

pub mod catalogue;
pub mod catalogue_check;
pub mod chart;
pub mod qr;
