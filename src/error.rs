//! One error type for every stage: it always names the file it is about, and
//! the line, column and rule where there is one, so a user can go straight to
//! the cause. The binary prints it once and exits with status 2.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error in the input (an article, a manifest, a rule pack, a front matter
/// block) or in reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file the error is about.
    pub path: Option<PathBuf>,
    /// 1-based line in that file.
    pub line: Option<usize>,
    /// 1-based column (in characters) on that line.
    pub column: Option<usize>,
    /// The rule the error is about, in a rule pack.
    pub rule: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
}

/// The result type of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error with a message only.
    pub fn msg(message: impl Into<String>) -> Self {
        Error {
            path: None,
            line: None,
            column: None,
            rule: None,
            message: message.into(),
        }
    }

    /// An error about a file.
    pub fn in_file(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Error {
            path: Some(path.as_ref().to_path_buf()),
            ..Error::msg(message)
        }
    }

    /// An I/O error while reading or writing `path`.
    pub fn io(path: impl AsRef<Path>, err: &std::io::Error) -> Self {
        let what = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => err.to_string(),
        };
        Error::in_file(path, what)
    }

    /// Sets the 1-based line (and column).
    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }

    /// Sets the rule id.
    pub fn rule(mut self, id: impl Into<String>) -> Self {
        self.rule = Some(id.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
            }
            write!(f, ": ")?;
        }
        if let Some(rule) = &self.rule {
            write!(f, "rule `{rule}`: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

/// An error for TOML that does not parse or does not fit its schema, at
/// the line and column the parser points to.
pub fn toml_error(path: &Path, text: &str, what: &str, e: &toml::de::Error) -> Error {
    let err = Error::in_file(path, format!("invalid {what}: {}", e.message().trim_end()));
    match e.span() {
        Some(span) => {
            let (line, col) = line_col(text, span.start);
            err.at(line, Some(col))
        }
        None => err,
    }
}

/// 1-based line and column (in characters) of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = floor_char_boundary(text, at.min(text.len()));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

/// The largest char boundary at or below `at`.
pub fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
