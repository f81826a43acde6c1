//! Scenario tests: every `tests/scenarios/**/NAME.case.json` is screened and checked against
//! `NAME.expect.json` (the contract's example format, written from the law, not from the
//! engine). The public contract examples are copied in `tests/scenarios/contract_examples/`.

#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::case_files;

use record_relief::engine::screen_json;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Checks one scenario; returns the list of mismatches.
fn check(case_path: &Path) -> Vec<String> {
    let expect_path = PathBuf::from(
        case_path
            .to_string_lossy()
            .replace(".case.json", ".expect.json"),
    );
    let case = std::fs::read_to_string(case_path).expect("read case");
    let expect: Value =
        serde_json::from_str(&std::fs::read_to_string(&expect_path).expect("expect file"))
            .expect("expect file is JSON");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let report = match screen_json(&case, None, today) {
        Ok(r) => serde_json::to_value(&r).unwrap(),
        Err(e) => return vec![format!("refused as input: {e}")],
    };
    let mut problems = Vec::new();
    let items = report["items"].as_array().unwrap();
    for want in expect["items"].as_array().into_iter().flatten() {
        let (subject, remedy) = (&want["subject"], &want["remedy"]);
        let got = items
            .iter()
            .find(|i| &i["subject"] == subject && &i["remedy"] == remedy);
        let Some(got) = got else {
            if want["outcome"] != "not_eligible" {
                problems.push(format!(
                    "{subject} {remedy}: missing, expected {}",
                    want["outcome"]
                ));
            }
            continue;
        };
        for field in ["outcome", "decision", "from", "approximate"] {
            if let Some(w) = want.get(field) {
                if &got[field] != w {
                    problems.push(format!(
                        "{subject} {remedy}: {field} is {}, expected {w} (reasons: {})",
                        got[field],
                        got["reasons"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|r| r["code"].as_str().unwrap_or(""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
        }
        if let Some(w) = want.get("missing") {
            let mut a: Vec<String> = serde_json::from_value(got["missing"].clone()).unwrap();
            let mut b: Vec<String> = serde_json::from_value(w.clone()).unwrap();
            a.sort();
            b.sort();
            if a != b {
                problems.push(format!(
                    "{subject} {remedy}: missing is {a:?}, expected {b:?}"
                ));
            }
        }
    }
    let notice_codes: Vec<&str> = report["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["code"].as_str())
        .collect();
    for want in expect["notices"].as_array().into_iter().flatten() {
        let code = want["code"].as_str().unwrap_or_default();
        if !notice_codes.contains(&code) {
            problems.push(format!("notice {code} missing (got {notice_codes:?})"));
        }
    }
    for absent in expect["absent_notices"].as_array().into_iter().flatten() {
        let code = absent.as_str().unwrap_or_default();
        if notice_codes.contains(&code) {
            problems.push(format!("notice {code} should not appear"));
        }
    }
    problems
}

#[test]
fn every_scenario_matches_its_expectation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files = Vec::new();
    case_files(&root, &mut files);
    // Also read the public examples from ../shared when it is there (they may have grown).
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/contract/examples");
    if shared.is_dir() {
        case_files(&shared, &mut files);
    }
    assert!(
        files.len() >= 112,
        "expected at least 100 scenarios plus the examples, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for file in &files {
        let problems = check(file);
        if !problems.is_empty() {
            let name = file
                .strip_prefix(&root)
                .unwrap_or(file)
                .display()
                .to_string();
            failures.push(format!("{name}:\n    {}", problems.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenarios failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
