use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a text field whose non-empty `inhalt` has fewer characters than `minLength`.
    ///
    /// ## Why is this bad?
    /// The default would be refused by the field's own check (QS 1074, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `minLength="5"`, `inhalt` `abc`. Right: `inhalt` `abcde`.
    pub struct InhaltShorterThanMinLength {
        code: "1074",
        name: "inhalt-shorter-than-min-length",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt ist kürzer als die minimale Feldlänge.",
    }
}

impl QsRule for InhaltShorterThanMinLength {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !is_text_type(fd) {
            return;
        }
        let (Some(inhalt), Some(min)) = (
            fd.inhalt.as_deref(),
            fd.praezisierung.as_ref().and_then(|p| p.min_length),
        ) else {
            return;
        };
        let n = inhalt.chars().count() as u64;
        if inhalt.is_empty() || n >= min {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Der Inhalt von {} hat {n} Zeichen, weniger als die minimale Feldlänge {min}.",
                    label(a)
                ),
            )
            .with_help("Passen Sie den Inhalt oder die minimale Feldlänge an."),
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
        bad.praezisierung = Some(Praezisierung {
            min_length: Some(5),
            ..Default::default()
        });
        bad.inhalt = Some("abc".into());
        assert_eq!(
            ids(&InhaltShorterThanMinLength, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.inhalt = Some("abcde".into());
        assert!(ids(&InhaltShorterThanMinLength, &v3(vec![f(bad)])).is_empty());
    }
}
