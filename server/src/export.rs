//! `vagvisaren export DIR`: the whole site as static files for any web host or CDN,
//! with the headers that host must send.
//!
//! Every file is fetched through the server's own router, so the export holds exactly
//! the bytes, encodings, types and cache rules the server answers with:
//!
//! ```text
//! DIR/public/         the web root: index.html (the app shell), the assets, the locales,
//!                     api/contacts (the contacts directory as JSON), each with .br and .gz
//! DIR/nginx.conf      an nginx server block that serves public/ with the server's headers
//! DIR/HEADERS.txt     the same rules as a plain list, for any other host
//! ```
//!
//! The two configuration files sit beside the web root, not in it, so a host never
//! serves them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::contacts::Directory;
use tower::ServiceExt;

use crate::serve::Limits;
use crate::{Options, app, assets};

/// The web root inside an export folder.
pub const PUBLIC: &str = "public";
/// The nginx server block inside an export folder.
pub const NGINX_CONF: &str = "nginx.conf";
/// The plain list of headers and rules inside an export folder.
pub const HEADERS_TXT: &str = "HEADERS.txt";
/// The URL path of the contacts document (a file `contacts` in the folder `api`).
pub const CONTACTS_PATH: &str = "/api/contacts";

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    /// Files written under `public/`, compressed copies included.
    pub files: usize,
    /// Their total size in bytes.
    pub bytes: u64,
}

/// One URL path of the site with the headers the server answers it with.
struct Resource {
    path: String,
    file: String,
    content_type: String,
    cache_control: String,
}

/// The encodings the server keeps, as `Accept-Encoding`, `Content-Encoding` and the
/// file name suffix of the copy.
const ENCODINGS: [(&str, Option<&str>, &str); 3] = [
    ("identity", None, ""),
    ("br", Some("br"), ".br"),
    ("gzip", Some("gzip"), ".gz"),
];

/// Writes the site, the contacts `directory` and the host configuration into `dir`,
/// which must not exist yet or be empty. `options` decide the headers (e.g. HSTS).
pub async fn export(dir: &Path, directory: &Directory, options: &Options) -> io::Result<Exported> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "{} is not empty: export into a new or empty folder",
                dir.display()
            ),
        ));
    }
    let public = dir.join(PUBLIC);
    std::fs::create_dir_all(&public)?;
    let root = std::path::absolute(&public)?;

    let router = app(directory, options.clone());
    let mut paths: Vec<String> = assets::site_index().into_keys().collect();
    paths.push(CONTACTS_PATH.to_string());
    paths.sort();

    let mut exported = Exported { files: 0, bytes: 0 };
    let mut resources = Vec::new();
    for path in paths {
        let file = match path.as_str() {
            "/" => "index.html",
            other => other.trim_start_matches('/'),
        };
        for (accept, encoding, suffix) in ENCODINGS {
            let (fetched, body) = fetch(&router, &path, accept).await?;
            if fetched.content_encoding.as_deref() != encoding {
                // No copy in this encoding: the server sends the plain file instead.
                continue;
            }
            let target = public.join(format!("{file}{suffix}"));
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&target, &body)?;
            exported.files += 1;
            exported.bytes += body.len() as u64;
            if encoding.is_none() {
                resources.push(Resource {
                    path: path.clone(),
                    file: file.to_string(),
                    content_type: fetched.content_type,
                    cache_control: fetched.cache_control,
                });
            }
        }
    }

    std::fs::write(
        dir.join(NGINX_CONF),
        nginx_conf(&root, &resources, options)?,
    )?;
    std::fs::write(dir.join(HEADERS_TXT), headers_txt(&resources, options)?)?;
    Ok(exported)
}

/// The headers of one response that the export records.
struct Fetched {
    content_type: String,
    cache_control: String,
    content_encoding: Option<String>,
}

/// `GET path` through the router, as a client accepting `accept`.
async fn fetch(router: &Router, path: &str, accept: &str) -> io::Result<(Fetched, Vec<u8>)> {
    let request = Request::get(path)
        .header(header::ACCEPT_ENCODING, accept)
        .body(Body::empty())
        .map_err(io::Error::other)?;
    let response = router
        .clone()
        .oneshot(request)
        .await
        .unwrap_or_else(|never| match never {});
    if response.status() != StatusCode::OK {
        return Err(io::Error::other(format!(
            "the server answers {path} with {}",
            response.status()
        )));
    }
    let text = |name: header::HeaderName| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let fetched = Fetched {
        content_type: text(header::CONTENT_TYPE).unwrap_or_default(),
        cache_control: text(header::CACHE_CONTROL).unwrap_or_default(),
        content_encoding: text(header::CONTENT_ENCODING),
    };
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .map_err(io::Error::other)?;
    Ok((fetched, body.to_vec()))
}

/// The extension of a file's name, if it has one.
fn extension(file: &str) -> Option<&str> {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.rsplit_once('.').map(|(_, ext)| ext)
}

/// The `Cache-Control` of the shell, which the server also sends on every other
/// response that has none of its own (errors included).
fn default_cache_control(resources: &[Resource]) -> io::Result<&str> {
    resources
        .iter()
        .find(|r| r.path == "/")
        .map(|r| r.cache_control.as_str())
        .ok_or_else(|| io::Error::other("the site has no shell (index.html)"))
}

/// Content type per file extension; an error if one extension had two types.
fn types_by_extension(resources: &[Resource]) -> io::Result<BTreeMap<&str, &str>> {
    let mut types = BTreeMap::new();
    for resource in resources {
        if let Some(ext) = extension(&resource.file) {
            let known = types.insert(ext, resource.content_type.as_str());
            if known.is_some_and(|t| t != resource.content_type) {
                return Err(io::Error::other(format!("two content types for .{ext}")));
            }
        }
    }
    Ok(types)
}

/// `value` in double quotes for nginx; an error if it holds a quote or backslash.
fn quoted(value: &str) -> io::Result<String> {
    if value.contains(['"', '\\', '\n']) {
        return Err(io::Error::other(format!(
            "cannot quote {value:?} for nginx"
        )));
    }
    Ok(format!("\"{value}\""))
}

/// `add_header` lines (with `always`, so errors carry them too) for every security
/// header, and `Cache-Control` from the variable `$cache_control`.
fn add_headers(options: &Options) -> io::Result<String> {
    let mut out = String::new();
    for (name, value) in options.security_headers() {
        let _ = writeln!(out, "    add_header {name} {} always;", quoted(value)?);
    }
    out.push_str("    add_header cache-control $cache_control always;\n");
    Ok(out)
}

/// The nginx server block for the export whose web root is `root`.
fn nginx_conf(root: &Path, resources: &[Resource], options: &Options) -> io::Result<String> {
    let default_cache = default_cache_control(resources)?;
    let limits = Limits::default();
    let mut types = String::new();
    for (ext, content_type) in types_by_extension(resources)? {
        let _ = writeln!(types, "        {} {ext};", quoted(content_type)?);
    }
    let mut exact = String::new();
    for resource in resources {
        let own_cache = resource.cache_control != default_cache;
        let no_extension = extension(&resource.file).is_none();
        if !own_cache && !no_extension {
            continue;
        }
        let _ = writeln!(exact, "\n    location = {} {{", quoted(&resource.path)?);
        if no_extension {
            let _ = writeln!(
                exact,
                "        default_type {};",
                quoted(&resource.content_type)?
            );
        }
        if own_cache {
            let _ = writeln!(
                exact,
                "        set $cache_control {};",
                quoted(&resource.cache_control)?
            );
        }
        exact.push_str("    }\n");
    }
    let root = quoted(&root.display().to_string())?;
    let headers = add_headers(options)?;
    let default_cache = quoted(default_cache)?;
    let header_timeout = limits.header_read_timeout.as_secs();
    let send_timeout = limits.write_stall_timeout.as_secs();
    let header_kib = limits.max_header_bytes / 1024;
    Ok(format!(
        r#"# Vägvisaren as static files: an nginx server block written by `vagvisaren export`.
# Put it in the http block (e.g. /etc/nginx/sites-enabled/vagvisaren); set `listen`,
# `server_name` and TLS for your host, and `root` if you move the folder. Every header
# and rule below is the one the vagvisaren server itself sends (same definitions).
server {{
    listen 80;
    root {root};

    # No record of visitors: no access log (no IP addresses, user agents or query
    # strings). nginx's error log names the client's address on every line, whatever
    # the level, so it goes nowhere; point it at a file only while debugging, and
    # delete that file afterwards.
    access_log off;
    log_not_found off;
    error_log /dev/null;
    server_tokens off;

    # The vagvisaren server's limits: header read time (also the keep-alive idle
    # time), write stall time, request head size.
    client_header_timeout {header_timeout}s;
    keepalive_timeout {header_timeout}s;
    send_timeout {send_timeout}s;
    large_client_header_buffers 4 {header_kib}k;

    # GET and HEAD only.
    if ($request_method !~ ^(GET|HEAD)$) {{
        return 405;
    }}

    # Every file has a gzip copy beside it (name.gz), sent as it is.
    gzip off;
    gzip_static on;
    gzip_vary on;
    # Every file also has a brotli copy (name.br). Debian's nginx and nginx-light cannot
    # send it by themselves: on Debian 12 or later install the package
    # libnginx-mod-http-brotli-static (it loads the module), then uncomment the next line.
    # Until then browsers get gzip.
    # brotli_static on;

    # Content types: exactly the server's, nothing from mime.types.
    types {{
{types}    }}
    default_type application/octet-stream;

    # On every response, errors included. Cache-Control is {default_cache} unless a
    # file's location below sets its own (content-hashed names: cached for good).
    set $cache_control {default_cache};
{headers}
    # A path whose last segment has no file extension is a page of the app: the shell.
    location / {{
        try_files $uri /index.html;
    }}

    # Any other path is a file, or 404.
    location ~ "\.[^/]*$" {{
        try_files $uri =404;
    }}

    # The shell is only ever / or a page of the app, as with the server.
    location = /index.html {{
        internal;
    }}
{exact}}}
"#
    ))
}

/// The plain list: every header and rule a host must apply to `public/`.
fn headers_txt(resources: &[Resource], options: &Options) -> io::Result<String> {
    let default_cache = default_cache_control(resources)?;
    let mut out = String::from(
        "Vägvisaren as static files: the headers and rules a host must apply to public/.\n\
         Written by `vagvisaren export`; the values are the vagvisaren server's own.\n\
         nginx.conf beside this file applies all of them.\n\n\
         On every response, errors included:\n",
    );
    for (name, value) in options.security_headers() {
        let _ = writeln!(out, "  {name}: {value}");
    }
    let _ = writeln!(
        out,
        "  cache-control: {default_cache}   (unless a file below has its own)\n\n\
         Cache-Control per file (content-hashed names never change, so they are cached\n\
         for good; HTML, JSON and FTL are never stored):"
    );
    for resource in resources
        .iter()
        .filter(|r| r.cache_control != default_cache)
    {
        let _ = writeln!(out, "  {}: {}", resource.path, resource.cache_control);
    }
    out.push_str("\nContent-Type by extension:\n");
    for (ext, content_type) in types_by_extension(resources)? {
        let _ = writeln!(out, "  .{ext}: {content_type}");
    }
    for resource in resources.iter().filter(|r| extension(&r.file).is_none()) {
        let _ = writeln!(
            out,
            "  {} (no extension): {}",
            resource.path, resource.content_type
        );
    }
    out.push_str(
        "\nEncodings: every file has a brotli copy (name.br) and a gzip copy (name.gz).\n\
         \x20 Send the .br copy when Accept-Encoding allows br, else the .gz copy when it\n\
         \x20 allows gzip, with Content-Encoding: br or gzip and the original file's\n\
         \x20 Content-Type; always send Vary: accept-encoding.\n\n\
         Routing:\n\
         \x20 / is index.html (the app shell).\n\
         \x20 Any path whose last segment has no file extension is also index.html,\n\
         \x20 with status 200 (the app's own pages).\n\
         \x20 Any other path that is not a file is 404.\n\
         \x20 GET and HEAD only (405 for other methods); no request bodies.\n\n\
         Privacy: keep no access log: no IP addresses, user agents or query strings.\n",
    );
    Ok(out)
}
