//! Components used on several screens.

pub mod choice;
pub mod contact_card;
pub mod contact_list;
pub mod language_picker;
pub mod message_list;
pub mod municipality_picker;
pub mod nav;
pub mod with_text;
