//! Which contacts fit a person, and in what order: plain rules, table-tested.
//!
//! 1. Lines for professionals are never offered to residents.
//! 2. A contact fits when its kind is among the kinds the assessment names and it serves
//!    one of the assessment's audiences (every list ends with "everyone").
//! 3. Order: the kind's place in the assessment's list (emergency first when urgent),
//!    then the best audience's place, then local before national, then a contact that
//!    speaks the person's language or offers an interpreter, then one open now (by the
//!    phone's clock; unknown hours before closed), then the id, so the order is always the same for the same input.

use crate::contacts::{Audience, Contact, Kind};
use crate::questionnaire::Assessment;

/// What the ranking needs to know about the person, all of it held in memory only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needs {
    /// Kinds of help that fit, best first.
    pub kinds: Vec<Kind>,
    /// Audiences that fit, best first.
    pub audiences: Vec<Audience>,
    /// The interface language (BCP 47), to prefer contacts that speak it.
    pub language: String,
}

impl Needs {
    /// The needs an assessment describes, in `language`.
    pub fn from_assessment(assessment: &Assessment, language: &str) -> Self {
        Self {
            kinds: assessment.kinds.clone(),
            audiences: assessment.audiences.clone(),
            language: language.into(),
        }
    }

    /// Needs for someone who has not answered anything: every kind and audience a
    /// resident may use, emergency first.
    pub fn general(language: &str) -> Self {
        Self {
            kinds: Kind::ALL.to_vec(),
            audiences: Audience::residents().to_vec(),
            language: language.into(),
        }
    }
}

/// The moment to judge "open now" by: weekday (0 = Monday) and minute after midnight,
/// Swedish local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// Minutes after midnight.
    pub minute: u16,
}

/// The contacts from `local` and `national` that fit `needs`, best first.
pub fn rank<'a>(
    needs: &Needs,
    local: &'a [Contact],
    national: &'a [Contact],
    now: Moment,
) -> Vec<&'a Contact> {
    let mut fitting: Vec<(Vec<usize>, &'a Contact)> = local
        .iter()
        .map(|c| (0, c))
        .chain(national.iter().map(|c| (1, c)))
        .filter(|(_, c)| !c.professionals_only)
        .filter_map(|(national_rank, contact)| {
            let kind = needs.kinds.iter().position(|k| *k == contact.kind)?;
            let audience = needs
                .audiences
                .iter()
                .position(|a| contact.audiences.contains(a))?;
            let speaks = needs.language == "sv"
                || contact.interpreter
                || contact.languages.contains(&needs.language);
            let open = contact.hours.open_at(now.weekday, now.minute);
            let key = vec![
                kind,
                audience,
                national_rank,
                usize::from(!speaks),
                match open {
                    Some(true) => 0,
                    None => 1,
                    Some(false) => 2,
                },
            ];
            Some((key, contact))
        })
        .collect();
    // Ids are unique (the loader refuses duplicates), so the order is total and an
    // unstable sort is as deterministic as a stable one; the client then carries only one
    // sort implementation (0.7 KB of brotli wasm less).
    fitting.sort_unstable_by(|(a, ca), (b, cb)| a.cmp(b).then_with(|| ca.id.cmp(&cb.id)));
    fitting.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::{Days, Hours, Opening};

    fn contact(id: &str, kind: Kind, audiences: &[Audience]) -> Contact {
        Contact {
            id: id.into(),
            name: id.into(),
            kind,
            audiences: audiences.to_vec(),
            phone: None,
            sms: None,
            chat: None,
            web: Some("https://example.se".into()),
            hours: Hours::Always,
            languages: vec![],
            interpreter: false,
            free: true,
            anonymous: true,
            professionals_only: audiences == [Audience::Professionals],
            source: "https://example.se".into(),
            verified: "2026-11-22".into(),
        }
    }

    const NOON_MONDAY: Moment = Moment {
        weekday: 0,
        minute: 720,
    };

    fn ids(list: Vec<&Contact>) -> Vec<&str> {
        list.into_iter().map(|c| c.id.as_str()).collect()
    }

    fn national() -> Vec<Contact> {
        use Audience::*;
        vec![
            contact("112", Kind::Emergency, &[Everyone]),
            contact("kvinnofridslinjen", Kind::Helpline, &[Women, WorriedOthers]),
            contact("bris", Kind::Helpline, &[Children, Young]),
            contact("ratt-att-valja", Kind::Helpline, &[Honour, Young]),
            contact("man", Kind::Helpline, &[Men]),
            contact(
                "valj-att-sluta",
                Kind::PerpetratorProgramme,
                &[UsesViolence],
            ),
            contact("honour-professionals", Kind::Helpline, &[Professionals]),
        ]
    }

    #[test]
    fn ranks_by_kind_then_audience_and_drops_what_does_not_fit() {
        use Audience::*;
        let local = vec![contact("lund-social", Kind::SocialServices, &[Everyone])];
        let national = national();
        let cases: Vec<(Vec<Kind>, Vec<Audience>, Vec<&str>)> = vec![
            // Urgent, a woman, partner path.
            (
                vec![Kind::Emergency, Kind::Helpline, Kind::SocialServices],
                vec![Women, Everyone],
                vec!["112", "kvinnofridslinjen", "lund-social"],
            ),
            // A young person, honour-related control: Bris and the honour line first.
            (
                vec![Kind::Helpline, Kind::SocialServices, Kind::Emergency],
                vec![Children, Young, Honour, Everyone],
                vec!["bris", "ratt-att-valja", "lund-social", "112"],
            ),
            // Someone who used violence: the programme first, no victim lines.
            (
                vec![Kind::PerpetratorProgramme, Kind::Helpline, Kind::Emergency],
                vec![UsesViolence, Men, Everyone],
                vec!["valj-att-sluta", "man", "112"],
            ),
        ];
        for (kinds, audiences, expected) in cases {
            let needs = Needs {
                kinds,
                audiences,
                language: "sv".into(),
            };
            assert_eq!(ids(rank(&needs, &local, &national, NOON_MONDAY)), expected);
        }
    }

    #[test]
    fn professionals_only_lines_are_never_offered() {
        let national = national();
        let ranked = rank(&Needs::general("sv"), &[], &national, NOON_MONDAY);
        assert!(!ids(ranked).contains(&"honour-professionals"));
    }

    #[test]
    fn general_needs_offer_every_resident_line_with_emergency_first() {
        let national = national();
        let ranked = ids(rank(&Needs::general("sv"), &[], &national, NOON_MONDAY));
        assert_eq!(ranked.len(), 6);
        assert_eq!(ranked[0], "112");
    }

    #[test]
    fn local_language_and_open_now_break_ties() {
        use Audience::*;
        let mut interpreter = contact("b-interpreter", Kind::Helpline, &[Everyone]);
        interpreter.interpreter = true;
        let mut arabic = contact("c-arabic", Kind::Helpline, &[Everyone]);
        arabic.languages = vec!["ar".into()];
        let mut closed = contact("a-closed", Kind::Helpline, &[Everyone]);
        closed.hours = Hours::Weekly(vec![Opening {
            days: Days::Weekends,
            from: 0,
            to: 1440,
        }]);
        let mut unknown = contact("d-unknown", Kind::Helpline, &[Everyone]);
        unknown.hours = Hours::Unknown;
        let national = vec![closed, interpreter, arabic, unknown];
        let local = vec![contact("z-local", Kind::Helpline, &[Everyone])];
        let needs = |language: &str| Needs {
            kinds: vec![Kind::Helpline],
            audiences: vec![Everyone],
            language: language.into(),
        };
        assert_eq!(
            ids(rank(&needs("ar"), &local, &national, NOON_MONDAY)),
            [
                "z-local",
                "b-interpreter",
                "c-arabic",
                "d-unknown",
                "a-closed"
            ]
        );
        assert_eq!(
            ids(rank(&needs("sv"), &[], &national, NOON_MONDAY)),
            ["b-interpreter", "c-arabic", "d-unknown", "a-closed"]
        );
    }
}
