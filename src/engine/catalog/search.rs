//! Search over the catalog for the widget's offence picker: by code section ("459.5",
//! "PC 484", "vc23152") or by words in English or Spanish ("shoplifting", "DUI", "robo"),
//! tolerant of one typo in a word (two in long words) and of missing accents.

use super::words::words_of;
use super::{normalize, offenses, Offense, CODES};

const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "or", "and", "for", "in", "on", "to", "with", "de", "del", "la", "el",
    "los", "las", "en", "con", "y", "o", "un", "una", "por", "para",
];

/// The best matches for `query`, best first, at most `limit`.
pub fn search(query: &str, limit: usize) -> Vec<&'static Offense> {
    let query = query.trim();
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    let words: Vec<String> = words_of(query)
        .into_iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect();
    let keys = section_keys(query);
    let mut scored: Vec<(u32, &'static Offense)> = offenses()
        .iter()
        .filter_map(|o| {
            let section = keys
                .iter()
                .map(|key| section_score(o, key, query))
                .max()
                .unwrap_or(0);
            let score = section + word_score(o, &words);
            (score > 0).then_some((score, o))
        })
        .collect();
    // No section starts that way: two digits swapped or one mistyped ("23125" for 23152), lower.
    if scored.is_empty() {
        scored = offenses()
            .iter()
            .filter_map(|o| {
                keys.iter()
                    .filter_map(|key| near_section(o, key))
                    .max()
                    .map(|n| (n, o))
            })
            .collect();
    }
    // Best score first; then the shorter key (the section before its subdivisions), then A–Z.
    let mut ranked: Vec<_> = scored
        .into_iter()
        .map(|(score, o)| ((std::cmp::Reverse(score), o.key().len(), o.key()), o))
        .collect();
    crate::sort::sort_by_key(&mut ranked, |(rank, _)| *rank);
    ranked.into_iter().take(limit).map(|(_, o)| o).collect()
}

/// The ways people write a code section, as catalog keys to try (`normalize`d): as typed; with
/// the code written after the section ("459pc", "23152 VC" → "PC459", "VC23152"); with a
/// subdivision letter typed without its parentheses ("23152b" → "23152(B)"; "484e" stays a
/// section of its own as typed, too).
fn section_keys(query: &str) -> Vec<String> {
    let key = normalize(query);
    let mut keys = vec![key.clone()];
    const WRITTEN: &[(&str, &str)] = &[
        ("P.C", "PC"),
        ("H&S", "HS"),
        ("V.C", "VC"),
        ("B&P", "BP"),
        ("W&I", "WI"),
    ];
    let trimmed = key.trim_end_matches('.');
    for (written, code) in CODES
        .iter()
        .map(|c| (*c, *c))
        .chain(WRITTEN.iter().copied())
    {
        if let Some(rest) = trimmed.strip_suffix(written) {
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                keys.push(format!("{code}{rest}"));
            }
        }
    }
    for k in keys.clone() {
        let mut chars = k.chars().rev();
        if let (Some(last), Some(before)) = (chars.next(), chars.next()) {
            if last.is_ascii_alphabetic() && before.is_ascii_digit() {
                keys.push(format!("{}({last})", &k[..k.len() - 1]));
            }
        }
    }
    keys
}

/// The same section but for two swapped digits (12) or one mistyped (10), at least four digits
/// typed; `None` otherwise.
fn near_section(o: &Offense, key: &str) -> Option<u32> {
    let digits = |s: &str| -> String { s.chars().take_while(|c| c.is_ascii_digit()).collect() };
    let code = o.code();
    let typed = key.strip_prefix(code).unwrap_or(key);
    let typed = digits(typed);
    let section = digits(&o.key()[code.len()..]);
    let near = typed.len() >= 4
        && section.len() == typed.len()
        && o.key()[code.len()..].len() == section.len()
        && typed != section
        && within_distance(&typed, &section, 1);
    // The same digits in another order: two swapped.
    let counts = |s: &str| {
        let mut n = [0u8; 10];
        s.bytes().for_each(|b| n[usize::from(b - b'0')] += 1);
        n
    };
    near.then(|| {
        if counts(&typed) == counts(&section) {
            12
        } else {
            10
        }
    })
}

/// A query that looks like a section ("459.5", "PC 484", "23152(a)").
fn section_score(o: &Offense, key: &str, raw: &str) -> u32 {
    if !raw.chars().any(|c| c.is_ascii_digit()) {
        return 0;
    }
    let section_key = &o.key()[o.code().len()..];
    if o.key() == key || section_key == key {
        return 100;
    }
    if o.key().starts_with(key) || (key.len() >= 2 && section_key.starts_with(key)) {
        // "PC 459" should list 459 before 459.5; shorter keys first.
        return 60u32.saturating_sub((o.key().len() - key.len().min(o.key().len())) as u32);
    }
    0
}

fn word_score(o: &Offense, words: &[String]) -> u32 {
    if words.is_empty()
        || words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.'))
    {
        return 0;
    }
    let names: Vec<String> = [o.en(), o.es()].iter().flat_map(|t| words_of(t)).collect();
    let aliases = words_of(o.aliases());
    let mut total = 0;
    for w in words {
        let best_of = |hay: &[String]| hay.iter().map(|h| word_match(w, h)).max().unwrap_or(0);
        // A match in the offence's own name ranks above one in its search aliases.
        let best = (best_of(&names) * 2).max((best_of(&aliases) * 2).saturating_sub(1));
        if best == 0 {
            return 0; // every word the person typed must match something
        }
        total += best;
    }
    total
}

/// 6 exact, 4 prefix, 2 one typo (two in long words), 0 none.
fn word_match(query: &str, word: &str) -> u32 {
    if query == word {
        return 6;
    }
    if query.len() >= 2 && word.starts_with(query) {
        return 4;
    }
    let allowed = match query.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    if allowed > 0 && within_distance(query, word, allowed) {
        return 2;
    }
    // A typo inside a prefix the person is still typing ("shopl" → "shoplifting").
    if query.len() >= 5 && word.len() > query.len() {
        let prefix: String = word.chars().take(query.chars().count()).collect();
        if within_distance(query, &prefix, 1) {
            return 1;
        }
    }
    0
}

/// Damerau–Levenshtein distance (adjacent swaps count once) of at most `max`.
fn within_distance(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let mut row_min = usize::MAX;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
    }
    d[a.len() * width + b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(query: &str) -> Vec<&'static str> {
        search(query, 5).iter().map(|o| o.key()).collect()
    }

    #[test]
    fn finds_by_section_with_or_without_code() {
        assert_eq!(top("459.5")[0], "PC459.5");
        assert_eq!(top("PC 484")[0], "PC484");
        assert_eq!(top("vc23152")[0], "VC23152");
    }

    #[test]
    fn finds_codes_written_the_ways_records_and_people_write_them() {
        assert_eq!(top("23152b")[0], "VC23152(B)");
        assert_eq!(top("VC23152(b)")[0], "VC23152(B)");
        assert_eq!(top("vc 23152 b")[0], "VC23152(B)");
        assert_eq!(top("459pc")[0], "PC459");
        assert_eq!(top("459 P.C.")[0], "PC459");
        assert_eq!(top("PC 459")[0], "PC459");
        assert_eq!(top("11377(a)")[0], "HS11377(A)");
        assert_eq!(top("484e")[0], "PC484E");
        // Two digits swapped: the section it could be, when no section starts that way.
        assert!(
            top("vc 23125").contains(&"VC23152"),
            "{:?}",
            top("vc 23125")
        );
    }

    #[test]
    fn finds_by_plain_words_in_english_and_spanish() {
        assert!(top("shoplifting").contains(&"PC459.5"));
        assert!(top("DUI").contains(&"VC23152"));
        assert!(top("petty theft").contains(&"PC488"));
        assert!(!top("robo").is_empty());
        assert!(!top("manejar borracho").is_empty());
    }

    #[test]
    fn tolerates_phone_keyboard_typos_and_missing_accents() {
        assert!(top("shopliftng").contains(&"PC459.5"));
        assert!(top("shoplfiting").contains(&"PC459.5"));
        assert!(top("pety theft").contains(&"PC488"));
    }

    #[test]
    fn capitals_and_accents_fold_like_small_plain_letters() {
        use super::super::words::fold_accent;
        assert_eq!(fold_accent('Á'), 'a');
        assert_eq!(fold_accent('Ñ'), 'n');
        assert_eq!(fold_accent('Q'), 'q');
        assert_eq!(fold_accent('×'), '×');
        assert_eq!(top("FALSIFICACIÓN"), top("falsificacion"));
        assert!(top("FALSIFICACIÓN").contains(&"PC470"));
    }

    #[test]
    fn nonsense_and_empty_queries_find_nothing() {
        assert!(top("").is_empty());
        assert!(top("zzzzqqqq").is_empty());
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert!(within_distance("thfet", "theft", 1));
        assert!(!within_distance("abcdef", "ghijkl", 2));
    }
}
