//! Rule documentation generated from the rules' doc comments: one Markdown page per rule
//! (`docs/rules/<code>.md`, `fim rule <code>`) and an index (`docs/rules/README.md`,
//! `fim rules`). A test in `fim-cli` fails when the checked-in pages are stale.

use super::registry::{OUT_OF_SCOPE, RULES};
use super::{QsRule, RuleStatus};
use std::fmt::Write as _;

/// The doc comment of a rule as Markdown (the leading space of each `///` line removed).
pub fn markdown_body(docs: &str) -> String {
    let mut s = String::new();
    for line in docs.lines() {
        s.push_str(line.strip_prefix(' ').unwrap_or(line));
        s.push('\n');
    }
    s
}

/// The full page of one rule: title, facts table, then its documentation.
pub fn rule_page(rule: &dyn QsRule) -> String {
    let m = rule.meta();
    let versions: Vec<&str> = rule.versions().iter().map(|v| v.as_str()).collect();
    let mut s = String::new();
    let _ = writeln!(s, "# {} `{}`\n", m.code, m.name);
    let _ = writeln!(s, "> {}\n", m.summary);
    let _ = writeln!(s, "| | |\n|---|---|");
    let _ = writeln!(s, "| Code | {} |", m.code);
    let _ = writeln!(s, "| Kategorie | {} |", m.category.as_str());
    let _ = writeln!(s, "| Standard-Schweregrad | {} |", m.default_severity());
    let _ = writeln!(s, "| XDatenfelder | {} |", versions.join(", "));
    let status = match rule.status() {
        RuleStatus::Stable => "stable (recommended)",
        RuleStatus::Preview => "preview (only in `all`)",
    };
    let _ = writeln!(s, "| Status | {status} |\n");
    s.push_str(&markdown_body(m.docs));
    s
}

/// The index of all rules and of the codes left out.
pub fn index_page() -> String {
    let mut s = String::from(
        "# QS rules of `fim lint`\n\nGenerated from the rules' doc comments \
         (`cargo test -p fim-cli --test rule_docs` with `UPDATE_RULE_DOCS=1` rewrites it).\n\n\
         | Code | Name | Kategorie | XDF | Zusammenfassung |\n|---|---|---|---|---|\n",
    );
    for r in RULES {
        let m = r.meta();
        let versions: Vec<&str> = r.versions().iter().map(|v| v.as_str()).collect();
        let _ = writeln!(
            s,
            "| [{}]({}.md) | `{}` | {} | {} | {} |",
            m.code,
            m.code,
            m.name,
            m.category.as_str(),
            versions.join(", "),
            m.summary
        );
    }
    s.push_str("\n## Not implemented\n\nActive QS codes this linter does not check, and why.\n\n| Code | Reason |\n|---|---|\n");
    for o in OUT_OF_SCOPE {
        let _ = writeln!(s, "| {} | {} |", o.code, o.reason);
    }
    s
}

/// A short listing for the terminal: code, category, name, summary.
pub fn listing() -> String {
    let mut s = String::new();
    for r in RULES {
        let m = r.meta();
        let _ = writeln!(
            s,
            "{}  {:<16}  {:<44}  {}",
            m.code,
            m.category.as_str(),
            m.name,
            m.summary
        );
    }
    s
}
