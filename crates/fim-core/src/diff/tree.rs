//! A schema flattened into a list of nodes in document order, with the properties the diff
//! compares.

use super::level::{Level, PropClass};
use crate::codes::CodeValue;
use crate::ids::ElementId;
use crate::model::{
    Angaben, Code, Datenfeld, Datenfeldgruppe, Datenschema, ElementRef, Enthaelt, Praezisierung,
    Rechtsbezug, Regel, Struktur,
};
use std::fmt::Write as _;

/// One element of a flattened schema.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    /// The element.
    pub element: ElementRef<'a>,
    /// The structure entry through which it was reached (`None` for the root and rules).
    pub via: Option<&'a Struktur>,
    /// Canonical id (see [`canonical_id`]), `None` when the element has no id.
    pub key: Option<String>,
    /// Index of the parent node, `None` for the root.
    pub parent: Option<usize>,
    /// Position among the parent's children (rules first, then structure entries).
    pub position: usize,
    /// Nesting depth, 0 for the root.
    pub depth: usize,
    /// Indices of the children in order.
    pub children: Vec<usize>,
    /// Set when this group repeats an ancestor (its children are not listed).
    pub cycle: bool,
}

impl Node<'_> {
    /// The general information of the element.
    pub fn angaben(&self) -> &Angaben {
        self.element.angaben()
    }
}

/// A schema (or group, or field) flattened in document order; index 0 is the root.
#[derive(Debug, Clone, Default)]
pub struct Tree<'a> {
    /// The nodes, pre-order.
    pub nodes: Vec<Node<'a>>,
}

/// The canonical form of an id used for matching: XDatenfelder 2 ids (a letter and 8
/// digits) are widened to the 3.0.0 form (a letter and 11 digits) the way the official
/// XDF2-to-XDF3 converter does it: the Unternummernkreis `000` is inserted after the
/// two-digit Nummernkreis, so `F60000227` becomes `F60000000227`. Other ids are kept as they
/// are (trimmed).
pub fn canonical_id(id: &ElementId) -> String {
    let text = id.as_str().trim();
    if id.kind().is_some() && id.digit_count() == Some(8) {
        if let (Some(head), Some(tail)) = (text.get(..3), text.get(3..)) {
            return format!("{head}000{tail}");
        }
    }
    text.to_owned()
}

impl<'a> Tree<'a> {
    /// Flattens `root` and everything below it. A group that repeats an ancestor (same id
    /// and version) is listed once with [`Node::cycle`] set and not descended into.
    ///
    /// Complexity: O(n · d) for n elements and depth d (the cycle check walks the ancestors).
    pub fn build(root: ElementRef<'a>, level: Level) -> Tree<'a> {
        let mut nodes: Vec<Node<'a>> = Vec::new();
        // (element, via, parent, position, depth)
        type Frame<'a> = (
            ElementRef<'a>,
            Option<&'a Struktur>,
            Option<usize>,
            usize,
            usize,
        );
        let mut stack: Vec<Frame<'a>> = vec![(root, None, None, 0, 0)];
        while let Some((element, via, parent, position, depth)) = stack.pop() {
            let angaben = element.angaben();
            let key = angaben.id().map(canonical_id);
            let idx = nodes.len();
            let cycle = matches!(element, ElementRef::Group(_))
                && key.is_some()
                && repeats_ancestor(&nodes, parent, angaben);
            nodes.push(Node {
                element,
                via,
                key,
                parent,
                position,
                depth,
                children: Vec::new(),
                cycle,
            });
            if let Some(p) = parent.and_then(|p| nodes.get_mut(p)) {
                p.children.push(idx);
            }
            if cycle {
                continue;
            }
            let (regeln, struktur): (&'a [Regel], &'a [Struktur]) = match element {
                ElementRef::Schema(s) => (&s.regeln, &s.struktur),
                ElementRef::Group(g) => (&g.regeln, &g.struktur),
                ElementRef::Field(f) => (&f.regeln, &[]),
                ElementRef::Rule(_) => continue,
            };
            let regeln: &[Regel] = if level.compares_rules() { regeln } else { &[] };
            let mut children: Vec<Frame<'a>> = Vec::with_capacity(regeln.len() + struktur.len());
            for r in regeln {
                let pos = children.len();
                children.push((ElementRef::Rule(r), None, Some(idx), pos, depth + 1));
            }
            for s in struktur {
                let el = match &s.enthaelt {
                    Enthaelt::Group(g) => ElementRef::Group(g),
                    Enthaelt::Field(f) => ElementRef::Field(f),
                    Enthaelt::Missing => continue,
                };
                let pos = children.len();
                children.push((el, Some(s), Some(idx), pos, depth + 1));
            }
            stack.extend(children.into_iter().rev());
        }
        Tree { nodes }
    }
}

impl<'a> Tree<'a> {
    /// The tree without the fields whose canonical id is `id` (children lists and positions
    /// renumbered).
    ///
    /// Complexity: O(n).
    pub fn without(self, id: &str) -> Tree<'a> {
        let drop: Vec<bool> = self
            .nodes
            .iter()
            .map(|n| matches!(n.element, ElementRef::Field(_)) && n.key.as_deref() == Some(id))
            .collect();
        if !drop.contains(&true) {
            return self;
        }
        // Old index -> new index; a dropped field has no children of its own to re-home.
        let mut map: Vec<Option<usize>> = Vec::with_capacity(self.nodes.len());
        let mut next = 0;
        for d in &drop {
            map.push((!d).then(|| {
                next += 1;
                next - 1
            }));
        }
        let mut nodes: Vec<Node<'a>> = Vec::with_capacity(next);
        for (i, mut n) in self.nodes.into_iter().enumerate() {
            if drop.get(i).copied().unwrap_or(false) {
                continue;
            }
            n.parent = n.parent.and_then(|p| map.get(p).copied().flatten());
            n.children = n
                .children
                .iter()
                .filter_map(|c| map.get(*c).copied().flatten())
                .collect();
            nodes.push(n);
        }
        let positions: Vec<Vec<usize>> = nodes.iter().map(|n| n.children.clone()).collect();
        for children in positions {
            for (pos, c) in children.into_iter().enumerate() {
                if let Some(n) = nodes.get_mut(c) {
                    n.position = pos;
                }
            }
        }
        Tree { nodes }
    }
}

fn repeats_ancestor(nodes: &[Node<'_>], mut parent: Option<usize>, angaben: &Angaben) -> bool {
    let key = (angaben.id(), angaben.version());
    while let Some(p) = parent.and_then(|p| nodes.get(p)) {
        let a = p.angaben();
        if matches!(p.element, ElementRef::Group(_)) && (a.id(), a.version()) == key {
            return true;
        }
        parent = p.parent;
    }
    false
}

/// Collapses whitespace runs (CR, LF, tabs included) into one space and trims.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Normalises a version for comparison: `x.y` is read as `x.y.0`, so a 2.0 version and its
/// 3.0.0 conversion compare equal.
pub fn normalize_version(v: &str) -> String {
    let v = v.trim();
    if v.split('.').count() == 2 && v.split('.').all(|p| !p.is_empty()) {
        format!("{v}.0")
    } else {
        v.to_owned()
    }
}

/// One compared property of an element: its name, class and value.
#[derive(Debug, Clone)]
pub struct Prop<'a> {
    /// The property name as in XDatenfelder (`datentyp`, `struktur.anzahl`, ...).
    pub name: &'static str,
    /// Its class.
    pub class: PropClass,
    value: PropValue<'a>,
}

/// A property value: a source text compared without regard to whitespace (normalised only
/// when shown), or an already normalised computed value.
#[derive(Debug, Clone)]
enum PropValue<'a> {
    Text(&'a str),
    Owned(String),
}

impl Prop<'_> {
    /// The normalised value; empty means absent.
    pub fn value(&self) -> String {
        match &self.value {
            PropValue::Text(t) => normalize(t),
            PropValue::Owned(s) => s.clone(),
        }
    }

    /// Whether the value is absent or blank.
    pub fn is_empty(&self) -> bool {
        match &self.value {
            PropValue::Text(t) => t.split_whitespace().next().is_none(),
            PropValue::Owned(s) => s.is_empty(),
        }
    }

    /// Whether two values are equal after whitespace normalisation (no allocation for
    /// source texts).
    pub fn same_value(&self, other: &Prop<'_>) -> bool {
        match (&self.value, &other.value) {
            (PropValue::Text(a), PropValue::Text(b)) => {
                a == b || a.split_whitespace().eq(b.split_whitespace())
            }
            (PropValue::Owned(a), PropValue::Owned(b)) => a == b,
            (PropValue::Text(a), PropValue::Owned(b))
            | (PropValue::Owned(b), PropValue::Text(a)) => {
                a.split_whitespace().eq(b.split_whitespace())
            }
        }
    }
}

impl PartialEq for Prop<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.class == other.class && self.same_value(other)
    }
}

struct Props<'a> {
    level: Level,
    out: Vec<Prop<'a>>,
}

impl<'a> Props<'a> {
    fn push(&mut self, name: &'static str, class: PropClass, value: impl FnOnce() -> String) {
        if self.level.includes(class) {
            let value = PropValue::Owned(value());
            self.out.push(Prop { name, class, value });
        }
    }

    fn text(&mut self, name: &'static str, class: PropClass, v: &'a Option<String>) {
        if self.level.includes(class) {
            let value = PropValue::Text(v.as_deref().unwrap_or(""));
            self.out.push(Prop { name, class, value });
        }
    }

    fn code<T: CodeValue>(&mut self, name: &'static str, class: PropClass, v: &Option<Code<T>>) {
        self.push(name, class, || {
            v.as_ref()
                .map(|c| c.value.code().trim().to_owned())
                .unwrap_or_default()
        });
    }
}

fn bezug_text(b: &[Rechtsbezug]) -> String {
    let mut s = String::new();
    for (i, r) in b.iter().enumerate() {
        if i > 0 {
            s.push_str(" | ");
        }
        s.push_str(&normalize(&r.text));
        if let Some(link) = &r.link {
            let _ = write!(s, " <{}>", link.trim());
        }
    }
    s
}

fn praezisierung_text(p: &Praezisierung) -> String {
    let mut s = String::new();
    let mut put = |k: &str, v: &str| {
        if !s.is_empty() {
            s.push(' ');
        }
        let _ = write!(s, "{k}={v}");
    };
    if let Some(v) = p.min_length {
        put("minLength", &v.to_string());
    }
    if let Some(v) = p.max_length {
        put("maxLength", &v.to_string());
    }
    if let Some(v) = &p.min_value {
        put("minValue", v.trim());
    }
    if let Some(v) = &p.max_value {
        put("maxValue", v.trim());
    }
    if let Some(v) = &p.pattern {
        put("pattern", v);
    }
    for (k, v) in &p.unparsed {
        put(k, &normalize(v));
    }
    s
}

/// The compared properties of a node at `level`, in a fixed order.
pub fn props<'a>(node: &Node<'a>, level: Level) -> Vec<Prop<'a>> {
    use PropClass::*;
    let mut p = Props {
        level,
        out: Vec::new(),
    };
    let a = node.element.angaben();
    p.push("version", Meta, || {
        a.version()
            .map(|v| normalize_version(v.as_str()))
            .unwrap_or_default()
    });
    p.text("name", Visible, &a.name);
    p.text("bezeichnungEingabe", Visible, &a.bezeichnung_eingabe);
    p.text("bezeichnungAusgabe", Visible, &a.bezeichnung_ausgabe);
    p.text("hilfetextEingabe", Visible, &a.hilfetext_eingabe);
    p.text("hilfetextAusgabe", Visible, &a.hilfetext_ausgabe);
    p.text("beschreibung", Content, &a.beschreibung);
    // A 2.0 rule states its logic in `definition` (3.0.0: `freitextRegel`): structure.
    let definition_class = if matches!(node.element, ElementRef::Rule(_)) {
        Structure
    } else {
        Content
    };
    p.text("definition", definition_class, &a.definition);
    p.push("bezug", Content, || bezug_text(&a.bezug));
    p.code("schemaelementart", Content, &a.schemaelementart);
    p.push("stichwort", Content, || {
        a.stichwort
            .iter()
            .map(|s| normalize(&s.text))
            .collect::<Vec<_>>()
            .join(" | ")
    });
    p.code("status", Meta, &a.status);
    p.code("freigabestatus", Meta, &a.freigabestatus);
    p.text("statusGesetztAm", Meta, &a.status_gesetzt_am);
    p.text("statusGesetztDurch", Meta, &a.status_gesetzt_durch);
    p.text("gueltigAb", Meta, &a.gueltig_ab);
    p.text("gueltigBis", Meta, &a.gueltig_bis);
    p.text("fachlicherErsteller", Meta, &a.fachlicher_ersteller);
    p.text("versionshinweis", Meta, &a.versionshinweis);
    p.text("freigabedatum", Meta, &a.freigabedatum);
    p.text("veroeffentlichungsdatum", Meta, &a.veroeffentlichungsdatum);
    p.text("letzteAenderung", Meta, &a.letzte_aenderung);
    p.push("relation", Meta, || {
        a.relation
            .iter()
            .map(|r| {
                let pr = r.praedikat.as_ref().map_or("", |c| c.value.code());
                let id = r.objekt.id.as_ref().map(canonical_id).unwrap_or_default();
                format!("{pr} {id}")
            })
            .collect::<Vec<_>>()
            .join(" | ")
    });
    p.push("unbekannt", Content, || {
        a.unknown
            .iter()
            .map(|u| normalize(&u.xml))
            .collect::<Vec<_>>()
            .join(" | ")
    });
    if let Some(via) = node.via {
        p.push("struktur.anzahl", Structure, || {
            via.anzahl
                .as_ref()
                .map(|n| n.as_str().split_whitespace().collect::<String>())
                .unwrap_or_default()
        });
        p.push("struktur.bezug", Content, || bezug_text(&via.bezug));
    }
    match node.element {
        ElementRef::Schema(s) => schema_props(&mut p, s),
        ElementRef::Group(g) => group_props(&mut p, g),
        ElementRef::Field(f) => field_props(&mut p, f),
        ElementRef::Rule(r) => rule_props(&mut p, r),
    }
    p.out
}

fn schema_props<'a>(p: &mut Props<'a>, s: &'a Datenschema) {
    use PropClass::*;
    p.text("bezeichnung", Visible, &s.bezeichnung);
    p.text("hilfetext", Visible, &s.hilfetext);
    p.code(
        "ableitungsmodifikationenStruktur",
        Content,
        &s.ableitungsmodifikationen_struktur,
    );
    p.code(
        "ableitungsmodifikationenRepraesentation",
        Content,
        &s.ableitungsmodifikationen_repraesentation,
    );
    p.push("dokumentsteckbrief", Meta, || {
        s.dokumentsteckbrief
            .as_ref()
            .and_then(|d| d.id.as_ref())
            .map(canonical_id)
            .unwrap_or_default()
    });
}

fn group_props(p: &mut Props<'_>, g: &Datenfeldgruppe) {
    p.code("art", PropClass::Structure, &g.art);
}

fn field_props<'a>(p: &mut Props<'a>, f: &'a Datenfeld) {
    use PropClass::*;
    p.code("feldart", Structure, &f.feldart);
    p.code("datentyp", Structure, &f.datentyp);
    p.push("praezisierung", Visible, || {
        f.praezisierung
            .as_ref()
            .map(praezisierung_text)
            .unwrap_or_default()
    });
    p.text("inhalt", Visible, &f.inhalt);
    p.code("vorbefuellung", Visible, &f.vorbefuellung);
    p.push("werte", Visible, || {
        f.werte
            .as_ref()
            .map(|w| {
                w.iter()
                    .map(|w| format!("{}={}", normalize(&w.code), normalize(&w.name)))
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .unwrap_or_default()
    });
    p.push("codeliste", Visible, || {
        f.codeliste_referenz
            .as_ref()
            .map(|c| {
                let urn = c.canonical_identification.as_deref().unwrap_or("").trim();
                match c.version.as_deref().map(str::trim) {
                    Some(v) if !v.is_empty() => format!("{urn} V{v}"),
                    _ => urn.to_owned(),
                }
            })
            .unwrap_or_default()
    });
    p.text("codeKey", Content, &f.code_key);
    p.text("nameKey", Content, &f.name_key);
    p.text("helpKey", Content, &f.help_key);
    p.text("maxSize", Visible, &f.max_size);
    p.push("mediaType", Visible, || {
        f.media_type
            .iter()
            .map(|m| normalize(m))
            .collect::<Vec<_>>()
            .join(" | ")
    });
}

fn rule_props<'a>(p: &mut Props<'a>, r: &'a Regel) {
    use PropClass::*;
    // A rule's statement and logic are structure: they decide which fields apply.
    p.text("freitextRegel", Structure, &r.freitext_regel);
    p.code("typ", Structure, &r.typ);
    p.text("skript", Structure, &r.script);
    p.push("param", Structure, || {
        r.param
            .iter()
            .map(|x| {
                normalize(&format!(
                    "{} {} {}",
                    x.typ.as_ref().map_or("", |c| c.value.code()),
                    x.element.as_deref().unwrap_or(""),
                    x.name.as_deref().unwrap_or("")
                ))
            })
            .collect::<Vec<_>>()
            .join(" | ")
    });
    p.push("ziel", Structure, || {
        r.ziel
            .iter()
            .map(|x| {
                normalize(&format!(
                    "{} {}",
                    x.element.as_deref().unwrap_or(""),
                    x.name.as_deref().unwrap_or("")
                ))
            })
            .collect::<Vec<_>>()
            .join(" | ")
    });
    p.push("fehler", Visible, || {
        r.fehler
            .iter()
            .map(|x| normalize(&x.text))
            .collect::<Vec<_>>()
            .join(" | ")
    });
}
