//! JSON Lines of articles: one JSON object per line, with the text in
//! `text` (or `body`, `content`) and optional `published` (or `date`),
//! `title`, `source`, `url`, `region` and `id`. Each line is a document named
//! `FILE#LINE` (or `FILE#ID`); positions are in its text.

use super::front_matter::parse_date_value;
use super::load::document;
use super::{BoilerplateRule, Document, Format, Metadata};
use crate::error::{Error, Result};
use jiff::civil::Date;
use serde_json::Value;
use std::path::{Path, PathBuf};

pub fn documents(
    path: &Path,
    raw: &str,
    default_date: Option<Date>,
    boilerplate: &[BoilerplateRule],
) -> Result<Vec<Document>> {
    let mut out = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let err = |msg: String| Error::in_file(path, msg).at(line_no, None);
        let value: Value =
            serde_json::from_str(line).map_err(|e| err(format!("invalid JSON: {e}")))?;
        let Value::Object(o) = value else {
            return Err(err("each line must be a JSON object (an article)".into()));
        };
        let text = ["text", "body", "content"]
            .iter()
            .find_map(|k| o.get(*k).and_then(Value::as_str))
            .ok_or_else(|| err("the article has no `text` (or `body`, `content`)".into()))?;
        let string = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
        let mut meta = Metadata {
            title: string("title"),
            source: string("source").or(string("outlet")),
            url: string("url"),
            ..Default::default()
        };
        if let Some((key, v)) = ["published", "date", "datePublished"]
            .iter()
            .find_map(|k| string(k).map(|v| (*k, v)))
        {
            meta.published = Some(parse_date_value(path, key, &v, Some(line_no))?);
            meta.published_from = Some("JSON Lines");
        }
        if let Some(r) = string("region") {
            meta.region =
                Some(super::parse_region(&r).map_err(|why| err(format!("`region` {why}")))?);
        }
        let id = string("id").unwrap_or_else(|| line_no.to_string());
        let name = PathBuf::from(format!("{}#{id}", path.display()));
        out.push(document(
            name,
            Format::Jsonl,
            text.to_string(),
            meta,
            default_date,
            boilerplate,
        )?);
    }
    if out.is_empty() {
        return Err(Error::in_file(path, "no articles in this JSON Lines file"));
    }
    Ok(out)
}
