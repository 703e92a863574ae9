//! Fuzzes `fim_xml::genericode::read`: any UTF-8 input must give `Ok` or `Err`, never a
//! panic; a list that reads must answer lookups and carry spans inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let len = u32::try_from(src.len()).unwrap_or(u32::MAX);
    match fim_xml::genericode::read(src) {
        Ok(list) => {
            for row in &list.rows {
                assert!(row.span.start <= row.span.end && row.span.end <= len);
            }
            if let Some(code) = list.codes().next() {
                std::hint::black_box(list.contains(code));
                std::hint::black_box(list.label(code));
            }
        }
        Err(err) => {
            assert!(err.position.line >= 1 && err.position.column >= 1);
            assert!(err.offset <= len, "error offset {} > {len}", err.offset);
            std::hint::black_box(err.to_string());
        }
    }
});
