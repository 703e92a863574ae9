use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a code list reference (2.0) whose `version` is empty or not a date
    /// `YYYY-MM-DD`.
    ///
    /// ## Why is this bad?
    /// XRepository versions of code lists are usually dated; a date shows how current the
    /// list is (QS 1105, Warnung).
    ///
    /// ## Examples
    /// Wrong: `<version>3</version>`. Right: `<version>2018-03-01</version>`.
    pub struct CodelistVersionNotDate {
        code: "1105",
        name: "codelist-version-not-date",
        category: Warnung,
        versions: [V2],
        summary: "Die Version einer Codeliste ist kein Datum.",
    }
}

impl QsRule for CodelistVersionNotDate {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(r) = fd.codeliste_referenz.as_ref() else {
            return;
        };
        let uri = r.canonical_identification.as_deref().unwrap_or("").trim();
        let version = r.version.as_deref().unwrap_or("").trim();
        if parse_date(version).is_some() {
            return;
        }
        out.push(
            codelist_diagnostic(
                &CodelistVersionNotDate::META,
                fd,
                r,
                format!("Die Version `{version}` der Codeliste `{uri}` ist kein Datum."),
            )
            .with_help("Geben Sie die Version im Format JJJJ-MM-TT an, z. B. 2018-03-01."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = with_list("urn:de:fim:codeliste:x", "3");
        bad.version = crate::model::XdfVersion::V2;
        assert_eq!(run(&CodelistVersionNotDate, &bad).len(), 1);
        let mut ok = with_list("urn:de:fim:codeliste:x", "2018-03-01");
        ok.version = crate::model::XdfVersion::V2;
        assert!(run(&CodelistVersionNotDate, &ok).is_empty());
    }
}
