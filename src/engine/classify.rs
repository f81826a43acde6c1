//! Which catalog entries a record's offence may be, and the facts that decide between them.
//!
//! A code names one entry when the catalog has it and nothing about it is open. Otherwise the
//! record has several *candidates*, and the engine screens it once per candidate:
//! - a section whose listed subdivisions differ (`PC 245` may be 245(a)(1), (a)(4)…): each;
//! - an entry that declares a fact decides its class (`ask_dwelling`: a burglary of a home is
//!   first degree, PC 460(a); `ask_shoplifting`: Prop 47 reaches a second-degree burglary only
//!   when it was shoplifting, PC 459.5): each answer the person has not given;
//! - a well-formed code the catalog does not know: it is on none of the closed lists the catalog
//!   holds in full (PC 1192.7(c), 667.5(c), 290(c), 1203.4(b), 19.8, 1170.18, HS 11361.8 …), so
//!   only what no list decides stays open — whether it is a wobbler, a 1170(h) felony, a
//!   Vehicle Code point offence, and (for an uncharged arrest) its time limit to charge.
//!
//! [`merge`] then keeps an answer only where every candidate gives it; where they differ the
//! remedy is `needs_info`, naming the fact that decides. So an open fact never yields the
//! lenient reading, and a remedy that some reading allows is never silently absent.

use super::case::{Answer, Arrest, Conviction, Level};
use super::catalog::{self, flag, Offense, OffenseLevel};
use super::report::{FieldPath, Item, Outcome, Reasons, Why};

/// What is open about a record's offence; each has its own slot in [`Candidate::choice`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    Subdivision,
    Residential,
    Shoplifting,
    CouldBeMisdemeanor,
    UnknownLevel,
    UnknownRealigned,
    UnknownVehicle,
    UnknownLimitation,
}

const SLOTS: usize = 8;
const OPEN: [Open; SLOTS] = [
    Open::Subdivision,
    Open::Residential,
    Open::Shoplifting,
    Open::CouldBeMisdemeanor,
    Open::UnknownLevel,
    Open::UnknownRealigned,
    Open::UnknownVehicle,
    Open::UnknownLimitation,
];

impl Open {
    /// The conviction field a person can answer to close it (the code itself for most).
    fn conviction_field(self) -> &'static str {
        match self {
            Open::Residential => "residential",
            Open::Shoplifting => "shoplifting",
            Open::CouldBeMisdemeanor => "could_be_misdemeanor",
            _ => "offense",
        }
    }

    fn why(self) -> &'static Why {
        match self {
            Open::Subdivision => &SUBDIVISION_DECIDES,
            Open::Residential => &RESIDENTIAL_DECIDES,
            Open::Shoplifting => &SHOPLIFTING_DECIDES,
            Open::CouldBeMisdemeanor => &WOBBLER_UNKNOWN,
            _ => &UNKNOWN_CODE_DECIDES,
        }
    }
}

pub static SUBDIVISION_DECIDES: Why = Why {
    code: "subdivision_decides",
    cite: "PC 1192.7(c); PC 667.5(c); PC 290(c)",
    text: "The answer depends on which part (subdivision) of this law you were convicted under, for example 245(a)(1) or 245(a)(4). Look for the full code on your court papers or RAP sheet.",
    es: "La respuesta depende de qué parte (subdivisión) de esta ley corresponde a su condena, por ejemplo 245(a)(1) o 245(a)(4). Busque el código completo en sus papeles de la corte o en su récord (RAP sheet).",
};
pub static RESIDENTIAL_DECIDES: Why = Why {
    code: "residential_decides",
    cite: "PC 460",
    text: "The answer depends on whether the burglary was of a home where people live (first degree) or of another building (second degree).",
    es: "La respuesta depende de si el robo con allanamiento (burglary) fue en una vivienda donde vive gente (primer grado) o en otro edificio (segundo grado).",
};
pub static SHOPLIFTING_DECIDES: Why = Why {
    code: "shoplifting_decides",
    cite: "PC 459.5; PC 1170.18(a)",
    text: "Proposition 47 covers this burglary only if it was shoplifting: going into an open store during business hours to take things worth $950 or less.",
    es: "La Proposición 47 cubre este robo con allanamiento solo si fue un robo en tienda. Es decir: entrar a una tienda abierta, en horario de atención, para llevarse cosas de $950 o menos.",
};
pub static WOBBLER_UNKNOWN: Why = Why {
    code: "wobbler_unknown",
    cite: "PC 17(b)",
    text: "We do not know this offense code. The answer depends on whether the judge could have given a misdemeanor for it instead of a felony.",
    es: "No conocemos este código de delito. La respuesta depende de si el juez podía dar un delito menor en lugar de un delito grave.",
};
pub static UNKNOWN_CODE_DECIDES: Why = Why {
    code: "unknown_offense_decides",
    cite: "PC 1170(h); PC 799–805",
    text: "We do not know this offense code, and the answer depends on how the law punishes it. Check the code on your court papers or RAP sheet, or ask a lawyer.",
    es: "No conocemos este código de delito, y la respuesta depende de cómo la ley lo castiga. Revise el código en sus papeles de la corte o en su récord (RAP sheet), o consulte a un abogado.",
};

/// One reading of a record's offence: the entry to screen with, and which option of each open
/// slot it stands for (`NONE` where the slot is not open).
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    pub offense: Option<Offense>,
    choice: [u8; SLOTS],
}

const NONE: u8 = u8::MAX;

impl Candidate {
    fn new(offense: Option<Offense>) -> Self {
        Candidate {
            offense,
            choice: [NONE; SLOTS],
        }
    }

    fn with(mut self, slot: Open, option: u8, offense: Offense) -> Self {
        self.choice[slot as usize] = option;
        self.offense = Some(offense);
        self
    }
}

/// A text record for entries the catalog does not hold (the engine never shows it).
const UNLISTED: &str = "?|?";

fn unlisted(level: OffenseLevel, flags: u64) -> Offense {
    Offense::unlisted(UNLISTED, level, flags)
}

/// The readings of a conviction's offence.
pub fn conviction_candidates(c: &Conviction) -> Vec<Candidate> {
    match catalog::resolve(&c.offense) {
        Some((entry, exact)) => {
            let list = known(entry, exact);
            let list = ask_dwelling(list, c.residential);
            ask_shoplifting(list, c.shoplifting)
        }
        None => match catalog::well_formed_code(&c.offense) {
            Some((code, number)) => unknown_conviction(code, number, c),
            None => vec![Candidate::new(None)],
        },
    }
}

/// The readings of an arrest's offence (nothing about an arrest is asked beyond its code).
pub fn arrest_candidates(a: &Arrest) -> Vec<Candidate> {
    match catalog::resolve(&a.offense) {
        Some((entry, exact)) => {
            let list = known(entry, exact);
            let list = ask_dwelling(list, Answer::Unsure);
            ask_shoplifting(list, Answer::Unsure)
        }
        None => match catalog::well_formed_code(&a.offense) {
            Some((code, number)) => unknown_arrest(code, number, a),
            None => vec![Candidate::new(None)],
        },
    }
}

/// A catalog entry, and when the code names a section, its listed subdivisions too. Readings
/// that the rules cannot tell apart (same level and flags) are kept once.
fn known(entry: &'static Offense, exact: bool) -> Vec<Candidate> {
    let mut list = vec![Candidate::new(Some(*entry))];
    if exact {
        for (i, sub) in catalog::subdivisions(entry).iter().enumerate() {
            let same = list.iter().any(|c| {
                c.offense
                    .is_some_and(|o| o.level == sub.level && o.flags == sub.flags)
            });
            if !same {
                if list.len() == 1 {
                    list[0].choice[Open::Subdivision as usize] = 0;
                }
                list.push(Candidate::new(None).with(Open::Subdivision, i as u8 + 1, *sub));
            }
        }
    }
    list
}

/// PC 460: burglary of an inhabited dwelling is first degree (460(a)); any other is second
/// degree (460(b)). The answer picks the entry; an unsure answer keeps both.
fn ask_dwelling(list: Vec<Candidate>, residential: Answer) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(list.len() * 2);
    for c in list {
        let Some(o) = c.offense.filter(|o| o.has(flag::ASK_DWELLING)) else {
            out.push(c);
            continue;
        };
        // An attempt (PC 664) reads as the attempt of either degree.
        let degrees = if o.key().starts_with("PC664/") {
            ("PC664/460(A)", "PC664/460(B)")
        } else {
            ("PC460(A)", "PC460(B)")
        };
        let (Some(first), Some(second)) = (
            catalog::exact_entry(degrees.0),
            catalog::exact_entry(degrees.1),
        ) else {
            out.push(c);
            continue;
        };
        match residential {
            Answer::Yes => out.push(c.with(Open::Residential, 0, *first)),
            Answer::No => out.push(c.with(Open::Residential, 1, *second)),
            Answer::Unsure => {
                out.push(c.with(Open::Residential, 0, *first));
                out.push(c.with(Open::Residential, 1, *second));
            }
        }
    }
    out
}

/// PC 1170.18(a) with PC 459.5: Prop 47 reaches a second-degree burglary only when it was
/// shoplifting ("entering a commercial establishment with intent to commit larceny while that
/// establishment is open during regular business hours, where the value … does not exceed
/// $950"). "No" takes Prop 47 off; an unsure answer keeps both readings.
fn ask_shoplifting(list: Vec<Candidate>, shoplifting: Answer) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(list.len() * 2);
    for c in list {
        let Some(o) = c
            .offense
            .filter(|o| o.has(flag::ASK_SHOPLIFTING) && o.has(flag::PROP47))
        else {
            out.push(c);
            continue;
        };
        let not_shoplifting = o.without(flag::PROP47);
        match shoplifting {
            Answer::Yes => out.push(c.with(Open::Shoplifting, 0, o)),
            Answer::No => out.push(c.with(Open::Shoplifting, 1, not_shoplifting)),
            Answer::Unsure => {
                out.push(c.with(Open::Shoplifting, 0, o));
                out.push(c.with(Open::Shoplifting, 1, not_shoplifting));
            }
        }
    }
    out
}

/// Flags a code's number alone decides: H&S Division 10 is sections 11000–11999.
fn flags_of_code(code: &str, number: u32) -> u64 {
    if code == "HS" && (11000..12000).contains(&number) {
        flag::HS_DIV10
    } else {
        0
    }
}

/// A conviction under a code the catalog does not know.
fn unknown_conviction(code: &str, number: u32, c: &Conviction) -> Vec<Candidate> {
    use OffenseLevel::*;
    let base = flags_of_code(code, number);
    let levels: Vec<(OffenseLevel, Option<(Open, u8)>)> = match c.level {
        Level::Felony => match c.could_be_misdemeanor {
            Answer::Yes => vec![(Wobbler, None)],
            Answer::No => vec![(Felony, None)],
            Answer::Unsure => vec![
                (Felony, Some((Open::CouldBeMisdemeanor, 0))),
                (Wobbler, Some((Open::CouldBeMisdemeanor, 1))),
            ],
        },
        Level::Misdemeanor => vec![(Misdemeanor, None)],
        Level::Infraction => vec![(Infraction, None)],
        Level::Unsure => vec![
            (Felony, Some((Open::UnknownLevel, 0))),
            (Wobbler, Some((Open::UnknownLevel, 1))),
            (Misdemeanor, Some((Open::UnknownLevel, 2))),
        ],
    };
    let mut out = Vec::new();
    for (level, open) in levels {
        let mut c = Candidate::new(Some(unlisted(level, base)));
        if let Some((slot, option)) = open {
            c.choice[slot as usize] = option;
        }
        out.push(c);
    }
    // Whether a felony is punished under PC 1170(h) is in its own statute, not on a list.
    let out = split(out, Open::UnknownRealigned, |o| {
        matches!(o.level, Felony | Wobbler).then_some(flag::REALIGNED)
    });
    // VC 12810(e) gives a point for "any other traffic conviction involving the safe operation
    // of a motor vehicle": any Vehicle Code offence may be one.
    split(out, Open::UnknownVehicle, |_| {
        (code == "VC").then_some(flag::VC_12810 | flag::VEHICLE_OPERATION)
    })
}

/// An arrest under a code the catalog does not know. PC 805(a): the time limit follows the most
/// the statute allows, whatever the arrest was booked as — a misdemeanor booking may be a wobbler.
fn unknown_arrest(code: &str, number: u32, a: &Arrest) -> Vec<Candidate> {
    use OffenseLevel::*;
    let base = flags_of_code(code, number);
    let levels: &[OffenseLevel] = match a.level {
        Level::Felony => &[Felony],
        Level::Misdemeanor => &[Misdemeanor, Wobbler],
        Level::Infraction => &[Infraction],
        Level::Unsure => &[Misdemeanor, Felony],
    };
    let mut out: Vec<Candidate> = levels
        .iter()
        .enumerate()
        .map(|(i, level)| {
            let mut c = Candidate::new(Some(unlisted(*level, base)));
            if levels.len() > 1 {
                c.choice[Open::UnknownLevel as usize] = i as u8;
            }
            c
        })
        .collect();
    // PC 799 (no limit: death or life) and 800 (six years: eight years or more) turn on the
    // punishment, which only the statute's text gives.
    for extra in [flag::SOL_6, flag::NO_SOL] {
        let more: Vec<Candidate> = out
            .iter()
            .filter(|c| {
                c.offense
                    .is_some_and(|o| matches!(o.level, Felony | Wobbler))
            })
            .filter(|c| c.choice[Open::UnknownLimitation as usize] == NONE)
            .map(|c| {
                let mut n = *c;
                n.offense = c.offense.map(|o| o.with(extra));
                n.choice[Open::UnknownLimitation as usize] =
                    if extra == flag::SOL_6 { 1 } else { 2 };
                n
            })
            .collect();
        out.extend(more);
    }
    for c in &mut out {
        let felony = c
            .offense
            .is_some_and(|o| matches!(o.level, Felony | Wobbler));
        if felony && c.choice[Open::UnknownLimitation as usize] == NONE {
            c.choice[Open::UnknownLimitation as usize] = 0;
        }
    }
    out
}

/// Doubles the readings that `flags` applies to: one without, one with the flags.
fn split(
    list: Vec<Candidate>,
    slot: Open,
    flags: impl Fn(&Offense) -> Option<u64>,
) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(list.len() * 2);
    for c in list {
        match c.offense.as_ref().and_then(&flags) {
            Some(extra) => {
                let mut without = c;
                without.choice[slot as usize] = 0;
                let mut with = c;
                with.choice[slot as usize] = 1;
                with.offense = c.offense.map(|o| o.with(extra));
                out.push(without);
                out.push(with);
            }
            None => out.push(c),
        }
    }
    out
}

/// Which kind of record the candidates describe: it names the fields of the missing facts.
#[derive(Clone, Copy)]
pub enum Record {
    Conviction(usize),
    Arrest(usize),
}

impl Record {
    fn field(self, open: Open) -> FieldPath {
        match self {
            Record::Conviction(i) => FieldPath::Conviction(i, open.conviction_field()),
            // Nothing else is asked about an arrest: its code decides.
            Record::Arrest(i) => FieldPath::Arrest(i, "offense"),
        }
    }
}

/// What a remedy says under one reading, for comparing readings: absent counts as "does not fit".
fn verdict(item: Option<&Item>) -> (Outcome, Option<super::report::Decision>) {
    match item {
        None => (Outcome::NotEligible, None),
        Some(i) => (i.outcome, i.decision),
    }
}

/// Folds the reports of every reading into one: an answer every reading gives stands (the
/// latest date where only dates differ); otherwise `needs_info`, naming each open fact that
/// changes the answer on its own, never the more lenient reading.
pub fn merge(candidates: &[Candidate], runs: Vec<Vec<Item>>, record: Record, out: &mut Vec<Item>) {
    let mut remedies = Vec::new();
    for run in &runs {
        for item in run {
            if !remedies.contains(&item.remedy) {
                remedies.push(item.remedy);
            }
        }
    }
    for remedy in remedies {
        let per: Vec<Option<&Item>> = runs
            .iter()
            .map(|run| run.iter().find(|i| i.remedy == remedy))
            .collect();
        let first = verdict(per[0]);
        let mut present = per.iter().flatten().copied();
        if per.iter().all(|i| verdict(*i) == first) {
            let chosen = match first.0 {
                Outcome::EligibleLater => present.max_by_key(|i| i.from),
                _ => present.next(),
            };
            if let Some(item) = chosen {
                let mut item = item.clone();
                if item.outcome == Outcome::NeedsInfo {
                    for other in per.iter().flatten() {
                        for path in &other.missing {
                            if !item.missing.contains(path) {
                                item.missing.push(path.clone());
                            }
                        }
                    }
                }
                out.push(item);
            }
            continue;
        }
        // The readings disagree: which open facts change the answer on their own?
        let mut deciding: Vec<Open> = Vec::new();
        for (a, ca) in candidates.iter().enumerate() {
            for (b, cb) in candidates.iter().enumerate().skip(a + 1) {
                let differing: Vec<usize> = (0..SLOTS)
                    .filter(|s| ca.choice[*s] != cb.choice[*s])
                    .collect();
                if differing.len() == 1 && verdict(per[a]) != verdict(per[b]) {
                    let open = OPEN[differing[0]];
                    if !deciding.contains(&open) {
                        deciding.push(open);
                    }
                }
            }
        }
        if deciding.is_empty() {
            deciding = (0..SLOTS)
                .filter(|s| candidates.iter().any(|c| c.choice[*s] != NONE))
                .map(|s| OPEN[s])
                .collect();
        }
        let template = per
            .iter()
            .flatten()
            .find(|i| i.outcome == Outcome::NeedsInfo)
            .or_else(|| per.iter().flatten().next())
            .copied();
        let Some(template) = template else { continue };
        let mut item = template.clone();
        item.outcome = Outcome::NeedsInfo;
        item.decision = None;
        item.from = None;
        item.approximate = false;
        let mut reasons = Reasons::new();
        let mut missing = Vec::new();
        for open in &deciding {
            if !reasons.iter().any(|w| std::ptr::eq(w, open.why())) {
                reasons.push(open.why());
            }
            let path = record.field(*open);
            if !missing.contains(&path) {
                missing.push(path);
            }
        }
        for other in per
            .iter()
            .flatten()
            .filter(|i| i.outcome == Outcome::NeedsInfo)
        {
            for why in other.reasons.iter() {
                if reasons.len() < Reasons::CAPACITY
                    && !reasons.iter().any(|w| std::ptr::eq(w, why))
                {
                    reasons.push(why);
                }
            }
            for path in &other.missing {
                if !missing.contains(path) {
                    missing.push(path.clone());
                }
            }
        }
        item.reasons = reasons;
        item.missing = missing;
        out.push(item);
    }
}
