//! A QR code for a link, drawn as one SVG path (made in the browser: no request carries
//! the link).

use qrcodegen::{QrCode, QrCodeEcc};

/// The QR code of `text` as (size in modules including a four-module quiet zone, SVG
/// path data with one unit square per dark module); `None` if the text is too long.
pub fn svg_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let quiet = 4;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    Some((code.size() + 2 * quiet, path))
}
