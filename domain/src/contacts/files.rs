//! Reads and validates the contacts folder (TOML files and the municipalities list), so
//! that a mistake stops loading with a message that names the file, the entry and the
//! field. Used by the server (at start, and for its reports) and by the tests that route
//! whole people through the real national lines.
//!
//! The folder (see `contacts/README.md`): `municipalities.csv`, `national.toml`,
//! `municipalities/<code>-<name>.toml` and `shared/<service>.toml` (one service shown in
//! several municipalities, e.g. a joint social on-call service).

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

use toml::{Table, Value};

use super::{
    Audience, Contact, County, Days, Directory, Hours, Kind, Municipality, Number, Opening,
};
use crate::date::Date;
use crate::phone;

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

/// Whose page a contact's `source` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceOwner {
    /// The organisation's own page (for a municipal service, the municipality's site).
    Own,
    /// Anyone else's: another municipality, a newspaper, a directory.
    Other,
}

/// What the files say about where a contact's facts come from, beyond what is served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The file the contact is written in, relative to the contacts folder.
    pub file: String,
    /// Whose page the `source` is.
    pub owner: SourceOwner,
    /// A second page confirming the facts.
    pub second_source: Option<String>,
    /// That page's own stated date.
    pub second_source_date: Option<String>,
    /// The editor's note.
    pub note: Option<String>,
}

/// The directory with each contact's provenance, by contact id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// What is served.
    pub directory: Directory,
    /// Where each contact's facts come from.
    pub provenance: BTreeMap<String, Provenance>,
}

/// Reads a contacts folder on disk.
pub fn load_dir(dir: &Path, today: Date) -> Result<Catalogue, ContactsError> {
    let unreadable = |path: &Path, e: std::io::Error| ContactsError {
        file: path.display().to_string(),
        entry: None,
        field: None,
        message: format!("cannot read: {e}"),
    };
    let mut files = Vec::new();
    for name in ["municipalities.csv", "national.toml"] {
        let path = dir.join(name);
        files.push((
            name.to_string(),
            std::fs::read(&path).map_err(|e| unreadable(&path, e))?,
        ));
    }
    for folder in ["municipalities", "shared"] {
        let path = dir.join(folder);
        if folder == "shared" && !path.exists() {
            continue;
        }
        let entries = std::fs::read_dir(&path).map_err(|e| unreadable(&path, e))?;
        for entry in entries {
            let file = entry.map_err(|e| unreadable(&path, e))?.path();
            if file.extension().is_some_and(|e| e == "toml") {
                let name = format!(
                    "{folder}/{}",
                    file.file_name().unwrap_or_default().to_string_lossy()
                );
                files.push((
                    name,
                    std::fs::read(&file).map_err(|e| unreadable(&file, e))?,
                ));
            }
        }
    }
    load(files, today)
}

/// Builds the catalogue from `(relative name, bytes)` pairs; dates after `today` are
/// refused.
pub fn load(mut files: Vec<(String, Vec<u8>)>, today: Date) -> Result<Catalogue, ContactsError> {
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

    let mut reader = Reader {
        ids: HashSet::new(),
        provenance: BTreeMap::new(),
        today,
    };
    let national_table = parse_toml("national.toml", find("national.toml")?)?;
    expect_keys("national.toml", &national_table, &["contact"])?;
    let national = reader.contacts("national.toml", &national_table)?;

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
        municipality.contacts = reader.contacts(name, &table)?;
    }

    for (name, bytes) in files.iter().filter(|(n, _)| n.starts_with("shared/")) {
        let table = parse_toml(name, bytes)?;
        expect_keys(name, &table, &["municipalities", "note", "contact"])?;
        let members = match table.get("municipalities") {
            Some(Value::Array(codes)) if !codes.is_empty() => codes
                .iter()
                .map(|code| match code {
                    Value::String(code) if municipalities.contains_key(code) => Ok(code.clone()),
                    other => Err(ContactsError {
                        file: name.clone(),
                        entry: None,
                        field: Some("municipalities".into()),
                        message: format!("{other} is not a Swedish municipality code in quotes"),
                    }),
                })
                .collect::<Result<Vec<_>, _>>()?,
            _ => {
                return Err(ContactsError {
                    file: name.clone(),
                    entry: None,
                    field: Some("municipalities".into()),
                    message: "is required: the member municipalities' codes, like [\"0114\"]"
                        .into(),
                });
            }
        };
        let shared = reader.contacts(name, &table)?;
        if shared.is_empty() {
            return Err(file_error(name, "a shared file needs a [[contact]]".into()));
        }
        for code in members {
            if let Some(municipality) = municipalities.get_mut(&code) {
                municipality.contacts.extend(shared.iter().cloned());
            }
        }
    }

    Ok(Catalogue {
        directory: Directory {
            national,
            counties,
            municipalities: municipalities.into_values().collect(),
        },
        provenance: reader.provenance,
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

/// The fields a contact may have, in the order the README lists them.
const CONTACT_FIELDS: &[&str] = &[
    "id",
    "name",
    "kind",
    "for",
    "only-for",
    "phone",
    "sms",
    "chat",
    "web",
    "switchboard",
    "via-112",
    "hours",
    "languages",
    "interpreter",
    "free",
    "anonymous",
    "professionals-only",
    "source",
    "source-owner",
    "read",
    "source-date",
    "second-source",
    "second-source-date",
    "funded-until",
    "note",
];

/// Reads contacts across files: keeps ids unique and collects provenance.
struct Reader {
    ids: HashSet<String>,
    provenance: BTreeMap<String, Provenance>,
    today: Date,
}

impl Reader {
    fn contacts(&mut self, file: &str, table: &Table) -> Result<Vec<Contact>, ContactsError> {
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
        let mut contacts = Vec::with_capacity(list.len());
        for (index, value) in list.iter().enumerate() {
            let entry = ContactEntry {
                file,
                index,
                id: None,
                value,
                today: self.today,
            };
            let (contact, provenance) = entry.parse()?;
            if !self.ids.insert(contact.id.clone()) {
                return Err(entry
                    .with_id(&contact.id)
                    .error("id", "this id is used by another contact".into()));
            }
            self.provenance.insert(contact.id.clone(), provenance);
            contacts.push(contact);
        }
        Ok(contacts)
    }
}

/// One `[[contact]]` table being read, for errors that name it.
struct ContactEntry<'a> {
    file: &'a str,
    index: usize,
    id: Option<&'a str>,
    value: &'a Value,
    today: Date,
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

    /// One of a closed set of names (`all`, named by `name`), as written in the files.
    fn one_of<T: Copy>(
        &self,
        field: &str,
        value: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Result<T, ContactsError> {
        all.iter()
            .copied()
            .find(|&t| name(t) == value)
            .ok_or_else(|| {
                self.error(
                    field,
                    format!("{value:?} is not one of: {}", names(all, name)),
                )
            })
    }

    /// A list of audiences: required and non-empty for `for`, optional for `only-for`.
    fn audiences(&self, field: &str, required: bool) -> Result<Vec<Audience>, ContactsError> {
        let all = names(&Audience::ALL, Audience::name);
        match self.table()?.get(field) {
            None if !required => Ok(Vec::new()),
            Some(Value::Array(items)) if !items.is_empty() => items
                .iter()
                .map(|item| match item {
                    Value::String(s) => self.one_of(field, s, &Audience::ALL, Audience::name),
                    _ => Err(self.error(field, "list the audiences in quotes".into())),
                })
                .collect(),
            _ if required => Err(self.error(field, format!("is required: a list of {all}"))),
            _ => Err(self.error(field, format!("must be a list of {all}"))),
        }
    }

    /// A web address: `https://` only, or also `http://` where `http` is allowed (a
    /// source is written exactly as it was read; links people follow are https).
    fn address(&self, field: &str, http: bool) -> Result<Option<String>, ContactsError> {
        let Some(url) = self.string(field)? else {
            return Ok(None);
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://").filter(|_| http));
        match rest {
            Some(rest) if !rest.is_empty() && !url.contains(char::is_whitespace) => {
                Ok(Some(url.into()))
            }
            _ if http => Err(self.error(
                field,
                format!("{url:?} must be the page's http:// or https:// address"),
            )),
            _ => Err(self.error(field, format!("{url:?} must be an https:// address"))),
        }
    }

    fn number(&self, field: &str) -> Result<Option<Number>, ContactsError> {
        self.string(field)?
            .map(|text| phone::parse(text).map_err(|e| self.error(field, format!("{text:?}: {e}"))))
            .transpose()
    }

    /// A date field: a TOML date without quotes, not after today unless `future` allows.
    fn date(&self, field: &str, future: bool) -> Result<Option<String>, ContactsError> {
        let text = match self.table()?.get(field) {
            None => return Ok(None),
            Some(Value::Datetime(dt)) if dt.time.is_none() && dt.date.is_some() => dt.to_string(),
            Some(_) => {
                return Err(self.error(field, "must be a date like 2026-12-07 (no quotes)".into()));
            }
        };
        let date =
            Date::parse(&text).ok_or_else(|| self.error(field, format!("{text} is not a date")))?;
        if !future && date > self.today {
            return Err(self.error(field, format!("{text} is in the future")));
        }
        Ok(Some(text))
    }

    fn parse(&self) -> Result<(Contact, Provenance), ContactsError> {
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
        let kind = this.one_of("kind", this.required("kind")?, &Kind::ALL, Kind::name)?;
        let audiences = this.audiences("for", true)?;
        let only_for = this.audiences("only-for", false)?;
        let professionals_only = this.flag("professionals-only")?;
        let only_professionals = audiences == [Audience::Professionals];
        if professionals_only != only_professionals {
            return Err(this.error(
                "professionals-only",
                "must be true exactly when `for` is [\"professionals\"]".into(),
            ));
        }
        let read = this.date("read", false)?.ok_or_else(|| {
            this.error("read", "is required: the date the source was read".into())
        })?;
        let source_date = this.date("source-date", false)?;
        if source_date.as_ref().is_some_and(|d| *d > read) {
            return Err(this.error(
                "source-date",
                "the page's own date cannot be after the day it was read".into(),
            ));
        }
        let mut contact = Contact {
            id: id.into(),
            name: this.required("name")?.into(),
            kind,
            audiences,
            only_for,
            phone: this.number("phone")?,
            sms: this.number("sms")?,
            chat: this.address("chat", false)?,
            web: this.address("web", false)?,
            hours: this.hours()?,
            languages: this.languages()?,
            interpreter: this.flag("interpreter")?,
            free: this.flag("free")?,
            anonymous: this.flag("anonymous")?,
            professionals_only,
            switchboard: this.flag("switchboard")?,
            via_112: this.flag("via-112")?,
            source: this.address("source", true)?.ok_or_else(|| {
                this.error(
                    "source",
                    "is required: the address of the page the facts were read on".into(),
                )
            })?,
            read,
            source_date,
            funded_until: this.date("funded-until", true)?,
            third_party_only: false, // set below, from where the facts come from
        };
        let owner = match this.required("source-owner")? {
            "own" => SourceOwner::Own,
            "other" => SourceOwner::Other,
            other => {
                return Err(this.error(
                    "source-owner",
                    format!("{other:?} is not \"own\" (the organisation's own page) or \"other\""),
                ));
            }
        };
        let provenance = Provenance {
            file: self.file.into(),
            owner,
            second_source: this.address("second-source", true)?,
            second_source_date: this.date("second-source-date", false)?,
            note: this.string("note")?.map(String::from),
        };
        this.check_rules(&contact, &provenance)?;
        contact.third_party_only =
            provenance.owner == SourceOwner::Other && provenance.second_source.is_none();
        Ok((contact, provenance))
    }

    /// The rules that tie fields together.
    fn check_rules(&self, contact: &Contact, provenance: &Provenance) -> Result<(), ContactsError> {
        if contact.phone.is_none()
            && contact.sms.is_none()
            && contact.chat.is_none()
            && contact.web.is_none()
            && !contact.via_112
        {
            return Err(self.error(
                "phone",
                "a contact needs at least one of phone, sms, chat, web or via-112".into(),
            ));
        }
        if contact.kind != Kind::Emergency
            && contact.phone.as_ref().is_some_and(|p| p.dial == "112")
        {
            return Err(self.error(
                "phone",
                "112 is not this service's own number: remove phone and write via-112 = true"
                    .into(),
            ));
        }
        if contact.via_112 {
            if contact.phone.is_some() {
                return Err(self.error(
                    "via-112",
                    "a service reached through 112 has no phone of its own".into(),
                ));
            }
            if !matches!(
                contact.kind,
                Kind::SocialServices | Kind::SocialServicesOnCall
            ) {
                return Err(self.error(
                    "via-112",
                    "only social services and their on-call service are reached through 112".into(),
                ));
            }
        }
        if contact.switchboard && contact.phone.is_none() {
            return Err(self.error(
                "switchboard",
                "needs the switchboard's number in phone".into(),
            ));
        }
        if provenance.second_source_date.is_some() && provenance.second_source.is_none() {
            return Err(self.error("second-source-date", "needs second-source".into()));
        }
        if provenance.owner == SourceOwner::Other && provenance.note.is_none() {
            return Err(self.error(
                "note",
                "a source that is not the organisation's own page needs a note saying whose it is"
                    .into(),
            ));
        }
        Ok(())
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

/// The names of a closed set, as written in the files: `a, b, c`.
fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> String {
    all.iter().map(|&t| name(t)).collect::<Vec<_>>().join(", ")
}

/// Parses `weekdays 08:00-16:30`.
fn parse_opening(text: &str) -> Option<Opening> {
    let (days, span) = text.trim().split_once(' ')?;
    let days = Days::ALL.into_iter().find(|d| d.name() == days)?;
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
