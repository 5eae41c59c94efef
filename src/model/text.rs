//! Text from outside (a form, a link, a code, a file) as it may enter the app: without
//! control characters, and without the invisible ones that hide text or reorder it on
//! screen, such as a right-to-left override that makes "gpj.exe" read "exe.jpg".

/// Invisible characters that reorder or hide text: zero-width spaces and joiners,
/// direction marks, embeddings, overrides and isolates, and the like.
pub fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
    )
}

/// One line of text: control and format characters removed, outer whitespace trimmed.
pub fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control() && !is_format(*c)).collect::<String>().trim().to_string()
}

/// Text of several lines, such as a note: as it was typed, line breaks and indentation
/// included, with only control and format characters removed (a "\r" of "\r\n" too).
pub fn clean_lines(text: &str) -> String {
    text.chars().filter(|&c| matches!(c, '\n' | '\t') || !(c.is_control() || is_format(c))).collect()
}

/// The longest start of `text` of at most `max` bytes that ends on a character boundary.
pub fn truncate(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
