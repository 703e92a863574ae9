//! Renderers of a blocker [`Report`]: Markdown, JSON and a self-contained HTML page.
//! Detection does not know about them; each renderer is a pure function of the report.

use super::{
    BlockerStatus, Drawing, Maturity, ProcessElementInfo, ProcessRow, ProcessSection, ProcessSide,
    Report, Row, RowElement, CATALOGUE,
};
use std::fmt::Write as _;

/// The report as pretty-printed JSON (the serde form of [`Report`]; JSON Schema:
/// `schemas/fim-blockers.schema.json`).
pub fn json(report: &Report) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(report)
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn maturity_md(s: &mut String, title: &str, m: &Maturity) {
    let _ = writeln!(s, "**{title}: {}**", m.label);
    let _ = writeln!(s);
    for c in &m.caps {
        let _ = writeln!(s, "- {} Betroffen: {}.", c.reason, c.elements.join(", "));
    }
    if m.caps.is_empty() {
        let _ = writeln!(s, "- Kein Hemmnis begrenzt die Stufe.");
    }
    let _ = writeln!(s, "- Annahme: {}", m.assumption);
    let _ = writeln!(s);
}

/// The report as Markdown, for a request for a legal change.
pub fn markdown(r: &Report) -> String {
    let mut s = String::new();
    let root = |side: &super::Side| {
        side.root
            .as_ref()
            .map(|e| format!("{} {}", e.label(), e.name))
            .unwrap_or_else(|| "?".into())
    };
    let _ = writeln!(s, "# Digitalisierungshemmnisse");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- Stamminformationen (Basis): `{}`, {} (XDatenfelder {})",
        r.baseline.file,
        root(&r.baseline),
        r.baseline.xdf_version
    );
    let _ = writeln!(
        s,
        "- Referenzinformationen: `{}`, {} (XDatenfelder {})",
        r.reference.file,
        root(&r.reference),
        r.reference.xdf_version
    );
    let d = &r.diff_summary;
    let _ = writeln!(
        s,
        "- Vergleich: {} hinzugefügt, {} entfernt, {} verschoben, {} geändert",
        d.added, d.removed, d.moved, d.changed
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## Reifegrad");
    let _ = writeln!(s);
    maturity_md(&mut s, "Ziel nach Rechtsänderung", &r.maturity_target);
    maturity_md(&mut s, "Nach geltendem Recht", &r.maturity_current_law);
    let _ = writeln!(s, "## Hemmnisse ({})", r.blockers.len());
    let _ = writeln!(s);
    if r.blockers.is_empty() {
        let _ = writeln!(s, "Keine Hemmnisse gefunden.");
        let _ = writeln!(s);
    } else {
        let _ = writeln!(
            s,
            "| Nr. | Art | Element | Rechtsbezug | Status | Sicherheit |"
        );
        let _ = writeln!(s, "|---|---|---|---|---|---|");
        for (i, b) in r.blockers.iter().enumerate() {
            let f = b.finding();
            let _ = writeln!(
                s,
                "| {} | {} {} | {} | {} | {} | {} |",
                i + 1,
                b.code,
                b.kind.info().title,
                md_escape(&b.element_label()),
                md_escape(&f.map(|f| f.bezug.join("; ")).unwrap_or_default()),
                b.status.german(),
                b.confidence.german()
            );
        }
        let _ = writeln!(s);
        for (i, b) in r.blockers.iter().enumerate() {
            let _ = writeln!(
                s,
                "### {}. {} ({}): {}",
                i + 1,
                b.kind.info().title,
                b.code,
                b.element_label()
            );
            let _ = writeln!(s);
            let _ = writeln!(s, "- Status: {}. {}", b.status.german(), b.why);
            for (side, f) in [("Basis", &b.baseline), ("Referenz", &b.reference)] {
                if let Some(f) = f {
                    let bezug = if f.bezug.is_empty() {
                        "(kein Rechtsbezug angegeben)".to_owned()
                    } else {
                        f.bezug.join("; ")
                    };
                    let _ = writeln!(
                        s,
                        "- {side}: {} (Rechtsbezug: {bezug}; Sicherheit: {})",
                        f.why,
                        f.confidence.german()
                    );
                }
            }
            let _ = writeln!(s);
        }
    }
    if let Some(p) = &r.process {
        process_md(&mut s, r, p);
    }
    let _ = writeln!(s, "## Katalog");
    let _ = writeln!(s);
    for k in CATALOGUE {
        let _ = writeln!(
            s,
            "- **{} {}** (begrenzt auf Stufe {}): {} Rechtliche Anker: {}.",
            k.code,
            k.title,
            k.caps_maturity_at,
            k.description,
            k.anchors.join(", ")
        );
    }
    s
}

fn process_side_text(side: &ProcessSide, md: bool) -> String {
    let mut t = if md {
        format!("`{}` ({})", side.file, side.format)
    } else {
        format!("{} ({})", side.file, side.format)
    };
    if let Some(n) = &side.name {
        t.push_str(&format!(", {n}"));
    }
    if !side.pools.is_empty() {
        t.push_str(&format!("; Pools: {}", side.pools.join(", ")));
    }
    t
}

fn process_summary_text(p: &ProcessSection) -> String {
    let m = &p.summary;
    format!(
        "{} Schritte zugeordnet ({} über den Namen), {} hinzugefügt, {} entfernt, {} geändert, \
         {} mit geänderter Reihenfolge, {} Nachrichtenflüsse geändert",
        m.matched,
        m.matched_by_name,
        m.added,
        m.removed,
        m.changed,
        m.reordered,
        m.message_flows_changed
    )
}

fn signed(d: i64) -> String {
    if d > 0 {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

fn opt(v: Option<i64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

fn step_text(e: &Option<ProcessElementInfo>) -> String {
    e.as_ref()
        .map(ProcessElementInfo::label)
        .unwrap_or_default()
}

fn blocker_refs(r: &Report, row: &ProcessRow) -> String {
    row.blockers
        .iter()
        .filter_map(|&i| {
            r.blockers
                .get(i)
                .map(|b| format!("{}. {} ({})", i + 1, b.code, b.status.german()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn process_md(s: &mut String, r: &Report, p: &ProcessSection) {
    let _ = writeln!(s, "## Prozess");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- Stamminformationen (Basis): {}",
        process_side_text(&p.baseline, true)
    );
    let _ = writeln!(
        s,
        "- Referenzinformationen: {}",
        process_side_text(&p.reference, true)
    );
    let _ = writeln!(s, "- Vergleich: {}", process_summary_text(p));
    let _ = writeln!(s);
    let _ = writeln!(s, "### Kennzahlen");
    let _ = writeln!(s);
    let _ = writeln!(s, "| Kennzahl | Basis | Referenz | Differenz |");
    let _ = writeln!(s, "|---|---|---|---|");
    for m in &p.metrics {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            md_escape(&m.label),
            opt(m.baseline),
            opt(m.reference),
            signed(m.delta())
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "### Schritte und Nachrichtenflüsse");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| Basis | Referenz | Vergleich | Änderungen | Hemmnisse |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|");
    for row in &p.rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            md_escape(&step_text(&row.baseline)),
            md_escape(&step_text(&row.reference)),
            row.state,
            md_escape(&row.changes.join("; ")),
            blocker_refs(r, row)
        );
    }
    let _ = writeln!(s);
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em}\
table{border-collapse:collapse;width:100%;font-size:.9em}\
td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}\
th{background:#eee}.id{font-family:monospace;color:#555}\
tr.entfernt td.b{background:#fde2e2}tr.hinzugefuegt td.r{background:#e0f5e0}\
tr.geaendert td{background:#fff8dc}tr.verschoben td{background:#e8eefc}\
tr.hemmnis td{border-left:4px solid #c00}\
.badge{display:inline-block;border-radius:3px;padding:0 4px;margin:1px;font-size:.8em;color:#fff}\
.needs-legal-change{background:#c00}.remains{background:#d9822b}.reference-only{background:#777}\
.mats{display:flex;gap:1em;align-items:flex-start}.mat{border:1px solid #999;padding:6px 10px}a.badge{text-decoration:none}\
.mat b{font-size:1.4em}.small{font-size:.85em;color:#555}\
h3{font-size:1.05em}.drawing{overflow-x:auto;border:1px solid #ccc;margin-bottom:1em}.drawing svg{max-width:100%;height:auto}";

fn cell(e: &Option<RowElement>, depth: usize) -> String {
    let Some(e) = e else {
        return String::new();
    };
    let mut s = String::new();
    let _ = write!(
        s,
        "<span style=\"padding-left:{}em\">{} <span class=\"id\">{}</span> {}</span>",
        depth,
        e.element.kind,
        esc(&e.element.label()),
        esc(&e.element.name)
    );
    let mut extra = Vec::new();
    if let Some(a) = &e.anzahl {
        extra.push(format!("[{}]", esc(a)));
    }
    if let Some(d) = &e.datentyp {
        extra.push(esc(d));
    }
    if !extra.is_empty() {
        let _ = write!(s, " <span class=\"small\">{}</span>", extra.join(" "));
    }
    if !e.bezug.is_empty() {
        let _ = write!(
            s,
            "<br><span class=\"small\" style=\"padding-left:{}em\">Rechtsbezug: {}</span>",
            depth,
            esc(&e.bezug.join("; "))
        );
    }
    s
}

fn row_html(s: &mut String, r: &Report, row: &Row) {
    let class = match row.state.as_str() {
        "entfernt" => "entfernt",
        "hinzugefügt" => "hinzugefuegt",
        "geändert" => "geaendert",
        "verschoben" => "verschoben",
        _ => "gleich",
    };
    let hem = if row.blockers.is_empty() {
        ""
    } else {
        " hemmnis"
    };
    let badges = badges(r, &row.blockers);
    let _ = writeln!(
        s,
        "<tr class=\"{class}{hem}\"><td class=\"b\">{}</td><td class=\"r\">{}</td><td>{}</td><td>{badges}</td></tr>",
        cell(&row.baseline, row.depth),
        cell(&row.reference, row.depth),
        esc(&row.state)
    );
}

fn badges(r: &Report, indices: &[usize]) -> String {
    let mut badges = String::new();
    for &i in indices {
        if let Some(b) = r.blockers.get(i) {
            let status = match b.status {
                BlockerStatus::NeedsLegalChange => "needs-legal-change",
                BlockerStatus::Remains => "remains",
                BlockerStatus::ReferenceOnly => "reference-only",
            };
            let _ = write!(
                badges,
                "<a href=\"#h{}\" class=\"badge {status}\" title=\"{}\">{} {}: {}</a>",
                i + 1,
                esc(&b.why),
                i + 1,
                esc(b.kind.info().title),
                esc(b.status.german())
            );
        }
    }
    badges
}

fn step_cell(e: &Option<ProcessElementInfo>) -> String {
    let Some(e) = e else {
        return String::new();
    };
    let mut s = format!(
        "{} <span class=\"id\">{}</span> {}",
        esc(&e.kind),
        esc(&e.id),
        esc(e.name.as_deref().unwrap_or(""))
    );
    let who = e.who();
    if !who.is_empty() {
        let _ = write!(s, "<br><span class=\"small\">{}</span>", esc(&who));
    }
    s
}

fn process_html(s: &mut String, r: &Report, p: &ProcessSection) {
    let _ = writeln!(s, "<h2>Prozess</h2>");
    let _ = writeln!(
        s,
        "<p>Stamminformationen: {}<br>Referenz: {}<br>{}</p>",
        esc(&process_side_text(&p.baseline, false)),
        esc(&process_side_text(&p.reference, false)),
        esc(&process_summary_text(p))
    );
    match &p.drawing {
        Some(Drawing::Svg(svg)) => {
            let _ = writeln!(
                s,
                "<p class=\"small\">Referenzprozess (aus BPMN-DI gezeichnet; rot umrandet: Hemmnisse, die in der Referenz bestehen bleiben):</p><div class=\"drawing\">{svg}</div>"
            );
        }
        Some(Drawing::Mermaid(m)) => {
            let _ = writeln!(
                s,
                "<p class=\"small\">Referenzprozess (kein BPMN-DI; Mermaid-Text):</p><pre>{}</pre>",
                esc(m)
            );
        }
        None => {}
    }
    let _ = writeln!(
        s,
        "<table><tr><th>Kennzahl</th><th>Basis</th><th>Referenz</th><th>Differenz</th></tr>"
    );
    for m in &p.metrics {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&m.label),
            opt(m.baseline),
            opt(m.reference),
            signed(m.delta())
        );
    }
    let _ = writeln!(s, "</table>");
    let _ = writeln!(
        s,
        "<h3>Schritte</h3><table><tr><th>Stamminformationen</th><th>Referenz</th><th>Vergleich</th><th>Hemmnisse</th></tr>"
    );
    for row in &p.rows {
        let class = match row.state.as_str() {
            "entfernt" => "entfernt",
            "hinzugefügt" => "hinzugefuegt",
            "geändert" => "geaendert",
            _ => "gleich",
        };
        let hem = if row.blockers.is_empty() {
            ""
        } else {
            " hemmnis"
        };
        let mut state = esc(&row.state);
        for c in &row.changes {
            let _ = write!(state, "<br><span class=\"small\">{}</span>", esc(c));
        }
        let _ = writeln!(
            s,
            "<tr class=\"{class}{hem}\"><td class=\"b\">{}</td><td class=\"r\">{}</td><td>{state}</td><td>{}</td></tr>",
            step_cell(&row.baseline),
            step_cell(&row.reference),
            badges(r, &row.blockers)
        );
    }
    let _ = writeln!(s, "</table>");
}

/// The report as one self-contained HTML page (inline CSS, no scripts, no external
/// resources): maturity, the side-by-side view with blockers highlighted, the blocker list.
pub fn html(r: &Report) -> String {
    let mut s = String::new();
    let root = |side: &super::Side| {
        side.root
            .as_ref()
            .map(|e| format!("{} {}", e.label(), e.name))
            .unwrap_or_else(|| "?".into())
    };
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">"
    );
    let _ = writeln!(
        s,
        "<title>Digitalisierungshemmnisse: {}</title>\n<style>{CSS}</style>\n</head>\n<body>",
        esc(&root(&r.reference))
    );
    let _ = writeln!(s, "<h1>Digitalisierungshemmnisse</h1>");
    let _ = writeln!(
        s,
        "<p>Stamminformationen: <code>{}</code> {} (XDatenfelder {})<br>Referenz: <code>{}</code> {} (XDatenfelder {})</p>",
        esc(&r.baseline.file),
        esc(&root(&r.baseline)),
        esc(&r.baseline.xdf_version),
        esc(&r.reference.file),
        esc(&root(&r.reference)),
        esc(&r.reference.xdf_version)
    );
    let _ = writeln!(s, "<h2>Reifegrad</h2><div class=\"mats\">");
    for (title, m) in [
        ("Ziel nach Rechtsänderung", &r.maturity_target),
        ("Nach geltendem Recht", &r.maturity_current_law),
    ] {
        let caps: Vec<String> = m.caps.iter().map(|c| esc(&c.reason)).collect();
        let _ = writeln!(
            s,
            "<span class=\"mat\">{title}<br><b>{}</b><br><span class=\"small\">{}</span></span>",
            esc(&m.label),
            if caps.is_empty() {
                "kein begrenzendes Hemmnis".to_owned()
            } else {
                caps.join("<br>")
            }
        );
    }
    let _ = writeln!(
        s,
        "</div><p class=\"small\">{}</p>",
        esc(&r.maturity_target.assumption)
    );
    let _ = writeln!(s, "<h2>Gegenüberstellung</h2>");
    let _ = writeln!(
        s,
        "<table><tr><th>Stamminformationen</th><th>Referenz</th><th>Vergleich</th><th>Hemmnisse</th></tr>"
    );
    for row in &r.rows {
        row_html(&mut s, r, row);
    }
    let _ = writeln!(s, "</table>");
    if let Some(p) = &r.process {
        process_html(&mut s, r, p);
    }
    let _ = writeln!(s, "<h2>Hemmnisse ({})</h2>", r.blockers.len());
    if r.blockers.is_empty() {
        let _ = writeln!(s, "<p>Keine Hemmnisse gefunden.</p>");
    } else {
        let _ = writeln!(
            s,
            "<table><tr><th>Nr.</th><th>Art</th><th>Element</th><th>Rechtsbezug</th><th>Status</th><th>Begründung</th><th>Sicherheit</th></tr>"
        );
        for (i, b) in r.blockers.iter().enumerate() {
            let f = b.finding();
            let why: Vec<String> = [&b.baseline, &b.reference]
                .into_iter()
                .flatten()
                .map(|f| esc(&f.why))
                .collect();
            let _ = writeln!(
                s,
                "<tr id=\"h{}\"><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}<br>{}</td><td>{}</td></tr>",
                i + 1,
                i + 1,
                esc(&b.code),
                esc(b.kind.info().title),
                esc(&b.element_label()),
                esc(&f.map(|f| f.bezug.join("; ")).unwrap_or_default()),
                esc(b.status.german()),
                esc(&b.why),
                why.join("<br>"),
                esc(b.confidence.german())
            );
        }
        let _ = writeln!(s, "</table>");
    }
    let _ = writeln!(s, "</body>\n</html>");
    s
}

/// The blocker catalogue as Markdown: kinds, legal anchors, maturity caps, remedies and every
/// pattern the detectors use. `docs/blocker-catalogue.md` is this text (a test keeps it
/// current).
pub fn catalogue_markdown() -> String {
    use super::catalogue::{
        APPLICANT_WORDS, MANUAL_TASK_TYPES, NEGATIONS, NORM_PATTERNS, PROCESS_TEXT_PATTERNS,
        REGISTER_DATA, TEXT_PATTERNS,
    };
    let mut s = String::new();
    let _ = writeln!(s, "# Blocker catalogue (Digitalisierungshemmnisse)");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Generated from `crates/fim-core/src/blockers/catalogue.rs` by \
         `fim_core::blockers::render::catalogue_markdown`; do not edit by hand."
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## Kinds");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| code | kind | title | caps maturity at | legal anchors | remedy |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|");
    for k in CATALOGUE {
        let _ = writeln!(
            s,
            "| {} | `{}` | {} | {} | {} | {} |",
            k.code,
            k.kind,
            k.title,
            k.caps_maturity_at,
            md_escape(&k.anchors.join("; ")),
            md_escape(k.remedy)
        );
    }
    let _ = writeln!(s);
    for k in CATALOGUE {
        let _ = writeln!(s, "- **{}** {}", k.code, k.description);
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "## Detectors over schemas");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Wording** (`wortlaut`): lower-cased, whitespace-normalised `name`, \
         `bezeichnungEingabe/-Ausgabe`, `hilfetextEingabe/-Ausgabe`, `beschreibung`, \
         `definition` (schemas also `bezeichnung`, `hilfetext`), sentence by sentence; a \
         phrase counts at a word start; a sentence with a negation or replacement word does \
         not count. Negation words: {}.",
        NEGATIONS
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| kind | phrase | confidence |");
    let _ = writeln!(s, "|---|---|---|");
    for p in TEXT_PATTERNS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            p.kind,
            p.phrase,
            p.confidence.german()
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Register data** (`registerdaten`, kind `once-only`, confidence mittel): a field the \
         applicant fills (not `label`/`hidden`/`locked`, not prefilled by `vorbefuellung` \
         optional/verpflichtend) whose `name`, `bezeichnungEingabe` or `hilfetextEingabe` \
         asks for a document a register holds:"
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| phrase | register |");
    let _ = writeln!(s, "|---|---|");
    for (p, r) in REGISTER_DATA {
        let _ = writeln!(s, "| {p} | {r} |");
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Legal references** (`rechtsbezug`): norms cited in the `bezug` of the element or \
         of its structure entry. A replacement norm on the element suppresses written-form \
         findings from norms."
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| norm | indicates | confidence | meaning |");
    let _ = writeln!(s, "|---|---|---|---|");
    for n in NORM_PATTERNS {
        let abs = n.absatz.map(|a| format!(" Abs. {a}")).unwrap_or_default();
        let kind = n
            .kind
            .map_or("replacement (no blocker)".to_owned(), |k| format!("`{k}`"));
        let _ = writeln!(
            s,
            "| § {}{abs} {} | {kind} | {} | {} |",
            n.paragraph,
            n.law.join(" "),
            n.confidence.german(),
            n.meaning
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "## Detectors over processes");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Run by `fim_process::blockers` over BPMN activities and events (gateways are \
         decisions, not steps) and over message flows to or from the applicant's pool."
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Wording** (`wortlaut`): the name and the `documentation` of a step, read like a \
         schema text with the schema wordings above plus these process wordings:"
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| kind | phrase | confidence |");
    let _ = writeln!(s, "|---|---|---|");
    for p in PROCESS_TEXT_PATTERNS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            p.kind,
            p.phrase,
            p.confidence.german()
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Task type** (`aufgabentyp`, kind `media-break`, confidence niedrig): a task of type \
         {} that no wording explains.",
        MANUAL_TASK_TYPES
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Legal references** (`rechtsbezug`): the legal bases (`handlungsgrundlage`) of the \
         XProzess Aktivitätengruppe a step belongs to and the `§` citations in its \
         documentation are the finding's legal reference; the norms above cited there add \
         evidence. A message flow takes the legal reference of its sending (else receiving) step."
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Message flows**: only flows whose source or target pool (or lane) names the \
         applicant ({}), read for the wordings above.",
        APPLICANT_WORDS
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## Over the diff");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "A baseline finding whose element is gone from the reference, or no longer shows that \
         kind, is `needs-legal-change`; one whose matched reference element shows the same kind \
         `remains`; a reference finding without a baseline partner is `reference-only`. \
         Process findings pair through the process diff's matching (steps by id, then by \
         name within the lane; message flows by id, then by name). The \
         maturity estimate starts at level 4 and takes the lowest cap of the blockers that \
         apply: the target counts `remains` and `reference-only`, current law counts all."
    );
    s
}
