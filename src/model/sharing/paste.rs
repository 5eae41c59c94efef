//! Result codes in pasted text, however they were copied.

use crate::model::sharing::code::PREFIX;

/// The codes in pasted text. A code may arrive wrapped over lines, in groups, quoted,
/// followed by a full stop, or as a whole result link: each piece that starts a code
/// (`SW…`, or a link's `#/r/SW…`) begins a new one, and the pieces after it belong to it.
pub fn codes_in(text: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for piece in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let piece = piece.rsplit("#/r/").next().unwrap_or(piece);
        let piece = piece.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
        if piece.is_empty() {
            continue;
        }
        match codes.last_mut() {
            Some(current) if !piece.to_ascii_uppercase().starts_with(PREFIX) => current.push_str(piece),
            _ => codes.push(piece.to_string()),
        }
    }
    codes
}
