use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports each reference in a rule (`freitextRegel` or `skript`) to a field or group by
    /// an old 8-digit id (`F` or `G` followed by exactly 8 digits) in a 3.0.0 file. The
    /// finding sits on the element that owns the rule, once per reference.
    ///
    /// ## Why is this bad?
    /// 3.0.0 ids have 11 digits; an 8-digit id does not name any element of the schema
    /// (QS 1041, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `Feldgruppe G60000086 muss befüllt sein`. Right: `G60000000086`.
    pub struct RuleOldShortId {
        code: "1041",
        name: "rule-old-short-id",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Eine Regel verweist mit einer alten, kurzen Element-ID.",
    }
}

impl QsRule for RuleOldShortId {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let regeln: &[Regel] = match v.element {
            ElementRef::Schema(s) => &s.regeln,
            ElementRef::Group(g) => &g.regeln,
            ElementRef::Field(f) => &f.regeln,
            ElementRef::Rule(_) => return,
        };
        for r in regeln {
            for text in [r.freitext_regel.as_deref(), r.script.as_deref()]
                .into_iter()
                .flatten()
            {
                for id in short_ids(text) {
                    out.push(
                        diag(&Self::META, a, r.span, format!("Die Regel {} verweist mit der alten ID `{id}` auf ein Element.", label(&r.angaben)))
                            .with_help("Ersetzen Sie die ID durch die 11-stellige ID des Elements (z. B. G60000086 → G60000000086)."),
                    );
                }
            }
        }
    }
}

/// The 8-digit `F`/`G` ids in `text`: the letter (not preceded by a letter or digit), 8
/// digits, then no further digit.
fn short_ids(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    (0..b.len()).filter_map(move |i| {
        if !matches!(b[i], b'F' | b'G') || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            return None;
        }
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        (digits == 8).then(|| &text[i..i + 9])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut gr = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000002"))],
        );
        gr.regeln.push(Regel {
            freitext_regel: Some("Feld F60000001 oder G60000000001".into()),
            ..Default::default()
        });
        assert_eq!(ids(&RuleOldShortId, &v3(vec![g(gr)])), ["G60000000001"]);
        assert!(short_ids("F60000000001, G12345678x").eq(["G12345678"]));
    }
}
