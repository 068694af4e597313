//! Loads and validates the contacts directory (a folder of TOML files and the
//! municipalities list), so that a broken file stops the server with a message that
//! names the file, the entry and the field.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

use domain::contacts::{
    Audience, Contact, County, Days, Directory, Hours, Kind, Municipality, Number, Opening,
};
use domain::date::Date;
use domain::phone;
use rust_embed::RustEmbed;
use serde::de::DeserializeOwned;
use toml::{Table, Value};

/// The directory shipped in the binary: the repository's `contacts/` folder.
#[derive(RustEmbed)]
#[folder = "../contacts"]
#[include = "*.toml"]
#[include = "*.csv"]
struct BuiltinContacts;

/// A problem in the contacts data, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactsError {
    /// The file, relative to the contacts folder.
    pub file: String,
    /// The entry: `contact 3 (lund-socialjour)`, or a CSV line.
    pub entry: Option<String>,
    /// The field within the entry.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ContactsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "contacts/{}", self.file)?;
        if let Some(entry) = &self.entry {
            write!(f, ", {entry}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ContactsError {}

/// The built-in directory.
pub fn load_builtin() -> Result<Directory, ContactsError> {
    let files = BuiltinContacts::iter().filter_map(|name| {
        let file = BuiltinContacts::get(&name)?;
        Some((name.to_string(), file.data.into_owned()))
    });
    load(files.collect())
}

/// A directory from a folder on disk, e.g. a municipality's own deployment.
pub fn load_dir(dir: &Path) -> Result<Directory, ContactsError> {
    let mut files = Vec::new();
    let unreadable = |path: &Path, e: std::io::Error| ContactsError {
        file: path.display().to_string(),
        entry: None,
        field: None,
        message: format!("cannot read: {e}"),
    };
    for name in ["municipalities.csv", "national.toml"] {
        let path = dir.join(name);
        files.push((
            name.to_string(),
            std::fs::read(&path).map_err(|e| unreadable(&path, e))?,
        ));
    }
    let municipalities = dir.join("municipalities");
    let entries = std::fs::read_dir(&municipalities).map_err(|e| unreadable(&municipalities, e))?;
    for entry in entries {
        let path = entry.map_err(|e| unreadable(&municipalities, e))?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = format!(
                "municipalities/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            files.push((
                name,
                std::fs::read(&path).map_err(|e| unreadable(&path, e))?,
            ));
        }
    }
    load(files)
}

/// Builds the directory from `(relative name, bytes)` pairs.
pub fn load(mut files: Vec<(String, Vec<u8>)>) -> Result<Directory, ContactsError> {
    files.sort();
    let file_error = |file: &str, message: String| ContactsError {
        file: file.to_string(),
        entry: None,
        field: None,
        message,
    };
    let find = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, bytes)| bytes)
            .ok_or_else(|| file_error(name, "file is missing".into()))
    };
    let (counties, mut municipalities) = parse_municipalities(find("municipalities.csv")?)?;

    let mut ids = HashSet::new();
    let national_table = parse_toml("national.toml", find("national.toml")?)?;
    let national = parse_contacts("national.toml", &national_table, &mut ids)?;
    expect_keys("national.toml", &national_table, &["contact"])?;

    let mut seen_codes = HashSet::new();
    for (name, bytes) in files
        .iter()
        .filter(|(n, _)| n.starts_with("municipalities/"))
    {
        let table = parse_toml(name, bytes)?;
        expect_keys(name, &table, &["code", "name", "contact"])?;
        let field_error = |field: &str, message: String| ContactsError {
            file: name.clone(),
            entry: None,
            field: Some(field.into()),
            message,
        };
        let code = match table.get("code") {
            Some(Value::String(code)) => code.clone(),
            _ => {
                return Err(field_error(
                    "code",
                    "a four-digit municipality code in quotes is required".into(),
                ));
            }
        };
        let Some(municipality) = municipalities.get_mut(&code) else {
            return Err(field_error(
                "code",
                format!("{code:?} is not a Swedish municipality code"),
            ));
        };
        let file_stem = name.trim_start_matches("municipalities/");
        if !file_stem.starts_with(&format!("{code}-")) {
            return Err(field_error(
                "code",
                format!("{code} does not match the file name"),
            ));
        }
        if !seen_codes.insert(code.clone()) {
            return Err(field_error(
                "code",
                format!("{code} has another file already"),
            ));
        }
        match table.get("name") {
            Some(Value::String(n)) if *n == municipality.name => {}
            _ => {
                return Err(field_error(
                    "name",
                    format!("must be {:?}, as in municipalities.csv", municipality.name),
                ));
            }
        }
        municipality.contacts = parse_contacts(name, &table, &mut ids)?;
    }

    Ok(Directory {
        national,
        counties,
        municipalities: municipalities.into_values().collect(),
    })
}

fn parse_toml(file: &str, bytes: &[u8]) -> Result<Table, ContactsError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ContactsError {
        file: file.into(),
        entry: None,
        field: None,
        message: "not UTF-8 text".into(),
    })?;
    text.parse::<Table>().map_err(|e| ContactsError {
        file: file.into(),
        entry: None,
        field: None,
        message: format!("not valid TOML: {}", e.message()),
    })
}

fn expect_keys(file: &str, table: &Table, allowed: &[&str]) -> Result<(), ContactsError> {
    match table.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(key) => Err(ContactsError {
            file: file.into(),
            entry: None,
            field: Some(key.clone()),
            message: format!("unknown key; expected one of {}", allowed.join(", ")),
        }),
        None => Ok(()),
    }
}

/// Reads `municipalities.csv` (`code,name,county_code,county_name`).
fn parse_municipalities(
    bytes: &[u8],
) -> Result<(Vec<County>, BTreeMap<String, Municipality>), ContactsError> {
    let error = |line: usize, message: String| ContactsError {
        file: "municipalities.csv".into(),
        entry: Some(format!("line {line}")),
        field: None,
        message,
    };
    let text = std::str::from_utf8(bytes).map_err(|_| error(1, "not UTF-8 text".into()))?;
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, "code,name,county_code,county_name")) => {}
        _ => {
            return Err(error(
                1,
                "header must be code,name,county_code,county_name".into(),
            ));
        }
    }
    let mut counties = BTreeMap::new();
    let mut municipalities = BTreeMap::new();
    for (index, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split(',').collect();
        let [code, name, county_code, county_name] = fields[..] else {
            return Err(error(
                index + 1,
                "expected four comma-separated fields".into(),
            ));
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(code, 4) || !digits(county_code, 2) || !code.starts_with(county_code) {
            return Err(error(
                index + 1,
                format!("bad code {code} / county {county_code}"),
            ));
        }
        counties.insert(county_code.to_string(), county_name.to_string());
        let municipality = Municipality {
            code: code.into(),
            name: name.into(),
            county: county_code.into(),
            contacts: Vec::new(),
        };
        if municipalities
            .insert(code.to_string(), municipality)
            .is_some()
        {
            return Err(error(index + 1, format!("code {code} appears twice")));
        }
    }
    let counties = counties
        .into_iter()
        .map(|(code, name)| County { code, name })
        .collect();
    Ok((counties, municipalities))
}

/// The fields a contact may have.
const CONTACT_FIELDS: &[&str] = &[
    "id",
    "name",
    "kind",
    "for",
    "phone",
    "sms",
    "chat",
    "web",
    "hours",
    "languages",
    "interpreter",
    "free",
    "anonymous",
    "professionals-only",
    "source",
    "verified",
    "note",
];

fn parse_contacts(
    file: &str,
    table: &Table,
    ids: &mut HashSet<String>,
) -> Result<Vec<Contact>, ContactsError> {
    let Some(list) = table.get("contact") else {
        return Ok(Vec::new());
    };
    let Value::Array(list) = list else {
        return Err(ContactsError {
            file: file.into(),
            entry: None,
            field: Some("contact".into()),
            message: "write each contact as a [[contact]] table".into(),
        });
    };
    list.iter()
        .enumerate()
        .map(|(index, value)| {
            let entry = ContactEntry {
                file,
                index,
                id: None,
                value,
            };
            let contact = entry.parse()?;
            if !ids.insert(contact.id.clone()) {
                return Err(entry
                    .with_id(&contact.id)
                    .error("id", "this id is used by another contact".into()));
            }
            Ok(contact)
        })
        .collect()
}

/// One `[[contact]]` table being read, for errors that name it.
struct ContactEntry<'a> {
    file: &'a str,
    index: usize,
    id: Option<&'a str>,
    value: &'a Value,
}

impl<'a> ContactEntry<'a> {
    fn with_id(&self, id: &'a str) -> ContactEntry<'a> {
        ContactEntry {
            id: Some(id),
            ..*self
        }
    }

    fn error(&self, field: &str, message: String) -> ContactsError {
        let entry = match self.id {
            Some(id) => format!("contact {} ({id})", self.index + 1),
            None => format!("contact {}", self.index + 1),
        };
        ContactsError {
            file: self.file.into(),
            entry: Some(entry),
            field: Some(field.into()),
            message,
        }
    }

    fn table(&self) -> Result<&'a Table, ContactsError> {
        self.value
            .as_table()
            .ok_or_else(|| self.error("contact", "must be a table".into()))
    }

    fn string(&self, field: &str) -> Result<Option<&'a str>, ContactsError> {
        match self.table()?.get(field) {
            None => Ok(None),
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.as_str())),
            Some(_) => Err(self.error(field, "must be non-empty text in quotes".into())),
        }
    }

    fn required(&self, field: &str) -> Result<&'a str, ContactsError> {
        self.string(field)?
            .ok_or_else(|| self.error(field, "is required".into()))
    }

    fn flag(&self, field: &str) -> Result<bool, ContactsError> {
        match self.table()?.get(field) {
            None => Ok(false),
            Some(Value::Boolean(b)) => Ok(*b),
            Some(_) => Err(self.error(field, "must be true or false".into())),
        }
    }

    fn closed<T: DeserializeOwned>(
        &self,
        field: &str,
        value: &str,
        allowed: &str,
    ) -> Result<T, ContactsError> {
        Value::String(value.into())
            .try_into()
            .map_err(|_| self.error(field, format!("{value:?} is not one of: {allowed}")))
    }

    fn https(&self, field: &str) -> Result<Option<String>, ContactsError> {
        match self.string(field)? {
            None => Ok(None),
            Some(url)
                if url.starts_with("https://")
                    && url.len() > 8
                    && !url.contains(char::is_whitespace) =>
            {
                Ok(Some(url.into()))
            }
            Some(url) => Err(self.error(field, format!("{url:?} must be an https:// address"))),
        }
    }

    fn number(&self, field: &str) -> Result<Option<Number>, ContactsError> {
        self.string(field)?
            .map(|text| phone::parse(text).map_err(|e| self.error(field, format!("{text:?}: {e}"))))
            .transpose()
    }

    fn parse(&self) -> Result<Contact, ContactsError> {
        let table = self.table()?;
        if let Some(key) = table.keys().find(|k| !CONTACT_FIELDS.contains(&k.as_str())) {
            return Err(self.error(key, "unknown field".into()));
        }
        let id = self.required("id")?;
        let this = self.with_id(id);
        if !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(this.error("id", "use lowercase letters, digits and hyphens".into()));
        }
        let kind: Kind = this.closed("kind", this.required("kind")?, KINDS)?;
        let audiences = match table.get("for") {
            Some(Value::Array(items)) if !items.is_empty() => items
                .iter()
                .map(|item| match item {
                    Value::String(s) => this.closed::<Audience>("for", s, AUDIENCES),
                    _ => Err(this.error("for", "list the audiences in quotes".into())),
                })
                .collect::<Result<Vec<_>, _>>()?,
            _ => return Err(this.error("for", format!("is required: a list of {AUDIENCES}"))),
        };
        let professionals_only = this.flag("professionals-only")?;
        let only_professionals = audiences == [Audience::Professionals];
        if professionals_only != only_professionals {
            return Err(this.error(
                "professionals-only",
                "must be true exactly when `for` is [\"professionals\"]".into(),
            ));
        }
        let contact = Contact {
            id: id.into(),
            name: this.required("name")?.into(),
            kind,
            audiences,
            phone: this.number("phone")?,
            sms: this.number("sms")?,
            chat: this.https("chat")?,
            web: this.https("web")?,
            hours: this.hours()?,
            languages: this.languages()?,
            interpreter: this.flag("interpreter")?,
            free: this.flag("free")?,
            anonymous: this.flag("anonymous")?,
            professionals_only,
            source: this.https("source")?.ok_or_else(|| {
                this.error(
                    "source",
                    "is required: the https address the facts were read on".into(),
                )
            })?,
            verified: this.verified()?,
        };
        if contact.phone.is_none()
            && contact.sms.is_none()
            && contact.chat.is_none()
            && contact.web.is_none()
        {
            return Err(this.error(
                "phone",
                "a contact needs at least one of phone, sms, chat or web".into(),
            ));
        }
        Ok(contact)
    }

    fn verified(&self) -> Result<String, ContactsError> {
        let date = match self.table()?.get("verified") {
            Some(Value::Datetime(dt)) if dt.time.is_none() && dt.date.is_some() => dt.to_string(),
            None => {
                return Err(self.error(
                    "verified",
                    "is required: the date the source was checked".into(),
                ));
            }
            Some(_) => {
                return Err(self.error(
                    "verified",
                    "must be a date like 2026-11-22 (no quotes)".into(),
                ));
            }
        };
        let parsed = Date::parse(&date)
            .ok_or_else(|| self.error("verified", format!("{date} is not a date")))?;
        if parsed > crate::today() {
            return Err(self.error("verified", format!("{date} is in the future")));
        }
        Ok(date)
    }

    fn languages(&self) -> Result<Vec<String>, ContactsError> {
        match self.table()?.get("languages") {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| match item {
                    Value::String(code)
                        if (2..=3).contains(&code.len())
                            && code.bytes().all(|b| b.is_ascii_lowercase()) =>
                    {
                        Ok(code.clone())
                    }
                    other => Err(self.error(
                        "languages",
                        format!("{other} is not a language code like \"ar\""),
                    )),
                })
                .collect(),
            Some(_) => Err(self.error("languages", "must be a list like [\"en\", \"ar\"]".into())),
        }
    }

    fn hours(&self) -> Result<Hours, ContactsError> {
        let bad = |message: String| self.error("hours", message);
        match self.table()?.get("hours") {
            Some(Value::String(s)) if s == "always" => Ok(Hours::Always),
            Some(Value::String(s)) if s == "unknown" => Ok(Hours::Unknown),
            Some(Value::Array(rules)) if !rules.is_empty() => rules
                .iter()
                .map(|rule| {
                    let text = rule
                        .as_str()
                        .ok_or_else(|| bad("each rule is text in quotes".into()))?;
                    parse_opening(text).ok_or_else(|| {
                        bad(format!("{text:?} is not like \"weekdays 08:00-16:30\""))
                    })
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Hours::Weekly),
            _ => Err(bad(
                "is required: \"always\", \"unknown\" or a list like [\"every-day 07:00-21:00\"]"
                    .into(),
            )),
        }
    }
}

/// Days after which a verified date is stale.
pub const STALE_AFTER_DAYS: i64 = 365;

/// A plain-text report: how many contacts and municipalities have sourced entries, and
/// every entry whose facts were last verified more than a year before `today`.
pub fn report(directory: &Directory, today: Date) -> String {
    let local: Vec<(&str, &Contact)> = directory
        .municipalities
        .iter()
        .flat_map(|m| m.contacts.iter().map(move |c| (m.name.as_str(), c)))
        .collect();
    let with_local = directory
        .municipalities
        .iter()
        .filter(|m| !m.contacts.is_empty())
        .count();
    let with_number = directory
        .municipalities
        .iter()
        .filter(|m| m.contacts.iter().any(|c| c.phone.is_some()))
        .count();
    let mut out = format!(
        "contacts: {} national lines; {} local contacts in {} of {} municipalities ({} with a sourced local phone number)\n",
        directory.national.len(),
        local.len(),
        with_local,
        directory.municipalities.len(),
        with_number
    );
    let stale: Vec<String> = directory
        .national
        .iter()
        .map(|c| ("national", c))
        .chain(local)
        .filter(|(_, c)| {
            Date::parse(&c.verified).is_some_and(|d| today.days() - d.days() > STALE_AFTER_DAYS)
        })
        .map(|(place, c)| {
            format!(
                "  {} ({place}): verified {}, source {}\n",
                c.id, c.verified, c.source
            )
        })
        .collect();
    if stale.is_empty() {
        out.push_str("stale: none verified more than 12 months ago\n");
    } else {
        out.push_str(&format!(
            "stale: {} verified more than 12 months ago:\n",
            stale.len()
        ));
        out.extend(stale);
    }
    out
}

/// The kinds, as written in the files.
const KINDS: &str = "emergency, police, helpline, social-services, social-services-on-call, womens-shelter, girls-shelter, mens-shelter, youth-clinic, perpetrator-programme, victim-support, health";
/// The audiences, as written in the files.
const AUDIENCES: &str = "everyone, women, men, trans, young, children, honour, trafficking, uses-violence, worried-others, professionals";

/// Parses `weekdays 08:00-16:30`.
fn parse_opening(text: &str) -> Option<Opening> {
    let (days, span) = text.trim().split_once(' ')?;
    let days: Days = Value::String(days.into()).try_into().ok()?;
    let (from, to) = span.trim().split_once('-')?;
    let minutes = |t: &str| -> Option<u16> {
        let (h, m) = t.split_once(':')?;
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (h <= 24 && m < 60 && h * 60 + m <= 1440).then_some(h * 60 + m)
    };
    let (from, to) = (minutes(from)?, minutes(to)?);
    (from < to).then_some(Opening { days, from, to })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_counts_and_lists_stale_entries() {
        let directory = load_builtin().unwrap();
        let fresh = report(&directory, Date::parse("2026-11-22").unwrap());
        assert!(fresh.contains(" national lines; "), "{fresh}");
        assert!(fresh.contains("stale: none"), "{fresh}");
        let later = report(&directory, Date::parse("2028-01-01").unwrap());
        assert!(
            later.contains("kvinnofridslinjen (national): verified 2026-11-22"),
            "{later}"
        );
    }

    #[test]
    fn parses_opening_rules() {
        assert_eq!(
            parse_opening("weekdays 08:00-16:30"),
            Some(Opening {
                days: Days::Weekdays,
                from: 480,
                to: 990
            })
        );
        assert_eq!(
            parse_opening("every-day 07:00-24:00").map(|o| o.to),
            Some(1440)
        );
        for bad in [
            "weekdays",
            "often 08:00-10:00",
            "mon 10:00-09:00",
            "mon 25:00-26:00",
            "mon 8-9",
        ] {
            assert_eq!(parse_opening(bad), None, "{bad}");
        }
    }
}
