//! Facts about every language file, read at build time by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/locale_facts.rs"));
