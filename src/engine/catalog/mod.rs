//! The offence catalog: California offences with their level, the flags the rules need, plain
//! names in English and Spanish, and search aliases.
//!
//! The data lives in `offenses/*.txt` beside this file (one line per offence under an `@source`
//! naming the statutes behind its flags, reviewable by a lawyer; format in `README.md`), and the
//! closed statutory lists in `lists/*.txt` (checked against the entries by `tests/catalog.rs`).
//! The build script turns the entries into one text and two tables, which [`offenses`] puts
//! together once, sorted by key: a lookup is a binary search, and the only work at run time is
//! splitting the text into its lines, once.
//!
//! Flags (bits in [`flag`]): `serious` PC 1192.7(c); `maybe_serious` serious only with facts
//! (GBI, weapon…); `violent` PC 667.5(c); `maybe_violent`; `super_strike` PC 667(e)(2)(C)(iv);
//! `registrable` PC 290; `maybe_registrable` PC 290.006; `tier1`–`tier3` usual PC 290.5 tier;
//! `excl_1203_4` PC 1203.4(b); `excl_1203_4a` PC 1203.4a(d); `vc_12810` VC 12810(a)–(e);
//! `prop47` PC 1170.18; `value` turns on $950; `prop64` HS 11361.8; `realigned` PC 1170(h);
//! `dv`, `child_abuse`, `elder_abuse` (PC 851.91 pattern rule); `no_sol` PC 799; `sol_6` PC 800; `sol_5` PC 803.7;
//! `pc_19_8` PC 19.8 list; `hs_div10` H&S Division 10; `vehicle_operation` (PC 1203.45(c));
//! `cor_barred` PC 4852.01(c); `cor_plus4` PC 4852.03(a)(1); `life`; `firearm_29805`;
//! `dui`; `theft`; `sol_10` PC 801.1(b); `sol_victim_40` PC 801.1(a); `sol_discovery` PC 801.5;
//! `sol_dv` PC 803.7; `sol_misd_3`/`sol_misd_2` PC 802(b)–(d); `dmv` VC 13350–13352;
//! `ask_dwelling`, `ask_shoplifting` (a fact decides the class: see [`crate::engine::classify`]).

pub mod search;
mod words;

/// The level an offence can be charged at (a property of the offence, not of a conviction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffenseLevel {
    Felony,
    Misdemeanor,
    /// Felony or misdemeanor, at the court's choice.
    Wobbler,
    Infraction,
    /// A misdemeanor that may be charged or reduced as an infraction.
    MisdemeanorOrInfraction,
}

/// One catalog entry. Its key, label, names and search words share one string
/// (`KEY|CODE SECTION|English|Spanish|words`) rather than a field each: a pointer and a length
/// for each would cost the results module more than the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offense {
    record: &'static str,
    pub level: OffenseLevel,
    pub flags: u64,
}

impl Offense {
    pub fn has(&self, flag: u64) -> bool {
        self.flags & flag != 0
    }

    /// An entry the catalog does not hold: one reading of an unknown code
    /// ([`crate::engine::classify`]). It has no search words.
    pub(crate) const fn unlisted(record: &'static str, level: OffenseLevel, flags: u64) -> Offense {
        Offense {
            record,
            level,
            flags,
        }
    }

    /// An entry the catalog holds (not one reading of a code it does not know).
    pub fn is_listed(&self) -> bool {
        self.key() != "?"
    }

    /// The same entry with more flags (one reading of an open fact).
    pub(crate) fn with(self, flags: u64) -> Offense {
        Offense {
            flags: self.flags | flags,
            ..self
        }
    }

    /// The same entry without some flags (one reading of an open fact).
    pub(crate) fn without(self, flags: u64) -> Offense {
        Offense {
            flags: self.flags & !flags,
            ..self
        }
    }

    fn part(&self, i: usize) -> &'static str {
        self.record.split('|').nth(i).unwrap_or("")
    }

    /// Normalized lookup key: code and upper-cased section, no spaces (`PC243(E)(1)`).
    pub fn key(&self) -> &'static str {
        self.part(0)
    }

    /// `PC`, `HS`, `VC`…
    pub fn code(&self) -> &'static str {
        self.label().split(' ').next().unwrap_or("")
    }

    /// The section as the statute writes it (`243(e)(1)`).
    pub fn section(&self) -> &'static str {
        self.label().split(' ').nth(1).unwrap_or("")
    }

    /// The plain English name.
    pub fn en(&self) -> &'static str {
        self.part(2)
    }

    pub fn es(&self) -> &'static str {
        self.part(3)
    }

    /// The search words (English and Spanish, lower case, no accents, space-separated) its names
    /// do not already have; only the search reads them.
    pub fn aliases(&self) -> &'static str {
        self.part(4)
    }

    /// "PC 459.5"
    pub fn label(&self) -> &'static str {
        self.part(1)
    }
}

include!(concat!(env!("OUT_DIR"), "/offenses.rs"));

/// Every catalog entry, sorted by key. Built on first use from the generated text and tables
/// (one line, level and flags an entry; see `build.rs`): a static table of `Offense` would hold
/// a string pointer an entry, which compresses badly and cost the results module 8 KB gzip.
pub fn offenses() -> &'static [Offense] {
    static TABLE: std::sync::OnceLock<Vec<Offense>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        ENTRY_TEXT
            .split('\n')
            .zip(ENTRY_LEVELS)
            .zip(ENTRY_FLAGS)
            .map(|((record, level), flags)| Offense {
                record,
                level,
                flags,
            })
            .collect()
    })
}

/// Normalizes what a person or a case file wrote: `"pc 459.5"`, `"P.C. 459.5"`, `"H&S 11350"`,
/// `"PC §484(a)"` → `"PC459.5"`, …
pub fn normalize(offense: &str) -> String {
    let upper: String = offense
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '§')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    const PREFIXES: &[(&str, &str)] = &[
        ("P.C.", "PC"),
        ("PEN.", "PC"),
        ("PEN", "PC"),
        ("H&S", "HS"),
        ("HSC", "HS"),
        ("H&SC", "HS"),
        ("V.C.", "VC"),
        ("VEH.", "VC"),
        ("VEH", "VC"),
        ("B&P", "BP"),
        ("BPC", "BP"),
        ("W&I", "WI"),
        ("WIC", "WI"),
        ("UIC", "UI"),
        ("GOV.", "GC"),
        ("GOV", "GC"),
    ];
    for (from, to) in PREFIXES {
        if let Some(rest) = upper.strip_prefix(from) {
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                return format!("{to}{rest}");
            }
        }
    }
    upper
}

/// Finds an offence by its code and section. A subdivision falls back to its section when the
/// catalog has no entry for it (`PC 484(a)` → `PC 484`).
pub fn lookup(offense: &str) -> Option<&'static Offense> {
    resolve(offense).map(|(o, _)| o)
}

/// Like [`lookup`], and says whether the entry is the code as written (`true`) or the section
/// it fell back to (`false`).
pub fn resolve(offense: &str) -> Option<(&'static Offense, bool)> {
    let mut key = normalize(offense);
    let mut exact = true;
    loop {
        if let Some(o) = exact_entry(&key) {
            return Some((o, exact));
        }
        if key.ends_with(')') {
            if let Some(open) = key.rfind('(') {
                key.truncate(open);
                exact = false;
                continue;
            }
        }
        return None;
    }
}

/// The entry with exactly this normalized key.
pub fn exact_entry(key: &str) -> Option<&'static Offense> {
    let all = offenses();
    all.binary_search_by(|o| o.key().cmp(key))
        .ok()
        .map(|i| &all[i])
}

/// The entries for subdivisions of `section` (`PC243` → `PC243(A)`, `PC243(E)(1)`, …). Keys are
/// sorted and `(` sorts before `.` and the digits, so they follow the section's own entry.
pub fn subdivisions(section: &'static Offense) -> &'static [Offense] {
    let key = section.key();
    let all = offenses();
    let start = all.partition_point(|o| o.key() <= key);
    let len = all[start..]
        .iter()
        .take_while(|o| {
            o.key()
                .strip_prefix(key)
                .is_some_and(|r| r.starts_with('('))
        })
        .count();
    &all[start..start + len]
}

/// The code of a well-formed offence string the catalog does not know (`PC 12345(b)` → `PC`),
/// with the section's number; `None` when it is not a code and section at all.
pub fn well_formed_code(offense: &str) -> Option<(&'static str, u32)> {
    let key = normalize(offense);
    let code = CODES.iter().find(|c| key.starts_with(**c))?;
    let rest = &key[code.len()..];
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let number: u32 = digits.parse().ok()?;
    let tail = &rest[digits.len()..];
    // After the number: an optional dotted part (`.5`), a letter suffix (`484E`), subdivisions.
    let ok = tail
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '(' | ')' | '/'));
    (ok && tail.chars().filter(|c| *c == '(').count() == tail.chars().filter(|c| *c == ')').count())
        .then_some((*code, number))
}

pub(crate) const CODES: [&str; 7] = ["PC", "HS", "VC", "BP", "WI", "UI", "GC"];

/// A well-formed code the catalog has no entry of its own for, written as a label
/// (`"pc 12345 (b)"` → `"PC 12345(b)"`): the offence picker offers to use it as typed, and the
/// engine screens it on every reading the closed lists leave open (or, for a subdivision, by its
/// section's line).
pub fn typed_code(query: &str) -> Option<String> {
    if exact_entry(&normalize(query)).is_some() {
        return None;
    }
    code_label(query)
}

/// A well-formed code written as a label (`"pc 12345 (b)"` → `"PC 12345(b)"`), whether or not
/// the catalog has it: the widget, which holds no catalog, offers it beside the search's matches.
pub fn code_label(query: &str) -> Option<String> {
    let (code, _) = well_formed_code(query)?;
    let key = normalize(query);
    Some(format!("{code} {}", key[code.len()..].to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_are_case_and_space_insensitive_and_fall_back_to_the_section() {
        assert_eq!(lookup("pc 459.5").unwrap().key(), "PC459.5");
        assert_eq!(lookup("PC459.5").unwrap().key(), "PC459.5");
        assert_eq!(lookup("H&S 11350").unwrap().key(), "HS11350");
        assert_eq!(lookup("PC 484(a)").unwrap().key(), "PC484");
        assert!(lookup("PC 99999").is_none());
        assert!(lookup("").is_none());
    }

    #[test]
    fn a_code_with_no_entry_of_its_own_can_be_used_as_typed() {
        assert_eq!(typed_code("pc 12345 (b)").as_deref(), Some("PC 12345(b)"));
        assert_eq!(typed_code("PC 245(a)(9)").as_deref(), Some("PC 245(a)(9)"));
        assert_eq!(typed_code("PC 459.5"), None, "an entry of its own");
        assert_eq!(typed_code("shoplifting"), None, "not a code");
        assert_eq!(typed_code("PC"), None);
    }

    #[test]
    fn a_listed_subdivision_wins_over_its_section() {
        let dv = lookup("PC 243(e)(1)").unwrap();
        assert!(dv.has(flag::DV));
        assert!(!lookup("PC 243").unwrap().has(flag::DV));
    }

    #[test]
    fn the_catalog_is_big_enough_and_sorted() {
        assert!(
            offenses().len() >= 150,
            "only {} offences",
            offenses().len()
        );
        assert!(offenses().windows(2).all(|w| w[0].key() < w[1].key()));
        // The search words the names do not already have ("Shoplifting…" is in the name).
        let words = lookup("PC 459.5").unwrap().aliases();
        assert!(words.split(' ').any(|w| w == "stealing"), "{words}");
        assert!(!words.split(' ').any(|w| w == "shoplifting"), "{words}");
    }
}
