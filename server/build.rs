//! The server embeds `site/` (built by `cargo run -p xtask -- site`) and `contacts/`;
//! any change there, including added or removed files, rebuilds it.

fn main() {
    println!("cargo:rerun-if-changed=../site");
    println!("cargo:rerun-if-changed=../contacts");
    if !std::path::Path::new("../site/index.html").exists() {
        panic!(
            "site/ is not built: run `cargo run -p xtask -- site` first (scripts/test and scripts/serve do)"
        );
    }
}
