//! Source positions: byte spans and the line index that turns them into lines and columns.
//!
//! Every model element carries a [`Span`] (a byte range into the source text). Lines and
//! columns are computed only when a human needs them, through one [`LineIndex`] per file.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the source text.
///
/// Offsets are `u32`: readers refuse inputs of 4 GiB or more.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub const fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }

    /// The span as a `usize` range, for slicing the source.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Length in bytes.
    pub const fn len(self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// A human position: 1-based line and 1-based column counted in characters (Unicode scalar
/// values), so that `ü` counts as one column although it is two bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Position {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Offsets of line starts in one source text; converts byte offsets into [`Position`]s.
///
/// Lines end at `\n`, at `\r\n` (one line end; the `\r` is the last column of its line) and
/// at a lone `\r`, as XML's end-of-line handling reads them. Building the index is one
/// linear pass. A lookup is a binary search for the line plus a character count of at most
/// [`LineIndex::CHUNK`] bytes: the index keeps the number of characters before every
/// `CHUNK`-byte boundary (none for ASCII-only text, where bytes are characters), so that
/// positions on a very long line cost no more than on a short one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    /// `chunk_chars[k]`: characters in `text[..k * CHUNK]`; empty when the text is ASCII.
    chunk_chars: Vec<u32>,
    len: u32,
}

/// Whether `b` starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl LineIndex {
    /// Bytes between two character-count checkpoints: the most a lookup counts.
    pub const CHUNK: usize = 128;

    /// Builds the index of `text`. Texts of 4 GiB or more are indexed up to `u32::MAX`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
        let bytes = bytes.get(..len as usize).unwrap_or(bytes);
        let mut line_starts = Vec::with_capacity(bytes.len() / 40 + 1);
        line_starts.push(0);
        for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // `\r\n` ends its line at the `\n`.
            if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                continue;
            }
            match u32::try_from(pos + 1) {
                Ok(p) => line_starts.push(p),
                Err(_) => break,
            }
        }
        let chunk_chars = if bytes.is_ascii() {
            Vec::new()
        } else {
            let mut counts = Vec::with_capacity(bytes.len() / Self::CHUNK + 1);
            let mut total = 0u32;
            counts.push(0);
            for chunk in bytes.chunks(Self::CHUNK) {
                total += chunk.iter().filter(|&&b| starts_char(b)).count() as u32;
                counts.push(total);
            }
            counts
        };
        LineIndex {
            line_starts,
            chunk_chars,
            len,
        }
    }

    /// Number of lines (a text without line end has one line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Characters in `bytes[..end]`, from the checkpoint before `end` (at most `CHUNK` bytes
    /// counted).
    fn chars_before(&self, bytes: &[u8], end: usize) -> usize {
        if self.chunk_chars.is_empty() {
            return end;
        }
        let k = (end / Self::CHUNK).min(self.chunk_chars.len() - 1);
        let from = k * Self::CHUNK;
        let base = self.chunk_chars[k] as usize;
        base + bytes
            .get(from..end)
            .map_or(0, |s| s.iter().filter(|&&b| starts_char(b)).count())
    }

    /// Position of byte `offset` in `text` (the text this index was built from).
    ///
    /// An offset inside a multi-byte character is moved back to that character's start; an
    /// offset past the end is clamped to the end. Never panics. O(log lines + `CHUNK`).
    pub fn position(&self, text: &str, offset: u32) -> Position {
        let offset = offset.min(self.len);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0) as usize;
        let bytes = text.as_bytes();
        let mut end = (offset as usize).min(bytes.len());
        // Inside a multi-byte character: move back to its first byte.
        while end > start && bytes.get(end).is_some_and(|&b| !starts_char(b)) {
            end -= 1;
        }
        let column = if start <= end {
            self.chars_before(bytes, end)
                .saturating_sub(self.chars_before(bytes, start))
        } else {
            0
        };
        Position {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }

    /// Byte offset where 1-based `line` starts, if the line exists.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        let idx = usize::try_from(line).ok()?.checked_sub(1)?;
        self.line_starts.get(idx).copied()
    }

    /// The text of 1-based `line` without its line end (`\n`, `\r\n` or `\r`), if the line
    /// exists. For excerpts: this is where a line ends, whichever line end the file uses.
    pub fn line_text<'t>(&self, text: &'t str, line: u32) -> Option<&'t str> {
        let idx = usize::try_from(line).ok()?.checked_sub(1)?;
        let start = *self.line_starts.get(idx)? as usize;
        let end = self
            .line_starts
            .get(idx + 1)
            .map_or(text.len(), |&e| e as usize);
        let line = text.get(start..end.min(text.len()))?;
        let line = line.strip_suffix('\n').unwrap_or(line);
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "ab\nÄüc\r\nx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(idx.position(text, 3), Position { line: 2, column: 1 });
        // 'c' is after two 2-byte characters: byte 3 + 4 = 7, column 3.
        assert_eq!(idx.position(text, 7), Position { line: 2, column: 3 });
        // Inside 'Ä' (byte 4) rounds down to its start column.
        assert_eq!(idx.position(text, 4), Position { line: 2, column: 1 });
        assert_eq!(idx.position(text, 10), Position { line: 3, column: 1 });
        // Clamped past the end.
        assert_eq!(idx.position(text, 99), Position { line: 3, column: 2 });
    }

    #[test]
    fn cr_lf_and_lone_cr_end_lines() {
        let text = "a\rb\r\nc\nd\r\re";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 6);
        let at = |o| idx.position(text, o);
        assert_eq!(at(2), Position { line: 2, column: 1 });
        // The `\r` of `\r\n` is the last column of line 2; `\n` too.
        assert_eq!(at(3), Position { line: 2, column: 2 });
        assert_eq!(at(5), Position { line: 3, column: 1 });
        assert_eq!(at(7), Position { line: 4, column: 1 });
        assert_eq!(at(9), Position { line: 5, column: 1 });
        assert_eq!(at(10), Position { line: 6, column: 1 });
        let lines: Vec<_> = (1..=7).map(|l| idx.line_text(text, l)).collect();
        assert_eq!(
            lines,
            [
                Some("a"),
                Some("b"),
                Some("c"),
                Some("d"),
                Some(""),
                Some("e"),
                None
            ]
        );
    }

    #[test]
    fn columns_agree_with_a_plain_count_across_chunks() {
        // Multi-byte characters straddling checkpoint boundaries, on long lines.
        let text: String = (0..2000)
            .map(|i| match i % 7 {
                0 => "ä",
                1 => "\u{1F600}",
                2 if i % 300 == 2 => "\n",
                3 if i % 500 == 3 => "\r",
                _ => "x",
            })
            .collect();
        let idx = LineIndex::new(&text);
        for offset in 0..=text.len() as u32 {
            let mut end = offset as usize;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let before = &text[..end];
            let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            let line = 1 + before.matches(['\n', '\r']).count();
            let column = 1 + before[line_start..].chars().count();
            let want = Position {
                line: line as u32,
                column: column as u32,
            };
            assert_eq!(idx.position(&text, offset), want, "offset {offset}");
        }
    }

    #[test]
    fn empty_text_has_one_line() {
        let idx = LineIndex::new("");
        assert_eq!(idx.position("", 0), Position { line: 1, column: 1 });
        assert_eq!(idx.line_start(1), Some(0));
        assert_eq!(idx.line_start(0), None);
    }
}
