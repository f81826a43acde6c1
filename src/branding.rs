//! The law firm's branding for an embedded widget: name, address, phone, contact link, accent
//! colour, default language. Every value arrives as untrusted text (data attributes or the URL
//! fragment), is checked here, and is only ever rendered as text. Pure Rust, tested natively.

use crate::i18n::Lang;

/// Limits that keep a hostile or careless value from breaking the layout.
pub const MAX_NAME: usize = 100;
pub const MAX_ADDRESS: usize = 200;
pub const MAX_PHONE: usize = 30;
pub const MAX_MESSAGE: usize = 160;
pub const MAX_EMAIL: usize = 120;
pub const MAX_URL: usize = 500;

/// The default accent when none is given or the given one is unreadable.
pub const DEFAULT_ACCENT: Rgb = Rgb(0x1d, 0x4f, 0x91);

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Branding {
    pub firm_name: Option<String>,
    pub firm_address: Option<String>,
    /// Digits for a `tel:` link, and the text as given for display.
    pub phone: Option<(String, String)>,
    /// An `https:`, `tel:` or `mailto:` link.
    pub contact_url: Option<String>,
    /// The firm's own short line beside the results ("Free 15-minute consultation").
    pub firm_message: Option<String>,
    /// Where "Email this summary" addresses the visitor's own email app (`name@firm.example`).
    pub email: Option<String>,
    pub accent: Option<Rgb>,
    pub lang: Option<Lang>,
    /// In iframe mode, the exact origin of the embedding page: the only origin the widget will
    /// send its height to (never `*`).
    pub parent_origin: Option<String>,
}

/// Problems with the configuration, for the site owner (printed to the console).
pub type Warnings = Vec<String>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rgb` or `#rrggbb`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        let digit = |i: usize, len: usize| u8::from_str_radix(hex.get(i..i + len)?, 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            _ => None,
        }
    }

    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2.1 relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// `x`^2.4 for `x` in 0..=1: x² times the fifth root of x², by Newton's method. `f64::powf`
/// would link a general `pow` into the widget for this one use.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    if square <= 0.0 {
        return 0.0;
    }
    let mut root = 1.0_f64; // the fifth root of a number in (0, 1] lies in (0, 1]
    for _ in 0..60 {
        let next = (4.0 * root + square / (root * root * root * root)) / 5.0;
        if (next - root).abs() <= 1e-15 {
            break;
        }
        root = next;
    }
    square * root
}

/// Text safe to render: control characters removed, whitespace collapsed, length capped.
fn clean_text(value: &str, max: usize, field: &str, warnings: &mut Warnings) -> Option<String> {
    let cleaned: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if cleaned.is_empty() {
        warnings.push(format!("{field} is empty; it is left out."));
        return None;
    }
    if cleaned.chars().count() > max {
        warnings.push(format!(
            "{field} is longer than {max} characters; it is shortened."
        ));
        return Some(cleaned.chars().take(max).collect::<String>() + "…");
    }
    Some(cleaned)
}

/// A phone number and its extension ("ext 22", "x22", "extension 22", "#22"), if any.
fn split_extension(value: &str) -> (&str, &str) {
    let lower = value.to_ascii_lowercase();
    let at = ["extension", "ext.", "ext", " x", "#"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min();
    match at {
        Some(i) => (&value[..i], &value[i..]),
        None => (value, ""),
    }
}

/// One email address, plainly: `local@domain.tld`, no spaces, quotes, angle brackets or commas
/// (it goes into a `mailto:` link the visitor opens themselves).
fn safe_email(value: &str) -> Option<String> {
    let v = value.trim();
    let (local, domain) = v.split_once('@')?;
    let plain = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c))
    };
    (v.len() <= MAX_EMAIL
        && plain(local)
        && plain(domain)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.'))
    .then(|| v.to_string())
}

/// Only `https:`, `tel:` and `mailto:` links are allowed (never `javascript:`, `data:`, `http:`).
pub fn safe_link(value: &str) -> Option<String> {
    let v = value.trim();
    if v.len() > MAX_URL
        || v.chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '"' || c == '<' || c == '>')
    {
        return None;
    }
    let lower = v.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") && v.len() > "https://".len())
        || (lower.starts_with("tel:")
            && v[4..]
                .chars()
                .all(|c| c.is_ascii_digit() || "+-(). ".contains(c))
            && v.len() > 4)
        || (lower.starts_with("mailto:") && v[7..].contains('@'));
    ok.then(|| v.to_string())
}

/// An origin the widget may talk to: `https://host[:port]`, or plain `http://` on the local
/// machine (development and tests). Nothing else.
pub fn safe_origin(value: &str) -> Option<String> {
    let v = value.trim();
    let rest = v.strip_prefix("https://").or_else(|| {
        let local = v.strip_prefix("http://")?;
        let host = local.split(':').next()?;
        (host == "127.0.0.1" || host == "localhost").then_some(local)
    })?;
    let valid = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        && !rest.starts_with(':');
    valid.then(|| v.to_string())
}

/// Reads configuration pairs (`firm-name`, `firm-address`, `phone`, `contact-url`, `accent`,
/// `lang`), whatever their source. Unknown keys and bad values are reported, never fatal.
pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Branding, Warnings) {
    let mut b = Branding::default();
    let mut w = Warnings::new();
    for (key, value) in pairs {
        match key {
            "firm-name" => b.firm_name = clean_text(value, MAX_NAME, "firm-name", &mut w),
            "firm-address" => b.firm_address = clean_text(value, MAX_ADDRESS, "firm-address", &mut w),
            "firm-message" => b.firm_message = clean_text(value, MAX_MESSAGE, "firm-message", &mut w),
            "email" => match safe_email(value) {
                Some(email) => b.email = Some(email),
                None => w.push("email must be one address like name@firm.example; it is left out.".into()),
            },
            "phone" => {
                // "(559) 555-0100 ext 22": the extension is dialled after a pause (`,22`), not
                // run into the number.
                let (number, extension) = split_extension(value);
                let mut digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                let ext: String = extension.chars().filter(|c| c.is_ascii_digit()).collect();
                let number_len = digits.len();
                if !ext.is_empty() {
                    digits.push(',');
                    digits.push_str(&ext);
                }
                let shown = clean_text(value, MAX_PHONE, "phone", &mut w);
                match shown {
                    Some(shown) if (7..=16).contains(&number_len) => b.phone = Some((digits, shown)),
                    Some(_) => w.push("phone does not look like a phone number; it is left out.".into()),
                    None => {}
                }
            }
            "contact-url" => match safe_link(value) {
                Some(link) => b.contact_url = Some(link),
                None => w.push("contact-url must be an https:, tel: or mailto: link; it is left out.".into()),
            },
            "accent" => match Rgb::parse(value) {
                // The accent is a button background under white text, and link text on white.
                Some(c) if c.contrast(Rgb(255, 255, 255)) >= 4.5 => b.accent = Some(c),
                Some(_) => w.push(format!("accent {value} is too light to read against white (contrast below 4.5:1); the default is used.")),
                None => w.push(format!("accent {value} is not a #rgb or #rrggbb colour; the default is used.")),
            },
            "lang" => match Lang::from_tag(value) {
                Some(lang) => b.lang = Some(lang),
                None => w.push(format!("lang {value} is not supported (en or es).")),
            },
            "parent-origin" => match safe_origin(value) {
                Some(origin) => b.parent_origin = Some(origin),
                None => w.push("parent-origin is not an https origin; the frame will not resize.".into()),
            },
            // Set by embed.js for its own use, or by the host page's snippet.
            "mode" | "src" | "record-relief" | "rr-mounted" | "rr-app" | "rr-css" | "rr-css-integrity"
            | "title" | "top-offset" => {}
            other => w.push(format!("unknown setting {other}; it is ignored.")),
        }
    }
    if b.firm_name.is_none() || b.firm_address.is_none() {
        w.push("firm-name and firm-address are needed to show the responsible firm (California advertising rules); a neutral footer is shown.".into());
    }
    (b, w)
}

/// Splits a URL fragment (`#firm-name=Smith%20Law&phone=…`) into decoded pairs.
pub fn fragment_pairs(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Some((percent_decode(k)?, percent_decode(v)?))
        })
        .collect()
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_matches_powf_for_every_channel_value() {
        for c in 0..=255u8 {
            let x = (c as f64 / 255.0 + 0.055) / 1.055;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{c}");
        }
        assert_eq!(pow_2_4(0.0), 0.0);
    }

    #[test]
    fn good_configuration_is_kept() {
        let (b, w) = from_pairs([
            ("firm-name", "Smith & Ortega LLP"),
            ("firm-address", "100 Main St, Fresno, CA 93721"),
            ("phone", "(559) 555-0100"),
            ("contact-url", "https://smith-ortega.example/book"),
            ("accent", "#7a1f1f"),
            ("lang", "es"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(b.firm_name.as_deref(), Some("Smith & Ortega LLP"));
        assert_eq!(b.phone.as_ref().unwrap().0, "5595550100");
        assert_eq!(b.accent, Some(Rgb(0x7a, 0x1f, 0x1f)));
        assert_eq!(b.lang, Some(Lang::Es));
    }

    #[test]
    fn hostile_values_are_refused_or_tamed() {
        let long = "x".repeat(500);
        let (b, w) = from_pairs([
            ("firm-name", "<img src=x onerror=alert(1)>"),
            ("firm-address", long.as_str()),
            ("contact-url", "javascript:alert(1)"),
            ("accent", "#ffff00"),
            ("phone", "call us"),
        ]);
        // Markup stays text (rendered as text by the UI), never dropped silently into HTML.
        assert_eq!(b.firm_name.as_deref(), Some("<img src=x onerror=alert(1)>"));
        assert_eq!(
            b.firm_address.as_ref().unwrap().chars().count(),
            MAX_ADDRESS + 1
        );
        assert!(b.contact_url.is_none());
        assert!(b.accent.is_none());
        assert!(b.phone.is_none());
        assert_eq!(w.len(), 4, "{w:?}");
    }

    #[test]
    fn a_phone_extension_is_dialled_after_a_pause() {
        for (given, tel) in [
            ("(559) 555-0100 ext 22", "5595550100,22"),
            ("559-555-0100 x22", "5595550100,22"),
            ("+1 559 555 0100 extension 7", "+15595550100,7"),
            ("(559) 555-0100", "5595550100"),
        ] {
            let (b, _) = from_pairs([("phone", given)]);
            assert_eq!(b.phone.map(|p| p.0).as_deref(), Some(tel), "{given}");
        }
        // The extension's digits do not make a short number long enough.
        let (b, _) = from_pairs([("phone", "555 ext 1234567")]);
        assert_eq!(b.phone, None);
    }

    #[test]
    fn the_firm_email_and_line_are_plain_text() {
        let (b, w) = from_pairs([
            ("email", "intake@ortega-smith.example"),
            ("firm-message", "Free 15-minute <b>call</b>"),
        ]);
        assert_eq!(b.email.as_deref(), Some("intake@ortega-smith.example"));
        assert_eq!(
            b.firm_message.as_deref(),
            Some("Free 15-minute <b>call</b>")
        );
        assert!(w.iter().all(|w| !w.contains("email")), "{w:?}");
        for bad in [
            "a@b",
            "a b@c.example",
            "a@b.example?cc=x@y.example",
            "<a@b.example>",
            "a@b.example,c@d.example",
        ] {
            let (b, w) = from_pairs([("email", bad)]);
            assert_eq!(b.email, None, "{bad}");
            assert!(w.iter().any(|w| w.contains("email")), "{bad}: {w:?}");
        }
    }

    #[test]
    fn only_safe_link_schemes() {
        assert!(safe_link("https://a.example/x").is_some());
        assert!(safe_link("mailto:help@a.example").is_some());
        assert!(safe_link("tel:+1-559-555-0100").is_some());
        for bad in [
            "http://a.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "JAVASCRIPT:x",
            "https://",
            "tel:abc",
            "https://a b",
        ] {
            assert!(safe_link(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn empty_name_gives_a_neutral_footer_warning() {
        let (b, w) = from_pairs([("firm-name", "   ")]);
        assert!(b.firm_name.is_none());
        assert!(w.iter().any(|m| m.contains("neutral footer")));
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((Rgb(0, 0, 0).contrast(Rgb(255, 255, 255)) - 21.0).abs() < 0.01);
        assert!(DEFAULT_ACCENT.contrast(Rgb(255, 255, 255)) >= 4.5);
        assert_eq!(Rgb::parse("#abc"), Some(Rgb(0xaa, 0xbb, 0xcc)));
        assert_eq!(Rgb::parse("red"), None);
    }

    #[test]
    fn parent_origin_must_be_an_exact_safe_origin() {
        assert_eq!(
            safe_origin("https://firm.example"),
            Some("https://firm.example".into())
        );
        assert_eq!(
            safe_origin("http://127.0.0.1:8081"),
            Some("http://127.0.0.1:8081".into())
        );
        for bad in [
            "*",
            "http://firm.example",
            "https://firm.example/path",
            "javascript:x",
            "https://",
            "null",
        ] {
            assert_eq!(safe_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn fragments_decode() {
        let pairs = fragment_pairs("#firm-name=Smith%20%26%20Ortega&lang=es&empty");
        assert_eq!(
            pairs[0],
            ("firm-name".to_string(), "Smith & Ortega".to_string())
        );
        assert_eq!(pairs[1].1, "es");
        assert_eq!(pairs[2], ("empty".to_string(), String::new()));
        assert!(fragment_pairs("#a=%zz").is_empty());
    }
}
