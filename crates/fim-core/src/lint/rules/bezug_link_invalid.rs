use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a `bezug` whose `link` attribute is not an `http://` or `https://` URL
    /// without spaces.
    ///
    /// ## Why is this bad?
    /// The link should open the norm in a browser (QS 1133, Warnung).
    ///
    /// ## Examples
    /// Wrong: `link="some reference link"`. Right:
    /// `link="https://www.gesetze-im-internet.de/gewo/__14.html"`.
    pub struct BezugLinkInvalid {
        code: "1133",
        name: "bezug-link-invalid",
        category: Warnung,
        versions: [V3],
        summary: "Der Link einer Handlungsgrundlage ist keine gültige URL.",
    }
}

impl QsRule for BezugLinkInvalid {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for b in &a.bezug {
            let Some(link) = b.link.as_deref() else {
                continue;
            };
            let l = link.trim();
            let ok = (l.starts_with("https://") || l.starts_with("http://"))
                && l.len() > 8
                && !l.contains(char::is_whitespace);
            if ok {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    v.element.span(),
                    format!(
                        "Der Link `{l}` im Bezug von {} ist keine gültige URL.",
                        label(a)
                    ),
                )
                .with_help("Geben Sie eine vollständige Adresse an, die mit https:// beginnt."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F60000000001");
        bad.angaben.bezug[0].link = Some("some link".into());
        assert_eq!(ids(&BezugLinkInvalid, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.angaben.bezug[0].link = Some("https://example.org/x".into());
        assert!(ids(&BezugLinkInvalid, &v3(vec![f(ok)])).is_empty());
    }
}
