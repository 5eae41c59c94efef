//! The routed screens.

pub mod about;
pub mod ask;
pub mod collect;
pub mod compare;
pub mod data;
pub mod feedback_code;
pub mod give;
pub mod goals;
pub mod history;
pub mod join;
pub mod landing;
pub mod not_found;
pub mod present;
pub mod questionnaire;
pub mod request;
pub mod result;
pub mod shared;
pub mod workshop;
pub mod workshops;
