//! The contacts directory in the server: the built-in folder (embedded), a folder on disk
//! for a municipality's own deployment, and the reports for the people who keep the data
//! (the whole directory's counts and doubts, and one municipality's checklist). Reading
//! and validating the files is `domain::contacts::files`; the online checker is
//! [`crate::contacts_check`].

use std::fmt::Write;
use std::path::Path;

pub use domain::contacts::files::ContactsError;
use domain::contacts::files::{self, Catalogue};
use domain::contacts::{Contact, Directory, Hours, Kind, clock};
use domain::date::Date;
use rust_embed::RustEmbed;

/// The directory shipped in the binary: the repository's `contacts/` folder.
#[derive(RustEmbed)]
#[folder = "../contacts"]
#[include = "*.toml"]
#[include = "*.csv"]
struct BuiltinContacts;

/// The built-in catalogue.
pub fn load_builtin() -> Result<Catalogue, ContactsError> {
    let files = BuiltinContacts::iter().filter_map(|name| {
        let file = BuiltinContacts::get(&name)?;
        Some((name.to_string(), file.data.into_owned()))
    });
    files::load(files.collect(), crate::today())
}

/// A catalogue from a folder on disk, e.g. a municipality's own deployment.
pub fn load_dir(dir: &Path) -> Result<Catalogue, ContactsError> {
    files::load_dir(dir, crate::today())
}

/// Days after which a read date is listed as due for a new reading.
pub const READ_AGAIN_AFTER_DAYS: i64 = 365;
/// Days after which a source page's own date is listed as old.
pub const OLD_SOURCE_AFTER_DAYS: i64 = 2 * 365;

/// What a municipality has, for the report's counts.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    /// A sourced phone route to social services (its own number or the switchboard).
    pub social_services_phone: usize,
    /// The social on-call service, by number or through 112.
    pub on_call: usize,
    /// A women's, girls' or men's shelter.
    pub shelter: usize,
    /// A programme or service for people who use violence.
    pub perpetrator_programme: usize,
}

/// Counts the municipalities that have each kind of help.
pub fn coverage(directory: &Directory) -> Coverage {
    let mut c = Coverage::default();
    for m in &directory.municipalities {
        let has = |test: &dyn Fn(&Contact) -> bool| usize::from(m.contacts.iter().any(test));
        c.social_services_phone += usize::from(m.has_social_services_phone());
        c.on_call += has(&|x| x.kind == Kind::SocialServicesOnCall);
        c.shelter += has(&|x| {
            matches!(
                x.kind,
                Kind::WomensShelter | Kind::GirlsShelter | Kind::MensShelter
            )
        });
        c.perpetrator_programme += has(&|x| x.kind == Kind::PerpetratorProgramme);
    }
    c
}

/// Every contact once (a shared contact appears in several municipalities), with the
/// place it is shown: "national" or the municipalities' names.
pub fn each_contact(directory: &Directory) -> Vec<(&Contact, String)> {
    let mut out: Vec<(&Contact, String)> = directory
        .national
        .iter()
        .map(|c| (c, "national".to_string()))
        .collect();
    for m in &directory.municipalities {
        for c in &m.contacts {
            match out.iter_mut().find(|(o, _)| o.id == c.id) {
                Some((_, place)) => {
                    place.push_str(", ");
                    place.push_str(&m.name);
                }
                None => out.push((c, m.name.clone())),
            }
        }
    }
    out
}

fn days_between(earlier: &str, today: Date) -> Option<i64> {
    Date::parse(earlier).map(|d| today.days() - d.days())
}

/// A plain-text report for the people who keep the data: counts, then every entry that
/// needs a look — read more than a year ago, a source page dated more than two years
/// back, a number that only someone else's page states, a line whose funding was stated
/// to end before today.
pub fn report(catalogue: &Catalogue, today: Date) -> String {
    let directory = &catalogue.directory;
    let contacts = each_contact(directory);
    let local = contacts.iter().filter(|(_, p)| p != "national").count();
    let c = coverage(directory);
    let all = directory.municipalities.len();
    let hours_known = contacts
        .iter()
        .filter(|(c, _)| c.hours != Hours::Unknown)
        .count();
    let mut out = String::new();
    writeln!(
        out,
        "contacts: {} national lines, {local} local contacts ({} shared by several municipalities)",
        directory.national.len(),
        contacts.iter().filter(|(_, p)| p.contains(", ")).count()
    )
    .ok();
    writeln!(
        out,
        "municipalities ({all}): {} with a sourced phone route to social services, {} with the social on-call service, {} with a shelter, {} with a programme for people who use violence",
        c.social_services_phone, c.on_call, c.shelter, c.perpetrator_programme
    )
    .ok();
    writeln!(
        out,
        "opening hours known for {hours_known} of {} contacts",
        contacts.len()
    )
    .ok();
    section(
        &mut out,
        "municipalities without a sourced phone route to social services (the app tells people to call the municipality's switchboard)",
        directory
            .municipalities
            .iter()
            .filter(|m| !m.has_social_services_phone())
            .map(|m| m.name.clone())
            .collect(),
    );

    let line = |c: &Contact, place: &str, what: String| {
        format!("{} ({place}): {what}; source {}", c.id, c.source)
    };
    section(
        &mut out,
        &format!("read more than {READ_AGAIN_AFTER_DAYS} days ago"),
        contacts
            .iter()
            .filter(|(c, _)| {
                days_between(&c.read, today).is_some_and(|d| d > READ_AGAIN_AFTER_DAYS)
            })
            .map(|(c, p)| line(c, p, format!("read {}", c.read)))
            .collect(),
    );
    section(
        &mut out,
        "source page dated more than two years ago (its newest stated date)",
        contacts
            .iter()
            .filter_map(|(c, p)| {
                let newest = newest_source_date(catalogue, c)?;
                (days_between(&newest, today)? > OLD_SOURCE_AFTER_DAYS)
                    .then(|| line(c, p, format!("page dated {newest}")))
            })
            .collect(),
    );
    section(
        &mut out,
        "only source is someone else's page (add the organisation's own page, or a second source)",
        contacts
            .iter()
            .filter(|(c, _)| c.third_party_only)
            .map(|(c, p)| line(c, p, "third-party source".into()))
            .collect(),
    );
    section(
        &mut out,
        "funding or pilot stated to end before today (check the line still runs)",
        contacts
            .iter()
            .filter_map(|(c, p)| {
                let until = c.funded_until.as_ref()?;
                (days_between(until, today)? > 0)
                    .then(|| line(c, p, format!("funded until {until}")))
            })
            .collect(),
    );
    let undated = contacts
        .iter()
        .filter(|(c, _)| newest_source_date(catalogue, c).is_none())
        .count();
    writeln!(
        out,
        "source pages that state no date of their own: {undated} of {}",
        contacts.len()
    )
    .ok();
    out
}

/// The newer of a contact's source dates, if its pages state any.
fn newest_source_date(catalogue: &Catalogue, c: &Contact) -> Option<String> {
    let second = catalogue
        .provenance
        .get(&c.id)
        .and_then(|p| p.second_source_date.clone());
    [c.source_date.clone(), second].into_iter().flatten().max()
}

fn section(out: &mut String, title: &str, lines: Vec<String>) {
    if lines.is_empty() {
        writeln!(out, "{title}: none").ok();
        return;
    }
    writeln!(out, "{title}: {}", lines.len()).ok();
    for line in lines {
        writeln!(out, "  {line}").ok();
    }
}

/// One municipality's entries as a Markdown checklist to send to that municipality for
/// confirmation once a year; `None` when no municipality has that code.
pub fn municipality_checklist(catalogue: &Catalogue, code: &str, today: Date) -> Option<String> {
    let m = catalogue.directory.municipality(code)?;
    let mut out = String::new();
    writeln!(
        out,
        "# Vägvisaren: support contacts for {} ({code})",
        m.name
    )
    .ok();
    writeln!(out).ok();
    writeln!(
        out,
        "Vägvisaren shows these contacts to people in {} who look for help with violence in close relationships, honour-related violence, prostitution or trafficking. Please check each line against what is true today, correct what is wrong, and send it back. Prepared {today}.",
        m.name
    )
    .ok();
    // The same test as the app's note: without a number for the social services, ask.
    if !m.has_social_services_phone() {
        writeln!(out).ok();
        writeln!(out, "We have no phone number for the social services in {} yet. Which numbers should people call for the social services, the social on-call service, a women's or men's shelter, and a programme for people who use violence?", m.name).ok();
    }
    for c in &m.contacts {
        writeln!(out).ok();
        writeln!(out, "## {}", c.name).ok();
        writeln!(out).ok();
        let mut item = |text: String| writeln!(out, "- [ ] {text}").ok();
        item(format!("Kind: {}", c.kind.name()));
        item(format!(
            "For: {}",
            c.audiences
                .iter()
                .map(|a| a.name())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        if let Some(phone) = &c.phone {
            let switchboard = if c.switchboard {
                " (the switchboard: callers ask for the social services)"
            } else {
                ""
            };
            item(format!("Phone: {}{switchboard}", phone.display));
        }
        if c.via_112 {
            item("Reached by calling 112 and asking for it (no number of its own)".into());
        }
        if let Some(sms) = &c.sms {
            item(format!("SMS: {}", sms.display));
        }
        for (label, url) in [("Chat", &c.chat), ("Web", &c.web)] {
            if let Some(url) = url {
                item(format!("{label}: {url}"));
            }
        }
        item(format!("Opening hours: {}", hours_text(&c.hours)));
        let flags: Vec<&str> = [
            (c.free, "free of charge"),
            (c.anonymous, "anonymous possible"),
            (c.interpreter, "interpreter can be arranged"),
        ]
        .into_iter()
        .filter_map(|(set, name)| set.then_some(name))
        .collect();
        if !flags.is_empty() {
            item(flags.join(", "));
        }
        if !c.languages.is_empty() {
            item(format!(
                "Languages besides Swedish: {}",
                c.languages.join(", ")
            ));
        }
        let dated = c
            .source_date
            .as_ref()
            .map_or("the page states no date".to_string(), |d| {
                format!("the page is dated {d}")
            });
        writeln!(out, "\nSource: {} (read {}; {dated})", c.source, c.read).ok();
    }
    Some(out)
}

/// Opening hours in plain English, as in the data files.
fn hours_text(hours: &Hours) -> String {
    match hours {
        Hours::Always => "around the clock".into(),
        Hours::Unknown => "not known to us".into(),
        Hours::Weekly(rules) => rules
            .iter()
            .map(|r| format!("{} {}-{}", r.days.name(), clock(r.from), clock(r.to)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_counts_and_lists_what_needs_a_look() {
        let catalogue = load_builtin().unwrap();
        let now = report(&catalogue, Date::parse("2026-12-07").unwrap());
        assert!(now.contains(" national lines, "), "{now}");
        assert!(now.contains("municipalities (290): "), "{now}");
        assert!(
            now.contains("stodlinjen-for-man (national): funded until 2024-12-31"),
            "{now}"
        );
        assert!(now.contains("read more than 365 days ago: none"), "{now}");
        let later = report(&catalogue, Date::parse("2028-06-01").unwrap());
        assert!(
            later.contains("kvinnofridslinjen (national): read 2026-11-22"),
            "{later}"
        );
    }

    #[test]
    fn a_municipality_checklist_lists_every_entry() {
        let catalogue = load_builtin().unwrap();
        let today = Date::parse("2026-12-07").unwrap();
        let malmo = municipality_checklist(&catalogue, "1280", today).unwrap();
        assert!(malmo.starts_with("# Vägvisaren: support contacts for Malmö (1280)"));
        for c in &catalogue.directory.municipality("1280").unwrap().contacts {
            assert!(malmo.contains(&format!("## {}", c.name)), "{}", c.id);
            assert!(malmo.contains(&c.source), "{}", c.id);
        }
        assert!(malmo.contains("- [ ] Phone: "));
        assert!(!malmo.contains("We have no phone number"));
        // A municipality with contacts but no number for its social services is asked.
        let without = catalogue
            .directory
            .municipalities
            .iter()
            .find(|m| !m.contacts.is_empty() && !m.has_social_services_phone())
            .expect("a municipality with contacts but no social-services number");
        let checklist = municipality_checklist(&catalogue, &without.code, today).unwrap();
        assert!(checklist.contains("We have no phone number for the social services in"));
        assert_eq!(municipality_checklist(&catalogue, "9999", today), None);
    }
}
