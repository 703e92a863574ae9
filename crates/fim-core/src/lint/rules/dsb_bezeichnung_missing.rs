use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief or a schema (3.0.0) whose `bezeichnung` is missing or
    /// empty.
    ///
    /// ## Why is this bad?
    /// The label is what users see of the document (QS 1050, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<bezeichnung/>`. Right: `<bezeichnung>Gewerbeanmeldung</bezeichnung>`.
    ///
    pub struct DsbBezeichnungMissing {
        code: "1050",
        name: "dsb-bezeichnung-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die Bezeichnung ist leer.",
    }
}

impl QsRule for DsbBezeichnungMissing {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let (a, bezeichnung, span, what) = match &cx.message.content {
            Content::Dokumentsteckbrief(d) => {
                (&d.angaben, &d.bezeichnung, d.span, "Der Dokumentsteckbrief")
            }
            Content::Schema(s) => (&s.angaben, &s.bezeichnung, s.span, "Das Datenschema"),
            _ => return,
        };
        if !is_blank(bezeichnung.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                span,
                format!("{what} {} hat keine Bezeichnung.", label(a)),
            )
            .with_help("Tragen Sie in `bezeichnung` den Namen ein, unter dem Nutzende es sehen.")
            .with_path(key_of(a).into_iter().collect()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let ok = good_dokumentsteckbrief();
        let mut bad = ok.clone();
        bad.bezeichnung = Some(String::new());
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V3;
        assert_eq!(run(&DsbBezeichnungMissing, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V3;
        assert!(run(&DsbBezeichnungMissing, &m).is_empty());
        // A schema without bezeichnung, too.
        let mut m = v3(vec![f(field("F60000000001"))]);
        if let Content::Schema(s) = &mut m.content {
            s.bezeichnung = Some(" ".into());
        }
        assert_eq!(run(&DsbBezeichnungMissing, &m).len(), 1);
    }
}
