//! Inputs that once crashed the reader (found by fuzzing and the no-panic tests). Each must
//! come back as `Ok` or `Err`.

use fim_xml::read;

const V2: &str = "urn:xoev-de:fim:standard:xdatenfelder_2";
const V3: &str = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";

/// Runs `f` on a thread with a 2 MiB stack: the default of `std::thread::spawn` (and of the
/// test harness), so the result does not depend on `RUST_MIN_STACK` or the main thread.
fn on_default_thread_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap_or_else(|e| panic!("spawn: {e}"))
        .join()
        .unwrap_or_else(|_| panic!("reader panicked"));
}

/// A well-formed schema whose structure nests `levels` groups, each in
/// `struktur/enthaelt/datenfeldgruppe`: three element levels per group.
fn nested_groups(ns: &str, levels: usize) -> String {
    let mut src = format!(
        "<x:xdatenfelder.stammdatenschema.0102 xmlns:x=\"{ns}\"><x:header><x:nachrichtID>1</x:nachrichtID></x:header><x:stammdatenschema><x:identifikation><x:id>S00000000001</x:id></x:identifikation><x:name>s</x:name>"
    );
    for i in 0..levels {
        src.push_str(&format!(
            "<x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeldgruppe><x:identifikation><x:id>G{i:011}</x:id></x:identifikation><x:name>g</x:name>"
        ));
    }
    for _ in 0..levels {
        src.push_str("</x:datenfeldgruppe></x:enthaelt></x:struktur>");
    }
    src.push_str("</x:stammdatenschema></x:xdatenfelder.stammdatenschema.0102>");
    src
}

/// Stack overflow (SIGABRT, not a panic) in debug builds: nesting groups up to the then
/// default `max_depth` of 256 element levels recursed `group -> struktur -> enthaelt -> group`
/// (through `Reader::children` and three closures) at about 25 KB of stack per group level
/// in a debug build, so 84 levels need about 2.1 MB and overflow a 2 MiB thread stack.
/// Found by `tests/no_panic.rs`; the input is well-formed. Fixed by lowering the default
/// `max_depth` to 128 (41 group levels, far above real schemas).
#[test]
fn nested_groups_up_to_max_depth_do_not_overflow_the_stack() {
    for ns in [V2, V3] {
        // 2 + 3 * 41 = 125 element levels: just under the limit, so the reader descends all
        // the way instead of refusing the input.
        let src = nested_groups(ns, 41);
        on_default_thread_stack(move || {
            let doc = read(&src);
            assert!(doc.is_ok(), "{:?}", doc.err());
        });
        // Unclosed and over the limit: must fail with an error, not overflow first.
        let src = nested_groups(ns, 200);
        let cut = src.find("</x:datenfeldgruppe>").unwrap_or(src.len());
        let src = src[..cut].to_owned();
        on_default_thread_stack(move || {
            assert!(read(&src).is_err());
        });
    }
}

/// Quadratic time on many namespace declarations (found by `tests/no_panic.rs`): each
/// declaration was searched for in the rest of the input. Now linear, and the number of
/// declarations in scope is capped.
#[test]
fn many_namespace_declarations_are_refused_quickly() {
    let decls: String = (0..20_000)
        .map(|i| format!(" xmlns:p{i}=\"urn:n:{i}\""))
        .collect();
    let src = format!("<x:xdatenfelder.datenfeld.0104 xmlns:x=\"{V3}\"{decls}/>");
    let e = read(&src).expect_err("too many namespaces");
    assert!(
        matches!(e.kind, fim_xml::ReadErrorKind::TooManyNamespaces(_)),
        "{e:?}"
    );
}

/// The crash inputs kept under `fuzz/regressions/<target>/` (every file but `README.md`),
/// sorted by name; none is fine.
fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions")
        .join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<(String, Vec<u8>)> = entries
        .map(|e| {
            e.unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .path()
        })
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), bytes)
        })
        .collect();
    files.sort();
    files
}

/// Replays every kept crash input of the `read` and `genericode` fuzz targets through the
/// matching reader, on a default-sized thread stack: each must give `Ok` or `Err`.
#[test]
fn fuzz_regression_files_replay_without_panic() {
    for (name, bytes) in regressions("read") {
        let Ok(src) = String::from_utf8(bytes) else {
            continue;
        };
        eprintln!("read: {name}");
        on_default_thread_stack(move || {
            let _ = read(&src);
        });
    }
    for (name, bytes) in regressions("genericode") {
        let Ok(src) = String::from_utf8(bytes) else {
            continue;
        };
        eprintln!("genericode: {name}");
        on_default_thread_stack(move || {
            let _ = fim_xml::genericode::read(&src);
        });
    }
}

/// Replays every kept crash input of the `validate` fuzz target: the JSON submission against
/// the target's fixed schema and code list.
#[test]
fn validate_fuzz_regression_files_replay_without_panic() {
    use fim_core::form::{Form, FormOptions, Validator};
    let files = regressions("validate");
    if files.is_empty() {
        return;
    }
    let schema = include_str!("../../../fixtures/form/antrag_v3.xml");
    let farbe = include_str!("../../../fixtures/form/codelisten/farbe.xml");
    let doc = read(schema).unwrap_or_else(|e| panic!("fixture: {e}"));
    let mut lists = fim_core::codelist::CodeLists::default();
    lists.insert(fim_xml::genericode::read(farbe).unwrap_or_else(|e| panic!("fixture: {e}")));
    let root = doc
        .message
        .root()
        .unwrap_or_else(|| panic!("fixture has no root"));
    let form = Form::new(
        root,
        FormOptions {
            codelists: Some(&lists),
        },
    );
    for (name, bytes) in files {
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
            continue;
        };
        eprintln!("validate: {name}");
        let v = Validator::new(&form);
        assert_eq!(v.validate(&value).is_empty(), v.is_valid(&value), "{name}");
    }
}
