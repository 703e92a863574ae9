use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `num` or `num_currency` whose content (`inhalt`) is set but is not a number
    /// (an `xs:double` literal: `10`, `-2.5`, `1e3`, `INF` and `NaN` are numbers).
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1069, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `zehn`. Right: `10`.
    pub struct InhaltNotNumber {
        code: "1069",
        name: "inhalt-not-number",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt ist keine Zahl.",
    }
}

impl QsRule for InhaltNotNumber {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Num | Datentyp::NumCurrency)) {
            return;
        }
        let Some(value) = fd.inhalt.as_deref().map(std::borrow::Cow::Borrowed) else {
            return;
        };
        let value = value.trim();
        // The public check reads the content as `xs:double`: `1e3` is a number.
        if value.is_empty() || is_xs_double(value) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.span,
                format!("Der Inhalt `{value}` von {} ist keine Zahl.", label(a)),
            )
            .with_help("Geben Sie eine Zahl an, z. B. `10`."),
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
        bad.datentyp = code("num");
        let mut ok = bad.clone();
        bad.inhalt = Some("zehn".into());
        ok.inhalt = Some("10".into());
        assert_eq!(ids(&InhaltNotNumber, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&InhaltNotNumber, &v3(vec![f(ok.clone())])).is_empty());
        for number in ["1e3", "-2.5E-4", "INF", "NaN"] {
            let mut ok = ok.clone();
            ok.inhalt = Some(number.into());
            assert!(
                ids(&InhaltNotNumber, &v3(vec![f(ok)])).is_empty(),
                "{number}"
            );
        }
        let mut bad = ok;
        bad.inhalt = Some("1e".into());
        assert_eq!(ids(&InhaltNotNumber, &v3(vec![f(bad)])), ["F60000000001"]);
    }
}
