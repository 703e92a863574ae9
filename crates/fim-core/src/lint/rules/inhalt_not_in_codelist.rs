use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// With local code lists (`--codelists DIR`), reports a field whose non-empty `inhalt` is
    /// not a code of its referenced code list (in the referenced version). Without the list
    /// the rule stays silent.
    ///
    /// ## Why is this bad?
    /// A preselected value must be one of the options (QS 1076, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: list codes `m`, `w`, `d` and `inhalt` `x`. Right: `inhalt` `d`.
    pub struct InhaltNotInCodelist {
        code: "1076",
        name: "inhalt-not-in-codelist",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "Der Inhalt ist kein Code der zugeordneten Codeliste.",
    }
}

impl QsRule for InhaltNotInCodelist {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let (Some(r), Some(inhalt), Some(lists)) = (
            fd.codeliste_referenz.as_ref(),
            fd.inhalt.as_deref(),
            cx.codelists,
        ) else {
            return;
        };
        let inhalt = inhalt.trim();
        let Some(uri) = r.canonical_identification.as_deref() else {
            return;
        };
        let Some(codes) = lists.codes(uri.trim(), r.version.as_deref().map(str::trim)) else {
            return;
        };
        if inhalt.is_empty() || codes.iter().any(|c| c.trim() == inhalt) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Der Inhalt `{inhalt}` von {} ist kein Code der Codeliste `{}`.",
                    label(a),
                    uri.trim()
                ),
            )
            .with_help("Tragen Sie als Inhalt einen Code der zugeordneten Codeliste ein."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut lists = crate::lint::CodeListMap::new();
        lists.insert(
            "urn:x:geschlecht",
            "1",
            vec!["m".into(), "w".into(), "d".into()],
        );
        let mut bad = field("F60000000001");
        bad.codeliste_referenz = Some(CodelisteReferenz {
            canonical_identification: Some("urn:x:geschlecht".into()),
            version: Some("1".into()),
            ..Default::default()
        });
        bad.inhalt = Some("x".into());
        assert_eq!(
            run_with(&InhaltNotInCodelist, &v3(vec![f(bad.clone())]), &lists).len(),
            1
        );
        assert!(run(&InhaltNotInCodelist, &v3(vec![f(bad.clone())])).is_empty());
        bad.inhalt = Some("d".into());
        assert!(run_with(&InhaltNotInCodelist, &v3(vec![f(bad)]), &lists).is_empty());
    }
}
