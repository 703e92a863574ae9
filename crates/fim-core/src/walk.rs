//! Depth-first traversal of a schema's structure, with cycle detection, and element counts.

use crate::ids::{ElementId, Version};
use crate::model::{Datenfeldgruppe, ElementRef, Enthaelt, Regel, Struktur};
use serde::Serialize;
use std::collections::HashSet;

/// One element met during a [`walk`].
#[derive(Debug, Clone)]
pub struct Visit<'a> {
    /// The element.
    pub element: ElementRef<'a>,
    /// The structure entry through which it was reached (`None` for the root and for rules).
    pub via: Option<&'a Struktur>,
    /// Ids of the ancestors, root first (elements without id are skipped).
    pub path: Vec<&'a ElementId>,
    /// Nesting depth: 0 for the root.
    pub depth: usize,
    /// Set when this group repeats an ancestor's id and version: the group contains itself.
    /// Its children are not visited.
    pub cycle: bool,
}

/// Visits `root` and every group, field and rule below it, depth-first in document order:
/// an element's rules come right after the element, then its structure entries.
///
/// A group whose id and version equal those of one of its ancestors is visited once with
/// [`Visit::cycle`] set and not descended into, so the walk always ends.
///
/// Complexity: O(n · d) time for n elements and nesting depth d (the path is cloned per
/// element), O(d) extra space besides the path vectors.
pub fn walk<'a>(root: ElementRef<'a>, mut f: impl FnMut(&Visit<'a>)) {
    // Explicit stack: deep inputs never exhaust the call stack.
    struct Frame<'a> {
        element: ElementRef<'a>,
        via: Option<&'a Struktur>,
        depth: usize,
        path_len: usize,
    }
    let mut path: Vec<&'a ElementId> = Vec::new();
    let mut keys: Vec<(Option<&'a ElementId>, Option<&'a Version>)> = Vec::new();
    let mut stack = vec![Frame {
        element: root,
        via: None,
        depth: 0,
        path_len: 0,
    }];
    while let Some(frame) = stack.pop() {
        path.truncate(frame.path_len);
        keys.truncate(frame.path_len);
        let angaben = frame.element.angaben();
        let key = (angaben.id(), angaben.version());
        let cycle =
            matches!(frame.element, ElementRef::Group(_)) && key.0.is_some() && keys.contains(&key);
        f(&Visit {
            element: frame.element,
            via: frame.via,
            path: path.clone(),
            depth: frame.depth,
            cycle,
        });
        if cycle {
            continue;
        }
        let (regeln, struktur): (&'a [Regel], &'a [Struktur]) = match frame.element {
            ElementRef::Schema(s) => (&s.regeln, &s.struktur),
            ElementRef::Group(g) => (&g.regeln, &g.struktur),
            ElementRef::Field(fd) => (&fd.regeln, &[]),
            ElementRef::Rule(_) => continue,
        };
        if let Some(id) = angaben.id() {
            path.push(id);
            keys.push(key);
        } else {
            // Keep path and keys aligned with frames: an element without id adds no entry.
        }
        let path_len = path.len();
        let depth = frame.depth + 1;
        for s in struktur.iter().rev() {
            let element = match &s.enthaelt {
                Enthaelt::Group(g) => ElementRef::Group(g),
                Enthaelt::Field(fd) => ElementRef::Field(fd),
                Enthaelt::Missing => continue,
            };
            stack.push(Frame {
                element,
                via: Some(s),
                depth,
                path_len,
            });
        }
        for r in regeln.iter().rev() {
            stack.push(Frame {
                element: ElementRef::Rule(r),
                via: None,
                depth,
                path_len,
            });
        }
    }
}

/// Numbers of elements below (and including) a root.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Group occurrences (each inline copy counts).
    pub groups: usize,
    /// Field occurrences.
    pub fields: usize,
    /// Rule occurrences.
    pub rules: usize,
    /// Structure entries.
    pub struktur: usize,
    /// Distinct groups by id and version.
    pub distinct_groups: usize,
    /// Distinct fields by id and version.
    pub distinct_fields: usize,
    /// Distinct rules by id and version.
    pub distinct_rules: usize,
    /// Deepest nesting (root = 0).
    pub max_depth: usize,
    /// Groups that contain themselves.
    pub cycles: usize,
}

/// Counts the elements below `root` (the root included).
///
/// Complexity: O(n · d) time, O(n) space for the distinct sets.
pub fn counts(root: ElementRef<'_>) -> Counts {
    let mut c = Counts::default();
    let mut seen: [HashSet<(Option<&ElementId>, Option<&Version>)>; 3] = Default::default();
    walk(root, |v| {
        let a = v.element.angaben();
        let key = (a.id(), a.version());
        let slot = match v.element {
            ElementRef::Group(_) => {
                c.groups += 1;
                0
            }
            ElementRef::Field(_) => {
                c.fields += 1;
                1
            }
            ElementRef::Rule(_) => {
                c.rules += 1;
                2
            }
            ElementRef::Schema(_) => 3,
        };
        if let Some(set) = seen.get_mut(slot) {
            set.insert(key);
        }
        if v.via.is_some() {
            c.struktur += 1;
        }
        if v.cycle {
            c.cycles += 1;
        }
        c.max_depth = c.max_depth.max(v.depth);
    });
    let [g, f, r] = seen;
    c.distinct_groups = g.len();
    c.distinct_fields = f.len();
    c.distinct_rules = r.len();
    c
}

/// Whether `group` contains a group with its own id and version anywhere below it.
pub fn contains_itself(group: &Datenfeldgruppe) -> bool {
    let mut found = false;
    walk(ElementRef::Group(group), |v| found |= v.cycle);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::ElementId;
    use crate::model::{Angaben, Datenfeld, Identifikation};

    fn group(id: &str, children: Vec<Enthaelt>) -> Datenfeldgruppe {
        Datenfeldgruppe {
            angaben: Angaben {
                identifikation: Identifikation {
                    id: Some(ElementId::new(id)),
                    ..Default::default()
                },
                ..Default::default()
            },
            struktur: children
                .into_iter()
                .map(|enthaelt| Struktur {
                    anzahl: None,
                    bezug: vec![],
                    enthaelt,
                    span: Default::default(),
                })
                .collect(),
            ..Default::default()
        }
    }

    fn field(id: &str) -> Enthaelt {
        let mut f = Datenfeld::default();
        f.angaben.identifikation.id = Some(ElementId::new(id));
        Enthaelt::Field(Box::new(f))
    }

    #[test]
    fn counts_and_cycles() {
        // G1 -> (F1, G2 -> (F2, G1 -> F3))
        let inner = group("G00000001", vec![field("F00000003")]);
        let g2 = group(
            "G00000002",
            vec![field("F00000002"), Enthaelt::Group(Box::new(inner))],
        );
        let root = group(
            "G00000001",
            vec![field("F00000001"), Enthaelt::Group(Box::new(g2))],
        );
        let c = counts(ElementRef::Group(&root));
        assert_eq!(c.groups, 3);
        // F3 sits below the cyclic group and is not visited.
        assert_eq!(c.fields, 2);
        assert_eq!(c.cycles, 1);
        assert_eq!(c.distinct_groups, 2);
        assert_eq!(c.max_depth, 2);
        assert!(contains_itself(&root));
        let mut order = vec![];
        walk(ElementRef::Group(&root), |v| {
            order.push(v.element.angaben().name().len() + v.depth)
        });
        assert_eq!(order, vec![0, 1, 1, 2, 2]);
    }
}
