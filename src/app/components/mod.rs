//! Reusable pieces of the views.

pub mod caveats;
pub mod change_chart;
pub mod confirm;
pub mod data_table;
pub mod group_profile;
pub mod item_field;
pub mod keep_on_device;
pub mod kept_aside;
pub mod latest_result;
pub mod missing;
pub mod note_editor;
pub mod page_heading;
pub mod practices;
pub mod qr_code;
pub mod request_list;
pub mod result_list;
pub mod result_picker;
pub mod score_chart;
pub mod self_other;
pub mod send_link;
pub mod share_result;
pub mod storage_notices;
pub mod trends;
pub mod unanswered;
pub mod update_notice;
pub mod wheel_chart;
