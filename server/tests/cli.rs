//! The binary: a broken contacts folder stops start-up with a precise message; SIGTERM
//! shuts it down gracefully; nothing it writes identifies a visitor.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStderr, Command, Stdio};

const BINARY: &str = env!("CARGO_BIN_EXE_vagvisaren");

#[test]
fn broken_contacts_stop_start_up_naming_file_and_field() {
    let dir = std::env::temp_dir().join(format!("vagvisaren-broken-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("municipalities")).unwrap();
    std::fs::write(
        dir.join("municipalities.csv"),
        "code,name,county_code,county_name\n1281,Lund,12,Skåne län\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("national.toml"),
        "[[contact]]\nid = \"x\"\nname = \"X\"\nkind = \"helpline\"\nfor = [\"women\"]\nphone = \"12a\"\nhours = \"always\"\nsource = \"https://example.se\"\nsource-owner = \"own\"\nread = 2026-01-01\n",
    )
    .unwrap();
    let output = Command::new(BINARY)
        .args(["--addr", "127.0.0.1:0", "--contacts"])
        .arg(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("contacts/national.toml, contact 1 (x), field `phone`"),
        "{stderr}"
    );
}

/// A running server on a free port, with its first line of output ("listening on …").
struct Running {
    child: Child,
    stderr: BufReader<ChildStderr>,
    first_line: String,
}

impl Running {
    fn start() -> Self {
        let mut child = Command::new(BINARY)
            .args(["--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut first_line = String::new();
        stderr.read_line(&mut first_line).unwrap();
        Self {
            child,
            stderr,
            first_line,
        }
    }

    /// Sends SIGTERM, checks the exit is clean, and returns everything written after the
    /// first line (stderr, then stdout).
    fn stop(mut self) -> String {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        assert!(self.child.wait().unwrap().success());
        let mut written = String::new();
        self.stderr.read_to_string(&mut written).unwrap();
        self.child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut written)
            .unwrap();
        written
    }
}

#[test]
fn sigterm_shuts_down_gracefully() {
    let server = Running::start();
    let line = server.first_line.clone();
    assert!(line.contains("listening on http://127.0.0.1:"), "{line}");
    assert!(line.contains("290 municipalities"), "{line}");
    let rest = server.stop();
    assert!(rest.contains("stopped after"), "{rest}");
}

/// The server keeps no record that identifies a visitor: after requests with a query
/// string (a link's presets), its output holds neither the visitor's address nor the query.
#[test]
fn nothing_about_a_visitor_is_written_down() {
    let server = Running::start();
    let addr = server
        .first_line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap()
        .to_string();
    let mut client = TcpStream::connect(&addr).unwrap();
    let client_port = client.local_addr().unwrap().port().to_string();
    client
        .write_all(
            b"GET /?lang=ar&kommun=1281&ung=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
    let mut reply = String::new();
    client.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let written = server.stop();
    assert!(written.contains("stopped after"), "{written}");
    for secret in ["kommun", "1281", "lang=ar", &client_port] {
        assert!(!written.contains(secret), "{secret:?} in {written}");
    }
}
