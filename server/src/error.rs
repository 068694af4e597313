//! The one error type handlers return; clients see a status and a plain word, never
//! internals.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// What can go wrong while answering a request.
#[derive(Debug)]
pub enum AppError {
    /// No such asset.
    NotFound,
    /// The method is not GET or HEAD.
    MethodNotAllowed,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "Not found").into_response(),
            AppError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                [(header::ALLOW, "GET, HEAD")],
                "Method not allowed",
            )
                .into_response(),
        }
    }
}
