use crate::lint::prelude::*;
use crate::walk::walk;
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// ## What it does
    /// Reports, once per element id, a schema that contains the same group or field (same
    /// id) in more than one version anywhere in its structure.
    ///
    /// ## Why is this bad?
    /// Two versions of one building block in one schema usually mean that an update was
    /// applied in one place only (QS 1003, Warnung).
    ///
    /// ## Examples
    /// Wrong: `F60000000227 V1.1.0` in one group and `F60000000227 V1.2.0` in another.
    /// Right: the same version everywhere.
    pub struct ElementInSeveralVersions {
        code: "1003",
        name: "element-in-several-versions",
        category: Warnung,
        versions: [V2, V3],
        summary: "Ein Baukastenelement ist in mehreren Versionen im Datenschema enthalten.",
    }
}

impl QsRule for ElementInSeveralVersions {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(root @ ElementRef::Schema(s)) = cx.message.root() else {
            return;
        };
        let mut versions: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        walk(root, |v| {
            if !matches!(v.element, ElementRef::Group(_) | ElementRef::Field(_)) {
                return;
            }
            let a = v.element.angaben();
            if let (Some(id), Some(ver)) = (a.id(), a.version()) {
                versions
                    .entry(id.as_str())
                    .or_default()
                    .insert(ver.as_str());
            }
        });
        for (id, vs) in versions {
            if vs.len() < 2 {
                continue;
            }
            let list: Vec<&str> = vs.into_iter().collect();
            out.push(
                diag(
                    &Self::META,
                    &s.angaben,
                    s.span,
                    format!("{} enthält {id} in den Versionen {}.", label(&s.angaben), list.join(", ")),
                )
                .with_help("Verwenden Sie das Element im ganzen Datenschema in derselben (aktuellen) Version."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut old = field("F60000000001");
        old.angaben.identifikation.version = Some(crate::ids::Version::new("0.9.0"));
        assert_eq!(
            run(
                &ElementInSeveralVersions,
                &v3(vec![f(field("F60000000001")), f(old)])
            )
            .len(),
            1
        );
        assert!(run(
            &ElementInSeveralVersions,
            &v3(vec![f(field("F60000000001")), f(field("F60000000001"))])
        )
        .is_empty());
    }
}
