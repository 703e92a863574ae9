//! Lint configuration: presets, selection, severity overrides, threshold.
//!
//! [`LintConfig`] is what a user writes (the `[lint]` table of `fim.toml`, or CLI flags);
//! [`LintConfig::resolve`] checks every code and gives a [`ResolvedConfig`] the engine uses.
//!
//! ```toml
//! [lint]
//! preset = "recommended"      # or "all"
//! select = []                 # when not empty: only these codes
//! extend-select = ["1136"]    # added to the preset
//! ignore = ["1102", "1103"]
//! min-severity = "warning"
//! [lint.severity]
//! "1101" = "error"
//! ```

use super::registry::{rule_by_code, RULES};
use super::RuleStatus;
use crate::diagnostic::Severity;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use thiserror::Error;

/// A named set of rules, defined as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// Every stable rule.
    #[default]
    Recommended,
    /// Every rule, preview included.
    All,
}

impl Preset {
    /// Parses `recommended` or `all`.
    pub fn parse(s: &str) -> Option<Preset> {
        match s {
            "recommended" => Some(Preset::Recommended),
            "all" => Some(Preset::All),
            _ => None,
        }
    }

    /// The codes this preset turns on, in table order.
    pub fn codes(self) -> Vec<&'static str> {
        RULES
            .iter()
            .filter(|r| match self {
                Preset::All => true,
                Preset::Recommended => r.status() == RuleStatus::Stable,
            })
            .map(|r| r.meta().code)
            .collect()
    }
}

/// A configuration as written by the user.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LintConfig {
    /// Base set of rules.
    #[serde(default)]
    pub preset: Preset,
    /// When not empty, exactly these codes (replaces the preset).
    #[serde(default)]
    pub select: Vec<String>,
    /// Codes added to the preset or selection.
    #[serde(default)]
    pub extend_select: Vec<String>,
    /// Codes turned off.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Severity per code (`info`, `warning`, `error`).
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    /// Findings below this severity are dropped.
    #[serde(default)]
    pub min_severity: Option<String>,
}

/// A problem in a configuration.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConfigError {
    /// A code or name no rule has.
    #[error("unbekannte Regel `{0}` (siehe `fim rules`)")]
    UnknownRule(String),
    /// A severity word that is not `info`, `warning` or `error`.
    #[error("unbekannter Schweregrad `{0}` (erlaubt: info, warning, error)")]
    UnknownSeverity(String),
}

/// A checked configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedConfig {
    enabled: BTreeSet<&'static str>,
    severity: BTreeMap<&'static str, Severity>,
    /// Findings below this severity are dropped.
    pub min_severity: Severity,
}

impl ResolvedConfig {
    /// Whether the rule with `code` runs.
    pub fn is_enabled(&self, code: &str) -> bool {
        self.enabled.contains(code)
    }

    /// The configured severity of `code`, if overridden.
    pub fn severity_of(&self, code: &str) -> Option<Severity> {
        self.severity.get(code).copied()
    }

    /// The enabled codes, sorted.
    pub fn enabled(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.enabled.iter().copied()
    }
}

/// Finds a rule by code or kebab-case name and returns its code.
fn code_of(s: &str) -> Result<&'static str, ConfigError> {
    let s = s.trim();
    rule_by_code(s)
        .or_else(|| super::registry::rule_by_name(s))
        .map(|r| r.meta().code)
        .ok_or_else(|| ConfigError::UnknownRule(s.to_owned()))
}

fn severity(s: &str) -> Result<Severity, ConfigError> {
    Severity::parse(s.trim()).ok_or_else(|| ConfigError::UnknownSeverity(s.to_owned()))
}

impl LintConfig {
    /// Checks codes and severities and computes the enabled set.
    pub fn resolve(&self) -> Result<ResolvedConfig, ConfigError> {
        let mut enabled: BTreeSet<&'static str> = if self.select.is_empty() {
            self.preset.codes().into_iter().collect()
        } else {
            self.select
                .iter()
                .map(|s| code_of(s))
                .collect::<Result<_, _>>()?
        };
        for s in &self.extend_select {
            enabled.insert(code_of(s)?);
        }
        for s in &self.ignore {
            enabled.remove(code_of(s)?);
        }
        let mut sev = BTreeMap::new();
        for (code, s) in &self.severity {
            sev.insert(code_of(code)?, severity(s)?);
        }
        let min_severity = match &self.min_severity {
            Some(s) => severity(s)?,
            None => Severity::Info,
        };
        Ok(ResolvedConfig {
            enabled,
            severity: sev,
            min_severity,
        })
    }

    /// Applies `other` on top of `self`: non-empty lists and set values of `other` win, maps
    /// are merged. Used to lay CLI flags over the config file.
    pub fn merged(mut self, other: LintConfig, other_sets_preset: bool) -> LintConfig {
        if other_sets_preset {
            self.preset = other.preset;
        }
        if !other.select.is_empty() {
            self.select = other.select;
        }
        self.extend_select.extend(other.extend_select);
        self.ignore.extend(other.ignore);
        self.severity.extend(other.severity);
        if other.min_severity.is_some() {
            self.min_severity = other.min_severity;
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_preset_names_every_rule() {
        let all = Preset::All.codes();
        assert_eq!(all.len(), RULES.len());
        for r in RULES {
            assert!(
                all.contains(&r.meta().code),
                "{} missing from `all`",
                r.meta().code
            );
        }
        let rec = Preset::Recommended.codes();
        assert!(rec.iter().all(|c| all.contains(c)));
        assert!(!rec.is_empty());
    }

    #[test]
    fn select_ignore_and_severity() {
        let c = LintConfig {
            select: vec!["1002".into(), "name-missing".into(), "1006".into()],
            ignore: vec!["1006".into()],
            severity: [("1002".to_owned(), "warning".to_owned())]
                .into_iter()
                .collect(),
            min_severity: Some("warning".into()),
            ..LintConfig::default()
        }
        .resolve()
        .expect("valid config");
        assert_eq!(c.enabled().collect::<Vec<_>>(), vec!["1002"]);
        assert_eq!(c.severity_of("1002"), Some(Severity::Warning));
        assert_eq!(c.min_severity, Severity::Warning);
    }

    #[test]
    fn unknown_codes_and_severities_are_errors() {
        let bad = LintConfig {
            ignore: vec!["9999".into()],
            ..LintConfig::default()
        };
        assert_eq!(bad.resolve(), Err(ConfigError::UnknownRule("9999".into())));
        let bad = LintConfig {
            min_severity: Some("loud".into()),
            ..LintConfig::default()
        };
        assert!(matches!(
            bad.resolve(),
            Err(ConfigError::UnknownSeverity(_))
        ));
    }
}
