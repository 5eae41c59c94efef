//! The routed screens.

pub mod history;
pub mod landing;
pub mod not_found;
pub mod questionnaire;
pub mod result;
