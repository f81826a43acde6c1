use super::*;

fn probation_case() -> Draft {
    Draft {
        pending_charges: Some(Choice::No),
        supervised: Some(Choice::No),
        serving: Some(Choice::No),
        registered: Some(Choice::No),
        citizen: Some(Choice::Yes),
        has_convictions: Some(Choice::Yes),
        convictions: vec![DraftConviction {
            offense: Some("PC 459.5".into()),
            listing: Listing::of("PC 459.5"),
            level: Some(LevelChoice::Misdemeanor),
            convicted_on: Some(DateAnswer::Known("2020-09".into())),
            sentence: Some(SentenceChoice::Probation),
            probation_outcome: Some(OutcomeChoice::Completed),
            probation_end: Some(DateAnswer::Known("2022-09".into())),
            ..Default::default()
        }],
        has_arrests: Some(Choice::No),
        ..Default::default()
    }
}

#[test]
fn probation_questions_only_for_a_probation_sentence() {
    let mut d = probation_case();
    let q = questions(&d);
    assert!(q.contains(&Question::ProbationOutcome(0)));
    assert!(q.contains(&Question::ProbationEnd(0)));
    assert!(!q.contains(&Question::Complied(0)));
    d.convictions[0].sentence = Some(SentenceChoice::NoProbation);
    let q = questions(&d);
    assert!(!q.contains(&Question::ProbationOutcome(0)));
    assert!(q.contains(&Question::Complied(0)));
}

#[test]
fn value_question_only_for_theft() {
    let mut d = probation_case();
    assert!(questions(&d).contains(&Question::Value(0)));
    d.convictions[0].offense = Some("VC 23152".into());
    d.convictions[0].listing = Listing::of("VC 23152");
    assert!(!questions(&d).contains(&Question::Value(0)));
}

#[test]
fn residence_only_with_a_felony() {
    let mut d = probation_case();
    assert!(!questions(&d).contains(&Question::Residence));
    d.convictions[0].level = Some(LevelChoice::Felony);
    assert!(questions(&d).contains(&Question::Residence));
}

#[test]
fn next_and_previous_walk_the_list() {
    let d = probation_case();
    assert_eq!(next(&d, Question::Start), Question::PendingCharges);
    assert_eq!(previous(&d, Question::PendingCharges), Question::Start);
    assert_eq!(next(&d, Question::HasConvictions), Question::Offense(0));
    assert_eq!(next(&d, Question::Results), Question::Results);
}

#[test]
fn keys_round_trip() {
    let d = probation_case();
    for q in questions(&d) {
        assert_eq!(Question::from_key(&q.key()), Some(q), "{}", q.key());
    }
    assert_eq!(Question::from_key("offense/x"), None);
    assert_eq!(Question::from_key("nonsense"), None);
}

#[test]
fn draft_becomes_a_valid_case_and_back() {
    let d = probation_case();
    let case = d.to_case().expect("valid case");
    assert_eq!(case.convictions.len(), 1);
    assert_eq!(case.convictions[0].id, "c1");
    let back = Draft::from_case(&case);
    assert_eq!(back.convictions[0].offense.as_deref(), Some("PC 459.5"));
    assert_eq!(
        back.convictions[0].probation_end,
        Some(DateAnswer::Known("2022-09".into()))
    );
    assert_eq!(back.to_case().unwrap(), case);
}

#[test]
fn unknown_code_is_sent_as_an_unknown_offense() {
    let mut d = probation_case();
    d.convictions[0].offense = None;
    d.convictions[0].category = Some(Category::Theft);
    let case = d.to_case().unwrap();
    assert!(crate::engine::catalog::lookup(&case.convictions[0].offense).is_none());
}

#[test]
fn a_conviction_without_a_date_is_not_screened_yet() {
    let mut d = probation_case();
    d.convictions.push(DraftConviction::default());
    assert_eq!(d.to_case().unwrap().convictions.len(), 1);
}

#[test]
fn missing_fields_map_to_their_questions() {
    assert_eq!(
        question_for_field("person.pending_charges"),
        Some(Question::PendingCharges)
    );
    assert_eq!(
        question_for_field("convictions[2].sentence_complied"),
        Some(Question::Complied(2))
    );
    assert_eq!(
        question_for_field("arrests[0].level"),
        Some(Question::ArrestLevel(0))
    );
    assert_eq!(question_for_field("convictions[0].vacatur_grounds"), None);
    assert_eq!(question_for_field("convictions"), None);
}

/// HS 11358(d), 11359(c)(1), 11360(a)(3)(A): a super-strike prior keeps the cannabis felony, so
/// Proposition 64 needs the answer too; an offence on neither list does not ask it.
#[test]
fn super_strike_question_for_a_prop_64_felony() {
    let mut d = probation_case();
    d.convictions[0].offense = Some("HS 11359".into());
    d.convictions[0].listing = Listing::of("HS 11359");
    d.convictions[0].level = Some(LevelChoice::Felony);
    assert!(questions(&d).contains(&Question::SuperStrike));
    d.convictions[0].offense = Some("PC 245(a)(4)".into());
    d.convictions[0].listing = Listing::of("PC 245(a)(4)");
    assert!(!questions(&d).contains(&Question::SuperStrike));
}

#[test]
fn super_strike_question_only_for_a_prop_47_felony() {
    let mut d = probation_case();
    assert!(!questions(&d).contains(&Question::SuperStrike));
    d.convictions[0].level = Some(LevelChoice::Felony);
    assert!(questions(&d).contains(&Question::SuperStrike));
    d.super_strike = Some(Choice::No);
    assert_eq!(
        d.to_case().unwrap().person.super_strike_conviction,
        Some(crate::engine::case::Answer::No)
    );
    assert_eq!(
        question_for_field("person.super_strike_conviction"),
        Some(Question::SuperStrike)
    );
}

#[test]
fn burglary_asks_whether_it_was_a_home_and_then_whether_it_was_shoplifting() {
    let mut d = probation_case();
    d.convictions[0].offense = Some("PC 459".into());
    d.convictions[0].listing = Listing::of("PC 459");
    d.convictions[0].level = Some(LevelChoice::Felony);
    let q = questions(&d);
    assert!(q.contains(&Question::Residential(0)));
    assert!(q.contains(&Question::Shoplifting(0)));
    assert!(
        q.contains(&Question::OffenseOn(0)),
        "Prop 47 turns on the offence date"
    );
    // A home burglary is first degree: Prop 47 never reaches it, so no shoplifting question.
    d.convictions[0].residential = Some(Choice::Yes);
    assert!(!questions(&d).contains(&Question::Shoplifting(0)));
    // The answers reach the case file, and the engine's missing facts link back to them.
    d.convictions[0].residential = Some(Choice::No);
    d.convictions[0].shoplifting = Some(Choice::Unsure);
    let case = d.to_case_value();
    assert_eq!(case["convictions"][0]["residential"], "no");
    assert_eq!(case["convictions"][0]["shoplifting"], "unsure");
    assert_eq!(
        question_for_field("convictions[0].residential"),
        Some(Question::Residential(0))
    );
    assert_eq!(
        question_for_field("convictions[0].shoplifting"),
        Some(Question::Shoplifting(0))
    );
    for q in [Question::Residential(3), Question::Shoplifting(3)] {
        assert_eq!(Question::from_key(&q.key()), Some(q));
    }
    // A misdemeanor burglary (a wobbler already reduced) has no felony for Prop 47 to reduce.
    d.convictions[0].level = Some(LevelChoice::Misdemeanor);
    assert!(!questions(&d).contains(&Question::Shoplifting(0)));
}

#[test]
fn a_screened_burglary_names_the_fact_that_decides() {
    let mut d = probation_case();
    d.convictions[0].offense = Some("PC 459".into());
    d.convictions[0].listing = Listing::of("PC 459");
    d.convictions[0].level = Some(LevelChoice::Felony);
    let case = d.to_case_value().to_string();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let report = crate::engine::screen_json(&case, None, today).expect("a valid case");
    let dwelling = report.items.iter().any(|i| {
        i.outcome == crate::engine::report::Outcome::NeedsInfo
            && i.missing
                .iter()
                .any(|m| m.to_string() == "convictions[0].residential")
    });
    assert!(
        dwelling,
        "the degree decides some remedy until residential is answered"
    );
    d.convictions[0].residential = Some(Choice::No);
    let case = d.to_case_value().to_string();
    let report = crate::engine::screen_json(&case, None, today).expect("a valid case");
    assert!(report.items.iter().all(|i| i
        .missing
        .iter()
        .all(|m| m.to_string() != "convictions[0].residential")));
}

#[test]
fn a_felony_under_a_code_we_do_not_list_asks_whether_it_is_a_wobbler() {
    let mut d = probation_case();
    d.convictions[0].offense = Some("PC 12345".into());
    d.convictions[0].listing = Listing::of("PC 12345");
    d.convictions[0].level = Some(LevelChoice::Felony);
    assert!(questions(&d).contains(&Question::CouldBeMisdemeanor(0)));
    d.convictions[0].could_be_misdemeanor = Some(Choice::Yes);
    let case = d.to_case_value();
    assert_eq!(case["convictions"][0]["offense"], "PC 12345");
    assert_eq!(case["convictions"][0]["could_be_misdemeanor"], "yes");
    // Saved and opened again, the typed code survives.
    let back = Draft::from_case(&crate::engine::case_json::case_from_value(&case).unwrap());
    assert_eq!(back.convictions[0].offense.as_deref(), Some("PC 12345"));
    assert_eq!(
        question_for_field("convictions[0].could_be_misdemeanor"),
        Some(Question::CouldBeMisdemeanor(0))
    );
    // A known code, or a misdemeanor, does not ask it.
    d.convictions[0].level = Some(LevelChoice::Misdemeanor);
    assert!(!questions(&d).contains(&Question::CouldBeMisdemeanor(0)));
    d.convictions[0].level = Some(LevelChoice::Felony);
    d.convictions[0].offense = Some("PC 487(a)".into());
    d.convictions[0].listing = Listing::of("PC 487(a)");
    assert!(!questions(&d).contains(&Question::CouldBeMisdemeanor(0)));
}

#[test]
fn an_end_date_before_the_conviction_is_refused_only_when_both_dates_say_so() {
    let mut d = Draft::default();
    d.convictions.push(DraftConviction {
        convicted_on: Some(DateAnswer::Known("2020-06-15".into())),
        ..Default::default()
    });
    let known = |s: &str| DateAnswer::Known(s.into());
    assert!(before_conviction(
        &d,
        Question::ProbationEnd(0),
        &known("2019-12-31")
    ));
    assert!(before_conviction(
        &d,
        Question::SentenceEnd(0),
        &known("2020-05")
    ));
    // Same month or year as the conviction: it can be after it.
    assert!(!before_conviction(
        &d,
        Question::ProbationEnd(0),
        &known("2020-06")
    ));
    assert!(!before_conviction(
        &d,
        Question::ProbationEnd(0),
        &known("2020")
    ));
    assert!(!before_conviction(
        &d,
        Question::ProbationEnd(0),
        &known("2022-06-15")
    ));
    assert!(!before_conviction(
        &d,
        Question::ProbationEnd(0),
        &DateAnswer::Unsure
    ));
    assert!(!before_conviction(
        &d,
        Question::ConvictedOn(0),
        &known("2019-12-31")
    ));
}
