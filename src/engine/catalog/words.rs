//! The words of a name or a query as the offence search compares them: lower-cased, without
//! accents, digits kept. Shared by the search (`search.rs`) and the build script (`build.rs`),
//! which keeps only the search words an entry's names do not already have.

/// Lower-cased words without accents; digits kept. Letters are ASCII and Latin-1 (English and
/// Spanish): the catalog has no other script, and Rust's full Unicode case tables would add
/// about 25 KB to the widget's first load.
pub fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || is_latin1_letter(c) || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(fold_accent).collect::<String>())
        .collect()
}

fn is_latin1_letter(c: char) -> bool {
    matches!(c, 'À'..='ÿ') && c != '×' && c != '÷'
}

pub fn fold_accent(c: char) -> char {
    // Latin-1 capitals sit 0x20 below their small letters.
    let c = match c {
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c.to_ascii_lowercase(),
    };
    match c {
        'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    }
}
