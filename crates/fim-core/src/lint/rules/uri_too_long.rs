#[allow(unused_imports)]
use crate::codes::*;
use crate::diagnostic::Diagnostic;
#[allow(unused_imports)]
use crate::lint::util::*;
use crate::lint::{declare_rule, rule_meta, LintContext, QsRule};
#[allow(unused_imports)]
use crate::model::*;
use crate::walk::Visit;

declare_rule! {
    /// ## What it does
    /// Reports a `stichwort` whose `uri` attribute is longer than 255 characters.
    ///
    /// ## Why is this bad?
    /// Receiving systems size their columns by this recommendation (QS 1137, Hinweis).
    ///
    /// ## Examples
    /// Wrong: a 300-character keyword URI. Right: a short, stable URI.
    pub struct UriTooLong {
        code: "1137",
        name: "uri-too-long",
        category: Hinweis,
        versions: [V3],
        summary: "Eine URI überschreitet die empfohlene Länge.",
    }
}

impl QsRule for UriTooLong {
    rule_meta!();

    #[allow(unused_variables)]
    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for s in &a.stichwort {
            let Some(uri) = s.uri.as_deref() else {
                continue;
            };
            let n = uri.trim().chars().count();
            if n <= 255 {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    v.element.span(),
                    format!(
                        "Eine Stichwort-URI von {} hat {n} Zeichen, empfohlen sind höchstens 255.",
                        label(a)
                    ),
                )
                .with_help("Verwenden Sie eine kürzere URI."),
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
        bad.angaben.stichwort = vec![Stichwort {
            text: "x".into(),
            uri: Some("u".repeat(256)),
        }];
        assert_eq!(ids(&UriTooLong, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&UriTooLong, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
