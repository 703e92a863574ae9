//! The UI-hints document: what a form renderer needs beside the JSON Schema.
//!
//! ```json
//! { "format": "fim-ui-hints", "version": 1,
//!   "root": { "kind": "group", "id": "S...", "label": "...", "help": "...",
//!             "children": [ { "kind": "field", "property": "F...", "pointer": "/F...",
//!                             "widget": "text", ... } ] } }
//! ```
//!
//! Each node has `kind` (`group`, `choice` for an Auswahlgruppe, `field`, `text` for a
//! `label` field), `id`, `version`, `name`, `label` (input label), `outputLabel`, `help`
//! (input help), `outputHelp`; children carry `property`, `pointer` (JSON Pointer of the
//! property, with `/*` for array items), `min`, `max` and `repeated`. Fields add `widget`
//! (`text`, `date`, `time`, `datetime`, `yes-no` (a Ja/Nein choice), `number`, `integer`,
//! `currency`, `file`, `select` (up to 10 values: `radio`), `hidden`), `readOnly`, `hidden`,
//! `prefill` (the `vorbefuellung` code), `default`, and `warning` when the field's code
//! list was not available. Order is the order of `children`. `warnings` at the top lists
//! what a form builder must fix by hand (the notes of the form).

use super::{Child, Form, Node, NodeKind, ValueType};
use serde_json::{json, Map, Value};

/// The UI-hints document of a form.
pub fn ui_hints(form: &Form) -> Value {
    let mut pointer = String::new();
    // What a form builder must fix by hand (missing code lists, untranslatable or repaired
    // patterns, unusable constraints), as on stderr of `fim schema`.
    let warnings: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
    json!({
        "format": "fim-ui-hints",
        "version": 1,
        "warnings": warnings,
        "root": node(&form.root, &mut pointer),
    })
}

fn put(m: &mut Map<String, Value>, k: &str, v: Option<&String>) {
    if let Some(v) = v {
        m.insert(k.into(), v.clone().into());
    }
}

fn node(n: &Node, pointer: &mut String) -> Value {
    let mut m = Map::new();
    let kind = match &n.kind {
        NodeKind::Group(g) if g.choice => "choice",
        NodeKind::Group(_) => "group",
        NodeKind::Field(_) => "field",
        NodeKind::Text(_) => "text",
    };
    m.insert("kind".into(), kind.into());
    put(&mut m, "id", n.id.as_ref());
    put(&mut m, "version", n.version.as_ref());
    m.insert("name".into(), n.name.clone().into());
    m.insert("label".into(), n.title.clone().into());
    put(&mut m, "outputLabel", n.output_label.as_ref());
    put(&mut m, "help", n.description.as_ref());
    put(&mut m, "outputHelp", n.output_help.as_ref());
    match &n.kind {
        NodeKind::Group(g) => {
            let children: Vec<Value> = g.children.iter().map(|c| child(c, pointer)).collect();
            m.insert("children".into(), children.into());
        }
        NodeKind::Text(t) => {
            m.insert("text".into(), t.clone().into());
        }
        NodeKind::Field(f) => {
            let missing_list = f.choices.is_none() && f.codelist.is_some();
            let widget = if f.hidden {
                "hidden"
            } else if missing_list {
                // The values come from a code list that was not available: still a choice,
                // and the hint says what is missing.
                "select"
            } else if let Some(c) = &f.choices {
                if c.len() <= 10 {
                    "radio"
                } else {
                    "select"
                }
            } else {
                match f.value_type {
                    ValueType::Text if f.max_length.is_some_and(|l| l > 500) => "textarea",
                    ValueType::Text => "text",
                    ValueType::Date => "date",
                    ValueType::Time => "time",
                    ValueType::DateTime => "datetime",
                    ValueType::Bool => "yes-no",
                    ValueType::Number => "number",
                    ValueType::Integer => "integer",
                    ValueType::Currency => "currency",
                    ValueType::File => "file",
                }
            };
            m.insert("widget".into(), widget.into());
            if missing_list {
                let what = f
                    .codelist
                    .as_ref()
                    .and_then(|c| c.canonical_version_uri.clone().or_else(|| c.uri.clone()))
                    .unwrap_or_default();
                m.insert(
                    "warning".into(),
                    format!(
                        "Codeliste `{what}` nicht verfügbar: die Auswahlwerte fehlen (mit \
                         --codelists DIR laden)"
                    )
                    .into(),
                );
            }
            m.insert("feldart".into(), f.feldart.clone().into());
            m.insert("datentyp".into(), f.datentyp.clone().into());
            m.insert("readOnly".into(), f.read_only.into());
            m.insert("hidden".into(), f.hidden.into());
            put(&mut m, "prefill", f.prefill.as_ref());
            if let Some(d) = &f.default {
                m.insert("default".into(), d.clone());
            }
            if !f.media_types.is_empty() {
                m.insert("accept".into(), f.media_types.join(",").into());
            }
        }
    }
    Value::Object(m)
}

fn child(c: &Child, pointer: &mut String) -> Value {
    let len = pointer.len();
    pointer.push('/');
    pointer.push_str(&c.property.replace('~', "~0").replace('/', "~1"));
    if c.is_array() {
        pointer.push_str("/*");
    }
    let mut v = node(&c.node, pointer);
    if let Value::Object(m) = &mut v {
        // Label fields have no data: no property, no pointer.
        if !matches!(c.node.kind, NodeKind::Text(_)) {
            m.insert("property".into(), c.property.clone().into());
            m.insert("pointer".into(), pointer.clone().into());
        }
        m.insert("min".into(), c.min.into());
        m.insert("max".into(), c.max.map_or(Value::Null, Value::from));
        m.insert("repeated".into(), c.is_array().into());
    }
    pointer.truncate(len);
    v
}
