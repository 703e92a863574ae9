//! Reading input files: the CLI's limits (256 MiB, no devices) and the XML decoding rules.

use crate::errors::Failure;
use std::io::Read as _;
use std::path::Path;

/// Largest file read, as in the CLI (`--max-input-mib` default).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

fn io_failure(path: &Path, e: &std::io::Error) -> Failure {
    Failure::Io {
        path: path.display().to_string(),
        kind: e.kind(),
        message: format!("kann nicht gelesen werden: {e}"),
    }
}

/// Reads a file's bytes; refuses devices, folders and files over [`MAX_INPUT_BYTES`].
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    let meta = std::fs::metadata(path).map_err(|e| io_failure(path, &e))?;
    if !meta.is_file() {
        return Err(Failure::Read {
            message: "keine reguläre Datei (Ordner oder Gerätedatei)".into(),
            position: None,
            path: Some(path.display().to_string()),
        });
    }
    let file = std::fs::File::open(path).map_err(|e| io_failure(path, &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_failure(path, &e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Failure::Read {
            message: format!(
                "Datei größer als {} MiB; nicht gelesen",
                MAX_INPUT_BYTES / 1024 / 1024
            ),
            position: None,
            path: Some(path.display().to_string()),
        });
    }
    Ok(bytes)
}

/// Bytes to text by the XML rules (BOM, UTF-16, declared encoding), as the CLI does.
pub fn decode(bytes: &[u8]) -> Result<String, Failure> {
    fim_xml::decode(bytes)
        .map(|t| t.into_owned())
        .map_err(|e| Failure::read(&e.kind, e.position.line, e.position.column))
}

/// Reads and decodes a text file.
pub fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = read_bytes(path)?;
    decode(&bytes).map_err(|f| f.in_file(path))
}

/// A `str` given where XML text is expected that holds no `<`: most likely a path meant for
/// `read_schema_file`/`read_process_file`.
pub fn looks_like_path(text: &str) -> Option<Failure> {
    (!text.contains('<')).then(|| Failure::Read {
        message: "kein XML-Text (kein `<` gefunden); einen Pfad als pathlib.Path übergeben \
                  oder read_schema_file/read_process_file verwenden"
            .into(),
        position: None,
        path: None,
    })
}
