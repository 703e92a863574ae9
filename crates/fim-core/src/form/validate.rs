//! Direct validation of submitted JSON against a [`Form`], without a JSON Schema library.
//!
//! Errors name the JSON path (a JSON Pointer), the FIM element (id, version, name) and say in
//! German what is wrong. Code list membership is checked when the form was compiled with the
//! lists ([`super::FormOptions::codelists`]).
//!
//! # Known differences to a JSON Schema validator on the generated schema
//! The agreement test (`crates/fim-xml/tests/form_agreement.rs`) checks that both say
//! valid/invalid alike on generated submissions. The differences by design:
//! 1. Date bounds (`minValue`/`maxValue` of a `date` field) are checked here; JSON Schema
//!    has no keyword for them (they are kept as `x-fim-minValue`/`x-fim-maxValue`).
//! 2. Numbers are compared as `f64`: bounds and values beyond 2^53 may be judged differently
//!    from a validator with arbitrary precision.
//! 3. Formats are checked here as RFC 3339 strictly requires (`T`/`Z` in either case, a leap
//!    second only at 23:59:60 UTC); a JSON Schema validator may be laxer or stricter on
//!    such corner cases, which the generated submissions avoid.
//!
//! Not differences, because neither side checks them: patterns that cannot be translated
//! (reported as notes), the String.Latin character set of `text_latin`, code lists that were
//! not given, file contents (`data` is any string).

use super::json_schema::data_children;
use super::{Child, Field, Form, Group, Node, NodeKind, ValueType};
use serde_json::Value;
use std::fmt;

/// What is wrong with a submitted value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The value has the wrong JSON type.
    Type {
        /// The expected type, in German.
        expected: &'static str,
    },
    /// A required element is missing.
    Required {
        /// Its property name.
        property: String,
        /// Its title.
        title: String,
    },
    /// A property that the form does not have.
    Unknown {
        /// The property name.
        property: String,
    },
    /// Fewer entries than the multiplicity allows.
    TooFew {
        /// Minimum.
        min: u32,
        /// Given.
        count: usize,
    },
    /// More entries than the multiplicity allows.
    TooMany {
        /// Maximum.
        max: u32,
        /// Given.
        count: usize,
    },
    /// An Auswahlgruppe with not exactly one element given.
    Choice {
        /// How many were given.
        count: usize,
    },
    /// Text shorter than `minLength`.
    TooShort {
        /// Minimum length.
        min: u64,
        /// Actual length.
        len: usize,
    },
    /// Text longer than `maxLength`.
    TooLong {
        /// Maximum length.
        max: u64,
        /// Actual length.
        len: usize,
    },
    /// Text not matching the pattern.
    Pattern {
        /// The XSD pattern.
        pattern: String,
    },
    /// A number below the minimum.
    Below {
        /// The minimum.
        min: String,
    },
    /// A number above the maximum.
    Above {
        /// The maximum.
        max: String,
    },
    /// A date before the earliest date.
    DateBefore {
        /// The earliest date.
        min: String,
    },
    /// A date after the latest date.
    DateAfter {
        /// The latest date.
        max: String,
    },
    /// A string that is not a valid date, time or date-time.
    Format {
        /// Which format, in German.
        format: &'static str,
    },
    /// A value that is not in the value list.
    NotInList {
        /// The value.
        value: String,
    },
    /// A locked field whose value differs from its fixed content.
    Fixed {
        /// The fixed value, as JSON.
        expected: String,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Type { expected } => write!(f, "falscher Typ, erwartet: {expected}"),
            ErrorKind::Required { property, title } => {
                write!(f, "Pflichtangabe fehlt: {title} ({property})")
            }
            ErrorKind::Unknown { property } => {
                write!(
                    f,
                    "unbekannte Angabe `{property}` (im Datenschema nicht vorgesehen)"
                )
            }
            ErrorKind::TooFew { min, count } => {
                write!(
                    f,
                    "mindestens {min} Einträge erforderlich, {count} angegeben"
                )
            }
            ErrorKind::TooMany { max, count } => {
                write!(f, "höchstens {max} Einträge erlaubt, {count} angegeben")
            }
            ErrorKind::Choice { count } => write!(
                f,
                "Auswahlgruppe: genau eine Angabe erforderlich, {count} angegeben"
            ),
            ErrorKind::TooShort { min, len } => {
                write!(f, "Text zu kurz: mindestens {min} Zeichen, {len} angegeben")
            }
            ErrorKind::TooLong { max, len } => {
                write!(f, "Text zu lang: höchstens {max} Zeichen, {len} angegeben")
            }
            ErrorKind::Pattern { pattern } => {
                write!(
                    f,
                    "Text entspricht nicht dem vorgegebenen Muster `{pattern}`"
                )
            }
            ErrorKind::Below { min } => write!(f, "Wert kleiner als das Minimum {min}"),
            ErrorKind::Above { max } => write!(f, "Wert größer als das Maximum {max}"),
            ErrorKind::DateBefore { min } => write!(f, "Datum vor dem frühesten Datum {min}"),
            ErrorKind::DateAfter { max } => write!(f, "Datum nach dem spätesten Datum {max}"),
            ErrorKind::Format { format } => write!(f, "kein gültiges {format}"),
            ErrorKind::NotInList { value } => {
                write!(f, "Wert `{value}` ist nicht in der Werteliste")
            }
            ErrorKind::Fixed { expected } => {
                write!(f, "Wert ist fest vorgegeben und muss {expected} lauten")
            }
        }
    }
}

/// One validation error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Where in the submitted document (JSON Pointer, `""` for the whole document).
    pub path: String,
    /// The FIM element's id, if it has one.
    pub id: Option<String>,
    /// The FIM element's version, if any.
    pub version: Option<String>,
    /// The FIM element's name.
    pub name: String,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        write!(f, "{path} (")?;
        match (&self.id, &self.version) {
            (Some(id), Some(v)) => write!(f, "{id} V{v} ")?,
            (Some(id), None) => write!(f, "{id} ")?,
            _ => {}
        }
        write!(f, "\"{}\"): {}", self.name, self.kind)
    }
}

/// Default of [`Validator::max_errors`]: most errors one validation collects. A hostile
/// submission (millions of wrong values) would otherwise cost memory and time in proportion;
/// after the limit the validator stops and says so ([`Validation::truncated`]).
pub const MAX_ERRORS: usize = 1000;

/// Validates submitted JSON against a [`Form`].
#[derive(Debug, Clone, Copy)]
pub struct Validator<'f> {
    form: &'f Form,
    max_errors: usize,
}

/// The result of [`Validator::validate_report`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Validation {
    /// The errors found, in document order, at most [`Validator::max_errors`].
    pub errors: Vec<ValidationError>,
    /// Whether the validator stopped at the limit: there is at least one more error.
    pub truncated: bool,
}

/// Collects errors up to a limit.
struct Sink {
    errors: Vec<ValidationError>,
    limit: usize,
    truncated: bool,
}

impl Sink {
    /// Stop once an error beyond the limit was seen.
    fn done(&self) -> bool {
        self.truncated
    }
}

impl<'f> Validator<'f> {
    /// A validator for `form` that collects at most [`MAX_ERRORS`] errors.
    pub fn new(form: &'f Form) -> Self {
        Validator {
            form,
            max_errors: MAX_ERRORS,
        }
    }

    /// The same validator with another error limit (at least 1).
    #[must_use]
    pub fn with_max_errors(self, max_errors: usize) -> Self {
        Validator {
            max_errors: max_errors.max(1),
            ..self
        }
    }

    /// The error limit: validation stops after this many errors.
    pub fn max_errors(&self) -> usize {
        self.max_errors
    }

    /// The errors of `data`, in document order, at most [`Self::max_errors`] of them.
    pub fn validate(&self, data: &Value) -> Vec<ValidationError> {
        self.validate_report(data).errors
    }

    /// The errors of `data` and whether the limit cut them off. Work stops as soon as one
    /// error beyond the limit is seen.
    pub fn validate_report(&self, data: &Value) -> Validation {
        let mut sink = Sink {
            errors: Vec::new(),
            limit: self.max_errors,
            truncated: false,
        };
        let mut path = Path::default();
        node(&self.form.root, data, &mut path, &mut sink);
        Validation {
            errors: sink.errors,
            truncated: sink.truncated,
        }
    }

    /// Whether `data` is valid (stops at the first error).
    pub fn is_valid(&self, data: &Value) -> bool {
        // Limit 0: the first error ends the walk.
        let mut sink = Sink {
            errors: Vec::new(),
            limit: 0,
            truncated: false,
        };
        let mut path = Path::default();
        node(&self.form.root, data, &mut path, &mut sink);
        !sink.truncated
    }
}

fn push(sink: &mut Sink, n: &Node, path: &Path<'_>, kind: ErrorKind) {
    if sink.errors.len() >= sink.limit {
        sink.truncated = true;
        return;
    }
    sink.errors.push(ValidationError {
        path: path.render(),
        id: n.id.clone(),
        version: n.version.clone(),
        name: n.name.clone(),
        kind,
    });
}

/// One step of a JSON path.
#[derive(Clone, Copy)]
enum Seg<'f> {
    Key(&'f str),
    Index(usize),
}

/// The current JSON path as a stack of steps; rendered as a JSON Pointer only for an error, so
/// that valid data costs no string building.
#[derive(Default)]
struct Path<'f>(Vec<Seg<'f>>);

impl<'f> Path<'f> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }
    fn key(&mut self, k: &'f str) {
        self.0.push(Seg::Key(k));
    }
    fn index(&mut self, i: usize) {
        self.0.push(Seg::Index(i));
    }
    fn render(&self) -> String {
        let mut out = String::new();
        for seg in &self.0 {
            out.push('/');
            match seg {
                Seg::Key(k) => {
                    for c in k.chars() {
                        match c {
                            '~' => out.push_str("~0"),
                            '/' => out.push_str("~1"),
                            c => out.push(c),
                        }
                    }
                }
                Seg::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }
}

fn node<'f>(n: &'f Node, v: &Value, path: &mut Path<'f>, sink: &mut Sink) {
    match &n.kind {
        NodeKind::Group(g) => group(n, g, v, path, sink),
        NodeKind::Field(f) => field(n, f, v, path, sink),
        NodeKind::Text(_) => {
            if !v.is_null() {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::Type {
                        expected: "keine Angabe (null)",
                    },
                );
            }
        }
    }
}

fn group<'f>(n: &'f Node, g: &'f Group, v: &Value, path: &mut Path<'f>, sink: &mut Sink) {
    let Some(obj) = v.as_object() else {
        push(sink, n, path, ErrorKind::Type { expected: "Objekt" });
        return;
    };
    let mut given = 0usize;
    for c in data_children(g) {
        match obj.get(&c.property) {
            Some(cv) => {
                given += 1;
                let len = path.len();
                path.key(&c.property);
                child(c, cv, path, sink);
                path.truncate(len);
            }
            None if !g.choice && c.is_required() => push(
                sink,
                n,
                path,
                ErrorKind::Required {
                    property: c.property.clone(),
                    title: c.node.title.clone(),
                },
            ),
            None => {}
        }
        if sink.done() {
            return;
        }
    }
    if g.choice && given != 1 {
        push(sink, n, path, ErrorKind::Choice { count: given });
    }
    if obj.len() > given {
        for k in obj.keys() {
            let known = data_children(g).any(|c| &c.property == k);
            if !known {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::Unknown {
                        property: k.clone(),
                    },
                );
                if sink.done() {
                    return;
                }
            }
        }
    }
}

fn child<'f>(c: &'f Child, v: &Value, path: &mut Path<'f>, sink: &mut Sink) {
    if !c.is_array() {
        node(&c.node, v, path, sink);
        return;
    }
    let Some(items) = v.as_array() else {
        push(sink, &c.node, path, ErrorKind::Type { expected: "Liste" });
        return;
    };
    if items.len() < c.min as usize {
        push(
            sink,
            &c.node,
            path,
            ErrorKind::TooFew {
                min: c.min,
                count: items.len(),
            },
        );
    }
    if let Some(max) = c.max.filter(|&m| items.len() > m as usize) {
        push(
            sink,
            &c.node,
            path,
            ErrorKind::TooMany {
                max,
                count: items.len(),
            },
        );
    }
    for (i, item) in items.iter().enumerate() {
        if sink.done() {
            return;
        }
        let len = path.len();
        path.index(i);
        node(&c.node, item, path, sink);
        path.truncate(len);
    }
}

fn field<'f>(n: &'f Node, f: &'f Field, v: &Value, path: &mut Path<'f>, sink: &mut Sink) {
    if let Some(fixed) = &f.fixed {
        if !json_equal(fixed, v) {
            push(
                sink,
                n,
                path,
                ErrorKind::Fixed {
                    expected: fixed.to_string(),
                },
            );
            if sink.done() {
                return;
            }
        }
    }
    if let Some(choices) = &f.choices {
        let Some(s) = v.as_str() else {
            push(
                sink,
                n,
                path,
                ErrorKind::Type {
                    expected: "Text (Code)",
                },
            );
            return;
        };
        if !choices.iter().any(|c| c.code == s) {
            push(
                sink,
                n,
                path,
                ErrorKind::NotInList {
                    value: s.to_owned(),
                },
            );
        }
        return;
    }
    match f.value_type {
        ValueType::Text | ValueType::Date | ValueType::Time | ValueType::DateTime => {
            let Some(s) = v.as_str() else {
                push(sink, n, path, ErrorKind::Type { expected: "Text" });
                return;
            };
            string(n, f, s, path, sink);
        }
        ValueType::Bool => {
            if !v.is_boolean() {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::Type {
                        expected: "Wahrheitswert",
                    },
                );
            }
        }
        ValueType::Number | ValueType::Currency | ValueType::Integer => {
            let Some(x) = v.as_f64() else {
                push(sink, n, path, ErrorKind::Type { expected: "Zahl" });
                return;
            };
            if f.value_type == ValueType::Integer && !is_integer(v) {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::Type {
                        expected: "ganze Zahl",
                    },
                );
                return;
            }
            if let Some(min) = f
                .minimum
                .as_ref()
                .filter(|m| m.as_f64().is_some_and(|m| x < m))
            {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::Below {
                        min: min.to_string(),
                    },
                );
            }
            if let Some(max) = f
                .maximum
                .as_ref()
                .filter(|m| m.as_f64().is_some_and(|m| x > m))
            {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::Above {
                        max: max.to_string(),
                    },
                );
            }
        }
        ValueType::File => file(n, f, v, path, sink),
    }
}

fn is_integer(v: &Value) -> bool {
    match v {
        Value::Number(n) => {
            n.is_i64()
                || n.is_u64()
                || n.as_f64()
                    .is_some_and(|x| x.is_finite() && x.fract() == 0.0)
        }
        _ => false,
    }
}

/// JSON equality with numbers compared by value (`1` equals `1.0`).
fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_equal(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, a)| y.get(k).is_some_and(|b| json_equal(a, b)))
        }
        _ => a == b,
    }
}

fn string(n: &Node, f: &Field, s: &str, path: &Path<'_>, sink: &mut Sink) {
    let format = match f.value_type {
        ValueType::Date if !is_date(s) => Some("Datum (JJJJ-MM-TT)"),
        ValueType::Time if !is_time(s) => Some("Uhrzeit (hh:mm:ss mit Zeitzone)"),
        ValueType::DateTime if !is_date_time(s) => {
            Some("Zeitpunkt (JJJJ-MM-TTThh:mm:ss mit Zeitzone)")
        }
        _ => None,
    };
    if let Some(format) = format {
        push(sink, n, path, ErrorKind::Format { format });
    }
    if f.min_length.is_some() || f.max_length.is_some() {
        let len = s.chars().count();
        if let Some(min) = f.min_length.filter(|&m| (len as u64) < m) {
            push(sink, n, path, ErrorKind::TooShort { min, len });
        }
        if let Some(max) = f.max_length.filter(|&m| (len as u64) > m) {
            push(sink, n, path, ErrorKind::TooLong { max, len });
        }
    }
    if let Some(p) = &f.pattern {
        if !p.regex.is_match(s) {
            push(
                sink,
                n,
                path,
                ErrorKind::Pattern {
                    pattern: p.xsd.clone(),
                },
            );
        }
    }
    if format.is_none() && f.value_type == ValueType::Date {
        // Full-dates compare as text.
        if let Some(min) = f.date_min.as_ref().filter(|m| s < m.as_str()) {
            push(sink, n, path, ErrorKind::DateBefore { min: min.clone() });
        }
        if let Some(max) = f.date_max.as_ref().filter(|m| s > m.as_str()) {
            push(sink, n, path, ErrorKind::DateAfter { max: max.clone() });
        }
    }
}

fn file<'f>(n: &'f Node, f: &'f Field, v: &Value, path: &mut Path<'f>, sink: &mut Sink) {
    let Some(obj) = v.as_object() else {
        push(
            sink,
            n,
            path,
            ErrorKind::Type {
                expected: "Datei-Objekt",
            },
        );
        return;
    };
    let at = |path: &mut Path<'f>, key: &'static str| {
        let len = path.len();
        path.key(key);
        len
    };
    match obj.get("name") {
        None => push(
            sink,
            n,
            path,
            ErrorKind::Required {
                property: "name".into(),
                title: "Dateiname".into(),
            },
        ),
        Some(Value::String(s)) if !s.is_empty() => {}
        Some(Value::String(_)) => {
            let len = at(path, "name");
            push(sink, n, path, ErrorKind::TooShort { min: 1, len: 0 });
            path.truncate(len);
        }
        Some(_) => {
            let len = at(path, "name");
            push(sink, n, path, ErrorKind::Type { expected: "Text" });
            path.truncate(len);
        }
    }
    if let Some(m) = obj.get("mediaType") {
        let len = at(path, "mediaType");
        match m.as_str() {
            None => push(sink, n, path, ErrorKind::Type { expected: "Text" }),
            Some(s) if !f.media_types.is_empty() && !f.media_types.iter().any(|t| t == s) => {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::NotInList {
                        value: s.to_owned(),
                    },
                );
            }
            Some(_) => {}
        }
        path.truncate(len);
    }
    if let Some(s) = obj.get("size") {
        let len = at(path, "size");
        if !is_integer(s) {
            push(
                sink,
                n,
                path,
                ErrorKind::Type {
                    expected: "ganze Zahl",
                },
            );
        } else if let Some(x) = s.as_f64() {
            if x < 0.0 {
                push(sink, n, path, ErrorKind::Below { min: "0".into() });
            }
            if let Some(max) = f.max_size.filter(|&m| x > m as f64) {
                push(
                    sink,
                    n,
                    path,
                    ErrorKind::Above {
                        max: max.to_string(),
                    },
                );
            }
        }
        path.truncate(len);
    }
    if let Some(d) = obj.get("data") {
        if !d.is_string() {
            let len = at(path, "data");
            push(
                sink,
                n,
                path,
                ErrorKind::Type {
                    expected: "Text (Base64)",
                },
            );
            path.truncate(len);
        }
    }
    for k in obj.keys() {
        if !matches!(k.as_str(), "name" | "mediaType" | "size" | "data") {
            push(
                sink,
                n,
                path,
                ErrorKind::Unknown {
                    property: k.clone(),
                },
            );
        }
    }
}

fn digits(s: &[u8]) -> Option<u32> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    s.iter().try_fold(0u32, |acc, d| {
        acc.checked_mul(10)?.checked_add(u32::from(d - b'0'))
    })
}

/// Whether `s` is an RFC 3339 `full-date` (`2024-02-29`).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(y), Some(m), Some(d)) = (digits(&b[0..4]), digits(&b[5..7]), digits(&b[8..10]))
    else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Whether `s` is an RFC 3339 `full-time` (`12:30:00Z`, `12:30:00.5+01:00`).
pub fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 9 || b[2] != b':' || b[5] != b':' {
        return false;
    }
    let (Some(h), Some(mi), Some(sec)) = (digits(&b[0..2]), digits(&b[3..5]), digits(&b[6..8]))
    else {
        return false;
    };
    if h > 23 || mi > 59 || sec > 60 {
        return false;
    }
    let mut rest = &b[8..];
    if let Some(frac) = rest.strip_prefix(b".") {
        let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    // Offset in minutes east of UTC.
    let offset: i64 = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), oh @ .., b':', om1, om2] if oh.len() == 2 => {
            let (Some(oh), Some(om)) = (digits(oh), digits(&[*om1, *om2])) else {
                return false;
            };
            if oh > 23 || om > 59 {
                return false;
            }
            let o = i64::from(oh * 60 + om);
            if *sign == b'-' {
                -o
            } else {
                o
            }
        }
        _ => return false,
    };
    if sec == 60 {
        // A leap second happens at 23:59:60 UTC.
        let utc = (i64::from(h * 60 + mi) - offset).rem_euclid(24 * 60);
        return utc == 23 * 60 + 59;
    }
    true
}

/// Whether `s` is an RFC 3339 `date-time` (`2024-02-29T12:30:00Z`).
pub fn is_date_time(s: &str) -> bool {
    match s.get(10..11) {
        Some("T" | "t") => is_date(&s[..10]) && is_time(&s[11..]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_formats() {
        for ok in ["2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024-04-31",
            "２０２４-01-01",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
        for ok in [
            "12:30:00Z",
            "00:00:00.123+01:00",
            "23:59:60Z",
            "00:59:60+01:00",
            "12:00:00z",
        ] {
            assert!(is_time(ok), "{ok}");
        }
        for bad in [
            "12:30",
            "12:30:00",
            "24:00:00Z",
            "12:60:00Z",
            "12:30:60Z",
            "12:30:00+1:00",
            "12:30:00.Z",
        ] {
            assert!(!is_time(bad), "{bad}");
        }
        assert!(is_date_time("2024-02-29T12:30:00Z"));
        assert!(!is_date_time("2024-02-29 12:30:00Z"));
        assert!(!is_date_time("2024-02-29T12:30:00"));
        assert!(!is_date_time("2024-02-2"));
    }

    #[test]
    fn pointer_tokens_are_escaped() {
        let mut p = Path::default();
        p.key("a/b~c");
        p.index(3);
        assert_eq!(p.render(), "/a~1b~0c/3");
    }
}
