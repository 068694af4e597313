//! `export`: the whole site as files, byte for byte what the server sends, with the
//! host's header rules (nginx.conf, HEADERS.txt) made from the server's own values.

use std::path::{Path, PathBuf};

use server::export::{CONTACTS_PATH, HEADERS_TXT, NGINX_CONF, PUBLIC, export};

/// A fresh folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("vagvisaren-{name}-{}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[tokio::test]
async fn exports_every_asset_the_contacts_and_the_header_rules() {
    let temp = TempDir::new("export");
    let directory = server::contacts::load_builtin().unwrap().directory;
    let exported = export(&temp.0, &directory, &server::Options::default())
        .await
        .unwrap();
    let public = temp.0.join(PUBLIC);

    // Every embedded file, compressed copies included, as embedded.
    let mut embedded = 0;
    for name in server::assets::Site::iter() {
        let file = server::assets::Site::get(&name).unwrap();
        assert_eq!(
            read(&public.join(name.as_ref())),
            file.data.as_ref(),
            "{name}"
        );
        embedded += 1;
    }
    // The contacts directory, in three encodings.
    let contacts = public.join(CONTACTS_PATH.trim_start_matches('/'));
    let json: domain::contacts::Directory = serde_json::from_slice(&read(&contacts)).unwrap();
    assert_eq!(json.municipalities.len(), 290);
    for suffix in ["br", "gz"] {
        assert!(
            contacts.with_extension(suffix).is_file(),
            "contacts.{suffix}"
        );
    }
    assert_eq!(exported.files, embedded + 3);
    assert!(read(&public.join("index.html")).starts_with(b"<!doctype html>"));

    let nginx = String::from_utf8(read(&temp.0.join(NGINX_CONF))).unwrap();
    let headers = String::from_utf8(read(&temp.0.join(HEADERS_TXT))).unwrap();
    for (name, value) in server::SECURITY_HEADERS {
        assert!(
            nginx.contains(&format!("add_header {name} \"{value}\" always;")),
            "{name}"
        );
        assert!(headers.contains(&format!("{name}: {value}")), "{name}");
    }
    assert!(nginx.contains(server::CONTENT_SECURITY_POLICY));
    assert!(!nginx.contains("strict-transport-security"));
    for rule in [
        "\"application/wasm\" wasm;",
        "gzip_static on;",
        "access_log off;",
        "try_files $uri /index.html;",
        &format!(
            "root \"{}\";",
            std::path::absolute(&public).unwrap().display()
        ),
        "location = \"/api/contacts\" {\n        default_type \"application/json\";",
        "set $cache_control \"no-store\";",
        "set $cache_control \"public, max-age=31536000, immutable\";",
    ] {
        assert!(nginx.contains(rule), "nginx.conf lacks {rule}");
    }
    // The hashed files are immutable, by name; nothing else is.
    let wasm = server::assets::Site::iter()
        .find(|n| n.ends_with(".wasm"))
        .unwrap();
    assert!(nginx.contains(&format!(
        "location = \"/{wasm}\" {{\n        set $cache_control \"public"
    )));
    assert!(headers.contains(&format!("/{wasm}: public, max-age=31536000, immutable")));
    assert!(!headers.contains("/api/contacts: public"));
    assert!(headers.contains(".wasm: application/wasm"));
    assert!(headers.contains("/api/contacts (no extension): application/json"));
}

#[tokio::test]
async fn hsts_is_exported_when_asked() {
    let temp = TempDir::new("export-hsts");
    let directory = server::contacts::load_builtin().unwrap().directory;
    export(&temp.0, &directory, &server::Options { hsts: true })
        .await
        .unwrap();
    let nginx = String::from_utf8(read(&temp.0.join(NGINX_CONF))).unwrap();
    assert!(nginx.contains(&format!(
        "add_header strict-transport-security \"{}\" always;",
        server::STRICT_TRANSPORT_SECURITY
    )));
}

#[tokio::test]
async fn refuses_a_folder_that_is_not_empty() {
    let temp = TempDir::new("export-busy");
    std::fs::create_dir_all(&temp.0).unwrap();
    std::fs::write(temp.0.join("keep.txt"), "mine").unwrap();
    let directory = server::contacts::load_builtin().unwrap().directory;
    let error = export(&temp.0, &directory, &server::Options::default())
        .await
        .unwrap_err();
    assert!(error.to_string().contains("not empty"), "{error}");
    assert_eq!(read(&temp.0.join("keep.txt")), b"mine");
}
