use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a `minLength` that is not a whole number of at least 0.
    ///
    /// ## Why is this bad?
    /// A length counts characters (QS 1059, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `minLength="-1"`, `"eins"`. Right: `minLength="1"`.
    pub struct MinLengthInvalid {
        code: "1059",
        name: "min-length-invalid",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die minimale Feldlänge ist keine ganze Zahl größer oder gleich null.",
    }
}

impl QsRule for MinLengthInvalid {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(value) = praez_raw(fd, "minLength") else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || value.parse::<u64>().is_ok() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Die minimale Feldlänge `{value}` von {} ist keine ganze Zahl ≥ 0.",
                    label(a)
                ),
            )
            .with_help("Geben Sie die minimale Feldlänge als ganze Zahl ab 0 an."),
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
        bad.praezisierung = Some(Praezisierung {
            unparsed: vec![("minLength".into(), "-1".into())],
            ..Default::default()
        });
        assert_eq!(ids(&MinLengthInvalid, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&MinLengthInvalid, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
