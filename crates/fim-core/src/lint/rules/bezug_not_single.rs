use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports an element whose `bezug` text names more than one paragraph (two or more `§`
    /// signs) in one entry; the `bezug` of its structure entries too (reported at the
    /// containing schema or group, naming the child), as the public check reads every `bezug`.
    ///
    /// ## Why is this bad?
    /// 3.0.0 allows any number of `bezug` entries, each with its own link; one entry per norm
    /// keeps them linkable and searchable (QS 1132, Warnung).
    ///
    /// ## Examples
    /// Wrong: `<bezug>§ 45 StVO, § 46 StVO</bezug>`. Right: two `bezug` elements.
    pub struct BezugNotSingle {
        code: "1132",
        name: "bezug-not-single",
        category: Warnung,
        versions: [V3],
        summary: "Mehrere Handlungsgrundlagen stehen in einem Bezug.",
    }
}

impl QsRule for BezugNotSingle {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let several = |b: &[Rechtsbezug]| b.iter().any(|b| b.text.matches('§').count() >= 2);
        for st in struktur_of(v.element) {
            if !several(&st.bezug) {
                continue;
            }
            let what = child(st).map_or_else(|| "ein Element".to_owned(), |c| label(c.angaben()));
            out.push(
                diag(
                    &Self::META,
                    a,
                    st.span,
                    format!(
                        "{} nennt für {what} mehrere Handlungsgrundlagen in einem Bezug.",
                        label(a)
                    ),
                )
                .with_help("Geben Sie jede Rechtsnorm in einem eigenen `bezug`-Element an."),
            );
        }
        if !several(&a.bezug) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "{} nennt mehrere Handlungsgrundlagen in einem Bezug.",
                    label(a)
                ),
            )
            .with_help("Geben Sie jede Rechtsnorm in einem eigenen `bezug`-Element an."),
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
        bad.angaben.bezug[0].text = "§ 1 A, § 2 B".into();
        assert_eq!(ids(&BezugNotSingle, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&BezugNotSingle, &v3(vec![f(field("F60000000001"))])).is_empty());
        // A structure entry's bezug counts too, reported at the container.
        let mut m = v3(vec![f(field("F60000000001"))]);
        if let Content::Schema(s) = &mut m.content {
            s.struktur[0].bezug = vec![Rechtsbezug {
                text: "§ 1 A; § 2 B".into(),
                link: None,
            }];
        }
        assert_eq!(ids(&BezugNotSingle, &m), ["S60000000001"]);
    }
}
