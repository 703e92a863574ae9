use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `num_int` whose content (`inhalt`) is set but is not an integer.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1070, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `2.5`. Right: `2`.
    pub struct InhaltNotInteger {
        code: "1070",
        name: "inhalt-not-integer",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt ist keine ganze Zahl.",
    }
}

impl QsRule for InhaltNotInteger {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::NumInt)) {
            return;
        }
        let Some(value) = fd.inhalt.as_deref().map(std::borrow::Cow::Borrowed) else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || is_integer(value) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.span,
                format!(
                    "Der Inhalt `{value}` von {} ist keine ganze Zahl.",
                    label(a)
                ),
            )
            .with_help("Geben Sie eine ganze Zahl an, z. B. `2`."),
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
        bad.datentyp = code("num_int");
        let mut ok = bad.clone();
        bad.inhalt = Some("2.5".into());
        ok.inhalt = Some("2".into());
        assert_eq!(ids(&InhaltNotInteger, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&InhaltNotInteger, &v3(vec![f(ok)])).is_empty());
    }
}
