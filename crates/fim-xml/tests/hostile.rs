//! Hostile input (issue 13) for the XDatenfelder and genericode readers: generated inputs,
//! each test asserting a German refusal with the right line and column, or a bounded result,
//! within a (generous, debug-build) time bound.

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

use fim_xml::{genericode, read, DiagnosticKind, ReadError, ReadErrorKind};
use std::time::{Duration, Instant};

const V3: &str = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";
const GC: &str = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

fn field_message(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:xdatenfelder.datenfeld.0104 xmlns:x=\"{V3}\">\n  <x:header><x:nachrichtID>1</x:nachrichtID></x:header>\n  <x:datenfeld>\n    <x:identifikation><x:id>F60000000001</x:id><x:version>1.0.0</x:version></x:identifikation>\n    {body}\n  </x:datenfeld>\n</x:xdatenfelder.datenfeld.0104>"
    )
}

fn code_list(rows: &str) -> String {
    format!(
        "<gc:CodeList xmlns:gc=\"{GC}\">\n<Identification><ShortName>x</ShortName><Version>1</Version><CanonicalUri>urn:x</CanonicalUri></Identification>\n<ColumnSet><Column Id=\"code\" Use=\"required\"><ShortName>Code</ShortName><Data Type=\"string\"/></Column><Key Id=\"k\"><ShortName>K</ShortName><ColumnRef Ref=\"code\"/></Key></ColumnSet>\n<SimpleCodeList>\n{rows}\n</SimpleCodeList>\n</gc:CodeList>"
    )
}

/// Line and column (1-based, columns in characters) of byte `offset`, counted naively.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = 1 + before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line as u32, 1 + before[start..].chars().count() as u32)
}

fn timed<T>(limit: Duration, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    assert!(took < limit, "took {took:?}, bound {limit:?}");
    out
}

fn assert_forbidden(e: &ReadError, src: &str, c: char) {
    let at = src.find(c).unwrap_or_else(|| panic!("{c:?} not in input"));
    assert_eq!(e.kind, ReadErrorKind::ForbiddenChar(u32::from(c)), "{e}");
    assert_eq!(e.offset as usize, at, "{e}");
    let (line, column) = line_col(src, at);
    assert_eq!((e.position.line, e.position.column), (line, column), "{e}");
    assert!(
        e.to_string().ends_with(&format!(
            "das Zeichen U+{:04X} ist in XML 1.0 nicht erlaubt",
            u32::from(c)
        )),
        "{e}"
    );
}

/// Item 11: NUL (and the other characters XML 1.0 forbids) in an XDatenfelder text or
/// attribute was read silently, and `fmt` wrote U+FFFD. Now refused with its position.
#[test]
fn forbidden_characters_in_xdatenfelder_are_refused() {
    for c in ['\u{0}', '\u{8}', '\u{B}', '\u{1B}', '\u{FFFE}', '\u{FFFF}'] {
        let text = field_message(&format!("<x:name>Größe{c}Gewicht</x:name>"));
        let e = read(&text).unwrap_err();
        assert_forbidden(&e, &text, c);
        let attr = field_message(&format!(
            "<x:praezisierung minLength=\"1{c}\">x</x:praezisierung><x:name>n</x:name>"
        ));
        let e = read(&attr).unwrap_err();
        assert_forbidden(&e, &attr, c);
        // In a comment too: XML forbids them everywhere.
        let comment = field_message(&format!("<!-- ä{c} --><x:name>n</x:name>"));
        assert_forbidden(&read(&comment).unwrap_err(), &comment, c);
    }
    // Tab, LF, CR and everything else stay allowed.
    let ok = field_message("<x:name>a\tb\r\nc\u{7F}\u{85}\u{FFFD}\u{10FFFF}</x:name>");
    assert!(read(&ok).is_ok());
}

/// Item 11 for genericode: the same refusal in code values and attributes.
#[test]
fn forbidden_characters_in_genericode_are_refused() {
    for c in ['\u{0}', '\u{1F}', '\u{FFFF}'] {
        let text = code_list(&format!(
            "<Row><Value ColumnRef=\"code\"><SimpleValue>a{c}</SimpleValue></Value></Row>"
        ));
        assert_forbidden(&genericode::read(&text).unwrap_err(), &text, c);
        let attr = code_list(&format!(
            "<Row><Value ColumnRef=\"co{c}de\"><SimpleValue>a</SimpleValue></Value></Row>"
        ));
        assert_forbidden(&genericode::read(&attr).unwrap_err(), &attr, c);
    }
}

/// Item 11, bounded: the scan is one linear pass; a 20 MB input with the NUL at its end is
/// refused in bounded time.
#[test]
fn forbidden_character_scan_is_linear() {
    let rows: String = (0..200_000)
        .map(|i| format!("<Row><Value><SimpleValue>Wert {i} ä</SimpleValue></Value></Row>\n"))
        .collect();
    let text = code_list(&format!(
        "{rows}<Row><Value><SimpleValue>\u{0}</SimpleValue></Value></Row>"
    ));
    let e = timed(Duration::from_secs(5), || {
        genericode::read(&text).unwrap_err()
    });
    assert_forbidden(&e, &text, '\u{0}');
}

/// Item 6: 100,000 unknown elements on one line gave 100,000 diagnostics whose positions
/// each re-counted the line from its start (quadratic). Now each lookup is a binary search
/// plus a bounded count.
#[test]
fn positions_of_many_diagnostics_on_one_line_are_fast() {
    let n = 100_000;
    let unknown: String = (0..n).map(|_| "<x:unbekannt>ü</x:unbekannt>").collect();
    let text = field_message(&format!("<x:name>n</x:name>{unknown}"));
    let (count, last, at) = timed(Duration::from_secs(20), || {
        let doc = read(&text).unwrap();
        let positions: Vec<_> = doc
            .diagnostics
            .iter()
            .filter(|d| matches!(d.kind, DiagnosticKind::UnexpectedElement { .. }))
            .map(|d| (doc.lines.position(&text, d.span.start), d.span.start))
            .collect();
        let (last, at) = *positions.last().unwrap();
        (positions.len(), last, at)
    });
    assert_eq!(count, n);
    assert_eq!((last.line, last.column), line_col(&text, at as usize));
}

/// Item 15 (the XDatenfelder half): CR-only line ends put every position on line 1.
#[test]
fn cr_only_line_ends_give_real_lines() {
    let text =
        field_message("<x:name>n</x:name><x:bezeichnungEingabe>a</x:falsch>").replace('\n', "\r");
    let e = read(&text).unwrap_err();
    assert_eq!(e.position.line, 6, "{e}");
    let lf = field_message("<x:name>n</x:name><x:unbekannt/>");
    let text = lf.replace('\n', "\r");
    let doc = read(&text).unwrap();
    let d = doc
        .diagnostics
        .iter()
        .find(|d| matches!(d.kind, DiagnosticKind::UnexpectedElement { .. }))
        .unwrap();
    let p = doc.lines.position(&text, d.span.start);
    assert_eq!((p.line, p.column), (6, 23));
    assert_eq!((p.line, p.column), line_col(&lf, d.span.start as usize));
}
