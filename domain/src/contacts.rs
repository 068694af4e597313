//! The support-contacts directory: one schema, used by the server (which loads and
//! validates the data files) and by the client (which filters and ranks it in memory).

pub mod decode;
#[cfg(feature = "files")]
pub mod files;

use serde::{Deserialize, Serialize};

/// What kind of service a contact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Emergency number (112).
    Emergency,
    /// Police, non-emergency.
    Police,
    /// A national or regional telephone / chat support line.
    Helpline,
    /// The municipality's social services (individ- och familjeomsorg).
    SocialServices,
    /// The social services' on-call service outside office hours (socialjour).
    SocialServicesOnCall,
    /// A shelter or support association for women (kvinnojour).
    WomensShelter,
    /// A shelter or support association for girls and young women (tjejjour).
    GirlsShelter,
    /// A support association for men (mansjour).
    MensShelter,
    /// A youth clinic (ungdomsmottagning).
    YouthClinic,
    /// A programme or treatment for people who use violence.
    PerpetratorProgramme,
    /// Support for victims and witnesses of crime (e.g. Brottsofferjouren).
    VictimSupport,
    /// Health care advice (e.g. 1177).
    Health,
    /// Support for people with thoughts of suicide (e.g. Mind's Självmordslinjen).
    SuicidePrevention,
}

impl Kind {
    /// Every kind, emergency first, in the order a general list of help shows them.
    pub const ALL: [Kind; 13] = [
        Kind::Emergency,
        Kind::Helpline,
        Kind::SocialServices,
        Kind::SocialServicesOnCall,
        Kind::WomensShelter,
        Kind::GirlsShelter,
        Kind::MensShelter,
        Kind::YouthClinic,
        Kind::PerpetratorProgramme,
        Kind::VictimSupport,
        Kind::Health,
        Kind::SuicidePrevention,
        Kind::Police,
    ];

    /// The kind's name in the data files and the served document (serde's name).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Emergency => "emergency",
            Kind::Police => "police",
            Kind::Helpline => "helpline",
            Kind::SocialServices => "social-services",
            Kind::SocialServicesOnCall => "social-services-on-call",
            Kind::WomensShelter => "womens-shelter",
            Kind::GirlsShelter => "girls-shelter",
            Kind::MensShelter => "mens-shelter",
            Kind::YouthClinic => "youth-clinic",
            Kind::PerpetratorProgramme => "perpetrator-programme",
            Kind::VictimSupport => "victim-support",
            Kind::Health => "health",
            Kind::SuicidePrevention => "suicide-prevention",
        }
    }
}

/// Who a contact is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Anyone.
    Everyone,
    /// Women.
    Women,
    /// Men.
    Men,
    /// Trans and non-binary people.
    Trans,
    /// Young people (roughly 13–25).
    Young,
    /// Children under 18.
    Children,
    /// People exposed to honour-related violence and oppression.
    Honour,
    /// People exposed to prostitution or human trafficking.
    Trafficking,
    /// People who use violence and want to stop.
    UsesViolence,
    /// People worried about someone else.
    WorriedOthers,
    /// Professionals (e.g. school staff, social workers).
    Professionals,
}

impl Audience {
    /// Every audience, professionals last.
    pub const ALL: [Audience; 11] = [
        Audience::Everyone,
        Audience::Women,
        Audience::Men,
        Audience::Trans,
        Audience::Young,
        Audience::Children,
        Audience::Honour,
        Audience::Trafficking,
        Audience::UsesViolence,
        Audience::WorriedOthers,
        Audience::Professionals,
    ];

    /// The audience's name in the data files and the served document (serde's name).
    pub fn name(self) -> &'static str {
        match self {
            Audience::Everyone => "everyone",
            Audience::Women => "women",
            Audience::Men => "men",
            Audience::Trans => "trans",
            Audience::Young => "young",
            Audience::Children => "children",
            Audience::Honour => "honour",
            Audience::Trafficking => "trafficking",
            Audience::UsesViolence => "uses-violence",
            Audience::WorriedOthers => "worried-others",
            Audience::Professionals => "professionals",
        }
    }

    /// Every audience a resident may belong to (all but professionals).
    pub fn residents() -> &'static [Audience] {
        &Self::ALL[..Self::ALL.len() - 1]
    }
}

/// A day or a span of days in an opening-hours rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Days {
    /// Monday to Sunday.
    EveryDay,
    /// Monday to Friday.
    Weekdays,
    /// Saturday and Sunday.
    Weekends,
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Days {
    /// Every rule's days, spans first.
    pub const ALL: [Days; 10] = [
        Days::EveryDay,
        Days::Weekdays,
        Days::Weekends,
        Days::Mon,
        Days::Tue,
        Days::Wed,
        Days::Thu,
        Days::Fri,
        Days::Sat,
        Days::Sun,
    ];

    /// The days' name in the data files and the served document (serde's name).
    pub fn name(self) -> &'static str {
        match self {
            Days::EveryDay => "every-day",
            Days::Weekdays => "weekdays",
            Days::Weekends => "weekends",
            Days::Mon => "mon",
            Days::Tue => "tue",
            Days::Wed => "wed",
            Days::Thu => "thu",
            Days::Fri => "fri",
            Days::Sat => "sat",
            Days::Sun => "sun",
        }
    }

    /// Whether this rule covers a weekday, numbered 0 = Monday … 6 = Sunday.
    pub fn covers(self, weekday: u8) -> bool {
        match self {
            Days::EveryDay => weekday < 7,
            Days::Weekdays => weekday < 5,
            Days::Weekends => weekday == 5 || weekday == 6,
            Days::Mon => weekday == 0,
            Days::Tue => weekday == 1,
            Days::Wed => weekday == 2,
            Days::Thu => weekday == 3,
            Days::Fri => weekday == 4,
            Days::Sat => weekday == 5,
            Days::Sun => weekday == 6,
        }
    }
}

/// One opening-hours rule: on these days, from `from` to `to` (minutes after midnight,
/// Swedish local time; `to` may be 1440 for midnight).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opening {
    /// The days the rule covers.
    pub days: Days,
    /// Opening time, minutes after midnight.
    pub from: u16,
    /// Closing time, minutes after midnight.
    pub to: u16,
}

/// Minutes after midnight as a clock time, `HH:MM` (1440 is `24:00`).
pub fn clock(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// When a contact can be reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "rules")]
pub enum Hours {
    /// Around the clock, every day.
    Always,
    /// These weekly rules.
    Weekly(Vec<Opening>),
    /// The source states no hours.
    Unknown,
}

impl Hours {
    /// Whether the contact is open at `weekday` (0 = Monday) and `minute` after midnight;
    /// `None` when the hours are unknown.
    pub fn open_at(&self, weekday: u8, minute: u16) -> Option<bool> {
        match self {
            Hours::Always => Some(true),
            Hours::Unknown => None,
            Hours::Weekly(rules) => Some(
                rules
                    .iter()
                    .any(|r| r.days.covers(weekday) && r.from <= minute && minute < r.to),
            ),
        }
    }
}

/// A phone or SMS number: how it is shown and what a `tel:` / `sms:` link dials.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Number {
    /// Swedish grouping, e.g. `020-50 50 50`.
    pub display: String,
    /// Dialable form: E.164 (`+4620505050`) or a short code (`112`).
    pub dial: String,
}

/// Whether a flag is unset (such flags are left out of the JSON document).
fn is_false(flag: &bool) -> bool {
    !flag
}

/// One support contact, with the source its facts were read from. Unset optional
/// fields and false flags are left out of the served document to keep it small.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Unique, kebab-case identifier in the data files; not served (the client needs none,
    /// and it would cost every visitor 2 KB).
    #[serde(default, skip_serializing)]
    pub id: String,
    /// The service's own name (not translated).
    pub name: String,
    /// What kind of service it is.
    pub kind: Kind,
    /// Who it is for.
    pub audiences: Vec<Audience>,
    /// When set, it is offered only to a person in one of these audiences too (e.g. a
    /// line for young people who sell sex: for "trafficking", only for "young").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_for: Vec<Audience>,
    /// Telephone number, if a source states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<Number>,
    /// SMS number, if a source states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<Number>,
    /// Chat page (https), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<String>,
    /// Web page (https), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    /// Opening hours.
    pub hours: Hours,
    /// Languages spoken besides Swedish (BCP 47 codes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// An interpreter can be arranged.
    #[serde(default, skip_serializing_if = "is_false")]
    pub interpreter: bool,
    /// Free of charge.
    #[serde(default, skip_serializing_if = "is_false")]
    pub free: bool,
    /// Can be contacted anonymously.
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymous: bool,
    /// For professionals only: never offered to residents.
    #[serde(default, skip_serializing_if = "is_false")]
    pub professionals_only: bool,
    /// The phone is the municipality's switchboard: ask for the social services.
    #[serde(default, skip_serializing_if = "is_false")]
    pub switchboard: bool,
    /// No number of its own: reached by calling 112 and asking for it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub via_112: bool,
    /// Where the facts were read (the page's address).
    pub source: String,
    /// The day a person read the facts on the source (YYYY-MM-DD).
    pub read: String,
    /// The date the source page itself states, when it states one (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_date: Option<String>,
    /// The date the source says the line's funding or pilot ends (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funded_until: Option<String>,
    /// Only someone else's page states these facts: not the organisation's own page, and
    /// no second source. The card says so.
    #[serde(default, skip_serializing_if = "is_false")]
    pub third_party_only: bool,
}

/// One of Sweden's 290 municipalities with its local contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    /// Four-digit municipality code (kommunkod).
    pub code: String,
    /// Name, e.g. `Upplands Väsby`.
    pub name: String,
    /// Two-digit county code (länskod).
    pub county: String,
    /// Sourced local contacts; may be empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
}

/// A county (län).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct County {
    /// Two-digit county code.
    pub code: String,
    /// Name, e.g. `Stockholms län`.
    pub name: String,
}

/// The whole directory, served as one document so the request reveals nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    /// National lines.
    pub national: Vec<Contact>,
    /// Counties, by code.
    pub counties: Vec<County>,
    /// All municipalities, by code.
    pub municipalities: Vec<Municipality>,
}

impl Municipality {
    /// Whether a sourced phone number reaches its social services (their own number or the
    /// switchboard): without one, the help page says how to reach them.
    pub fn has_social_services_phone(&self) -> bool {
        self.contacts
            .iter()
            .any(|c| c.kind == Kind::SocialServices && c.phone.is_some())
    }
}

impl Directory {
    /// The municipality with this code, if any.
    pub fn municipality(&self, code: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.code == code)
    }
}
