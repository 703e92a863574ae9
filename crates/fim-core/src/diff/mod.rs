//! Schema diff: baseline against reference, element by element.
//!
//! Elements are matched by id: the id is the identity, a different version of the same id is
//! a change. XDatenfelder 2 ids are widened to the 3.0.0 width before matching (see
//! [`canonical_id`]), so a 2.0 schema and its 3.0.0 conversion match element for element.
//! A reference element whose id has no partner is matched through its 3.0.0 `relation`
//! (`ABL` abgeleitet von, `ERS` ersetzt, `EQU` äquivalent; not `VKN` verknüpft) to the
//! baseline element it names; id matches are made first, so a relation never takes an
//! element that keeps its id. Elements without id pair by position under matched parents.
//! The roots are always matched to each other.
//!
//! Versions are compared as `x.y.z` (`1.0` equals `1.0.0`); at the structure level versions,
//! texts and rules are ignored, so a 2.0 schema and its official 3.0.0 conversion show no
//! change there (checked on the Gewerbeanmeldung S00000009 of the corpus).
//!
//! An id may occur several times (a harmonised field reused in several groups): occurrences
//! are paired under the same (matched) parent first, then in document order.
//!
//! The result lists added and removed elements (a removed group counts its unmatched
//! descendants instead of listing them), and matched elements that moved (other parent, or
//! out of order among their siblings: those not on a longest order-preserving subsequence)
//! or changed (property by property, see [`Level`] for what is compared).
//!
//! ```
//! use fim_core::diff::{diff, Level};
//! use fim_core::{Content, Datenschema, Message, MessageKind, XdfVersion, Header};
//! let content = Content::Schema(Box::new(Datenschema::default()));
//! let msg = Message::new(XdfVersion::V3, MessageKind::Stammdatenschema, Header::default(), content);
//! let d = diff(&msg, &msg, Level::All);
//! assert!(d.is_unchanged());
//! ```

mod level;
mod tree;
pub mod versioning;

pub use level::{Level, PropClass};
pub use tree::{canonical_id, normalize, normalize_version, props, Node, Prop, Tree};

use crate::codes::Praedikat;
use crate::model::{ElementRef, Message, XdfVersion};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How a reference element was paired with its baseline element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchedBy {
    /// The two roots (always paired).
    Root,
    /// Same (canonical) id.
    Id,
    /// The reference element's `relation` with predicate ABL/ERS/EQU names the baseline id.
    Relation,
    /// Neither has an id: same position under matched parents and same kind.
    Position,
    /// One id is malformed (not a letter and 8 or 11 digits): same kind and name under
    /// matched parents.
    Content,
}

/// Two flattened schemas and the pairing of their elements.
#[derive(Debug, Clone)]
pub struct Comparison<'a> {
    /// The baseline, flattened.
    pub baseline: Tree<'a>,
    /// The reference, flattened.
    pub reference: Tree<'a>,
    /// For every baseline node, its reference partner.
    pub base_to_ref: Vec<Option<usize>>,
    /// For every reference node, its baseline partner and how it was found.
    pub ref_to_base: Vec<Option<(usize, MatchedBy)>>,
    /// The level the trees were built for.
    pub level: Level,
    /// Whether one side was converted to the other's XDatenfelder version first: properties
    /// that only the newer version holds and the conversion has to invent
    /// ([`INVENTED_BY_CONVERSION`]) are then not compared.
    pub cross_version: bool,
}

/// Properties a 2.0 to 3.0.0 conversion has to make up (3.0.0 requires them, 2.0 has no
/// counterpart): not compared across versions.
pub const INVENTED_BY_CONVERSION: &[&str] = &["letzteAenderung", "dokumentsteckbrief", "typ"];

/// The FIM placeholder field that fills an empty structure in 3.0.0 (canonical id).
pub const PLACEHOLDER_FIELD: &str = "F60000000001";

impl<'a> Comparison<'a> {
    /// Flattens both roots and pairs their elements.
    ///
    /// Complexity: O(n · d) to flatten, O(n) expected to match (hash maps).
    pub fn new(baseline: ElementRef<'a>, reference: ElementRef<'a>, level: Level) -> Self {
        Self::build(baseline, reference, level, false)
    }

    /// As [`Comparison::new`], for two sides brought to one XDatenfelder version by a
    /// conversion: the FIM placeholder field [`PLACEHOLDER_FIELD`], which 3.0.0 requires in
    /// an empty structure and 2.0 does not, is left out on both sides.
    pub fn across_versions(
        baseline: ElementRef<'a>,
        reference: ElementRef<'a>,
        level: Level,
    ) -> Self {
        Self::build(baseline, reference, level, true)
    }

    fn build(
        baseline: ElementRef<'a>,
        reference: ElementRef<'a>,
        level: Level,
        cross_version: bool,
    ) -> Self {
        let mut baseline = Tree::build(baseline, level);
        let mut reference = Tree::build(reference, level);
        if cross_version {
            baseline = baseline.without(PLACEHOLDER_FIELD);
            reference = reference.without(PLACEHOLDER_FIELD);
        }
        let (base_to_ref, ref_to_base) = pair(&baseline, &reference);
        Comparison {
            baseline,
            reference,
            base_to_ref,
            ref_to_base,
            level,
            cross_version,
        }
    }
}

/// Partner of each reference node and how it was found.
type RefPartners = Vec<Option<(usize, MatchedBy)>>;

fn pair(base: &Tree<'_>, refr: &Tree<'_>) -> (Vec<Option<usize>>, RefPartners) {
    let mut b2r: Vec<Option<usize>> = vec![None; base.nodes.len()];
    let mut r2b: RefPartners = vec![None; refr.nodes.len()];
    if base.nodes.is_empty() || refr.nodes.is_empty() {
        return (b2r, r2b);
    }
    b2r[0] = Some(0);
    r2b[0] = Some((0, MatchedBy::Root));
    // Occurrences of each canonical id, in document order (root excluded).
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_key_parent: HashMap<(&str, usize), Vec<usize>> = HashMap::new();
    for (i, n) in base.nodes.iter().enumerate().skip(1).rev() {
        if let Some(k) = n.key.as_deref() {
            by_key.entry(k).or_default().push(i);
            if let Some(p) = n.parent {
                by_key_parent.entry((k, p)).or_default().push(i);
            }
        }
    }
    // Pops the first unmatched index of a reversed occurrence list.
    fn take(list: Option<&mut Vec<usize>>, b2r: &[Option<usize>]) -> Option<usize> {
        let list = list?;
        while let Some(&i) = list.last() {
            if b2r.get(i).copied().flatten().is_none() {
                return list.pop();
            }
            list.pop();
        }
        None
    }
    // Three passes, each in document order: ids (so an id match is never taken away by a
    // relation), then relations, then elements without id by position.
    for pass in 0..4 {
        for (ri, rn) in refr.nodes.iter().enumerate().skip(1) {
            if r2b.get(ri).copied().flatten().is_some() {
                continue;
            }
            let parent_base = rn
                .parent
                .and_then(|p| r2b.get(p).copied().flatten())
                .map(|(b, _)| b);
            let same_kind =
                |b: usize| base.nodes.get(b).map(|n| n.element.kind()) == Some(rn.element.kind());
            let found: Option<(usize, MatchedBy)> = match (pass, rn.key.as_deref()) {
                (0, Some(k)) => parent_base
                    .and_then(|pb| take(by_key_parent.get_mut(&(k, pb)), &b2r))
                    .or_else(|| take(by_key.get_mut(k), &b2r))
                    .filter(|&b| same_kind(b))
                    .map(|b| (b, MatchedBy::Id)),
                (1, Some(_)) => rn
                    .angaben()
                    .relation
                    .iter()
                    .filter(|rel| {
                        rel.praedikat.as_ref().is_some_and(|p| {
                            matches!(
                                p.value,
                                Praedikat::AbgeleitetVon
                                    | Praedikat::Ersetzt
                                    | Praedikat::Aequivalent
                            )
                        })
                    })
                    .filter_map(|rel| rel.objekt.id.as_ref().map(canonical_id))
                    .find_map(|target| take(by_key.get_mut(target.as_str()), &b2r))
                    .map(|b| (b, MatchedBy::Relation)),
                // No id: the same position under the matched parent, without id either.
                (2, None) => parent_base
                    .and_then(|pb| base.nodes.get(pb))
                    .and_then(|pn| {
                        pn.children.iter().copied().find(|&c| {
                            base.nodes.get(c).is_some_and(|cn| {
                                cn.key.is_none()
                                    && cn.position == rn.position
                                    && cn.element.kind() == rn.element.kind()
                                    && b2r.get(c).copied().flatten().is_none()
                            })
                        })
                    })
                    .map(|b| (b, MatchedBy::Position)),
                // A malformed id on either side: same kind and name under the matched parent.
                (3, _) => parent_base
                    .and_then(|pb| base.nodes.get(pb))
                    .and_then(|pn| {
                        let name = rn.angaben().name.as_deref().map(normalize);
                        pn.children.iter().copied().find(|&c| {
                            base.nodes.get(c).is_some_and(|cn| {
                                b2r.get(c).copied().flatten().is_none()
                                    && cn.element.kind() == rn.element.kind()
                                    && (malformed(cn) || malformed(rn))
                                    && name.is_some()
                                    && cn.angaben().name.as_deref().map(normalize) == name
                            })
                        })
                    })
                    .map(|b| (b, MatchedBy::Content)),
                _ => None,
            };
            if let Some((b, how)) = found {
                if let Some(slot) = b2r.get_mut(b) {
                    *slot = Some(ri);
                }
                if let Some(slot) = r2b.get_mut(ri) {
                    *slot = Some((b, how));
                }
            }
        }
    }
    (b2r, r2b)
}

/// Whether two values differ only in what a conversion between 2.0 and 3.0.0 changes: a
/// `bezug` joined with `;` or split into several, element ids inside rule texts in the 2.0
/// or 3.0.0 width.
fn same_across_versions(p: &Prop<'_>, q: &Prop<'_>) -> bool {
    match p.name {
        "bezug" | "struktur.bezug" => {
            let parts = |v: String| -> Vec<String> {
                v.split([';', '|'])
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            parts(p.value()) == parts(q.value())
        }
        "freitextRegel" | "skript" | "definition" => {
            let wide = |v: String| crate::convert::rewrite_ids_in_text(&v, "000", true);
            wide(p.value()) == wide(q.value())
        }
        _ => false,
    }
}

/// Whether a node's id is present but not a letter and 8 or 11 digits.
fn malformed(n: &Node<'_>) -> bool {
    n.angaben()
        .id()
        .is_some_and(|id| id.kind().is_none() || !matches!(id.digit_count(), Some(8 | 11)))
}

/// The kind of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// Only in the reference.
    Added,
    /// Only in the baseline.
    Removed,
    /// In both, moved and/or with changed properties.
    Modified,
}

/// An element as shown in a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementInfo {
    /// `S`, `G`, `F` or `R`.
    pub kind: char,
    /// The id as written (`None` when missing).
    pub id: Option<String>,
    /// The version as written.
    pub version: Option<String>,
    /// The name (whitespace normalised).
    pub name: String,
    /// Ids of the ancestors, root first.
    pub path: Vec<String>,
    /// Position among the parent's children.
    pub position: usize,
}

impl ElementInfo {
    /// Describes node `i` of `tree`.
    pub fn of(tree: &Tree<'_>, i: usize) -> Option<ElementInfo> {
        let n = tree.nodes.get(i)?;
        let a = n.angaben();
        let mut path = Vec::new();
        let mut p = n.parent;
        while let Some(pn) = p.and_then(|p| tree.nodes.get(p)) {
            path.push(
                pn.angaben()
                    .id()
                    .map_or("?".to_owned(), |id| id.to_string()),
            );
            p = pn.parent;
        }
        path.reverse();
        Some(ElementInfo {
            kind: n.element.kind().letter(),
            id: a.id().map(|id| id.to_string()),
            version: a.version().map(|v| v.to_string()),
            name: normalize(a.name()),
            path,
            position: n.position,
        })
    }

    /// `F60000000227 V1.2.0` (or `?` for a missing id).
    pub fn label(&self) -> String {
        let id = self.id.as_deref().unwrap_or("?");
        match &self.version {
            Some(v) => format!("{id} V{v}"),
            None => id.to_owned(),
        }
    }
}

/// A move of a matched element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    /// The parent's id in the baseline.
    pub from_parent: Option<String>,
    /// The parent's id in the reference.
    pub to_parent: Option<String>,
    /// Position in the baseline.
    pub from_position: usize,
    /// Position in the reference.
    pub to_position: usize,
    /// Whether the parent changed (otherwise only the order among siblings did).
    pub parent_changed: bool,
}

/// One changed property.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The property (`datentyp`, `struktur.anzahl`, `bezug`, ...).
    pub property: String,
    /// Its class.
    pub class: PropClass,
    /// The normalised baseline value (`None` when absent).
    pub before: Option<String>,
    /// The normalised reference value (`None` when absent).
    pub after: Option<String>,
}

/// One entry of a schema diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// Added, removed or modified.
    pub kind: ChangeKind,
    /// The baseline element (removed or modified).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<ElementInfo>,
    /// The reference element (added or modified).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<ElementInfo>,
    /// How the pair was found (modified only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_by: Option<MatchedBy>,
    /// The move, if the element moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved: Option<Move>,
    /// Changed properties.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
    /// For added and removed groups: how many elements below came or went with them.
    #[serde(skip_serializing_if = "is_zero")]
    pub descendants: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Counts of a diff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Elements only in the reference (descendants of added groups included).
    pub added: usize,
    /// Elements only in the baseline (descendants of removed groups included).
    pub removed: usize,
    /// Matched elements that moved.
    pub moved: usize,
    /// Matched elements with changed properties.
    pub changed: usize,
    /// Matched elements, roots included.
    pub matched: usize,
    /// Of those, matched through a relation.
    pub matched_by_relation: usize,
}

/// One side of a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SideInfo {
    /// XDatenfelder version.
    pub xdf_version: XdfVersion,
    /// The root element, if the message has one.
    pub root: Option<ElementInfo>,
    /// Number of compared elements.
    pub elements: usize,
}

/// The result of [`diff`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemaDiff {
    /// The comparison level.
    pub level: Level,
    /// The baseline.
    pub baseline: SideInfo,
    /// The reference.
    pub reference: SideInfo,
    /// Counts.
    pub summary: Summary,
    /// The changes: baseline order for removed and modified elements, then added ones in
    /// reference order.
    pub changes: Vec<Change>,
    /// Set when the two sides are in different XDatenfelder versions: German note on how
    /// they were compared (the 2.0 side converted to 3.0.0 first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_version: Option<String>,
    /// Breaches of FIM versioning: an element that kept id and version although its content
    /// changed (at this level), or whose version went down.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versioning: Vec<VersionFinding>,
}

/// What is wrong with an element's version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VersionIssue {
    /// Same id and version on both sides, different content: a released element with changed
    /// content needs a new version.
    SameVersionChanged,
    /// The reference's version is lower than the baseline's.
    VersionDecreased,
}

/// A versioning finding of a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionFinding {
    /// What is wrong.
    pub issue: VersionIssue,
    /// The reference element.
    pub element: ElementInfo,
    /// The baseline version.
    pub baseline_version: Option<String>,
    /// The classes of what changed, most serious first (structure, visible, content).
    pub classes: Vec<PropClass>,
    /// What changed: properties, and `struktur` for added, removed or moved children or a
    /// child in another version.
    pub properties: Vec<String>,
    /// German message.
    pub message: String,
    /// The reference element's identification in its source (empty for a converted side).
    #[serde(skip)]
    pub span: crate::span::Span,
}

impl SchemaDiff {
    /// Whether nothing changed at the chosen level.
    pub fn is_unchanged(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Compares the top objects of two messages at `level`.
///
/// Two messages in different XDatenfelder versions are compared in meaning: the 2.0 side is
/// converted to 3.0.0 first ([`crate::convert::to_v3`], default options), so properties the
/// conversion maps onto each other (status and freigabestatus, bezeichnungEingabe and
/// bezeichnung, definition and freitextRegel, an empty vorbefuellung and `keine`, the
/// praezisierung JSON and its attributes, a joined and a split `bezug`) compare equal;
/// properties the conversion invents ([`INVENTED_BY_CONVERSION`]) are not compared, and
/// [`SchemaDiff::cross_version`] says so. Element ids of the converted side are shown in
/// the 3.0.0 width.
///
/// Messages without a schema, group or field as top object compare as empty.
pub fn diff(baseline: &Message, reference: &Message, level: Level) -> SchemaDiff {
    if baseline.version != reference.version {
        let opts = crate::convert::ConvertOptions::default();
        let up = |m: &Message| -> Option<Message> {
            if m.version == XdfVersion::V2 {
                crate::convert::to_v3(m, &opts).ok().map(|c| c.message)
            } else {
                Some(m.clone())
            }
        };
        if let (Some(b), Some(r)) = (up(baseline), up(reference)) {
            let mut d = diff_same_version(&b, &r, level, true);
            d.baseline.xdf_version = baseline.version;
            d.reference.xdf_version = reference.version;
            let converted = if baseline.version == XdfVersion::V2 {
                "die Stamminformationen (Basis)"
            } else {
                "die Referenz"
            };
            d.cross_version = Some(format!(
                "Verglichen über Versionen: {converted} wurde(n) für den Vergleich von \
                 XDatenfelder 2.0 nach 3.0.0 übertragen; was die Übertragung nur ergänzt \
                 ({}), wird nicht verglichen.",
                INVENTED_BY_CONVERSION.join(", ")
            ));
            return d;
        }
    }
    diff_same_version(baseline, reference, level, false)
}

fn diff_same_version(
    baseline: &Message,
    reference: &Message,
    level: Level,
    cross_version: bool,
) -> SchemaDiff {
    match (baseline.root(), reference.root()) {
        (Some(b), Some(r)) => {
            let cmp = if cross_version {
                Comparison::across_versions(b, r, level)
            } else {
                Comparison::new(b, r, level)
            };
            diff_comparison(&cmp, baseline.version, reference.version)
        }
        _ => SchemaDiff {
            level,
            baseline: SideInfo {
                xdf_version: baseline.version,
                root: None,
                elements: 0,
            },
            reference: SideInfo {
                xdf_version: reference.version,
                root: None,
                elements: 0,
            },
            summary: Summary::default(),
            changes: Vec::new(),
            cross_version: None,
            versioning: Vec::new(),
        },
    }
}

/// Builds the diff of an existing [`Comparison`].
pub fn diff_comparison(cmp: &Comparison<'_>, base_v: XdfVersion, ref_v: XdfVersion) -> SchemaDiff {
    let (b, r) = (&cmp.baseline, &cmp.reference);
    let mut summary = Summary::default();
    let mut changes = Vec::new();
    let reordered = reordered_nodes(cmp);
    // The changed properties of each matched reference node, computed once and shared with
    // the versioning findings.
    let mut fields_of: Vec<Vec<FieldChange>> = vec![Vec::new(); r.nodes.len()];
    for (bi, bn) in b.nodes.iter().enumerate() {
        match cmp.base_to_ref.get(bi).copied().flatten() {
            None => {
                summary.removed += 1;
                let parent_matched = bn
                    .parent
                    .is_none_or(|p| cmp.base_to_ref.get(p).copied().flatten().is_some());
                if parent_matched {
                    changes.push(Change {
                        kind: ChangeKind::Removed,
                        baseline: ElementInfo::of(b, bi),
                        reference: None,
                        matched_by: None,
                        moved: None,
                        fields: Vec::new(),
                        descendants: unmatched_below(b, bi, &|i| {
                            cmp.base_to_ref.get(i).copied().flatten().is_some()
                        }),
                    });
                }
            }
            Some(ri) => {
                summary.matched += 1;
                let Some(rn) = r.nodes.get(ri) else { continue };
                let how = cmp.ref_to_base.get(ri).copied().flatten().map(|(_, h)| h);
                if how == Some(MatchedBy::Relation) {
                    summary.matched_by_relation += 1;
                }
                let fields = field_changes(bn, rn, cmp);
                if let Some(slot) = fields_of.get_mut(ri) {
                    slot.clone_from(&fields);
                }
                let parent_changed = match (bn.parent, rn.parent) {
                    (Some(bp), Some(rp)) => cmp.base_to_ref.get(bp).copied().flatten() != Some(rp),
                    (None, None) => false,
                    _ => true,
                };
                let moved =
                    (parent_changed || reordered.get(ri).copied().unwrap_or(false)).then(|| {
                        let pid = |t: &Tree<'_>, p: Option<usize>| {
                            p.and_then(|p| t.nodes.get(p))
                                .and_then(|n| n.angaben().id())
                                .map(|id| id.to_string())
                        };
                        Move {
                            from_parent: pid(b, bn.parent),
                            to_parent: pid(r, rn.parent),
                            from_position: bn.position,
                            to_position: rn.position,
                            parent_changed,
                        }
                    });
                if moved.is_some() {
                    summary.moved += 1;
                }
                if !fields.is_empty() {
                    summary.changed += 1;
                }
                if moved.is_some() || !fields.is_empty() {
                    changes.push(Change {
                        kind: ChangeKind::Modified,
                        baseline: ElementInfo::of(b, bi),
                        reference: ElementInfo::of(r, ri),
                        matched_by: how,
                        moved,
                        fields,
                        descendants: 0,
                    });
                }
            }
        }
    }
    for (ri, rn) in r.nodes.iter().enumerate() {
        if cmp.ref_to_base.get(ri).copied().flatten().is_some() {
            continue;
        }
        summary.added += 1;
        let parent_matched = rn
            .parent
            .is_none_or(|p| cmp.ref_to_base.get(p).copied().flatten().is_some());
        if parent_matched {
            changes.push(Change {
                kind: ChangeKind::Added,
                baseline: None,
                reference: ElementInfo::of(r, ri),
                matched_by: None,
                moved: None,
                fields: Vec::new(),
                descendants: unmatched_below(r, ri, &|i| {
                    cmp.ref_to_base.get(i).copied().flatten().is_some()
                }),
            });
        }
    }
    SchemaDiff {
        level: cmp.level,
        baseline: SideInfo {
            xdf_version: base_v,
            root: ElementInfo::of(b, 0),
            elements: b.nodes.len(),
        },
        reference: SideInfo {
            xdf_version: ref_v,
            root: ElementInfo::of(r, 0),
            elements: r.nodes.len(),
        },
        summary,
        changes,
        cross_version: None,
        versioning: versioning::findings(cmp, &reordered, &fields_of),
    }
}

/// Unmatched nodes below `i` reachable through unmatched nodes only.
fn unmatched_below(t: &Tree<'_>, i: usize, matched: &dyn Fn(usize) -> bool) -> usize {
    let mut count = 0;
    let mut stack: Vec<usize> = t
        .nodes
        .get(i)
        .map(|n| n.children.clone())
        .unwrap_or_default();
    while let Some(c) = stack.pop() {
        if matched(c) {
            continue;
        }
        count += 1;
        if let Some(n) = t.nodes.get(c) {
            stack.extend(n.children.iter().copied());
        }
    }
    count
}

fn field_changes(bn: &Node<'_>, rn: &Node<'_>, cmp: &Comparison<'_>) -> Vec<FieldChange> {
    let skip = |p: &Prop<'_>| cmp.cross_version && INVENTED_BY_CONVERSION.contains(&p.name);
    let mut bp = props(bn, cmp.level);
    let mut rp = props(rn, cmp.level);
    bp.retain(|p| !skip(p));
    rp.retain(|p| !skip(p));
    let mut out = Vec::new();
    if bn.element.kind() != rn.element.kind() {
        out.push(FieldChange {
            property: "art des elements".into(),
            class: PropClass::Structure,
            before: Some(bn.element.kind().letter().to_string()),
            after: Some(rn.element.kind().letter().to_string()),
        });
    }
    // Both lists come from the same code path in the same order, except for `struktur.*`
    // (absent for roots): compare by name.
    for p in &bp {
        match rp.iter().find(|q| q.name == p.name) {
            Some(q) if p.same_value(q) => {}
            Some(q) if cmp.cross_version && same_across_versions(p, q) => {}
            None if p.is_empty() => {}
            other => {
                let after = other.filter(|q| !q.is_empty()).map(Prop::value);
                out.push(FieldChange {
                    property: p.name.to_owned(),
                    class: p.class,
                    before: (!p.is_empty()).then(|| p.value()),
                    after,
                });
            }
        }
    }
    for q in &rp {
        if !q.is_empty() && !bp.iter().any(|p| p.name == q.name) {
            out.push(FieldChange {
                property: q.name.to_owned(),
                class: q.class,
                before: None,
                after: Some(q.value()),
            });
        }
    }
    out
}

/// Marks reference nodes that keep their parent but left the sibling order: for each matched
/// parent pair, the matched children's baseline positions in reference order; the nodes not
/// on one longest increasing subsequence are reordered.
///
/// Complexity: O(c log c) per parent with c children.
fn reordered_nodes(cmp: &Comparison<'_>) -> Vec<bool> {
    let r = &cmp.reference;
    let mut out = vec![false; r.nodes.len()];
    for (ri, rn) in r.nodes.iter().enumerate() {
        let Some((bi, _)) = cmp.ref_to_base.get(ri).copied().flatten() else {
            continue;
        };
        // Children of rn whose partner's parent is bi, with the partner's position.
        let mut seq: Vec<(usize, usize)> = Vec::new();
        for &rc in &rn.children {
            if let Some((bc, _)) = cmp.ref_to_base.get(rc).copied().flatten() {
                if let Some(bcn) = cmp.baseline.nodes.get(bc) {
                    if bcn.parent == Some(bi) {
                        seq.push((rc, bcn.position));
                    }
                }
            }
        }
        let keep = lis(&seq.iter().map(|&(_, p)| p).collect::<Vec<_>>());
        for (k, &(rc, _)) in seq.iter().enumerate() {
            if !keep.get(k).copied().unwrap_or(true) {
                if let Some(slot) = out.get_mut(rc) {
                    *slot = true;
                }
            }
        }
    }
    out
}

/// Marks the members of one longest strictly increasing subsequence of `xs` (the
/// lexicographically first by end position, deterministic).
fn lis(xs: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // indices into xs
    let mut prev: Vec<Option<usize>> = vec![None; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let pos = tails.partition_point(|&t| xs.get(t).is_some_and(|&v| v < x));
        if pos > 0 {
            prev[i] = tails.get(pos - 1).copied();
        }
        if pos == tails.len() {
            tails.push(i);
        } else if let Some(slot) = tails.get_mut(pos) {
            *slot = i;
        }
    }
    let mut keep = vec![false; xs.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        if let Some(slot) = keep.get_mut(i) {
            *slot = true;
        }
        cur = prev.get(i).copied().flatten();
    }
    keep
}

#[cfg(test)]
mod tests;
