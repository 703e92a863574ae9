//! The XProzess 2 reader: process metadata and the embedded or referenced BPMN model.
//!
//! XProzess (`http://www.regierung-mv.de/xprozess/2`) carries FIM process metadata. The BPMN
//! model sits in `prozessmodell/prozessmodelldatei/inhalt`, base64-encoded and, for mime type
//! code `1`, zipped. The legal bases of the Aktivitätengruppen (the BPMN sub-processes of
//! the FIM notation) live only here, linked by `subProzessID`.

use crate::read::{read, Document, ReadError};
use crate::xml::{XmlError, MAX_INPUT_BYTES};
use base64::Engine;
use roxmltree::Node;
use serde::Serialize;
use std::io::Read;

/// The XProzess 2 namespace.
pub const XPROZESS_NS: &str = "http://www.regierung-mv.de/xprozess/2";

/// Largest embedded BPMN we unpack (the zip's declared size is not trusted: at most this
/// many bytes are inflated, then the model is refused as too large).
pub const MAX_EMBEDDED_BYTES: u64 = 64 * 1024 * 1024;

/// Why an XProzess message could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XProzessError {
    /// The text is not well-formed XML or breaks a safety limit (DOCTYPE, nesting depth,
    /// attributes per element); German message with line and column.
    #[error(transparent)]
    Xml(#[from] XmlError),
    /// The input exceeds [`MAX_INPUT_BYTES`].
    #[error("die Datei ist mit {0} Bytes zu groß (höchstens {MAX_INPUT_BYTES} Bytes)")]
    TooLarge(usize),
    /// The embedded model unpacks to more than [`MAX_EMBEDDED_BYTES`] (a zip bomb, or a
    /// model far beyond any real process).
    #[error("das eingebettete Prozessmodell `{file}` ist entpackt größer als die Grenze von {limit} Bytes")]
    EmbeddedTooLarge {
        /// `dateiname` of the model file.
        file: String,
        /// The limit ([`MAX_EMBEDDED_BYTES`]).
        limit: u64,
    },
    /// The root is not in the XProzess 2 namespace.
    #[error("keine XProzess-2-Nachricht: Wurzelelement `{0}`")]
    NotXProzess(String),
    /// The embedded model could not be decoded (base64 or zip).
    #[error("das eingebettete Prozessmodell `{file}` lässt sich nicht entpacken: {reason}")]
    Embedded {
        /// `dateiname` of the model file.
        file: String,
        /// What went wrong.
        reason: String,
    },
    /// The embedded BPMN could not be read.
    #[error("das eingebettete BPMN-Modell ist fehlerhaft: {0}")]
    Bpmn(#[from] ReadError),
}

/// A legal basis (`handlungsgrundlage`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LegalBasis {
    /// `name`, e.g. `§ 27 MuSchG`.
    pub name: String,
    /// `uri`, when given.
    pub uri: Option<String>,
}

/// An Aktivitätengruppe: one step of a FIM process, drawn as a BPMN sub-process.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ActivityGroup {
    /// `id` (e.g. `03`).
    pub id: String,
    /// `subProzessID`: the id of the BPMN sub-process.
    pub sub_process_id: String,
    /// `name`.
    pub name: String,
    /// `referenzaktivitaetengruppeTyp/code` (RAG 1..8), when given.
    pub rag_type: Option<String>,
    /// `handlungsgrundlage` entries.
    pub legal_bases: Vec<LegalBasis>,
}

/// The process metadata of an XProzess message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ProcessMeta {
    /// The process id (`prozess/id`, else `prozessklasse/id`).
    pub id: String,
    /// `name`.
    pub name: String,
    /// `version`.
    pub version: Option<String>,
    /// `zustandsangaben/status/code`.
    pub status: Option<String>,
    /// The Leistung reference: the id of the process class, which FIM derives from the
    /// LeiKa service key (`prozessklasse/id`, else `prozess/klassifikation/klasseID`).
    pub leistung: Option<String>,
    /// Legal bases of the process class.
    pub legal_bases: Vec<LegalBasis>,
    /// Aktivitätengruppen of the process.
    pub activity_groups: Vec<ActivityGroup>,
    /// `dateiname` of the process model file.
    pub model_file: Option<String>,
}

/// A read XProzess message: metadata and, when embedded, the BPMN model.
#[derive(Debug, Clone)]
pub struct XProzess {
    /// The process metadata.
    pub meta: ProcessMeta,
    /// The embedded BPMN model, when the message carries one.
    pub bpmn: Option<Document>,
    /// The BPMN source text (for positions of findings in the model).
    pub bpmn_source: Option<String>,
}

fn x_children<'a, 'i>(n: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    n.children().filter(move |c| {
        c.is_element()
            && c.tag_name().namespace() == Some(XPROZESS_NS)
            && c.tag_name().name() == name
    })
}

fn x_child<'a, 'i>(n: Node<'a, 'i>, name: &'a str) -> Option<Node<'a, 'i>> {
    x_children(n, name).next()
}

fn x_text(n: Node<'_, '_>, name: &str) -> Option<String> {
    x_child(n, name)
        .map(|c| {
            c.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect::<String>()
        })
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// The text of the unqualified `code` child of `n/name`.
fn code_of(n: Node<'_, '_>, name: &str) -> Option<String> {
    let c = x_child(n, name)?;
    c.descendants()
        .find(|d| {
            d.is_element() && d.tag_name().name() == "code" && d.tag_name().namespace().is_none()
        })
        .and_then(|d| d.text())
        .map(|s| s.trim().to_owned())
}

fn legal_bases(n: Node<'_, '_>) -> Vec<LegalBasis> {
    x_children(n, "handlungsgrundlage")
        .map(|h| LegalBasis {
            name: x_text(h, "name").unwrap_or_default(),
            uri: x_text(h, "uri"),
        })
        .collect()
}

/// Reads an XProzess 2 message and, when embedded, its BPMN model.
///
/// # Errors
/// [`XProzessError`] for bad XML, a broken resource limit (the same as for BPMN, see
/// [`crate::xml`], plus [`MAX_EMBEDDED_BYTES`] for the unpacked model), a foreign root, an
/// undecodable embedded model or an embedded model that is not BPMN.
pub fn read_xprozess(text: &str) -> Result<XProzess, XProzessError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(XProzessError::TooLarge(text.len()));
    }
    let xml = crate::xml::parse(text)?;
    let root = xml.root_element();
    if root.tag_name().namespace() != Some(XPROZESS_NS) {
        return Err(XProzessError::NotXProzess(
            root.tag_name().name().to_owned(),
        ));
    }
    let class = root.descendants().find(|d| {
        d.tag_name().namespace() == Some(XPROZESS_NS) && d.tag_name().name() == "prozessklasse"
    });
    let process = root.descendants().find(|d| {
        d.tag_name().namespace() == Some(XPROZESS_NS) && d.tag_name().name() == "prozess"
    });
    let main = process.or(class);
    let mut meta = ProcessMeta::default();
    if let Some(m) = main {
        meta.id = x_text(m, "id").unwrap_or_default();
        meta.name = x_text(m, "name").unwrap_or_default();
        meta.version = x_text(m, "version");
        meta.status = x_child(m, "zustandsangaben").and_then(|z| code_of(z, "status"));
    }
    if let Some(c) = class {
        meta.leistung = x_text(c, "id");
        meta.legal_bases = legal_bases(c);
        if meta.status.is_none() {
            meta.status = x_child(c, "zustandsangaben").and_then(|z| code_of(z, "status"));
        }
    }
    if meta.leistung.is_none() {
        meta.leistung = process
            .and_then(|p| x_child(p, "klassifikation"))
            .and_then(|k| x_text(k, "klasseID"));
    }
    meta.activity_groups = root
        .descendants()
        .filter(|d| {
            d.tag_name().namespace() == Some(XPROZESS_NS)
                && d.tag_name().name() == "aktivitaetengruppe"
        })
        .map(|g| ActivityGroup {
            id: x_text(g, "id").unwrap_or_default(),
            sub_process_id: x_text(g, "subProzessID").unwrap_or_default(),
            name: x_text(g, "name").unwrap_or_default(),
            rag_type: code_of(g, "referenzaktivitaetengruppeTyp"),
            legal_bases: legal_bases(g),
        })
        .collect();
    let file = root.descendants().find(|d| {
        d.tag_name().namespace() == Some(XPROZESS_NS) && d.tag_name().name() == "prozessmodelldatei"
    });
    let mut bpmn_source = None;
    if let Some(f) = file {
        let name = x_text(f, "dateiname").unwrap_or_default();
        meta.model_file = Some(name.clone());
        if let Some(content) = x_text(f, "inhalt") {
            let zipped = code_of(f, "mimeType").as_deref() == Some("1");
            bpmn_source = Some(unpack(&name, &content, zipped)?);
        }
    }
    let bpmn = match &bpmn_source {
        Some(src) => Some(read(src)?),
        None => None,
    };
    Ok(XProzess {
        meta,
        bpmn,
        bpmn_source,
    })
}

fn unpack(file: &str, content: &str, zipped: bool) -> Result<String, XProzessError> {
    unpack_limited(file, content, zipped, MAX_EMBEDDED_BYTES)
}

/// [`unpack`] with the size limit as a parameter (tests use a small one).
fn unpack_limited(
    file: &str,
    content: &str,
    zipped: bool,
    limit: u64,
) -> Result<String, XProzessError> {
    let err = |reason: String| XProzessError::Embedded {
        file: file.to_owned(),
        reason,
    };
    let too_large = || XProzessError::EmbeddedTooLarge {
        file: file.to_owned(),
        limit,
    };
    let cleaned: String = content.split_ascii_whitespace().collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(cleaned.as_bytes())
        .map_err(|e| err(format!("kein gültiges Base64: {e}")))?;
    let bytes = if zipped {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .map_err(|e| err(format!("kein gültiges ZIP: {e}")))?;
        let index = (0..archive.len())
            .find(|&i| {
                archive.name_for_index(i).is_some_and(|n| {
                    let n = n.to_ascii_lowercase();
                    n.ends_with(".xml") || n.ends_with(".bpmn")
                })
            })
            .ok_or_else(|| err("das ZIP enthält keine XML-Datei".to_owned()))?;
        let entry = archive
            .by_index(index)
            .map_err(|e| err(format!("ZIP-Eintrag unlesbar: {e}")))?;
        let mut out = Vec::new();
        // One byte more than the limit: reaching it means the entry is too large.
        entry
            .take(limit.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|e| err(format!("ZIP-Eintrag unlesbar: {e}")))?;
        if out.len() as u64 > limit {
            return Err(too_large());
        }
        out
    } else if bytes.len() as u64 > limit {
        return Err(too_large());
    } else {
        bytes
    };
    String::from_utf8(bytes).map_err(|_| err("das Modell ist kein UTF-8".to_owned()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests: a panic is a failure with its message.
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(name: &str, content: &[u8]) -> String {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        w.start_file(name, opts).unwrap();
        w.write_all(content).unwrap();
        let bytes = w.finish().unwrap().into_inner();
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    #[test]
    fn unpacking_stops_at_the_limit_and_says_so() {
        let limit = 64 * 1024;
        let at_limit = zip_of("m.bpmn", &vec![b' '; limit as usize]);
        assert_eq!(
            unpack_limited("m.zip", &at_limit, true, limit)
                .unwrap()
                .len(),
            limit as usize
        );
        let over = zip_of("m.bpmn", &vec![b' '; limit as usize + 1]);
        let e = unpack_limited("m.zip", &over, true, limit).unwrap_err();
        assert_eq!(
            e,
            XProzessError::EmbeddedTooLarge {
                file: "m.zip".into(),
                limit
            }
        );
        assert!(e
            .to_string()
            .contains("größer als die Grenze von 65536 Bytes"));
        // Not zipped: the decoded base64 is held to the same limit.
        let plain = base64::engine::general_purpose::STANDARD.encode(vec![b' '; 100]);
        assert!(matches!(
            unpack_limited("m.bpmn", &plain, false, 99),
            Err(XProzessError::EmbeddedTooLarge { .. })
        ));
    }
}
