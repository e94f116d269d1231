//! Front matter at the top of a Markdown file: YAML between `---` lines or
//! TOML between `+++` lines. Only the keys claimgraph uses are read; a date
//! that is not a real day is an error naming the file and line.

use super::Metadata;
use crate::error::{toml_error, Error, Result};
use jiff::civil::Date;
use std::path::Path;

/// The keys that may hold the publication date, in order of preference.
const DATE_KEYS: [&str; 5] = [
    "date",
    "published",
    "publishdate",
    "publish_date",
    "pubdate",
];
const SOURCE_KEYS: [&str; 3] = ["source", "outlet", "publisher"];

/// Front matter found at the top of `raw`.
pub struct FrontMatter {
    pub meta: Metadata,
    /// Byte offset where the body starts (after the closing fence line).
    pub body_start: usize,
}

/// Reads the front matter of `raw`, if it has one.
pub fn parse(path: &Path, raw: &str) -> Result<Option<FrontMatter>> {
    let fence = if raw.starts_with("---") {
        "---"
    } else if raw.starts_with("+++") {
        "+++"
    } else {
        return Ok(None);
    };
    let first_end = raw.find('\n').unwrap_or(raw.len());
    if raw[..first_end].trim_end() != fence {
        return Ok(None);
    }
    let body_from = (first_end + 1).min(raw.len());
    let mut offset = body_from;
    let mut close = None;
    for line in raw[body_from..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim_end() == fence || (fence == "---" && content.trim_end() == "...") {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((close_start, body_start)) = close else {
        return Err(Error::in_file(
            path,
            format!("front matter opened with `{fence}` on line 1 is never closed"),
        )
        .at(1, Some(1)));
    };
    let source = &raw[body_from..close_start];
    // Line numbers inside the block are shifted by the opening fence line.
    let meta = if fence == "---" {
        parse_yaml(path, source, 1)?
    } else {
        parse_toml(path, source, 1)?
    };
    Ok(Some(FrontMatter { meta, body_start }))
}

fn parse_yaml(path: &Path, source: &str, line_shift: usize) -> Result<Metadata> {
    use yaml_rust2::{Yaml, YamlLoader};
    let docs = YamlLoader::load_from_str(source).map_err(|e| {
        let m = e.marker();
        Error::in_file(path, format!("invalid YAML front matter: {}", e.info()))
            .at(m.line() + line_shift, Some(m.col() + 1))
    })?;
    let Some(doc) = docs.into_iter().next() else {
        return Ok(Metadata::default());
    };
    let Yaml::Hash(map) = doc else {
        return Err(
            Error::in_file(path, "front matter must be a mapping of keys to values")
                .at(1 + line_shift, None),
        );
    };
    metadata(path, source, line_shift, |key| {
        map.iter().find_map(|(k, v)| {
            (k.as_str()?.eq_ignore_ascii_case(key)).then(|| match v {
                Yaml::String(s) => Some(s.clone()),
                Yaml::Integer(i) => Some(i.to_string()),
                Yaml::Real(r) => Some(r.clone()),
                Yaml::Boolean(b) => Some(b.to_string()),
                Yaml::Array(_) => Some("a list".to_string()),
                Yaml::Hash(_) => Some("a mapping".to_string()),
                _ => None,
            })?
        })
    })
}

fn parse_toml(path: &Path, source: &str, line_shift: usize) -> Result<Metadata> {
    let table: toml::Table = toml::from_str(source).map_err(|e| {
        let mut err = toml_error(path, source, "TOML front matter", &e);
        err.line = err.line.map(|l| l + line_shift);
        err
    })?;
    metadata(path, source, line_shift, |key| {
        table.iter().find_map(|(k, v)| {
            k.eq_ignore_ascii_case(key).then(|| match v {
                toml::Value::String(s) => Some(s.clone()),
                toml::Value::Datetime(d) => Some(d.to_string()),
                toml::Value::Integer(i) => Some(i.to_string()),
                toml::Value::Float(f) => Some(f.to_string()),
                toml::Value::Boolean(b) => Some(b.to_string()),
                toml::Value::Array(_) => Some("a list".to_string()),
                toml::Value::Table(_) => Some("a table".to_string()),
            })?
        })
    })
}

/// The metadata of a front matter block, whatever its syntax: `text_of`
/// gives the text value of a key.
fn metadata(
    path: &Path,
    source: &str,
    line_shift: usize,
    text_of: impl Fn(&str) -> Option<String>,
) -> Result<Metadata> {
    let mut meta = Metadata::default();
    if let Some((key, value)) = DATE_KEYS.iter().find_map(|k| text_of(k).map(|v| (*k, v))) {
        let line = key_line(source, key).map(|l| l + line_shift);
        meta.published = Some(parse_date_value(path, key, &value, line)?);
        meta.published_from = Some("front matter");
    }
    meta.title = text_of("title");
    meta.url = text_of("url");
    meta.source = SOURCE_KEYS.iter().find_map(|k| text_of(k));
    if let Some(value) = text_of("region") {
        let line = key_line(source, "region").map(|l| l + line_shift);
        let region = super::parse_region(&value).map_err(|why| {
            let err = Error::in_file(path, format!("front matter `region` {why}"));
            match line {
                Some(l) => err.at(l, None),
                None => err,
            }
        })?;
        meta.region = Some(region);
    }
    Ok(meta)
}

/// 1-based line (within the block) where `key` is set.
fn key_line(source: &str, key: &str) -> Option<usize> {
    source
        .lines()
        .position(|l| {
            let l = l.trim_start();
            l.len() > key.len()
                && l.is_char_boundary(key.len())
                && l[..key.len()].eq_ignore_ascii_case(key)
                && matches!(
                    l[key.len()..].trim_start().chars().next(),
                    Some(':') | Some('=')
                )
        })
        .map(|i| i + 1)
}

/// A publication date: `2025-03-24`, optionally followed by a time
/// (`2025-03-24T09:30:00Z`, `2025-03-24 09:30`). The calendar day is kept as
/// written; the time zone is not applied, since newsrooms date articles by
/// their own calendar day.
pub fn parse_date_value(path: &Path, key: &str, value: &str, line: Option<usize>) -> Result<Date> {
    let value = value.trim().trim_matches(['"', '\'']);
    let day = value.get(..10).unwrap_or(value);
    let err = |why: String| {
        let e = Error::in_file(path, format!("`{key}` is not a publication date: {why}"));
        match line {
            Some(l) => e.at(l, None),
            None => e,
        }
    };
    let rest = &value[day.len()..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return Err(err(format!("`{value}` (expected YYYY-MM-DD)")));
    }
    parse_iso_day(day).map_err(err)
}

/// Parses `YYYY-MM-DD` strictly, saying what is wrong (a day that does not
/// exist, such as 2025-02-30, is an error, not a silent roll-over).
pub fn parse_iso_day(day: &str) -> std::result::Result<Date, String> {
    let b = day.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(format!("`{day}` (expected YYYY-MM-DD)"));
    }
    let year: i16 = day[..4].parse().map_err(|_| format!("`{day}`"))?;
    let month: i8 = day[5..7].parse().map_err(|_| format!("`{day}`"))?;
    let dom: i8 = day[8..10].parse().map_err(|_| format!("`{day}`"))?;
    if year < 1 {
        return Err(format!("`{day}`: year 0 is not a calendar year"));
    }
    Date::new(year, month, dom).map_err(|_| format!("`{day}` is not a day of the calendar"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(raw: &str) -> Result<Option<FrontMatter>> {
        parse(Path::new("a.md"), raw)
    }

    #[test]
    fn yaml_date_title_source() {
        let fm = p("---\ntitle: Talks resume\npublished: 2025-03-24\noutlet: Wire\n---\nBody")
            .unwrap()
            .unwrap();
        assert_eq!(fm.meta.published, Some(Date::constant(2025, 3, 24)));
        assert_eq!(fm.meta.title.as_deref(), Some("Talks resume"));
        assert_eq!(fm.meta.source.as_deref(), Some("Wire"));
        assert_eq!(
            &"---\ntitle: Talks resume\npublished: 2025-03-24\noutlet: Wire\n---\nBody"
                [fm.body_start..],
            "Body"
        );
    }

    #[test]
    fn toml_datetime() {
        let fm = p("+++\ndate = 2025-04-15T08:00:00Z\n+++\nBody")
            .unwrap()
            .unwrap();
        assert_eq!(fm.meta.published, Some(Date::constant(2025, 4, 15)));
    }

    #[test]
    fn impossible_date_names_line() {
        let err = p("---\ntitle: x\ndate: 2025-02-30\n---\n").err().unwrap();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("not a day of the calendar"), "{err}");
    }

    #[test]
    fn unclosed_is_an_error() {
        let err = p("---\ntitle: x\n").err().unwrap();
        assert!(err.message.contains("never closed"));
    }

    #[test]
    fn bad_yaml_names_line() {
        let err = p("---\ntitle: x\ndate: [2025\n---\n").err().unwrap();
        assert!(err.line.is_some(), "{err}");
    }
}
