//! Property tests (proptest) over generated cases: the engine never panics, never dates relief
//! before the event it counts from, never offers a remedy for an offence the remedy excludes,
//! and never gives a confident answer that an "unsure" fact could change.

#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use record_relief::engine::case::*;
use record_relief::engine::case_json::{parse_case, validate};
use record_relief::engine::catalog::{flag, lookup, offenses};
use record_relief::engine::dates::{FuzzyDate, Precision};
use record_relief::engine::report::{Item, Outcome, Report};
use record_relief::engine::screen;

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unsure)]
}

/// A date between 1970 and the screening date, given as a day, a month or a year.
fn date() -> impl Strategy<Value = FuzzyDate> {
    (0i64..20_420, 0u8..6).prop_map(|(days, p)| {
        let d = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Duration::days(days);
        let d = d.min(as_of());
        let mut f = FuzzyDate::exact(d);
        f.precision = match p {
            0 => Precision::Year,
            1 => Precision::Month,
            _ => Precision::Day,
        };
        // Re-parse so approximate dates are normalized the same way a case file's are.
        FuzzyDate::parse(&f.to_string()).unwrap()
    })
}

fn offense() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => (0..offenses().len()).prop_map(|i| offenses()[i].label().to_string()),
        1 => Just("PC 99999".to_string()),
        1 => Just("VC 99999(b)".to_string()),
        1 => Just("not a code".to_string()),
    ]
}

fn level() -> impl Strategy<Value = Level> {
    prop_oneof![
        Just(Level::Felony),
        Just(Level::Misdemeanor),
        Just(Level::Infraction),
        Just(Level::Unsure)
    ]
}

fn sentence() -> impl Strategy<Value = Sentence> {
    prop_oneof![
        Just(Sentence::Probation),
        Just(Sentence::NoProbation),
        Just(Sentence::CountyJail),
        Just(Sentence::Split),
        Just(Sentence::Prison),
        Just(Sentence::Unsure)
    ]
}

fn probation_outcome() -> impl Strategy<Value = Option<ProbationOutcome>> {
    prop_oneof![
        Just(None),
        Just(Some(ProbationOutcome::Completed)),
        Just(Some(ProbationOutcome::TerminatedEarly)),
        Just(Some(ProbationOutcome::Violated)),
        Just(Some(ProbationOutcome::Revoked)),
        Just(Some(ProbationOutcome::Ongoing)),
        Just(Some(ProbationOutcome::Unsure)),
    ]
}

fn relief() -> impl Strategy<Value = Vec<RemedyId>> {
    proptest::sample::subsequence(
        vec![
            RemedyId::Pc1203_4,
            RemedyId::Prop47,
            RemedyId::Pc17b,
            RemedyId::Pc17d,
            RemedyId::Pc1203_425,
        ],
        0..2,
    )
}

prop_compose! {
    fn conviction()(
        offense in offense(), level in level(), convicted in date(), offense_on in proptest::option::of(date()),
        under_18 in answer(), sentence in sentence(), outcome in probation_outcome(),
        ended in proptest::option::of(date()), completed in proptest::option::of(date()),
        released in proptest::option::of(date()), complied in answer(), over_950 in answer(),
        relief in relief(), grounds in answer(), trafficking in answer(),
        facts in (answer(), answer(), answer()),
    ) -> Conviction {
        Conviction {
            id: String::new(), offense, level, convicted_on: convicted, offense_on,
            under_18_at_offense: under_18, sentence, probation_outcome: outcome,
            probation_ended_on: ended, sentence_completed_on: completed,
            released_from_custody_on: released, sentence_complied: complied,
            value_over_950: over_950, relief_granted: relief, vacatur_grounds: grounds,
            trafficking_related: trafficking, residential: facts.0, shoplifting: facts.1,
            could_be_misdemeanor: facts.2,
        }
    }
}

fn arrest_outcome() -> impl Strategy<Value = ArrestOutcome> {
    prop_oneof![
        Just(ArrestOutcome::NotCharged),
        Just(ArrestOutcome::Dismissed),
        Just(ArrestOutcome::Acquitted),
        Just(ArrestOutcome::DiversionCompleted),
        Just(ArrestOutcome::Pending),
        Just(ArrestOutcome::Unsure)
    ]
}

prop_compose! {
    fn arrest()(offense in offense(), level in prop_oneof![Just(Level::Felony), Just(Level::Misdemeanor), Just(Level::Unsure)],
                arrested in date(), outcome in arrest_outcome()) -> Arrest {
        Arrest { id: String::new(), offense, level, arrested_on: arrested, outcome }
    }
}

prop_compose! {
    fn person()(a in answer(), b in answer(), c in answer(), d in answer(), e in proptest::option::of(answer()),
                f in answer(), since in proptest::option::of(date())) -> Person {
        Person { registered_sex_offender: a, currently_supervised: b, serving_sentence: c, pending_charges: d,
                 super_strike_conviction: e, us_citizen: f, california_resident_since: since }
    }
}

prop_compose! {
    /// A case that passes validation (ids unique, no end before its start).
    fn case()(person in person(), convictions in proptest::collection::vec(conviction(), 0..4),
              arrests in proptest::collection::vec(arrest(), 0..3)) -> Case {
        let mut case = Case { as_of: Some(as_of()), person, convictions, arrests };
        for (i, c) in case.convictions.iter_mut().enumerate() {
            c.id = format!("c{i}");
            // Keep dates in order so the case is valid: offense ≤ conviction ≤ ends.
            if c.offense_on.is_some_and(|o| o.earliest() > c.convicted_on.latest()) { c.offense_on = None; }
            for end in [&mut c.probation_ended_on, &mut c.sentence_completed_on] {
                if end.is_some_and(|e| e.latest() < c.convicted_on.earliest()) { *end = None; }
            }
            if c.released_from_custody_on.is_some_and(|r| r.latest() < c.convicted_on.earliest()) {
                c.released_from_custody_on = None;
            }
            if let (Some(r), Some(done)) = (c.released_from_custody_on, c.sentence_completed_on) {
                if done.latest() < r.earliest() { c.released_from_custody_on = None; }
            }
        }
        for (i, a) in case.arrests.iter_mut().enumerate() { a.id = format!("a{i}"); }
        case
    }
}

fn confident(item: &Item) -> bool {
    matches!(
        item.outcome,
        Outcome::Eligible | Outcome::EligibleLater | Outcome::NotEligible
    )
}

/// The earliest day of the event a subject's waiting periods count from.
fn subject_start(case: &Case, subject: &str) -> NaiveDate {
    case.convictions
        .iter()
        .find(|c| c.id == subject)
        .map(|c| c.convicted_on.earliest())
        .or_else(|| {
            case.arrests
                .iter()
                .find(|a| a.id == subject)
                .map(|a| a.arrested_on.earliest())
        })
        .expect("subject exists")
}

/// Every yes/no fact of a case, as a setter.
type Setter = Box<dyn Fn(&mut Case, Answer)>;
fn answer_setters(case: &Case) -> Vec<(String, Setter)> {
    let mut setters: Vec<(String, Setter)> = vec![
        (
            "person.registered_sex_offender".into(),
            Box::new(|c: &mut Case, a| c.person.registered_sex_offender = a),
        ),
        (
            "person.currently_supervised".into(),
            Box::new(|c: &mut Case, a| c.person.currently_supervised = a),
        ),
        (
            "person.serving_sentence".into(),
            Box::new(|c: &mut Case, a| c.person.serving_sentence = a),
        ),
        (
            "person.pending_charges".into(),
            Box::new(|c: &mut Case, a| c.person.pending_charges = a),
        ),
        (
            "person.super_strike_conviction".into(),
            Box::new(|c: &mut Case, a| c.person.super_strike_conviction = Some(a)),
        ),
        (
            "person.us_citizen".into(),
            Box::new(|c: &mut Case, a| c.person.us_citizen = a),
        ),
    ];
    for i in 0..case.convictions.len() {
        setters.push((
            format!("convictions[{i}].sentence_complied"),
            Box::new(move |c: &mut Case, a| c.convictions[i].sentence_complied = a),
        ));
        setters.push((
            format!("convictions[{i}].value_over_950"),
            Box::new(move |c: &mut Case, a| c.convictions[i].value_over_950 = a),
        ));
        setters.push((
            format!("convictions[{i}].under_18_at_offense"),
            Box::new(move |c: &mut Case, a| c.convictions[i].under_18_at_offense = a),
        ));
        setters.push((
            format!("convictions[{i}].vacatur_grounds"),
            Box::new(move |c: &mut Case, a| c.convictions[i].vacatur_grounds = a),
        ));
        setters.push((
            format!("convictions[{i}].trafficking_related"),
            Box::new(move |c: &mut Case, a| c.convictions[i].trafficking_related = a),
        ));
        setters.push((
            format!("convictions[{i}].residential"),
            Box::new(move |c: &mut Case, a| c.convictions[i].residential = a),
        ));
        setters.push((
            format!("convictions[{i}].shoplifting"),
            Box::new(move |c: &mut Case, a| c.convictions[i].shoplifting = a),
        ));
        setters.push((
            format!("convictions[{i}].could_be_misdemeanor"),
            Box::new(move |c: &mut Case, a| c.convictions[i].could_be_misdemeanor = a),
        ));
    }
    setters
}

fn find<'r>(report: &'r Report, item: &Item) -> Option<&'r Item> {
    report.item(&item.subject, item.remedy)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_parser(text in ".{0,200}") {
        let _ = parse_case(&text, None, as_of());
    }

    #[test]
    fn no_case_panics_and_relief_never_predates_its_event(case in case()) {
        prop_assume!(validate(&case, as_of()).is_ok());
        let report = screen(&case, as_of());
        for item in &report.items {
            if let Some(from) = item.from {
                prop_assert!(from >= subject_start(&case, &item.subject),
                    "{} {:?}: from {} is before the event", item.subject, item.remedy, from);
            }
            if item.outcome == Outcome::EligibleLater {
                prop_assert!(item.from.is_some_and(|f| f > as_of()), "eligible_later needs a future from");
            }
            if item.outcome == Outcome::NeedsInfo {
                prop_assert!(!item.missing.is_empty(), "needs_info must name the missing facts");
            }
            prop_assert!(!item.reasons.is_empty(), "every item explains itself");
        }
    }

    #[test]
    fn excluded_offences_are_never_offered_the_remedy_that_excludes_them(case in case()) {
        prop_assume!(validate(&case, as_of()).is_ok());
        let report = screen(&case, as_of());
        for item in report.items.iter().filter(|i| matches!(i.outcome, Outcome::Eligible | Outcome::EligibleLater)) {
            let Some(c) = case.convictions.iter().find(|c| *c.id == *item.subject) else { continue };
            let Some(o) = lookup(&c.offense) else { continue };
            match item.remedy {
                RemedyId::Pc1203_4 => prop_assert!(
                    !o.has(flag::EXCL_1203_4) || (o.key() == "PC261.5(D)" && c.level != Level::Felony),
                    "1203.4(b) excludes {}", o.key()),
                RemedyId::Cor => prop_assert!(!o.has(flag::COR_BARRED), "4852.01(c) bars {}", o.key()),
                RemedyId::Prop47 => prop_assert!(o.has(flag::PROP47), "{} is not a Prop 47 offence", o.key()),
                RemedyId::Prop64 => prop_assert!(o.has(flag::PROP64), "{} is not a Prop 64 offence", o.key()),
                RemedyId::Pc1203_45 => prop_assert!(
                    !o.has(flag::REGISTRABLE) && !o.has(flag::HS_DIV10) && !o.has(flag::VEHICLE_OPERATION),
                    "1203.45(c) excludes {}", o.key()),
                RemedyId::Pc1203_41 => prop_assert!(
                    !(c.sentence == Sentence::Prison && o.has(flag::REGISTRABLE)), "prison 290 offence {}", o.key()),
                _ => {}
            }
        }
    }

    #[test]
    fn an_unsure_fact_never_gives_an_answer_it_could_change(case in case()) {
        prop_assume!(validate(&case, as_of()).is_ok());
        for (name, set) in answer_setters(&case) {
            let mut unsure = case.clone();
            set(&mut unsure, Answer::Unsure);
            let mut yes = case.clone();
            set(&mut yes, Answer::Yes);
            let mut no = case.clone();
            set(&mut no, Answer::No);
            let (ru, ry, rn) = (screen(&unsure, as_of()), screen(&yes, as_of()), screen(&no, as_of()));
            for item in ru.items.iter().filter(|i| confident(i)) {
                for (label, other) in [("yes", &ry), ("no", &rn)] {
                    let o = find(other, item);
                    // A remedy that does not fit may also be left out of a report (contract).
                    let same = match o {
                        Some(o) => o.outcome == item.outcome && o.from == item.from,
                        None => item.outcome == Outcome::NotEligible,
                    };
                    prop_assert!(same,
                        "{} unsure gave {} {:?} {:?} from {:?}, but {} gives {:?}",
                        name, item.subject, item.remedy, item.outcome, item.from, label,
                        o.map(|o| (o.outcome, o.from)));
                }
            }
            // A remedy that some answer allows is never silently absent while the fact is unsure.
            for (label, other) in [("yes", &ry), ("no", &rn)] {
                for item in other.items.iter().filter(|i| i.outcome != Outcome::NotEligible) {
                    prop_assert!(find(&ru, item).is_some(),
                        "{} {} gives {} {:?} {:?}, but with {} unsure the item is absent",
                        name, label, item.subject, item.remedy, item.outcome, name);
                }
            }
        }
    }
}
