//! The QS linter: the FIM quality rules for data fields (codes 1001-1144) on the model.
//!
//! A rule is a pure function of the model (plus an optional [`CodeListLookup`]) that pushes
//! [`Diagnostic`]s. Every rule lives in its own file under `rules/`, declares its official QS
//! code, a kebab-case name, its category, the XDatenfelder versions it applies to and its
//! documentation (the doc comment). [`registry::RULES`] is the one table of all rules.
//!
//! [`lint`] walks the structure once and offers every element to every selected rule
//! (rules are visitors); rules that need the whole message at once run after the walk.
//!
//! ```
//! use fim_core::lint::{lint, LintContext, LintConfig};
//! use fim_core::model::*;
//! let group = Content::Group(Box::default());
//! let msg = Message::new(XdfVersion::V3, MessageKind::Datenfeldgruppe, Header::default(), group);
//! let found = lint(&LintContext::new(&msg), &LintConfig::default().resolve().unwrap());
//! // An empty group without id and name breaks several rules, among them 1002 and 1023.
//! assert!(found.iter().any(|d| d.code == "1002"));
//! assert!(found.iter().any(|d| d.code == "1023"));
//! ```

pub mod config;
pub mod docs;
pub(crate) mod prelude;
pub mod registry;
pub mod rules;
#[cfg(test)]
mod testing;
pub mod util;

pub use config::{ConfigError, LintConfig, Preset, ResolvedConfig};
pub use registry::{rule_by_code, rule_by_name, OutOfScope, OUT_OF_SCOPE, RULES};

use crate::diagnostic::{Diagnostic, ElementKey, RuleMeta};
use crate::model::{ElementRef, Message, XdfVersion};
use crate::walk::{walk, Visit};
use std::collections::{HashMap, HashSet};

/// Where local code lists come from: a map from (URN, version) to the list's codes.
///
/// The CLI fills it from `--codelists DIR` (genericode files); tests build lists in code.
/// Rules that need a code list skip the check when the lookup has no entry for it.
pub trait CodeListLookup: Sync {
    /// The codes (key column values) of the list `uri` in `version`. With `version` `None`,
    /// any version the lookup holds (the newest it knows).
    fn codes(&self, uri: &str, version: Option<&str>) -> Option<&[String]>;
}

/// A simple in-memory [`CodeListLookup`].
#[derive(Debug, Clone, Default)]
pub struct CodeListMap {
    lists: HashMap<(String, String), Vec<String>>,
    latest: HashMap<String, String>,
}

impl CodeListMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the codes of list `uri` in `version`. Later versions (by string order) become the
    /// answer for lookups without version.
    pub fn insert(
        &mut self,
        uri: impl Into<String>,
        version: impl Into<String>,
        codes: Vec<String>,
    ) {
        let (uri, version) = (uri.into(), version.into());
        let newer = self
            .latest
            .get(&uri)
            .is_none_or(|known| known.as_str() < version.as_str());
        if newer {
            self.latest.insert(uri.clone(), version.clone());
        }
        self.lists.insert((uri, version), codes);
    }

    /// Number of lists held.
    pub fn len(&self) -> usize {
        self.lists.len()
    }

    /// Whether no list is held.
    pub fn is_empty(&self) -> bool {
        self.lists.is_empty()
    }
}

impl From<&crate::codelist::CodeLists> for CodeListMap {
    /// The codes of every genericode list of the set, under its URN and version (lists
    /// without version under the empty version).
    fn from(set: &crate::codelist::CodeLists) -> Self {
        let mut map = CodeListMap::new();
        for list in set.iter() {
            map.insert(
                list.canonical_uri.clone(),
                list.version.clone().unwrap_or_default(),
                list.codes().map(str::to_owned).collect(),
            );
        }
        map
    }
}

impl CodeListLookup for CodeListMap {
    fn codes(&self, uri: &str, version: Option<&str>) -> Option<&[String]> {
        let version = match version {
            Some(v) => v.to_owned(),
            None => self.latest.get(uri)?.clone(),
        };
        self.lists
            .get(&(uri.to_owned(), version))
            .map(Vec::as_slice)
    }
}

/// What the rules look at: one message and the optional local code lists.
#[derive(Clone, Copy)]
pub struct LintContext<'a> {
    /// The message under test.
    pub message: &'a Message,
    /// Local code lists, if the caller has any.
    pub codelists: Option<&'a dyn CodeListLookup>,
}

impl std::fmt::Debug for LintContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LintContext")
            .field("message", &self.message.kind)
            .field("codelists", &self.codelists.is_some())
            .finish()
    }
}

impl<'a> LintContext<'a> {
    /// A context without code lists.
    pub fn new(message: &'a Message) -> Self {
        LintContext {
            message,
            codelists: None,
        }
    }

    /// Sets the code-list lookup.
    pub fn with_codelists(mut self, codelists: &'a dyn CodeListLookup) -> Self {
        self.codelists = Some(codelists);
        self
    }

    /// The XDatenfelder version of the message.
    pub fn version(&self) -> XdfVersion {
        self.message.version
    }

    /// Whether `element` is the message's top object.
    pub fn is_root(&self, element: ElementRef<'_>) -> bool {
        self.message
            .root()
            .is_some_and(|r| std::ptr::eq(r.angaben(), element.angaben()))
    }
}

/// How stable a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleStatus {
    /// Matches the QS reference; on in the `recommended` preset.
    Stable,
    /// Implemented, but deliberately off in `recommended` (noisy or judgement-based).
    Preview,
}

/// A QS rule: the shared [`RuleMeta`] plus the versions it applies to and its checks.
///
/// Both checks default to doing nothing: a rule implements the one it needs.
pub trait QsRule: Send + Sync {
    /// Code, name, category, summary and docs.
    fn meta(&self) -> &'static RuleMeta;
    /// The XDatenfelder versions the rule applies to.
    fn versions(&self) -> &'static [XdfVersion];
    /// Stable or preview.
    fn status(&self) -> RuleStatus {
        RuleStatus::Stable
    }
    /// Called for every element of the structure walk (root, groups, fields, rules).
    fn check_element(&self, _cx: &LintContext<'_>, _visit: &Visit<'_>, _out: &mut Vec<Diagnostic>) {
    }
    /// Called once per message, after the walk.
    fn check_message(&self, _cx: &LintContext<'_>, _out: &mut Vec<Diagnostic>) {}
}

impl<'a, T: QsRule> crate::diagnostic::Rule<LintContext<'a>> for T {
    fn meta(&self) -> &'static RuleMeta {
        QsRule::meta(self)
    }

    fn check(&self, subject: &LintContext<'a>, out: &mut Vec<Diagnostic>) {
        let rules: [&dyn QsRule; 1] = [self];
        out.extend(run_rules(subject, &rules));
    }
}

/// Declares a rule's unit struct with its doc comment and its `META` and `VERSIONS`.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $kebab:literal,
            category: $cat:ident,
            versions: [$($v:ident),*],
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, Default)]
        pub struct $name;

        impl $name {
            /// The rule's static description.
            pub const META: $crate::diagnostic::RuleMeta = $crate::diagnostic::RuleMeta {
                code: $code,
                name: $kebab,
                category: $crate::diagnostic::Category::$cat,
                summary: $summary,
                docs: concat!($($doc, "\n"),*),
            };
            /// The XDatenfelder versions the rule applies to.
            pub const VERSIONS: &'static [$crate::model::XdfVersion] =
                &[$($crate::model::XdfVersion::$v),*];
        }
    };
}
pub(crate) use declare_rule;

/// Expands to the `meta` and `versions` methods of a [`QsRule`] impl.
macro_rules! rule_meta {
    () => {
        fn meta(&self) -> &'static $crate::diagnostic::RuleMeta {
            &Self::META
        }
        fn versions(&self) -> &'static [$crate::model::XdfVersion] {
            Self::VERSIONS
        }
    };
}
pub(crate) use rule_meta;

/// Lints one message with a resolved configuration: selection, severities, threshold.
///
/// Diagnostics come sorted by span start, then code; a finding about the same element
/// reached twice (inline copies of one group) is reported once.
pub fn lint(cx: &LintContext<'_>, config: &ResolvedConfig) -> Vec<Diagnostic> {
    let rules: Vec<&dyn QsRule> = RULES
        .iter()
        .copied()
        .filter(|r| config.is_enabled(r.meta().code))
        .collect();
    let mut out = run_rules(cx, &rules);
    for d in &mut out {
        if let Some(s) = config.severity_of(&d.code) {
            d.severity = s;
        }
    }
    out.retain(|d| d.severity >= config.min_severity);
    out
}

/// Runs `rules` (those that apply to the message's version) over `cx`: one walk, then the
/// message-level checks; fills in element paths, removes repeats, sorts.
pub fn run_rules(cx: &LintContext<'_>, rules: &[&dyn QsRule]) -> Vec<Diagnostic> {
    let version = cx.version();
    let rules: Vec<&dyn QsRule> = rules
        .iter()
        .copied()
        .filter(|r| r.versions().contains(&version))
        .collect();
    let mut out = Vec::new();
    if let Some(root) = cx.message.root() {
        // Keys of the current ancestors with their depth, for `Location::path`.
        let mut stack: Vec<(usize, ElementKey)> = Vec::new();
        walk(root, |visit| {
            while stack.last().is_some_and(|(d, _)| *d >= visit.depth) {
                stack.pop();
            }
            let first = out.len();
            for rule in &rules {
                rule.check_element(cx, visit, &mut out);
            }
            let own = util::key_of(visit.element.angaben());
            if out.len() > first {
                let mut path: Vec<ElementKey> = stack.iter().map(|(_, k)| k.clone()).collect();
                if let Some(k) = &own {
                    path.push(k.clone());
                }
                for d in &mut out[first..] {
                    if d.location.path.is_empty() {
                        d.location.path.clone_from(&path);
                    }
                }
            }
            if !matches!(visit.element, ElementRef::Rule(_)) {
                if let Some(k) = own {
                    stack.push((visit.depth, k));
                }
            }
        });
    }
    for rule in &rules {
        rule.check_message(cx, &mut out);
    }
    dedup(&mut out);
    out.sort_by(|a, b| {
        (a.location.span.start, &a.code, &a.location.element).cmp(&(
            b.location.span.start,
            &b.code,
            &b.location.element,
        ))
    });
    out
}

/// Drops repeats of a finding about the same element with the same message (inline copies of
/// an element are visited once per copy). Findings about elements without id are kept.
fn dedup(out: &mut Vec<Diagnostic>) {
    let mut seen: HashSet<(String, ElementKey, String)> = HashSet::new();
    out.retain(|d| match &d.location.element {
        Some(k) if !k.id.is_empty() => {
            seen.insert((d.code.to_string(), k.clone(), d.message.clone()))
        }
        _ => true,
    });
}
