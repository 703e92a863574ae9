use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a 2.0 field whose `praezisierung` is not empty and not a JSON object (for
    /// example `5` or `1..31`, the free-text notation of old editors).
    ///
    /// ## Why is this bad?
    /// XDatenfelder 2.0 expects a JSON object such as `{"minLength":"1","maxLength":"5"}`;
    /// tools cannot read the old notation (QS 1035, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `<praezisierung>5</praezisierung>`. Right:
    /// `<praezisierung>{"maxLength":"5"}</praezisierung>`.
    ///
    /// ## Deviations
    /// Whitespace around the JSON object is ignored; the reference reports a valid JSON
    /// object that starts on a new line.
    pub struct PraezisierungOldFormat {
        code: "1035",
        name: "praezisierung-old-format",
        category: FehlerMethodisch,
        versions: [V2],
        summary: "Die Präzisierung steht noch im alten Format.",
    }
}

impl QsRule for PraezisierungOldFormat {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(p) = fd.praezisierung.as_ref() else {
            return;
        };
        let raw = p.raw.trim();
        if raw.is_empty()
            || serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(raw).is_ok()
        {
            return;
        }
        out.push(
            diag(&Self::META, a, praez_span(fd), format!("Die Präzisierung `{raw}` von {} ist kein JSON-Objekt.", label(a)))
                .with_help("Schreiben Sie die Präzisierung als JSON-Objekt, z. B. `{\"minLength\":\"1\",\"maxLength\":\"5\"}`."),
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
            raw: "5".into(),
            ..Default::default()
        });
        let mut m = v3(vec![f(bad)]);
        m.version = XdfVersion::V2;
        assert_eq!(run(&PraezisierungOldFormat, &m).len(), 1);
        let mut ok = field("F60000000001");
        ok.praezisierung = Some(Praezisierung {
            raw: "{\"maxLength\":\"5\"}".into(),
            ..Default::default()
        });
        let mut m = v3(vec![f(ok)]);
        m.version = XdfVersion::V2;
        assert!(run(&PraezisierungOldFormat, &m).is_empty());
    }
}
