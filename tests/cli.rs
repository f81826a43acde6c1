//! The `screen` command line: a report with exit 0 for a valid case file, and exit 2 with a
//! message naming the field — and nothing on standard output — for every kind of invalid input.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// The screener with all three standard streams piped.
fn spawn_screen(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_screen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run screen")
}

fn screen(args: &[&str], stdin: &str) -> Run {
    let mut child = spawn_screen(args);
    // The screener may exit before reading standard input (a bad argument): ignore a closed pipe.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const VALID: &str = r#"{
  "schema": "record-relief/case@1",
  "as_of": "2026-02-19",
  "person": { "registered_sex_offender": "no", "currently_supervised": "no", "serving_sentence": "no",
              "pending_charges": "no", "us_citizen": "yes" },
  "convictions": [
    { "id": "c1", "offense": "PC 459.5", "level": "misdemeanor", "convicted_on": "2020-09-16",
      "sentence": "probation", "probation_outcome": "completed", "probation_ended_on": "2022-09-16",
      "sentence_complied": "yes" }
  ],
  "arrests": [ { "id": "a1", "offense": "PC 242", "level": "misdemeanor", "arrested_on": "2023-06-01", "outcome": "not_charged" } ]
}"#;

/// Replaces the first occurrence of `from` in the valid case with `to`.
fn valid_with(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "fixture lacks {from}");
    VALID.replacen(from, to, 1)
}

/// Asserts the input is refused with exit 2, no report, and a message naming `field` and
/// containing `words`.
fn refused(input: &str, args: &[&str], field: &str, words: &str) {
    let run = screen(args, input);
    assert_eq!(run.code, 2, "expected exit 2; stderr: {}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "nothing on stdout, got {}",
        run.stdout
    );
    assert!(
        run.stderr.contains(field),
        "message should name {field}: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains(words),
        "message should say {words}: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "no panic: {}", run.stderr);
}

#[test]
fn a_valid_case_gives_a_report() {
    let run = screen(&[], VALID);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["schema"], "record-relief/report@1");
    assert_eq!(report["as_of"], "2026-02-19");
    assert!(report["rules_as_of"].is_string());
    assert!(report["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["remedy"] == "pc_1203_4"));
}

#[test]
fn reads_a_file_path_and_dash_for_stdin() {
    let path = std::env::temp_dir().join(format!("rr-cli-{}.json", std::process::id()));
    std::fs::write(&path, VALID).unwrap();
    let run = screen(&[path.to_str().unwrap()], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(screen(&["-"], VALID).code, 0);
    std::fs::remove_file(path).ok();
}

#[test]
fn as_of_flag_overrides_the_file() {
    let run = screen(&["--as-of", "2026-03-01"], VALID);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("\"as_of\": \"2026-03-01\""));
    let run = screen(&["--as-of=2026-03-02"], VALID);
    assert!(run.stdout.contains("\"as_of\": \"2026-03-02\""));
}

#[test]
fn malformed_json() {
    refused("{ \"convictions\": [ ", &[], "case file", "not valid JSON");
    refused("", &[], "case file", "not valid JSON");
    refused("[1, 2]", &[], "case file", "expected an object");
}

#[test]
fn unknown_field_is_named() {
    refused(
        &valid_with("\"sentence_complied\"", "\"sentense_complied\""),
        &[],
        "convictions[0].sentense_complied",
        "unknown field",
    );
    refused(
        &valid_with("\"us_citizen\"", "\"citizen\""),
        &[],
        "person.citizen",
        "unknown field",
    );
    refused(
        &valid_with("\"schema\"", "\"shema\""),
        &[],
        "shema",
        "unknown field",
    );
}

#[test]
fn bad_and_impossible_dates() {
    refused(
        &valid_with("2020-09-16", "2019-13-01"),
        &[],
        "convictions[0].convicted_on",
        "\"2019-13-01\" is not a date",
    );
    refused(
        &valid_with("2020-09-16", "2019-02-30"),
        &[],
        "convictions[0].convicted_on",
        "is not a date",
    );
    refused(
        &valid_with("2020-09-16", "16/09/2020"),
        &[],
        "convictions[0].convicted_on",
        "YYYY-MM-DD",
    );
    refused(
        &valid_with("2023-06-01", "2023-6-1"),
        &[],
        "arrests[0].arrested_on",
        "is not a date",
    );
    refused(
        VALID,
        &["--as-of", "2026-02-30"],
        "--as-of",
        "is not a date",
    );
}

#[test]
fn dates_after_as_of() {
    refused(
        &valid_with("2020-09-16", "2026-03-01"),
        &[],
        "convictions[0].convicted_on",
        "after the screening date",
    );
    refused(
        &valid_with("2023-06-01", "2027"),
        &[],
        "arrests[0].arrested_on",
        "after the screening date",
    );
    refused(
        VALID,
        &["--as-of", "2021-01-01"],
        "convictions[0].probation_ended_on",
        "after the screening date",
    );
}

#[test]
fn end_before_start_is_a_contradiction_not_a_confident_answer() {
    // Answers that cannot all be true give a report in which the remedies they decide are
    // needs_info naming the date to check (issue 10 item 6), never "eligible".
    let run = screen(&[], &valid_with("2022-09-16", "2019-01-01"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let item = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["subject"] == "c1" && i["remedy"] == "pc_1203_4")
        .expect("the dismissal is reported");
    assert_eq!(item["outcome"], "needs_info");
    assert_eq!(item["missing"][0], "convictions[0].probation_ended_on");
}

#[test]
fn a_file_without_its_schema_is_refused() {
    refused("{}", &[], "schema", "is required");
    refused(
        &VALID.replacen("\"schema\": \"record-relief/case@1\",", "", 1),
        &[],
        "schema",
        "is required",
    );
}

#[test]
fn duplicate_id() {
    refused(
        &valid_with("\"id\": \"a1\"", "\"id\": \"c1\""),
        &[],
        "arrests[0].id",
        "used twice",
    );
}

#[test]
fn missing_required_fields() {
    refused(
        &valid_with("\"offense\": \"PC 459.5\", ", ""),
        &[],
        "convictions[0].offense",
        "missing",
    );
    refused(
        &valid_with("\"convicted_on\": \"2020-09-16\",", ""),
        &[],
        "convictions[0].convicted_on",
        "missing",
    );
    refused(
        &valid_with("\"id\": \"a1\", ", ""),
        &[],
        "arrests[0].id",
        "missing",
    );
    refused(
        &valid_with(
            "\"level\": \"misdemeanor\", \"convicted_on\"",
            "\"level\": null, \"convicted_on\"",
        ),
        &[],
        "convictions[0].level",
        "missing",
    );
}

#[test]
fn unknown_enum_values() {
    refused(
        &valid_with("\"probation\",", "\"jail\","),
        &[],
        "convictions[0].sentence",
        "\"jail\" is not one of",
    );
    refused(
        &valid_with("\"not_charged\"", "\"dropped\""),
        &[],
        "arrests[0].outcome",
        "is not one of",
    );
    refused(
        &valid_with("\"us_citizen\": \"yes\"", "\"us_citizen\": \"maybe\""),
        &[],
        "person.us_citizen",
        "is not one of",
    );
    refused(
        &valid_with(
            "\"sentence_complied\": \"yes\"",
            "\"sentence_complied\": true",
        ),
        &[],
        "convictions[0].sentence_complied",
        "expected a string",
    );
    refused(
        &valid_with(
            "\"sentence_complied\": \"yes\"",
            "\"sentence_complied\": \"yes\", \"relief_granted\": [\"pc_1203_5\"]",
        ),
        &[],
        "convictions[0].relief_granted[0]",
        "not a remedy id",
    );
}

#[test]
fn wrong_schema_and_bad_arguments() {
    refused(
        &valid_with("record-relief/case@1", "record-relief/case@9"),
        &[],
        "schema",
        "not supported",
    );
    refused(VALID, &["--as-of"], "--as-of", "needs a date");
    refused(VALID, &["--verbose"], "--verbose", "unknown option");
    refused(
        VALID,
        &["/no/such/file.json"],
        "/no/such/file.json",
        "cannot read",
    );
}

#[test]
fn an_unknown_offense_is_not_an_error() {
    let run = screen(&[], &valid_with("PC 459.5", "PC 99999"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["unknown_offenses"][0], "PC 99999");
}

/// `screen case.json | head`: the reader closes the pipe before the report is written. The run
/// ends quietly with 141 (128 + SIGPIPE, what a shell shows for such a stop), never a panic and
/// never 2 (which says the case file is invalid). The reader closes first, so this is certain.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    for args in [&[][..], &["--batch", "--no-progress"][..]] {
        let input = if args.is_empty() {
            VALID.to_string()
        } else {
            one_line("2020-09-16") + "\n"
        };
        let mut child = spawn_screen(args);
        drop(child.stdout.take());
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(141), "{args:?}: {stderr}");
        assert!(
            stderr.is_empty(),
            "{args:?}: nothing on stderr, got {stderr}"
        );
    }
}

// --- `screen --batch` -----------------------------------------------------------------------------

/// The valid case on one line (JSON Lines), with a different conviction date per copy.
fn one_line(convicted_on: &str) -> String {
    let value: serde_json::Value =
        serde_json::from_str(&valid_with("2020-09-16", convicted_on)).unwrap();
    value.to_string()
}

#[test]
fn batch_keeps_the_order_and_reports_a_bad_line_by_number_without_stopping() {
    let lines = [
        one_line("2020-09-16"),
        one_line("2019-01-10"),
        "{ not json".to_string(),
        String::new(), // a blank line is skipped, but still counted
        valid_with("\"level\": \"misdemeanor\"", "\"level\": \"grand\"").replace('\n', " "),
        one_line("2018-05-05"),
    ];
    let input = lines.join("\n") + "\n";
    let run = screen(&["--batch", "--jobs", "2", "-"], &input);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(out.len(), 5, "one line per case: {}", run.stdout);
    // Reports in input order: each is the single-case report of that line.
    for (i, date) in [(0, "2020-09-16"), (1, "2019-01-10"), (4, "2018-05-05")] {
        assert_eq!(out[i]["schema"], "record-relief/report@1");
        let single = screen(&[], &valid_with("2020-09-16", date));
        let single: serde_json::Value = serde_json::from_str(&single.stdout).unwrap();
        assert_eq!(out[i], single, "line {} is the report of its case", i + 1);
    }
    assert_eq!(out[2]["schema"], "record-relief/batch-error@1");
    assert_eq!(out[2]["line"], 3);
    assert!(out[2]["error"].as_str().unwrap().contains("not valid JSON"));
    assert_eq!(out[3]["line"], 5, "the blank line counts in the numbering");
    assert_eq!(out[3]["field"], "convictions[0].level");
}

#[test]
fn batch_summary_has_one_row_per_record_and_remedy() {
    let dir = std::env::temp_dir().join(format!("rr-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let summary = dir.join("summary.csv");
    let input = format!("{}\nnot json\n", one_line("2020-09-16"));
    let run = screen(
        &[
            "--batch",
            "--summary",
            summary.to_str().unwrap(),
            "--no-progress",
        ],
        &input,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let csv = std::fs::read_to_string(&summary).unwrap();
    let mut rows = csv.lines();
    assert_eq!(
        rows.next(),
        Some("case,record,remedy,outcome,decision,from,error")
    );
    let report: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    let items = report["items"].as_array().unwrap();
    let first: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter(|r| r.starts_with("1,"))
        .collect();
    assert_eq!(first.len(), items.len(), "a row per record × remedy");
    assert!(
        first.contains(&"1,c1,pc_1203_4,eligible,mandatory,,"),
        "{csv}"
    );
    assert!(
        first.iter().any(|r| r.starts_with("1,a1,pc_851_91,")),
        "{csv}"
    );
    let error = csv.lines().find(|r| r.starts_with("2,")).unwrap();
    assert!(error.starts_with("2,,,error,,,"), "{error}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn batch_reads_a_folder_of_case_files_in_name_order() {
    let dir = std::env::temp_dir().join(format!("rr-batch-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("b.json"), valid_with("2020-09-16", "2019-01-10")).unwrap();
    std::fs::write(dir.join("a.json"), VALID).unwrap();
    std::fs::write(dir.join("c.json"), "{}").unwrap();
    std::fs::write(dir.join("notes.txt"), "not a case").unwrap();
    let run = screen(&["--batch", dir.to_str().unwrap()], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(out.len(), 3, "the three .json files");
    let single: serde_json::Value = serde_json::from_str(&screen(&[], VALID).stdout).unwrap();
    assert_eq!(out[0], single, "a.json first");
    assert_eq!(out[2]["file"], "c.json");
    assert_eq!(out[2]["field"], "schema");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn batch_refuses_a_bad_command_line() {
    for args in [
        &["--batch", "--jobs", "0"][..],
        &["--batch", "--summary"][..],
        &["--batch", "--frobnicate"][..],
        &["--batch", "a.jsonl", "b.jsonl"][..],
    ] {
        let run = screen(args, "");
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty());
    }
    let run = screen(&["--batch", "/no/such/file.jsonl"], "");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("cannot read /no/such/file.jsonl"),
        "{}",
        run.stderr
    );
}
