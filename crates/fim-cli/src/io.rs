//! The one place where `fim` reads input files and writes output files.
//!
//! Reading ([`read_text`]): at most [`max_input_bytes`] bytes (default
//! [`DEFAULT_MAX_INPUT_MIB`] MiB, the BPMN reader's limit; `--max-input-mib` changes it),
//! device files refused, bytes decoded by [`fim_xml::decode`] (UTF-8, UTF-16, declared
//! single-byte encodings). Errors are German and name the file.
//!
//! Writing ([`write_atomic`]): into a temporary file in the target's folder, flushed to disk,
//! then renamed over the target, so the target is either the old or the new file, never a
//! partial one; the target's permissions (and, where allowed, owner) are kept; a symlink is
//! followed and its target replaced (the link stays). [`refuse_input_overwrite`] stops a
//! command from writing over one of its own inputs.

use anyhow::{bail, Context, Result};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Default input size limit in MiB (the same as `fim_process::read::MAX_INPUT_BYTES`).
pub const DEFAULT_MAX_INPUT_MIB: u64 = 256;

static MAX_INPUT_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_MAX_INPUT_MIB << 20);

/// Sets the input size limit (from `--max-input-mib`).
pub fn set_max_input_mib(mib: u64) {
    MAX_INPUT_BYTES.store(mib.saturating_mul(1 << 20), Ordering::Relaxed);
}

/// The largest input file `fim` reads, in bytes.
pub fn max_input_bytes() -> u64 {
    MAX_INPUT_BYTES.load(Ordering::Relaxed)
}

fn too_large(path: &Path, limit: u64) -> anyhow::Error {
    anyhow::anyhow!(
        "{}: Datei zu groß (mehr als {} MiB; Grenze mit --max-input-mib änderbar)",
        path.display(),
        limit >> 20
    )
}

/// Reads the bytes of `path`, at most [`max_input_bytes`]; device files are refused.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let limit = max_input_bytes();
    let file = File::open(path)
        .with_context(|| format!("{} kann nicht gelesen werden", path.display()))?;
    let meta = file
        .metadata()
        .with_context(|| format!("{} kann nicht gelesen werden", path.display()))?;
    let kind = meta.file_type();
    if kind.is_dir() {
        bail!("{} ist ein Verzeichnis, keine Datei", path.display());
    }
    if is_device(&kind) {
        bail!(
            "{} ist eine Gerätedatei, keine reguläre Datei: wird nicht gelesen",
            path.display()
        );
    }
    if kind.is_file() && meta.len() > limit {
        return Err(too_large(path, limit));
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .with_context(|| format!("{} kann nicht gelesen werden", path.display()))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, limit));
    }
    Ok(bytes)
}

#[cfg(unix)]
fn is_device(kind: &std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    kind.is_char_device() || kind.is_block_device()
}

#[cfg(not(unix))]
fn is_device(_: &std::fs::FileType) -> bool {
    false
}

/// Reads `path` as text: size-limited ([`read_bytes`]) and decoded ([`fim_xml::decode`]).
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
    decode(path, bytes)
}

/// Decodes the bytes of `path` (see [`fim_xml::decode`]); UTF-8 is not copied.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let converted = match fim_xml::decode(&bytes) {
        Ok(std::borrow::Cow::Borrowed(_)) => None,
        Ok(std::borrow::Cow::Owned(text)) => Some(text),
        Err(e) => bail!("{}:{e}", path.display()),
    };
    match converted {
        Some(text) => Ok(text),
        // Checked by `decode` above; the error cannot occur.
        None => String::from_utf8(bytes)
            .with_context(|| format!("{}: ungültiges UTF-8", path.display())),
    }
}

/// Follows `path` through symlinks (up to 40) to the file a write must replace. A dangling
/// link gives its (missing) target, which the write then creates.
pub fn resolve_link(path: &Path) -> Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&p)
                    .with_context(|| format!("{} kann nicht gelesen werden", p.display()))?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(p),
        }
    }
    bail!(
        "{}: zu viele symbolische Verknüpfungen hintereinander",
        path.display()
    )
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A temporary file that is removed unless it was renamed into place.
struct Temp {
    path: PathBuf,
    done: bool,
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Writes `bytes` to `target` atomically (see the module documentation).
pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(target, |w| w.write_all(bytes))
}

/// [`write_atomic`] with the content produced by `fill` (tests inject failing writers).
pub fn write_atomic_with(
    target: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let fail = |e: std::io::Error| {
        anyhow::anyhow!(
            "{} kann nicht geschrieben werden: {e} (die Datei ist unverändert)",
            target.display()
        )
    };
    let real = resolve_link(target)?;
    let dir = match real.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ausgabe".to_owned());
    let old = std::fs::metadata(&real).ok().filter(|m| m.is_file());
    let (mut file, temp) = create_temp(&dir, &name).map_err(fail)?;
    let mut temp = Temp {
        path: temp,
        done: false,
    };
    {
        let mut w = std::io::BufWriter::new(&mut file);
        fill(&mut w).map_err(fail)?;
        w.flush().map_err(fail)?;
    }
    if let Some(old) = &old {
        file.set_permissions(old.permissions()).map_err(fail)?;
        keep_owner(&temp.path, old);
    }
    file.sync_all().map_err(fail)?;
    drop(file);
    std::fs::rename(&temp.path, &real).map_err(fail)?;
    temp.done = true;
    // Make the rename itself durable; not every platform can open a folder.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn create_temp(dir: &Path, name: &str) -> std::io::Result<(File, PathBuf)> {
    loop {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".{name}.{}-{n}.fim-tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(f) => return Ok((f, path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(unix)]
fn keep_owner(path: &Path, old: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt;
    // Only root may give a file away; for others the owner is already theirs.
    let _ = std::os::unix::fs::chown(path, Some(old.uid()), Some(old.gid()));
}

#[cfg(not(unix))]
fn keep_owner(_: &Path, _: &std::fs::Metadata) {}

/// Whether `a` and `b` name the same existing file (through links and different spellings).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Refuses to write `output` when it is one of the command's `inputs`, unless `allowed`
/// (`--overwrite-input`).
pub fn refuse_input_overwrite(output: &Path, inputs: &[&Path], allowed: bool) -> Result<()> {
    if allowed {
        return Ok(());
    }
    if let Some(i) = inputs.iter().find(|i| same_file(output, i)) {
        bail!(
            "{} ist zugleich Eingabedatei ({}): wird nicht überschrieben (mit --overwrite-input erlauben)",
            output.display(),
            i.display()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is a failed test.
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("fim-io-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn leftovers(d: &Path) -> Vec<String> {
        std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".fim-tmp"))
            .collect()
    }

    #[test]
    fn a_failing_write_keeps_the_original_and_no_temp_file() {
        let d = dir("fail");
        let t = d.join("a.xml");
        std::fs::write(&t, "original").unwrap();
        // A writer that fails half-way, as on a full disk.
        let e = write_atomic_with(&t, |w| {
            w.write_all(b"half")?;
            Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "kein Platz",
            ))
        })
        .unwrap_err();
        assert!(e.to_string().contains("unverändert"), "{e}");
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "original");
        assert!(leftovers(&d).is_empty());
        std::fs::remove_dir_all(&d).ok();
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_and_writes_through_links() {
        use std::os::unix::fs::PermissionsExt;
        let d = dir("perm");
        let t = d.join("a.xml");
        std::fs::write(&t, "old").unwrap();
        std::fs::set_permissions(&t, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = d.join("link.xml");
        std::os::unix::fs::symlink("a.xml", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "new");
        let mode = std::fs::metadata(&t).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert!(leftovers(&d).is_empty());
        // A dangling link: the write creates its target.
        let dangling = d.join("dangling.xml");
        std::os::unix::fs::symlink("neu.xml", &dangling).unwrap();
        write_atomic(&dangling, b"x").unwrap();
        assert_eq!(std::fs::read_to_string(d.join("neu.xml")).unwrap(), "x");
        std::fs::remove_dir_all(&d).ok();
    }

    #[test]
    fn input_overwrite_is_refused_unless_allowed() {
        let d = dir("input");
        let a = d.join("a.xml");
        std::fs::write(&a, "x").unwrap();
        let spelled = d.join(".").join("a.xml");
        let e = refuse_input_overwrite(&spelled, &[&a], false).unwrap_err();
        assert!(e.to_string().contains("--overwrite-input"), "{e}");
        refuse_input_overwrite(&spelled, &[&a], true).unwrap();
        refuse_input_overwrite(&d.join("b.xml"), &[&a], false).unwrap();
        std::fs::remove_dir_all(&d).ok();
    }
}
