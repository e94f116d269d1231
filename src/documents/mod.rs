//! Documents: article files read into text whose byte offsets are the
//! original file's, with their metadata (publication date, title, outlet).
//!
//! Every format is read into a `prose` string of exactly the same byte length
//! as the file, in which everything that is not article text (front matter,
//! Markdown markup, code, boilerplate lines, wire datelines) is blanked to
//! spaces, newlines
//! kept. Extraction runs on `prose`; spans index `raw` unchanged, so a claim's
//! `path:line:col` is always a position in the file as the user sees it.

mod boilerplate;
mod dateline;
mod front_matter;
mod jsonl;
mod lines;
mod load;
mod manifest;
mod markdown;
mod markup;
mod sentences;

pub use boilerplate::BoilerplateRule;
pub use front_matter::parse_iso_day;
pub use lines::LineIndex;
pub(crate) use load::text_blocks;
pub use load::{format_of, load_documents, parse_bytes, read_file, LoadOptions, Loaded, READS};
pub use manifest::{Manifest, ManifestEntry};
pub use sentences::{split_sentences, Sentence};

use jiff::civil::Date;
use std::ops::Range;
use std::path::PathBuf;

/// The formats claimgraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: one paragraph per line, or wrapped paragraphs.
    Text,
    /// Markdown, with optional YAML (`---`) or TOML (`+++`) front matter.
    Markdown,
    /// HTML: the body's text, dated by JSON-LD or `article:published_time`.
    Html,
    /// IPTC NITF XML: `body.content`, dated by `date.issue@norm`.
    Nitf,
    /// JSON Lines: one article per line (`text`, `published`, `title`, ...).
    Jsonl,
}

/// Metadata of an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// Publication date: the anchor for every relative date in the article.
    pub published: Option<Date>,
    /// Where `published` came from (`front matter`, `manifest`, `--date`).
    pub published_from: Option<&'static str>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The region the article is written for (ISO 3166 code: "CA"), where
    /// a holiday's day depends on it.
    pub region: Option<String>,
}

/// A region as a document names it: an ISO 3166 country code ("CA"), or
/// a subdivision of one ("AU-VIC", ISO 3166-2), in either case; returned in
/// capitals.
pub fn parse_region(s: &str) -> std::result::Result<String, String> {
    let t = s.trim().to_ascii_uppercase();
    if is_region_code(&t) {
        Ok(t)
    } else {
        Err(format!(
            "`{s}` is not a country code (ISO 3166: CA, AU, GB; or a subdivision, AU-VIC)"
        ))
    }
}

/// "CA", "AU-VIC": two capital letters, then perhaps a hyphen and one to
/// three capitals or digits.
pub fn is_region_code(s: &str) -> bool {
    let (country, sub) = match s.split_once('-') {
        Some((c, sub)) => (c, Some(sub)),
        None => (s, None),
    };
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && sub.is_none_or(|sub| {
            (1..=3).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// One article, read and prepared for extraction.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as given by the user (or joined to the manifest's folder).
    pub path: PathBuf,
    pub format: Format,
    /// The file's text, unchanged.
    pub raw: String,
    /// `raw` with everything that is not article text blanked; same length.
    pub prose: String,
    /// Blocks of prose (paragraphs, headings, list items): sentences never
    /// cross a block boundary.
    pub blocks: Vec<Range<usize>>,
    /// Lines recognised as boilerplate, with the id of the rule that did
    /// (`document.dateline` for a line that opens with a wire dateline,
    /// which alone is blanked).
    pub boilerplate: Vec<(usize, String)>,
    pub meta: Metadata,
    pub lines: LineIndex,
}

impl Document {
    /// Builds a document from text already read: `keep` are the byte ranges
    /// of article text, `blocks` the paragraphs (headings, list items) that
    /// sentences may not cross. Boilerplate lines are blanked and cut out of
    /// their blocks.
    pub(crate) fn new(
        path: PathBuf,
        format: Format,
        raw: String,
        keep: &[Range<usize>],
        blocks: Vec<Range<usize>>,
        meta: Metadata,
        boilerplate: &[BoilerplateRule],
    ) -> Self {
        let lines = LineIndex::new(&raw);
        let mut kept = vec![false; raw.len()];
        for range in keep {
            kept[range.clone()].iter_mut().for_each(|k| *k = true);
        }
        let mut not_boilerplate = vec![true; raw.len()];
        let mut found = Vec::new();
        for (n, range) in lines.line_ranges(&raw).enumerate() {
            let line = &raw[range.clone()];
            // Front matter and markup are no article text to match
            // ("published: 2026-05-18" is no time stamp line).
            if line.trim().is_empty() || !kept[range.clone()].contains(&true) {
                continue;
            }
            if let Some(rule) = boilerplate.iter().find(|r| r.matches(line)) {
                found.push((n + 1, rule.id.clone()));
                kept[range.clone()].iter_mut().for_each(|k| *k = false);
                not_boilerplate[range].iter_mut().for_each(|k| *k = false);
            }
        }
        let mut prose = blank_outside(&raw, &kept);
        // A wire dateline, read on the prose (an HTML paragraph's tags are
        // blanked there): blanked in turn.
        for (n, range) in lines.line_ranges(&raw).enumerate() {
            if !not_boilerplate[range.clone()].contains(&true) {
                continue;
            }
            if let Some(d) = dateline::find(&prose[range.clone()]) {
                found.push((n + 1, dateline::DATELINE.to_string()));
                let at = range.start + d.start..range.start + d.end;
                let blank: String = prose[at.clone()]
                    .chars()
                    .map(|c| " ".repeat(c.len_utf8()))
                    .collect();
                prose.replace_range(at, &blank);
            }
        }
        found.sort();
        let blocks = blocks
            .into_iter()
            .flat_map(|b| split_kept(&not_boilerplate, b))
            .filter(|b| !prose[b.clone()].trim().is_empty())
            .collect();
        Document {
            path,
            format,
            raw,
            prose,
            blocks,
            boilerplate: found,
            meta,
            lines,
        }
    }

    /// Writes decoded entities into the prose, each at the start of the
    /// bytes of its entity (a character never takes more bytes than the
    /// entity that stands for it).
    pub(crate) fn decode(&mut self, entities: &[(Range<usize>, char)]) {
        for (range, ch) in entities {
            let mut text = ch.to_string();
            text.extend(std::iter::repeat_n(' ', range.len() - ch.len_utf8()));
            self.prose.replace_range(range.clone(), &text);
        }
    }

    /// The path as text, with `/` separators on every platform.
    pub fn display_path(&self) -> String {
        let p = self.path.to_string_lossy().replace('\\', "/");
        match p.strip_prefix("./") {
            Some(rest) => rest.to_string(),
            None => p,
        }
    }
}

/// `raw` with every byte not marked in `keep` turned into a space, except
/// newlines. Multi-byte characters are blanked whole (all their bytes are
/// either kept or not, since ranges come from char boundaries).
fn blank_outside(raw: &str, keep: &[bool]) -> String {
    let mut out = String::with_capacity(raw.len());
    for (i, c) in raw.char_indices() {
        if keep[i] || c == '\n' {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    out
}

/// The kept runs of `block`.
fn split_kept(keep: &[bool], block: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for i in block.clone() {
        match (keep[i], start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..block.end);
    }
    out
}
