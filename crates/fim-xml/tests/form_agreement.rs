//! Agreement test of the form module: for random schemas (`fim_core::strategy`) and random
//! submissions built from them (valid ones and ones with deliberate mistakes), the direct
//! validator (`fim_core::form::Validator`) and the `jsonschema` crate on the generated JSON
//! Schema must say valid/invalid alike.
//!
//! The one difference by design that the generator can hit is listed in
//! `fim_core::form::validate` (known difference 1): date bounds are checked by the direct
//! validator only. A disagreement is accepted only when it is exactly that: JSON Schema says
//! valid and every direct error is a date-bound error. Everything else fails the test.
//!
//! (The test lives in `fim-xml` because this crate's dev-dependencies enable the model
//! strategy of `fim-core`; it does not read XML.)

#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_core::codelist::{CodeList, CodeLists, Column, Row};
use fim_core::form::validate::ErrorKind;
use fim_core::form::{json_schema, Child, Field, Form, FormOptions, Node, NodeKind, ValueType};
use fim_core::strategy;
use fim_core::{ElementRef, XdfVersion};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Map, Value};
use std::cell::Cell;

/// A small deterministic random source (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Builds submissions; `bad` is the per-node chance (percent) of a deliberate mistake.
struct Gen {
    rng: Rng,
    bad: u64,
    runner: TestRunner,
    mistakes: Cell<u32>,
}

const CHARS: &[char] = &['a', 'Z', 'ä', 'ß', ' ', '-', '7', '😀', 'é', '\u{a0}'];

impl Gen {
    fn mistake(&mut self) -> bool {
        let m = self.rng.chance(self.bad);
        if m {
            self.mistakes.set(self.mistakes.get() + 1);
        }
        m
    }

    fn node(&mut self, n: &Node) -> Value {
        match &n.kind {
            NodeKind::Group(g) => {
                let mut obj = Map::new();
                let data: Vec<&Child> = g
                    .children
                    .iter()
                    .filter(|c| !matches!(c.node.kind, NodeKind::Text(_)))
                    .collect();
                if g.choice {
                    if !data.is_empty() {
                        let pick = self.rng.below(data.len() as u64) as usize;
                        let c = data[pick];
                        obj.insert(c.property.clone(), self.child(c));
                    }
                    if self.mistake() && data.len() > 1 {
                        // a second alternative, or none
                        let c = data[self.rng.below(data.len() as u64) as usize];
                        if obj.contains_key(&c.property) {
                            obj.clear();
                        } else {
                            obj.insert(c.property.clone(), self.child(c));
                        }
                    }
                } else {
                    for c in data {
                        let include = c.is_required() || self.rng.chance(60);
                        let flip = self.mistake() && c.is_required();
                        if include != flip {
                            obj.insert(c.property.clone(), self.child(c));
                        }
                    }
                }
                if self.mistake() {
                    obj.insert("unbekannt".into(), json!(1));
                }
                if self.mistake() {
                    return json!([]);
                }
                Value::Object(obj)
            }
            NodeKind::Field(f) => self.field(f),
            NodeKind::Text(_) => Value::Null,
        }
    }

    fn child(&mut self, c: &Child) -> Value {
        if !c.is_array() {
            return self.node(&c.node);
        }
        let hi = c.max.unwrap_or(c.min + 3).min(c.min + 3);
        let mut len = c.min + self.rng.below(u64::from(hi.saturating_sub(c.min)) + 1) as u32;
        if self.mistake() {
            len = if self.rng.chance(50) || c.min == 0 {
                c.max.map_or(len, |m| m + 1)
            } else {
                c.min - 1
            };
        }
        if self.mistake() {
            return self.node(&c.node); // not an array
        }
        Value::Array((0..len).map(|_| self.node(&c.node)).collect())
    }

    fn text(&mut self, f: &Field) -> String {
        if let Some(p) = &f.pattern {
            if !self.rng.chance(15) {
                let inner = &p.regex.as_str()[4..p.regex.as_str().len() - 2];
                if let Ok(s) = proptest::string::string_regex(&format!("(?:{inner})")) {
                    if let Ok(tree) = s.new_tree(&mut self.runner) {
                        return tree.current();
                    }
                }
            }
        }
        let lo = f.min_length.unwrap_or(0);
        let hi = f.max_length.unwrap_or(lo + 8).max(lo);
        let mut len = lo + self.rng.below(hi - lo + 1);
        if self.mistake() {
            len = if self.rng.chance(50) {
                hi + 1
            } else {
                lo.saturating_sub(1)
            };
        }
        (0..len.min(200))
            .map(|_| CHARS[self.rng.below(CHARS.len() as u64) as usize])
            .collect()
    }

    fn date(&mut self, f: &Field) -> String {
        let y = 1990 + self.rng.below(50);
        let m = 1 + self.rng.below(12);
        let d = 1 + self.rng.below(28);
        let mut s = format!("{y:04}-{m:02}-{d:02}");
        if let (Some(lo), Some(hi)) = (&f.date_min, &f.date_max) {
            if !self.rng.chance(20) && lo <= hi {
                s = if self.rng.chance(50) {
                    lo.clone()
                } else {
                    hi.clone()
                };
            }
        }
        s
    }

    fn field(&mut self, f: &Field) -> Value {
        if let Some(fixed) = &f.fixed {
            if !self.mistake() {
                return fixed.clone();
            }
        }
        if self.mistake() {
            // the wrong JSON type
            return match f.value_type {
                ValueType::Text | ValueType::Date | ValueType::Time | ValueType::DateTime => {
                    json!(12)
                }
                ValueType::Integer if self.rng.chance(50) => json!(1.5),
                _ => json!("x"),
            };
        }
        if let Some(choices) = &f.choices {
            if choices.is_empty() || self.mistake() {
                return json!("kein-code");
            }
            let c = &choices[self.rng.below(choices.len() as u64) as usize];
            return json!(c.code);
        }
        match f.value_type {
            ValueType::Text => json!(self.text(f)),
            ValueType::Date => {
                if self.mistake() {
                    return json!(
                        ["2023-02-29", "2024-13-01", "1.1.2024"][self.rng.below(3) as usize]
                    );
                }
                json!(self.date(f))
            }
            ValueType::Time => {
                if self.mistake() {
                    return json!(["12:30", "25:00:00Z", "12:30:00"][self.rng.below(3) as usize]);
                }
                json!(format!(
                    "{:02}:{:02}:{:02}Z",
                    self.rng.below(24),
                    self.rng.below(60),
                    self.rng.below(60)
                ))
            }
            ValueType::DateTime => {
                if self.mistake() {
                    return json!("2024-01-01 10:00:00Z");
                }
                let d = self.date(f);
                json!(format!(
                    "{d}T{:02}:{:02}:00+01:00",
                    self.rng.below(24),
                    self.rng.below(60)
                ))
            }
            ValueType::Bool => json!(self.rng.chance(50)),
            ValueType::Number | ValueType::Currency | ValueType::Integer => {
                let lo = f
                    .minimum
                    .as_ref()
                    .and_then(|n| n.as_f64())
                    .unwrap_or(-1000.0);
                let hi = f
                    .maximum
                    .as_ref()
                    .and_then(|n| n.as_f64())
                    .unwrap_or(lo + 1000.0);
                let span = (hi - lo).max(0.0);
                let mut x = lo + span * (self.rng.below(1001) as f64 / 1000.0);
                if self.mistake() {
                    x = if self.rng.chance(50) {
                        hi + 1.0
                    } else {
                        lo - 1.0
                    };
                }
                if f.value_type == ValueType::Integer {
                    let i = if x < lo {
                        lo.floor() - 1.0
                    } else if x > hi {
                        hi.ceil() + 1.0
                    } else {
                        x.ceil().min(hi.floor())
                    };
                    json!(i as i64)
                } else if f.value_type == ValueType::Currency {
                    json!((x * 100.0).round() / 100.0)
                } else {
                    json!(x)
                }
            }
            ValueType::File => {
                let mut o = json!({ "name": "antrag.pdf", "size": 1000, "data": "SGFsbG8=" });
                if let Some(t) = f.media_types.first() {
                    o["mediaType"] = json!(t);
                }
                if let Some(max) = f.max_size {
                    o["size"] = json!(max.min(1000));
                }
                if self.mistake() {
                    match self.rng.below(4) {
                        0 => {
                            o.as_object_mut().unwrap().remove("name");
                        }
                        1 => o["size"] = json!(-1),
                        2 => o["extra"] = json!(true),
                        _ => o["mediaType"] = json!("application/x-unbekannt"),
                    }
                }
                o
            }
        }
    }
}

fn seed32(seed: u64) -> [u8; 32] {
    let mut s = [0u8; 32];
    for (i, b) in seed.to_le_bytes().iter().cycle().take(32).enumerate() {
        s[i] = b.wrapping_add(i as u8);
    }
    s
}

/// Runs `cases` submissions against one form; returns (valid, invalid, known-difference) counts.
fn agree(form: &Form, seed: u64, cases: u32) -> (u32, u32, u32) {
    let schema = json_schema(form);
    let js = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}\n{schema:#}"));
    let direct = fim_core::form::Validator::new(form);
    let (mut valid, mut invalid, mut known) = (0, 0, 0);
    for i in 0..cases {
        let mut gen = Gen {
            rng: Rng(seed ^ u64::from(i).wrapping_mul(0x1234_5678_9abc)),
            bad: if i % 2 == 0 { 0 } else { 8 },
            runner: TestRunner::new_with_rng(
                Config::default(),
                TestRng::from_seed(
                    RngAlgorithm::ChaCha,
                    &seed32(seed.wrapping_add(u64::from(i))),
                ),
            ),
            mistakes: Cell::new(0),
        };
        let data = gen.node(&form.root);
        let a = direct.is_valid(&data);
        let b = js.is_valid(&data);
        if a != b {
            let errors = direct.validate(&data);
            let date_bounds_only = b
                && !errors.is_empty()
                && errors.iter().all(|e| {
                    matches!(
                        e.kind,
                        ErrorKind::DateBefore { .. } | ErrorKind::DateAfter { .. }
                    )
                });
            if date_bounds_only {
                known += 1;
                continue;
            }
            let js_errors: Vec<String> = js.iter_errors(&data).map(|e| e.to_string()).collect();
            let direct: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "disagreement: direct valid={a}, jsonschema valid={b}\ndata: {data:#}\n\
                 direct: {direct:#?}\njsonschema: {js_errors:#?}\nschema: {schema:#}"
            );
        }
        if a {
            valid += 1;
        } else {
            invalid += 1;
        }
    }
    (valid, invalid, known)
}

/// A code list for every list a schema references (codes `01`..`04`), so that the agreement
/// also covers code list membership.
fn lists_for(root: ElementRef<'_>) -> CodeLists {
    let mut set = CodeLists::new();
    fim_core::walk::walk(root, |v| {
        let ElementRef::Field(f) = v.element else {
            return;
        };
        let Some(r) = &f.codeliste_referenz else {
            return;
        };
        let Some(uri) = &r.canonical_identification else {
            return;
        };
        set.insert(CodeList {
            canonical_uri: uri.clone(),
            version: r.version.clone(),
            canonical_version_uri: r.canonical_version_uri.clone(),
            columns: vec![
                Column {
                    id: "code".into(),
                    ..Column::default()
                },
                Column {
                    id: "name".into(),
                    ..Column::default()
                },
            ],
            key_column: "code".into(),
            label_column: Some("name".into()),
            rows: (1..=4)
                .map(|i| Row {
                    values: vec![Some(format!("0{i}")), Some(format!("Wert {i}"))],
                    ..Row::default()
                })
                .collect(),
            ..CodeList::default()
        });
    });
    set
}

fn version() -> impl Strategy<Value = XdfVersion> {
    prop_oneof![Just(XdfVersion::V2), Just(XdfVersion::V3)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Schemas of both versions, 24 submissions each.
    #[test]
    fn direct_validator_agrees_with_jsonschema(
        schema in version().prop_flat_map(strategy::schema),
        seed in any::<u64>(),
    ) {
        let form = Form::new(ElementRef::Schema(&schema), FormOptions::default());
        let (valid, invalid, _) = agree(&form, seed, 24);
        prop_assert!(valid + invalid > 0);
        // The same with every referenced code list available.
        let lists = lists_for(ElementRef::Schema(&schema));
        let form = Form::new(ElementRef::Schema(&schema), FormOptions { codelists: Some(&lists) });
        agree(&form, seed, 12);
    }

    /// Single groups (v3 Auswahlgruppen among them) and fields.
    #[test]
    fn agreement_on_groups_and_fields(
        group in strategy::group(XdfVersion::V3, 2),
        field in version().prop_flat_map(strategy::field),
        seed in any::<u64>(),
    ) {
        let form = Form::new(ElementRef::Group(&group), FormOptions::default());
        agree(&form, seed, 16);
        let form = Form::new(ElementRef::Field(&field), FormOptions::default());
        agree(&form, seed, 16);
    }
}

/// Over a fixed set of seeds, both outcomes occur often: the test is not vacuous.
#[test]
fn agreement_sees_valid_and_invalid_submissions() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed32(7)),
    );
    let (mut valid, mut invalid, mut known, mut resolved) = (0, 0, 0, 0);
    for i in 0..40u64 {
        let v = if i % 2 == 0 {
            XdfVersion::V2
        } else {
            XdfVersion::V3
        };
        let schema = strategy::schema(v).new_tree(&mut runner).unwrap().current();
        let lists = lists_for(ElementRef::Schema(&schema));
        let form = Form::new(
            ElementRef::Schema(&schema),
            FormOptions {
                codelists: Some(&lists),
            },
        );
        assert!(
            !form
                .notes
                .iter()
                .any(|n| n.message.contains("nicht verfügbar")),
            "every referenced list was given: {:?}",
            form.notes
        );
        resolved += lists.len();
        let (a, b, k) = agree(&form, i, 20);
        valid += a;
        invalid += b;
        known += k;
    }
    eprintln!(
        "agreement: {valid} valid, {invalid} invalid, {known} known differences, \
         {resolved} code lists"
    );
    assert!(resolved >= 5, "{resolved} code lists");
    assert!(valid >= 100, "{valid} valid");
    assert!(invalid >= 100, "{invalid} invalid");
}
