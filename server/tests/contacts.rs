//! The shipped contacts directory is valid and complete, the client reads back what is
//! served, and the checker for editors finds unreachable pages, numbers gone from a page
//! and pages changed since they were read — against a local HTTP server (the build
//! machines have no internet).

use std::io::{Read, Write};
use std::net::TcpListener;

use domain::contacts::Kind;
use server::contacts::load_builtin;
use server::contacts_check::{Outcome, check, fetcher, render};

#[test]
fn the_shipped_directory_is_valid_and_complete() {
    let catalogue = load_builtin().unwrap_or_else(|e| panic!("{e}"));
    let directory = &catalogue.directory;
    assert_eq!(directory.municipalities.len(), 290);
    assert_eq!(directory.counties.len(), 21);
    for contact in directory
        .national
        .iter()
        .chain(directory.municipalities.iter().flat_map(|m| &m.contacts))
    {
        assert!(contact.source.starts_with("http"), "{}", contact.id);
        assert!(
            catalogue.provenance.contains_key(&contact.id),
            "{}",
            contact.id
        );
    }
    // The lines the guidance routes to by id or kind are there.
    for id in [
        "emergency-112",
        "kvinnofridslinjen",
        "bris",
        "valj-att-sluta",
        "sjalvmordslinjen",
    ] {
        assert!(directory.national.iter().any(|c| c.id == id), "{id}");
    }
    assert!(
        directory
            .national
            .iter()
            .any(|c| c.kind == Kind::SuicidePrevention && c.phone.is_some())
    );
}

#[test]
fn the_client_reads_back_the_whole_served_directory() {
    let mut directory = load_builtin()
        .expect("the shipped directory loads")
        .directory;
    let served = serde_json::to_value(&directory).expect("the directory serialises");
    // Ids stay in the data files: the served document has none.
    for contact in directory.national.iter_mut().chain(
        directory
            .municipalities
            .iter_mut()
            .flat_map(|m| &mut m.contacts),
    ) {
        contact.id.clear();
    }
    assert_eq!(domain::contacts::decode::directory(&served), Ok(directory));
}

/// A local HTTP server answering `pages` (path, extra headers, body) for as many
/// requests as there are pages; other paths get 404. Returns its base address.
fn fixture(pages: Vec<(&'static str, &'static str, &'static str)>, requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let mut stream = stream.unwrap();
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]);
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let reply = match pages.iter().find(|(p, _, _)| *p == path) {
                Some((_, headers, body)) => format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\n{headers}content-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                ),
                None => "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                    .into(),
            };
            stream.write_all(reply.as_bytes()).ok();
        }
    });
    base
}

#[test]
fn the_checker_reports_what_an_editor_must_look_at() {
    let base = fixture(
        vec![
            (
                "/fine",
                "last-modified: Tue, 14 Jan 2025 08:00:00 GMT\r\n",
                "<p>Ring oss på 020-50&nbsp;50 50</p><p>Tel: +46 20 50 50 50</p>",
            ),
            ("/gone", "", "<p>Vi har bytt nummer till 020-11 11 11.</p>"),
            (
                "/changed",
                "last-modified: Mon, 01 Dec 2025 10:00:00 GMT\r\n",
                "<p>Socialjouren: 020-50 50 50</p>",
            ),
        ],
        4,
    );
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut catalogue = load_builtin().unwrap();
    let directory = &mut catalogue.directory;
    directory.municipalities.clear();
    let template = directory
        .national
        .iter()
        .find(|c| c.id == "kvinnofridslinjen")
        .unwrap()
        .clone();
    directory.national = ["fine", "gone", "changed", "missing", "unreachable"]
        .iter()
        .map(|name| {
            let mut c = template.clone();
            c.id = (*name).into();
            c.read = "2025-06-01".into();
            c.source = match *name {
                "unreachable" => format!("http://{closed}/"),
                _ => format!("{base}/{name}"),
            };
            c
        })
        .collect();
    let results = check(directory, fetcher());
    let outcome = |id: &str| {
        results
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.outcomes.clone())
            .unwrap()
    };
    assert_eq!(outcome("fine"), vec![Outcome::Fine { dated: true }]);
    assert_eq!(
        outcome("gone"),
        vec![Outcome::NumberMissing(vec!["020-50 50 50".into()])]
    );
    assert!(matches!(
        outcome("changed")[..],
        [Outcome::ChangedSinceRead(date)] if date.to_string() == "2025-12-01"
    ));
    assert!(matches!(outcome("missing")[..], [Outcome::Unreachable(_)]));
    assert!(matches!(
        outcome("unreachable")[..],
        [Outcome::Unreachable(_)]
    ));
    let text = render(&results);
    assert!(
        text.contains("gone: number no longer on the page: 020-50 50 50"),
        "{text}"
    );
    assert!(
        text.contains("changed: page changed since it was read (Last-Modified 2025-12-01)"),
        "{text}"
    );
    assert!(text.contains("1 of 5 contacts"), "{text}");
}

#[test]
fn the_reports_run_from_the_command_line() {
    let binary = env!("CARGO_BIN_EXE_vagvisaren");
    let run = |args: &[&str]| {
        std::process::Command::new(binary)
            .args(args)
            .output()
            .unwrap()
    };
    let all = run(&["contacts-report"]);
    assert!(all.status.success());
    let text = String::from_utf8_lossy(&all.stdout);
    assert!(text.contains("municipalities (290): "), "{text}");
    let one = run(&[
        "contacts-report",
        "--municipality",
        "1280",
        "--format",
        "markdown",
    ]);
    assert!(one.status.success());
    assert!(
        String::from_utf8_lossy(&one.stdout)
            .starts_with("# Vägvisaren: support contacts for Malmö")
    );
    let unknown = run(&[
        "contacts-report",
        "--municipality",
        "0000",
        "--format",
        "markdown",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no municipality has the code"));
}

/// The HTML shell's help lines (shown before the app runs, and without JavaScript) call
/// numbers the contacts directory sources: 112 and Kvinnofridslinjen.
#[test]
fn the_shells_numbers_are_the_directorys() {
    let shell = server::assets::Site::get("index.html").expect("the site has its shell");
    let shell = String::from_utf8_lossy(&shell.data);
    let directory = load_builtin().unwrap().directory;
    for id in ["emergency-112", "kvinnofridslinjen"] {
        let contact = directory.national.iter().find(|c| c.id == id).unwrap();
        let number = contact.phone.as_ref().unwrap();
        assert!(
            shell.contains(&format!("href=\"tel:{}\"", number.dial)),
            "{id}"
        );
        assert!(
            shell.contains(&number.display.replace(' ', "&nbsp;")),
            "{id}: {}",
            number.display
        );
    }
}
