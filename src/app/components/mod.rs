//! Reusable pieces of the views.

pub mod confirm;
pub mod data_table;
pub mod item_field;
pub mod note_editor;
pub mod practices;
pub mod qr_code;
pub mod score_chart;
pub mod share_result;
pub mod storage_notices;
pub mod trends;
pub mod update_notice;
pub mod wheel_chart;
