//! The static question bank, grouped by path, each path in display order.
//!
//! Each path starts with everyday control, moves on to physical and sexual violence and
//! the danger signs, and ends with fear, so the hardest questions are not the first ones.
//! The text of every question is `q-<id>` (and `q-<id>-youth`) in the Fluent files.

use super::Category::*;
use super::DangerSign::*;
use super::Path::*;
use super::{Category, DangerSign, Path, Question};

/// A question with no danger sign and no youth variant.
const fn q(id: &'static str, path: Path, category: Category) -> Question {
    Question {
        id,
        path,
        category,
        danger: None,
        youth_variant: false,
    }
}

impl Question {
    /// The same question, naming a danger sign.
    const fn danger(mut self, sign: DangerSign) -> Question {
        self.danger = Some(sign);
        self
    }

    /// The same question, with a simpler wording for under-18s.
    const fn youth(mut self) -> Question {
        self.youth_variant = true;
        self
    }
}

/// Every question.
pub(super) static BANK: &[Question] = &[
    // ── Partner or ex ──────────────────────────────────────────────────────────────
    q("partner-put-down", Partner, Psychological),
    q("partner-isolate", Partner, Psychological),
    q("partner-phone", Partner, Digital),
    q("partner-follow", Partner, Digital).danger(Stalking),
    q("partner-images", Partner, Digital),
    q("partner-money", Partner, Economic).youth(),
    q("partner-debt", Partner, Economic).youth(),
    q("partner-break", Partner, Material),
    q("partner-pets", Partner, Material),
    q("partner-threats", Partner, Psychological),
    q("partner-hit", Partner, Physical),
    q("partner-hurt", Partner, Physical),
    q("partner-neck", Partner, Physical).danger(Strangulation),
    q("partner-weapon", Partner, Psychological).danger(Weapon),
    q("partner-kill", Partner, Psychological).danger(ThreatToKill),
    q("partner-worse", Partner, Physical).danger(Escalation),
    q("partner-pregnant", Partner, Physical).danger(Pregnancy),
    q("partner-sex", Partner, Sexual),
    q("partner-sex-fear", Partner, Sexual),
    q("partner-care", Partner, Neglect),
    q("partner-aids", Partner, Neglect),
    q("partner-children-see", Partner, ChildrenWitnessing),
    q("partner-children-afraid", Partner, ChildrenWitnessing),
    q("partner-children-threat", Partner, ChildrenWitnessing).danger(ThreatsToChildren),
    q("partner-afraid", Partner, Latent),
    q("partner-careful", Partner, Latent),
    q("partner-leaving", Partner, Latent).danger(Separation),
    // ── Family or relatives ────────────────────────────────────────────────────────
    q("family-collective", Family, Honour).youth(),
    q("family-friends", Family, Honour).youth(),
    q("family-school", Family, Honour).youth(),
    q("family-love", Family, Honour).youth(),
    q("family-phone", Family, Honour).youth(),
    q("family-siblings", Family, Honour).youth(),
    q("family-virginity", Family, Honour).youth(),
    q("family-marriage", Family, Honour)
        .danger(ForcedTripOrMarriage)
        .youth(),
    q("family-abroad", Family, Honour)
        .danger(ForcedTripOrMarriage)
        .youth(),
    q("family-disown", Family, Honour).youth(),
    q("family-put-down", Family, Psychological).youth(),
    q("family-money", Family, Economic).youth(),
    q("family-money-denied", Family, Economic).youth(),
    q("family-break", Family, Material).youth(),
    q("family-pets", Family, Material),
    q("family-online", Family, Digital).youth(),
    q("family-tracking", Family, Digital)
        .danger(Stalking)
        .youth(),
    q("family-hit", Family, Physical).youth(),
    q("family-neck", Family, Physical)
        .danger(Strangulation)
        .youth(),
    q("family-weapon", Family, Psychological)
        .danger(Weapon)
        .youth(),
    q("family-kill", Family, Psychological)
        .danger(ThreatToKill)
        .youth(),
    q("family-worse", Family, Physical)
        .danger(Escalation)
        .youth(),
    q("family-sex-touch", Family, Sexual).youth(),
    q("family-sex-forced", Family, Sexual).youth(),
    q("family-care", Family, Neglect).youth(),
    q("family-alone", Family, Neglect).youth(),
    q("family-children-see", Family, ChildrenWitnessing).youth(),
    q("family-children-threat", Family, ChildrenWitnessing)
        .danger(ThreatsToChildren)
        .youth(),
    q("family-afraid", Family, Latent).youth(),
    q("family-home", Family, Latent).youth(),
    // ── Selling sex, work, money or papers controlled by someone ───────────────────
    q("exploit-sell-sex", Exploitation, CoercedSex).youth(),
    q("exploit-sex-control", Exploitation, CoercedSex),
    q("exploit-work", Exploitation, Economic).youth(),
    q("exploit-wage", Exploitation, Economic),
    q("exploit-debt", Exploitation, DebtBondage).youth(),
    q("exploit-debt-grows", Exploitation, DebtBondage),
    q("exploit-papers", Exploitation, DocumentsTaken),
    q("exploit-accounts", Exploitation, DocumentsTaken),
    q("exploit-locked", Exploitation, Psychological),
    q("exploit-phone", Exploitation, Digital),
    q("exploit-online", Exploitation, Digital),
    q("exploit-authorities", Exploitation, Psychological),
    q("exploit-sex-forced", Exploitation, Sexual),
    q("exploit-sex-unsafe", Exploitation, Sexual),
    q("exploit-hit", Exploitation, Physical),
    q("exploit-neck", Exploitation, Physical).danger(Strangulation),
    q("exploit-weapon", Exploitation, Psychological).danger(Weapon),
    q("exploit-kill", Exploitation, Psychological).danger(ThreatToKill),
    q("exploit-worse", Exploitation, Physical).danger(Escalation),
    q("exploit-afraid", Exploitation, Latent),
    q("exploit-always-afraid", Exploitation, Latent),
    // ── Someone I am worried about ─────────────────────────────────────────────────
    q("worried-afraid", Worried, Latent),
    q("worried-isolated", Worried, Psychological),
    q("worried-controlled", Worried, Psychological),
    q("worried-careful", Worried, Latent),
    q("worried-phone", Worried, Digital),
    q("worried-followed", Worried, Digital).danger(Stalking),
    q("worried-money", Worried, Economic),
    q("worried-debts", Worried, Economic),
    q("worried-injuries", Worried, Physical),
    q("worried-hit", Worried, Physical),
    q("worried-neck", Worried, Physical).danger(Strangulation),
    q("worried-weapon", Worried, Psychological).danger(Weapon),
    q("worried-kill", Worried, Psychological).danger(ThreatToKill),
    q("worried-worse", Worried, Physical).danger(Escalation),
    q("worried-leaving", Worried, Latent).danger(Separation),
    q("worried-sex", Worried, Sexual),
    q("worried-sex-images", Worried, Sexual),
    q("worried-selling-sex", Worried, CoercedSex),
    q("worried-sex-for-things", Worried, CoercedSex),
    q("worried-honour", Worried, Honour),
    q("worried-honour-love", Worried, Honour),
    q("worried-trip", Worried, Honour).danger(ForcedTripOrMarriage),
    q("worried-care", Worried, Neglect).youth(),
    q("worried-left-alone", Worried, Neglect),
    q("worried-children-home", Worried, ChildrenWitnessing),
    q("worried-children-scared", Worried, ChildrenWitnessing),
    // ── I have hurt or frightened someone close to me ──────────────────────────────
    q("used-put-down", UsedViolence, Psychological),
    q("used-control", UsedViolence, Psychological).youth(),
    q("used-phone", UsedViolence, Digital),
    q("used-images", UsedViolence, Digital),
    q("used-money", UsedViolence, Economic),
    q("used-money-work", UsedViolence, Economic).youth(),
    q("used-break", UsedViolence, Material),
    q("used-pets", UsedViolence, Material),
    q("used-hit", UsedViolence, Physical).youth(),
    q("used-neck", UsedViolence, Physical).danger(Strangulation),
    q("used-weapon", UsedViolence, Psychological).danger(Weapon),
    q("used-kill", UsedViolence, Psychological).danger(ThreatToKill),
    q("used-worse", UsedViolence, Physical).danger(Escalation),
    q("used-sex", UsedViolence, Sexual),
    q("used-sex-sulk", UsedViolence, Sexual),
    q("used-children-see", UsedViolence, ChildrenWitnessing),
    q("used-children-afraid", UsedViolence, ChildrenWitnessing),
    q("used-afraid", UsedViolence, Latent),
    q("used-careful", UsedViolence, Latent),
];
