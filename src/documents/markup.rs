//! HTML and NITF (IPTC News Industry Text Format, XML): the prose of the
//! body with byte offsets into the file. Tags and comments are blanked,
//! scripts, styles and page chrome (nav, header, footer, aside) skipped,
//! entities decoded in place, and block elements (p, h1, li, ...) end a
//! block. Metadata comes from the head: JSON-LD `NewsArticle.datePublished`
//! or `<meta property="article:published_time">` in HTML, `date.issue@norm`
//! in NITF.

use super::Metadata;
use crate::error::{line_col, Error, Result};
use regex::Regex;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

/// Which markup a file is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Html,
    Nitf,
}

/// The prose of a markup file.
#[derive(Debug, Default)]
pub struct Prose {
    pub keep: Vec<Range<usize>>,
    pub blocks: Vec<Range<usize>>,
    /// Entities, with the character each stands for.
    pub entities: Vec<(Range<usize>, char)>,
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "td",
    "th",
    "tr",
    "table",
    "article",
    "section",
    "blockquote",
    "title",
    "figcaption",
    "figure",
    "main",
    "pre",
    "hr",
    "dt",
    "dd",
    "dl",
    "body",
    "hl1",
    "hl2",
    "hedline",
    "block",
    "byline",
    "dateline",
    "body.content",
    "body.head",
    "body.end",
    "abstract",
];
/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
    "iframe", "head", "docdata", "pubdata",
];

/// Finds the prose of `raw`. In HTML everything in `<body>` counts (or the
/// whole file when there is no body tag); in NITF only `<body.content>`.
pub fn prose(raw: &str, markup: Markup) -> Prose {
    let bytes = raw.as_bytes();
    let has_body = match markup {
        Markup::Html => find_ci(raw, "<body").is_some(),
        Markup::Nitf => true,
    };
    let body_tag = match markup {
        Markup::Html => "body",
        Markup::Nitf => "body.content",
    };
    let mut inside = !has_body;
    let mut out = Prose::default();
    let mut block_start: Option<usize> = None;
    let mut skip: Option<(String, usize)> = None; // (tag, depth)
    let mut i = 0;
    let close_block = |out: &mut Prose, start: &mut Option<usize>, end: usize| {
        if let Some(s) = start.take() {
            if end > s {
                out.blocks.push(s..end);
            }
        }
    };
    while i < bytes.len() {
        if raw[i..].starts_with("<!--") {
            i = raw[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
            continue;
        }
        if raw[i..].starts_with("<![CDATA[")
            || raw[i..].starts_with("<!")
            || raw[i..].starts_with("<?")
        {
            i = raw[i..].find('>').map_or(bytes.len(), |e| i + e + 1);
            continue;
        }
        if bytes[i] == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/')
        {
            // The tag runs to its `>`, or to the end of an unclosed file.
            let (end, inner_end) = match raw[i..].find('>') {
                Some(e) => (i + e + 1, i + e),
                None => (bytes.len(), bytes.len()),
            };
            let inner = raw[i + 1..inner_end].trim_end_matches('/');
            let closing = inner.starts_with('/');
            let name: String = inner
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-' || *c == ':')
                .collect::<String>()
                .to_ascii_lowercase();
            let self_closing = raw[i..end].ends_with("/>");
            if let Some((tag, depth)) = skip.as_mut() {
                if *tag == name {
                    if closing {
                        *depth -= 1;
                    } else if !self_closing {
                        *depth += 1;
                    }
                    if *depth == 0 {
                        skip = None;
                    }
                }
                i = end;
                continue;
            }
            if name == body_tag {
                close_block(&mut out, &mut block_start, i);
                inside = !closing;
            } else if SKIP_TAGS.contains(&name.as_str()) && !closing && !self_closing {
                close_block(&mut out, &mut block_start, i);
                skip = Some((name.clone(), 1));
            } else if BLOCK_TAGS.contains(&name.as_str()) {
                close_block(&mut out, &mut block_start, i);
            }
            i = end;
            continue;
        }
        let ch = raw[i..].chars().next().unwrap();
        let len = ch.len_utf8();
        if inside && skip.is_none() {
            if ch == '&' {
                if let Some((entity_len, decoded)) = entity(&raw[i..]) {
                    out.entities.push((i..i + entity_len, decoded));
                    block_start.get_or_insert(i);
                    i += entity_len;
                    continue;
                }
            }
            if !ch.is_whitespace() || block_start.is_some() {
                block_start.get_or_insert(i);
            }
            match out.keep.last_mut() {
                Some(last) if last.end == i => last.end = i + len,
                _ => out.keep.push(i..i + len),
            }
        }
        i += len;
    }
    close_block(&mut out, &mut block_start, bytes.len());
    out
}

fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack.to_ascii_lowercase().find(needle)
}

/// An entity at the start of `s`: its length and the character it stands for.
fn entity(s: &str) -> Option<(usize, char)> {
    // An entity is ASCII: look for its `;` in the first 12 bytes only.
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let ch = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            "rsquo" => '’',
            "lsquo" => '‘',
            "rdquo" => '”',
            "ldquo" => '“',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "euro" => '€',
            "pound" => '£',
            "deg" => '°',
            _ => return None,
        }
    };
    // The decoded character must fit in the bytes of the entity.
    (ch.len_utf8() <= end + 1).then_some((end + 1, ch))
}

static META: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["']([^"']+)["'][^>]*?content\s*=\s*["']([^"']*)["'][^>]*>|<meta\s[^>]*?content\s*=\s*["']([^"']*)["'][^>]*?(?:property|name|itemprop)\s*=\s*["']([^"']+)["'][^>]*>"#).unwrap()
});
static LD_JSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<script[^>]*type\s*=\s*["']application/ld\+json["'][^>]*>(.*?)</script>"#)
        .unwrap()
});
static TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<title[^>]*>(.*?)</title>").unwrap());
static CANONICAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<link\s[^>]*rel\s*=\s*["']canonical["'][^>]*href\s*=\s*["']([^"']+)["']"#)
        .unwrap()
});
static DATE_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?is)<date\.issue\s[^>]*norm\s*=\s*["']([^"']+)["']"#).unwrap());
static HL1: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?is)<hl1[^>]*>(.*?)</hl1>").unwrap());
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").unwrap());

fn text_of(html: &str) -> String {
    TAG.replace_all(html, " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The metadata in an HTML head or a NITF `docdata`.
pub fn metadata(path: &Path, raw: &str, markup: Markup) -> Result<Metadata> {
    let mut meta = Metadata::default();
    let date_err = |at: usize, what: &str, why: String| {
        let (line, col) = line_col(raw, at);
        Error::in_file(path, format!("{what} is not a publication date: {why}")).at(line, Some(col))
    };
    match markup {
        Markup::Html => {
            let mut metas = Vec::new();
            for c in META.captures_iter(raw) {
                let (key, value, at) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                    (Some(k), Some(v), _, _) => (k.as_str(), v.as_str(), v.start()),
                    (_, _, Some(v), Some(k)) => (k.as_str(), v.as_str(), v.start()),
                    _ => continue,
                };
                metas.push((key.to_ascii_lowercase(), value.to_string(), at));
            }
            let get = |k: &str| metas.iter().find(|(key, _, _)| key == k);
            // JSON-LD first: it is what news sites publish for search engines.
            for c in LD_JSON.captures_iter(raw) {
                let body = c.get(1).unwrap();
                let Ok(json) = serde_json::from_str::<serde_json::Value>(body.as_str()) else {
                    continue;
                };
                if let Some(date) = news_article_date(&json) {
                    let at = body.start() + body.as_str().find(&date).unwrap_or(0);
                    meta.published = Some(
                        parse_day(&date)
                            .map_err(|why| date_err(at, "JSON-LD datePublished", why))?,
                    );
                    meta.published_from = Some("JSON-LD");
                    break;
                }
            }
            if meta.published.is_none() {
                if let Some((_, v, at)) = get("article:published_time") {
                    meta.published = Some(
                        parse_day(v).map_err(|why| date_err(*at, "article:published_time", why))?,
                    );
                    meta.published_from = Some("meta article:published_time");
                }
            }
            meta.title = get("og:title")
                .map(|m| m.1.clone())
                .or_else(|| TITLE.captures(raw).map(|c| text_of(&c[1])));
            meta.source = get("og:site_name").map(|m| m.1.clone());
            meta.url = CANONICAL
                .captures(raw)
                .map(|c| c[1].to_string())
                .or_else(|| get("og:url").map(|m| m.1.clone()));
        }
        Markup::Nitf => {
            if let Some(c) = DATE_ISSUE.captures(raw) {
                let v = c.get(1).unwrap();
                meta.published = Some(
                    parse_day(v.as_str())
                        .map_err(|why| date_err(v.start(), "date.issue@norm", why))?,
                );
                meta.published_from = Some("NITF date.issue");
            }
            meta.title = HL1
                .captures(raw)
                .map(|c| text_of(&c[1]))
                .or_else(|| TITLE.captures(raw).map(|c| text_of(&c[1])));
        }
    }
    Ok(meta)
}

/// `datePublished` of the first NewsArticle (or Article, Report...) in a
/// JSON-LD value, looking inside `@graph` and arrays.
fn news_article_date(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Array(items) => items.iter().find_map(news_article_date),
        serde_json::Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                if let Some(d) = news_article_date(g) {
                    return Some(d);
                }
            }
            let is_article = match o.get("@type") {
                Some(serde_json::Value::String(t)) => t.ends_with("Article") || t == "Report",
                Some(serde_json::Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| t.ends_with("Article"))),
                _ => false,
            };
            if is_article {
                o.get("datePublished")
                    .and_then(|d| d.as_str())
                    .map(str::to_string)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A day from `2025-03-24`, `2025-03-24T10:00:00+02:00` or NITF's
/// `20250324T100000Z`.
fn parse_day(s: &str) -> std::result::Result<jiff::civil::Date, String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 8 && b[..8].iter().all(u8::is_ascii_digit) {
        let iso = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8]);
        return super::parse_iso_day(&iso);
    }
    super::parse_iso_day(s.get(..10).unwrap_or(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(raw: &str, m: Markup) -> String {
        let p = prose(raw, m);
        p.keep.iter().map(|r| &raw[r.clone()]).collect::<String>()
    }

    #[test]
    fn html_body_text_without_chrome() {
        let raw = "<html><head><title>T</title><script>var x=88;</script></head><body><nav>Home 12</nav><p>A strike injured <b>40</b> people.</p><footer>© 2026</footer></body></html>";
        assert_eq!(text(raw, Markup::Html), "A strike injured 40 people.");
        assert_eq!(prose(raw, Markup::Html).blocks.len(), 1);
    }

    #[test]
    fn entities_are_decoded_in_place() {
        let raw = "<p>Kyiv&rsquo;s talks &amp; more</p>";
        let p = prose(raw, Markup::Html);
        assert_eq!(p.entities.iter().map(|(_, c)| *c).collect::<String>(), "’&");
    }

    #[test]
    fn html_dates() {
        let raw = r#"<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-05-18T09:00:00Z"}]}</script><meta property="article:published_time" content="2026-01-01"></head>"#;
        let m = metadata(Path::new("a.html"), raw, Markup::Html).unwrap();
        assert_eq!(m.published, Some(jiff::civil::Date::constant(2026, 5, 18)));
        let raw = r#"<meta content="2026-02-30" property="article:published_time">"#;
        let e = metadata(Path::new("a.html"), raw, Markup::Html).unwrap_err();
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn nitf_body_content_and_date() {
        let raw = "<nitf><head><docdata><date.issue norm=\"20260518T090000Z\"/></docdata></head><body><body.head><hl1>Title</hl1></body.head><body.content><p>Nine people were hurt.</p></body.content></body></nitf>";
        assert_eq!(text(raw, Markup::Nitf), "Nine people were hurt.");
        let m = metadata(Path::new("a.xml"), raw, Markup::Nitf).unwrap();
        assert_eq!(m.published, Some(jiff::civil::Date::constant(2026, 5, 18)));
        assert_eq!(m.title.as_deref(), Some("Title"));
    }
}
