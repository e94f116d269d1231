//! `claimgraph lint`: the check of a whole news repository for CI. Settings
//! come from `claimgraph.toml`; findings are re-levelled by its
//! `[severity]`, silenced by inline suppressions, and filtered by a
//! baseline of accepted ones.

pub mod baseline;
pub mod suppressions;

use crate::claims::{extract, DocumentClaims};
use crate::config::Config;
use crate::documents::{load_documents, LoadOptions};
use crate::error::Result;
use crate::facts::Facts;
use crate::findings::{self, Analysis, Severity};
use crate::reports::findings::Notice;
use jiff::civil::Date;
use std::path::PathBuf;

/// What to lint, beyond the config.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Files and folders; the config's folder when empty.
    pub paths: Vec<PathBuf>,
    pub config: Config,
    /// Rule packs, fact file and manifest given on the command line (added
    /// to, or taking the place of, the config's).
    pub rules: Vec<PathBuf>,
    pub facts: Option<PathBuf>,
    pub manifest: Option<PathBuf>,
    pub date: Option<Date>,
    /// Region for articles that name none.
    pub region: Option<String>,
    pub baseline: Option<PathBuf>,
    /// Show progress on stderr.
    pub progress: bool,
    /// File size and claim limits (flags over the config over defaults).
    pub limits: crate::limits::Limits,
}

/// The result of a lint run.
#[derive(Debug)]
pub struct LintOutcome {
    pub docs: Vec<DocumentClaims>,
    pub analysis: Analysis,
    /// Unused suppressions and notes of that kind.
    pub notices: Vec<Notice>,
    pub notes: Vec<String>,
    pub suppressed: usize,
    pub baselined: usize,
}

pub fn run(opts: &LintOptions) -> Result<LintOutcome> {
    let config = &opts.config;
    let mut rule_dirs = config.rules.clone();
    rule_dirs.extend(opts.rules.iter().cloned());
    let rules = crate::cli::load_rules(&rule_dirs)?;
    let facts = opts
        .facts
        .as_ref()
        .or(config.facts.as_ref())
        .map(|p| Facts::load(p))
        .transpose()?;
    let paths = if opts.paths.is_empty() {
        vec![config.root.clone()]
    } else {
        opts.paths.clone()
    };
    let load = LoadOptions {
        paths,
        manifest: opts.manifest.clone().or(config.manifest.clone()),
        default_date: opts.date,
        default_region: opts.region.clone().or(config.region.clone()),
        include: config.include.clone(),
        exclude: config.exclude.clone(),
        progress: opts.progress,
        setup: rule_dirs
            .iter()
            .cloned()
            .chain(opts.facts.clone())
            .chain(config.facts.clone())
            .collect(),
        limits: opts.limits,
    };
    let loaded = load_documents(&load, &rules.boilerplate)?;
    let docs = extract(loaded.documents, &rules, facts.as_ref());
    crate::claims::check_claim_limit(&docs, opts.limits.max_claims)?;
    let mut analysis = findings::check(&docs, &rules.lexicon, facts.as_ref());

    // Severities of the config; `off` drops a rule.
    analysis
        .findings
        .retain_mut(|f| match config.severity.get(f.rule.code) {
            Some(None) => false,
            Some(Some(level)) => {
                f.severity = *level;
                true
            }
            None => true,
        });
    let mut sups = suppressions::find(&docs);
    let suppressed = suppressions::apply(&docs, &mut analysis.findings, &mut sups);
    let mut notices: Vec<Notice> = sups
        .iter()
        .filter(|s| !s.used)
        .map(|s| {
            let doc = &docs[s.doc].document;
            let (line, column) = doc.lines.line_col(&doc.raw, s.comment.start);
            let what = if s.rules.is_empty() {
                "any finding".to_string()
            } else {
                s.rules.join(", ")
            };
            Notice {
                rule: "CG900",
                name: "unused-suppression",
                severity: Severity::Warning,
                path: doc.display_path(),
                line,
                column,
                message: format!("unused suppression: no {what} in what it covers"),
            }
        })
        .collect();
    if let Some(level) = config.severity.get("CG900") {
        match level {
            None => notices.clear(),
            Some(s) => notices.iter_mut().for_each(|n| n.severity = *s),
        }
    }
    let mut baselined = 0;
    if let Some(path) = &opts.baseline {
        let accepted = baseline::read(path)?;
        let before = analysis.findings.len();
        analysis.findings.retain(|f| {
            let e = baseline::entry(&docs, f);
            !accepted.contains(&(e.rule, e.path, e.fingerprint))
        });
        baselined = before - analysis.findings.len();
    }
    analysis.findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.claims.cmp(&b.claims))
            .then(a.rule.code.cmp(b.rule.code))
    });
    Ok(LintOutcome {
        docs,
        analysis,
        notices,
        notes: loaded.notes,
        suppressed,
        baselined,
    })
}

impl LintOutcome {
    /// The highest severity reported, if anything was.
    pub fn worst(&self) -> Option<Severity> {
        self.analysis
            .findings
            .iter()
            .map(|f| f.severity)
            .chain(self.notices.iter().map(|n| n.severity))
            .max()
    }
}
