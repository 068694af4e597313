//! Reads the served contacts document from a JSON value that is already parsed (by the
//! browser's `JSON.parse` in the client). It reads exactly what serde writes for these
//! types, field by field, without serde: serde's derived deserializers, driven through
//! `serde-wasm-bindgen`, cost the client about 14 KB of brotli-compressed wasm, a
//! fourteenth of the first load, where this costs a few hundred bytes. The server's
//! tests prove the two agree by reading back the whole served directory.

use super::{Audience, Contact, County, Days, Directory, Hours, Kind, Municipality};
use super::{Number, Opening};

/// A parsed JSON value, as far as the contacts document needs one.
pub trait JsonValue: Sized {
    /// The member `key` of an object; `None` when the value is not an object or the
    /// member is missing or null. Keys are the document's fixed field names.
    fn member(&self, key: &'static str) -> Option<Self>;
    /// The value as a string.
    fn text(&self) -> Option<String>;
    /// The value as a boolean.
    fn boolean(&self) -> Option<bool>;
    /// The value as a number.
    fn number(&self) -> Option<f64>;
    /// The items of an array.
    fn items(&self) -> Option<Vec<Self>>;
}

/// A field of the contacts document that is missing or not of the expected form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    /// The field's name.
    pub field: &'static str,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "contacts document: bad or missing field `{}`",
            self.field
        )
    }
}

type Decoded<T> = Result<T, DecodeError>;

/// Reads the whole directory.
pub fn directory<V: JsonValue>(value: &V) -> Decoded<Directory> {
    Ok(Directory {
        national: list(value, "national", contact)?,
        counties: list(value, "counties", county)?,
        municipalities: list(value, "municipalities", municipality)?,
    })
}

fn county<V: JsonValue>(value: &V) -> Decoded<County> {
    Ok(County {
        code: text(value, "code")?,
        name: text(value, "name")?,
    })
}

fn municipality<V: JsonValue>(value: &V) -> Decoded<Municipality> {
    Ok(Municipality {
        code: text(value, "code")?,
        name: text(value, "name")?,
        county: text(value, "county")?,
        contacts: optional_list(value, "contacts", contact)?,
    })
}

fn contact<V: JsonValue>(value: &V) -> Decoded<Contact> {
    Ok(Contact {
        id: String::new(),
        name: text(value, "name")?,
        kind: named(value, "kind", &Kind::ALL, Kind::name)?,
        audiences: list(value, "audiences", |v| {
            one_of(v, "audiences", &Audience::ALL, Audience::name)
        })?,
        only_for: optional_list(value, "only_for", |v| {
            one_of(v, "only_for", &Audience::ALL, Audience::name)
        })?,
        phone: optional(value, "phone", number)?,
        sms: optional(value, "sms", number)?,
        chat: optional(value, "chat", |v| as_text(v, "chat"))?,
        web: optional(value, "web", |v| as_text(v, "web"))?,
        hours: hours(&required(value, "hours")?)?,
        languages: optional_list(value, "languages", |v| as_text(v, "languages"))?,
        interpreter: flag(value, "interpreter")?,
        free: flag(value, "free")?,
        anonymous: flag(value, "anonymous")?,
        professionals_only: flag(value, "professionals_only")?,
        switchboard: flag(value, "switchboard")?,
        via_112: flag(value, "via_112")?,
        source: text(value, "source")?,
        read: text(value, "read")?,
        source_date: optional(value, "source_date", |v| as_text(v, "source_date"))?,
        funded_until: optional(value, "funded_until", |v| as_text(v, "funded_until"))?,
        third_party_only: flag(value, "third_party_only")?,
    })
}

fn number<V: JsonValue>(value: &V) -> Decoded<Number> {
    Ok(Number {
        display: text(value, "display")?,
        dial: text(value, "dial")?,
    })
}

fn hours<V: JsonValue>(value: &V) -> Decoded<Hours> {
    match text(value, "type")?.as_str() {
        "always" => Ok(Hours::Always),
        "unknown" => Ok(Hours::Unknown),
        "weekly" => Ok(Hours::Weekly(list(value, "rules", opening)?)),
        _ => Err(bad("type")),
    }
}

fn opening<V: JsonValue>(value: &V) -> Decoded<Opening> {
    Ok(Opening {
        days: named(value, "days", &Days::ALL, Days::name)?,
        from: minute(value, "from")?,
        to: minute(value, "to")?,
    })
}

fn bad(field: &'static str) -> DecodeError {
    DecodeError { field }
}

fn required<V: JsonValue>(value: &V, field: &'static str) -> Decoded<V> {
    value.member(field).ok_or(bad(field))
}

/// `value` itself as the text of `field`.
fn as_text<V: JsonValue>(value: &V, field: &'static str) -> Decoded<String> {
    value.text().ok_or(bad(field))
}

fn text<V: JsonValue>(value: &V, field: &'static str) -> Decoded<String> {
    as_text(&required(value, field)?, field)
}

/// A flag left out of the document when false.
fn flag<V: JsonValue>(value: &V, field: &'static str) -> Decoded<bool> {
    value
        .member(field)
        .map_or(Ok(false), |v| v.boolean().ok_or(bad(field)))
}

fn minute<V: JsonValue>(value: &V, field: &'static str) -> Decoded<u16> {
    let n = required(value, field)?.number().ok_or(bad(field))?;
    let whole = (0.0..=f64::from(u16::MAX)).contains(&n) && n.fract() == 0.0;
    whole.then_some(n as u16).ok_or(bad(field))
}

/// One of `all`, by the name serde gives it.
fn one_of<V: JsonValue, T: Copy>(
    value: &V,
    field: &'static str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Decoded<T> {
    let wanted = value.text().ok_or(bad(field))?;
    all.iter()
        .copied()
        .find(|&item| name(item) == wanted)
        .ok_or(bad(field))
}

fn named<V: JsonValue, T: Copy>(
    value: &V,
    field: &'static str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Decoded<T> {
    one_of(&required(value, field)?, field, all, name)
}

fn optional<V: JsonValue, T>(
    value: &V,
    field: &'static str,
    read: impl Fn(&V) -> Decoded<T>,
) -> Decoded<Option<T>> {
    value.member(field).map(|v| read(&v)).transpose()
}

fn list<V: JsonValue, T>(
    value: &V,
    field: &'static str,
    read: impl Fn(&V) -> Decoded<T>,
) -> Decoded<Vec<T>> {
    items(&required(value, field)?, field, read)
}

/// A list left out of the document when empty.
fn optional_list<V: JsonValue, T>(
    value: &V,
    field: &'static str,
    read: impl Fn(&V) -> Decoded<T>,
) -> Decoded<Vec<T>> {
    Ok(optional(value, field, |v| items(v, field, &read))?.unwrap_or_default())
}

/// `value` itself as the list `field`, each item read by `read`.
fn items<V: JsonValue, T>(
    value: &V,
    field: &'static str,
    read: impl Fn(&V) -> Decoded<T>,
) -> Decoded<Vec<T>> {
    value.items().ok_or(bad(field))?.iter().map(read).collect()
}

#[cfg(any(test, feature = "json"))]
impl JsonValue for serde_json::Value {
    fn member(&self, key: &'static str) -> Option<Self> {
        self.get(key).filter(|v| !v.is_null()).cloned()
    }
    fn text(&self) -> Option<String> {
        self.as_str().map(String::from)
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn full_contact() -> Contact {
        Contact {
            id: "line".into(),
            name: "Linjen".into(),
            kind: Kind::SocialServicesOnCall,
            audiences: vec![Audience::UsesViolence, Audience::Professionals],
            only_for: vec![Audience::Young],
            phone: Some(Number {
                display: "020-50 50 50".into(),
                dial: "+4620505050".into(),
            }),
            sms: Some(Number {
                display: "71 000".into(),
                dial: "71000".into(),
            }),
            chat: Some("https://example.se/chat".into()),
            web: Some("https://example.se".into()),
            hours: Hours::Weekly(vec![
                Opening {
                    days: Days::EveryDay,
                    from: 0,
                    to: 1440,
                },
                Opening {
                    days: Days::Sun,
                    from: 480,
                    to: 1020,
                },
            ]),
            languages: vec!["en".into(), "ar".into()],
            interpreter: true,
            free: true,
            anonymous: true,
            professionals_only: true,
            switchboard: true,
            via_112: true,
            source: "https://example.se/om".into(),
            read: "2026-11-22".into(),
            source_date: Some("2024-04-16".into()),
            funded_until: Some("2024-12-31".into()),
            third_party_only: true,
        }
    }

    fn directory_with(contact: Contact) -> Directory {
        let mut sparse = contact.clone();
        sparse.hours = Hours::Unknown;
        (sparse.phone, sparse.sms, sparse.chat, sparse.web) = (None, None, None, None);
        sparse.languages.clear();
        sparse.only_for.clear();
        sparse.interpreter = false;
        sparse.free = false;
        sparse.anonymous = false;
        sparse.professionals_only = false;
        (sparse.switchboard, sparse.via_112) = (false, false);
        (sparse.source_date, sparse.funded_until) = (None, None);
        sparse.third_party_only = false;
        let mut always = sparse.clone();
        always.hours = Hours::Always;
        Directory {
            national: vec![contact, always],
            counties: vec![County {
                code: "01".into(),
                name: "Stockholms län".into(),
            }],
            municipalities: vec![
                Municipality {
                    code: "0114".into(),
                    name: "Upplands Väsby".into(),
                    county: "01".into(),
                    contacts: vec![sparse],
                },
                Municipality {
                    code: "0115".into(),
                    name: "Vallentuna".into(),
                    county: "01".into(),
                    contacts: vec![],
                },
            ],
        }
    }

    #[test]
    fn reads_back_what_serde_writes_with_every_field_set_and_unset() {
        let mut original = directory_with(full_contact());
        let written = serde_json::to_value(&original).unwrap();
        assert!(
            written["national"][0].get("id").is_none(),
            "ids are not served"
        );
        for contact in original.national.iter_mut().chain(
            original
                .municipalities
                .iter_mut()
                .flat_map(|m| &mut m.contacts),
        ) {
            contact.id.clear();
        }
        assert_eq!(directory(&written), Ok(original));
    }

    #[test]
    fn every_name_of_every_enum_reads_back() {
        for kind in Kind::ALL {
            let name = serde_json::to_value(kind).unwrap();
            assert_eq!(name, json!(kind.name()));
        }
        for audience in Audience::ALL {
            assert_eq!(
                serde_json::to_value(audience).unwrap(),
                json!(audience.name())
            );
        }
        for days in Days::ALL {
            assert_eq!(serde_json::to_value(days).unwrap(), json!(days.name()));
        }
    }

    #[test]
    fn a_bad_document_names_the_field() {
        let good = serde_json::to_value(directory_with(full_contact())).unwrap();
        type Spoil = fn(&mut Value);
        let cases: [(&str, Spoil, &str); 8] = [
            (
                "no national list",
                |d| d["national"] = Value::Null,
                "national",
            ),
            (
                "unknown kind",
                |d| d["national"][0]["kind"] = json!("bakery"),
                "kind",
            ),
            (
                "unknown audience",
                |d| d["national"][0]["audiences"][0] = json!("cats"),
                "audiences",
            ),
            (
                "phone without dial",
                |d| d["national"][0]["phone"] = json!({"display": "112"}),
                "dial",
            ),
            (
                "hours of no type",
                |d| d["national"][0]["hours"] = json!({"type": "sometimes"}),
                "type",
            ),
            (
                "half a minute",
                |d| d["national"][0]["hours"]["rules"][0]["from"] = json!(1.5),
                "from",
            ),
            (
                "a flag as text",
                |d| d["national"][0]["free"] = json!("yes"),
                "free",
            ),
            (
                "contacts not a list",
                |d| d["municipalities"][1]["contacts"] = json!("none"),
                "contacts",
            ),
        ];
        for (case, spoil, field) in cases {
            let mut document = good.clone();
            spoil(&mut document);
            assert_eq!(directory(&document), Err(DecodeError { field }), "{case}");
        }
    }
}
