//! Form builders: from a Datenschema (2.0 or 3.0.0) to a JSON Schema for the submitted data,
//! a UI-hints document for a form renderer, and a direct validator of submitted JSON.
//!
//! All three work on one compiled [`Form`] tree, built once by [`Form::new`], so that the
//! JSON Schema and the direct validator say the same thing.
//!
//! # The shape of submitted data
//! - The schema (or a group) is a JSON object; each structure entry is a property named after
//!   the element's id without version (`G60000000088`, `F60000000227`), with the element's
//!   name as `title`. An element used twice in one group gets `_2`, `_3`, ... appended; an
//!   element without id is called `element<N>` after its position. No other properties are
//!   allowed (`additionalProperties: false`).
//! - Multiplicity `min:1` gives a single value, required when `min` is 1; any other maximum
//!   (`*`, `0`, `2`, ...) gives an array with `minItems`/`maxItems` (required when `min` >= 1).
//! - An Auswahlgruppe (v3 `art` `X`) requires exactly one of its children (`oneOf` of
//!   `required` sets); its children are never required on their own.
//! - Datentyp: `text`, `text_latin` -> string (the String.Latin character set of `text_latin` is
//!   not checked); `date` -> string `format: date`; `time` -> `format: time`; `datetime` ->
//!   `format: date-time` (RFC 3339, so time and date-time need a UTC offset such as `Z`);
//!   `bool` -> boolean; `num` -> number; `num_int` -> integer; `num_currency` -> **number**
//!   (an amount in euro; rounding to cents is the renderer's job, a decimal string would
//!   not allow `minimum`/`maximum`); `file` and `obj` -> an object
//!   `{"name": string, "mediaType": string, "size": integer, "data": string (base64)}` of
//!   which `name` is required; `mediaType` lists the allowed types when the field has any,
//!   `size` has `maximum` from `maxSize`.
//! - A field with a value list (v3 `werte`, or a genericode list that was given) takes the
//!   code as a string: `oneOf` of `{const: code, title: label}`. Without the list, the
//!   reference is kept as `x-fim-codeliste` and any string is accepted.
//! - Feldart `label` is static text: it is not part of the data (only of the UI hints).
//!   `hidden` fields are part of the data (`inhalt` as default); the `inhalt` of input and
//!   select fields is no default (no answer the citizen did not give); `locked` fields are
//!   `readOnly` and, when they have `inhalt`, must carry exactly that value (`const`).
//! - Praezisierung: `minLength`/`maxLength`/`pattern` on string values, `minValue`/`maxValue`
//!   as `minimum`/`maximum` on numbers. The XSD pattern is translated ([`pattern`]); what
//!   cannot be translated is reported as a [`Note`] and not checked. Date bounds cannot be
//!   said in JSON Schema: they are kept as `x-fim-minValue`/`x-fim-maxValue` and checked by
//!   the direct validator only (a known difference, see [`validate`]).

pub mod example;
pub mod hints;
pub mod json_schema;
pub mod pattern;
pub mod validate;

use crate::codelist::CodeLists;
use crate::codes::{CodeValue, Datentyp, Feldart, Gruppenart};
use crate::model::{Angaben, Datenfeld, Datenfeldgruppe, ElementRef, Struktur};
use crate::Enthaelt;
use serde::Serialize;
use serde_json::{Number, Value};
use std::collections::HashMap;

pub use example::example_submission;
pub use hints::ui_hints;
pub use json_schema::json_schema;
pub use validate::{Validation, ValidationError, Validator, MAX_ERRORS};

/// Something the form builder could not express, or a choice it made that a user should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The element: `id Vversion "name"`.
    pub element: String,
    /// What happened, in German.
    pub message: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.element, self.message)
    }
}

/// The compiled form: one tree for schema generation, UI hints and validation.
#[derive(Debug, Clone)]
pub struct Form {
    /// The top element (a schema or group becomes an object node).
    pub root: Node,
    /// Notes collected while compiling, in document order.
    pub notes: Vec<Note>,
}

/// One element of the form.
#[derive(Debug, Clone)]
pub struct Node {
    /// Id (without version), if any.
    pub id: Option<String>,
    /// Version, if any.
    pub version: Option<String>,
    /// Name.
    pub name: String,
    /// The label for input: `bezeichnungEingabe`, else the name.
    pub title: String,
    /// The label for output (`bezeichnungAusgabe`), if any.
    pub output_label: Option<String>,
    /// The help text for input: `hilfetextEingabe` (schema: `hilfetext`), else `beschreibung`.
    pub description: Option<String>,
    /// The help text for output (`hilfetextAusgabe`), if any.
    pub output_help: Option<String>,
    /// What the element is.
    pub kind: NodeKind,
}

impl Node {
    /// `id Vversion "name"` (as in messages).
    pub fn label(&self) -> String {
        let id = self.id.as_deref().unwrap_or("?");
        match &self.version {
            Some(v) => format!("{id} V{v} \"{}\"", self.name),
            None => format!("{id} \"{}\"", self.name),
        }
    }
}

/// The kinds of form nodes.
#[derive(Debug, Clone)]
pub enum NodeKind {
    /// A schema or group: an object.
    Group(Group),
    /// A field with a value.
    Field(Box<Field>),
    /// A `label` field: static text, no value.
    Text(String),
}

/// A schema or group.
#[derive(Debug, Clone)]
pub struct Group {
    /// Whether exactly one child must be given (Auswahlgruppe).
    pub choice: bool,
    /// The children, in order.
    pub children: Vec<Child>,
}

/// One structure entry of a group.
#[derive(Debug, Clone)]
pub struct Child {
    /// The JSON property name.
    pub property: String,
    /// Minimum occurrences.
    pub min: u32,
    /// Maximum occurrences (`None` for `*`).
    pub max: Option<u32>,
    /// The element.
    pub node: Node,
}

impl Child {
    /// Whether the property holds an array (any maximum other than 1).
    pub fn is_array(&self) -> bool {
        self.max != Some(1)
    }

    /// Whether the property must be present (outside an Auswahlgruppe).
    pub fn is_required(&self) -> bool {
        self.min >= 1
    }
}

/// The JSON type of a field value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueType {
    /// A string (text, text_latin, and every field with a value list).
    Text,
    /// An RFC 3339 full-date string.
    Date,
    /// An RFC 3339 full-time string.
    Time,
    /// An RFC 3339 date-time string.
    DateTime,
    /// A boolean.
    Bool,
    /// A number.
    Number,
    /// An integer.
    Integer,
    /// An amount of money, as a number.
    Currency,
    /// A file object.
    File,
}

impl ValueType {
    /// Whether values are JSON strings.
    pub fn is_string(self) -> bool {
        matches!(
            self,
            ValueType::Text | ValueType::Date | ValueType::Time | ValueType::DateTime
        )
    }

    /// Whether values are JSON numbers.
    pub fn is_number(self) -> bool {
        matches!(
            self,
            ValueType::Number | ValueType::Integer | ValueType::Currency
        )
    }
}

/// A translated pattern, compiled for the direct validator.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The XSD pattern as written.
    pub xsd: String,
    /// The ECMA-262 form (for JSON Schema).
    pub ecma: String,
    /// The compiled `regex` form.
    pub regex: regex::Regex,
}

/// One allowed value of a value list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// The code (the submitted value).
    pub code: String,
    /// The label, if any.
    pub label: Option<String>,
    /// Help text, if any.
    pub help: Option<String>,
}

/// A reference to a code list that was not available.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeListRef {
    /// `canonicalIdentification`.
    #[serde(rename = "canonicalUri", skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// `version`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `canonicalVersionUri`.
    #[serde(
        rename = "canonicalVersionUri",
        skip_serializing_if = "Option::is_none"
    )]
    pub canonical_version_uri: Option<String>,
}

/// A field with a value.
#[derive(Debug, Clone)]
pub struct Field {
    /// The JSON type.
    pub value_type: ValueType,
    /// The datentyp code as written (`text`, `num_int`, ...).
    pub datentyp: String,
    /// The feldart code as written (`input`, `select`, ...).
    pub feldart: String,
    /// Minimum length of string values.
    pub min_length: Option<u64>,
    /// Maximum length of string values.
    pub max_length: Option<u64>,
    /// Minimum of numbers.
    pub minimum: Option<Number>,
    /// Maximum of numbers.
    pub maximum: Option<Number>,
    /// Earliest date (`YYYY-MM-DD`).
    pub date_min: Option<String>,
    /// Latest date.
    pub date_max: Option<String>,
    /// Pattern of string values.
    pub pattern: Option<Pattern>,
    /// Allowed values, when a value list is known.
    pub choices: Option<Vec<Choice>>,
    /// The code list reference, when the list was not available.
    pub codelist: Option<CodeListRef>,
    /// Default value (`inhalt`).
    pub default: Option<Value>,
    /// The only allowed value (`inhalt` of a locked field).
    pub fixed: Option<Value>,
    /// Feldart `hidden`.
    pub hidden: bool,
    /// Feldart `locked`.
    pub read_only: bool,
    /// `vorbefuellung` code (`keine`, `optional`, `verpflichtend`).
    pub prefill: Option<String>,
    /// Allowed media types of a file.
    pub media_types: Vec<String>,
    /// Maximum file size in bytes.
    pub max_size: Option<u64>,
}

/// Options for [`Form::new`].
#[derive(Debug, Clone, Copy, Default)]
pub struct FormOptions<'c> {
    /// Code lists to resolve references with.
    pub codelists: Option<&'c CodeLists>,
}

impl Form {
    /// Compiles the form of a schema, group or field.
    pub fn new(root: ElementRef<'_>, options: FormOptions<'_>) -> Form {
        let mut b = Builder {
            options,
            notes: Vec::new(),
        };
        let root = match root {
            ElementRef::Schema(s) => {
                let mut n = b.base(&s.angaben);
                if let Some(h) = non_empty(&s.hilfetext) {
                    n.description = Some(h);
                }
                if let Some(t) = non_empty(&s.bezeichnung) {
                    n.title = t;
                }
                n.kind = NodeKind::Group(b.children(&s.struktur, false, &n.label()));
                n
            }
            ElementRef::Group(g) => b.group(g),
            ElementRef::Field(f) => b.field(f),
            ElementRef::Rule(r) => b.base(&r.angaben),
        };
        Form {
            root,
            notes: b.notes,
        }
    }
}

struct Builder<'c> {
    options: FormOptions<'c>,
    notes: Vec<Note>,
}

/// The text trimmed, if it has any non-blank content.
/// The pattern without a leading `^` and a trailing unescaped `$` (each removed only when
/// something is left).
fn strip_anchors(x: &str) -> &str {
    let mut t = x;
    if t.len() > 1 {
        t = t.strip_prefix('^').unwrap_or(t);
    }
    let escaped = t.strip_suffix('$').is_some_and(|r| {
        // An odd number of backslashes before the `$` escapes it.
        r.chars().rev().take_while(|c| *c == '\\').count() % 2 == 1
    });
    if t.len() > 1 && !escaped {
        t = t.strip_suffix('$').unwrap_or(t);
    }
    t
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

impl Builder<'_> {
    fn note(&mut self, element: &str, message: String) {
        self.notes.push(Note {
            element: element.to_owned(),
            message,
        });
    }

    fn base(&mut self, a: &Angaben) -> Node {
        let name = a.name().trim().to_owned();
        Node {
            id: a.id().map(|i| i.as_str().to_owned()),
            version: a.version().map(|v| v.as_str().to_owned()),
            title: non_empty(&a.bezeichnung_eingabe).unwrap_or_else(|| name.clone()),
            name,
            output_label: non_empty(&a.bezeichnung_ausgabe),
            // Citizen-facing text only: the input help text, never the internal
            // `beschreibung` (notes such as "QUELLE ERGÄNZEN"), and nothing without a letter
            // or digit (a bare "-").
            description: non_empty(&a.hilfetext_eingabe)
                .filter(|t| t.chars().any(char::is_alphanumeric)),
            output_help: non_empty(&a.hilfetext_ausgabe),
            kind: NodeKind::Text(String::new()),
        }
    }

    fn group(&mut self, g: &Datenfeldgruppe) -> Node {
        let mut n = self.base(&g.angaben);
        let choice = g
            .art
            .as_ref()
            .is_some_and(|a| a.value == Gruppenart::Auswahl);
        if let Some(a) = g.art.as_ref().filter(|a| !a.value.is_known()) {
            self.note(
                &n.label(),
                format!(
                    "unbekannte Gruppenart `{}` wie eine normale Gruppe behandelt",
                    a.value
                ),
            );
        }
        n.kind = NodeKind::Group(self.children(&g.struktur, choice, &n.label()));
        n
    }

    fn children(&mut self, struktur: &[Struktur], choice: bool, parent: &str) -> Group {
        let mut children = Vec::with_capacity(struktur.len());
        let mut used: HashMap<String, u32> = HashMap::new();
        for (i, s) in struktur.iter().enumerate() {
            let node = match &s.enthaelt {
                Enthaelt::Group(g) => self.group(g),
                Enthaelt::Field(f) => self.field(f),
                Enthaelt::Missing => continue,
            };
            let (min, max) = match s.anzahl.as_ref().and_then(|a| a.multiplicity()) {
                Some(m) => (m.min, m.max),
                None => {
                    let written = s.anzahl.as_ref().map_or("", |a| a.as_str());
                    self.note(
                        &node.label(),
                        format!("Anzahl `{written}` in {parent} nicht lesbar: als 1:1 behandelt"),
                    );
                    (1, Some(1))
                }
            };
            let base = node
                .id
                .clone()
                .filter(|id| !id.is_empty())
                .unwrap_or_else(|| format!("element{}", i + 1));
            let count = used.entry(base.clone()).or_insert(0);
            *count += 1;
            let property = if *count == 1 {
                base
            } else {
                format!("{base}_{count}")
            };
            children.push(Child {
                property,
                min,
                max,
                node,
            });
        }
        Group { choice, children }
    }

    fn field(&mut self, f: &Datenfeld) -> Node {
        let mut n = self.base(&f.angaben);
        let label = n.label();
        let feldart = f.feldart.as_ref().map(|c| c.value.clone());
        if feldart == Some(Feldart::Label) {
            n.kind = NodeKind::Text(
                non_empty(&f.inhalt)
                    .or_else(|| n.description.clone())
                    .unwrap_or_else(|| n.title.clone()),
            );
            return n;
        }
        let datentyp = f.datentyp.as_ref().map(|c| c.value.clone());
        let mut value_type = match &datentyp {
            Some(Datentyp::Text | Datentyp::TextLatin) => ValueType::Text,
            Some(Datentyp::Date) => ValueType::Date,
            Some(Datentyp::Time) => ValueType::Time,
            Some(Datentyp::DateTime) => ValueType::DateTime,
            Some(Datentyp::Bool) => ValueType::Bool,
            Some(Datentyp::Num) => ValueType::Number,
            Some(Datentyp::NumInt) => ValueType::Integer,
            Some(Datentyp::NumCurrency) => ValueType::Currency,
            Some(Datentyp::File | Datentyp::Obj) => ValueType::File,
            Some(Datentyp::Unknown(d)) => {
                self.note(
                    &label,
                    format!("unbekannter Datentyp `{d}`: als Text behandelt"),
                );
                ValueType::Text
            }
            None => {
                self.note(&label, "kein Datentyp: als Text behandelt".to_owned());
                ValueType::Text
            }
        };
        if let Some(Feldart::Unknown(a)) = &feldart {
            self.note(
                &label,
                format!("unbekannte Feldart `{a}`: als Eingabe behandelt"),
            );
        }

        // Value list: inline werte, else a code list that was given.
        let mut choices = None;
        let mut codelist = None;
        if let Some(werte) = &f.werte {
            let mut seen = std::collections::HashSet::new();
            choices = Some(
                werte
                    .iter()
                    .filter(|w| seen.insert(w.code.as_str()))
                    .map(|w| Choice {
                        code: w.code.clone(),
                        label: Some(w.name.clone()).filter(|l| !l.is_empty()),
                        help: non_empty(&w.hilfe),
                    })
                    .collect::<Vec<_>>(),
            );
        } else if let Some(r) = f
            .codeliste_referenz
            .as_ref()
            .filter(|r| r.canonical_identification.is_some() || r.canonical_version_uri.is_some())
        {
            match self.options.codelists.and_then(|c| c.find(r)) {
                Some(list) => {
                    let code_col = f
                        .code_key
                        .as_deref()
                        .filter(|k| list.column_index(k).is_some())
                        .unwrap_or(&list.key_column);
                    let label_col = f
                        .name_key
                        .as_deref()
                        .filter(|k| list.column_index(k).is_some())
                        .or(list.label_column.as_deref());
                    let help_col = f.help_key.as_deref().and_then(|k| list.column_index(k));
                    let k = list.column_index(code_col);
                    let l = label_col.and_then(|c| list.column_index(c));
                    let mut seen = std::collections::HashSet::new();
                    let mut out = Vec::new();
                    for row in &list.rows {
                        let get = |i: Option<usize>| {
                            i.and_then(|i| row.values.get(i)?.clone())
                                .filter(|v| !v.is_empty())
                        };
                        let Some(code) = get(k) else { continue };
                        if seen.insert(code.clone()) {
                            out.push(Choice {
                                code,
                                label: get(l),
                                help: get(help_col),
                            });
                        }
                    }
                    choices = Some(out);
                }
                None => {
                    let reference = CodeListRef {
                        uri: r.canonical_identification.clone(),
                        version: r.version.clone(),
                        canonical_version_uri: r.canonical_version_uri.clone(),
                    };
                    let what = reference
                        .canonical_version_uri
                        .clone()
                        .or_else(|| reference.uri.clone())
                        .unwrap_or_default();
                    self.note(
                        &label,
                        format!("Codeliste `{what}` nicht verfügbar: Werte werden nicht geprüft"),
                    );
                    codelist = Some(reference);
                }
            }
        }
        if choices.is_some() || codelist.is_some() {
            if !value_type.is_string() && value_type != ValueType::Text {
                self.note(
                    &label,
                    format!(
                        "Feld mit Werteliste und Datentyp `{}`: Wert ist der Code als Text",
                        datentyp.as_ref().map_or("", |d| d.code())
                    ),
                );
            }
            value_type = ValueType::Text;
        }

        let mut field = Field {
            value_type,
            datentyp: datentyp
                .as_ref()
                .map_or_else(String::new, |d| d.code().to_owned()),
            feldart: feldart
                .as_ref()
                .map_or_else(|| "input".to_owned(), |a| a.code().to_owned()),
            min_length: None,
            max_length: None,
            minimum: None,
            maximum: None,
            date_min: None,
            date_max: None,
            pattern: None,
            choices,
            codelist,
            default: None,
            fixed: None,
            hidden: feldart == Some(Feldart::Hidden),
            read_only: feldart == Some(Feldart::Locked),
            prefill: f.vorbefuellung.as_ref().map(|v| v.value.code().to_owned()),
            media_types: f.media_type.clone(),
            max_size: None,
        };
        if let Some(p) = &f.praezisierung {
            self.praezisierung(&mut field, p, &label);
        }
        if let Some(s) = &f.max_size {
            match s.trim().parse::<u64>() {
                Ok(v) => field.max_size = Some(v),
                Err(_) => self.note(&label, format!("maxSize `{s}` ist keine Zahl: ignoriert")),
            }
        }
        if let Some(inhalt) = f.inhalt.as_ref().filter(|i| !i.is_empty()) {
            match typed_value(value_type, inhalt) {
                Some(v) => {
                    if field.read_only {
                        field.fixed = Some(v.clone());
                    }
                    // No answer the citizen did not give: `inhalt` of an input or select field
                    // is not offered as a default (a ticked consent, a preselected state);
                    // hidden and locked fields carry it, they are not the citizen's to answer.
                    if field.hidden || field.read_only {
                        field.default = Some(v);
                    }
                }
                None => self.note(
                    &label,
                    format!("Inhalt `{inhalt}` passt nicht zum Datentyp: kein Vorgabewert"),
                ),
            }
        }
        n.kind = NodeKind::Field(Box::new(field));
        n
    }

    fn praezisierung(&mut self, field: &mut Field, p: &crate::Praezisierung, label: &str) {
        let t = field.value_type;
        if field.choices.is_some() {
            // A value list decides; length and pattern of codes are not the user's business.
            return;
        }
        if p.min_length.is_some() || p.max_length.is_some() {
            if t == ValueType::Text {
                field.min_length = p.min_length;
                field.max_length = p.max_length;
            } else {
                self.note(
                    label,
                    "minLength/maxLength gelten nur für Text: ignoriert".into(),
                );
            }
        }
        if let Some(x) = &p.pattern {
            if t.is_string() {
                // Authors write `^…$` meaning anchors (nobody means a literal `$` at the end of
                // an e-mail address): a leading `^` and a trailing unescaped `$` are read as
                // anchors, which XSD patterns always are anyway, and the repair is reported.
                let effective = strip_anchors(x);
                if effective != x.as_str() {
                    let lead = x.len() > 1 && x.starts_with('^');
                    let trail = effective.len() + usize::from(lead) < x.len();
                    let which = match (lead, trail) {
                        (true, true) => "führendes `^` und abschließendes `$`",
                        (true, false) => "führendes `^`",
                        _ => "abschließendes `$`",
                    };
                    self.note(
                        label,
                        format!(
                            "Warnung: Muster `{x}`: {which} als Anker gelesen (in XSD wären es \
                             gewöhnliche Zeichen; XSD-Muster gelten immer für den ganzen Wert). \
                             Bitte im Schema entfernen."
                        ),
                    );
                }
                match pattern::translate(effective) {
                    Ok(tr) => match regex::RegexBuilder::new(&tr.rust)
                        .size_limit(1 << 22)
                        .build()
                    {
                        Ok(regex) => {
                            field.pattern = Some(Pattern {
                                xsd: x.clone(),
                                ecma: tr.ecma,
                                regex,
                            });
                        }
                        Err(e) => self.note(label, format!("Muster `{x}` nicht verwendbar: {e}")),
                    },
                    Err(e) => self.note(label, format!("{e}; nicht geprüft")),
                }
            } else {
                self.note(label, "pattern gilt nur für Text: ignoriert".into());
            }
        }
        for (raw, is_min) in [(&p.min_value, true), (&p.max_value, false)] {
            let Some(raw) = raw else { continue };
            let raw = raw.trim();
            if t.is_number() {
                match parse_number(raw) {
                    Some(n) if is_min => field.minimum = Some(n),
                    Some(n) => field.maximum = Some(n),
                    None => self.note(
                        label,
                        format!("Grenzwert `{raw}` ist keine Zahl: ignoriert"),
                    ),
                }
            } else if t == ValueType::Date {
                if validate::is_date(raw) {
                    if is_min {
                        field.date_min = Some(raw.to_owned());
                    } else {
                        field.date_max = Some(raw.to_owned());
                    }
                } else {
                    self.note(
                        label,
                        format!("Grenzwert `{raw}` ist kein Datum: ignoriert"),
                    );
                }
            } else if is_min || p.min_value.is_none() {
                self.note(
                    label,
                    format!(
                        "minValue/maxValue beim Datentyp `{}` nicht unterstützt: ignoriert",
                        field.datentyp
                    ),
                );
            }
        }
    }
}

/// A JSON number from a decimal text (integers stay integers).
fn parse_number(s: &str) -> Option<Number> {
    if let Ok(i) = s.parse::<i64>() {
        return Some(Number::from(i));
    }
    let f = s.parse::<f64>().ok()?;
    Number::from_f64(f)
}

/// `inhalt` as a JSON value of type `t`.
fn typed_value(t: ValueType, s: &str) -> Option<Value> {
    Some(match t {
        ValueType::Text => Value::String(s.to_owned()),
        ValueType::Date if validate::is_date(s) => Value::String(s.to_owned()),
        ValueType::Time if validate::is_time(s) => Value::String(s.to_owned()),
        ValueType::DateTime if validate::is_date_time(s) => Value::String(s.to_owned()),
        ValueType::Bool => match s.trim() {
            "true" | "1" => Value::Bool(true),
            "false" | "0" => Value::Bool(false),
            _ => return None,
        },
        ValueType::Number | ValueType::Currency => Value::Number(parse_number(s.trim())?),
        ValueType::Integer => Value::Number(Number::from(s.trim().parse::<i64>().ok()?)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Vorbefuellung;
    use crate::ids::{Anzahl, ElementId, Version};
    use crate::model::{Code, Datenschema, Identifikation, Praezisierung};
    use crate::span::Span;
    use serde_json::json;

    fn angaben(id: &str, name: &str) -> Angaben {
        Angaben {
            identifikation: Identifikation {
                id: Some(ElementId::new(id)),
                version: Some(Version::new("1.0.0")),
                span: Span::default(),
            },
            name: Some(name.into()),
            ..Angaben::default()
        }
    }

    fn field(id: &str, art: Feldart, typ: Datentyp) -> Datenfeld {
        Datenfeld {
            angaben: angaben(id, &format!("Feld {id}")),
            feldart: Some(Code::new(art, Span::default())),
            datentyp: Some(Code::new(typ, Span::default())),
            vorbefuellung: Some(Code::new(Vorbefuellung::Keine, Span::default())),
            ..Datenfeld::default()
        }
    }

    fn st(anzahl: &str, f: Datenfeld) -> Struktur {
        Struktur {
            anzahl: Some(Anzahl::new(anzahl)),
            bezug: Vec::new(),
            enthaelt: Enthaelt::Field(Box::new(f)),
            span: Span::default(),
        }
    }

    fn schema() -> Datenschema {
        let mut locked = field("F99000000003", Feldart::Locked, Datentyp::NumInt);
        locked.inhalt = Some("7".into());
        let mut text = field("F99000000001", Feldart::Input, Datentyp::Text);
        text.praezisierung = Some(Praezisierung {
            max_length: Some(3),
            pattern: Some("[^a]*".into()),
            ..Praezisierung::default()
        });
        Datenschema {
            angaben: angaben("S99000000001", "Test"),
            struktur: vec![
                st("1:1", text.clone()),
                st("0:*", text),
                st("1:1", field("F99000000002", Feldart::Label, Datentyp::Text)),
                st("1:1", locked),
                st("x", field("F99000000004", Feldart::Input, Datentyp::Bool)),
            ],
            ..Datenschema::default()
        }
    }

    #[test]
    fn leading_and_trailing_anchors_are_read_as_anchors() {
        assert_eq!(strip_anchors("^[a-z]+@[a-z]+$"), "[a-z]+@[a-z]+");
        assert_eq!(strip_anchors("[0-9]{5}"), "[0-9]{5}");
        assert_eq!(strip_anchors(r"a\$"), r"a\$");
        assert_eq!(strip_anchors(r"a\\$"), r"a\\");
        assert_eq!(strip_anchors("$"), "$");
    }

    #[test]
    fn properties_labels_locked_and_notes() {
        let s = schema();
        let form = Form::new(ElementRef::Schema(&s), FormOptions::default());
        let schema = json_schema(&form);
        let props = schema["properties"].as_object().expect("an object schema");
        let names: Vec<&str> = props.keys().map(String::as_str).collect();
        // The same field twice gets `_2`; the label field carries no data.
        assert_eq!(
            names,
            [
                "F99000000001",
                "F99000000001_2",
                "F99000000003",
                "F99000000004"
            ]
        );
        assert_eq!(props["F99000000001_2"]["type"], "array");
        assert_eq!(props["F99000000003"]["const"], 7);
        assert_eq!(props["F99000000003"]["readOnly"], true);
        assert_eq!(
            schema["required"],
            json!(["F99000000001", "F99000000003", "F99000000004"])
        );
        assert_eq!(form.notes.len(), 1, "{:?}", form.notes);
        assert!(form.notes[0].message.contains("Anzahl `x`"));

        let v = Validator::new(&form);
        let ok = json!({"F99000000001": "bcd", "F99000000003": 7.0, "F99000000004": true});
        assert!(v.is_valid(&ok), "{:?}", v.validate(&ok));
        assert!(v.is_valid(&example_submission(&form)));
        let bad = json!({"F99000000001": "abcd", "F99000000001_2": "x", "F99000000003": 8});
        let errors: Vec<String> = v.validate(&bad).iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            [
                "/F99000000001 (F99000000001 V1.0.0 \"Feld F99000000001\"): Text zu lang: höchstens 3 Zeichen, 4 angegeben",
                "/F99000000001 (F99000000001 V1.0.0 \"Feld F99000000001\"): Text entspricht nicht dem vorgegebenen Muster `[^a]*`",
                "/F99000000001_2 (F99000000001 V1.0.0 \"Feld F99000000001\"): falscher Typ, erwartet: Liste",
                "/F99000000003 (F99000000003 V1.0.0 \"Feld F99000000003\"): Wert ist fest vorgegeben und muss 7 lauten",
                "/ (S99000000001 V1.0.0 \"Test\"): Pflichtangabe fehlt: Feld F99000000004 (F99000000004)",
            ]
        );
    }

    #[test]
    fn validation_stops_after_the_error_limit() {
        let s = schema();
        let form = Form::new(ElementRef::Schema(&s), FormOptions::default());
        let mut data = serde_json::Map::new();
        for i in 0..10_000 {
            data.insert(format!("x{i}"), json!(i));
        }
        let data = Value::Object(data);
        let v = Validator::new(&form).with_max_errors(5);
        let r = v.validate_report(&data);
        assert_eq!(r.errors.len(), 5);
        assert!(r.truncated);
        assert_eq!(Validator::new(&form).validate(&data).len(), MAX_ERRORS);
        // Exactly at the limit: nothing left out.
        let bad = json!({"F99000000001": "abcd", "F99000000001_2": "x", "F99000000003": 8});
        let r = Validator::new(&form)
            .with_max_errors(5)
            .validate_report(&bad);
        assert_eq!((r.errors.len(), r.truncated), (5, false));
        let r = Validator::new(&form)
            .with_max_errors(4)
            .validate_report(&bad);
        assert_eq!((r.errors.len(), r.truncated), (4, true));
        assert!(!v.is_valid(&bad));
    }
}
