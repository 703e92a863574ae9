use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// When the message is a schema without version (a work copy), reports every versioned
    /// group or field below it with Schemaelementart `RNG` from the schema's own
    /// Nummernkreis (digits 2-3 of the id).
    ///
    /// ## Why is this bad?
    /// Legally bound elements of one's own Nummernkreis are usually edited together with
    /// the schema; a work copy should use their work copies, not frozen versions (QS 1134,
    /// Hinweis).
    ///
    /// ## Examples
    /// Wrong: work copy `S00000000009` containing `F00000000116 V1.0` (RNG). Right: the
    /// field's work copy, or a versioned schema.
    pub struct OwnRngVersionInWorkCopy {
        code: "1134",
        name: "own-rng-version-in-work-copy",
        category: Hinweis,
        versions: [V3],
        summary: "Eine Arbeitskopie verwendet Versionen rechtsnormgebundener Elemente des eigenen Nummernkreises.",
    }
}

impl QsRule for OwnRngVersionInWorkCopy {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if v.depth == 0
            || !matches!(v.element, ElementRef::Group(_) | ElementRef::Field(_))
            || a.version().is_none()
        {
            return;
        }
        let Some(ElementRef::Schema(s)) = cx.message.root() else {
            return;
        };
        if s.angaben.version().is_some() {
            return;
        }
        let rng = a
            .schemaelementart
            .as_ref()
            .is_some_and(|c| c.value == Schemaelementart::Rechtsnormgebunden);
        let own = match (
            s.angaben.id().and_then(|i| i.nummernkreis()),
            a.id().and_then(|i| i.nummernkreis()),
        ) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        };
        if !rng || !own {
            return;
        }
        out.push(
            diag(&Self::META, a, v.element.span(), format!("Die Arbeitskopie {} verwendet die Version {} eines eigenen rechtsnormgebundenen Elements.", label(&s.angaben), label(a)))
                .with_help("Verwenden Sie in der Arbeitskopie die Arbeitskopie des Elements oder versionieren Sie das Datenschema."),
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
        bad.angaben.schemaelementart = code("RNG");
        let mut m = v3(vec![f(bad)]);
        assert!(run(&OwnRngVersionInWorkCopy, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.angaben.identifikation.version = None;
        }
        assert_eq!(ids(&OwnRngVersionInWorkCopy, &m), ["F60000000001"]);
    }
}
