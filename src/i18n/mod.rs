//! Every string the widget shows, in English and Spanish: one typed table per kind of text.
//! Each entry is a `[English, Spanish]` pair inside an exhaustive `match`, so a missing
//! translation is a compile error; a test checks that no text is empty.
//!
//! Reason and notice texts come from the engine (`Why::text` / `Why::es`); offence names from
//! the catalog (`Offense::en` / `Offense::es`).

mod messages;
mod remedies;

pub use messages::{KitMsg, Message, Msg, ReportMsg, ViewMsg};
pub use remedies::{
    glossary, reduce_and_dismiss_step, remedy_step, remedy_text, where_to_find, RemedyText,
};

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().get(..2) {
            Some("en") => Some(Lang::En),
            Some("es") => Some(Lang::Es),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }

    /// Picks this language's text from an `[English, Spanish]` pair.
    pub fn pick(self, pair: [&'static str; 2]) -> &'static str {
        pair[self as usize]
    }
}

/// A message in a language.
pub fn t(msg: impl Message, lang: Lang) -> &'static str {
    lang.pick(msg.pair())
}

/// Month names for dates shown to people ("March 14, 2027" / "14 de marzo de 2027").
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => EN[i],
        Lang::Es => ES[i],
    }
}

/// A date as people read it, in the US order in English: "March 14, 2027", "March 2027", "2027"
/// (and the Spanish forms, "14 de marzo de 2027").
pub fn format_date(date: &crate::engine::dates::FuzzyDate, lang: Lang) -> String {
    use crate::engine::dates::Precision;
    let month = month_name(date.month, lang);
    match (date.precision, lang) {
        (Precision::Day, Lang::En) => format!("{month} {}, {}", date.day, date.year),
        (Precision::Day, Lang::Es) => format!("{} de {} de {}", date.day, month, date.year),
        (Precision::Month, Lang::En) => format!("{month} {}", date.year),
        (Precision::Month, Lang::Es) => format!("{month} de {}", date.year),
        (Precision::Year, _) => date.year.to_string(),
    }
}

/// A date as people read it ("March 14, 2027").
pub fn show_date(date: chrono::NaiveDate, lang: Lang) -> String {
    format_date(&crate::engine::dates::FuzzyDate::exact(date), lang)
}

/// An offence's English and Spanish names by catalog label, or `None` while they are not at
/// hand (the widget's first load holds no names; the results module does).
pub type Names = fn(&str) -> Option<(String, String)>;

/// The plain name of a record's offence in the visitor's language, with its code ("Petty theft
/// (PC 488)"); the code alone while the names are not at hand. `listed`: the code has a catalog
/// entry of its own (else it was used as typed, and is said to be outside our list).
pub fn offense_name_with(offense: Option<&str>, listed: bool, lang: Lang, names: Names) -> String {
    match offense {
        Some(o) if listed => match names(o) {
            Some((en, es)) => format!("{} ({o})", if lang == Lang::Es { es } else { en }),
            None => o.to_string(),
        },
        Some(code) if crate::engine::catalog::well_formed_code(code).is_some() => {
            format!(
                "{code} ({})",
                lang.pick(const { Msg::OffenseNotListed.texts() })
            )
        }
        _ => lang.pick(const { Msg::UnknownCode.texts() }).to_string(),
    }
}

/// The names of a catalog label (the code as written, not a section it falls back to), where
/// the catalog's names are at hand.
pub fn catalog_names(label: &str) -> Option<(String, String)> {
    match crate::engine::catalog::resolve(label) {
        Some((o, true)) => Some((o.en().to_string(), o.es().to_string())),
        _ => None,
    }
}

/// [`offense_name_with`] the catalog's own names (where the catalog is at hand).
pub fn offense_name(offense: Option<&str>, lang: Lang) -> String {
    let listed = offense.is_some_and(|o| catalog_names(o).is_some());
    offense_name_with(offense, listed, lang, catalog_names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::RemedyId;

    #[test]
    fn no_message_is_empty_in_either_language() {
        check_table(Msg::ALL, &[Msg::No, Msg::ErrorPrefix]);
        check_table(ReportMsg::ALL, &[]);
        check_table(ViewMsg::ALL, &[]);
    }

    fn check_table<M: Message + std::fmt::Debug + PartialEq>(all: &[M], same_in_both: &[M]) {
        for msg in all {
            for lang in [Lang::En, Lang::Es] {
                assert!(
                    !t(*msg, lang).trim().is_empty(),
                    "{msg:?} is empty in {lang:?}"
                );
            }
            // Words spelled the same in both languages are listed; anything else must differ.
            if !same_in_both.contains(msg) {
                assert_ne!(
                    t(*msg, Lang::En),
                    t(*msg, Lang::Es),
                    "{msg:?} is not translated"
                );
            }
        }
    }

    #[test]
    fn every_remedy_has_texts_in_both_languages() {
        for r in RemedyId::ALL {
            for lang in [Lang::En, Lang::Es] {
                let text = remedy_text(r, lang);
                for part in [text.name, text.does, text.does_not, text.next] {
                    assert!(!part.trim().is_empty(), "{r:?} {lang:?}");
                }
            }
        }
    }

    #[test]
    fn dates_read_naturally() {
        let d = crate::engine::dates::FuzzyDate::parse("2027-03-14").unwrap();
        assert_eq!(format_date(&d, Lang::En), "March 14, 2027");
        assert_eq!(format_date(&d, Lang::Es), "14 de marzo de 2027");
        let m = crate::engine::dates::FuzzyDate::parse("2027-03").unwrap();
        assert_eq!(format_date(&m, Lang::En), "March 2027");
    }

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
