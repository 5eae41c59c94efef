//! Sharing without a server: result codes (Crockford base32 over a bit string, ending in
//! a CRC-20), workshop links (percent coded), codes found in pasted text, and a
//! workshop's group with its profile. Builds on the questionnaire only.

pub mod base32;
pub mod bits;
pub mod code;
pub mod crc;
pub mod envelope;
pub mod group;
pub mod link;
pub mod paste;
pub mod percent;
pub mod workshop;
