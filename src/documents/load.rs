//! Finding and reading the articles named on the command line: files,
//! folders (walked in a sorted, deterministic order) and manifests.

use super::{front_matter, markdown, BoilerplateRule, Document, Format, Manifest, Metadata};
use crate::error::{line_col, Error, Result};
use jiff::civil::Date;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// What to read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Files and folders; empty with a manifest means "the manifest's files".
    pub paths: Vec<PathBuf>,
    pub manifest: Option<PathBuf>,
    /// Publication date for files that have none of their own.
    pub default_date: Option<Date>,
}

/// The documents read, and notes for the user (files skipped, and why).
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub notes: Vec<String>,
}

/// Reads every article named by `opts`.
pub fn load_documents(opts: &LoadOptions, boilerplate: &[BoilerplateRule]) -> Result<Loaded> {
    let manifest = opts.manifest.as_deref().map(Manifest::load).transpose()?;
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    if opts.paths.is_empty() {
        match &manifest {
            Some(m) => files.extend(m.entries.iter().map(|e| e.path.clone())),
            None => {
                return Err(Error::msg(
                    "no articles given: name files or folders, or a --manifest",
                ))
            }
        }
    }
    for path in &opts.paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, &e))?;
        if meta.is_dir() {
            let before = files.len();
            let noted = loaded.notes.len();
            walk(path, &mut files, &mut loaded.notes, manifest.as_ref())?;
            if files.len() == before {
                let skipped: Vec<String> = loaded.notes[noted..]
                    .iter()
                    .filter_map(|n| n.split(": skipped").next())
                    .filter_map(|p| {
                        Path::new(p)
                            .file_name()
                            .map(|f| f.to_string_lossy().into_owned())
                    })
                    .take(5)
                    .collect();
                let mut msg = "no articles found in this folder (claimgraph reads .txt, .md and .markdown files)".to_string();
                if !skipped.is_empty() {
                    msg += &format!("; skipped: {}", skipped.join(", "));
                }
                return Err(Error::in_file(path, msg));
            }
        } else {
            files.push(path.clone());
        }
    }
    for file in files {
        let mut meta = Metadata::default();
        if let Some(entry) = manifest.as_ref().and_then(|m| m.entry_for(&file)) {
            meta = Metadata {
                published: entry.published,
                published_from: entry.published.map(|_| "manifest"),
                title: entry.title.clone(),
                source: entry.source.clone(),
                url: entry.url.clone(),
            };
        }
        let doc = read_document(&file, meta, opts.default_date, boilerplate)?;
        loaded.documents.push(doc);
    }
    Ok(loaded)
}

/// The format of a file, from its name; `None` for files claimgraph skips.
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
        _ => None,
    }
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    notes: &mut Vec<String>,
    manifest: Option<&Manifest>,
) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, &e))?
        .map(|e| e.map(|e| e.path()).map_err(|err| Error::io(dir, &err)))
        .collect::<Result<_>>()?;
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        let ft = std::fs::symlink_metadata(&path).map_err(|e| Error::io(&path, &e))?;
        if ft.is_symlink() {
            notes.push(format!("{}: skipped: symbolic link", path.display()));
        } else if ft.is_dir() {
            walk(&path, files, notes, manifest)?;
        } else if format_of(&path).is_some() {
            files.push(path);
        } else if manifest.is_some_and(|m| same_file(&m.path, &path)) {
            // The manifest itself is not an article.
        } else {
            notes.push(format!(
                "{}: skipped: not a .txt or .md article",
                path.display()
            ));
        }
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Reads one article file. The text must be UTF-8; binary files and other
/// encodings are errors that say what was found.
pub fn read_document(
    path: &Path,
    mut meta: Metadata,
    default_date: Option<Date>,
    boilerplate: &[BoilerplateRule],
) -> Result<Document> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    let raw = decode(path, bytes)?;
    let format = format_of(path).unwrap_or(Format::Text);
    let (keep, blocks) = match format {
        Format::Text => {
            let start = bom_len(&raw);
            (
                std::iter::once(start..raw.len()).collect(),
                text_blocks(&raw, start),
            )
        }
        Format::Markdown => {
            let mut body_start = bom_len(&raw);
            if let Some(fm) = front_matter::parse(path, &raw[body_start..])? {
                body_start += fm.body_start;
                merge(&mut meta, fm.meta);
            }
            markdown::prose(&raw, body_start)
        }
    };
    if meta.published.is_none() {
        if let Some(d) = default_date {
            meta.published = Some(d);
            meta.published_from = Some("--date");
        }
    }
    Ok(Document::new(
        path.to_path_buf(),
        format,
        raw,
        &keep,
        blocks,
        meta,
        boilerplate,
    ))
}

/// Front matter wins over the manifest: it travels with the file.
fn merge(meta: &mut Metadata, fm: Metadata) {
    if fm.published.is_some() {
        meta.published = fm.published;
        meta.published_from = fm.published_from;
    }
    meta.title = fm.title.or(meta.title.take());
    meta.source = fm.source.or(meta.source.take());
    meta.url = fm.url.or(meta.url.take());
}

fn bom_len(raw: &str) -> usize {
    if raw.starts_with('\u{feff}') {
        3
    } else {
        0
    }
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(Error::in_file(
            path,
            "file is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8",
        ));
    }
    let probe = &bytes[..bytes.len().min(8192)];
    if probe.contains(&0) {
        return Err(Error::in_file(
            path,
            "binary file (it contains NUL bytes); not an article",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
        let (line, col) = line_col(&valid, at);
        Error::in_file(
            path,
            format!(
                "invalid UTF-8 (byte 0x{:02x} at offset {at})",
                e.as_bytes()[at]
            ),
        )
        .at(line, Some(col))
    })
}

/// Blocks of a plain-text file. Most exports hold one paragraph (or heading)
/// per line: then every line is a block. A hard-wrapped file (most lines that
/// continue a paragraph end mid-sentence) has blank-line paragraphs instead.
pub(crate) fn text_blocks(raw: &str, start: usize) -> Vec<Range<usize>> {
    if is_hard_wrapped(&raw[start..]) {
        paragraphs(raw, start)
    } else {
        lines(raw, start)
    }
}

fn is_hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    let mut continued = 0;
    let mut unpunctuated = 0;
    for pair in lines.windows(2) {
        let (a, b) = (pair[0].trim_end(), pair[1].trim());
        if a.trim().is_empty() || b.is_empty() {
            continue;
        }
        continued += 1;
        if !a.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'']) {
            unpunctuated += 1;
        }
    }
    continued >= 2 && unpunctuated * 2 > continued
}

fn lines(raw: &str, start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = start;
    for line in raw[start..].split_inclusive('\n') {
        if !line.trim().is_empty() {
            out.push(offset..offset + line.trim_end_matches(['\n', '\r']).len());
        }
        offset += line.len();
    }
    out
}

/// Paragraphs of a plain-text file: runs of non-blank lines.
fn paragraphs(raw: &str, start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut offset = start;
    for line in raw[start..].split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, open) {
            (false, None) => open = Some(offset),
            (true, Some(s)) => {
                out.push(s..offset);
                open = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = open {
        out.push(s..raw.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(raw: &str) -> Vec<&str> {
        text_blocks(raw, 0).into_iter().map(|r| &raw[r]).collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        let raw = "Talks Resume\nOfficials met on Monday.\nA strike hurt 6.\n\nRelated";
        assert_eq!(
            blocks(raw),
            [
                "Talks Resume",
                "Officials met on Monday.",
                "A strike hurt 6.",
                "Related"
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs() {
        let raw = "Officials said the strike\ninjured 12 people in the\ncity on Monday.\n\nA second\nparagraph here.\n";
        assert_eq!(
            blocks(raw),
            [
                "Officials said the strike\ninjured 12 people in the\ncity on Monday.\n",
                "A second\nparagraph here.\n"
            ]
        );
    }
}
