use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema that is not released (Freigabestatus other than 4, 5, 6) and points
    /// to the placeholder Dokumentsteckbrief `D99000000001`.
    ///
    /// ## Why is this bad?
    /// The default Dokumentsteckbrief is a placeholder for work in progress; the schema
    /// should be assigned to the document it really belongs to (QS 1096, Warnung).
    ///
    /// ## Examples
    /// Wrong: `<dokumentsteckbrief><id>D99000000001</id>…`. Right: the real D id.
    pub struct DefaultDokumentsteckbrief {
        code: "1096",
        name: "default-dokumentsteckbrief",
        category: Warnung,
        versions: [V3],
        summary: "Das Datenschema ist dem Default-Dokumentsteckbrief zugeordnet.",
    }
}

impl QsRule for DefaultDokumentsteckbrief {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let ElementRef::Schema(s) = v.element else {
            return;
        };
        if !points_to_default(s) || is_released(a) {
            return;
        }
        out.push(
            diag(&Self::META, a, s.dokumentsteckbrief.as_ref().map_or(s.span, |d| d.span), format!("Das Datenschema {} ist dem Platzhalter-Dokumentsteckbrief D99000000001 zugeordnet.", label(a)))
                .with_help("Ordnen Sie den Dokumentsteckbrief zu, zu dem das Datenschema gehört."),
        );
    }
}

/// Whether the schema points to `D99000000001`.
pub(crate) fn points_to_default(s: &Datenschema) -> bool {
    s.dokumentsteckbrief
        .as_ref()
        .and_then(|d| d.id.as_ref())
        .is_some_and(|id| id.as_str() == "D99000000001")
}

/// Whether the element is released: Freigabestatus 4, 5 or 6.
pub(crate) fn is_released(a: &Angaben) -> bool {
    a.freigabestatus.as_ref().is_some_and(|c| {
        matches!(
            c.value,
            Freigabestatus::MethodischFreigegeben
                | Freigabestatus::FachlichFreigegebenSilber
                | Freigabestatus::FachlichFreigegebenGold
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut m = v3(vec![]);
        if let Content::Schema(s) = &mut m.content {
            s.dokumentsteckbrief.as_mut().expect("builder sets one").id =
                Some(crate::ids::ElementId::new("D99000000001"));
        }
        assert_eq!(run(&DefaultDokumentsteckbrief, &m).len(), 1);
        assert!(run(&DefaultDokumentsteckbrief, &v3(vec![])).is_empty());
    }
}
