use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a structure entry that uses a field of Datentyp `file` with a bounded
    /// multiplicity (anything but `n:*`).
    ///
    /// ## Why is this bad?
    /// Evidence often comes as several files (scans of several pages); an upper bound forces
    /// users to merge files (QS 1139, Hinweis).
    ///
    /// ## Examples
    /// Wrong: `<anzahl>0:1</anzahl>` for a file field. Right: `<anzahl>0:*</anzahl>`.
    pub struct FileFieldNotRepeated {
        code: "1139",
        name: "file-field-not-repeated",
        category: Hinweis,
        versions: [V3],
        summary: "Ein Datei-Feld ist nicht mehrfach erlaubt.",
    }
}

impl QsRule for FileFieldNotRepeated {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if datentyp(fd) != Some(&Datentyp::File) {
            return;
        }
        let Some(s) = v.via else { return };
        let Some(anzahl) = s.anzahl.as_ref() else {
            return;
        };
        if !matches!(anzahl_bounds(anzahl.as_str()), Some((_, Some(_)))) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                s.span,
                format!(
                    "Das Datei-Feld {} ist nur mit der Anzahl {} erlaubt.",
                    label(a),
                    anzahl.as_str()
                ),
            )
            .with_help("Erlauben Sie mehrere Dateien, z. B. mit der Anzahl 0:* oder 1:*."),
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
        bad.datentyp = code("file");
        assert_eq!(
            ids(&FileFieldNotRepeated, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        let mut m = v3(vec![f(bad)]);
        if let Content::Schema(s) = &mut m.content {
            s.struktur[0].anzahl = Some(crate::ids::Anzahl::new("0:*"));
        }
        assert!(run(&FileFieldNotRepeated, &m).is_empty());
    }
}
