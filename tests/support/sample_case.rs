// The sample case both engine benchmarks screen (native: benches/screening.rs; in the browser:
// tests/wasm_bench.rs), so their figures describe the same work. Included with `include!`.

/// A realistic mix of records, repeated to the wanted size.
fn case_json(convictions: usize) -> String {
    const KINDS: &[&str] = &[
        r#""offense": "PC 459.5", "level": "misdemeanor", "convicted_on": "2019-04-12", "sentence": "probation", "probation_outcome": "completed", "probation_ended_on": "2021-04-12", "sentence_complied": "yes""#,
        r#""offense": "VC 23152(a)", "level": "misdemeanor", "convicted_on": "2018-02", "sentence": "probation", "probation_outcome": "violated", "probation_ended_on": "2021-02", "sentence_complied": "yes""#,
        r#""offense": "PC 666", "level": "felony", "convicted_on": "2012-11-05", "offense_on": "2012-05-01", "sentence": "county_jail", "sentence_completed_on": "2013-05-05", "released_from_custody_on": "2013-05-05", "sentence_complied": "yes", "value_over_950": "no""#,
        r#""offense": "HS 11358", "level": "felony", "convicted_on": "2014-08-21", "sentence": "probation", "probation_outcome": "completed", "probation_ended_on": "2017-08-21", "sentence_complied": "yes""#,
        r#""offense": "PC 215", "level": "felony", "convicted_on": "2012-10-10", "sentence": "prison", "sentence_completed_on": "2019-09-01", "released_from_custody_on": "2016-09-01", "sentence_complied": "yes""#,
        r#""offense": "HS 11364", "level": "misdemeanor", "convicted_on": "2023", "sentence": "no_probation", "sentence_completed_on": "2023-12-20", "sentence_complied": "unsure""#,
    ];
    let convictions: Vec<String> = (0..convictions)
        .map(|i| format!(r#"{{ "id": "c{i}", {} }}"#, KINDS[i % KINDS.len()]))
        .collect();
    format!(
        r#"{{ "schema": "record-relief/case@1", "as_of": "2026-11-26",
             "person": {{ "registered_sex_offender": "no", "currently_supervised": "no", "serving_sentence": "no",
                          "pending_charges": "no", "us_citizen": "unsure", "california_resident_since": "2001" }},
             "convictions": [{}],
             "arrests": [ {{ "id": "a1", "offense": "PC 242", "level": "misdemeanor", "arrested_on": "2023-06-01", "outcome": "not_charged" }} ] }}"#,
        convictions.join(",")
    )
}
