use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports each text of an element that is longer than the recommended length, counted
    /// in characters: 255 for `name`, `bezeichnung`, `bezeichnungEingabe`,
    /// `bezeichnungAusgabe`, each `bezug`, `versionshinweis`, `statusGesetztDurch`,
    /// `fachlicherErsteller` and the code list `version` (its `canonicalIdentification` and
    /// `canonicalVersionUri` are URIs: QS 1137); 500 for help texts, `stichwort`, `pattern` and a
    /// value's `hilfe`; 5000 for `beschreibung`, `definition`, `inhalt` and `freitextRegel`;
    /// 20 for a value's `code`.
    ///
    /// ## Why is this bad?
    /// Receiving systems size their columns by these recommendations and may cut longer
    /// texts (QS 1136, Hinweis).
    ///
    /// ## Examples
    /// Wrong: a `bezug` of 600 characters quoting several norms. Right: one short `bezug`
    /// per norm.
    pub struct TextTooLong {
        code: "1136",
        name: "text-too-long",
        category: Hinweis,
        versions: [V3],
        summary: "Ein Text überschreitet die empfohlene Länge.",
    }
}

impl QsRule for TextTooLong {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let mut texts: Vec<(&'static str, &str, usize)> = Vec::new();
        push(&mut texts, "name", a.name.as_deref(), 255);
        push(
            &mut texts,
            "bezeichnungEingabe",
            a.bezeichnung_eingabe.as_deref(),
            255,
        );
        push(
            &mut texts,
            "bezeichnungAusgabe",
            a.bezeichnung_ausgabe.as_deref(),
            255,
        );
        push(
            &mut texts,
            "versionshinweis",
            a.versionshinweis.as_deref(),
            255,
        );
        push(
            &mut texts,
            "statusGesetztDurch",
            a.status_gesetzt_durch.as_deref(),
            255,
        );
        push(
            &mut texts,
            "fachlicherErsteller",
            a.fachlicher_ersteller.as_deref(),
            255,
        );
        push(
            &mut texts,
            "hilfetextEingabe",
            a.hilfetext_eingabe.as_deref(),
            500,
        );
        push(
            &mut texts,
            "hilfetextAusgabe",
            a.hilfetext_ausgabe.as_deref(),
            500,
        );
        push(&mut texts, "beschreibung", a.beschreibung.as_deref(), 5000);
        push(&mut texts, "definition", a.definition.as_deref(), 5000);
        for b in &a.bezug {
            push(&mut texts, "bezug", Some(&b.text), 255);
        }
        for s in &a.stichwort {
            push(&mut texts, "stichwort", Some(&s.text), 500);
        }
        match v.element {
            ElementRef::Schema(s) => {
                push(&mut texts, "bezeichnung", s.bezeichnung.as_deref(), 255);
                push(&mut texts, "hilfetext", s.hilfetext.as_deref(), 500);
            }
            ElementRef::Field(fd) => {
                push(&mut texts, "inhalt", fd.inhalt.as_deref(), 5000);
                if let Some(p) = fd.praezisierung.as_ref() {
                    push(&mut texts, "pattern", p.pattern.as_deref(), 500);
                }
                // The code list's URIs are 1137's (`uri-too-long`).
                if let Some(r) = fd.codeliste_referenz.as_ref() {
                    push(&mut texts, "version", r.version.as_deref(), 255);
                }
                for w in fd.werte.iter().flatten() {
                    push(&mut texts, "code", Some(&w.code), 20);
                    push(&mut texts, "hilfe", w.hilfe.as_deref(), 500);
                }
            }
            ElementRef::Rule(r) => push(
                &mut texts,
                "freitextRegel",
                r.freitext_regel.as_deref(),
                5000,
            ),
            ElementRef::Group(_) => {}
        }
        for (what, text, max) in texts {
            // Cheap pre-check: a text of at most `max` bytes has at most `max` characters.
            if text.len() <= max {
                continue;
            }
            let n = text.trim().chars().count();
            if n <= max {
                continue;
            }
            out.push(
                diag(&Self::META, a, v.element.span(), format!("`{what}` von {} hat {n} Zeichen, empfohlen sind höchstens {max}.", label(a)))
                    .with_help("Kürzen Sie den Text oder teilen Sie ihn auf (z. B. je Rechtsnorm ein `bezug`)."),
            );
        }
    }
}

/// Adds `t` (if present) with its name and recommended maximum.
fn push<'t>(
    texts: &mut Vec<(&'static str, &'t str, usize)>,
    what: &'static str,
    t: Option<&'t str>,
    max: usize,
) {
    if let Some(t) = t {
        texts.push((what, t, max));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F60000000001");
        bad.angaben.name = Some("x".repeat(256));
        assert_eq!(ids(&TextTooLong, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.angaben.name = Some("ä".repeat(255));
        assert!(ids(&TextTooLong, &v3(vec![f(ok)])).is_empty());
    }
}
