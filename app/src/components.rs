//! Components used on several screens.

pub mod language_picker;
