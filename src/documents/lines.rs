//! Byte offsets to 1-based lines and character columns.

use std::ops::Range;

/// Start offsets of every line of a text, for fast offset → line:col.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// On long lines, every [`MARK_EVERY`] bytes: (byte offset, characters
    /// from its line's start), so a column is counted from the nearest
    /// mark, not from the start of a line that may be megabytes long.
    marks: Vec<(usize, usize)>,
}

const MARK_EVERY: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut marks = Vec::new();
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(text.len(), |&n| n - 1);
            if end - start <= MARK_EVERY {
                continue;
            }
            let mut next = start + MARK_EVERY;
            for (chars, (i, _)) in text[start..end].char_indices().enumerate() {
                if start + i >= next {
                    marks.push((start + i, chars));
                    next = start + i + MARK_EVERY;
                }
            }
        }
        LineIndex { starts, marks }
    }

    /// 1-based line and column of byte offset `at`; columns count characters,
    /// so curly quotes and dashes before a span do not shift it.
    pub fn line_col(&self, text: &str, at: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= at).max(1);
        let start = self.starts[line - 1];
        let at = crate::error::floor_char_boundary(text, at.min(text.len()));
        let (from, before) = match self.marks.partition_point(|&(m, _)| m <= at) {
            0 => (start, 0),
            k if self.marks[k - 1].0 < start => (start, 0),
            k => self.marks[k - 1],
        };
        (line, before + text[from..at].chars().count() + 1)
    }

    /// Byte range of each line, without its `\n` (and without a `\r` before it).
    pub fn line_ranges<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        self.starts.iter().enumerate().map(move |(i, &start)| {
            let mut end = self.starts.get(i + 1).map_or(text.len(), |&n| n - 1);
            if end > start && text.as_bytes()[end - 1] == b'\r' {
                end -= 1;
            }
            start..end
        })
    }

    /// The text of 1-based line `line`.
    pub fn line<'a>(&self, text: &'a str, line: usize) -> &'a str {
        self.line_ranges(text)
            .nth(line.saturating_sub(1))
            .map_or("", |r| &text[r])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_on_long_lines_use_marks() {
        let text = format!("a\n{}x\n{}y", "é".repeat(10_000), "b".repeat(9_000));
        let idx = LineIndex::new(&text);
        assert!(!idx.marks.is_empty());
        for (needle, want) in [("x", (2, 10_001)), ("y", (3, 9_001)), ("a", (1, 1))] {
            let at = text.find(needle).unwrap();
            assert_eq!(idx.line_col(&text, at), want, "{needle}");
        }
        // Every offset agrees with counting from the line's start.
        for at in (0..text.len()).step_by(997) {
            let at = crate::error::floor_char_boundary(&text, at);
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let col = text[line_start..at].chars().count() + 1;
            assert_eq!(idx.line_col(&text, at).1, col, "{at}");
        }
    }

    #[test]
    fn columns_count_characters() {
        let text = "Kyiv’s “talks”\nline two — 88 hurt";
        let idx = LineIndex::new(text);
        let at = text.find("88").unwrap();
        assert_eq!(idx.line_col(text, at), (2, 12));
        let at = text.find("talks").unwrap();
        assert_eq!(idx.line_col(text, at), (1, 9));
    }

    #[test]
    fn line_ranges_drop_cr() {
        let text = "a\r\nbc\n\nd";
        let idx = LineIndex::new(text);
        let lines: Vec<_> = idx.line_ranges(text).map(|r| &text[r]).collect();
        assert_eq!(lines, ["a", "bc", "", "d"]);
    }
}
