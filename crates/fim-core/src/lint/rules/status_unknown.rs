use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema, group or field without status or with a value outside the code list:
    /// `status` (`aktiv`, `inaktiv`, `inVorbereitung`) in 2.0, `freigabestatus` (1-8) in 3.0.0.
    ///
    /// ## Why is this bad?
    /// The status tells users whether an element may be used (QS 1032, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<freigabestatus><code>9</code></freigabestatus>`. Right: `3` (Entwurf).
    pub struct StatusUnknown {
        code: "1032",
        name: "status-unknown",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Status fehlt oder ist unbekannt.",
    }
}

impl QsRule for StatusUnknown {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if matches!(v.element, ElementRef::Rule(_)) {
            return;
        }
        let (known, shown) = match cx.version() {
            XdfVersion::V2 => (
                a.status.as_ref().is_some_and(|c| c.value.is_known()),
                a.status.as_ref().map_or("", |c| c.value.code()),
            ),
            XdfVersion::V3 => (
                a.freigabestatus
                    .as_ref()
                    .is_some_and(|c| c.value.is_known()),
                a.freigabestatus.as_ref().map_or("", |c| c.value.code()),
            ),
        };
        if known {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Der Status `{shown}` von {} fehlt oder ist unbekannt.",
                    label(a)
                ),
            )
            .with_help(
                "Setzen Sie einen Status aus der Codeliste (3.0.0: Freigabestatus 1 bis 8).",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F60000000001");
        bad.angaben.freigabestatus = code("9");
        assert_eq!(ids(&StatusUnknown, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&StatusUnknown, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
