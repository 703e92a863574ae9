use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a `bezug` whose `link` attribute is longer than 255 characters.
    ///
    /// ## Why is this bad?
    /// Receiving systems size their columns by this recommendation (QS 1138, Hinweis).
    ///
    /// ## Examples
    /// Wrong: a 300-character link with tracking parameters. Right: the plain address of the norm.
    pub struct LinkTooLong {
        code: "1138",
        name: "link-too-long",
        category: Hinweis,
        versions: [V3],
        summary: "Ein Link überschreitet die empfohlene Länge.",
    }
}

impl QsRule for LinkTooLong {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for b in &a.bezug {
            let Some(link) = b.link.as_deref() else {
                continue;
            };
            let n = link.trim().chars().count();
            if n <= 255 {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    v.element.span(),
                    format!(
                        "Ein Link im Bezug von {} hat {n} Zeichen, empfohlen sind höchstens 255.",
                        label(a)
                    ),
                )
                .with_help("Verwenden Sie eine kürzere Adresse der Rechtsnorm."),
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
        let mut bad = field("F60000000001");
        bad.angaben.bezug[0].link = Some(format!("https://{}", "a".repeat(250)));
        assert_eq!(ids(&LinkTooLong, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&LinkTooLong, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
