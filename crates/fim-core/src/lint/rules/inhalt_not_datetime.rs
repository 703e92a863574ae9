use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `datetime` whose content (`inhalt`) is set but is not a date and time.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1083, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `jetzt`. Right: `2024-01-01T12:00:00`.
    pub struct InhaltNotDatetime {
        code: "1083",
        name: "inhalt-not-datetime",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Der Inhalt ist kein Zeitpunkt.",
    }
}

impl QsRule for InhaltNotDatetime {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::DateTime)) {
            return;
        }
        let Some(value) = fd.inhalt.as_deref().map(std::borrow::Cow::Borrowed) else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || parse_datetime(value).is_some() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.span,
                format!(
                    "Der Inhalt `{value}` von {} ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss).",
                    label(a)
                ),
            )
            .with_help("Geben Sie einen Zeitpunkt an, z. B. `2024-01-01T12:00:00`."),
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
        bad.datentyp = code("datetime");
        let mut ok = bad.clone();
        bad.inhalt = Some("jetzt".into());
        ok.inhalt = Some("2024-01-01T12:00:00".into());
        assert_eq!(ids(&InhaltNotDatetime, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&InhaltNotDatetime, &v3(vec![f(ok)])).is_empty());
    }
}
