//! Vägvisaren's core: types and rules shared by the server and the web client.
//!
//! Plain Rust with no web or UI dependency, so every rule is unit-tested natively.

pub mod contacts;
pub mod date;
pub mod phone;
pub mod plan;
pub mod questionnaire;
pub mod ranking;
pub mod search;
