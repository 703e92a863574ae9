//! No input makes the reader panic: mutated corpus files (proptest) and hand-made hostile
//! inputs must give `Ok` or `Err`, with positions and spans inside the input.
//!
//! The corpus part reads `$FIM_CORPUS/xdatenfelder/{v2,v3,v3-converted}`; without
//! `FIM_CORPUS` it prints a notice and passes, with `FIM_REQUIRE_CORPUS` set a missing corpus
//! fails.

use fim_xml::{read, ReadErrorKind};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{TestError, TestRunner};
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------------
// The check every input goes through.

/// Reads `src` and checks what comes back: an error points into the input with a 1-based
/// position; a document's diagnostics and root span lie within the input, its message
/// serialises and every diagnostic has a position.
fn check(src: &str) -> Result<fim_xml::Document, fim_xml::ReadError> {
    let len = src.len();
    let result = read(src);
    match &result {
        Ok(doc) => {
            for d in &doc.diagnostics {
                assert!(
                    d.span.start <= d.span.end && d.span.end as usize <= len,
                    "diagnostic `{d}` has span {:?} outside input of {len} bytes",
                    d.span
                );
                let pos = doc.lines.position(src, d.span.start);
                assert!(pos.line >= 1 && pos.column >= 1, "{pos:?}");
            }
            if let Some(root) = doc.message.root() {
                let span = root.span();
                assert!(
                    span.start <= span.end && span.end as usize <= len,
                    "root span {span:?} outside input of {len} bytes"
                );
                let _ = fim_core::walk::counts(root);
            }
            if let Err(e) = serde_json::to_string(&doc.message) {
                panic!("message does not serialise: {e}");
            }
        }
        Err(err) => {
            assert!(err.position.line >= 1, "error line 0: {err:?}");
            assert!(err.position.column >= 1, "error column 0: {err:?}");
            assert!(
                err.offset as usize <= len,
                "error offset {} past input of {len} bytes: {err}",
                err.offset
            );
            let expected = fim_core::LineIndex::new(src).position(src, err.offset);
            assert_eq!(
                err.position, expected,
                "position does not match offset: {err}"
            );
            let _ = err.to_string();
        }
    }
    result
}

/// [`check`] for inputs where either outcome is fine.
fn survives(src: &str) {
    let _ = check(src);
}

// ---------------------------------------------------------------------------------------------
// Corpus files.

/// Files below this size go into the 256-case properties; only the largest file is added,
/// with fewer cases, to keep debug runs short.
const SMALL: u64 = 120 * 1024;

struct CorpusFile {
    name: String,
    bytes: Vec<u8>,
}

fn corpus_dir() -> Option<PathBuf> {
    match std::env::var_os("FIM_CORPUS") {
        Some(dir) => {
            let dir = PathBuf::from(dir).join("xdatenfelder");
            assert!(dir.is_dir(), "FIM_CORPUS has no folder {}", dir.display());
            Some(dir)
        }
        None => {
            assert!(
                std::env::var_os("FIM_REQUIRE_CORPUS").is_none(),
                "FIM_REQUIRE_CORPUS is set but FIM_CORPUS is not"
            );
            eprintln!("notice: FIM_CORPUS not set, mutated-corpus test skipped");
            None
        }
    }
}

/// All XDatenfelder files of the corpus (v2, v3, v3-converted), sorted by size.
fn corpus_files(dir: &Path) -> Vec<(u64, PathBuf)> {
    let mut files = Vec::new();
    for sub in ["v2", "v3", "v3-converted"] {
        let sub = dir.join(sub);
        let entries = std::fs::read_dir(&sub).unwrap_or_else(|e| panic!("{}: {e}", sub.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("{}: {e}", sub.display()))
                .path();
            if path.extension().is_some_and(|x| x == "xml") {
                let size = std::fs::metadata(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                    .len();
                files.push((size, path));
            }
        }
    }
    files.sort();
    assert!(
        !files.is_empty(),
        "no XDatenfelder files in {}",
        dir.display()
    );
    files
}

fn load(path: &Path, dir: &Path) -> CorpusFile {
    CorpusFile {
        name: path.strip_prefix(dir).unwrap_or(path).display().to_string(),
        bytes: std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    }
}

// ---------------------------------------------------------------------------------------------
// Mutations.

/// Bytes and fragments that matter to an XML tokenizer.
const TOKENS: &[&str] = &[
    "<",
    ">",
    "&",
    "/",
    "\"",
    "'",
    ":",
    "x",
    ";",
    "#",
    "=",
    " ",
    "\n",
    "\r",
    "\0",
    "</",
    "/>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?",
    "?>",
    "<?xml version=\"1.0\"?>",
    "<!DOCTYPE x>",
    "&amp;",
    "&lt;",
    "&#",
    "&#x",
    "&#x110000;",
    "&#0;",
    "&#xD800;",
    "&unknown;",
    "\u{feff}",
    "ü",
    "€",
    "😀",
    "xmlns=\"\"",
    "xmlns:xdf=\"urn:xoev-de:fim:standard:xdatenfelder_2\"",
    "xmlns:xdf=\"urn:xoev-de:fim:standard:xdatenfelder_3.0.0\"",
    "xmlns:xdf=\"urn:xoev-de:fim:standard:xdatenfelder_1\"",
    "<xdf:",
    "</xdf:",
    "xdf:",
    "<xdf:datenfeldgruppe>",
    "<xdf:struktur><xdf:enthaelt>",
    "<xdf:praezisierung>",
    "{\"minLength\":\"x\"}",
    "a=\"1\" a=\"2\"",
];

/// One edit of the input; positions are [`Index`]es, scaled to the current length.
#[derive(Debug, Clone)]
enum Mutation {
    /// Delete `len` bytes at `at`.
    Delete { at: Index, len: usize },
    /// Insert bytes at `at`.
    Insert { at: Index, bytes: Bytes },
    /// Copy `len` bytes from `from` and insert the copy at `to`.
    Duplicate { from: Index, len: usize, to: Index },
    /// Cut the input at `at`.
    Truncate { at: Index },
    /// Swap two non-overlapping ranges of (up to) `len` bytes.
    Swap { a: Index, b: Index, len: usize },
    /// XOR the byte at `at` with `mask`.
    Flip { at: Index, mask: u8 },
    /// Delete a whole element (elements are found by [`elements`] on the current bytes).
    DeleteElement { el: Index },
    /// Insert a copy of an element right after it.
    DuplicateElement { el: Index },
    /// Insert a copy of element `el` before element `before` (or at its content start).
    CopyElement {
        el: Index,
        before: Index,
        inside: bool,
    },
    /// Swap two elements when neither contains the other.
    SwapElements { a: Index, b: Index },
    /// Replace an element's content.
    ReplaceContent { el: Index, content: Bytes },
}

/// Bytes that print as a byte string literal in failure reports.
#[derive(Clone)]
struct Bytes(Vec<u8>);

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "b\"{}\"", self.0.escape_ascii())
    }
}

/// Element contents that the reader interprets: ids, versions, cardinalities, codes, dates,
/// `praezisierung` JSON and nested markup.
const VALUES: &[&str] = &[
    "",
    " ",
    "\n  ",
    "x",
    "0",
    "-1",
    "1:1",
    "0:*",
    "*:1",
    "1:",
    ":",
    "2:1",
    "99999999999999999999:1",
    "1.0",
    "1.0.0",
    "1.0.0.0",
    "F60000000001",
    "G60000000001",
    "S60000000001",
    "R60000000001",
    "D60000000001",
    "C60000000001",
    "text",
    "select",
    "num_int",
    "unbekannt",
    "ABS",
    "2024-01-01",
    "2024-13-45T99:99:99",
    "true",
    "{\"minLength\":\"5\",\"maxLength\":\"2\"}",
    "{\"minLength\":\"-1\"}",
    "{\"minLength\":1e999}",
    "{",
    "[]",
    "null",
    "minLength=\"x\"",
    "<xdf:code>x</xdf:code>",
    "<code>1</code>",
    "<xdf:id>G60000000001</xdf:id>",
    "&amp;&lt;&#x20AC;",
    "&#x110000;",
    "<![CDATA[<x>]]>",
    "<!-- c -->",
    "<?pi x?>",
];

fn range_len() -> impl Strategy<Value = usize> {
    prop_oneof![3 => 1usize..16, 2 => 1usize..512, 1 => 1usize..16384]
}

fn insertion() -> impl Strategy<Value = Bytes> {
    let piece = prop_oneof![
        3 => proptest::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
        2 => any::<u8>().prop_map(|b| vec![b]),
        1 => proptest::collection::vec(any::<u8>(), 1..32),
    ];
    proptest::collection::vec(piece, 1..6).prop_map(|v| Bytes(v.concat()))
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), range_len()).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<Index>(), insertion()).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<Index>(), range_len(), any::<Index>())
            .prop_map(|(from, len, to)| Mutation::Duplicate { from, len, to }),
        any::<Index>().prop_map(|at| Mutation::Truncate { at }),
        (any::<Index>(), any::<Index>(), range_len()).prop_map(|(a, b, len)| Mutation::Swap {
            a,
            b,
            len
        }),
        (any::<Index>(), 1u8..=255).prop_map(|(at, mask)| Mutation::Flip { at, mask }),
    ]
}

fn element_mutation() -> impl Strategy<Value = Mutation> {
    let content = prop_oneof![
        3 => proptest::sample::select(VALUES).prop_map(|v| Bytes(v.as_bytes().to_vec())),
        1 => insertion(),
    ];
    prop_oneof![
        any::<Index>().prop_map(|el| Mutation::DeleteElement { el }),
        any::<Index>().prop_map(|el| Mutation::DuplicateElement { el }),
        (any::<Index>(), any::<Index>(), any::<bool>())
            .prop_map(|(el, before, inside)| { Mutation::CopyElement { el, before, inside } }),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapElements { a, b }),
        (any::<Index>(), content)
            .prop_map(|(el, content)| Mutation::ReplaceContent { el, content }),
    ]
}

/// Byte ranges of an element found by [`elements`].
#[derive(Debug, Clone, Copy)]
struct Element {
    /// Offset of `<`.
    start: usize,
    /// One past the start tag's `>` (the content's start).
    open_end: usize,
    /// Offset of the end tag's `<` (the content's end; `open_end` for an empty element).
    close_start: usize,
    /// One past the element's last byte.
    end: usize,
}

/// The elements of `bytes` by a rough scan (comments, CDATA, PIs and quoted attribute values
/// are skipped; unbalanced tags are ignored), in order of their end. Works on any bytes.
fn elements(bytes: &[u8]) -> Vec<Element> {
    fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
        bytes
            .get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|p| from + p + needle.len())
    }
    let mut out = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(lt) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'<'))
    {
        let start = i + lt;
        let rest = &bytes[start..];
        let skip_to = |needle: &[u8]| find(bytes, start + 1, needle).unwrap_or(bytes.len());
        if rest.starts_with(b"<!--") {
            i = skip_to(b"-->");
        } else if rest.starts_with(b"<![CDATA[") {
            i = skip_to(b"]]>");
        } else if rest.starts_with(b"<?") {
            i = skip_to(b"?>");
        } else if rest.starts_with(b"<!") {
            i = skip_to(b">");
        } else {
            // A start or end tag: find its `>` outside quotes.
            let mut quote = None;
            let mut gt = None;
            for (k, &c) in rest.iter().enumerate().skip(1) {
                match (quote, c) {
                    (None, b'"' | b'\'') => quote = Some(c),
                    (Some(q), _) if c == q => quote = None,
                    (None, b'>') => {
                        gt = Some(start + k + 1);
                        break;
                    }
                    (None, b'<') => break,
                    _ => {}
                }
            }
            let Some(tag_end) = gt else {
                i = start + 1;
                continue;
            };
            if rest.starts_with(b"</") {
                if let Some((s, o)) = open.pop() {
                    out.push(Element {
                        start: s,
                        open_end: o,
                        close_start: start,
                        end: tag_end,
                    });
                }
            } else if bytes[tag_end - 2] == b'/' {
                out.push(Element {
                    start,
                    open_end: tag_end,
                    close_start: tag_end,
                    end: tag_end,
                });
            } else {
                open.push((start, tag_end));
            }
            i = tag_end;
        }
    }
    out
}

/// A position in `0..=len`.
fn pos(at: &Index, len: usize) -> usize {
    at.index(len + 1)
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len();
    match m {
        Mutation::Delete { at, len } => {
            let from = pos(at, n);
            let to = from.saturating_add(*len).min(n);
            bytes.drain(from..to);
        }
        Mutation::Insert { at, bytes: ins } => {
            let at = pos(at, n);
            bytes.splice(at..at, ins.0.iter().copied());
        }
        Mutation::Duplicate { from, len, to } => {
            let from = pos(from, n);
            let end = from.saturating_add(*len).min(n);
            let copy = bytes[from..end].to_vec();
            let to = pos(to, n);
            bytes.splice(to..to, copy);
        }
        Mutation::Truncate { at } => bytes.truncate(pos(at, n)),
        Mutation::Swap { a, b, len } => {
            let (a, b) = (pos(a, n), pos(b, n));
            let (a, b) = (a.min(b), a.max(b));
            // Ranges a..a+len and b..b+len, shortened so they neither overlap nor pass the end.
            let len = (*len).min(b - a).min(n - b);
            if len == 0 {
                return;
            }
            let mut out = Vec::with_capacity(n);
            out.extend_from_slice(&bytes[..a]);
            out.extend_from_slice(&bytes[b..b + len]);
            out.extend_from_slice(&bytes[a + len..b]);
            out.extend_from_slice(&bytes[a..a + len]);
            out.extend_from_slice(&bytes[b + len..]);
            *bytes = out;
        }
        Mutation::Flip { at, mask } => {
            if n > 0 {
                bytes[at.index(n)] ^= mask;
            }
        }
        _ => apply_element(bytes, m),
    }
}

fn apply_element(bytes: &mut Vec<u8>, m: &Mutation) {
    let els = elements(bytes);
    if els.is_empty() {
        return;
    }
    match m {
        Mutation::DeleteElement { el } => {
            let e = el.get(&els);
            bytes.drain(e.start..e.end);
        }
        Mutation::DuplicateElement { el } => {
            let e = el.get(&els);
            let copy = bytes[e.start..e.end].to_vec();
            bytes.splice(e.end..e.end, copy);
        }
        Mutation::CopyElement { el, before, inside } => {
            let e = el.get(&els);
            let copy = bytes[e.start..e.end].to_vec();
            let t = before.get(&els);
            let at = if *inside { t.open_end } else { t.start };
            bytes.splice(at..at, copy);
        }
        Mutation::SwapElements { a, b } => {
            let (a, b) = (a.get(&els), b.get(&els));
            let (a, b) = if a.start <= b.start { (a, b) } else { (b, a) };
            if a.end > b.start {
                return; // Nested or the same element.
            }
            let mut out = Vec::with_capacity(bytes.len());
            out.extend_from_slice(&bytes[..a.start]);
            out.extend_from_slice(&bytes[b.start..b.end]);
            out.extend_from_slice(&bytes[a.end..b.start]);
            out.extend_from_slice(&bytes[a.start..a.end]);
            out.extend_from_slice(&bytes[b.end..]);
            *bytes = out;
        }
        Mutation::ReplaceContent { el, content } => {
            let e = el.get(&els);
            if e.close_start == e.end {
                // An empty element `<a/>` has no content to replace.
                return;
            }
            bytes.splice(e.open_end..e.close_start, content.0.iter().copied());
        }
        _ => {}
    }
}

fn mutated(file: &CorpusFile, mutations: &[Mutation]) -> String {
    let mut bytes = file.bytes.clone();
    for m in mutations {
        apply(&mut bytes, m);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs `cases` cases of 1–8 mutations drawn from `mutation` over `files`; on failure writes
/// the minimal input to the target's temporary folder and panics with the file name and the
/// mutations.
fn run_mutations(
    files: &[CorpusFile],
    mutation: impl Strategy<Value = Mutation>,
    cases: u32,
    label: &str,
) {
    let mut config = ProptestConfig::with_cases(cases);
    config.failure_persistence = None;
    let mut runner = TestRunner::new(config);
    let strategy = (any::<Index>(), proptest::collection::vec(mutation, 1..=8));
    let result = runner.run(&strategy, |(file, mutations)| {
        let file = file.get(files);
        let src = mutated(file, &mutations);
        survives(&src);
        Ok(())
    });
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, (file, mutations))) => {
            let file = file.get(files);
            let src = mutated(file, &mutations);
            let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("no_panic-{label}.xml"));
            let saved = match std::fs::write(&out, &src) {
                Ok(()) => format!("input written to {}", out.display()),
                Err(e) => format!("input not written: {e}"),
            };
            panic!(
                "{label}: {reason}\nfile: {}\nmutations: {mutations:#?}\n{saved}",
                file.name
            );
        }
        Err(e) => panic!("{label}: {e}"),
    }
}

fn small_files() -> Option<Vec<CorpusFile>> {
    let dir = corpus_dir()?;
    let files: Vec<CorpusFile> = corpus_files(&dir)
        .iter()
        .filter(|(size, _)| *size < SMALL)
        .map(|(_, path)| load(path, &dir))
        .collect();
    assert!(!files.is_empty(), "no corpus file under {SMALL} bytes");
    Some(files)
}

/// Byte-level damage: most inputs end up malformed, so this mostly exercises error paths.
#[test]
fn byte_mutated_small_corpus_files_do_not_panic() {
    let Some(files) = small_files() else { return };
    run_mutations(&files, mutation(), 256, "bytes");
}

/// Element-level edits keep most inputs well-formed, so this exercises the reader's
/// diagnostics: duplicate, missing, misplaced and unreadable elements.
#[test]
fn element_mutated_small_corpus_files_do_not_panic() {
    let Some(files) = small_files() else { return };
    run_mutations(&files, element_mutation(), 256, "elements");
}

#[test]
fn mutated_largest_corpus_file_does_not_panic() {
    let Some(dir) = corpus_dir() else { return };
    let all = corpus_files(&dir);
    let Some((_, largest)) = all.last() else {
        return;
    };
    let files = [load(largest, &dir)];
    let mixed = prop_oneof![mutation(), element_mutation()];
    run_mutations(&files, mixed, 32, "largest");
}

#[test]
fn unmutated_corpus_files_pass_the_check() {
    let Some(dir) = corpus_dir() else { return };
    for (_, path) in corpus_files(&dir) {
        let file = load(&path, &dir);
        survives(&String::from_utf8_lossy(&file.bytes));
    }
}

#[test]
fn mutations_stay_in_bounds() {
    // Every mutation on tiny inputs, including the empty one: `apply` itself must not panic.
    let mut runner = TestRunner::new(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(512)
    });
    let strategy = (
        proptest::collection::vec(proptest::sample::select(b"<>/a\"'!-?[]".as_slice()), 0..24),
        proptest::collection::vec(prop_oneof![mutation(), element_mutation()], 1..=8),
    );
    let result = runner.run(&strategy, |(mut bytes, mutations)| {
        for m in &mutations {
            apply(&mut bytes, m);
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Hand-made hostile inputs.

const V2: &str = "urn:xoev-de:fim:standard:xdatenfelder_2";
const V3: &str = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";

fn open_root(ns: &str) -> String {
    format!(
        "<x:xdatenfelder.datenfeld.0104 xmlns:x=\"{ns}\"><x:header><x:nachrichtID>1</x:nachrichtID></x:header><x:datenfeld><x:identifikation><x:id>F60000000001</x:id></x:identifikation>"
    )
}

const CLOSE_ROOT: &str = "</x:datenfeld></x:xdatenfelder.datenfeld.0104>";

/// `piece` on its own, inside a field's name, between a field's children, and inside a
/// field's name of a document that is never closed; each must come back without panic.
fn check_everywhere(piece: &str) {
    survives(piece);
    for ns in [V2, V3] {
        let open = open_root(ns);
        survives(&format!("{open}<x:name>{piece}</x:name>{CLOSE_ROOT}"));
        survives(&format!("{open}{piece}{CLOSE_ROOT}"));
        survives(&format!("{open}<x:name>{piece}"));
    }
}

#[test]
fn valid_wrapper_reads() {
    // The wrapper of `check_everywhere` itself is fine, so the pieces reach the reader's
    // inner states.
    for ns in [V2, V3] {
        let src = format!("{}<x:name>n</x:name>{CLOSE_ROOT}", open_root(ns));
        let doc = check(&src).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            doc.message.root_angaben().map(|a| a.name().to_owned()),
            Some("n".to_owned())
        );
    }
}

#[test]
fn empty_input() {
    assert!(check("").is_err());
    assert!(check(" \n\t ").is_err());
    assert!(check("\u{feff}").is_err());
    check_everywhere("");
}

#[test]
fn only_angle_brackets() {
    for s in [
        "<", ">", "</", "<>", "</>", "<:", "<x:", "<a", "<a/", "<?", "<!", "<!-", "<![",
    ] {
        assert!(check(s).is_err(), "{s:?}");
        check_everywhere(s);
    }
}

#[test]
fn deeply_nested_unclosed_elements() {
    let deep = "<a>".repeat(100_000);
    assert!(check(&deep).is_err());
    for ns in [V2, V3] {
        let open = open_root(ns);
        // Unknown elements (skipped), XDatenfelder groups (read recursively) and text elements.
        for tag in ["<a>", "<x:a>", "<x:datenfeldgruppe>", "<x:name>"] {
            let src = format!("{open}{}", tag.repeat(100_000));
            let err = check(&src).expect_err("unclosed nesting must fail");
            assert!(
                matches!(
                    err.kind,
                    ReadErrorKind::TooDeep(_) | ReadErrorKind::UnexpectedEof
                ),
                "{tag}: {err}"
            );
        }
    }
    // Groups nested in a schema's structure (the reader's recursive path) up to the depth
    // limit: see `fuzz_regressions.rs`, which runs them on a thread with a known stack size.
}

#[test]
fn deeply_nested_closed_elements() {
    for ns in [V2, V3] {
        let open = open_root(ns);
        for tag in ["a", "x:a", "x:datenfeldgruppe"] {
            let src = format!(
                "{open}{}{}{CLOSE_ROOT}",
                format!("<{tag}>").repeat(100_000),
                format!("</{tag}>").repeat(100_000)
            );
            check(&src).expect_err("nesting beyond the limit must fail");
        }
    }
}

#[test]
fn huge_attribute() {
    let value = "v".repeat(1 << 20);
    survives(&format!("<a b=\"{value}\"/>"));
    check_everywhere(&format!("<x:a b=\"{value}\"/>"));
    check_everywhere(&format!("<x:a b=\"{value}"));
    // On the root, as a namespace declaration, and unterminated.
    for ns in [V2, V3] {
        let open = open_root(ns);
        let big = open.replacen(
            "<x:xdatenfelder.datenfeld.0104 ",
            &format!("<x:xdatenfelder.datenfeld.0104 a=\"{value}\" xmlns:y=\"{value}\" "),
            1,
        );
        survives(&format!("{big}{CLOSE_ROOT}"));
        let big = open.replacen(
            "<x:datenfeld>",
            &format!("<x:datenfeld xmlns=\"{value}\" x:k=\"&amp;{value}&lt;\">"),
            1,
        );
        survives(&format!("{big}{CLOSE_ROOT}"));
    }
    // Many attributes.
    let many: String = (0..50_000).map(|i| format!(" a{i}=\"{i}\"")).collect();
    check_everywhere(&format!("<x:a{many}/>"));
}

#[test]
fn ten_megabytes_of_text() {
    let text = "Größe und Gewicht ".repeat(10 * 1024 * 1024 / 20);
    assert!(text.len() > 10_000_000);
    for ns in [V2, V3] {
        let src = format!("{}<x:name>{text}</x:name>{CLOSE_ROOT}", open_root(ns));
        let doc = check(&src).unwrap_or_else(|e| panic!("{e}"));
        let name_len = doc.message.root_angaben().map_or(0, |a| a.name().len());
        assert_eq!(name_len, text.len());
        // Unterminated.
        check(&format!("{}<x:name>{text}", open_root(ns))).expect_err("unterminated");
    }
    // Where only elements are allowed, and as the whole input.
    check_everywhere(&"x".repeat(10 * 1024 * 1024));
    // Text broken up by a quarter of a million references (each one its own event).
    let refs = "a&amp;b&lt;&#x20AC;".repeat(1 << 16);
    let src = format!("{}<x:name>{refs}</x:name>{CLOSE_ROOT}", open_root(V3));
    let doc = check(&src).unwrap_or_else(|e| panic!("{e}"));
    let name_len = doc.message.root_angaben().map_or(0, |a| a.name().len());
    assert_eq!(name_len, "a&b<€".len() << 16);
}

#[test]
fn invalid_utf8_cannot_reach_the_reader() {
    // `read` takes `&str`: invalid UTF-8 is stopped by the type system; callers convert.
    let bytes = b"<a>\xff\xfe\xc3</a>".to_vec();
    assert!(std::str::from_utf8(&bytes).is_err());
    let lossy = String::from_utf8_lossy(&bytes);
    survives(&lossy);
    check_everywhere(&lossy);
}

#[test]
fn lone_ampersand() {
    for s in [
        "&", "&;", "&#;", "&#x;", "&#", "&amp", "& ", "a & b", "&&&&",
    ] {
        check_everywhere(s);
        check_everywhere(&format!("<x:a b=\"{s}\"/>"));
    }
}

#[test]
fn out_of_range_character_references() {
    for s in [
        "&#x110000;",
        "&#1114112;",
        "&#xFFFFFFFFFFFFFFFFFFFF;",
        "&#99999999999999999999;",
        "&#x0;",
        "&#0;",
        "&#xD800;",
        "&#xFFFE;",
        "&#-1;",
        "&#x-1;",
        "&#xg;",
    ] {
        check_everywhere(s);
        check_everywhere(&format!("<x:a b=\"{s}\"/>"));
        for ns in [V2, V3] {
            let src = format!("{}<x:name>{s}</x:name>{CLOSE_ROOT}", open_root(ns));
            assert!(check(&src).is_err(), "{s} accepted");
        }
    }
}

#[test]
fn cdata_end_in_text() {
    check_everywhere("]]>");
    check_everywhere("a]]>b");
    check_everywhere("<![CDATA[a]]>]]>");
    check_everywhere("<![CDATA[]]]]><![CDATA[>]]>");
}

#[test]
fn unterminated_markup() {
    for s in [
        "<!--",
        "<!-- a",
        "<!-- a -",
        "<!-- a --",
        "<!--->",
        "<![CDATA[",
        "<![CDATA[ a ]",
        "<![CDATA[ a ]]",
        "<?",
        "<?pi",
        "<?pi a ?",
        "<?xml",
        "<?xml version=\"1.0\"",
        "<!DOCTYPE",
        "<!DOCTYPE x [",
        "<a b=\"",
        "<a b='",
        "<a b",
        "</a",
    ] {
        check_everywhere(s);
        // At the very end of an otherwise complete document.
        for ns in [V2, V3] {
            let src = format!("{}<x:name>n</x:name>{CLOSE_ROOT}{s}", open_root(ns));
            survives(&src);
        }
    }
}

#[test]
fn byte_order_marks_and_multibyte_characters_at_error_positions() {
    for s in [
        "\u{feff}<",
        "\u{feff}\u{feff}<a>",
        "ü<",
        "😀&#x110000;",
        "<ü:ä>",
    ] {
        check_everywhere(s);
    }
    // An error right after multi-byte characters: the position must still be 1-based and the
    // offset inside the input.
    for ns in [V2, V3] {
        let src = format!("\u{feff}{}<x:name>😀😀</x:nome>", open_root(ns));
        let err = check(&src).expect_err("mismatched end tag");
        assert!(err.position.column > 1, "{err}");
    }
}

#[test]
fn element_scan_finds_elements() {
    let src =
        b"<?xml?><r a='>'><!-- <x> --><a>1</a><b/><![CDATA[</r>]]><c><d x=\"/>\">t</d></c></r>";
    let found: Vec<&[u8]> = elements(src).iter().map(|e| &src[e.start..e.end]).collect();
    let expected: Vec<&[u8]> = vec![
        b"<a>1</a>",
        b"<b/>",
        b"<d x=\"/>\">t</d>",
        b"<c><d x=\"/>\">t</d></c>",
        &src[7..],
    ];
    assert_eq!(found, expected);
    let a = elements(src)[0];
    assert_eq!(&src[a.open_end..a.close_start], b"1");
}
