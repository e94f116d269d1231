//! `claimgraph.toml` (or `.claimgraph.toml`): the settings of a news
//! repository, found in the nearest ancestor of the current directory, or
//! named with `--config`. Paths in it are relative to its folder.
//!
//! ```toml
//! include = ["articles/**"]        # globs of files to read (default: all)
//! exclude = ["articles/drafts/**"] # globs to leave out
//! rules = ["rules"]                # rule packs added to the defaults
//! facts = "facts.toml"             # a fact file
//! manifest = "corpus.toml"         # publication dates for undated files
//! region = "CA"                    # the articles' country (ISO 3166)
//! fail-on = "warning"              # error (default), warning, info
//! max-file-size = "16M"            # larger files are errors (default 16M)
//! max-claims = 20000               # claims per article (default 20000)
//!
//! [severity]                       # per rule: error, warning, info or off
//! CG300 = "info"
//! ```

use crate::error::{toml_error, Error, Result};
use crate::findings::Severity;
use crate::limits::ByteSize;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The names a config file may have, in order of preference.
pub const NAMES: [&str; 2] = ["claimgraph.toml", ".claimgraph.toml"];

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    rules: Vec<String>,
    facts: Option<String>,
    manifest: Option<String>,
    region: Option<toml::Spanned<String>>,
    fail_on: Option<Level>,
    #[serde(default)]
    severity: BTreeMap<String, Level>,
    /// "16M", "500K" or a number of bytes.
    max_file_size: Option<toml::Spanned<toml::Value>>,
    max_claims: Option<usize>,
}

/// A severity in the config, or `off` to turn a rule off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

/// A loaded config, its paths resolved against its folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub root: PathBuf,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub rules: Vec<PathBuf>,
    pub facts: Option<PathBuf>,
    pub manifest: Option<PathBuf>,
    /// Region of the articles that name none of their own.
    pub region: Option<String>,
    pub fail_on: Option<Severity>,
    /// Per-rule severities; `None` turns the rule off.
    pub severity: BTreeMap<String, Option<Severity>>,
    pub max_file_size: Option<ByteSize>,
    pub max_claims: Option<usize>,
}

impl Config {
    /// The config of the nearest ancestor of `start` that has one, or the
    /// defaults (rooted at `start`) when none has.
    /// Paths stay relative to `start` (`.`, `..`, `../..`), so reports
    /// name files the way the repository does.
    pub fn discover(start: &Path) -> Result<Config> {
        let canonical = std::fs::canonicalize(start).map_err(|e| Error::io(start, &e))?;
        for (up, dir) in canonical.ancestors().enumerate() {
            for name in NAMES {
                if dir.join(name).is_file() {
                    let mut relative = start.to_path_buf();
                    for _ in 0..up {
                        relative.push("..");
                    }
                    return Config::load(&relative.join(name));
                }
            }
        }
        Ok(Config {
            root: start.to_path_buf(),
            ..Default::default()
        })
    }

    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        Config::parse(path, &text)
    }

    /// A config from its text; `path` names it in errors and roots its paths.
    pub fn parse(path: &Path, text: &str) -> Result<Config> {
        let file: ConfigFile =
            toml::from_str(text).map_err(|e| toml_error(path, text, "config", &e))?;
        let root = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        for code in file.severity.keys() {
            if !crate::findings::RULES.iter().any(|r| r.code == code) {
                let at = text.find(code.as_str()).unwrap_or(0);
                let (line, col) = crate::error::line_col(text, at);
                return Err(
                    Error::in_file(path, format!("unknown rule `{code}` in [severity]"))
                        .at(line, Some(col)),
                );
            }
        }
        let max_file_size = match file.max_file_size {
            None => None,
            Some(v) => {
                let (line, col) = crate::error::line_col(text, v.span().start);
                let size = match v.get_ref() {
                    toml::Value::Integer(n) => u64::try_from(*n)
                        .map_err(|_| format!("`{n}` is not a size"))
                        .and_then(|n| n.to_string().parse::<ByteSize>()),
                    toml::Value::String(s) => s.parse::<ByteSize>(),
                    other => Err(format!(
                        "`{other}` is not a size (write \"16M\" or a number of bytes)"
                    )),
                };
                Some(size.map_err(|why| {
                    Error::in_file(path, format!("max-file-size: {why}")).at(line, Some(col))
                })?)
            }
        };
        let region = match file.region {
            None => None,
            Some(r) => {
                let (line, col) = crate::error::line_col(text, r.span().start);
                Some(crate::documents::parse_region(r.get_ref()).map_err(|why| {
                    Error::in_file(path, format!("region: {why}")).at(line, Some(col))
                })?)
            }
        };
        Ok(Config {
            path: Some(path.to_path_buf()),
            region,
            max_file_size,
            max_claims: file.max_claims,
            include: file.include,
            exclude: file.exclude,
            rules: file.rules.iter().map(|r| root.join(r)).collect(),
            facts: file.facts.map(|f| root.join(f)),
            manifest: file.manifest.map(|m| root.join(m)),
            fail_on: file.fail_on.and_then(Level::severity),
            severity: file
                .severity
                .into_iter()
                .map(|(k, v)| (k, v.severity()))
                .collect(),
            root,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        let dir = std::env::temp_dir().join(format!(
            "claimgraph-config-{}-{}",
            std::process::id(),
            text.len()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("claimgraph.toml");
        std::fs::write(&p, text).unwrap();
        let c = Config::load(&p);
        std::fs::remove_dir_all(&dir).unwrap();
        c
    }

    #[test]
    fn a_region_for_every_article() {
        assert_eq!(
            parse("region = \"au-vic\"\n").unwrap().region.as_deref(),
            Some("AU-VIC")
        );
        let err = parse("include = []\nregion = \"Canada\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.to_string().contains("not a country code"), "{err}");
    }

    #[test]
    fn reads_every_key() {
        let c = parse("include = [\"a/**\"]\nfail-on = \"warning\"\n[severity]\nCG300 = \"off\"\nCG400 = \"warning\"\n").unwrap();
        assert_eq!(c.include, ["a/**"]);
        assert_eq!(c.fail_on, Some(Severity::Warning));
        assert_eq!(c.severity["CG300"], None);
        assert_eq!(c.severity["CG400"], Some(Severity::Warning));
    }

    #[test]
    fn unknown_keys_name_the_line() {
        let e = parse("include = []\ncolour = true\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("unknown field `colour`"), "{e}");
        let e = parse("[severity]\nCG999 = \"off\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
    }
}
