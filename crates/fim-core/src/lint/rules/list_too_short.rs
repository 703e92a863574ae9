use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field whose inline value list (`werte`, 3.0.0) has fewer than two entries,
    /// or whose referenced code list (when local code lists are given) has fewer than two
    /// codes.
    ///
    /// ## Why is this bad?
    /// A choice needs at least two options; with one there is nothing to choose (QS 1044,
    /// FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `werte` with the single entry `ja`. Right: `ja` and `nein`, or a `bool` field.
    pub struct ListTooShort {
        code: "1044",
        name: "list-too-short",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "Eine Code- oder Werteliste hat weniger als zwei Einträge.",
    }
}

impl QsRule for ListTooShort {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let n = match (&fd.werte, &fd.codeliste_referenz, cx.codelists) {
            (Some(w), _, _) => w.len(),
            (None, Some(r), Some(lists)) => {
                let Some(uri) = r.canonical_identification.as_deref() else {
                    return;
                };
                match lists.codes(uri.trim(), r.version.as_deref().map(str::trim)) {
                    Some(codes) => codes.len(),
                    None => return,
                }
            }
            _ => return,
        };
        if n >= 2 {
            return;
        }
        out.push(
            diag(&Self::META, a, fd.span, format!("Die Liste von {} hat nur {n} Eintrag/Einträge.", label(a)))
                .with_help("Ergänzen Sie die Liste um weitere Einträge oder verwenden Sie einen anderen Datentyp (z. B. `bool`)."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let wert = |c: &str| Wert {
            code: c.into(),
            name: c.into(),
            hilfe: None,
        };
        let mut bad = field("F60000000001");
        bad.werte = Some(vec![wert("a")]);
        assert_eq!(ids(&ListTooShort, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.werte = Some(vec![wert("a"), wert("b")]);
        assert!(ids(&ListTooShort, &v3(vec![f(ok)])).is_empty());
        let mut lists = crate::lint::CodeListMap::new();
        lists.insert("urn:x:y", "1", vec!["a".into()]);
        let mut by_ref = field("F60000000001");
        by_ref.codeliste_referenz = Some(CodelisteReferenz {
            canonical_identification: Some("urn:x:y".into()),
            version: Some("1".into()),
            ..Default::default()
        });
        assert_eq!(
            run_with(&ListTooShort, &v3(vec![f(by_ref.clone())]), &lists).len(),
            1
        );
        assert!(run(&ListTooShort, &v3(vec![f(by_ref)])).is_empty());
    }
}
