//! The genericode reader on the corpus lists (`$FIM_CORPUS/genericode`) and hand-written cases.
//!
//! Without `FIM_CORPUS` the corpus tests print a notice and pass; with `FIM_REQUIRE_CORPUS`
//! set a missing corpus fails.

#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_core::CodelisteReferenz;
use fim_xml::genericode::{read, read_all};
use fim_xml::ReadErrorKind;
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    match std::env::var_os("FIM_CORPUS") {
        Some(dir) => Some(PathBuf::from(dir).join("genericode")),
        None => {
            assert!(
                std::env::var_os("FIM_REQUIRE_CORPUS").is_none(),
                "FIM_REQUIRE_CORPUS is set but FIM_CORPUS is not"
            );
            eprintln!("notice: FIM_CORPUS not set, corpus test skipped");
            None
        }
    }
}

fn load(name: &str) -> Option<String> {
    let path = corpus()?.join(name);
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}")))
}

#[test]
fn corpus_every_list_reads_with_expected_identity_and_rows() {
    // file, canonical uri, version, rows, key column, label column
    let table: &[(&str, &str, &str, usize, &str, &str)] = &[
        (
            "glykon_C05000073_genericode.xml",
            "urn:de:fim:codeliste:zustimmung",
            "2021-01-11",
            1,
            "code",
            "name",
        ),
        (
            "glykon_C05000103_genericode.xml",
            "Halterdaten",
            "0.1",
            2,
            "code",
            "name",
        ),
        (
            "glykon_C05000108_genericode.xml",
            "Parkgenehmigung (Dauer)",
            "0.1",
            2,
            "code",
            "name",
        ),
        (
            "glykon_C05000112_genericode.xml",
            "Bestätigung",
            "0.1",
            1,
            "code",
            "name",
        ),
        (
            "glykon_C05000125_genericode.xml",
            "Art des Antrags (kurz)",
            "0.1",
            2,
            "code",
            "name",
        ),
        (
            "glykon_C60000016_genericode.xml",
            "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat",
            "2020-05-11",
            197,
            "schluessel-staat",
            "suchbegriff",
        ),
        (
            "vs5000_Meldungen_XDFM_v1.8.xml",
            "urn:xoev-de:fim-datenfelder:codeliste:xdfm",
            "1.8",
            142,
            "Code",
            "Typ",
        ),
    ];
    for &(file, uri, version, rows, key, label) in table {
        let Some(src) = load(file) else { return };
        let list = read(&src).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(list.canonical_uri, uri, "{file}");
        assert_eq!(list.version.as_deref(), Some(version), "{file}");
        assert_eq!(list.rows.len(), rows, "{file}");
        assert_eq!(list.key_column, key, "{file}");
        assert_eq!(list.label_column.as_deref(), Some(label), "{file}");
        assert_eq!(
            list.canonical_version_uri.as_deref(),
            Some(format!("{uri}_{version}").as_str()),
            "{file}"
        );
        // Every row has a code, and spans point at `Row` elements.
        assert_eq!(list.codes().count(), rows, "{file}");
        for row in &list.rows {
            let text = &src[row.span.range()];
            assert!(
                text.contains("Row") && text.ends_with("Row>"),
                "{file}: {text}"
            );
        }
    }
}

#[test]
fn corpus_lookups_on_real_lists() {
    let Some(src) = load("glykon_C60000016_genericode.xml") else {
        return;
    };
    let staat = read(&src).unwrap();
    assert!(staat.contains("000"));
    assert_eq!(staat.label("000"), Some("Deutschland"));
    assert!(!staat.contains("Deutschland"));
    assert_eq!(staat.columns.len(), 9);
    assert!(staat.columns[0].required && !staat.columns[1].required);

    let src = load("vs5000_Meldungen_XDFM_v1.8.xml").unwrap();
    let xdfm = read(&src).unwrap();
    assert_eq!(xdfm.short_name.as_deref(), Some("XDFM"));
    assert_eq!(xdfm.long_name.as_deref(), Some("Meldungen XDF-Qualität"));
    assert!(xdfm.contains("1001"));
    let row = xdfm.row("1001").unwrap();
    assert!(xdfm
        .value(row, "Meldungstext")
        .unwrap()
        .starts_with("Eine Regel kann nicht"));
    assert_eq!(xdfm.value(row, "Meldungshilfe"), None, "empty <Value/>");

    let src = load("gerps_C00000020_genericode.xml").unwrap();
    let prefixed = read(&src).unwrap();
    assert_eq!(
        prefixed.canonical_uri,
        "urn:de:fim:codeliste:statusfrauschwangerstillend"
    );
    assert_eq!(prefixed.label("002"), Some("hat geboren / ist stillend"));
}

#[test]
fn corpus_directory_set_resolves_the_schema_references() {
    let Some(dir) = corpus() else { return };
    let mut files = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "xml") {
            files.push((
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            ));
        }
    }
    let (set, failed) = read_all(files.iter().map(|(n, t)| (n.clone(), t.as_str())));
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(set.len(), files.len());
    // S05000058 references lists by canonicalVersionUri only.
    let by_cvu = CodelisteReferenz {
        canonical_version_uri: Some("Halterdaten_0.1".into()),
        ..CodelisteReferenz::default()
    };
    assert_eq!(set.find(&by_cvu).unwrap().canonical_uri, "Halterdaten");
    let by_uri = CodelisteReferenz {
        canonical_identification: Some("urn:de:fim:codeliste:zustimmung".into()),
        version: Some("2021-01-11".into()),
        ..CodelisteReferenz::default()
    };
    assert_eq!(set.find(&by_uri).unwrap().rows.len(), 1);
}

const GC: &str = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

fn doc(body: &str) -> String {
    format!(r#"<gc:CodeList xmlns:gc="{GC}">{body}</gc:CodeList>"#)
}

const IDENT: &str = "<Identification><ShortName>x</ShortName><Version>2</Version>\
    <CanonicalUri>urn:x</CanonicalUri></Identification>";

#[test]
fn positional_values_annotations_and_recommended_columns() {
    let xml = doc(&format!(
        "{IDENT}<ColumnSet>\
         <Column Id='a'><ShortName>A</ShortName><Data Type='string'/></Column>\
         <Column Id='b'><Annotation><AppInfo><x:recommendedValueColumn xmlns:x='urn:y'/></AppInfo></Annotation>\
           <ShortName>B</ShortName><Data Type='string'/></Column>\
         <Column Id='c'><ShortName>C</ShortName><Data Type='string'/></Column>\
         <Key Id='k1'><ShortName>K1</ShortName><ColumnRef Ref='c'/></Key>\
         <Key Id='k2'><Annotation><AppInfo><x:recommendedKeyColumn xmlns:x='urn:y'/></AppInfo></Annotation>\
           <ShortName>K2</ShortName><ColumnRef Ref='a'/></Key>\
         </ColumnSet><SimpleCodeList>\
         <Row><Value><SimpleValue> 1 </SimpleValue></Value><Value><SimpleValue>eins</SimpleValue></Value>\
           <Value><ComplexValue><z/></ComplexValue></Value></Row>\
         <Row><Value ColumnRef='b'><SimpleValue>zwei</SimpleValue></Value><Value><SimpleValue>II</SimpleValue></Value>\
           <Value ColumnRef='a'><SimpleValue>2</SimpleValue></Value></Row>\
         <Row><Value ColumnRef='nope'><SimpleValue>?</SimpleValue></Value></Row>\
         </SimpleCodeList>"
    ));
    let list = read(&xml).unwrap();
    assert_eq!(list.key_column, "a");
    assert_eq!(list.label_column.as_deref(), Some("b"));
    assert_eq!(
        list.rows[0].values,
        [Some("1".into()), Some("eins".into()), None]
    );
    assert_eq!(
        list.rows[1].values,
        [Some("2".into()), Some("zwei".into()), Some("II".into())]
    );
    assert_eq!(list.rows[2].values, [None, None, None]);
    assert_eq!(list.label("2"), Some("zwei"));
    assert_eq!(list.codes().collect::<Vec<_>>(), ["1", "2"]);
}

#[test]
fn key_falls_back_to_code_column_and_label_to_first_other_column() {
    let xml = doc(&format!(
        "{IDENT}<ColumnSet><Column Id='text'/><Column Id='Code'/></ColumnSet>\
         <SimpleCodeList><Row><Value><SimpleValue>T</SimpleValue></Value>\
         <Value><SimpleValue>C</SimpleValue></Value></Row></SimpleCodeList>"
    ));
    let list = read(&xml).unwrap();
    assert_eq!(list.key_column, "Code");
    assert_eq!(list.label_column.as_deref(), Some("text"));
    assert_eq!(list.label("C"), Some("T"));
}

#[test]
fn errors_have_positions_and_german_messages() {
    let cases: &[(String, &str)] = &[
        (
            doc("<ColumnSet><Column Id='a'/></ColumnSet>"),
            "CanonicalUri",
        ),
        (doc(IDENT), "keine Spalten"),
        (format!("<gc:Other xmlns:gc='{GC}'/>"), "Wurzelelement"),
        ("<CodeList/>".to_owned(), "kein XDatenfelder"),
        (doc("<Identification>"), "wohlgeformt"),
        (String::new(), "kein Wurzelelement"),
    ];
    for (xml, needle) in cases {
        let err = read(xml).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(needle), "{xml}: {msg}");
        assert!(err.position.line >= 1, "{msg}");
    }
    let err = read(&format!("<x xmlns='{GC}'>\n  <CodeList/></x>")).unwrap_err();
    assert!(matches!(err.kind, ReadErrorKind::InvalidCodeList(_)));
    assert_eq!(err.position.line, 1);
}

#[test]
fn deep_nesting_is_refused_not_recursed() {
    let deep = format!(
        "{}{}",
        "<Annotation>".repeat(200),
        "</Annotation>".repeat(200)
    );
    let err = read(&doc(&deep)).unwrap_err();
    assert!(matches!(err.kind, ReadErrorKind::TooDeep(_)), "{err}");
}

mod no_panic {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Any prefix or mutation of a valid list gives a list or an error, never a panic.
        #[test]
        fn truncated_and_mutated_input(cut in 0usize..600, pos in 0usize..600, byte in 0u8..128) {
            let xml = super::doc(&format!("{}<ColumnSet><Column Id='a'/><Key Id='k'><ColumnRef Ref='a'/></Key></ColumnSet>\
                <SimpleCodeList><Row><Value><SimpleValue>1</SimpleValue></Value></Row></SimpleCodeList>", super::IDENT));
            let cut = cut.min(xml.len());
            if xml.is_char_boundary(cut) {
                let _ = fim_xml::genericode::read(&xml[..cut]);
            }
            let mut bytes = xml.into_bytes();
            let p = pos % bytes.len();
            bytes[p] = byte;
            if let Ok(s) = String::from_utf8(bytes) {
                let _ = fim_xml::genericode::read(&s);
            }
        }
    }
}
