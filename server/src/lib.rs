//! Vägvisaren's server: the embedded, precompressed site, the contacts directory as one
//! document, and strict headers on every response. It keeps no record of visitors.

pub mod assets;
pub mod contacts;
pub mod contacts_check;
pub mod error;
pub mod export;
pub mod serve;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::response::Response;
use axum::routing::get;
use domain::contacts::Directory;
use domain::date::Date;
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;

use assets::Asset;
use error::AppError;

/// How the server is deployed.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Send `Strict-Transport-Security` (only behind TLS).
    pub hsts: bool,
}

/// What every handler shares: the site and the contacts document, built once.
struct Shared {
    site: HashMap<String, Asset>,
    contacts: Asset,
}

/// Requests answered since start (a count, nothing about who asked).
pub static REQUESTS: AtomicU64 = AtomicU64::new(0);

/// The Content-Security-Policy: same origin only, no inline script or style.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The Permissions-Policy: every powerful feature denied.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), interest-cohort=()";

/// Sent on every response, whatever the path or status: the one definition the server
/// and the static export's host configuration both use.
pub const SECURITY_HEADERS: [(&str, &str); 7] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("permissions-policy", PERMISSIONS_POLICY),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("x-frame-options", "DENY"),
];

/// The Strict-Transport-Security value, sent with [`Options::hsts`].
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=63072000; includeSubDomains";

impl Options {
    /// Every security header these options call for: [`SECURITY_HEADERS`], and HSTS
    /// when asked.
    pub fn security_headers(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        let hsts = self
            .hsts
            .then_some(("strict-transport-security", STRICT_TRANSPORT_SECURITY));
        SECURITY_HEADERS.into_iter().chain(hsts)
    }
}

/// The router: the site for `/` and every path that is not an asset, embedded assets,
/// `GET /api/contacts`, `GET /healthz`; other methods get 405.
pub fn app(directory: &Directory, options: Options) -> Router {
    let json = serde_json::to_vec(directory).expect("the directory serialises");
    let shared = Arc::new(Shared {
        site: assets::site_index(),
        contacts: Asset::compressed("application/json", json),
    });
    // Header names parsed once, not per response.
    let security: Arc<[(HeaderName, HeaderValue)]> = options
        .security_headers()
        .map(|(name, value)| {
            (
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            )
        })
        .collect();
    Router::new()
        .route("/api/contacts", get(contacts))
        .route("/healthz", get(|| async { "ok" }))
        .fallback(site)
        .with_state(shared)
        .layer(RequestBodyLimitLayer::new(0))
        // Plain functions around every request, with no allocation or timer per request.
        // (Slow clients are cut by the accept loop's header and write deadlines, and no
        // handler waits on anything, so a per-request timeout would only cost time.)
        .layer(
            ServiceBuilder::new()
                .map_request(|request: Request| {
                    REQUESTS.fetch_add(1, Ordering::Relaxed);
                    request
                })
                .map_response(move |response| with_security_headers(&security, response)),
        )
}

async fn contacts(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    shared.contacts.respond(request.headers())
}

/// Embedded assets by exact path; the app shell for any other path without a file
/// extension; 404 for a missing asset.
async fn site(State(shared): State<Arc<Shared>>, request: Request) -> Result<Response, AppError> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return Err(AppError::MethodNotAllowed);
    }
    let path = request.uri().path();
    let asset = match shared.site.get(path) {
        Some(asset) => asset,
        None if path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.')) =>
        {
            return Err(AppError::NotFound);
        }
        None => shared.site.get("/").ok_or(AppError::NotFound)?,
    };
    Ok(asset.respond(request.headers()))
}

/// `response` with the security headers, and `no-store` unless it says how to cache.
fn with_security_headers(
    security: &[(HeaderName, HeaderValue)],
    mut response: Response,
) -> Response {
    let headers = response.headers_mut();
    for (name, value) in security {
        headers.insert(name.clone(), value.clone());
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Today's date (UTC), for checking the contacts' dates.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((seconds / 86_400) as i64)
}
