//! Precompressed representations served by `Accept-Encoding`, with ETags, 304s and a
//! cache policy per file: the embedded site and the contacts document both go through it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Write;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};

/// The site built by `cargo run -p xtask -- site`.
#[derive(RustEmbed)]
#[folder = "../site"]
pub struct Site;

/// One encoding of a resource.
#[derive(Debug, Clone)]
pub struct Representation {
    /// The bytes on the wire.
    pub body: axum::body::Bytes,
    /// A strong ETag for exactly these bytes.
    pub etag: HeaderValue,
}

impl Representation {
    fn new(body: impl Into<axum::body::Bytes>) -> Self {
        let body = body.into();
        let digest: [u8; 32] = Sha256::digest(&body).into();
        Self::with_digest(body, &digest)
    }

    /// With the SHA-256 of `body` already known (rust-embed computes it at build time).
    fn with_digest(body: axum::body::Bytes, digest: &[u8; 32]) -> Self {
        let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
        let etag = HeaderValue::from_str(&format!("\"{hex}\"")).expect("hex is a valid header");
        Self { body, etag }
    }

    /// An embedded site file, served from the binary's own bytes (no copy, and nothing
    /// read at start-up: the digest was computed when the server was built).
    fn embedded(name: &str) -> Option<Self> {
        let file = Site::get(name)?;
        let body = match file.data {
            Cow::Borrowed(bytes) => axum::body::Bytes::from_static(bytes),
            Cow::Owned(bytes) => axum::body::Bytes::from(bytes),
        };
        Some(Self::with_digest(body, &file.metadata.sha256_hash()))
    }
}

/// A resource in all its encodings, with its headers.
#[derive(Debug, Clone)]
pub struct Asset {
    content_type: HeaderValue,
    cache_control: HeaderValue,
    identity: Representation,
    brotli: Option<Representation>,
    gzip: Option<Representation>,
}

/// `Cache-Control` for content-hashed names: cached for a year, never revalidated.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` for everything else: nothing kept on the device.
const NO_STORE: &str = "no-store";

impl Asset {
    fn new(
        content_type: &'static str,
        immutable: bool,
        identity: Representation,
        brotli: Option<Representation>,
        gzip: Option<Representation>,
    ) -> Self {
        Self {
            content_type: HeaderValue::from_static(content_type),
            cache_control: HeaderValue::from_static(if immutable { IMMUTABLE } else { NO_STORE }),
            identity,
            brotli,
            gzip,
        }
    }

    /// A resource compressed now (for documents made at start-up).
    pub fn compressed(content_type: &'static str, bytes: Vec<u8>) -> Self {
        let brotli = Representation::new(compress_brotli(&bytes));
        let gzip = Representation::new(compress_gzip(&bytes));
        Self::new(
            content_type,
            false,
            Representation::new(bytes),
            Some(brotli),
            Some(gzip),
        )
    }

    /// The response for a request with these headers: the best encoding the client
    /// accepts, or 304 when its ETag still matches.
    pub fn respond(&self, request: &HeaderMap) -> Response {
        let accepted = request
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let (representation, encoding) = match (&self.brotli, &self.gzip) {
            (Some(br), _) if accepts(accepted, "br") => (br, Some("br")),
            (_, Some(gz)) if accepts(accepted, "gzip") => (gz, Some("gzip")),
            _ => (&self.identity, None),
        };
        // Room for these and the security headers added on the way out: no regrowth.
        let mut headers = HeaderMap::with_capacity(16);
        headers.insert(header::ETAG, representation.etag.clone());
        headers.insert(header::CACHE_CONTROL, self.cache_control.clone());
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        let not_modified = request
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|tags| {
                tags.split(',').any(|t| {
                    t.trim() == "*" || t.trim().trim_start_matches("W/") == representation.etag
                })
            });
        if not_modified {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        if let Some(encoding) = encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        (headers, Body::from(representation.body.clone())).into_response()
    }
}

/// Whether an `Accept-Encoding` value accepts `coding` (a `q=0` refuses it).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let refused = parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        name.eq_ignore_ascii_case(coding) && !refused
    })
}

/// The content type for a file name.
pub fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "ftl" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

/// Whether a file name carries a content hash (`app-0123456789abcdef.wasm`).
pub fn is_content_hashed(name: &str) -> bool {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Compresses with brotli at the highest quality.
pub fn compress_brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in-memory brotli");
    out
}

/// Compresses with gzip at the highest level.
pub fn compress_gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("in-memory gzip");
    encoder.finish().expect("in-memory gzip")
}

/// Every embedded site file by its URL path (`/`, `/app-….wasm`, `/locales/sv/main.ftl`).
pub fn site_index() -> HashMap<String, Asset> {
    Site::iter()
        .filter(|name| !name.ends_with(".br") && !name.ends_with(".gz"))
        .filter_map(|name| {
            let asset = Asset::new(
                content_type(&name),
                is_content_hashed(&name),
                Representation::embedded(&name)?,
                Representation::embedded(&format!("{name}.br")),
                Representation::embedded(&format!("{name}.gz")),
            );
            let path = if name == "index.html" {
                "/".to_string()
            } else {
                format!("/{name}")
            };
            Some((path, asset))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_accept_encoding() {
        assert!(accepts("gzip, deflate, br", "br"));
        assert!(accepts("br;q=1.0, gzip;q=0.5", "gzip"));
        assert!(!accepts("br;q=0, gzip", "br"));
        assert!(!accepts("identity", "gzip"));
        assert!(!accepts("", "br"));
    }

    #[test]
    fn recognises_content_hashed_names() {
        assert!(is_content_hashed("app-0123456789abcdef.wasm"));
        assert!(!is_content_hashed("index.html"));
        assert!(!is_content_hashed("locales/sv/main.ftl"));
        assert!(!is_content_hashed("app-0123.wasm"));
    }
}
