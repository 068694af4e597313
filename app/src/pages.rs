//! One module per screen.

pub mod about;
pub mod help;
pub mod path_choice;
pub mod plan;
pub mod profile_steps;
pub mod question;
pub mod result;
pub mod safety;
pub mod staff;
pub mod start;
