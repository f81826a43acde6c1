//! The engine's speed inside the browser, for `make bench` (not part of `make test`: timings are
//! printed, never asserted). Run: `cargo test --release --target wasm32-unknown-unknown --test
//! wasm_bench -- --nocapture`.
#![cfg(target_arch = "wasm32")]

use record_relief::engine::{case_json::parse_case, screen};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
        r#"{{ "as_of": "2026-11-26", "person": {{ "registered_sex_offender": "no", "currently_supervised": "no",
             "serving_sentence": "no", "pending_charges": "no", "us_citizen": "unsure", "california_resident_since": "2001" }},
             "convictions": [{}] }}"#,
        convictions.join(",")
    )
}

#[wasm_bindgen_test]
fn screening_time_in_the_browser() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let performance = gloo::utils::window().performance().expect("performance");
    for n in [1usize, 20, 100] {
        let (case, as_of) = parse_case(&case_json(n), None, today).expect("valid case");
        let runs = 200;
        let mut items = 0;
        // Warm up first: the browser compiles hot wasm code again, faster, after a while.
        for _ in 0..runs {
            items += screen(&case, as_of).items.len();
        }
        let start = performance.now();
        for _ in 0..runs {
            items += screen(&case, as_of).items.len();
        }
        let per_run = (performance.now() - start) / runs as f64;
        assert!(items > 0);
        console_log!(
            "wasm screening: {n} convictions: {:.1} µs per screening ({runs} runs)",
            per_run * 1000.0
        );
    }
}
