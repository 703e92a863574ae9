//! The generated corpora validate against the official XDatenfelder XSDs,
//! are deterministic and hit their target size.
//!
//! XSD validation needs `xmllint` (Debian: `libxml2-utils`) and the corpus
//! directory in `FIM_CORPUS` (with `xsd/xdatenfelder/{2.0,3.0.0}/`). Without
//! either the test prints a notice and passes, unless `FIM_REQUIRE_CORPUS` is
//! set, in which case it fails.

use std::path::PathBuf;
use std::process::Command;

use fim_benches::{generate, generate_v2, generate_v3, XdfVersion};

const SMALL: usize = 200 * 1024;

fn require() -> bool {
    std::env::var_os("FIM_REQUIRE_CORPUS").is_some()
}

/// Returns the XSD for `version`, or `None` (after a notice) when the
/// prerequisites are missing and not required.
fn xsd_for(version: XdfVersion) -> Option<PathBuf> {
    let Some(corpus) = std::env::var_os("FIM_CORPUS") else {
        assert!(
            !require(),
            "FIM_REQUIRE_CORPUS is set but FIM_CORPUS is not"
        );
        eprintln!("notice: FIM_CORPUS not set; skipping XSD validation of generated corpus");
        return None;
    };
    let dir = match version {
        XdfVersion::V2 => "2.0",
        XdfVersion::V3 => "3.0.0",
    };
    let xsd = PathBuf::from(corpus)
        .join("xsd/xdatenfelder")
        .join(dir)
        .join("xdatenfelder.xsd");
    if !xsd.is_file() {
        assert!(!require(), "XSD not found at {}", xsd.display());
        eprintln!("notice: {} missing; skipping XSD validation", xsd.display());
        return None;
    }
    if Command::new("xmllint").arg("--version").output().is_err() {
        assert!(
            !require(),
            "FIM_REQUIRE_CORPUS is set but xmllint is not on PATH (apt-get install libxml2-utils)"
        );
        eprintln!("notice: xmllint not on PATH; skipping XSD validation of generated corpus");
        return None;
    }
    Some(xsd)
}

fn validate(version: XdfVersion) {
    let Some(xsd) = xsd_for(version) else { return };
    let text = generate(version, SMALL);
    let file = std::env::temp_dir().join(format!(
        "fim-benches-generated-{version:?}-{}.xml",
        std::process::id()
    ));
    std::fs::write(&file, &text).expect("write temp file");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&file)
        .output()
        .expect("run xmllint");
    let _ = std::fs::remove_file(&file);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "generated {version:?} corpus does not validate against {}:\n{}",
        xsd.display(),
        stderr.lines().take(20).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn generated_v2_validates_against_xsd() {
    validate(XdfVersion::V2);
}

#[test]
fn generated_v3_validates_against_xsd() {
    validate(XdfVersion::V3);
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generate_v2(SMALL), generate_v2(SMALL));
    assert_eq!(generate_v3(SMALL), generate_v3(SMALL));
    // A larger target extends rather than reshuffles the same content.
    let small = generate_v3(SMALL);
    let large = generate_v3(4 * SMALL);
    let head = small.len() / 2;
    assert_eq!(small.get(..head), large.get(..head));
}

#[test]
fn size_is_within_five_percent_of_target() {
    for target in [SMALL, 1024 * 1024, 5 * 1024 * 1024] {
        for (version, text) in [
            (XdfVersion::V2, generate_v2(target)),
            (XdfVersion::V3, generate_v3(target)),
        ] {
            let ratio = text.len() as f64 / target as f64;
            assert!(
                (0.95..=1.05).contains(&ratio),
                "{version:?}: {} bytes for target {target} (ratio {ratio:.3})",
                text.len()
            );
        }
    }
}

#[test]
fn structure_is_nested_and_varied() {
    for (ns, text) in [
        ("xdatenfelder_2\"", generate_v2(SMALL)),
        ("xdatenfelder_3.0.0\"", generate_v3(SMALL)),
    ] {
        assert!(text.contains(ns));
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\""));
        // Group nesting of at least 3 levels somewhere.
        let mut depth = 0usize;
        let mut max_depth = 0usize;
        for line in text.lines() {
            let l = line.trim_start();
            if l.starts_with("<xdf:datenfeldgruppe>") {
                depth += 1;
                max_depth = max_depth.max(depth);
            } else if l.starts_with("</xdf:datenfeldgruppe>") {
                depth -= 1;
            }
        }
        assert!(max_depth >= 3, "max group nesting {max_depth}");
        assert!(max_depth <= 4, "max group nesting {max_depth}");
        for needle in [
            "&amp;",
            "&lt;",
            "&#13;",
            "ä",
            "ß",
            "<xdf:regel>",
            "<xdf:codelisteReferenz>",
            "<xdf:anzahl>0:1</xdf:anzahl>",
            "<xdf:anzahl>1:*</xdf:anzahl>",
            "<xdf:praezisierung",
        ] {
            assert!(text.contains(needle), "missing {needle:?}");
        }
    }
    let v2 = generate_v2(SMALL);
    assert!(v2.contains("<xdf:praezisierung>{\"minLength\":\"1\",\"maxLength\":\""));
    assert!(v2.contains("<xdf:script>"));
    let v3 = generate_v3(SMALL);
    assert!(v3.contains("<xdf:praezisierung minLength=\"1\" maxLength=\""));
    assert!(v3.contains(" pattern=\""));
    assert!(v3.contains("<xdf:skript>"));
    assert!(v3.contains("<xdf:vorbefuellung"));
}

/// Guards against a vacuous validation: a broken message must be rejected.
#[test]
fn xmllint_rejects_a_broken_message() {
    let Some(xsd) = xsd_for(XdfVersion::V2) else {
        return;
    };
    let text = generate_v2(16 * 1024).replacen("<xdf:anzahl>", "<xdf:anzahl>x", 1);
    let file = std::env::temp_dir().join(format!("fim-benches-broken-{}.xml", std::process::id()));
    std::fs::write(&file, &text).expect("write temp file");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&file)
        .output()
        .expect("run xmllint");
    let _ = std::fs::remove_file(&file);
    assert!(!out.status.success(), "xmllint accepted an invalid anzahl");
}
