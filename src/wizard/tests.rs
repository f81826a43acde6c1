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
