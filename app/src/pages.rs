//! One module per screen.

pub mod start;
