//! Path traversal is impossible: the server looks paths up in an in-memory map of the
//! embedded site and never touches the file system, so `..` in any spelling gets a 404
//! or the app shell, never a file from disk.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

#[tokio::test]
async fn dot_dot_in_any_spelling_reaches_no_file() {
    let directory = server::contacts::load_builtin().unwrap().directory;
    let app = server::app(&directory, server::Options::default());
    let long = format!("/{}", "../".repeat(2000));
    let targets = [
        "/../Cargo.toml",
        "/../../../../etc/passwd",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fCargo.toml",
        "/..%2F..%2F..%2Fetc%2Fpasswd",
        "/locales/../../server/Cargo.toml",
        "/locales/sv/../../../Cargo.toml",
        "/..%5c..%5cCargo.toml",
        "/.%2e/.%2e/etc/passwd",
        "/%252e%252e/Cargo.toml",
        "//etc/passwd",
        "/./Cargo.toml",
        "/locales/%2e%2e/%2e%2e/contacts/national.toml",
        "/..;/Cargo.toml",
        "/%c0%ae%c0%ae/Cargo.toml",
        long.as_str(),
    ];
    for target in targets {
        let request = Request::get(target).body(Body::empty()).unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&body);
        match status {
            StatusCode::NOT_FOUND => assert_eq!(text, "Not found", "{target}"),
            StatusCode::OK => assert!(text.contains("id=\"quick-exit\""), "{target}: {text}"),
            other => panic!("{target}: {other}"),
        }
        for secret in ["[package]", "root:", "[[contact]]"] {
            assert!(!text.contains(secret), "{target} leaked {secret}");
        }
    }
}
