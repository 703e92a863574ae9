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
/// Lines end at `\n`; a `\r\n` pair counts as one line end (the `\r` is the last column of
/// its line). Building the index is one `memchr` pass; a lookup is a binary search plus a
/// character count within the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    /// Builds the index of `text`. Texts of 4 GiB or more are indexed up to `u32::MAX`.
    pub fn new(text: &str) -> Self {
        let mut line_starts = Vec::with_capacity(text.len() / 40 + 1);
        line_starts.push(0);
        for pos in memchr::memchr_iter(b'\n', text.as_bytes()) {
            match u32::try_from(pos + 1) {
                Ok(p) => line_starts.push(p),
                Err(_) => break,
            }
        }
        LineIndex {
            line_starts,
            len: u32::try_from(text.len()).unwrap_or(u32::MAX),
        }
    }

    /// Number of lines (a text without newline has one line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Position of byte `offset` in `text` (the text this index was built from).
    ///
    /// An offset inside a multi-byte character is moved back to that character's start; an
    /// offset past the end is clamped to the end. Never panics.
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
        while end > start && bytes.get(end).is_some_and(|&b| (b as i8) < -0x40) {
            end -= 1;
        }
        let column = if start <= end {
            // Count characters: every byte that is not a UTF-8 continuation byte starts one.
            bytes[start..end]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count()
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
    fn empty_text_has_one_line() {
        let idx = LineIndex::new("");
        assert_eq!(idx.position("", 0), Position { line: 1, column: 1 });
        assert_eq!(idx.line_start(1), Some(0));
        assert_eq!(idx.line_start(0), None);
    }
}
