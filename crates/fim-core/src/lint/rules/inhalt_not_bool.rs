use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `bool` whose content (`inhalt`) is set but is not a boolean.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1077, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `ja`. Right: `true`.
    pub struct InhaltNotBool {
        code: "1077",
        name: "inhalt-not-bool",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt ist kein Wahrheitswert.",
    }
}

impl QsRule for InhaltNotBool {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Bool)) {
            return;
        }
        let Some(value) = fd.inhalt.as_deref().map(std::borrow::Cow::Borrowed) else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || is_bool(value) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.span,
                format!(
                    "Der Inhalt `{value}` von {} ist kein Wahrheitswert.",
                    label(a)
                ),
            )
            .with_help("Geben Sie einen Wahrheitswert an, z. B. `true`."),
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
        bad.datentyp = code("bool");
        let mut ok = bad.clone();
        bad.inhalt = Some("ja".into());
        ok.inhalt = Some("true".into());
        assert_eq!(ids(&InhaltNotBool, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&InhaltNotBool, &v3(vec![f(ok)])).is_empty());
    }
}
