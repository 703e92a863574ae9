use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a URI longer than 255 characters: a `stichwort`'s `uri`, a code list reference's
    /// `canonicalIdentification` or `canonicalVersionUri` (the public check counts these as
    /// URIs, not as texts of 1136).
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

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let mut uris: Vec<(&str, &str)> = a
            .stichwort
            .iter()
            .filter_map(|s| s.uri.as_deref().map(|u| ("Die Stichwort-URI", u)))
            .collect();
        if let Some(r) = as_field(v.element).and_then(|f| f.codeliste_referenz.as_ref()) {
            if let Some(u) = r.canonical_identification.as_deref() {
                uris.push(("Die Kennung (canonicalIdentification) der Codeliste", u));
            }
            if let Some(u) = r.canonical_version_uri.as_deref() {
                uris.push(("Die Versions-URI (canonicalVersionUri) der Codeliste", u));
            }
        }
        for (what, uri) in uris {
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
                        "{what} von {} hat {n} Zeichen, empfohlen sind höchstens 255.",
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
        let mut list = field("F60000000001");
        list.codeliste_referenz = Some(crate::model::CodelisteReferenz {
            canonical_identification: Some(format!("urn:{}", "x".repeat(260))),
            ..Default::default()
        });
        assert_eq!(ids(&UriTooLong, &v3(vec![f(list)])), ["F60000000001"]);
    }
}
