//! Routes, methods, content types, encodings, ETag/304, cache and security headers,
//! through `app().oneshot(..)`.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn app() -> Router {
    let directory = server::contacts::load_builtin()
        .expect("built-in contacts are valid")
        .directory;
    server::app(&directory, server::Options::default())
}

async fn send(request: Request<Body>) -> axum::response::Response {
    app().oneshot(request).await.expect("infallible")
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

async fn body(response: axum::response::Response) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec()
}

fn header<'a>(response: &'a axum::response::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or_else(|| panic!("no {name} header"))
}

/// The site's file names, found from the shell's references.
async fn asset_path(ext: &str) -> String {
    let html = String::from_utf8(body(send(get("/")).await).await).unwrap();
    let at = html
        .find(&format!(".{ext}\""))
        .expect("shell references the asset");
    let start = html[..at].rfind('/').unwrap();
    html[start..at + ext.len() + 1].to_string()
}

#[tokio::test]
async fn shell_is_served_for_root_and_app_paths() {
    for uri in ["/", "/help", "/staff/poster?kommun=1281"] {
        let response = send(get(uri)).await;
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        assert_eq!(
            header(&response, "content-type"),
            "text/html; charset=utf-8"
        );
        assert_eq!(header(&response, "cache-control"), "no-store");
        let html = String::from_utf8(body(response).await).unwrap();
        assert!(html.contains("id=\"quick-exit\""), "{uri}");
        assert!(!html.contains("<script>"), "no inline script");
    }
}

#[tokio::test]
async fn missing_assets_are_404() {
    for uri in [
        "/nothing.js",
        "/locales/xx/main.ftl",
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
    ] {
        assert_eq!(
            send(get(uri)).await.status(),
            StatusCode::NOT_FOUND,
            "{uri}"
        );
    }
}

#[tokio::test]
async fn other_methods_are_405() {
    for (method, uri) in [
        ("POST", "/"),
        ("PUT", "/api/contacts"),
        ("DELETE", "/healthz"),
        ("POST", "/help"),
    ] {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::empty())
            .unwrap();
        let response = send(request).await;
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {uri}"
        );
        assert!(header(&response, "allow").contains("GET"));
    }
}

#[tokio::test]
async fn request_bodies_are_refused() {
    let request = Request::get("/")
        .header(header::CONTENT_LENGTH, "5")
        .body(Body::from("hello"))
        .unwrap();
    assert_eq!(send(request).await.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn head_has_headers_and_no_body() {
    let request = Request::head("/").body(Body::empty()).unwrap();
    let response = send(request).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "content-type"),
        "text/html; charset=utf-8"
    );
    assert!(body(response).await.is_empty());
}

#[tokio::test]
async fn assets_have_their_content_types_and_cache_policy() {
    for (ext, content_type) in [
        ("wasm", "application/wasm"),
        ("js", "text/javascript; charset=utf-8"),
        ("css", "text/css; charset=utf-8"),
    ] {
        let path = asset_path(ext).await;
        let response = send(get(&path)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(header(&response, "content-type"), content_type, "{path}");
        assert_eq!(
            header(&response, "cache-control"),
            "public, max-age=31536000, immutable"
        );
    }
    let response = send(get("/locales/sv/main.ftl")).await;
    assert_eq!(
        header(&response, "content-type"),
        "text/plain; charset=utf-8"
    );
    assert_eq!(header(&response, "cache-control"), "no-store");
}

#[tokio::test]
async fn encodings_follow_accept_encoding() {
    let wasm = asset_path("wasm").await;
    let plain = body(send(get(&wasm)).await).await;
    assert_eq!(&plain[..4], b"\0asm");
    for (accept, expected) in [
        ("br", Some("br")),
        ("gzip, deflate", Some("gzip")),
        ("gzip, br", Some("br")),
        ("br;q=0, gzip", Some("gzip")),
        ("identity", None),
    ] {
        let request = Request::get(&wasm)
            .header(header::ACCEPT_ENCODING, accept)
            .body(Body::empty())
            .unwrap();
        let response = send(request).await;
        assert_eq!(
            response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            expected,
            "{accept}"
        );
        assert_eq!(header(&response, "vary"), "accept-encoding");
        let bytes = body(response).await;
        if expected.is_some() {
            assert!(bytes.len() < plain.len(), "{accept} is smaller");
        } else {
            assert_eq!(bytes, plain);
        }
    }
}

#[tokio::test]
async fn etag_revalidation_gives_304() {
    for uri in ["/", "/api/contacts"] {
        let first = send(
            Request::get(uri)
                .header(header::ACCEPT_ENCODING, "br")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        let etag = header(&first, "etag").to_string();
        let again = Request::get(uri)
            .header(header::ACCEPT_ENCODING, "br")
            .header(header::IF_NONE_MATCH, &etag)
            .body(Body::empty())
            .unwrap();
        let response = send(again).await;
        assert_eq!(response.status(), StatusCode::NOT_MODIFIED, "{uri}");
        assert_eq!(header(&response, "etag"), etag);
        assert!(body(response).await.is_empty());
        let other = Request::get(uri)
            .header(header::IF_NONE_MATCH, "\"other\"")
            .body(Body::empty())
            .unwrap();
        assert_eq!(send(other).await.status(), StatusCode::OK);
    }
}

#[tokio::test]
async fn security_headers_on_every_response() {
    for request in [
        get("/"),
        get("/api/contacts"),
        get("/healthz"),
        get("/missing.css"),
        Request::post("/").body(Body::empty()).unwrap(),
        Request::get("/")
            .header("content-length", "5")
            .body(Body::from("hello"))
            .unwrap(),
    ] {
        let response = send(request).await;
        assert_eq!(
            header(&response, "content-security-policy"),
            server::CONTENT_SECURITY_POLICY
        );
        assert!(!server::CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
        assert_eq!(header(&response, "referrer-policy"), "no-referrer");
        assert_eq!(header(&response, "x-content-type-options"), "nosniff");
        assert!(header(&response, "permissions-policy").contains("camera=()"));
        assert!(header(&response, "permissions-policy").contains("geolocation=()"));
        assert_eq!(
            header(&response, "cross-origin-opener-policy"),
            "same-origin"
        );
        assert_eq!(
            header(&response, "cross-origin-resource-policy"),
            "same-origin"
        );
        assert!(response.headers().get("server").is_none());
        assert!(response.headers().get("set-cookie").is_none());
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none()
        );
    }
}

#[tokio::test]
async fn hsts_only_when_asked() {
    let directory = server::contacts::load_builtin().unwrap().directory;
    let app = server::app(&directory, server::Options { hsts: true });
    let response = app.oneshot(get("/")).await.unwrap();
    assert!(header(&response, "strict-transport-security").starts_with("max-age="));
}

#[tokio::test]
async fn contacts_document_is_the_whole_directory() {
    let response = send(get("/api/contacts")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "application/json");
    assert_eq!(header(&response, "cache-control"), "no-store");
    let directory: domain::contacts::Directory =
        serde_json::from_slice(&body(response).await).unwrap();
    assert_eq!(directory.municipalities.len(), 290);
    assert_eq!(directory.counties.len(), 21);
    assert!(
        directory
            .national
            .iter()
            .any(|c| c.phone.as_ref().is_some_and(|p| p.dial == "+4620505050"))
    );
}

#[tokio::test]
async fn healthz_answers() {
    let response = send(get("/healthz")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(body(response).await, b"ok");
}
