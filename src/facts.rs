//! A fact file: world knowledge the user supplies, since claimgraph knows
//! none of its own. It pins the dates of events that claims hang on ("early
//! in the invasion", "a three-year war").
//!
//! ```toml
//! [[event]]
//! name = "Russia's full-scale invasion of Ukraine"
//! aliases = ["the invasion", "full-scale invasion", "the war"]
//! date = "2022-02-24"
//! source = "where the date comes from"
//!
//! [[office]]
//! office = "President"
//! of = "US"
//! holder = "Donald Trump"
//! from = "2025-01-20"
//! to = "2029-01-20"        # optional: open-ended
//! ```

use crate::documents::parse_iso_day;
use crate::error::{line_col, toml_error, Error, Result};
use crate::rules::normalize_words;
use jiff::civil::Date;
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactFile {
    #[serde(default)]
    event: Vec<Spanned<EventFile>>,
    #[serde(default)]
    office: Vec<Spanned<OfficeFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficeFile {
    office: String,
    of: Option<String>,
    holder: String,
    from: Spanned<String>,
    to: Option<Spanned<String>>,
    #[allow(dead_code)]
    source: Option<String>,
}

/// A term of office: who held it from when to when.
#[derive(Debug, Clone, PartialEq)]
pub struct Tenure {
    pub office: String,
    pub of: Option<String>,
    pub holder: String,
    pub from: Date,
    /// `None` while the term runs.
    pub to: Option<Date>,
}

impl Tenure {
    pub fn holds_on(&self, day: Date) -> bool {
        self.from <= day && self.to.is_none_or(|t| day < t)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFile {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    date: Spanned<String>,
    #[allow(dead_code)]
    source: Option<String>,
}

/// An event with a known date.
#[derive(Debug, Clone, PartialEq)]
pub struct FactEvent {
    pub name: String,
    pub aliases: Vec<String>,
    pub date: Date,
}

/// The facts of a fact file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    pub events: Vec<FactEvent>,
    pub tenures: Vec<Tenure>,
}

impl Facts {
    pub fn load(path: &Path) -> Result<Facts> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        Facts::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Facts> {
        let file: FactFile =
            toml::from_str(text).map_err(|e| toml_error(path, text, "fact file", &e))?;
        let mut events = Vec::new();
        for ev in file.event {
            let ev = ev.into_inner();
            let line = line_col(text, ev.date.span().start).0;
            let date = parse_iso_day(ev.date.get_ref()).map_err(|why| {
                Error::in_file(path, format!("`date` is not a date: {why}")).at(line, None)
            })?;
            events.push(FactEvent {
                name: ev.name,
                aliases: ev.aliases,
                date,
            });
        }
        let mut tenures = Vec::new();
        for o in file.office {
            let o = o.into_inner();
            let day = |s: &Spanned<String>| {
                parse_iso_day(s.get_ref()).map_err(|why| {
                    Error::in_file(path, format!("not a date: {why}"))
                        .at(line_col(text, s.span().start).0, None)
                })
            };
            let from = day(&o.from)?;
            let to = o.to.as_ref().map(day).transpose()?;
            tenures.push(Tenure {
                office: o.office,
                of: o.of,
                holder: o.holder,
                from,
                to,
            });
        }
        Ok(Facts { events, tenures })
    }

    /// The terms of `office` held by someone whose name ends like `holder`
    /// ("Trump" matches "Donald Trump").
    pub fn tenures_of(&self, office: &str, holder: &str) -> Vec<&Tenure> {
        let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
        self.tenures
            .iter()
            .filter(|t| t.office.eq_ignore_ascii_case(office) && last(&t.holder) == last(holder))
            .collect()
    }

    /// The event a phrase names ("the invasion", "Russia's full-scale
    /// invasion"), compared without leading articles and possessives.
    pub fn event(&self, phrase: &str) -> Option<&FactEvent> {
        let want = simplify(phrase);
        self.events.iter().find(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| simplify(n) == want)
        })
    }
}

fn simplify(s: &str) -> String {
    let n = normalize_words(s);
    let n = n.trim_start_matches("the ").trim_start_matches("a ");
    n.to_string()
}
