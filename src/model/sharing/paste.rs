//! Codes in pasted text, however they were copied.

use crate::model::sharing::code::PREFIX;
use crate::model::sharing::feedback::{FEEDBACK_PREFIX, SUMMARY_PREFIX};

/// The codes in pasted text. A code may arrive wrapped over lines, in groups, quoted,
/// followed by a full stop, or as a whole link (`#/r/…` for a result, `#/f/…` for
/// feedback): each piece that starts a code of any kind begins a new one, and the pieces
/// after it belong to it.
pub fn codes_in(text: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for piece in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let piece = ["#/r/", "#/f/"].iter().fold(piece, |piece, link| piece.rsplit(link).next().unwrap_or(piece));
        let piece = piece.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
        if piece.is_empty() {
            continue;
        }
        let upper = piece.to_ascii_uppercase();
        match codes.last_mut() {
            Some(current) if ![PREFIX, FEEDBACK_PREFIX, SUMMARY_PREFIX].iter().any(|p| upper.starts_with(p)) => {
                current.push_str(piece)
            }
            _ => codes.push(piece.to_string()),
        }
    }
    codes
}
