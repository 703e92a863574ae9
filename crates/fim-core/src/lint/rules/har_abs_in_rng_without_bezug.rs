use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// In a schema, or in a group with Schemaelementart `RNG`, reports each structure entry
    /// whose element is `ABS` or `HAR` and whose entry carries no `bezug`. The finding sits
    /// on the schema or group, one per entry.
    ///
    /// ## Why is this bad?
    /// A harmonised or abstract element used in a legally bound context must say, next to
    /// its multiplicity, which norm requires it here (QS 1022, FehlerMethodisch). A schema
    /// is always such a context.
    ///
    /// ## Examples
    /// Wrong: `<struktur><anzahl>1:1</anzahl><enthaelt>…HAR field…</enthaelt></struktur>`.
    /// Right: the same entry with `<bezug>§ 14 GewO</bezug>`.
    pub struct HarAbsInRngWithoutBezug {
        code: "1022",
        name: "har-abs-in-rng-without-bezug",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "Verwendung eines HAR/ABS-Elements in rechtsnormgebundenem Kontext ohne Bezug.",
    }
}

impl QsRule for HarAbsInRngWithoutBezug {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let bound = match v.element {
            ElementRef::Schema(_) => true,
            ElementRef::Group(_) => a
                .schemaelementart
                .as_ref()
                .is_some_and(|c| c.value == Schemaelementart::Rechtsnormgebunden),
            _ => false,
        };
        if !bound {
            return;
        }
        for s in struktur_of(v.element) {
            let Some(c) = child(s) else { continue };
            let ca = c.angaben();
            let har_or_abs = ca.schemaelementart.as_ref().is_some_and(|x| {
                matches!(
                    x.value,
                    Schemaelementart::Harmonisiert | Schemaelementart::Abstrakt
                )
            });
            if !har_or_abs || !bezug_empty(&s.bezug) {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    s.span,
                    format!(
                        "Die Verwendung von {} in {} nennt keine Handlungsgrundlage.",
                        label(ca),
                        label(a)
                    ),
                )
                .with_help("Tragen Sie im `bezug` des Strukturelements (neben `anzahl`) die Rechtsnorm ein."),
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
        let msg = v3(vec![f(field("F60000000001"))]);
        assert_eq!(ids(&HarAbsInRngWithoutBezug, &msg), ["S60000000001"]);
        let mut ok = v3(vec![f(field("F60000000001"))]);
        if let crate::model::Content::Schema(s) = &mut ok.content {
            s.struktur[0].bezug = vec![crate::model::Rechtsbezug {
                text: "§ 1".into(),
                link: None,
            }];
        }
        assert!(ids(&HarAbsInRngWithoutBezug, &ok).is_empty());
    }
}
