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
