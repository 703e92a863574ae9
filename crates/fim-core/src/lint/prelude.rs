//! What a QS rule file imports, in one glob: the model and its codes, the diagnostic, the
//! rule declaration macros and contract, the walk's `Visit` and the shared helpers. A rule
//! file writes `use crate::lint::prelude::*;` and uses what it needs; no rule file switches a
//! warning off for its imports.

pub(crate) use crate::codes::*;
pub(crate) use crate::diagnostic::Diagnostic;
pub(crate) use crate::lint::util::*;
pub(crate) use crate::lint::{declare_rule, rule_meta, LintContext, QsRule};
pub(crate) use crate::model::*;
pub(crate) use crate::walk::Visit;
