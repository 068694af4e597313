//! Reading the contacts folder: a good folder loads, shared services reach every member,
//! and every kind of mistake stops loading with a message naming file, entry and field.

use domain::contacts::files::{ContactsError, SourceOwner, load, load_dir};
use domain::date::Date;

fn today() -> Date {
    Date::parse("2026-12-07").unwrap()
}

const CSV: &str =
    "code,name,county_code,county_name\n1281,Lund,12,Skåne län\n1880,Örebro,18,Örebro län\n";

const GOOD: &str = r#"
[[contact]]
id = "example-line"
name = "Example line"
kind = "helpline"
for = ["women", "worried-others"]
phone = "020-50 50 50"
web = "https://example.se/"
hours = ["every-day 07:00-21:00"]
languages = ["en", "ar"]
interpreter = true
free = true
anonymous = true
source = "https://example.se/about"
source-owner = "own"
read = 2026-01-15
"#;

fn files(national: &str, lund: &str) -> Vec<(String, Vec<u8>)> {
    vec![
        ("municipalities.csv".into(), CSV.into()),
        ("national.toml".into(), national.into()),
        ("municipalities/1281-lund.toml".into(), lund.into()),
    ]
}

const LUND: &str = "code = \"1281\"\nname = \"Lund\"\n";

/// Loads with `national` replaced and returns the error.
fn error_with(national: &str) -> ContactsError {
    load(files(national, LUND), today()).expect_err("must be rejected")
}

/// The good contact with `field = …` replaced (or removed when `value` is None).
fn good_with(field: &str, value: Option<&str>) -> String {
    let mut out: Vec<String> = GOOD
        .lines()
        .filter(|l| !l.starts_with(&format!("{field} =")))
        .map(String::from)
        .collect();
    if let Some(value) = value {
        out.push(format!("{field} = {value}"));
    }
    out.join("\n")
}

fn assert_error(error: &ContactsError, file: &str, field: &str, message_part: &str) {
    assert_eq!(error.file, file, "{error}");
    assert_eq!(error.field.as_deref(), Some(field), "{error}");
    assert!(error.message.contains(message_part), "{error}");
    let shown = error.to_string();
    assert!(shown.contains(file) && shown.contains(field), "{shown}");
}

#[test]
fn a_good_file_loads() {
    let directory = load(files(GOOD, LUND), today()).unwrap().directory;
    let contact = &directory.national[0];
    assert_eq!(contact.phone.as_ref().unwrap().dial, "+4620505050");
    assert_eq!(directory.municipality("1880").unwrap().name, "Örebro");
    assert!(directory.municipality("1880").unwrap().contacts.is_empty());
}

#[test]
fn each_kind_of_error_names_file_entry_and_field() {
    let cases: Vec<(String, &str, &str)> = vec![
        (good_with("kind", Some("\"hotline\"")), "kind", "not one of"),
        (
            good_with("for", Some("[\"everybody\"]")),
            "for",
            "not one of",
        ),
        (good_with("for", None), "for", "required"),
        (
            good_with("phone", Some("\"020-50 50 5x\"")),
            "phone",
            "unexpected character",
        ),
        (
            good_with("phone", Some("\"999\"")),
            "phone",
            "not a Swedish",
        ),
        (
            good_with("web", Some("\"http://example.se\"")),
            "web",
            "https",
        ),
        (good_with("source", None), "source", "required"),
        (
            good_with("source", Some("\"example.se\"")),
            "source",
            "http",
        ),
        (good_with("read", None), "read", "required"),
        (good_with("read", Some("\"2026-01-15\"")), "read", "date"),
        (good_with("read", Some("2999-01-01")), "read", "future"),
        (
            good_with("source-date", Some("2026-02-01")),
            "source-date",
            "after the day it was read",
        ),
        (
            good_with("second-source-date", Some("2025-01-01")),
            "second-source-date",
            "needs second-source",
        ),
        (good_with("source-owner", None), "source-owner", "required"),
        (
            good_with("source-owner", Some("\"theirs\"")),
            "source-owner",
            "not \"own\"",
        ),
        (
            good_with("source-owner", Some("\"other\"")),
            "note",
            "whose it is",
        ),
        (good_with("phone", Some("\"112\"")), "phone", "via-112"),
        (good_with("via-112", Some("true")), "via-112", "no phone"),
        (
            good_with("switchboard", Some("true")).replace("phone = \"020-50 50 50\"\n", ""),
            "switchboard",
            "needs the switchboard",
        ),
        (good_with("hours", Some("[\"often\"]")), "hours", "not like"),
        (good_with("hours", None), "hours", "required"),
        (
            good_with("languages", Some("[\"Arabic\"]")),
            "languages",
            "language code",
        ),
        (good_with("free", Some("\"yes\"")), "free", "true or false"),
        (good_with("id", Some("\"Bad Id\"")), "id", "lowercase"),
        (good_with("id", None), "id", "required"),
        (
            good_with("colour", Some("\"red\"")),
            "colour",
            "unknown field",
        ),
        (
            good_with("professionals-only", Some("true")),
            "professionals-only",
            "exactly when",
        ),
    ];
    for (national, field, message) in cases {
        let error = error_with(&national);
        assert_error(&error, "national.toml", field, message);
        assert!(
            error
                .entry
                .as_deref()
                .unwrap_or("")
                .starts_with("contact 1"),
            "{error}"
        );
    }
}

#[test]
fn a_contact_needs_a_way_to_reach_it() {
    let national = good_with("phone", None).replace("web = \"https://example.se/\"", "");
    assert_error(
        &error_with(&national),
        "national.toml",
        "phone",
        "at least one",
    );
}

#[test]
fn ids_are_unique_across_files() {
    let lund = format!("{LUND}{GOOD}");
    let error = load(files(GOOD, &lund), today()).expect_err("duplicate");
    assert_error(
        &error,
        "municipalities/1281-lund.toml",
        "id",
        "another contact",
    );
    assert!(error.entry.unwrap().contains("example-line"));
}

#[test]
fn broken_toml_names_the_file() {
    let error = error_with("[[contact]\nid = ");
    assert_eq!(error.file, "national.toml");
    assert!(error.message.contains("not valid TOML"), "{error}");
}

#[test]
fn municipality_files_must_match_the_list() {
    for (lund, field, message) in [
        (
            "code = \"9999\"\nname = \"Lund\"\n",
            "code",
            "not a Swedish municipality",
        ),
        ("code = \"1880\"\nname = \"Örebro\"\n", "code", "file name"),
        (
            "code = \"1281\"\nname = \"Lunds kommun\"\n",
            "name",
            "municipalities.csv",
        ),
        ("code = 1281\nname = \"Lund\"\n", "code", "four-digit"),
        (
            "code = \"1281\"\nname = \"Lund\"\ncounty = \"12\"\n",
            "county",
            "unknown key",
        ),
    ] {
        let error = load(files(GOOD, lund), today()).expect_err(lund);
        assert_error(&error, "municipalities/1281-lund.toml", field, message);
    }
}

#[test]
fn missing_files_and_bad_csv_are_reported() {
    let mut without_national = files(GOOD, LUND);
    without_national.retain(|(n, _)| n != "national.toml");
    let error = load(without_national, today()).unwrap_err();
    assert_eq!(
        (error.file.as_str(), error.message.as_str()),
        ("national.toml", "file is missing")
    );

    let mut bad_csv = files(GOOD, LUND);
    bad_csv[0].1 =
        b"code,name,county_code,county_name\n12811,Lund,12,Sk\xc3\xa5ne l\xc3\xa4n\n".to_vec();
    let error = load(bad_csv, today()).unwrap_err();
    assert_eq!(error.file, "municipalities.csv");
    assert_eq!(error.entry.as_deref(), Some("line 2"));
}

#[test]
fn a_folder_on_disk_replaces_the_directory() {
    let dir = std::env::temp_dir().join(format!("vagvisaren-contacts-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("municipalities")).unwrap();
    std::fs::write(dir.join("municipalities.csv"), CSV).unwrap();
    std::fs::write(dir.join("national.toml"), GOOD).unwrap();
    std::fs::write(dir.join("municipalities/1281-lund.toml"), LUND).unwrap();
    let directory = load_dir(&dir, today()).unwrap().directory;
    assert_eq!(directory.municipalities.len(), 2);
    assert_eq!(directory.national[0].id, "example-line");

    std::fs::write(
        dir.join("national.toml"),
        good_with("phone", Some("\"abc\"")),
    )
    .unwrap();
    let error = load_dir(&dir, today()).unwrap_err();
    assert_eq!(error.field.as_deref(), Some("phone"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_shared_service_is_shown_in_every_member_municipality() {
    let shared = r#"
municipalities = ["1281", "1880"]
[[contact]]
id = "joint-on-call"
name = "Socialjouren"
kind = "social-services-on-call"
for = ["everyone"]
via-112 = true
hours = ["weekdays 16:30-24:00"]
source = "http://lund.example/jour"
source-owner = "other"
read = 2026-12-07
second-source = "https://orebro.example/jour"
second-source-date = 2025-03-01
note = "Named on both members' pages."
"#;
    let mut all = files(GOOD, LUND);
    all.push(("shared/joint.toml".into(), shared.into()));
    let catalogue = load(all.clone(), today()).unwrap();
    for code in ["1281", "1880"] {
        let m = catalogue.directory.municipality(code).unwrap();
        assert_eq!(m.contacts.len(), 1, "{code}");
        assert!(m.contacts[0].via_112 && m.contacts[0].phone.is_none());
    }
    let provenance = &catalogue.provenance["joint-on-call"];
    assert_eq!(provenance.owner, SourceOwner::Other);
    assert_eq!(provenance.file, "shared/joint.toml");
    assert_eq!(provenance.second_source_date.as_deref(), Some("2025-03-01"));

    let unknown = shared.replace("\"1880\"", "\"9999\"");
    all.pop();
    all.push(("shared/joint.toml".into(), unknown.into()));
    let error = load(all, today()).unwrap_err();
    assert_error(
        &error,
        "shared/joint.toml",
        "municipalities",
        "not a Swedish",
    );
}

#[test]
fn a_contact_only_someone_else_states_is_marked_for_the_card() {
    let other = format!(
        "{}\nnote = \"Read on a directory.\"",
        good_with("source-owner", Some("\"other\""))
    );
    let confirmed = format!("{other}\nsecond-source = \"https://example.org/\"");
    for (national, marked) in [(GOOD.to_string(), false), (other, true), (confirmed, false)] {
        let directory = load(files(&national, LUND), today()).unwrap().directory;
        assert_eq!(directory.national[0].third_party_only, marked, "{national}");
    }
}

#[test]
fn a_phone_route_to_social_services_needs_their_kind_and_a_phone() {
    let contact = |kind: &str, reach: &str| {
        format!(
            "{LUND}[[contact]]\nid = \"lund-x\"\nname = \"X\"\nkind = \"{kind}\"\nfor = [\"everyone\"]\n{reach}\nhours = \"unknown\"\nsource = \"https://lund.se/\"\nsource-owner = \"own\"\nread = 2026-01-15\n"
        )
    };
    let cases = [
        (LUND.to_string(), false),
        (contact("social-services", "phone = \"046-35 50 00\""), true),
        (
            contact(
                "social-services",
                "phone = \"046-35 50 00\"\nswitchboard = true",
            ),
            true,
        ),
        (
            contact("social-services", "web = \"https://lund.se/social\""),
            false,
        ),
        (
            contact("social-services-on-call", "phone = \"046-35 50 00\""),
            false,
        ),
        (contact("womens-shelter", "phone = \"046-35 50 00\""), false),
    ];
    for (lund, expected) in cases {
        let directory = load(files(GOOD, &lund), today()).unwrap().directory;
        let lund_municipality = directory.municipality("1281").unwrap();
        assert_eq!(
            lund_municipality.has_social_services_phone(),
            expected,
            "{lund}"
        );
    }
}
