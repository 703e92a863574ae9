use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field that sets `minLength` or `maxLength` although its Datentyp is neither
    /// `text` nor `text_latin`.
    ///
    /// ## Why is this bad?
    /// Lengths constrain text; for numbers, dates or files they have no defined meaning
    /// (QS 1015, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `datentyp` `date` with `maxLength` `10`. Right: a value range for dates.
    pub struct LengthOnNonText {
        code: "1015",
        name: "length-on-non-text",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Feldlänge bei einem Datentyp, der kein Text ist.",
    }
}

impl QsRule for LengthOnNonText {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        if is_text_type(fd) || datentyp(fd).is_none() {
            return;
        }
        if !(praez_set(fd, "minLength") || praez_set(fd, "maxLength")) {
            return;
        }
        out.push(
            diag(&Self::META, a, praez_span(fd), format!("{} gibt eine Feldlänge an, hat aber keinen Text-Datentyp.", label(a)))
                .with_help("Entfernen Sie die Feldlänge oder verwenden Sie einen Wertebereich (`minValue`/`maxValue`)."),
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
        assert_eq!(ids(&LengthOnNonText, &v3(vec![f(bad)])), ["F60000000001"]);
        let ok = field("F60000000001");

        assert!(ids(&LengthOnNonText, &v3(vec![f(ok)])).is_empty());
    }
}
