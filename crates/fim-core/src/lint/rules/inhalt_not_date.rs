use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `date` whose content (`inhalt`) is set but is not a date.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1071, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `31.12.2024`. Right: `2024-12-31`.
    pub struct InhaltNotDate {
        code: "1071",
        name: "inhalt-not-date",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt ist kein Datum.",
    }
}

impl QsRule for InhaltNotDate {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Date)) {
            return;
        }
        let Some(value) = fd.inhalt.as_deref().map(std::borrow::Cow::Borrowed) else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || parse_date(value).is_some() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.span,
                format!(
                    "Der Inhalt `{value}` von {} ist kein Datum (JJJJ-MM-TT).",
                    label(a)
                ),
            )
            .with_help("Geben Sie ein Datum an, z. B. `2024-12-31`."),
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
        bad.datentyp = code("date");
        let mut ok = bad.clone();
        bad.inhalt = Some("31.12.2024".into());
        ok.inhalt = Some("2024-12-31".into());
        assert_eq!(ids(&InhaltNotDate, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&InhaltNotDate, &v3(vec![f(ok)])).is_empty());
    }
}
