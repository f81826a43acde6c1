//! The offence catalog against the statutes' closed lists (`src/engine/catalog/lists/*.txt`):
//! every entry names its source; every section or subdivision a list names has an entry of its
//! own carrying the list's flag; and no section line is more lenient than a listed subdivision
//! of it (a subdivision the catalog does not hold falls back to its section line).

#![cfg(not(target_arch = "wasm32"))]

use record_relief::engine::catalog::{self, flag, normalize, offenses, Offense, OffenseLevel};
use std::path::Path;

/// The flag tokens as the build script reads them (`src/engine/catalog/build.rs`).
const FLAG_NAMES: &[(&str, u64)] = &flag::NAMES;

fn flag_named(name: &str) -> Option<u64> {
    FLAG_NAMES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

fn level_named(name: &str) -> Option<OffenseLevel> {
    Some(match name {
        "felony" => OffenseLevel::Felony,
        "misdemeanor" => OffenseLevel::Misdemeanor,
        "wobbler" => OffenseLevel::Wobbler,
        "infraction" => OffenseLevel::Infraction,
        "misd_or_infraction" => OffenseLevel::MisdemeanorOrInfraction,
        _ => return None,
    })
}

fn catalog_dir(kind: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/engine/catalog")
        .join(kind);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("catalog dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (
                name,
                std::fs::read_to_string(&p).expect("read catalog file"),
            )
        })
        .collect()
}

#[test]
fn every_entry_sits_under_a_source_and_the_catalog_is_complete_enough() {
    let mut missing = Vec::new();
    for (name, text) in catalog_dir("offenses") {
        let mut source = false;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.starts_with("@source") {
                source = line.len() > "@source".len() + 3;
            } else if !line.is_empty() && !line.starts_with('#') && !source {
                missing.push(format!("{name}:{}: {line}", n + 1));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "entries with no @source above them:\n{}",
        missing.join("\n")
    );
    assert!(
        offenses().len() >= 1000,
        "only {} entries",
        offenses().len()
    );
    // The offences a person most often types are all there.
    for code in [
        "VC 23152(a)",
        "VC 23152(b)",
        "VC 23103",
        "VC 23103.5",
        "HS 11350",
        "HS 11377",
        "HS 11357",
        "PC 484",
        "PC 488",
        "PC 459.5",
        "PC 490.2",
        "PC 243(e)(1)",
        "PC 273.5",
        "PC 148(a)(1)",
        "PC 594",
        "PC 602",
        "VC 14601.1",
        "VC 14601",
        "PC 664/459",
        "PC 647(f)",
        "PC 242",
        "PC 245(a)(1)",
        "PC 496",
        "PC 487(a)",
    ] {
        let key = normalize(code);
        assert!(
            catalog::exact_entry(&key).is_some(),
            "{code} has no entry of its own"
        );
    }
}

/// One member of a statutory list: which list, and what its entry must carry.
struct Member {
    file: String,
    line: usize,
    list: String,
    flags: Vec<u64>,
    levels: Vec<OffenseLevel>,
    key: String,
    maybe: bool,
}

fn list_members() -> Vec<Member> {
    let mut out = Vec::new();
    for (name, text) in catalog_dir("lists") {
        let mut current: Option<(String, Vec<u64>, Vec<OffenseLevel>)> = None;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix("@list") {
                let words: Vec<&str> = rest.split_whitespace().collect();
                let mut flags = Vec::new();
                let mut levels = Vec::new();
                let mut cut = words.len();
                while cut > 0 {
                    let w = words[cut - 1];
                    if let Some(f) = flag_named(w) {
                        flags.push(f);
                    } else if let Some(l) = level_named(w) {
                        levels.push(l);
                    } else {
                        break;
                    }
                    cut -= 1;
                }
                assert!(
                    !flags.is_empty() || !levels.is_empty(),
                    "{name}:{}: @list names no flag: {line}",
                    n + 1
                );
                current = Some((words[..cut].join(" "), flags, levels));
                continue;
            }
            let (list, flags, levels) = current
                .clone()
                .unwrap_or_else(|| panic!("{name}:{}: a member before any @list", n + 1));
            let (_, member) = line
                .split_once('|')
                .unwrap_or_else(|| panic!("{name}:{}: expected SUBDIVISION | CODE SECTION", n + 1));
            let member = member.trim();
            if member == "*" {
                continue; // a catch-all clause ("any felony with personal GBI"), not a member
            }
            let (code, maybe) = match member.strip_suffix(" maybe") {
                Some(c) => (c.trim(), true),
                None => (member, false),
            };
            out.push(Member {
                file: name.clone(),
                line: n + 1,
                list,
                flags,
                levels,
                key: normalize(code),
                maybe,
            });
        }
    }
    out
}

/// The `maybe_` form of a flag, where one exists.
fn maybe_of(f: u64) -> u64 {
    match f {
        x if x == flag::SERIOUS => flag::MAYBE_SERIOUS,
        x if x == flag::VIOLENT => flag::MAYBE_VIOLENT,
        x if x == flag::REGISTRABLE => flag::MAYBE_REGISTRABLE,
        _ => 0,
    }
}

#[test]
fn every_listed_section_has_its_own_entry_carrying_the_list() {
    let members = list_members();
    assert!(members.len() >= 1000, "only {} list members", members.len());
    let mut problems = Vec::new();
    for m in &members {
        let Some(entry) = catalog::exact_entry(&m.key) else {
            problems.push(format!(
                "{}:{} {}: {} has no entry of its own",
                m.file, m.line, m.list, m.key
            ));
            continue;
        };
        let carries = m
            .flags
            .iter()
            .any(|f| entry.has(*f) || (m.maybe && entry.has(maybe_of(*f))))
            || m.levels.contains(&entry.level);
        if !carries {
            problems.push(format!(
                "{}:{} {}: {} lacks the list's flag",
                m.file, m.line, m.list, m.key
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Flags that make a record look worse (a bar, a longer wait): a section line must carry each
/// one any listed subdivision carries, itself or as its `maybe_` form.
const BAD: &[u64] = &[
    flag::SERIOUS,
    flag::VIOLENT,
    flag::SUPER_STRIKE,
    flag::REGISTRABLE,
    flag::TIER2,
    flag::TIER3,
    flag::EXCL_1203_4,
    flag::EXCL_1203_4A,
    flag::VC_12810,
    flag::NO_SOL,
    flag::SOL_6,
    flag::SOL_10,
    flag::SOL_VICTIM_40,
    flag::SOL_5,
    flag::SOL_DV,
    flag::SOL_DISCOVERY,
    flag::COR_BARRED,
    flag::COR_PLUS4,
    flag::LIFE,
    flag::FIREARM_29805,
    flag::HS_DIV10,
    flag::VEHICLE_OPERATION,
];
/// Flags that open a remedy: a section line may carry one only when every subdivision does.
const GOOD: &[u64] = &[flag::PROP47, flag::PROP64, flag::PC_19_8, flag::REALIGNED];

fn severity(level: OffenseLevel) -> u8 {
    match level {
        OffenseLevel::Felony => 4,
        OffenseLevel::Wobbler => 3,
        OffenseLevel::Misdemeanor => 2,
        OffenseLevel::MisdemeanorOrInfraction => 1,
        OffenseLevel::Infraction => 0,
    }
}

fn name(o: &Offense) -> &'static str {
    o.label()
}

#[test]
fn no_section_line_is_more_lenient_than_a_subdivision_of_it() {
    let mut problems = Vec::new();
    for section in offenses().iter() {
        for sub in catalog::subdivisions(section) {
            for bad in BAD {
                let covered = section.has(*bad) || section.has(maybe_of(*bad));
                if sub.has(*bad) && !covered {
                    let flag = FLAG_NAMES.iter().find(|(_, f)| f == bad).unwrap().0;
                    problems.push(format!(
                        "{} lacks {flag}, which {} has",
                        name(section),
                        name(sub)
                    ));
                }
            }
            for good in GOOD {
                if section.has(*good) && !sub.has(*good) {
                    let flag = FLAG_NAMES.iter().find(|(_, f)| f == good).unwrap().0;
                    problems.push(format!(
                        "{} has {flag}, which {} lacks",
                        name(section),
                        name(sub)
                    ));
                }
            }
            if severity(section.level) < severity(sub.level) {
                problems.push(format!(
                    "{} is {:?}, milder than {} ({:?})",
                    name(section),
                    section.level,
                    name(sub),
                    sub.level
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn an_unlisted_subdivision_falls_back_to_a_section_at_least_as_strict() {
    // PC 245(a)(9) is not an entry: it falls back to PC 245, which must not be milder than
    // 245(a)(2) (serious) or 245(c) (assault on a peace officer).
    let (fallback, exact) = catalog::resolve("PC 245(a)(9)").expect("PC 245 is in the catalog");
    assert!(!exact);
    assert_eq!(fallback.key(), "PC245");
    assert!(fallback.has(flag::SERIOUS) || fallback.has(flag::MAYBE_SERIOUS));
    for own in ["PC 245(c)", "PC 289(b)", "PC 286(c)(2)"] {
        let (entry, exact) = catalog::resolve(own).unwrap_or_else(|| panic!("{own} missing"));
        assert!(exact, "{own} must be an entry of its own");
        assert!(
            entry.has(flag::SERIOUS) || entry.has(flag::VIOLENT) || entry.has(flag::REGISTRABLE),
            "{own} is listed"
        );
    }
}
