//! The answers as a short line of text: what the widget keeps in `sessionStorage` and hands to
//! the results module. Not the case file people save (that is the contract's JSON); this one
//! only has to round-trip within one version of the widget, so it is positional and small, and
//! it keeps a JSON library out of the widget's first load.
//!
//! Each value writes itself and reads itself back; anything unreadable reads as `None`, and the
//! widget then starts afresh rather than guessing.

use super::draft::*;
use crate::i18n::Lang;

/// Bumped whenever the layout below changes, so text from an older widget is not misread.
const VERSION: &str = "rr4";

/// A value that writes itself to, and reads itself from, the compact text.
pub trait Codec: Sized {
    fn put(&self, out: &mut String);
    fn take(input: &mut Reader) -> Option<Self>;
}

/// The text being read, front to back.
pub struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.rest.as_bytes().first()?;
        self.rest = self.rest.get(1..)?;
        Some(b)
    }

    fn number(&mut self) -> Option<usize> {
        let end = self.rest.find(':')?;
        let n = self.rest[..end].parse().ok()?;
        self.rest = &self.rest[end + 1..];
        Some(n)
    }

    fn text(&mut self, len: usize) -> Option<&'a str> {
        let s = self.rest.get(..len)?;
        self.rest = &self.rest[len..];
        Some(s)
    }
}

/// Writes `value` as compact text, with the version in front.
pub fn encode<T: Codec>(value: &T) -> String {
    let mut out = String::from(VERSION);
    value.put(&mut out);
    out
}

/// Reads what [`encode`] wrote; `None` for anything else (another version, damage, leftovers).
pub fn decode<T: Codec>(text: &str) -> Option<T> {
    let mut reader = Reader {
        rest: text.strip_prefix(VERSION)?,
    };
    let value = T::take(&mut reader)?;
    reader.rest.is_empty().then_some(value)
}

/// Field-less enums: one letter each, `a` for the first variant.
macro_rules! letters {
    ($($ty:ident { $($variant:ident),* $(,)? })*) => {$(
        impl Codec for $ty {
            fn put(&self, out: &mut String) {
                // Does not compile if a variant is missing from the list.
                match self { $($ty::$variant)|* => {} }
                const ALL: &[$ty] = &[$($ty::$variant),*];
                let i = ALL.iter().position(|v| v == self).unwrap_or(0);
                out.push(char::from(b'a' + i as u8));
            }
            fn take(input: &mut Reader) -> Option<Self> {
                const ALL: &[$ty] = &[$($ty::$variant),*];
                ALL.get(usize::from(input.byte()?.checked_sub(b'a')?)).copied()
            }
        }
    )*};
}

letters! {
    Choice { Yes, No, Unsure }
    LevelChoice { Felony, Misdemeanor, Infraction, Unsure }
    SentenceChoice { Probation, NoProbation, CountyJail, Split, Prison, Unsure }
    OutcomeChoice { Completed, TerminatedEarly, Violated, Revoked, Ongoing, Unsure }
    ArrestOutcomeChoice { NotCharged, Dismissed, Acquitted, DiversionCompleted, Pending, Unsure }
    ReliefChoice { Dismissed, ReducedToMisdemeanor, Prop47, Prop64 }
    Category { Theft, Drugs, Driving, Violence, Other }
    Lang { En, Es }
}

impl Codec for bool {
    fn put(&self, out: &mut String) {
        out.push(if *self { 'y' } else { 'n' });
    }
    fn take(input: &mut Reader) -> Option<Self> {
        match input.byte()? {
            b'y' => Some(true),
            b'n' => Some(false),
            _ => None,
        }
    }
}

/// Length in bytes, a colon, then the text as it is.
impl Codec for String {
    fn put(&self, out: &mut String) {
        out.push_str(&self.len().to_string());
        out.push(':');
        out.push_str(self);
    }
    fn take(input: &mut Reader) -> Option<Self> {
        let len = input.number()?;
        input.text(len).map(str::to_string)
    }
}

impl<T: Codec> Codec for Option<T> {
    fn put(&self, out: &mut String) {
        match self {
            None => out.push('-'),
            Some(v) => {
                out.push('+');
                v.put(out);
            }
        }
    }
    fn take(input: &mut Reader) -> Option<Self> {
        match input.byte()? {
            b'-' => Some(None),
            b'+' => T::take(input).map(Some),
            _ => None,
        }
    }
}

/// Count, a colon, then the items.
impl<T: Codec> Codec for Vec<T> {
    fn put(&self, out: &mut String) {
        out.push_str(&self.len().to_string());
        out.push(':');
        for item in self {
            item.put(out);
        }
    }
    fn take(input: &mut Reader) -> Option<Self> {
        let n = input.number()?;
        // Each item takes at least one byte: a larger count is damage, not a long list.
        if n > input.rest.len() {
            return None;
        }
        (0..n).map(|_| T::take(input)).collect()
    }
}

impl Codec for DateAnswer {
    fn put(&self, out: &mut String) {
        match self {
            DateAnswer::Unsure => out.push('?'),
            DateAnswer::Known(date) => {
                out.push('=');
                date.put(out);
            }
        }
    }
    fn take(input: &mut Reader) -> Option<Self> {
        match input.byte()? {
            b'?' => Some(DateAnswer::Unsure),
            b'=' => String::take(input).map(DateAnswer::Known),
            _ => None,
        }
    }
}

/// Two hex digits.
impl Codec for Listing {
    fn put(&self, out: &mut String) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push(char::from(HEX[usize::from(self.0 >> 4)]));
        out.push(char::from(HEX[usize::from(self.0 & 15)]));
    }
    fn take(input: &mut Reader) -> Option<Self> {
        let digit = |b: u8| char::from(b).to_digit(16);
        let (hi, lo) = (digit(input.byte()?)?, digit(input.byte()?)?);
        Some(Listing((hi * 16 + lo) as u8))
    }
}

/// Structs: their fields in the order listed (the list is the layout; see [`VERSION`]).
macro_rules! fields {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl $crate::wizard::codec::Codec for $ty {
            fn put(&self, out: &mut String) {
                $($crate::wizard::codec::Codec::put(&self.$field, out);)*
            }
            fn take(input: &mut $crate::wizard::codec::Reader) -> Option<Self> {
                Some($ty { $($field: $crate::wizard::codec::Codec::take(input)?,)* })
            }
        }
    )*};
}

// Used by the (wasm-only) `ui` module for what it stores and hands over.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use fields;

fields! {
    DraftConviction {
        offense, listing, category, level, convicted_on, sentence, probation_outcome, probation_end,
        released, sentence_end, complied, value_over_950, under_18, offense_on, relief,
        residential, shoplifting, could_be_misdemeanor,
    }
    DraftArrest { offense, listing, category, level, arrested_on, outcome }
    Draft {
        pending_charges, supervised, serving, registered, citizen, has_convictions, convictions,
        has_arrests, arrests, resident_since, super_strike,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Draft {
        Draft {
            pending_charges: Some(Choice::No),
            supervised: Some(Choice::Unsure),
            serving: None,
            registered: Some(Choice::Yes),
            citizen: Some(Choice::No),
            has_convictions: Some(Choice::Yes),
            convictions: vec![
                DraftConviction {
                    offense: Some("PC 459.5".into()),
                    level: Some(LevelChoice::Misdemeanor),
                    convicted_on: Some(DateAnswer::Known("2020-09-16".into())),
                    sentence: Some(SentenceChoice::Split),
                    probation_outcome: Some(OutcomeChoice::Unsure),
                    probation_end: Some(DateAnswer::Unsure),
                    relief: Some(vec![ReliefChoice::Prop47, ReliefChoice::Dismissed]),
                    ..Default::default()
                },
                DraftConviction {
                    category: Some(Category::Other),
                    offense_on: Some(DateAnswer::Known("2013".into())),
                    relief: Some(vec![]),
                    ..Default::default()
                },
            ],
            has_arrests: Some(Choice::Yes),
            arrests: vec![DraftArrest {
                offense: Some("Robo: ¿menor? 5:00 ñ".into()),
                outcome: Some(ArrestOutcomeChoice::DiversionCompleted),
                ..Default::default()
            }],
            resident_since: Some(DateAnswer::Known("1990-02".into())),
            super_strike: Some(Choice::No),
        }
    }

    #[test]
    fn answers_round_trip() {
        for draft in [Draft::default(), full()] {
            assert_eq!(decode::<Draft>(&encode(&draft)), Some(draft));
        }
        assert_eq!(decode::<Lang>(&encode(&Lang::Es)), Some(Lang::Es));
    }

    #[test]
    fn damaged_or_foreign_text_reads_as_nothing() {
        let text = encode(&full());
        for bad in [
            "",
            "{\"draft\":{}}",
            "rr0-------0:-0:---",
            &text[..text.len() - 1],
            &format!("{text}x"),
            &text.replace("8:PC 459.5", "99:PC 459.5"),
            &text.replacen("+a", "+z", 1),
            "rr1------99999999999:",
            "rr2------99999999999:",
        ] {
            assert_eq!(decode::<Draft>(bad), None, "{bad}");
        }
    }
}
