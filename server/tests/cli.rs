//! The binary: a broken contacts folder stops start-up with a precise message; SIGTERM
//! shuts it down gracefully.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

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
        "[[contact]]\nid = \"x\"\nname = \"X\"\nkind = \"helpline\"\nfor = [\"women\"]\nphone = \"12a\"\nhours = \"always\"\nsource = \"https://example.se\"\nverified = 2026-01-01\n",
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

#[test]
fn sigterm_shuts_down_gracefully() {
    let mut child = Command::new(BINARY)
        .args(["--addr", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.contains("listening on http://127.0.0.1:"), "{line}");
    assert!(line.contains("290 municipalities"), "{line}");
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(child.wait().unwrap().success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert!(rest.contains("stopped after"), "{rest}");
}
