//! The question flow, as pure Rust (no browser): what has been answered (a [`Draft`]), which
//! questions this record needs and in what order ([`questions`]), and how answers become the
//! contract's case file. The Yew UI renders one [`Question`] at a time; it holds no flow logic.
//!
//! Which questions are asked depends only on what the engine needs for this record (the value
//! question only for theft offences, probation questions only for a probation sentence…).

pub mod codec;
mod draft;

pub use draft::*;

/// One question page. Indexes point into `Draft::convictions` / `Draft::arrests`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Start,
    PendingCharges,
    Supervised,
    Serving,
    Registered,
    Citizen,
    HasConvictions,
    Offense(usize),
    Level(usize),
    ConvictedOn(usize),
    Sentence(usize),
    ProbationOutcome(usize),
    ProbationEnd(usize),
    Released(usize),
    SentenceEnd(usize),
    Complied(usize),
    Value(usize),
    /// Burglary (PC 459/460): was the place a home? (PC 460(a) first degree.)
    Residential(usize),
    /// Second-degree burglary before Prop 47: was it shoplifting from an open store? (PC 459.5)
    Shoplifting(usize),
    /// A felony under a code the catalog does not know: could it have been a misdemeanor?
    CouldBeMisdemeanor(usize),
    Under18(usize),
    OffenseOn(usize),
    Relief(usize),
    AnotherConviction(usize),
    SuperStrike,
    HasArrests,
    ArrestOffense(usize),
    ArrestLevel(usize),
    ArrestedOn(usize),
    ArrestOutcome(usize),
    AnotherArrest(usize),
    Residence,
    Check,
    Results,
    /// After the results: the filing kit (CR-180 worksheet and the other papers).
    Kit,
    /// After the kit: the declaration builder.
    Declaration,
}

/// The sections shown in the progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Start,
    AboutYou,
    Convictions,
    Arrests,
    Results,
}

impl Question {
    pub fn section(self) -> Section {
        use Question::*;
        match self {
            Start => Section::Start,
            PendingCharges | Supervised | Serving | Registered | Citizen | Residence => {
                Section::AboutYou
            }
            HasConvictions
            | Offense(_)
            | Level(_)
            | ConvictedOn(_)
            | Sentence(_)
            | ProbationOutcome(_)
            | ProbationEnd(_)
            | Released(_)
            | SentenceEnd(_)
            | Complied(_)
            | Value(_)
            | Residential(_)
            | Shoplifting(_)
            | CouldBeMisdemeanor(_)
            | Under18(_)
            | OffenseOn(_)
            | Relief(_)
            | AnotherConviction(_)
            | SuperStrike => Section::Convictions,
            HasArrests | ArrestOffense(_) | ArrestLevel(_) | ArrestedOn(_) | ArrestOutcome(_)
            | AnotherArrest(_) => Section::Arrests,
            Check | Results | Kit | Declaration => Section::Results,
        }
    }

    /// The conviction a question is about (its own questions, not "Another conviction?").
    pub fn conviction_index(self) -> Option<usize> {
        use Question::*;
        match self {
            Offense(i)
            | Level(i)
            | ConvictedOn(i)
            | Sentence(i)
            | ProbationOutcome(i)
            | ProbationEnd(i)
            | Released(i)
            | SentenceEnd(i)
            | Complied(i)
            | Value(i)
            | Residential(i)
            | Shoplifting(i)
            | CouldBeMisdemeanor(i)
            | Under18(i)
            | OffenseOn(i)
            | Relief(i) => Some(i),
            _ => None,
        }
    }

    /// A stable text form, used in browser history entries and session storage.
    pub fn key(self) -> String {
        use Question::*;
        let (name, index) = match self {
            Start => ("start", None),
            PendingCharges => ("pending", None),
            Supervised => ("supervised", None),
            Serving => ("serving", None),
            Registered => ("registered", None),
            Citizen => ("citizen", None),
            HasConvictions => ("has-convictions", None),
            Offense(i) => ("offense", Some(i)),
            Level(i) => ("level", Some(i)),
            ConvictedOn(i) => ("convicted-on", Some(i)),
            Sentence(i) => ("sentence", Some(i)),
            ProbationOutcome(i) => ("probation-outcome", Some(i)),
            ProbationEnd(i) => ("probation-end", Some(i)),
            Released(i) => ("released", Some(i)),
            SentenceEnd(i) => ("sentence-end", Some(i)),
            Complied(i) => ("complied", Some(i)),
            Value(i) => ("value", Some(i)),
            Residential(i) => ("residential", Some(i)),
            Shoplifting(i) => ("shoplifting", Some(i)),
            CouldBeMisdemeanor(i) => ("could-be-misdemeanor", Some(i)),
            Under18(i) => ("under-18", Some(i)),
            OffenseOn(i) => ("offense-on", Some(i)),
            Relief(i) => ("relief", Some(i)),
            AnotherConviction(i) => ("another-conviction", Some(i)),
            SuperStrike => ("super-strike", None),
            HasArrests => ("has-arrests", None),
            ArrestOffense(i) => ("arrest-offense", Some(i)),
            ArrestLevel(i) => ("arrest-level", Some(i)),
            ArrestedOn(i) => ("arrested-on", Some(i)),
            ArrestOutcome(i) => ("arrest-outcome", Some(i)),
            AnotherArrest(i) => ("another-arrest", Some(i)),
            Residence => ("residence", None),
            Check => ("check", None),
            Results => ("results", None),
            Kit => ("kit", None),
            Declaration => ("declaration", None),
        };
        match index {
            Some(i) => format!("{name}/{i}"),
            None => name.to_string(),
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        use Question::*;
        let (name, index) = match key.split_once('/') {
            Some((n, i)) => (n, Some(i.parse::<usize>().ok()?)),
            None => (key, None),
        };
        let simple = |q: Question| index.is_none().then_some(q);
        let indexed = |f: fn(usize) -> Question| index.map(f);
        match name {
            "start" => simple(Start),
            "pending" => simple(PendingCharges),
            "supervised" => simple(Supervised),
            "serving" => simple(Serving),
            "registered" => simple(Registered),
            "citizen" => simple(Citizen),
            "has-convictions" => simple(HasConvictions),
            "offense" => indexed(Offense),
            "level" => indexed(Level),
            "convicted-on" => indexed(ConvictedOn),
            "sentence" => indexed(Sentence),
            "probation-outcome" => indexed(ProbationOutcome),
            "probation-end" => indexed(ProbationEnd),
            "released" => indexed(Released),
            "sentence-end" => indexed(SentenceEnd),
            "complied" => indexed(Complied),
            "value" => indexed(Value),
            "residential" => indexed(Residential),
            "shoplifting" => indexed(Shoplifting),
            "could-be-misdemeanor" => indexed(CouldBeMisdemeanor),
            "under-18" => indexed(Under18),
            "offense-on" => indexed(OffenseOn),
            "relief" => indexed(Relief),
            "another-conviction" => indexed(AnotherConviction),
            "super-strike" => simple(SuperStrike),
            "has-arrests" => simple(HasArrests),
            "arrest-offense" => indexed(ArrestOffense),
            "arrest-level" => indexed(ArrestLevel),
            "arrested-on" => indexed(ArrestedOn),
            "arrest-outcome" => indexed(ArrestOutcome),
            "another-arrest" => indexed(AnotherArrest),
            "residence" => simple(Residence),
            "check" => simple(Check),
            "results" => simple(Results),
            "kit" => simple(Kit),
            "declaration" => simple(Declaration),
            _ => None,
        }
    }
}

/// The questions this record needs, in order. Recomputed after every answer, so a change
/// (say, the sentence) adds or removes the questions that depend on it.
pub fn questions(draft: &Draft) -> Vec<Question> {
    use Question::*;
    let mut list = vec![
        Start,
        PendingCharges,
        Supervised,
        Serving,
        Registered,
        Citizen,
        HasConvictions,
    ];
    if draft.has_convictions == Some(Choice::Yes) {
        for (i, c) in draft.convictions.iter().enumerate() {
            list.extend(conviction_questions(i, c));
            list.push(AnotherConviction(i));
        }
    }
    if draft.needs_super_strike() {
        list.push(SuperStrike);
    }
    list.push(HasArrests);
    if draft.has_arrests == Some(Choice::Yes) {
        for i in 0..draft.arrests.len() {
            list.extend([
                ArrestOffense(i),
                ArrestLevel(i),
                ArrestedOn(i),
                ArrestOutcome(i),
                AnotherArrest(i),
            ]);
        }
    }
    if draft.needs_residence() {
        list.push(Residence);
    }
    list.extend([Check, Results]);
    list
}

fn conviction_questions(i: usize, c: &DraftConviction) -> Vec<Question> {
    use Question::*;
    let mut list = vec![Offense(i), Level(i), ConvictedOn(i), Sentence(i)];
    let has = |bit: u8| c.has(bit);
    match c.sentence {
        Some(SentenceChoice::Probation) => {
            list.push(ProbationOutcome(i));
            match c.probation_outcome {
                Some(OutcomeChoice::Revoked) => list.extend([Released(i), SentenceEnd(i)]),
                _ => list.push(ProbationEnd(i)),
            }
        }
        Some(SentenceChoice::NoProbation) => list.push(Complied(i)),
        Some(SentenceChoice::CountyJail | SentenceChoice::Split | SentenceChoice::Prison) => {
            list.extend([Released(i), SentenceEnd(i)])
        }
        Some(SentenceChoice::Unsure) | None => {}
    }
    // The engine screens burglary on both readings until these are answered (PC 460; PC 459.5).
    if has(Listing::DWELLING) {
        list.push(Residential(i));
    }
    if c.might_be_shoplifting() {
        list.push(Shoplifting(i));
    }
    if c.asks_wobbler() {
        list.push(CouldBeMisdemeanor(i));
    }
    if has(Listing::VALUE) || has(Listing::THEFT) || c.category == Some(Category::Theft) {
        list.push(Value(i));
    }
    if c.level != Some(LevelChoice::Felony) {
        list.push(Under18(i));
    }
    if has(Listing::PROP47)
        || has(Listing::PROP64)
        || has(Listing::SHOPLIFTING)
        || c.category == Some(Category::Drugs)
    {
        list.push(OffenseOn(i));
    }
    list.push(Relief(i));
    list
}

/// The question after `current`, or `current` itself at the end.
pub fn next(draft: &Draft, current: Question) -> Question {
    let list = questions(draft);
    match list.iter().position(|q| *q == current) {
        Some(i) if i + 1 < list.len() => list[i + 1],
        _ => current,
    }
}

/// The question before `current`.
pub fn previous(draft: &Draft, current: Question) -> Question {
    // The pages after the results go back the way they came.
    match current {
        Question::Kit => return Question::Results,
        Question::Declaration => return Question::Kit,
        _ => {}
    }
    let list = questions(draft);
    match list.iter().position(|q| *q == current) {
        Some(i) if i > 0 => list[i - 1],
        _ => Question::Start,
    }
}

/// Whether `q` still belongs to the flow (after an answer changed, it may not).
/// A date that ends part of a sentence (probation's end, release, the sentence's end) before the
/// conviction date given for the same record: the two answers cannot both be right, and the page
/// says so rather than screen a date that cannot be.
pub fn before_conviction(draft: &Draft, q: Question, answer: &DateAnswer) -> bool {
    use crate::engine::dates::FuzzyDate;
    let i = match q {
        Question::ProbationEnd(i) | Question::Released(i) | Question::SentenceEnd(i) => i,
        _ => return false,
    };
    let parse = |a: &DateAnswer| match a {
        DateAnswer::Known(text) => FuzzyDate::parse(text).ok(),
        DateAnswer::Unsure => None,
    };
    let convicted = draft
        .convictions
        .get(i)
        .and_then(|c| c.convicted_on.as_ref())
        .and_then(parse);
    match (parse(answer), convicted) {
        (Some(end), Some(convicted)) => end.latest() < convicted.earliest(),
        _ => false,
    }
}

pub fn is_asked(draft: &Draft, q: Question) -> bool {
    // The kit and the declaration follow the results, which every flow ends on.
    matches!(q, Question::Kit | Question::Declaration) || questions(draft).contains(&q)
}

#[cfg(test)]
mod tests;

/// The question that asks for a fact the engine reported missing (`convictions[0].sentence`,
/// `person.pending_charges`…), so a results card can link to it.
pub fn question_for_field(field: &str) -> Option<Question> {
    use Question::*;
    let (record, name) = field.split_once('.').unwrap_or((field, ""));
    let index = |prefix: &str| -> Option<usize> {
        record.strip_prefix(prefix)?.strip_suffix(']')?.parse().ok()
    };
    if record == "person" {
        return match name {
            "pending_charges" => Some(PendingCharges),
            "currently_supervised" => Some(Supervised),
            "serving_sentence" => Some(Serving),
            "registered_sex_offender" => Some(Registered),
            "super_strike_conviction" => Some(SuperStrike),
            "us_citizen" => Some(Citizen),
            "california_resident_since" => Some(Residence),
            _ => None,
        };
    }
    if let Some(i) = index("convictions[") {
        return match name {
            "offense" => Some(Offense(i)),
            "level" => Some(Level(i)),
            "convicted_on" => Some(ConvictedOn(i)),
            "sentence" => Some(Sentence(i)),
            "probation_outcome" => Some(ProbationOutcome(i)),
            "probation_ended_on" => Some(ProbationEnd(i)),
            "released_from_custody_on" => Some(Released(i)),
            "sentence_completed_on" => Some(SentenceEnd(i)),
            "sentence_complied" => Some(Complied(i)),
            "value_over_950" => Some(Value(i)),
            "residential" => Some(Residential(i)),
            "shoplifting" => Some(Shoplifting(i)),
            "could_be_misdemeanor" => Some(CouldBeMisdemeanor(i)),
            "under_18_at_offense" => Some(Under18(i)),
            "offense_on" => Some(OffenseOn(i)),
            _ => None,
        };
    }
    if let Some(i) = index("arrests[") {
        return match name {
            "offense" => Some(ArrestOffense(i)),
            "level" => Some(ArrestLevel(i)),
            "arrested_on" => Some(ArrestedOn(i)),
            "outcome" => Some(ArrestOutcome(i)),
            _ => None,
        };
    }
    None
}
