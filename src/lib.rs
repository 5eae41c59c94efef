//! ServeWell: a servant-leadership self-assessment that runs entirely in the browser.
//!
//! `model` is pure Rust (no browser crate) and is tested natively; `app` is the thin
//! Yew front end, compiled only for the browser.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod app;
