//! Finding and reading the articles named on the command line: files,
//! folders (walked in a sorted, deterministic order) and manifests.

use super::{
    front_matter, markdown, markup, BoilerplateRule, Document, Format, Manifest, Metadata,
};
use crate::error::{line_col, Error, Result};
use crate::limits::{ByteSize, Limits};
use jiff::civil::Date;
use rayon::prelude::*;
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
    /// Region (ISO 3166 code) for files that name none of their own.
    pub default_region: Option<String>,
    /// Globs a walked file must match (all files when empty).
    pub include: Vec<String>,
    /// Globs of files to leave out.
    pub exclude: Vec<String>,
    /// Show a progress line on stderr while reading.
    pub progress: bool,
    /// Files and folders that belong to the setup (rule packs, fact files):
    /// not articles, and not worth a note when a walk meets them.
    pub setup: Vec<PathBuf>,
    /// The largest file read.
    pub limits: Limits,
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
            walk(path, opts, &mut files, &mut loaded.notes, manifest.as_ref())?;
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
                let mut msg = format!(
                    "no articles found in this folder (claimgraph reads {})",
                    READS
                );
                if !skipped.is_empty() {
                    msg += &format!("; skipped: {}", skipped.join(", "));
                }
                return Err(Error::in_file(path, msg));
            }
        } else {
            files.push(path.clone());
        }
    }
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = files.len();
    let read: Vec<Result<Vec<Document>>> = files
        .par_iter()
        .map(|file| {
            if opts.progress {
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                if n % 64 == 0 || n == total {
                    eprint!("\rclaimgraph: read {n}/{total} files");
                    if n == total {
                        eprint!("\r\x1b[K");
                    }
                }
            }
            let mut meta = Metadata::default();
            if let Some(entry) = manifest.as_ref().and_then(|m| m.entry_for(file)) {
                meta = Metadata {
                    published: entry.published,
                    published_from: entry.published.map(|_| "manifest"),
                    title: entry.title.clone(),
                    source: entry.source.clone(),
                    url: entry.url.clone(),
                    region: entry.region.clone(),
                };
            }
            read_file(file, meta, opts.default_date, boilerplate, &opts.limits)
        })
        .collect();
    for docs in read {
        loaded.documents.extend(docs?);
    }
    // The same documents in any order on the command line are the same
    // corpus: sorted by path, a file named twice read once.
    loaded.documents.sort_by(|a, b| a.path.cmp(&b.path));
    loaded.documents.dedup_by(|a, b| a.path == b.path);
    if let Some(r) = &opts.default_region {
        for doc in loaded
            .documents
            .iter_mut()
            .filter(|d| d.meta.region.is_none())
        {
            doc.meta.region = Some(r.clone());
        }
    }
    for doc in &loaded.documents {
        if doc.prose.trim().is_empty() {
            loaded
                .notes
                .push(format!("{}: no article text", doc.display_path()));
        }
    }
    Ok(loaded)
}

/// The kinds of file claimgraph reads, for messages.
pub const READS: &str = ".txt, .md, .html, NITF .xml and .jsonl files";

/// How a file is read, from its name; `None` for files claimgraph skips.
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "nitf" => Some(Format::Nitf),
        "xml" => is_nitf(path).then_some(Format::Nitf),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

/// Whether an .xml file is NITF (its root element is `nitf`).
fn is_nitf(path: &Path) -> bool {
    let mut head = [0u8; 4096];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    String::from_utf8_lossy(&head[..n]).contains("<nitf")
}

/// The files under `dir` that claimgraph reads, in sorted order: hidden
/// files and what .gitignore (and .ignore) files exclude are left out, and
/// `include`/`exclude` globs apply.
fn walk(
    dir: &Path,
    opts: &LoadOptions,
    files: &mut Vec<PathBuf>,
    notes: &mut Vec<String>,
    manifest: Option<&Manifest>,
) -> Result<()> {
    let mut overrides = ignore::overrides::OverrideBuilder::new(dir);
    for glob in &opts.include {
        overrides
            .add(glob)
            .map_err(|e| Error::msg(format!("include glob `{glob}`: {e}")))?;
    }
    for glob in &opts.exclude {
        overrides
            .add(&format!("!{glob}"))
            .map_err(|e| Error::msg(format!("exclude glob `{glob}`: {e}")))?;
    }
    let overrides = overrides
        .build()
        .map_err(|e| Error::msg(format!("globs: {e}")))?;
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .overrides(overrides)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| {
            let path = match &e {
                ignore::Error::WithPath { path, .. } => path.clone(),
                _ => dir.to_path_buf(),
            };
            Error::in_file(path, format!("cannot walk: {e}"))
        })?;
        let path = entry.path();
        let Some(ft) = entry.file_type() else {
            continue;
        };
        if ft.is_symlink() {
            notes.push(format!("{}: skipped: symbolic link", path.display()));
        } else if !ft.is_file() {
            continue;
        } else if format_of(path).is_some() {
            files.push(path.to_path_buf());
        } else if manifest.is_some_and(|m| same_file(&m.path, path))
            || is_config(path)
            || opts
                .setup
                .iter()
                .any(|s| path.starts_with(s) || same_file(s, path))
        {
            // The manifest and the config are not articles.
        } else {
            notes.push(format!("{}: skipped: not an article file", path.display()));
        }
    }
    Ok(())
}

fn is_config(path: &Path) -> bool {
    matches!(
        path.file_name().and_then(|n| n.to_str()),
        Some("claimgraph.toml" | ".claimgraph.toml")
    )
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Reads one article file (a JSON Lines file holds several), at most
/// `limits.max_file_bytes` of it.
pub fn read_file(
    path: &Path,
    meta: Metadata,
    default_date: Option<Date>,
    boilerplate: &[BoilerplateRule],
    limits: &Limits,
) -> Result<Vec<Document>> {
    use std::io::Read;
    let too_big = |size: u64| {
        Error::in_file(
            path,
            format!(
                "file is {size} bytes, over the limit of {} (raise it with --max-file-size, or max-file-size in claimgraph.toml)",
                ByteSize(limits.max_file_bytes)
            ),
        )
    };
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let size = file.metadata().map_err(|e| Error::io(path, &e))?.len();
    if size > limits.max_file_bytes {
        return Err(too_big(size));
    }
    // The file may grow between the two calls: never read past the limit.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, &e))?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_big(bytes.len() as u64));
    }
    parse_bytes(path, bytes, meta, default_date, boilerplate)
}

/// The documents of a file's bytes, read as the format its name gives.
/// The text must be UTF-8 (or UTF-16 with a byte-order mark); binary files
/// and other encodings are errors that say what was found.
pub fn parse_bytes(
    path: &Path,
    bytes: Vec<u8>,
    meta: Metadata,
    default_date: Option<Date>,
    boilerplate: &[BoilerplateRule],
) -> Result<Vec<Document>> {
    let raw = decode(path, bytes)?;
    let format = format_of(path).unwrap_or(Format::Text);
    if format == Format::Jsonl {
        return super::jsonl::documents(path, &raw, default_date, boilerplate);
    }
    Ok(vec![document(
        path.to_path_buf(),
        format,
        raw,
        meta,
        default_date,
        boilerplate,
    )?])
}

/// A document of `format` from its text.
pub(crate) fn document(
    path: PathBuf,
    format: Format,
    raw: String,
    mut meta: Metadata,
    default_date: Option<Date>,
    boilerplate: &[BoilerplateRule],
) -> Result<Document> {
    let mut entities = Vec::new();
    let (keep, blocks) = match format {
        Format::Text | Format::Jsonl => {
            let start = bom_len(&raw);
            (
                std::iter::once(start..raw.len()).collect(),
                text_blocks(&raw, start),
            )
        }
        Format::Markdown => {
            let mut body_start = bom_len(&raw);
            if let Some(fm) = front_matter::parse(&path, &raw[body_start..])? {
                body_start += fm.body_start;
                merge(&mut meta, fm.meta);
            }
            markdown::prose(&raw, body_start)
        }
        Format::Html | Format::Nitf => {
            let markup = if format == Format::Html {
                markup::Markup::Html
            } else {
                markup::Markup::Nitf
            };
            merge(&mut meta, markup::metadata(&path, &raw, markup)?);
            let p = markup::prose(&raw, markup);
            entities = p.entities;
            (p.keep, p.blocks)
        }
    };
    if meta.published.is_none() {
        if let Some(d) = default_date {
            meta.published = Some(d);
            meta.published_from = Some("--date");
        }
    }
    let mut doc = Document::new(path, format, raw, &keep, blocks, meta, boilerplate);
    doc.decode(&entities);
    Ok(doc)
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
    meta.region = fm.region.or(meta.region.take());
}

fn bom_len(raw: &str) -> usize {
    if raw.starts_with('\u{feff}') {
        3
    } else {
        0
    }
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if let Some(little) = match bytes.get(..2) {
        Some([0xff, 0xfe]) => Some(true),
        Some([0xfe, 0xff]) => Some(false),
        _ => None,
    } {
        return decode_utf16(path, &bytes[2..], little).map(lone_cr_to_lf);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let before = String::from_utf8_lossy(&bytes[..at]);
        let (line, col) = line_col(&before, before.len());
        return Err(
            Error::in_file(path, "binary file (it contains NUL bytes); not an article")
                .at(line, Some(col)),
        );
    }
    String::from_utf8(bytes).map(lone_cr_to_lf).map_err(|e| {
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

/// Old Mac line endings (a CR alone) read as line feeds, byte for byte, so
/// lines, paragraphs and positions are those an editor shows. CRLF stays.
fn lone_cr_to_lf(text: String) -> String {
    let b = text.as_bytes();
    if !b
        .iter()
        .enumerate()
        .any(|(i, &c)| c == b'\r' && b.get(i + 1) != Some(&b'\n'))
    {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    String::from_utf8(bytes).expect("replacing one ASCII byte with another keeps UTF-8")
}

/// UTF-16 after its byte-order mark, as UTF-8. Positions in reports are
/// lines and columns (in characters), so they stay those of the file.
fn decode_utf16(path: &Path, bytes: &[u8], little: bool) -> Result<String> {
    if bytes.len() % 2 != 0 {
        return Err(Error::in_file(
            path,
            "invalid UTF-16: the file (after its byte-order mark) has an odd number of bytes",
        ));
    }
    let units = bytes.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut text = String::with_capacity(bytes.len());
    for (i, ch) in char::decode_utf16(units).enumerate() {
        match ch {
            Ok('\0') => {
                return Err(Error::in_file(
                    path,
                    "binary file (it contains NUL characters); not an article",
                ))
            }
            Ok(c) => text.push(c),
            Err(e) => {
                let (line, col) = line_col(&text, text.len());
                return Err(Error::in_file(
                    path,
                    format!(
                        "invalid UTF-16 (unpaired surrogate 0x{:04x} at byte {})",
                        e.unpaired_surrogate(),
                        2 + 2 * i
                    ),
                )
                .at(line, Some(col)));
            }
        }
    }
    Ok(text)
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
