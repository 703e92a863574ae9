//! Fuzzes `fim_xml::read`: any UTF-8 input must give `Ok` or `Err`, never a panic, and
//! everything the reader returns must be usable (walk, serialise, positions).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let len = u32::try_from(src.len()).unwrap_or(u32::MAX);
    match fim_xml::read(src) {
        Ok(doc) => {
            if let Some(root) = doc.message.root() {
                let counts = fim_core::walk::counts(root);
                std::hint::black_box(counts);
                let span = root.span();
                assert!(
                    span.start <= span.end && span.end <= len,
                    "root span {span:?}"
                );
            }
            let json = serde_json::to_string(&doc.message).expect("message serialises");
            std::hint::black_box(json);
            for d in &doc.diagnostics {
                assert!(
                    d.span.start <= d.span.end && d.span.end <= len,
                    "diagnostic span {:?} outside input of {len} bytes",
                    d.span
                );
                let pos = doc.lines.position(src, d.span.start);
                assert!(pos.line >= 1 && pos.column >= 1);
                std::hint::black_box(d.to_string());
            }
        }
        Err(err) => {
            assert!(err.position.line >= 1 && err.position.column >= 1);
            assert!(err.offset <= len, "error offset {} > {len}", err.offset);
            std::hint::black_box(err.to_string());
        }
    }
});
