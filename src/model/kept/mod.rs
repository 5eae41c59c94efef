//! What the user keeps in this browser: finished results, the assessment in progress,
//! settings and feedback requests; their stored format and its version; backups; and
//! spreadsheet files.

pub mod backup;
pub mod csv;
pub mod feedback;
pub mod history;
pub mod progress;
pub mod schema;
pub mod settings;
