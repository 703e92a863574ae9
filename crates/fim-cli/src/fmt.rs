//! `fim fmt`: rewrites XDatenfelder files in the writer's canonical form.

use anyhow::Result;
use fim_xml::WriteOptions;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Reads `path`, printing the reader's warnings to stderr; read errors carry file:line:col.
pub fn load(path: &Path) -> Result<(String, fim_xml::Document)> {
    let src = crate::io::read_text(path)?;
    let doc = fim_xml::read(&src).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
    for d in &doc.diagnostics {
        let pos = doc.lines.position(&src, d.span.start);
        eprintln!("{}:{pos}: warnung: {d}", path.display());
    }
    Ok((src, doc))
}

/// Writes `text` to `out` (atomically, [`crate::io::write_atomic`]), or to stdout when `out`
/// is `None`.
pub fn emit(text: &str, out: Option<&Path>) -> Result<()> {
    match out {
        Some(path) => crate::io::write_atomic(path, text.as_bytes()),
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(text.as_bytes())?;
            lock.flush()?;
            Ok(())
        }
    }
}

/// Options of `fim fmt`.
pub struct FmtArgs {
    /// Files to format.
    pub files: Vec<PathBuf>,
    /// Rewrite the files in place instead of printing.
    pub write: bool,
    /// Only check: exit 1 when a file is not in canonical form.
    pub check: bool,
    /// Namespace prefix.
    pub prefix: String,
}

/// Runs `fim fmt`.
pub fn run(args: &FmtArgs) -> Result<ExitCode> {
    let options = WriteOptions {
        prefix: args.prefix.clone(),
        ..WriteOptions::default()
    };
    let mut unformatted = 0;
    for path in &args.files {
        let (src, doc) = load(path)?;
        let out = fim_xml::write_with(&doc.message, &options)?;
        if args.check {
            if out != src {
                eprintln!("{}: nicht im kanonischen Format", path.display());
                unformatted += 1;
            }
        } else if args.write {
            if out != src {
                emit(&out, Some(path))?;
            }
        } else {
            emit(&out, None)?;
        }
    }
    Ok(if unformatted > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
