//! Crockford's base32: digits and letters without I, L, O and U, read whatever the case,
//! and with O, I and L taken for the digits they look like.

pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A character as the alphabet reads it: upper case, look-alike letters as digits.
pub fn canonical(c: char) -> char {
    match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    }
}

/// The value of one character, if it is a digit of the alphabet.
pub fn value_of(c: char) -> Option<u64> {
    let c = canonical(c);
    ALPHABET.iter().position(|a| *a as char == c).map(|p| p as u64)
}

pub fn digit(value: u64) -> char {
    ALPHABET[(value & 31) as usize] as char
}

pub fn is_digit(byte: u8) -> bool {
    ALPHABET.contains(&byte)
}

/// The `len` digits of a number, most significant first.
pub fn encode_fixed(value: u64, len: u32) -> String {
    (0..len).rev().map(|i| digit(value >> (5 * i))).collect()
}

/// The number written by exactly `len` digits.
pub fn decode_fixed(text: &str, len: usize) -> Option<u64> {
    if text.len() != len {
        return None;
    }
    text.chars().try_fold(0u64, |acc, c| Some(acc << 5 | value_of(c)?))
}
