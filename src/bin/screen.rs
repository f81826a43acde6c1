//! `screen` — the native command-line screener.
//!
//!     screen [--as-of YYYY-MM-DD] [CASE.json | -]
//!     screen --batch [--as-of YYYY-MM-DD] [--summary OUT.csv] [--jobs N] [CASES.jsonl | DIR | -]
//!
//! Reads one case file (contract `record-relief/case@1`) from a path or standard input and
//! prints the report (`record-relief/report@1`). Exit 0 with a report; exit 2, with a message
//! naming the field on standard error and nothing on standard output, for invalid input.
//!
//! `--batch` (for legal-aid staff screening many people): see `batch`.

#[path = "screen/batch.rs"]
mod batch;

use record_relief::engine::dates::FuzzyDate;
use record_relief::engine::screen_json;
use std::io::{ErrorKind, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: screen [--as-of YYYY-MM-DD] [CASE.json | -]\n       \
screen --batch [--as-of YYYY-MM-DD] [--summary OUT.csv] [--jobs N] [--no-progress] [CASES.jsonl | DIR | -]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--batch") {
        return match batch::main(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure::Input(message)) => refuse(&message),
            Err(Failure::Output(error)) => output_failed(&error),
        };
    }
    match run(args) {
        Ok(report) => match writeln!(std::io::stdout().lock(), "{report}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => output_failed(&error),
        },
        Err(message) => refuse(&message),
    }
}

/// Why a run gave no (whole) report: the input (exit 2, the contract's status for a case file
/// that is not valid) or writing the output.
pub(crate) enum Failure {
    Input(String),
    Output(std::io::Error),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Input(message)
    }
}

fn refuse(message: &str) -> ExitCode {
    eprintln!("screen: {message}");
    ExitCode::from(2)
}

/// The output could not be written. Nothing is wrong with the case file, so never exit 2. When
/// the reader stopped reading (`screen case.json | head`), end quietly with the status a shell
/// gives a program that a closed pipe stopped (128 + SIGPIPE), instead of a panic's backtrace.
fn output_failed(error: &std::io::Error) -> ExitCode {
    if error.kind() == ErrorKind::BrokenPipe {
        return ExitCode::from(141);
    }
    eprintln!("screen: cannot write the report: {error}");
    ExitCode::FAILURE
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut as_of = None;
    let mut input = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--as-of" => Some(
                args.next()
                    .ok_or(format!("--as-of needs a date\n{USAGE}"))?,
            ),
            _ => arg.strip_prefix("--as-of=").map(str::to_string),
        };
        if let Some(value) = value {
            as_of = Some(parse_as_of(&value)?);
        } else if arg == "-h" || arg == "--help" {
            return Err(USAGE.to_string());
        } else if arg.starts_with("--") {
            return Err(format!("unknown option {arg}\n{USAGE}"));
        } else if input.replace(arg).is_some() {
            return Err(format!("give one case file only\n{USAGE}"));
        }
    }
    let text = read_text(input.as_deref())?;
    let report = screen_json(&text, as_of, today()).map_err(|e| e.to_string())?;
    Ok(report.to_json())
}

/// The text of a file, or of standard input for `None` or `-`.
pub(crate) fn read_text(input: Option<&str>) -> Result<String, String> {
    match input {
        None | Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(text)
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}")),
    }
}

pub(crate) fn parse_as_of(value: &str) -> Result<chrono::NaiveDate, String> {
    match FuzzyDate::parse(value) {
        Ok(d) if !d.is_approximate() => Ok(d.latest()),
        _ => Err(format!("--as-of: \"{value}\" is not a date (YYYY-MM-DD)")),
    }
}

/// Today's date (UTC) from the system clock, without chrono's clock feature.
pub(crate) fn today() -> chrono::NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    // 719_163 = days from 0001-01-01 (CE day 1) to 1970-01-01.
    chrono::NaiveDate::from_num_days_from_ce_opt(719_163 + days as i32).unwrap_or_default()
}
