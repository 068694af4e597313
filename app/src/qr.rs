//! A QR code for a link, drawn as one SVG path (made in the browser: no request carries
//! the link).

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

/// The QR code of `text` as (size in modules including a four-module quiet zone, SVG
/// path data with one unit square per dark module); `None` if the text is too long.
/// Byte mode, which a link with lower-case letters needs anyway: encoding as bytes
/// leaves the text-mode analysis out of the client (1.6 KB of brotli wasm).
pub fn svg_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let quiet = 4;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                write!(path, "M{},{}h1v1h-1z", x + quiet, y + quiet).ok();
            }
        }
    }
    Some((code.size() + 2 * quiet, path))
}
