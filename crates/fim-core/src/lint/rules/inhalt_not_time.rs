use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `time` whose content (`inhalt`) is set but is not a time.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1084, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `mittags`. Right: `12:00:00`.
    pub struct InhaltNotTime {
        code: "1084",
        name: "inhalt-not-time",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Der Inhalt ist keine Uhrzeit.",
    }
}

impl QsRule for InhaltNotTime {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Time)) {
            return;
        }
        let Some(value) = fd.inhalt.as_deref().map(std::borrow::Cow::Borrowed) else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || parse_time(value).is_some() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.span,
                format!(
                    "Der Inhalt `{value}` von {} ist keine Uhrzeit (hh:mm:ss).",
                    label(a)
                ),
            )
            .with_help("Geben Sie eine Uhrzeit an, z. B. `12:00:00`."),
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
        bad.datentyp = code("time");
        let mut ok = bad.clone();
        bad.inhalt = Some("mittags".into());
        ok.inhalt = Some("12:00:00".into());
        assert_eq!(ids(&InhaltNotTime, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&InhaltNotTime, &v3(vec![f(ok)])).is_empty());
    }
}
