//! Small helpers shared by the rules: element keys, diagnostic construction, value formats.

use crate::diagnostic::{Diagnostic, ElementKey, RuleMeta};
use crate::model::{Angaben, Datenfeld, Datenfeldgruppe, ElementRef, Enthaelt, Struktur};
use crate::span::Span;

/// The key (id and version) of an element, `None` when its id is missing or empty.
pub fn key_of(a: &Angaben) -> Option<ElementKey> {
    let id = a.id().filter(|i| !i.as_str().is_empty())?;
    Some(ElementKey::new(
        id.as_str(),
        a.version().map(|v| v.as_str()),
    ))
}

/// `F00000001 V1.0` for messages; `(ohne ID)` when the id is missing or empty.
pub fn label(a: &Angaben) -> String {
    match a.id().map(|i| i.as_str()).filter(|s| !s.is_empty()) {
        Some(id) => match a.version() {
            Some(v) => format!("{id} V{v}"),
            None => id.to_owned(),
        },
        None => "(ohne ID)".to_owned(),
    }
}

/// A diagnostic of `meta` about element `a` at `span`, with the rule's default severity.
pub fn diag(meta: &RuleMeta, a: &Angaben, span: Span, message: impl Into<String>) -> Diagnostic {
    let d = Diagnostic::new(meta.code, meta.default_severity(), message, span);
    match key_of(a) {
        Some(k) => d.with_element(k),
        None => d,
    }
}

/// Whether an optional text is absent or only whitespace.
pub fn is_blank(s: Option<&str>) -> bool {
    s.is_none_or(|s| s.trim().is_empty())
}

/// Whether every `bezug` is empty (or there is none).
pub fn bezug_empty(b: &[crate::model::Rechtsbezug]) -> bool {
    b.iter().all(|r| r.text.trim().is_empty())
}

/// The element a structure entry contains, if any.
pub fn child(s: &Struktur) -> Option<ElementRef<'_>> {
    match &s.enthaelt {
        Enthaelt::Group(g) => Some(ElementRef::Group(g)),
        Enthaelt::Field(f) => Some(ElementRef::Field(f)),
        Enthaelt::Missing => None,
    }
}

/// The structure entries of a schema or group (empty for fields and rules).
pub fn struktur_of(e: ElementRef<'_>) -> &[Struktur] {
    match e {
        ElementRef::Schema(s) => &s.struktur,
        ElementRef::Group(g) => &g.struktur,
        ElementRef::Field(_) | ElementRef::Rule(_) => &[],
    }
}

/// The field, when the element is one.
pub fn as_field(e: ElementRef<'_>) -> Option<&Datenfeld> {
    match e {
        ElementRef::Field(f) => Some(f),
        _ => None,
    }
}

/// The group, when the element is one.
pub fn as_group(e: ElementRef<'_>) -> Option<&Datenfeldgruppe> {
    match e {
        ElementRef::Group(g) => Some(g),
        _ => None,
    }
}

/// Whether `s` is a decimal number (`-1`, `3.5`, `+2`, `.5`); no exponent, no grouping.
pub fn is_number(s: &str) -> bool {
    parse_number(s).is_some()
}

/// Whether `s` is an `xs:double` literal: a decimal with an optional exponent (`1e3`,
/// `-2.5E-4`), `INF`, `+INF`, `-INF` or `NaN`.
pub fn is_xs_double(s: &str) -> bool {
    let t = s.trim();
    if matches!(t, "INF" | "+INF" | "-INF" | "NaN") {
        return true;
    }
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (t.get(..i).unwrap_or(""), t.get(i + 1..)),
        None => (t, None),
    };
    is_number(mantissa)
        && exponent.is_none_or(|e| {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Parses a decimal number as `f64`, accepting `,` as decimal separator is NOT done:
/// XSD decimals use `.` only.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    if body.is_empty() || body == "." {
        return None;
    }
    let mut dots = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => {}
            '.' => dots += 1,
            _ => return None,
        }
    }
    if dots > 1 {
        return None;
    }
    t.parse::<f64>().ok()
}

/// Whether `s` is an integer (`-3`, `+12`, `0`).
pub fn is_integer(s: &str) -> bool {
    let t = s.trim();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit())
}

/// Parses an XSD date `YYYY-MM-DD` (optionally with a time zone) into (year, month, day).
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let t = s.trim();
    let (date, _tz) = split_tz(t);
    let mut parts = date.splitn(3, '-');
    let y = parts.next()?;
    let m = parts.next()?;
    let d = parts.next()?;
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

/// Splits a trailing time zone (`Z`, `+01:00`) off a date or time.
fn split_tz(t: &str) -> (&str, &str) {
    if let Some(s) = t.strip_suffix('Z') {
        return (s, "Z");
    }
    let b = t.as_bytes();
    if b.len() > 6 {
        let i = b.len() - 6;
        if matches!(b[i], b'+' | b'-') && b[i + 3] == b':' {
            return (&t[..i], &t[i..]);
        }
    }
    (t, "")
}

/// Parses an XSD time `hh:mm:ss` (fractional seconds and time zone allowed) into seconds.
pub fn parse_time(s: &str) -> Option<f64> {
    let (time, _) = split_tz(s.trim());
    let mut parts = time.splitn(3, ':');
    let h = parts.next()?;
    let m = parts.next()?;
    let sec = parts.next()?;
    if h.len() != 2 || m.len() != 2 || sec.len() < 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    let sec_int = sec.get(..2)?;
    if !sec_int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac = &sec[2..];
    if !(frac.is_empty()
        || (frac.starts_with('.')
            && frac.len() > 1
            && frac[1..].bytes().all(|b| b.is_ascii_digit())))
    {
        return None;
    }
    let sec: f64 = sec.parse().ok()?;
    (h < 24 && m < 60 && sec < 60.0).then_some(f64::from(h * 3600 + m * 60) + sec)
}

/// Parses an XSD dateTime `YYYY-MM-DDThh:mm:ss` into a sortable tuple.
pub fn parse_datetime(s: &str) -> Option<((i32, u32, u32), f64)> {
    let (date, time) = s.trim().split_once('T')?;
    Some((parse_date(date)?, parse_time(time)?))
}

/// Whether `s` is an XSD boolean as FIM uses it: `true` or `false`.
pub fn is_bool(s: &str) -> bool {
    matches!(s.trim(), "true" | "false")
}

/// Whether an `anzahl` text has the form `min:max` with digits or `*` as max.
pub fn anzahl_well_formed(s: &str) -> bool {
    let Some((min, max)) = s.split_once(':') else {
        return false;
    };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    digits(min) && (max == "*" || digits(max))
}

/// The multiplicity bounds of a well-formed `anzahl`: (min, max with `None` for `*`).
pub fn anzahl_bounds(s: &str) -> Option<(u64, Option<u64>)> {
    if !anzahl_well_formed(s) {
        return None;
    }
    let (min, max) = s.split_once(':')?;
    let min = min.parse().ok()?;
    let max = if max == "*" {
        None
    } else {
        Some(max.parse().ok()?)
    };
    Some((min, max))
}

/// Whether a code-list identifier is a URN in the syntax of RFC 8141 as the QS checks it:
/// `urn:` NID (letter or digit, then up to 31 letters, digits, hyphens) `:` NSS.
pub fn urn_well_formed(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("urn:") else {
        return false;
    };
    let Some((nid, nss)) = rest.split_once(':') else {
        return false;
    };
    let nid_ok = !nid.is_empty()
        && nid.len() <= 32
        && nid
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && nid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !nid_ok || nss.is_empty() {
        return false;
    }
    let b = nss.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            let hex = |j: usize| b.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(c.is_ascii_alphanumeric() || b"()+,-.:=@;$_!*'".contains(&c)) {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `id` has the form the QS expects for its kind letter: the letter and 8 (2.0) or
/// 11 (3.0.0) digits.
pub fn id_well_formed(id: &str, letter: char, digits: usize) -> bool {
    let mut chars = id.chars();
    chars.next() == Some(letter) && id.len() == 1 + digits && chars.all(|c| c.is_ascii_digit())
}

/// The field's datentyp, if set.
pub fn datentyp(fd: &Datenfeld) -> Option<&crate::codes::Datentyp> {
    fd.datentyp.as_ref().map(|c| &c.value)
}

/// The field's feldart, if set.
pub fn feldart(fd: &Datenfeld) -> Option<&crate::codes::Feldart> {
    fd.feldart.as_ref().map(|c| &c.value)
}

/// Whether the field's type is `text` or `text_latin`.
pub fn is_text_type(fd: &Datenfeld) -> bool {
    use crate::codes::Datentyp as D;
    matches!(datentyp(fd), Some(D::Text | D::TextLatin))
}

/// Whether the field has a code list reference or an inline value list.
pub fn has_list(fd: &Datenfeld) -> bool {
    fd.codeliste_referenz.is_some() || fd.werte.as_ref().is_some_and(|w| !w.is_empty())
}

/// The field's `praezisierung` span, or the field's span.
pub fn praez_span(fd: &Datenfeld) -> Span {
    fd.praezisierung.as_ref().map_or(
        fd.span,
        |p| if p.span.is_empty() { fd.span } else { p.span },
    )
}

/// A setting of `praezisierung` by name, typed or unparsed (`minLength`, `maxValue`, ...).
pub fn praez_raw<'a>(fd: &'a Datenfeld, name: &str) -> Option<std::borrow::Cow<'a, str>> {
    use std::borrow::Cow;
    let p = fd.praezisierung.as_ref()?;
    let typed = match name {
        "minLength" => p.min_length.map(|n| Cow::Owned(n.to_string())),
        "maxLength" => p.max_length.map(|n| Cow::Owned(n.to_string())),
        "minValue" => p.min_value.as_deref().map(Cow::Borrowed),
        "maxValue" => p.max_value.as_deref().map(Cow::Borrowed),
        "pattern" => p.pattern.as_deref().map(Cow::Borrowed),
        _ => None,
    };
    typed.or_else(|| {
        p.unparsed
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| Cow::Borrowed(v.as_str()))
    })
}

/// Whether a `praezisierung` setting is present and not blank.
pub fn praez_set(fd: &Datenfeld, name: &str) -> bool {
    praez_raw(fd, name).is_some_and(|v| !v.trim().is_empty())
}

/// The value `s` as an ordered number in the field's Datentyp (numbers as they are; dates,
/// times and timestamps as sortable keys); `None` when it does not parse or the type has no
/// order.
pub fn ordered_value(fd: &Datenfeld, s: &str) -> Option<f64> {
    use crate::codes::Datentyp as D;
    let date_key =
        |(y, m, d): (i32, u32, u32)| f64::from(y) * 372.0 + f64::from(m) * 31.0 + f64::from(d);
    match datentyp(fd)? {
        D::Num | D::NumCurrency => parse_number(s),
        D::NumInt => is_integer(s).then(|| parse_number(s)).flatten(),
        D::Date => parse_date(s).map(date_key),
        D::Time => parse_time(s),
        D::DateTime => parse_datetime(s).map(|(d, t)| date_key(d) * 86_400.0 + t),
        _ => None,
    }
}

/// A finding about a field's code list reference, placed on the code list object in 2.0 (it
/// has its own id there) and on the field in 3.0.0.
pub fn codelist_diagnostic(
    meta: &RuleMeta,
    fd: &Datenfeld,
    r: &crate::model::CodelisteReferenz,
    message: String,
) -> Diagnostic {
    let span = if r.span.is_empty() { fd.span } else { r.span };
    match r.identifikation.as_ref().filter(|i| i.id.is_some()) {
        Some(i) => {
            let owner = Angaben {
                identifikation: i.clone(),
                ..Default::default()
            };
            diag(meta, &owner, span, message)
        }
        None => diag(meta, &fd.angaben, span, message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_formats() {
        assert!(is_number("-1.5") && is_number("3") && !is_number("1e3") && !is_number("1,5"));
        assert!(is_integer("+12") && !is_integer("1.0"));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2023-02-29"), None);
        assert!(parse_time("12:30:00").is_some() && parse_time("25:00:00").is_none());
        assert!(parse_datetime("2024-01-01T00:00:00Z").is_some());
        assert!(
            anzahl_well_formed("0:*") && anzahl_well_formed("1:1") && !anzahl_well_formed("1-2")
        );
        assert_eq!(anzahl_bounds("2:1"), Some((2, Some(1))));
        assert!(urn_well_formed("urn:xoev-de:fim:codeliste:dokumentart"));
        assert!(!urn_well_formed("urn:de:fim:straße"));
        assert!(!urn_well_formed("Halterdaten"));
        assert!(id_well_formed("F60000000227", 'F', 11) && !id_well_formed("T1234", 'S', 8));
    }
}
