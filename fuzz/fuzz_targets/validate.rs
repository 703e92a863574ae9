//! Fuzzes the submission validator (`fim_core::form::Validator`) as `fim validate` calls
//! it: a fixed schema (`fixtures/form/antrag_v3.xml` with its code list) and the fuzz input
//! as the JSON submission. Must never panic, and `is_valid` must agree with `validate`.
#![no_main]

use fim_core::codelist::CodeLists;
use fim_core::form::{Form, FormOptions, Validator};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const SCHEMA: &str = include_str!("../../fixtures/form/antrag_v3.xml");
const FARBE: &str = include_str!("../../fixtures/form/codelisten/farbe.xml");

fn form() -> &'static Form {
    static FORM: OnceLock<Form> = OnceLock::new();
    FORM.get_or_init(|| {
        let doc = fim_xml::read(SCHEMA).expect("fixture schema reads");
        let list = fim_xml::genericode::read(FARBE).expect("fixture code list reads");
        let mut lists = CodeLists::default();
        lists.insert(list);
        let root = doc.message.root().expect("fixture has a root");
        Form::new(
            root,
            FormOptions {
                codelists: Some(&lists),
            },
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let v = Validator::new(form());
    let errors = v.validate(&value);
    assert_eq!(errors.is_empty(), v.is_valid(&value));
    for e in &errors {
        std::hint::black_box(e.to_string());
    }
});
