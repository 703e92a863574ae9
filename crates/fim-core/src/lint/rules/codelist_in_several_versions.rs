use crate::lint::prelude::*;
use crate::walk::walk;
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// ## What it does
    /// Reports, once per code list, a schema whose fields reference the same code list
    /// (`canonicalIdentification`) in more than one version, in 2.0 and 3.0.0 alike (the
    /// public 2.0 stylesheet reports it too).
    ///
    /// ## Why is this bad?
    /// Different versions of one list in one schema give different options for the same
    /// thing (QS 1037, Warnung).
    ///
    /// ## Examples
    /// Wrong: `urn:…:staat` in versions `2017-01-01` and `2020-05-11`. Right: one version.
    pub struct CodelistInSeveralVersions {
        code: "1037",
        name: "codelist-in-several-versions",
        category: Warnung,
        versions: [V2, V3],
        summary: "Eine Codeliste wird im Datenschema in mehreren Versionen verwendet.",
    }
}

impl QsRule for CodelistInSeveralVersions {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(root @ ElementRef::Schema(s)) = cx.message.root() else {
            return;
        };
        let mut versions: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        walk(root, |v| {
            let ElementRef::Field(fd) = v.element else {
                return;
            };
            let Some(r) = fd.codeliste_referenz.as_ref() else {
                return;
            };
            if let (Some(uri), Some(ver)) =
                (r.canonical_identification.as_deref(), r.version.as_deref())
            {
                versions.entry(uri.trim()).or_default().insert(ver.trim());
            }
        });
        for (uri, vs) in versions {
            if vs.len() < 2 || uri.is_empty() {
                continue;
            }
            let list: Vec<&str> = vs.into_iter().collect();
            out.push(
                diag(
                    &Self::META,
                    &s.angaben,
                    s.span,
                    format!(
                        "{} verwendet die Codeliste `{uri}` in den Versionen {}.",
                        label(&s.angaben),
                        list.join(", ")
                    ),
                )
                .with_help(
                    "Verwenden Sie die Codeliste im ganzen Datenschema in derselben Version.",
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;
    use crate::model::CodelisteReferenz;

    #[test]
    fn vectors() {
        let with = |id: &str, ver: &str| {
            let mut fd = field(id);
            fd.codeliste_referenz = Some(CodelisteReferenz {
                canonical_identification: Some("urn:x:y".into()),
                version: Some(ver.into()),
                ..Default::default()
            });
            f(fd)
        };
        assert_eq!(
            run(
                &CodelistInSeveralVersions,
                &v3(vec![with("F60000000001", "1"), with("F60000000002", "2")])
            )
            .len(),
            1
        );
        assert!(run(
            &CodelistInSeveralVersions,
            &v3(vec![with("F60000000001", "1"), with("F60000000002", "1")])
        )
        .is_empty());
    }
}
