# usage: genv file struct code name cat versions summary docs body tests
genv() {
cat > $1.rs <<EOF
#[allow(unused_imports)]
use crate::codes::*;
use crate::diagnostic::Diagnostic;
#[allow(unused_imports)]
use crate::lint::util::*;
use crate::lint::{declare_rule, rule_meta, LintContext, QsRule};
#[allow(unused_imports)]
use crate::model::*;
use crate::walk::Visit;

declare_rule! {
$8
    pub struct $2 {
        code: "$3",
        name: "$4",
        category: $5,
        versions: [$6],
        summary: "$7",
    }
}

impl QsRule for $2 {
    rule_meta!();

    #[allow(unused_variables)]
    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
$9
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
${10}
    }
}
EOF
}
