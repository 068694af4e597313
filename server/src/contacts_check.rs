//! `vagvisaren contacts-check`: for the people who keep the contacts data, once a month.
//! Fetches each contact's source page (when the machine is online) and reports, per
//! contact: the page cannot be reached, a number is no longer on the page, or the page
//! says it changed after the day the facts were read. It reads the pages only; it never
//! changes the data.

use std::collections::HashMap;
use std::fmt::Write;
use std::time::{Duration, UNIX_EPOCH};

use domain::contacts::{Contact, Directory};
use domain::date::Date;

/// A fetched page: its text and the date its server says it last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The body as text (lossy UTF-8: only digits are looked for).
    pub text: String,
    /// The `Last-Modified` header's date, if the server sent one.
    pub last_modified: Option<Date>,
}

/// What the check found for one contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every number is on the page, and the page does not say it changed after `read`.
    Fine {
        /// Whether the server said when the page last changed.
        dated: bool,
    },
    /// The page could not be fetched.
    Unreachable(String),
    /// Numbers of the contact that are not on the page.
    NumberMissing(Vec<String>),
    /// The page's `Last-Modified` is after the day the facts were read.
    ChangedSinceRead(Date),
}

/// One contact's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The contact's id.
    pub id: String,
    /// The source address.
    pub source: String,
    /// What was found (a contact may have a missing number and a changed page at once).
    pub outcomes: Vec<Outcome>,
}

/// A fetcher of pages over http or https, with a timeout (one agent for every page);
/// any failure is described in words.
pub fn fetcher() -> impl Fn(&str) -> Result<Page, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(20)))
        .user_agent("vagvisaren-contacts-check")
        .build()
        .into();
    move |url| {
        let mut response = agent.get(url).call().map_err(|e| e.to_string())?;
        let last_modified = response
            .headers()
            .get("last-modified")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| Date::from_days((d.as_secs() / 86_400) as i64));
        let bytes = response
            .body_mut()
            .with_config()
            .limit(10 * 1024 * 1024)
            .read_to_vec()
            .map_err(|e| e.to_string())?;
        Ok(Page {
            text: String::from_utf8_lossy(&bytes).into_owned(),
            last_modified,
        })
    }
}

/// The runs of digits in `text`, with the separators people write inside phone numbers
/// (spaces, hyphens, no-break spaces, brackets, slashes) removed: "020-50 50 50" and
/// "+46 20 50 50 50" each become one run.
fn digit_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else if matches!(
            c,
            ' ' | '-' | '\u{a0}' | '\u{2009}' | '\u{2011}' | '\u{2013}' | '(' | ')' | '/' | '+'
        ) && !run.is_empty()
        {
            continue;
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Whether a Swedish number (as displayed) is written on the page, in national or
/// international form.
fn on_page(display: &str, runs: &[String]) -> bool {
    let digits: String = display.chars().filter(char::is_ascii_digit).collect();
    let international = digits.strip_prefix('0').map(|rest| format!("46{rest}"));
    runs.iter()
        .any(|run| run.contains(&digits) || international.as_ref().is_some_and(|i| run.contains(i)))
}

/// Checks one contact against its fetched source page.
pub fn judge(contact: &Contact, page: &Result<Page, String>) -> Vec<Outcome> {
    let page = match page {
        Ok(page) => page,
        Err(reason) => return vec![Outcome::Unreachable(reason.clone())],
    };
    let runs = digit_runs(&page.text);
    let missing: Vec<String> = [&contact.phone, &contact.sms]
        .into_iter()
        .flatten()
        .filter(|n| !on_page(&n.display, &runs))
        .map(|n| n.display.clone())
        .collect();
    let mut outcomes = Vec::new();
    if !missing.is_empty() {
        outcomes.push(Outcome::NumberMissing(missing));
    }
    let read = Date::parse(&contact.read);
    if let (Some(changed), Some(read)) = (page.last_modified, read)
        && changed > read
    {
        outcomes.push(Outcome::ChangedSinceRead(changed));
    }
    if outcomes.is_empty() {
        outcomes.push(Outcome::Fine {
            dated: page.last_modified.is_some(),
        });
    }
    outcomes
}

/// Checks every contact of the directory once (shared contacts appear in several
/// municipalities), fetching each source address once with `fetch`.
pub fn check(directory: &Directory, fetch: impl Fn(&str) -> Result<Page, String>) -> Vec<Checked> {
    let mut pages: HashMap<String, Result<Page, String>> = HashMap::new();
    let mut out = Vec::new();
    for (contact, _) in crate::contacts::each_contact(directory) {
        let page = pages
            .entry(contact.source.clone())
            .or_insert_with(|| fetch(&contact.source));
        out.push(Checked {
            id: contact.id.clone(),
            source: contact.source.clone(),
            outcomes: judge(contact, page),
        });
    }
    out
}

/// The results in plain text: what needs a look first, then a count of the rest.
pub fn render(results: &[Checked]) -> String {
    let mut out = String::new();
    let mut fine = 0;
    let mut undated = 0;
    for checked in results {
        for outcome in &checked.outcomes {
            let line = match outcome {
                Outcome::Fine { dated } => {
                    fine += 1;
                    undated += usize::from(!dated);
                    continue;
                }
                Outcome::Unreachable(reason) => format!("page not reachable ({reason})"),
                Outcome::NumberMissing(numbers) => {
                    format!("number no longer on the page: {}", numbers.join(", "))
                }
                Outcome::ChangedSinceRead(date) => {
                    format!("page changed since it was read (Last-Modified {date})")
                }
            };
            writeln!(out, "{}: {line}; source {}", checked.id, checked.source).ok();
        }
    }
    writeln!(
        out,
        "{fine} of {} contacts: every number still on the page and no later change stated ({undated} of them from pages whose server gives no date, so a change cannot be seen)",
        results.len()
    )
    .ok();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_found_in_any_common_writing() {
        let runs = digit_runs("Ring 020-50 50 50 eller +46 (0)8 508 00 508. Öppet 8–16.");
        assert!(on_page("020-50 50 50", &runs));
        assert!(!on_page("020-80 80 80", &runs));
        let runs = digit_runs("Tel: +46 20 50 50 50");
        assert!(on_page("020-50 50 50", &runs));
        let runs = digit_runs("Telefon\u{a0}0303‑70\u{a0}30\u{a0}00");
        assert!(on_page("0303-70 30 00", &runs));
    }
}
