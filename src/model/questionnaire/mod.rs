//! The questionnaire: the item bank, the answers, and how answers become scores. It
//! knows nothing of who keeps or shares a result.

pub mod answers;
pub mod bank;
pub mod scoring;
