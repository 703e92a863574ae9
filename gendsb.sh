# file struct code name cat versions summary docs cond msg help test_mutation
gend() {
cat > $1.rs <<EOF
#[allow(unused_imports)]
use crate::codes::*;
use crate::diagnostic::Diagnostic;
#[allow(unused_imports)]
use crate::lint::util::*;
use crate::lint::{declare_rule, rule_meta, LintContext, QsRule};
use crate::model::*;

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
    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else { return };
        let a = &d.angaben;
$9
        out.push(
            diag(&Self::META, a, d.span, ${10})
                .with_help(${11})
                .with_path(key_of(a).into_iter().collect()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let ok = good_dokumentsteckbrief();
        let mut bad = ok.clone();
        ${12}
        let msg = |d: Dokumentsteckbrief| message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)));
        let mut m = msg(bad);
        m.version = XdfVersion::$(echo $6 | cut -d, -f1);
        assert_eq!(run(&$2, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::$(echo $6 | cut -d, -f1);
        assert!(run(&$2, &m).is_empty());
    }
}
EOF
}
