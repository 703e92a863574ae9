use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports each structure entry of a versioned schema or group that uses a group or field
    /// without version. The finding sits on the container.
    ///
    /// ## Why is this bad?
    /// A version freezes its content; an unversioned child can still change (QS 1135,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `G60000000001 V1.0.0` containing `F60000000002` without version. Right: use a
    /// versioned field.
    pub struct UnversionedInVersioned {
        code: "1135",
        name: "unversioned-in-versioned",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Ein versioniertes Element enthält ein unversioniertes Element.",
    }
}

impl QsRule for UnversionedInVersioned {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            if a.version().is_none() {
                return;
            }
            let Some(ca) = ca else { continue };
            if ca.version().is_some() {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    st.span,
                    format!(
                        "{} ist versioniert, enthält aber {} ohne Version.",
                        label(a),
                        label(ca)
                    ),
                )
                .with_help("Verwenden Sie eine versionierte Fassung des Unterelements."),
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
        let mut fd = field("F60000000002");
        fd.angaben.identifikation.version = None;
        assert_eq!(
            ids(&UnversionedInVersioned, &v3(vec![f(fd)])),
            ["S60000000001"]
        );
        assert!(ids(&UnversionedInVersioned, &v3(vec![f(field("F60000000002"))])).is_empty());
    }
}
