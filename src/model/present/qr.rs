//! QR codes as SVG path data, so that a link can be shown on a projector and read by
//! a phone without any image library.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR symbol: its width in modules (quiet zone included) and one path of its dark
/// modules. `None` only for text too long for any QR code.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    // Medium error correction survives a projector's glare and a phone at an angle.
    let symbol = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = symbol.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if symbol.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    Some((usize::try_from(size).unwrap_or(0) + 2 * QUIET as usize, path))
}

/// The light margin a reader needs around the symbol, in modules.
const QUIET: i32 = 4;
