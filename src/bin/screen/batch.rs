//! `screen --batch`: many case files at once, for legal-aid clinics and public defenders.
//!
//! Input: JSON Lines (one case file a line; blank lines are skipped) from a path or standard
//! input, or a folder of `*.json` case files (in name order). Output, on standard output: one
//! JSON line per case, in input order — the report (`record-relief/report@1`), or, for a case
//! that cannot be read, an error record naming the line (or file) and the field:
//!
//!     {"schema":"record-relief/batch-error@1","line":7,"field":"convictions[0].convicted_on","error":"…"}
//!
//! A bad case never stops the others; the exit code is 0 once every case has its line (2 only
//! for a bad command line or an unreadable input). `--summary OUT.csv` also writes one row per
//! record × remedy (`case,record,remedy,outcome,decision,from,error`) for a spreadsheet.
//! The work is spread over every core (`--jobs N` to choose); on a terminal, standard error shows
//! how far it has got.

use record_relief::engine::report::Report;
use record_relief::engine::{case_json, screen};
use std::io::{BufWriter, IsTerminal, Write};
use std::time::Instant;

/// Cases screened between two writes: large enough to keep every core busy, small enough that
/// a file of millions of cases never sits in memory whole.
const BLOCK: usize = 16_384;

struct Options {
    as_of: Option<chrono::NaiveDate>,
    summary: Option<String>,
    jobs: usize,
    progress: bool,
    input: Option<String>,
}

/// One case to screen: where it came from (a line number or a file name) and its text.
struct Case {
    origin: Origin,
    text: String,
}

#[derive(Clone)]
enum Origin {
    Line(usize),
    File(String),
}

impl Origin {
    fn csv(&self) -> String {
        match self {
            Origin::Line(n) => n.to_string(),
            Origin::File(name) => csv_field(name),
        }
    }
}

/// What one case gives: its output line and its summary rows.
struct Screened {
    line: String,
    rows: String,
}

pub fn main(args: Vec<String>) -> Result<(), super::Failure> {
    let options = parse(args)?;
    let today = super::today();
    let cases = read_input(options.input.as_deref())?;
    let total = cases.len();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut summary = match &options.summary {
        Some(path) => {
            let file =
                std::fs::File::create(path).map_err(|e| format!("cannot write {path}: {e}"))?;
            let mut w = BufWriter::with_capacity(1 << 20, file);
            w.write_all(b"case,record,remedy,outcome,decision,from,error\n")
                .map_err(|e| format!("cannot write {path}: {e}"))?;
            Some(w)
        }
        None => None,
    };
    let started = Instant::now();
    let mut done = 0usize;
    let progress = options.progress && std::io::stderr().is_terminal();
    for block in cases.chunks(BLOCK) {
        for result in screen_block(block, options.as_of, today, options.jobs) {
            out.write_all(result.line.as_bytes())
                .and_then(|_| out.write_all(b"\n"))
                .map_err(super::Failure::Output)?;
            if let Some(w) = summary.as_mut() {
                w.write_all(result.rows.as_bytes())
                    .map_err(|e| format!("cannot write the summary: {e}"))?;
            }
        }
        done += block.len();
        if progress {
            show_progress(done, total, started);
        }
    }
    out.flush().map_err(super::Failure::Output)?;
    if let Some(mut w) = summary {
        w.flush()
            .map_err(|e| format!("cannot write the summary: {e}"))?;
    }
    if progress {
        eprintln!();
    }
    Ok(())
}

fn parse(args: Vec<String>) -> Result<Options, String> {
    let usage = super::USAGE;
    let mut options = Options {
        as_of: None,
        summary: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        progress: true,
        input: None,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value\n{usage}"));
        match arg.as_str() {
            "--batch" => {}
            "--as-of" => options.as_of = Some(super::parse_as_of(&value("--as-of")?)?),
            "--summary" => options.summary = Some(value("--summary")?),
            "--jobs" => {
                let n = value("--jobs")?;
                options.jobs = match n.parse::<usize>() {
                    Ok(n) if (1..=512).contains(&n) => n,
                    _ => return Err(format!("--jobs: \"{n}\" is not a number from 1 to 512")),
                }
            }
            "--no-progress" => options.progress = false,
            "-h" | "--help" => return Err(usage.to_string()),
            _ if arg.starts_with("--as-of=") => {
                options.as_of = Some(super::parse_as_of(&arg["--as-of=".len()..])?)
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{usage}")),
            _ => {
                if options.input.replace(arg).is_some() {
                    return Err(format!(
                        "give one input only (a file, a folder or -)\n{usage}"
                    ));
                }
            }
        }
    }
    Ok(options)
}

/// The cases, in order: the lines of a JSON Lines file (or standard input), or the `*.json`
/// files of a folder by name.
fn read_input(input: Option<&str>) -> Result<Vec<Case>, String> {
    let text = match input {
        Some(path) if path != "-" && std::path::Path::new(path).is_dir() => {
            return read_folder(path)
        }
        _ => super::read_text(input)?,
    };
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| Case {
            origin: Origin::Line(i + 1),
            text: line.to_string(),
        })
        .collect())
}

fn read_folder(path: &str) -> Result<Vec<Case>, String> {
    let mut names: Vec<String> = std::fs::read_dir(path)
        .map_err(|e| format!("cannot read {path}: {e}"))?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let file = std::path::Path::new(path).join(&name);
            std::fs::read_to_string(&file)
                .map(|text| Case {
                    origin: Origin::File(name.clone()),
                    text,
                })
                .map_err(|e| format!("cannot read {}: {e}", file.display()))
        })
        .collect()
}

/// Screens a block over `jobs` threads, each taking a contiguous share; results in input order.
fn screen_block(
    block: &[Case],
    as_of: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    jobs: usize,
) -> Vec<Screened> {
    let share = block.len().div_ceil(jobs.max(1)).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = block
            .chunks(share)
            .map(|cases| {
                scope.spawn(move || {
                    cases
                        .iter()
                        .map(|c| screen_one(c, as_of, today))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    })
}

fn screen_one(case: &Case, as_of: Option<chrono::NaiveDate>, today: chrono::NaiveDate) -> Screened {
    match case_json::parse_case(&case.text, as_of, today) {
        Ok((parsed, as_of)) => {
            let report = screen(&parsed, as_of);
            Screened {
                line: serde_json::to_string(&report).unwrap_or_else(|_| String::from("{}")),
                rows: summary_rows(&case.origin, &report),
            }
        }
        Err(e) => {
            let mut error = serde_json::json!({
                "schema": "record-relief/batch-error@1",
                "field": e.path,
                "error": e.message,
            });
            match &case.origin {
                Origin::Line(n) => error["line"] = (*n).into(),
                Origin::File(name) => error["file"] = name.clone().into(),
            }
            Screened {
                line: error.to_string(),
                rows: format!(
                    "{},,,error,,,{}\n",
                    case.origin.csv(),
                    csv_field(&e.to_string())
                ),
            }
        }
    }
}

/// One CSV row per record × remedy.
fn summary_rows(origin: &Origin, report: &Report) -> String {
    let case = origin.csv();
    let mut rows = String::new();
    for item in &report.items {
        let word = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
        rows.push_str(&format!(
            "{case},{},{},{},{},{},\n",
            csv_field(&item.subject),
            item.remedy.id(),
            word(serde_json::to_value(item.outcome).unwrap_or_default()),
            item.decision
                .map(|d| word(serde_json::to_value(d).unwrap_or_default()))
                .unwrap_or_default(),
            item.from.map(|d| d.to_string()).unwrap_or_default(),
        ));
    }
    rows
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn show_progress(done: usize, total: usize, started: Instant) {
    let width = 30;
    let filled = (done * width).checked_div(total).unwrap_or(width);
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    eprint!(
        "\r[{}{}] {done}/{total} cases, {:.0} a second ",
        "#".repeat(filled),
        "-".repeat(width - filled),
        done as f64 / seconds
    );
}
