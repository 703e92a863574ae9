//! A plausible example submission for a [`Form`]: every element given once (arrays with their
//! minimum number of entries, at least one), each field with its fixed value, default, first
//! value-list entry or a value inside its bounds. Useful for tests, benchmarks and demos.
//!
//! The example is valid unless a required field has a pattern none of a few common candidates
//! matches (the validator then says so); such optional fields are left out.

use super::json_schema::data_children;
use super::{Field, Form, Node, NodeKind, ValueType};
use serde_json::{json, Map, Value};

/// An example submission for `form`.
pub fn example_submission(form: &Form) -> Value {
    node(&form.root)
}

fn node(n: &Node) -> Value {
    match &n.kind {
        NodeKind::Group(g) => {
            let mut obj = Map::new();
            for c in data_children(g) {
                if !c.is_required() && !g.choice && !satisfiable(&c.node) {
                    // An optional field no candidate fits is left out.
                    continue;
                }
                let v = if c.is_array() {
                    let len = c.min.max(1).min(c.max.unwrap_or(u32::MAX));
                    Value::Array((0..len).map(|_| node(&c.node)).collect())
                } else {
                    node(&c.node)
                };
                obj.insert(c.property.clone(), v);
                if g.choice {
                    break;
                }
            }
            Value::Object(obj)
        }
        NodeKind::Field(f) => field(f),
        NodeKind::Text(_) => Value::Null,
    }
}

/// Whether the example value of a field node meets its length and pattern.
fn satisfiable(n: &Node) -> bool {
    let NodeKind::Field(f) = &n.kind else {
        return true;
    };
    if f.value_type != ValueType::Text || f.choices.is_some() || f.fixed.is_some() {
        return true;
    }
    let s = text(f);
    let len = s.chars().count() as u64;
    f.min_length.is_none_or(|m| len >= m)
        && f.max_length.is_none_or(|m| len <= m)
        && f.pattern.as_ref().is_none_or(|p| p.regex.is_match(&s))
}

fn field(f: &Field) -> Value {
    if let Some(v) = f.fixed.as_ref().or(f.default.as_ref()) {
        return v.clone();
    }
    if let Some(c) = &f.choices {
        return c.first().map_or(json!(""), |c| json!(c.code));
    }
    match f.value_type {
        ValueType::Text => json!(text(f)),
        ValueType::Date => json!(f
            .date_min
            .clone()
            .or_else(|| f.date_max.clone())
            .unwrap_or_else(|| "2026-01-15".to_owned())),
        ValueType::Time => json!("10:30:00Z"),
        ValueType::DateTime => json!("2026-01-15T10:30:00+01:00"),
        ValueType::Bool => json!(true),
        ValueType::Number | ValueType::Currency | ValueType::Integer => {
            let lo = f.minimum.as_ref().and_then(|n| n.as_f64());
            let hi = f.maximum.as_ref().and_then(|n| n.as_f64());
            let x = match (lo, hi) {
                (Some(lo), _) => lo.ceil(),
                (None, Some(hi)) => hi.floor().min(1.0),
                (None, None) => 1.0,
            };
            if x.fract() == 0.0 && x.abs() < 9.0e15 {
                json!(x as i64)
            } else {
                json!(x)
            }
        }
        ValueType::File => {
            let mut o = json!({ "name": "nachweis.pdf", "size": 1024 });
            if let Some(t) = f.media_types.first() {
                o["mediaType"] = json!(t);
            }
            o
        }
    }
}

fn text(f: &Field) -> String {
    let lo = f.min_length.unwrap_or(0) as usize;
    let hi = f.max_length.map_or(usize::MAX, |m| m as usize);
    let fits = |s: &str| {
        let n = s.chars().count();
        n >= lo && n <= hi && f.pattern.as_ref().is_none_or(|p| p.regex.is_match(s))
    };
    const CANDIDATES: &[&str] = &[
        "Beispiel",
        "12345",
        "AB",
        "a",
        "1",
        "Musterstraße 1",
        "max@example.org",
        "DE02120300000000202051",
        "",
    ];
    if let Some(s) = CANDIDATES.iter().find(|s| fits(s)) {
        return (*s).to_owned();
    }
    // Real schemas sometimes put plain text where the pattern belongs: it matches itself.
    if let Some(p) = f.pattern.as_ref().filter(|p| fits(&p.xsd)) {
        return p.xsd.clone();
    }
    // Repeat a letter to the minimum length (no pattern or an unmatched one).
    "x".repeat(lo.clamp(1, 10_000).min(hi))
}
