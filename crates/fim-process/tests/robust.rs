//! No input panics: mutated BPMN text (bytes cut, tags dropped, references scrambled) goes
//! through the reader and, when it reads, through lint, soundness, metrics and rendering.

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

use fim_process::analysis::{metrics, soundness};
use proptest::prelude::*;

const BASE: &str = include_str!("../../../fixtures/bpmn/process/antrag.bpmn");
const SOUND: &str = include_str!("../../../fixtures/bpmn/soundness/sound_loops.bpmn");

fn everything(text: &str) {
    if let Ok(doc) = fim_process::read(text) {
        let d = &doc.definitions;
        let _ = fim_process::lint::lint(d, None);
        let _ = soundness::diagnostics(
            d,
            &soundness::Options {
                max_states: 2_000,
                ..Default::default()
            },
        );
        let _ = metrics::metrics(d);
        let _ = fim_process::render::dot(d);
        let _ = fim_process::render::mermaid(d);
        let _ = fim_process::render::svg(d);
    }
    let _ = fim_process::read_xprozess(text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn cut_text_never_panics(base in prop::sample::select(vec![BASE, SOUND]), a in 0usize..4000, b in 0usize..4000) {
        let (a, b) = (a.min(base.len()), b.min(base.len()));
        let (a, b) = (a.min(b), a.max(b));
        if base.is_char_boundary(a) && base.is_char_boundary(b) {
            let text = format!("{}{}", &base[..a], &base[b..]);
            everything(&text);
        }
    }

    #[test]
    fn scrambled_references_never_panic(base in prop::sample::select(vec![BASE, SOUND]), pairs in prop::collection::vec(("[a-z]{1,2}", "[a-z]{1,2}"), 1..6)) {
        let mut text = base.to_owned();
        for (from, to) in pairs {
            text = text.replace(&format!("\"{from}\""), &format!("\"{to}\""));
        }
        everything(&text);
    }
}
