//! Sharing without a server: result, feedback and summary codes (Crockford base32 over a
//! bit string, ending in a CRC-20), workshop and feedback-request links (percent coded),
//! codes found in pasted text, a workshop's group with its profile, and colleagues' view
//! beside one's own. Builds on the questionnaire only.

pub mod base32;
pub mod bits;
pub mod code;
pub mod crc;
pub mod envelope;
pub mod feedback;
pub mod group;
pub mod link;
pub mod others;
pub mod paste;
pub mod percent;
pub mod request;
pub mod workshop;
