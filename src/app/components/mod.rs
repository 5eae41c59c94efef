//! Reusable pieces of the views.

pub mod confirm;
pub mod item_field;
pub mod score_chart;
pub mod storage_notices;
pub mod update_notice;
