//! Table tests of the engine: the bank's shape, gating, danger rules and the result
//! flags. Whole people, with their contacts, are in `tests/people.rs`.

use super::*;

/// The questions' and result's text: `questions.ftl`, beside `main.ftl`.
const SV: &str = include_str!("../../../locales/sv/questions.ftl");
const EN: &str = include_str!("../../../locales/en/questions.ftl");

fn profile(
    path: Path,
    age: Option<AgeGroup>,
    self_description: Option<SelfDescription>,
    about_child: Option<bool>,
) -> Profile {
    Profile {
        path,
        age,
        self_description,
        about_child,
    }
}

/// Every combination of age, self-description and (worried path) child for a path.
fn all_profiles(path: Path) -> Vec<Profile> {
    let ages = [None, Some(AgeGroup::Under18), Some(AgeGroup::Adult)];
    let selves = [
        None,
        Some(SelfDescription::Woman),
        Some(SelfDescription::Man),
        Some(SelfDescription::TransOrNonBinary),
        Some(SelfDescription::RatherNotSay),
    ];
    let children = [None, Some(true), Some(false)];
    let mut out = Vec::new();
    for age in ages {
        for self_description in selves {
            for about_child in children {
                out.push(profile(path, age, self_description, about_child));
            }
        }
    }
    out
}

/// Answers every question the profile is asked with `answer`, walking the path as a
/// person would (so gated questions open as earlier answers describe something).
fn walk(profile: &Profile, answer: impl Fn(&Question) -> Answer) -> Answers {
    let mut answers = Answers::new();
    loop {
        let next = asked(profile, &answers)
            .into_iter()
            .find(|q| !answers.contains_key(q.id));
        match next {
            Some(q) => {
                answers.insert(q.id, answer(q));
            }
            None => return answers,
        }
    }
}

#[test]
fn all_no_describes_nothing_and_rather_not_say_is_never_read_as_nothing() {
    for path in Path::ALL {
        for p in all_profiles(path) {
            let no = evaluate(&p, &walk(&p, |_| Answer::No));
            assert!(
                no.findings.is_empty() && no.danger_signs.is_empty(),
                "{p:?}"
            );
            assert!(!no.urgent && !no.danger_unanswered, "{p:?}");
            let maybe_child = p.path == Path::Worried && p.about_child != Some(false);
            assert_eq!(no.report_concern_for_child, maybe_child, "{p:?}");
            assert!(!no.child_protection && !no.support_for_children && !no.also_exposed);

            let declined = evaluate(&p, &walk(&p, |_| Answer::RatherNotSay));
            assert!(declined.findings.is_empty() && !declined.urgent, "{p:?}");
            assert!(declined.danger_unanswered, "{p:?}");

            let skipped = evaluate(&p, &Answers::new());
            assert!(skipped.danger_unanswered, "{p:?}: nothing answered");
        }
    }
}

#[test]
fn strangulation_weapon_and_threats_to_kill_are_asked_of_everyone() {
    for path in Path::ALL {
        for p in all_profiles(path) {
            let shortest = asked(&p, &walk(&p, |_| Answer::No));
            for sign in [
                DangerSign::Strangulation,
                DangerSign::Weapon,
                DangerSign::ThreatToKill,
                DangerSign::SuicidalThoughts,
            ] {
                if path == Path::Worried && sign == DangerSign::SuicidalThoughts {
                    continue;
                }
                let named = shortest.iter().any(|q| {
                    danger::RULES
                        .iter()
                        .any(|r| r.sign == sign && r.questions.contains(&q.id))
                });
                assert!(named, "{p:?} is not asked about {sign:?}");
            }
        }
    }
}

#[test]
fn every_danger_rule_names_its_sign_and_puts_emergency_first() {
    for rule in danger::RULES {
        for &id in rule.questions {
            let q = question(id).unwrap_or_else(|| panic!("rule names unknown {id}"));
            for p in all_profiles(q.path)
                .into_iter()
                .filter(|p| rule.who.covers(p))
            {
                if !q.who.covers(&p) {
                    continue;
                }
                let mut answers = Answers::new();
                if q.gate != Gate::Always {
                    // Open the gate with an earlier answer of the right kind.
                    let first = asked(&p, &answers)
                        .into_iter()
                        .find(|o| {
                            !danger::can_name(&p, o.id)
                                && match q.gate {
                                    Gate::AfterHonour => o.category == Some(Category::Honour),
                                    _ => o.category.is_some(),
                                }
                        })
                        .unwrap();
                    answers.insert(first.id, Answer::Yes);
                }
                for answer in [Answer::Yes, Answer::Sometimes] {
                    answers.insert(q.id, answer);
                    let a = evaluate(&p, &answers);
                    assert!(a.names(rule.sign), "{id} {answer:?} {p:?}");
                    assert!(a.urgent, "{id}");
                    let needs = crate::ranking::Needs::for_assessment(&a, "sv");
                    assert_eq!(needs.kinds[0], crate::contacts::Kind::Emergency, "{id}");
                }
                for answer in [Answer::No, Answer::RatherNotSay] {
                    answers.insert(q.id, answer);
                    let a = evaluate(&p, &answers);
                    assert!(!a.names(rule.sign), "{id} {answer:?}");
                    assert!(a.danger_unanswered || answer == Answer::No, "{id}");
                }
            }
        }
    }
}

#[test]
fn over_triggering_is_ruled_out() {
    // A parent checking a young person's location is not by itself a danger sign.
    let youth = profile(Path::Family, Some(AgeGroup::Under18), None, None);
    let a = evaluate(&youth, &[("family-tracking", Answer::Yes)].into());
    assert!(!a.urgent && a.describes(Category::Digital));
    // For an adult it is stalking.
    let adult = profile(Path::Family, Some(AgeGroup::Adult), None, None);
    let a = evaluate(&adult, &[("family-tracking", Answer::Yes)].into());
    assert_eq!(a.danger_signs, vec![DangerSign::Stalking]);
    // Circumcision of boys is lawful: the question on genital mutilation is not asked of a
    // boy, so his truthful yes cannot name that sign.
    let boy = profile(
        Path::Family,
        Some(AgeGroup::Under18),
        Some(SelfDescription::Man),
        None,
    );
    let honour: Answers = [("family-friends", Answer::Yes)].into();
    assert!(
        asked(&boy, &honour)
            .iter()
            .all(|q| q.id != "family-cutting")
    );
    let girl = Profile {
        self_description: Some(SelfDescription::Woman),
        ..boy
    };
    assert!(
        asked(&girl, &honour)
            .iter()
            .any(|q| q.id == "family-cutting")
    );
    // Selling sex, marriage and a partner's sexual pressure are child-protection signs only
    // for under-18s; for adults they are findings (marriage stays a danger sign).
    let adult = profile(Path::Exploitation, Some(AgeGroup::Adult), None, None);
    let a = evaluate(&adult, &[("exploit-sell-sex", Answer::Yes)].into());
    assert!(!a.urgent && !a.child_protection && a.describes(Category::CoercedSex));
}

#[test]
fn child_protection_for_young_people() {
    use AgeGroup::*;
    let cases: [(Path, &str, DangerSign); 7] = [
        (
            Path::Family,
            "family-sex-touch",
            DangerSign::ChildSexualAbuse,
        ),
        (
            Path::Family,
            "family-sex-forced",
            DangerSign::ChildSexualAbuse,
        ),
        (Path::Family, "family-marriage", DangerSign::ChildMarriage),
        (
            Path::Family,
            "family-abroad",
            DangerSign::ForcedTripOrMarriage,
        ),
        (
            Path::Exploitation,
            "exploit-sell-sex",
            DangerSign::ChildSexualExploitation,
        ),
        (
            Path::Exploitation,
            "exploit-sex-forced",
            DangerSign::ChildSexualAbuse,
        ),
        (
            Path::Family,
            "family-cutting",
            DangerSign::GenitalMutilation,
        ),
    ];
    for (path, id, sign) in cases {
        let p = profile(path, Some(Under18), None, None);
        let mut answers: Answers = [(id, Answer::Yes)].into();
        if id == "family-cutting" {
            answers.insert("family-friends", Answer::Yes);
        }
        let a = evaluate(&p, &answers);
        assert!(a.names(sign), "{id}");
        assert!(a.urgent && a.child_protection, "{id}");
    }
    // Any exploitation described by an under-18 shows the block, urgent or not.
    let p = profile(Path::Exploitation, Some(Under18), None, None);
    let a = evaluate(&p, &[("exploit-work", Answer::Yes)].into());
    assert!(a.child_protection && !a.urgent);
    // Worried about a child whom someone else decides to marry off: urgent.
    let p = profile(Path::Worried, Some(Adult), None, Some(true));
    let a = evaluate(&p, &[("worried-trip", Answer::Yes)].into());
    assert!(a.urgent && a.report_concern_for_child);
    assert!(
        !a.child_protection,
        "the block speaks to the child, not to the helper"
    );
}

#[test]
fn used_violence_flags() {
    let p = profile(Path::UsedViolence, Some(AgeGroup::Adult), None, None);
    let a = evaluate(&p, &[("used-children-see", Answer::Yes)].into());
    assert!(a.support_for_children && !a.report_concern_for_child);
    let young = profile(Path::UsedViolence, Some(AgeGroup::Under18), None, None);
    let a = evaluate(&young, &[(ALSO_EXPOSED, Answer::Sometimes)].into());
    assert!(a.also_exposed && a.findings.is_empty() && !a.urgent);
    // The question about being exposed opens no follow-up questions about using violence.
    assert_eq!(
        asked(&young, &[(ALSO_EXPOSED, Answer::Yes)].into()),
        asked(&young, &Answers::new())
    );
    let adult_asked = asked(&p, &Answers::new());
    assert!(adult_asked.iter().all(|q| q.id != ALSO_EXPOSED));
}

#[test]
fn every_answer_describes_only_its_own_category() {
    for q in all_questions() {
        let p = all_profiles(q.path)
            .into_iter()
            .find(|p| q.who.covers(p))
            .unwrap();
        let mut answers = Answers::new();
        if q.gate != Gate::Always {
            let first = asked(&p, &answers)
                .into_iter()
                .find(|o| match q.gate {
                    Gate::AfterHonour => o.category == Some(Category::Honour),
                    _ => o.category.is_some(),
                } && o.id != q.id)
                .unwrap();
            answers.insert(first.id, Answer::No);
            // A "no" keeps the gate closed: the answer to q does not count.
            answers.insert(q.id, Answer::Yes);
            let closed = evaluate(&p, &answers);
            assert!(
                closed.findings.is_empty(),
                "{} counted while not asked",
                q.id
            );
            answers.insert(first.id, Answer::Yes);
        }
        answers.insert(q.id, Answer::Sometimes);
        let a = evaluate(&p, &answers);
        if let Some(category) = q.category {
            assert!(a.describes(category), "{}", q.id);
        }
        let own: Vec<&str> = a
            .findings
            .iter()
            .flat_map(|f| f.question_ids.clone())
            .collect();
        assert!(own.contains(&q.id) == q.category.is_some(), "{}", q.id);
    }
}

#[test]
fn findings_follow_category_order_and_display_order() {
    let p = Profile::new(Path::Partner);
    let answers: Answers = [
        ("partner-sex", Answer::Yes),
        ("partner-worse", Answer::Sometimes),
        ("partner-hit", Answer::Yes),
        ("partner-put-down", Answer::Sometimes),
        ("partner-afraid", Answer::No),
        ("partner-kill", Answer::Yes),
        ("partner-neck", Answer::Yes),
    ]
    .into();
    let a = evaluate(&p, &answers);
    assert_eq!(
        a.findings,
        vec![
            Finding {
                category: Category::Physical,
                question_ids: vec!["partner-hit", "partner-neck", "partner-worse"],
            },
            Finding {
                category: Category::Psychological,
                question_ids: vec!["partner-put-down", "partner-kill"],
            },
            Finding {
                category: Category::Sexual,
                question_ids: vec!["partner-sex"],
            },
        ]
    );
    assert_eq!(
        a.danger_signs,
        vec![
            DangerSign::Strangulation,
            DangerSign::ThreatToKill,
            DangerSign::Escalation
        ]
    );
}

#[test]
fn answers_to_other_paths_and_unasked_questions_are_ignored() {
    let all_yes: Answers = all_questions()
        .iter()
        .map(|q| (q.id, Answer::Yes))
        .collect();
    for path in Path::ALL {
        for p in all_profiles(path) {
            let a = evaluate(&p, &all_yes);
            let asked_ids: Vec<&str> = asked(&p, &all_yes).iter().map(|q| q.id).collect();
            for f in &a.findings {
                for id in &f.question_ids {
                    assert_eq!(question(id).unwrap().path, path);
                    assert!(asked_ids.contains(id), "{id} not asked of {p:?}");
                }
            }
            assert!(a.urgent);
        }
    }
}

#[test]
fn changing_an_answer_never_changes_the_questions_before_it() {
    for path in Path::ALL {
        for p in all_profiles(path) {
            let yes = walk(&p, |_| Answer::Yes);
            let list = asked(&p, &yes);
            for (i, q) in list.iter().enumerate() {
                let mut changed = yes.clone();
                changed.insert(q.id, Answer::No);
                assert_eq!(asked(&p, &changed)[..=i], list[..=i], "{}", q.id);
            }
        }
    }
}

/// The number of screens of questions for a profile: all "no" and all "yes".
fn lengths(p: &Profile) -> (usize, usize) {
    (
        asked(p, &walk(p, |_| Answer::No)).len(),
        asked(p, &walk(p, |_| Answer::Yes)).len(),
    )
}

#[test]
fn paths_stay_short() {
    // Shortest (every answer "no") and longest (every answer "yes") per path, for adults
    // and under-18s (worried path: about an adult and about a child). The closing note of
    // the guidance issue quotes these; the bounds keep later additions honest.
    /// The number of questions asked when every answer is "no", and when every one is "yes".
    type Lengths = (usize, usize);
    let expect: [(Path, Lengths, Lengths); 5] = [
        (Path::Partner, (19, 30), (18, 28)),
        (Path::Family, (21, 33), (21, 33)),
        (Path::Exploitation, (15, 27), (16, 28)),
        (Path::Worried, (19, 28), (20, 29)),
        (Path::UsedViolence, (14, 21), (15, 21)),
    ];
    for (path, adult, second) in expect {
        let adult_profile = profile(path, Some(AgeGroup::Adult), None, Some(false));
        let second_profile = if path == Path::Worried {
            profile(path, Some(AgeGroup::Adult), None, Some(true))
        } else {
            profile(path, Some(AgeGroup::Under18), None, None)
        };
        let got = (lengths(&adult_profile), lengths(&second_profile));
        assert_eq!(
            got,
            (adult, second),
            "{path:?}: adult, then under 18 or about a child"
        );
    }
}

/// The categories each path covers, each with at least one question.
fn required_categories(path: Path) -> &'static [Category] {
    use Category::*;
    match path {
        Path::Partner => &[
            Physical,
            Psychological,
            Sexual,
            Economic,
            Material,
            Digital,
            Latent,
            Neglect,
            ChildrenWitnessing,
        ],
        Path::Family => &[
            Physical,
            Psychological,
            Sexual,
            Economic,
            Material,
            Digital,
            Latent,
            Neglect,
            ChildrenWitnessing,
            Honour,
        ],
        Path::Exploitation => &[
            CoercedSex,
            ForcedLabour,
            DebtBondage,
            DocumentsTaken,
            Physical,
            Psychological,
            Sexual,
            Economic,
            Digital,
            Latent,
        ],
        Path::Worried => &[
            Physical,
            Psychological,
            Sexual,
            Economic,
            Digital,
            Latent,
            Honour,
            ChildrenWitnessing,
            CoercedSex,
            Neglect,
        ],
        Path::UsedViolence => &[
            Physical,
            Psychological,
            Sexual,
            Economic,
            Material,
            Digital,
            Latent,
            ChildrenWitnessing,
        ],
    }
}

/// The danger signs each path asks about.
fn required_danger_signs(path: Path) -> Vec<DangerSign> {
    use DangerSign::*;
    match path {
        Path::Partner => vec![
            Strangulation,
            Weapon,
            WeaponAccess,
            ThreatToKill,
            BelievesCouldKill,
            Escalation,
            Separation,
            Pregnancy,
            Jealousy,
            SuicideThreats,
            ContactBanBroken,
            Stalking,
            ThreatsToChildren,
            SuicidalThoughts,
        ],
        Path::Family => vec![
            Strangulation,
            Weapon,
            WeaponAccess,
            ThreatToKill,
            BelievesCouldKill,
            Escalation,
            ContactBanBroken,
            Stalking,
            ForcedTripOrMarriage,
            HonourViolenceBefore,
            ThreatsToChildren,
            ChildSexualAbuse,
            ChildMarriage,
            GenitalMutilation,
            SuicidalThoughts,
        ],
        Path::Exploitation => vec![
            Strangulation,
            Weapon,
            ThreatToKill,
            Escalation,
            ChildSexualAbuse,
            ChildSexualExploitation,
            Sextortion,
            SuicidalThoughts,
        ],
        Path::Worried => vec![
            Strangulation,
            Weapon,
            ThreatToKill,
            BelievesCouldKill,
            Escalation,
            Separation,
            Stalking,
            ForcedTripOrMarriage,
            ChildSexualAbuse,
            ChildSexualExploitation,
            GenitalMutilation,
            SuicidalThoughts,
        ],
        Path::UsedViolence => vec![
            Strangulation,
            Weapon,
            ThreatToKill,
            Escalation,
            ContactBanBroken,
            SuicidalThoughts,
        ],
    }
}

/// The signs a path can name: those of the rules that name one of its questions.
fn signs_on(path: Path) -> Vec<DangerSign> {
    DangerSign::ALL
        .into_iter()
        .filter(|&s| {
            danger::RULES.iter().any(|r| {
                r.sign == s
                    && r.questions
                        .iter()
                        .any(|id| question(id).is_some_and(|q| q.path == path))
            })
        })
        .collect()
}

#[test]
fn coverage_of_categories_and_danger_signs() {
    for path in Path::ALL {
        for &category in required_categories(path) {
            let n = questions(path)
                .filter(|q| q.category == Some(category))
                .count();
            assert!(n >= 1, "{path:?} has no question for {category:?}");
        }
        for q in questions(path) {
            if let Some(category) = q.category {
                assert!(required_categories(path).contains(&category), "{}", q.id);
            }
        }
        assert_eq!(signs_on(path), required_danger_signs(path), "{path:?}");
    }
    let honour = questions(Path::Family)
        .filter(|q| q.category == Some(Category::Honour))
        .count();
    assert!(honour >= 10, "family has {honour} honour questions");
    // Every exploitation question has youth wording (or is asked of under-18s only).
    for q in questions(Path::Exploitation) {
        assert!(q.youth_variant || q.who == Who::Under18, "{}", q.id);
    }
    // Every question a rule names exists, on one path; rules do not repeat a question
    // for the same people.
    for rule in danger::RULES {
        for id in rule.questions {
            assert!(question(id).is_some(), "unknown {id}");
        }
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn ids_are_unique_kebab_case_and_prefixed_by_path() {
    let bank = all_questions();
    for (i, q) in bank.iter().enumerate() {
        assert!(is_kebab(q.id), "{}", q.id);
        assert!(q.id.starts_with(q.path.question_prefix()), "{}", q.id);
        assert!(!q.id.ends_with("-youth"), "{}", q.id);
        assert!(
            bank[..i].iter().all(|o| o.id != q.id),
            "duplicate id {}",
            q.id
        );
        assert_eq!(question(q.id), Some(q));
        // A question only for under-18s needs no separate youth wording.
        assert!(!(q.youth_variant && q.who == Who::Under18), "{}", q.id);
        assert!(
            q.who != Who::AboutChild || q.path == Path::Worried,
            "{}",
            q.id
        );
    }
    let mut paths: Vec<Path> = bank.iter().map(|q| q.path).collect();
    paths.dedup();
    assert_eq!(paths, Path::ALL.to_vec());
    for c in Category::ALL {
        assert!(is_kebab(c.id()));
    }
    for d in DangerSign::ALL {
        assert!(is_kebab(d.id()));
    }
}

/// The message ids defined in a Fluent file, in order (`id = …` at line start).
fn message_ids_in(ftl: &str) -> Vec<&str> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id.trim_end())
        .collect()
}

/// Every message id the engine can ask for.
fn required_message_ids() -> Vec<String> {
    let mut ids = Vec::new();
    let mut add = |id: String| {
        if !ids.contains(&id) {
            ids.push(id);
        }
    };
    for q in all_questions() {
        add(q.message_id(None));
        if q.youth_variant {
            add(q.message_id(Some(AgeGroup::Under18)));
        }
        if let Some(category) = q.category {
            // A category's text for a path exists exactly when some question of that
            // path names the category (texts no result can show are not shipped).
            add(category.text_message_id(q.path));
        }
    }
    for c in Category::ALL {
        add(c.title_message_id());
    }
    for d in DangerSign::ALL {
        add(d.message_id());
    }
    // Advice for each sign, in the words of each path that can name it.
    for path in Path::ALL {
        for sign in signs_on(path) {
            add(sign.advice_message_id(path));
        }
    }
    ids
}

#[test]
fn fluent_files_have_every_message_in_both_languages() {
    let required = required_message_ids();
    for (lang, ftl) in [("sv", SV), ("en", EN)] {
        let ids = message_ids_in(ftl);
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[..i].contains(id), "{lang}: duplicate {id}");
        }
        for id in &required {
            assert!(ids.contains(&id.as_str()), "{lang}: missing {id}");
        }
        for id in &ids {
            assert!(is_kebab(id), "{lang}: {id}");
            let engine_id = ["q-", "category-", "danger-"]
                .iter()
                .any(|p| id.starts_with(p));
            if engine_id {
                assert!(required.iter().any(|r| r == id), "{lang}: unused {id}");
            }
        }
        let lines: Vec<&str> = ftl.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            let Some((id, value)) = line.split_once(" =") else {
                continue;
            };
            assert!(!value.trim().is_empty(), "{lang}: {id} is empty");
            if value.contains('{') {
                // Fluent's guideline: document the variables above the message.
                let comment = lines[..i]
                    .iter()
                    .rev()
                    .take_while(|l| l.starts_with("# "))
                    .any(|l| l.starts_with("# Variables:"));
                assert!(comment, "{lang}: {id} has a placeable but no # Variables:");
            }
        }
    }
    assert_eq!(
        message_ids_in(SV),
        message_ids_in(EN),
        "same ids, same order"
    );
}

#[test]
fn danger_advice_stays_short() {
    // About fifty words at most, in the source language (sourced in the Fluent file).
    for line in SV
        .lines()
        .filter(|l| l.starts_with("danger-") && l.contains("-advice"))
    {
        let (id, text) = line.split_once(" = ").unwrap();
        let words = text.split_whitespace().count();
        assert!(words <= 55, "{id} has {words} words");
    }
}
