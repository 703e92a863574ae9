//! Version discipline over a comparison: FIM versioning demands a new version for every
//! content change of a released element, and versions only go up.
//!
//! # Arguments
//! A [`Comparison`] (with the level that decides which changes count) and, per reference
//! node, whether it left its siblings' order.
//!
//! # Returns
//! One [`VersionFinding`] per element matched by id (or the roots) whose normalised version
//! is the same on both sides although its content changed at this level, and one per
//! element whose version went down. A container's content includes its `struktur`: children
//! added, removed, moved, reordered, in another version, or with another multiplicity or
//! `bezug`; rules added or removed.
//!
//! # Complexity
//! O(n) over the matched pairs plus the property comparison of each.
//!
//! # Example
//! ```
//! use fim_core::diff::{diff, Level};
//! use fim_core::{Content, Datenschema, Message, MessageKind, XdfVersion, Header};
//! let m = Message::new(XdfVersion::V3, MessageKind::Stammdatenschema, Header::default(),
//!     Content::Schema(Box::new(Datenschema::default())));
//! assert!(diff(&m, &m, Level::All).versioning.is_empty());
//! ```

use super::{
    normalize_version, Comparison, ElementInfo, FieldChange, MatchedBy, PropClass, VersionFinding,
    VersionIssue,
};

/// The version's numeric parts (`1.2.0` -> `[1, 2, 0]`), `None` when not numeric.
fn numbers(v: &str) -> Option<Vec<u64>> {
    v.split('.').map(|p| p.trim().parse().ok()).collect()
}

fn class_order(c: PropClass) -> u8 {
    match c {
        PropClass::Structure => 0,
        PropClass::Visible => 1,
        PropClass::Content => 2,
        PropClass::Meta => 3,
    }
}

fn class_german(c: PropClass) -> &'static str {
    match c {
        PropClass::Structure => "Struktur oder Typ",
        PropClass::Visible => "für Nutzende Sichtbares",
        PropClass::Content => "Inhalt (Beschreibung, Rechtsbezug, Regeltext)",
        PropClass::Meta => "Metadaten",
    }
}

/// The versioning findings of `cmp` (see the module docs).
///
/// `fields_of` holds, per reference node, its changed properties as the diff computed them.
pub fn findings(
    cmp: &Comparison<'_>,
    reordered: &[bool],
    fields_of: &[Vec<FieldChange>],
) -> Vec<VersionFinding> {
    let no_fields: &[FieldChange] = &[];
    let fields = |ri: usize| fields_of.get(ri).map_or(no_fields, Vec::as_slice);
    let (b, r) = (&cmp.baseline, &cmp.reference);
    let version = |n: &super::Node<'_>| {
        n.angaben()
            .version()
            .map(|v| normalize_version(v.as_str()))
            .filter(|v| !v.is_empty())
    };
    let mut out = Vec::new();
    // Whether anything below the root changed at this level (a message is released as a
    // whole: its root's content includes every element inline).
    let anything_changed = b
        .nodes
        .iter()
        .enumerate()
        .any(|(i, _)| cmp.base_to_ref.get(i).copied().flatten().is_none())
        || (1..r.nodes.len()).any(|i| {
            cmp.ref_to_base.get(i).copied().flatten().is_none()
                || reordered.get(i).copied().unwrap_or(false)
                || fields(i).iter().any(|f| f.class != PropClass::Meta)
        });
    for (ri, rn) in r.nodes.iter().enumerate() {
        let Some((bi, how)) = cmp.ref_to_base.get(ri).copied().flatten() else {
            continue;
        };
        if !matches!(how, MatchedBy::Id | MatchedBy::Root) {
            continue;
        }
        let Some(bn) = b.nodes.get(bi) else { continue };
        let (Some(bv), Some(rv)) = (version(bn), version(rn)) else {
            continue;
        };
        let Some(element) = ElementInfo::of(r, ri) else {
            continue;
        };
        if let (Some(bn_), Some(rn_)) = (numbers(&bv), numbers(&rv)) {
            if rn_ < bn_ {
                out.push(VersionFinding {
                    issue: VersionIssue::VersionDecreased,
                    message: format!(
                        "Die Version von {} sinkt von {bv} auf {rv}; nach der \
                         FIM-Versionierung steigen Versionen nur.",
                        element.id.as_deref().unwrap_or("?")
                    ),
                    element,
                    baseline_version: Some(bv),
                    classes: Vec::new(),
                    properties: Vec::new(),
                    span: rn.angaben().identifikation.span,
                });
                continue;
            }
        }
        if bv != rv {
            continue;
        }
        let mut changed: Vec<(String, PropClass)> = fields(ri)
            .iter()
            .filter(|f| f.class != PropClass::Meta && !f.property.starts_with("struktur."))
            .map(|f| (f.property.clone(), f.class))
            .collect();
        let mut put = |name: &str, class: PropClass| {
            if !changed.iter().any(|(n, c)| n == name && *c == class) {
                changed.push((name.to_owned(), class));
            }
        };
        // The struktur of a container: its children as listed, with version and multiplicity.
        for &c in &rn.children {
            match cmp.ref_to_base.get(c).copied().flatten() {
                None => put("struktur", PropClass::Structure),
                Some((bc, _)) => {
                    let (Some(cn), Some(bcn)) = (r.nodes.get(c), b.nodes.get(bc)) else {
                        continue;
                    };
                    if bcn.parent != Some(bi) || reordered.get(c).copied().unwrap_or(false) {
                        put("struktur", PropClass::Structure);
                    }
                    if version(cn) != version(bcn) {
                        put("struktur (Version eines Unterelements)", PropClass::Content);
                    }
                    for f in fields(c) {
                        if f.property.starts_with("struktur.") {
                            put(&f.property, f.class);
                        }
                    }
                }
            }
        }
        for &c in &bn.children {
            if cmp.base_to_ref.get(c).copied().flatten().is_none() {
                put("struktur", PropClass::Structure);
            }
        }
        if ri == 0 && anything_changed {
            put("Unterelemente", PropClass::Structure);
        }
        if changed.is_empty() {
            continue;
        }
        let mut classes: Vec<PropClass> = changed.iter().map(|(_, c)| *c).collect();
        classes.sort_by_key(|c| class_order(*c));
        classes.dedup();
        let what = classes
            .iter()
            .map(|c| class_german(*c))
            .collect::<Vec<_>>()
            .join("; ");
        let properties: Vec<String> = changed.into_iter().map(|(n, _)| n).collect();
        // A reused element is met once per use: report it once.
        if out.iter().any(|f: &VersionFinding| {
            f.element.id == element.id && f.element.version == element.version
        }) {
            continue;
        }
        out.push(VersionFinding {
            issue: VersionIssue::SameVersionChanged,
            message: format!(
                "{} behält Kennung und Version {}, obwohl sich geändert hat: {what} ({}). \
                 Nach der FIM-Versionierung braucht ein freigegebenes Element mit geändertem \
                 Inhalt eine neue Version.",
                element.id.as_deref().unwrap_or("?"),
                element.version.as_deref().unwrap_or(&rv),
                properties.join(", ")
            ),
            element,
            baseline_version: Some(bv),
            classes,
            properties,
            span: rn.angaben().identifikation.span,
        });
    }
    out
}

/// Code of the finding "same id and version, changed content".
pub const SAME_VERSION_CHANGED: &str = "V001";
/// Code of the finding "version went down".
pub const VERSION_DECREASED: &str = "V002";

/// The version discipline of a pair as lint findings on `reference` (codes [`SAME_VERSION_CHANGED`]
/// and [`VERSION_DECREASED`]), compared at [`super::Level::NoMeta`]: status and history
/// metadata alone need no new version. A structural or visible change is an error, a change
/// of descriptive content a warning. Spans point into the reference's source (empty when
/// the reference had to be converted for the comparison).
pub fn diagnostics(
    baseline: &crate::model::Message,
    reference: &crate::model::Message,
) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::diagnostic::{Diagnostic, Severity};
    super::diff(baseline, reference, super::Level::NoMeta)
        .versioning
        .into_iter()
        .map(|f| match f.issue {
            VersionIssue::SameVersionChanged => {
                let severity = if f
                    .classes
                    .iter()
                    .any(|c| matches!(c, PropClass::Structure | PropClass::Visible))
                {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                Diagnostic::new(SAME_VERSION_CHANGED, severity, f.message, f.span).with_help(
                    "Vergeben Sie dem geänderten Element eine neue Version (und den Elementen, \
                     die es enthalten) oder nehmen Sie die Änderung zurück.",
                )
            }
            VersionIssue::VersionDecreased => {
                Diagnostic::new(VERSION_DECREASED, Severity::Error, f.message, f.span)
                    .with_help("Vergeben Sie eine Version, die höher ist als die bisherige.")
            }
        })
        .collect()
}
