//! The static question bank, grouped by path, each path in display order.
//!
//! Each path starts with everyday control, moves on to physical and sexual violence and
//! the questions on strangulation, weapons and threats to kill (asked of everyone), then
//! fear. The detailed danger and follow-up questions come after that and are asked only
//! once an earlier answer has described violence or fear ([`Gate::AfterHarm`]) or honour-
//! related control ([`Gate::AfterHonour`]). The last question on a path about the person
//! themself asks about their own thoughts of suicide. Which answers name a danger sign is
//! decided in [`super::danger`], not here.
//!
//! The text of every question is `q-<id>` (and `q-<id>-youth`) in the Fluent files.

use super::Category::*;
use super::Path::*;
use super::{Category, Gate, Path, Question, Who};

/// A question in a category, asked of everyone on the path, with no youth wording.
const fn q(id: &'static str, path: Path, category: Category) -> Question {
    Question {
        id,
        path,
        category: Some(category),
        who: Who::Everyone,
        gate: Gate::Always,
        youth_variant: false,
    }
}

/// A question that describes no form of violence by itself: it only names a danger sign
/// (e.g. weapons at home) or marks a need (see [`super::ALSO_EXPOSED`] and
/// [`super::OLDER_PARTNER`]).
const fn sign(id: &'static str, path: Path) -> Question {
    Question {
        category: None,
        ..q(id, path, Physical)
    }
}

impl Question {
    /// The same question, with a wording for under-18s.
    const fn youth(mut self) -> Question {
        self.youth_variant = true;
        self
    }

    /// The same question, asked only of `who`.
    const fn only(mut self, who: Who) -> Question {
        self.who = who;
        self
    }

    /// The same question, asked once an earlier answer described violence or fear.
    const fn after_harm(mut self) -> Question {
        self.gate = Gate::AfterHarm;
        self
    }

    /// The same question, asked once an earlier answer described honour-related control.
    const fn after_honour(mut self) -> Question {
        self.gate = Gate::AfterHonour;
        self
    }
}

/// Every question.
pub(super) static BANK: &[Question] = &[
    // ── Partner, ex, or someone the young person dates ─────────────────────────────
    q("partner-put-down", Partner, Psychological).youth(),
    q("partner-isolate", Partner, Psychological).youth(),
    q("partner-phone", Partner, Digital).youth(),
    q("partner-follow", Partner, Digital).youth(),
    q("partner-images", Partner, Digital).youth(),
    q("partner-nudes", Partner, Sexual).only(Who::Under18),
    sign("partner-older", Partner).only(Who::Under18),
    q("partner-money", Partner, Economic).youth(),
    q("partner-debt", Partner, Economic).youth(),
    q("partner-threats", Partner, Psychological).youth(),
    q("partner-break", Partner, Material).youth(),
    q("partner-hit", Partner, Physical).youth(),
    q("partner-neck", Partner, Physical).youth(),
    q("partner-weapon", Partner, Psychological).youth(),
    q("partner-kill", Partner, Psychological).youth(),
    q("partner-sex", Partner, Sexual).youth(),
    q("partner-afraid", Partner, Latent).youth(),
    q("partner-care", Partner, Neglect).only(Who::NotUnder18),
    q("partner-aids", Partner, Neglect).only(Who::NotUnder18),
    q("partner-children-see", Partner, ChildrenWitnessing).only(Who::NotUnder18),
    q("partner-worse", Partner, Physical).youth().after_harm(),
    q("partner-jealous", Partner, Psychological)
        .youth()
        .after_harm(),
    q("partner-leaving", Partner, Latent).youth().after_harm(),
    q("partner-could-kill", Partner, Latent)
        .youth()
        .after_harm(),
    sign("partner-weapon-home", Partner).youth().after_harm(),
    q("partner-suicide-threat", Partner, Psychological)
        .youth()
        .after_harm(),
    sign("partner-contact-ban", Partner).youth().after_harm(),
    q("partner-pregnant", Partner, Physical)
        .youth()
        .after_harm(),
    q("partner-pets", Partner, Material).youth().after_harm(),
    q("partner-careful", Partner, Latent).youth().after_harm(),
    q("partner-children-threat", Partner, ChildrenWitnessing)
        .only(Who::NotUnder18)
        .after_harm(),
    sign("partner-suicide-self", Partner).youth(),
    // ── Family, relatives, or someone who helps me in daily life ───────────────────
    q("family-collective", Family, Honour).youth(),
    q("family-friends", Family, Honour).youth(),
    q("family-school", Family, Honour).youth(),
    q("family-love", Family, Honour).youth(),
    q("family-marriage", Family, Honour).youth(),
    q("family-abroad", Family, Honour).youth(),
    q("family-put-down", Family, Psychological).youth(),
    q("family-money", Family, Economic).youth(),
    q("family-break", Family, Material).youth(),
    q("family-tracking", Family, Digital).youth(),
    q("family-hit", Family, Physical).youth(),
    q("family-neck", Family, Physical).youth(),
    q("family-weapon", Family, Psychological).youth(),
    q("family-kill", Family, Psychological).youth(),
    q("family-sex-touch", Family, Sexual).youth(),
    q("family-sex-forced", Family, Sexual).youth(),
    q("family-care", Family, Neglect).youth(),
    q("family-carer", Family, Neglect),
    q("family-afraid", Family, Latent).youth(),
    q("family-children-see", Family, ChildrenWitnessing).youth(),
    q("family-phone", Family, Honour).youth().after_honour(),
    q("family-siblings", Family, Honour).youth().after_honour(),
    q("family-virginity", Family, Honour).youth().after_honour(),
    q("family-disown", Family, Honour).youth().after_honour(),
    q("family-partner-threat", Family, Honour)
        .youth()
        .after_honour(),
    q("family-honour-before", Family, Honour)
        .youth()
        .after_honour(),
    q("family-cutting", Family, Honour)
        .only(Who::Under18NotMan)
        .after_honour(),
    q("family-online", Family, Digital).youth().after_harm(),
    q("family-worse", Family, Physical).youth().after_harm(),
    q("family-could-kill", Family, Latent).youth().after_harm(),
    sign("family-weapon-home", Family).youth().after_harm(),
    sign("family-contact-ban", Family)
        .only(Who::NotUnder18)
        .after_harm(),
    q("family-children-threat", Family, ChildrenWitnessing)
        .youth()
        .after_harm(),
    sign("family-suicide-self", Family).youth(),
    // ── Selling sex, work, money or papers controlled by someone ───────────────────
    q("exploit-sell-sex", Exploitation, CoercedSex).youth(),
    q("exploit-job-promise", Exploitation, ForcedLabour).youth(),
    q("exploit-work", Exploitation, ForcedLabour).youth(),
    q("exploit-begging-crime", Exploitation, ForcedLabour).youth(),
    q("exploit-debt", Exploitation, DebtBondage).youth(),
    q("exploit-papers", Exploitation, DocumentsTaken).youth(),
    q("exploit-locked", Exploitation, Psychological).youth(),
    q("exploit-sextortion", Exploitation, Digital).youth(),
    q("exploit-grooming", Exploitation, Sexual).only(Who::Under18),
    q("exploit-sex-forced", Exploitation, Sexual).youth(),
    q("exploit-hit", Exploitation, Physical).youth(),
    q("exploit-neck", Exploitation, Physical).youth(),
    q("exploit-weapon", Exploitation, Psychological).youth(),
    q("exploit-kill", Exploitation, Psychological).youth(),
    q("exploit-afraid", Exploitation, Latent).youth(),
    q("exploit-wage", Exploitation, Economic)
        .youth()
        .after_harm(),
    q("exploit-living", Exploitation, ForcedLabour)
        .youth()
        .after_harm(),
    q("exploit-moved", Exploitation, ForcedLabour)
        .youth()
        .after_harm(),
    q("exploit-authorities", Exploitation, Psychological)
        .youth()
        .after_harm(),
    q("exploit-sex-control", Exploitation, CoercedSex)
        .youth()
        .after_harm(),
    q("exploit-debt-grows", Exploitation, DebtBondage)
        .youth()
        .after_harm(),
    q("exploit-accounts", Exploitation, DocumentsTaken)
        .youth()
        .after_harm(),
    q("exploit-phone", Exploitation, Digital)
        .youth()
        .after_harm(),
    q("exploit-online", Exploitation, Digital)
        .youth()
        .after_harm(),
    q("exploit-sex-unsafe", Exploitation, Sexual)
        .youth()
        .after_harm(),
    q("exploit-worse", Exploitation, Physical)
        .youth()
        .after_harm(),
    q("exploit-always-afraid", Exploitation, Latent)
        .youth()
        .after_harm(),
    sign("exploit-suicide-self", Exploitation).youth(),
    // ── Someone I am worried about ─────────────────────────────────────────────────
    q("worried-afraid", Worried, Latent),
    q("worried-isolated", Worried, Psychological),
    q("worried-controlled", Worried, Psychological),
    q("worried-phone", Worried, Digital),
    q("worried-followed", Worried, Digital),
    q("worried-money", Worried, Economic),
    q("worried-injuries", Worried, Physical),
    q("worried-hit", Worried, Physical),
    q("worried-neck", Worried, Physical),
    q("worried-weapon", Worried, Psychological),
    q("worried-kill", Worried, Psychological),
    q("worried-sex", Worried, Sexual),
    q("worried-selling-sex", Worried, CoercedSex),
    q("worried-sex-for-things", Worried, CoercedSex),
    q("worried-honour", Worried, Honour),
    q("worried-trip", Worried, Honour),
    q("worried-cutting", Worried, Honour).only(Who::AboutChild),
    q("worried-care", Worried, Neglect).youth(),
    q("worried-children-home", Worried, ChildrenWitnessing),
    sign("worried-suicide", Worried),
    q("worried-careful", Worried, Latent).after_harm(),
    q("worried-debts", Worried, Economic).after_harm(),
    q("worried-worse", Worried, Physical).after_harm(),
    q("worried-leaving", Worried, Latent).after_harm(),
    q("worried-could-kill", Worried, Latent).after_harm(),
    q("worried-sex-images", Worried, Sexual).after_harm(),
    q("worried-honour-love", Worried, Honour).after_harm(),
    q("worried-left-alone", Worried, Neglect).after_harm(),
    q("worried-children-scared", Worried, ChildrenWitnessing).after_harm(),
    // ── I have hurt or frightened someone close to me ──────────────────────────────
    q("used-put-down", UsedViolence, Psychological),
    q("used-control", UsedViolence, Psychological).youth(),
    q("used-phone", UsedViolence, Digital),
    q("used-images", UsedViolence, Digital),
    q("used-money", UsedViolence, Economic),
    q("used-break", UsedViolence, Material),
    q("used-hit", UsedViolence, Physical).youth(),
    q("used-neck", UsedViolence, Physical),
    q("used-weapon", UsedViolence, Psychological).youth(),
    q("used-kill", UsedViolence, Psychological).youth(),
    q("used-sex", UsedViolence, Sexual),
    q("used-children-see", UsedViolence, ChildrenWitnessing).youth(),
    q("used-afraid", UsedViolence, Latent),
    sign("used-exposed", UsedViolence).only(Who::Under18),
    q("used-money-work", UsedViolence, Economic)
        .youth()
        .after_harm(),
    q("used-pets", UsedViolence, Material).after_harm(),
    q("used-worse", UsedViolence, Physical).after_harm(),
    q("used-sex-sulk", UsedViolence, Sexual).after_harm(),
    sign("used-contact-ban", UsedViolence)
        .only(Who::NotUnder18)
        .after_harm(),
    q("used-children-afraid", UsedViolence, ChildrenWitnessing).after_harm(),
    q("used-careful", UsedViolence, Latent).after_harm(),
    sign("used-suicide-self", UsedViolence),
];
