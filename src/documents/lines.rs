//! Byte offsets to 1-based lines and character columns.

use std::ops::Range;

/// Start offsets of every line of a text, for fast offset → line:col.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and column of byte offset `at`; columns count characters,
    /// so curly quotes and dashes before a span do not shift it.
    pub fn line_col(&self, text: &str, at: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= at).max(1);
        let start = self.starts[line - 1];
        let at = crate::error::floor_char_boundary(text, at.min(text.len()));
        (line, text[start..at].chars().count() + 1)
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
