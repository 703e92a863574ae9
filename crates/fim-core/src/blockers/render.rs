//! Renderers of a blocker [`Report`]: Markdown, JSON and a self-contained HTML page.
//! Detection does not know about them; each renderer is a pure function of the report.
//! Markdown and HTML show the same parts in the same order ([`groups`] orders the blockers
//! by the kind of change they need).

use super::{
    element_label, BlockerStatus, ChangeKind, Drawing, EvidenceItem, Maturity, ProcessElementInfo,
    ProcessRow, ProcessSection, ProcessSide, Report, Row, RowElement, CATALOGUE,
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

/// The two maturity estimates with their titles, in report order.
fn maturities(r: &Report) -> [(&'static str, &Maturity); 2] {
    [
        ("Ziel der Referenzinformationen", &r.maturity_target),
        (
            "Ohne Änderungen (Stand der Stamminformationen)",
            &r.maturity_current_law,
        ),
    ]
}

/// The blockers grouped by the kind of change they need ([`ChangeKind::ALL`] order), as
/// indices into [`Report::blockers`]; empty groups left out.
pub fn groups(r: &Report) -> Vec<(ChangeKind, Vec<usize>)> {
    ChangeKind::ALL
        .iter()
        .map(|&k| {
            let list: Vec<usize> = r
                .blockers
                .iter()
                .enumerate()
                .filter(|(_, b)| b.change.kind == k)
                .map(|(i, _)| i)
                .collect();
            (k, list)
        })
        .filter(|(_, l)| !l.is_empty())
        .collect()
}

fn norms_text(norms: &[String]) -> String {
    if norms.is_empty() {
        String::new()
    } else {
        format!(" ({})", norms.join(", "))
    }
}

fn register_text(e: &EvidenceItem) -> String {
    e.register.as_ref().map_or_else(
        || "kein Register bekannt".to_owned(),
        |r| match &r.retrieval {
            Some(n) => format!("{} ({}; Abruf: {n})", r.name, r.holder),
            None => format!("{} ({})", r.name, r.holder),
        },
    )
}

fn once_only_text(e: &EvidenceItem) -> &'static str {
    match (&e.register, e.prefilled) {
        (None, _) => "–",
        (Some(_), true) => "abgerufen (vorbefüllt)",
        (Some(_), false) => "Kandidat",
    }
}

/// The evidence tables of both sides: (title, items).
fn evidence_sides(r: &Report) -> [(&'static str, &[EvidenceItem]); 2] {
    [
        ("Stamminformationen", &r.baseline.evidence),
        ("Referenzinformationen", &r.reference.evidence),
    ]
}

fn maturity_md(s: &mut String, title: &str, m: &Maturity) {
    let _ = writeln!(s, "**{title}: {}**", m.label);
    let _ = writeln!(s);
    for c in &m.caps {
        let _ = writeln!(s, "- {} Betroffen: {}.", c.reason, c.elements.join(", "));
    }
    if m.caps.is_empty() {
        let _ = writeln!(
            s,
            "- Kein erkanntes Hemmnis begrenzt die Stufe; ob Nachweise tatsächlich aus \
             Registern abgerufen werden, zeigt der Vergleich nicht."
        );
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
            .map(element_label)
            .unwrap_or_else(|| "?".into())
    };
    let _ = writeln!(s, "# Digitalisierungshemmnisse");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- Stamminformationen: `{}`, {} (XDatenfelder {})",
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
    for (title, m) in maturities(r) {
        maturity_md(&mut s, title, m);
    }
    let _ = writeln!(s, "## Hemmnisse ({})", r.blockers.len());
    let _ = writeln!(s);
    if r.blockers.is_empty() {
        let _ = writeln!(s, "Keine Hemmnisse gefunden.");
        let _ = writeln!(s);
    }
    for (kind, list) in groups(r) {
        let _ = writeln!(s, "### {} ({})", kind.german(), list.len());
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "| Nr. | Art | Element | Rechtsbezug | Status | Normen | Konfidenz |"
        );
        let _ = writeln!(s, "|---|---|---|---|---|---|---|");
        for &i in &list {
            let Some(b) = r.blockers.get(i) else { continue };
            let f = b.finding();
            let _ = writeln!(
                s,
                "| {} | {} {} | {} | {} | {} | {} | {} |",
                i + 1,
                b.code,
                b.kind.info().title,
                md_escape(&b.element_label()),
                md_escape(&f.map(|f| f.bezug.join("; ")).unwrap_or_default()),
                b.status.german(),
                md_escape(&b.change.norms.join(", ")),
                b.confidence.german()
            );
        }
        let _ = writeln!(s);
    }
    if !r.blockers.is_empty() {
        let _ = writeln!(s, "## Einzelheiten");
        let _ = writeln!(s);
    }
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
        let _ = writeln!(
            s,
            "- Art der Änderung: {}{}. {}",
            b.change.kind.german(),
            norms_text(&b.change.norms),
            b.change.reason
        );
        let _ = writeln!(s, "- Seite: {}", b.side.german());
        for (side, f) in [
            ("Stamminformationen", &b.baseline),
            ("Referenzinformationen", &b.reference),
        ] {
            if let Some(f) = f {
                let bezug = if f.bezug.is_empty() {
                    "kein Rechtsbezug angegeben".to_owned()
                } else {
                    f.bezug.join("; ")
                };
                let _ = writeln!(
                    s,
                    "- {side}: {} (Rechtsbezug: {bezug}; Konfidenz: {})",
                    f.why,
                    f.confidence.german()
                );
            }
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "## Nachweise");
    let _ = writeln!(s);
    for (title, items) in evidence_sides(r) {
        let _ = writeln!(s, "### {title} ({})", items.len());
        let _ = writeln!(s);
        if items.is_empty() {
            let _ = writeln!(s, "Keine Nachweise verlangt.");
            let _ = writeln!(s);
            continue;
        }
        let _ = writeln!(s, "| Element | Nachweis | Form | Register | Once-Only |");
        let _ = writeln!(s, "|---|---|---|---|---|");
        for e in items {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                md_escape(&element_label(&e.element)),
                md_escape(&e.document),
                e.form.german(),
                md_escape(&register_text(e)),
                once_only_text(e)
            );
        }
        let _ = writeln!(s);
    }
    if let Some(p) = &r.process {
        process_md(&mut s, r, p);
    }
    let _ = writeln!(s, "## Katalog");
    let _ = writeln!(s);
    for k in CATALOGUE {
        let caps = if k.caps_output_at == k.caps_maturity_at {
            format!("begrenzt auf Stufe {}", k.caps_maturity_at)
        } else {
            format!(
                "begrenzt auf Stufe {}, auf der Ausgabeseite auf Stufe {}",
                k.caps_maturity_at, k.caps_output_at
            )
        };
        let _ = writeln!(
            s,
            "- **{} {}** ({caps}): {} Rechtliche Anker: {}.",
            k.code,
            k.title,
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
        "- Stamminformationen: {}",
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
    let _ = writeln!(
        s,
        "| Kennzahl | Stamminformationen | Referenzinformationen | Differenz |"
    );
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
        "| Stamminformationen | Referenzinformationen | Vergleich | Änderungen | Hemmnisse |"
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
.resolved{background:#2a7d2a}.remains{background:#d9822b}.reference-only{background:#777}\
.mats{display:flex;gap:1em;align-items:flex-start}.mat{flex:1 1 0;border:1px solid #999;padding:6px 10px}a.badge{text-decoration:none}\
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
                BlockerStatus::Resolved => "resolved",
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
        "<p>Stamminformationen: {}<br>Referenzinformationen: {}<br>{}</p>",
        esc(&process_side_text(&p.baseline, false)),
        esc(&process_side_text(&p.reference, false)),
        esc(&process_summary_text(p))
    );
    match &p.drawing {
        Some(Drawing::Svg(svg)) => {
            let _ = writeln!(
                s,
                "<p class=\"small\">Referenzprozess (aus BPMN-DI gezeichnet; rot umrandet: Hemmnisse, die in den Referenzinformationen bestehen bleiben):</p><div class=\"drawing\">{svg}</div>"
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
        "<table><tr><th>Kennzahl</th><th>Stamminformationen</th><th>Referenzinformationen</th><th>Differenz</th></tr>"
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
        "<h3>Schritte</h3><table><tr><th>Stamminformationen</th><th>Referenzinformationen</th><th>Vergleich</th><th>Hemmnisse</th></tr>"
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
/// resources): maturity, the side-by-side view with blockers highlighted, the blockers by
/// the change they need, the evidence.
pub fn html(r: &Report) -> String {
    let mut s = String::new();
    let root = |side: &super::Side| {
        side.root
            .as_ref()
            .map(element_label)
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
        "<p>Stamminformationen: <code>{}</code> {} (XDatenfelder {})<br>Referenzinformationen: <code>{}</code> {} (XDatenfelder {})</p>",
        esc(&r.baseline.file),
        esc(&root(&r.baseline)),
        esc(&r.baseline.xdf_version),
        esc(&r.reference.file),
        esc(&root(&r.reference)),
        esc(&r.reference.xdf_version)
    );
    let _ = writeln!(s, "<h2>Reifegrad</h2><div class=\"mats\">");
    for (title, m) in maturities(r) {
        let caps: Vec<String> = m.caps.iter().map(|c| esc(&c.reason)).collect();
        let _ = writeln!(
            s,
            "<span class=\"mat\">{title}<br><b>{}</b><br><span class=\"small\">{}</span><br><span class=\"small\">Annahme: {}</span></span>",
            esc(&m.label),
            if caps.is_empty() {
                "kein erkanntes Hemmnis begrenzt die Stufe".to_owned()
            } else {
                caps.join("<br>")
            },
            esc(&m.assumption)
        );
    }
    let _ = writeln!(s, "</div>");
    let _ = writeln!(s, "<h2>Gegenüberstellung</h2>");
    let _ = writeln!(
        s,
        "<table><tr><th>Stamminformationen</th><th>Referenzinformationen</th><th>Vergleich</th><th>Hemmnisse</th></tr>"
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
    }
    for (kind, list) in groups(r) {
        let _ = writeln!(s, "<h3>{} ({})</h3>", esc(kind.german()), list.len());
        let _ = writeln!(
            s,
            "<table><tr><th>Nr.</th><th>Art</th><th>Element</th><th>Rechtsbezug</th><th>Status</th><th>Änderung</th><th>Begründung</th><th>Konfidenz</th></tr>"
        );
        for &i in &list {
            let Some(b) = r.blockers.get(i) else { continue };
            let f = b.finding();
            let why: Vec<String> = [&b.baseline, &b.reference]
                .into_iter()
                .flatten()
                .map(|f| esc(&f.why))
                .collect();
            let _ = writeln!(
                s,
                "<tr id=\"h{}\"><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}{}<br><span class=\"small\">{}</span></td><td>{}<br>{}</td><td>{}</td></tr>",
                i + 1,
                i + 1,
                esc(&b.code),
                esc(b.kind.info().title),
                esc(&b.element_label()),
                esc(&f.map(|f| f.bezug.join("; ")).unwrap_or_default()),
                esc(b.status.german()),
                esc(b.change.kind.german()),
                esc(&norms_text(&b.change.norms)),
                esc(&b.change.reason),
                esc(&b.why),
                why.join("<br>"),
                esc(b.confidence.german())
            );
        }
        let _ = writeln!(s, "</table>");
    }
    let _ = writeln!(s, "<h2>Nachweise</h2>");
    for (title, items) in evidence_sides(r) {
        let _ = writeln!(s, "<h3>{title} ({})</h3>", items.len());
        if items.is_empty() {
            let _ = writeln!(s, "<p>Keine Nachweise verlangt.</p>");
            continue;
        }
        let _ = writeln!(
            s,
            "<table><tr><th>Element</th><th>Nachweis</th><th>Form</th><th>Register</th><th>Once-Only</th></tr>"
        );
        for e in items {
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&element_label(&e.element)),
                esc(&e.document),
                esc(e.form.german()),
                esc(&register_text(e)),
                once_only_text(e)
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
        NormEffect, APPLICANT_WORDS, MANUAL_TASK_TYPES, NORM_PATTERNS, OUTPUT_MARKERS,
        PROCESS_TEXT_PATTERNS, TEXT_PATTERNS,
    };
    use super::registers::REGISTERS;
    use super::text::{NEGATIONS, SUBORDINATORS};
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
        "| code | kind | title | caps at (input) | caps at (output) | legal anchors | remedy |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|");
    for k in CATALOGUE {
        let _ = writeln!(
            s,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            k.code,
            k.kind,
            k.title,
            k.caps_maturity_at,
            k.caps_output_at,
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
        "**Wording** (`wortlaut`): `name`, `bezeichnungEingabe/-Ausgabe`, \
         `hilfetextEingabe/-Ausgabe`, `beschreibung`, `definition` (schemas also \
         `bezeichnung`, `hilfetext`), split into sentences and clauses \
         (`fim_core::blockers::text`). Terms: `stem*` matches a word start, `~noun` a \
         compound head with an inflection ending, a plain word itself. A negation or \
         replacement word cancels its clause; in a main clause the whole sentence. A clause is \
         subordinate when it opens with one of: {}. Negation words: {}. `requires`: the \
         sentence must also contain one of the terms; `unless`: none of them; `except`: the \
         matched word must not start so; `then`: an inflected first word must be followed by \
         one of the terms. Media breaks and personal appearance are on the output side when \
         the sentence contains one of: {}.",
        SUBORDINATORS
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", "),
        NEGATIONS
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", "),
        OUTPUT_MARKERS
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| kind | phrase | confidence | requires | unless | except | then | side |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|");
    let list = |l: &[&str]| md_escape(&l.join(", "));
    for p in TEXT_PATTERNS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} | {} | {} | {} |",
            p.kind,
            p.phrase,
            p.confidence.german(),
            list(p.requires),
            list(p.unless),
            list(p.except),
            list(p.then),
            p.side.map_or("", |d| d.german())
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Evidence and registers** (`registerdaten`, kind `once-only`, confidence mittel): \
         every document or register-held fact an element the applicant fills (not \
         `label`/`hidden`/`locked`) asks for in `name`, `bezeichnungEingabe` or \
         `hilfetextEingabe` is an evidence item (`fim_core::blockers::evidence`): a file field \
         naming it (upload), a label that is the document or \"Angaben zu\", \"Existenz\", \
         \"Vorliegen einer\" it (details), \"ob eine … vorliegt\" or a yes/no field asking a \
         register fact (yes/no), a sentence demanding it (vorlegen, beifügen, einreichen, \
         hochladen, Nachweis). An item a register holds that is not prefilled \
         (`vorbefuellung` optional/verpflichtend) is a once-only candidate. The register \
         catalogue (`fim_core::blockers::registers`):"
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| register | holder | retrieval | documents | yes/no facts |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|");
    for r in REGISTERS {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            r.name,
            r.holder,
            r.retrieval.unwrap_or("–"),
            list(r.documents),
            list(r.facts)
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Legal references** (`rechtsbezug`): norms cited in the `bezug` of the element or \
         of its structure entry. A norm that imposes a blocker adds evidence; a norm that \
         already allows the digital path clears every finding of its kind on the element."
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| norm | effect | confidence | meaning |");
    let _ = writeln!(s, "|---|---|---|---|");
    for n in NORM_PATTERNS {
        let abs = n.absatz.map(|a| format!(" Abs. {a}")).unwrap_or_default();
        let effect = match n.effect {
            NormEffect::Indicates(k) => format!("imposes `{k}`"),
            NormEffect::Clears(k) => format!("clears `{k}`"),
        };
        let _ = writeln!(
            s,
            "| § {}{abs} {} | {effect} | {} | {} |",
            n.paragraph,
            n.law.join(" "),
            n.confidence.german(),
            n.meaning
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Kind of change** (`fim_core::blockers::change`): every blocker gets \
         `rechtsänderung` (a norm must change, named), `bereits-zulässig` (the law already \
         allows the digital path, norm named), `technisch` (a register retrieval or ePayment \
         must be built) or `organisatorisch` (the authority's practice)."
    );
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
         kind, is `resolved` (its `change` says what that takes); one whose matched \
         reference element shows the same kind `remains`; a reference finding without a \
         baseline partner is `reference-only`. Process findings pair through the process \
         diff's matching (steps by id, then by name within the lane; message flows by id, then \
         by name). The maturity estimate is an upper bound: it starts at level 4 and takes the \
         lowest cap of the blockers that apply (input side and once-only per kind, output side \
         at 3): the target counts `remains` and `reference-only` and assumes the changes of \
         the `resolved` ones, the estimate without changes counts all."
    );
    s
}
