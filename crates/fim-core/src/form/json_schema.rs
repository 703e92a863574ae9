//! JSON Schema (draft 2020-12) of the submitted data of a [`Form`].
//!
//! The mapping is described in the [module documentation](super). Every node carries
//! `x-fim-id` (and `x-fim-version`, and `x-fim-name` when the title is the input label rather
//! than the name) so that a renderer or a tool can trace a property back to
//! its FIM element; other `x-fim-*` keywords keep what JSON Schema cannot say (date bounds,
//! unavailable code lists, the original XSD pattern, the datentyp). Unknown keywords are
//! ignored by JSON Schema validators.

use super::{Child, Field, Form, Group, Node, NodeKind, ValueType};
use serde_json::{json, Map, Value};

/// The draft 2020-12 meta-schema URI.
pub const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";

/// The JSON Schema of the data a form submits.
pub fn json_schema(form: &Form) -> Value {
    let mut root = node_schema(&form.root);
    if let Value::Object(m) = &mut root {
        let mut head = Map::new();
        head.insert("$schema".into(), DRAFT_2020_12.into());
        if let Some(id) = &form.root.id {
            let v = form.root.version.as_deref().unwrap_or("");
            head.insert("$id".into(), format!("urn:fim:schema:{id}:{v}").into());
        }
        head.append(m);
        *m = head;
    }
    root
}

fn annotate(m: &mut Map<String, Value>, node: &Node) {
    if !node.title.is_empty() {
        m.insert("title".into(), node.title.clone().into());
    }
    if let Some(d) = &node.description {
        m.insert("description".into(), d.clone().into());
    }
    if let Some(id) = &node.id {
        m.insert("x-fim-id".into(), id.clone().into());
    }
    if node.name != node.title && !node.name.is_empty() {
        m.insert("x-fim-name".into(), node.name.clone().into());
    }
    if let Some(v) = &node.version {
        m.insert("x-fim-version".into(), v.clone().into());
    }
}

/// The schema of one node (for one occurrence).
fn node_schema(node: &Node) -> Value {
    let mut m = Map::new();
    annotate(&mut m, node);
    match &node.kind {
        NodeKind::Group(g) => group_schema(&mut m, g),
        NodeKind::Field(f) => field_schema(&mut m, f),
        // Not reached for children (label fields are left out); a label as the top element
        // has no data.
        NodeKind::Text(_) => {
            m.insert("type".into(), "null".into());
        }
    }
    Value::Object(m)
}

fn group_schema(m: &mut Map<String, Value>, g: &Group) {
    m.insert("type".into(), "object".into());
    let mut props = Map::new();
    let mut required = Vec::new();
    let mut alternatives = Vec::new();
    for c in data_children(g) {
        props.insert(c.property.clone(), child_schema(c));
        if g.choice {
            // `type` and `title` change nothing for validation (the group is an object) but
            // let form renderers offer the alternatives by name.
            alternatives.push(json!({
                "title": c.node.title,
                "type": "object",
                "required": [c.property],
            }));
        } else if c.is_required() {
            required.push(Value::String(c.property.clone()));
        }
    }
    m.insert("properties".into(), Value::Object(props));
    if !required.is_empty() {
        m.insert("required".into(), Value::Array(required));
    }
    if g.choice {
        m.insert("x-fim-auswahlgruppe".into(), true.into());
        if alternatives.is_empty() {
            // Exactly one of no children: nothing satisfies it (`oneOf` must not be empty).
            m.insert("not".into(), json!({}));
        } else {
            m.insert("oneOf".into(), Value::Array(alternatives));
        }
    }
    m.insert("additionalProperties".into(), false.into());
}

/// The children that carry data (label fields are left out).
pub(crate) fn data_children(g: &Group) -> impl Iterator<Item = &Child> {
    g.children
        .iter()
        .filter(|c| !matches!(c.node.kind, NodeKind::Text(_)))
}

fn child_schema(c: &Child) -> Value {
    let item = node_schema(&c.node);
    if !c.is_array() {
        return item;
    }
    let mut m = Map::new();
    m.insert("type".into(), "array".into());
    if let Value::Object(im) = &item {
        for k in ["title", "description"] {
            if let Some(v) = im.get(k) {
                m.insert(k.into(), v.clone());
            }
        }
    }
    m.insert("items".into(), item);
    if c.min > 0 {
        m.insert("minItems".into(), c.min.into());
    }
    if let Some(max) = c.max {
        m.insert("maxItems".into(), max.into());
    }
    Value::Object(m)
}

fn field_schema(m: &mut Map<String, Value>, f: &Field) {
    m.insert("x-fim-datentyp".into(), f.datentyp.clone().into());
    if let Some(choices) = &f.choices {
        m.insert("type".into(), "string".into());
        let one_of: Vec<Value> = choices
            .iter()
            .map(|c| {
                let mut o = Map::new();
                o.insert("const".into(), c.code.clone().into());
                o.insert(
                    "title".into(),
                    c.label.clone().unwrap_or_else(|| c.code.clone()).into(),
                );
                if let Some(h) = &c.help {
                    o.insert("description".into(), h.clone().into());
                }
                Value::Object(o)
            })
            .collect();
        // Equal codes would make `oneOf` fail for that code; the builder removes duplicates.
        if one_of.is_empty() {
            // An empty list allows nothing (`oneOf` must not be empty, `enum` may).
            m.insert("enum".into(), json!([]));
        } else {
            m.insert("oneOf".into(), Value::Array(one_of));
        }
    } else {
        match f.value_type {
            ValueType::Text => {
                m.insert("type".into(), "string".into());
            }
            ValueType::Date => string_format(m, "date"),
            ValueType::Time => string_format(m, "time"),
            ValueType::DateTime => string_format(m, "date-time"),
            // A yes/no question is a choice of two answers, so that "Nein" can be given
            // deliberately (a bare checkbox cannot tell "no" from "not answered").
            ValueType::Bool => {
                m.insert("type".into(), "boolean".into());
                m.insert(
                    "oneOf".into(),
                    json!([
                        {"const": true, "title": "Ja"},
                        {"const": false, "title": "Nein"}
                    ]),
                );
            }
            ValueType::Number | ValueType::Currency => {
                m.insert("type".into(), "number".into());
            }
            ValueType::Integer => {
                m.insert("type".into(), "integer".into());
            }
            ValueType::File => file_schema(m, f),
        }
        if let Some(r) = &f.codelist {
            m.insert(
                "x-fim-codeliste".into(),
                serde_json::to_value(r).unwrap_or(Value::Null),
            );
        }
    }
    if let Some(v) = f.min_length {
        m.insert("minLength".into(), v.into());
    }
    if let Some(v) = f.max_length {
        m.insert("maxLength".into(), v.into());
    }
    if let Some(p) = &f.pattern {
        m.insert("pattern".into(), p.ecma.clone().into());
        m.insert("x-fim-pattern".into(), p.xsd.clone().into());
    }
    if let Some(v) = &f.minimum {
        m.insert("minimum".into(), Value::Number(v.clone()));
    }
    if let Some(v) = &f.maximum {
        m.insert("maximum".into(), Value::Number(v.clone()));
    }
    if let Some(v) = &f.date_min {
        m.insert("x-fim-minValue".into(), v.clone().into());
    }
    if let Some(v) = &f.date_max {
        m.insert("x-fim-maxValue".into(), v.clone().into());
    }
    if let Some(v) = &f.default {
        m.insert("default".into(), v.clone());
    }
    if let Some(v) = &f.fixed {
        m.insert("const".into(), v.clone());
    }
    if f.read_only {
        m.insert("readOnly".into(), true.into());
    }
}

fn string_format(m: &mut Map<String, Value>, format: &str) {
    m.insert("type".into(), "string".into());
    m.insert("format".into(), format.into());
}

fn file_schema(m: &mut Map<String, Value>, f: &Field) {
    m.insert("type".into(), "object".into());
    let mut media = json!({ "type": "string" });
    if !f.media_types.is_empty() {
        media["enum"] = f.media_types.clone().into();
    }
    let mut size = json!({ "type": "integer", "minimum": 0 });
    if let Some(max) = f.max_size {
        size["maximum"] = max.into();
    }
    m.insert(
        "properties".into(),
        json!({
            "name": { "type": "string", "minLength": 1, "title": "Dateiname" },
            "mediaType": media,
            "size": size,
            "data": { "type": "string", "contentEncoding": "base64" },
        }),
    );
    m.insert("required".into(), json!(["name"]));
    m.insert("additionalProperties".into(), false.into());
}
