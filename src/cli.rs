//! The command line: flags as data (clap derive), and `run`, which does what
//! they ask and returns the exit status. `main` only prints errors.
//!
//! Exit status: 0 success, 1 findings at or above `--fail-on` (`check`) or
//! failing rule examples (`rules test`), 2 error (bad input, a broken rule
//! pack, a missing file).

use crate::claims::{extract, DocumentClaims};
use crate::documents::{load_documents, parse_iso_day, LoadOptions};
use crate::error::{Error, Result};
use crate::facts::Facts;
use crate::findings::{self, Severity};
use crate::graph::ClaimGraph;
use crate::reports;
use crate::rules::{self, examples, RuleSet};
use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "claimgraph",
    version,
    about = "Checks the numeric and dated claims of news articles against each other"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the numeric and dated claims of articles, normalized.
    Extract(ExtractArgs),
    /// Check claims against each other: contradictions, unverified claims,
    /// corroboration. Exit status 1 when findings reach --fail-on.
    Check(CheckArgs),
    /// Work with rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// The lowest severity that makes the run fail (exit status 1).
    #[arg(long, value_enum, default_value_t = Severity::Error, value_name = "LEVEL")]
    pub fail_on: Severity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    Jsonl,
    Dot,
}

/// The articles to read and how: shared by `extract` and `check`.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Article files or folders (folders are walked for .txt and .md files).
    pub paths: Vec<PathBuf>,
    /// A TOML manifest naming articles and their publication dates.
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub date: Option<Date>,
    /// A folder (or file) of extra rule packs, added to the default rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// A fact file: dates of events claims hang on, terms of office.
    #[arg(long, value_name = "FILE")]
    pub facts: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Show which rule produced each claim.
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Run every rule's examples (the default rules and the packs in DIR).
    Test {
        /// A folder of rule packs to test along with the default rules.
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
    Jsonl,
}

fn parse_date_arg(s: &str) -> std::result::Result<Date, String> {
    parse_iso_day(s)
}

/// Runs a parsed command line, writing its report to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => run_extract(args, out),
        Command::Check(args) => run_check(args, out),
        Command::Rules(RulesCommand::Test { dir }) => run_rules_test(dir.as_deref(), out),
    }
}

/// Loads the rules with the user's packs.
pub fn load_rules(dirs: &[PathBuf]) -> Result<RuleSet> {
    let dirs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    rules::load(&dirs)
}

/// Rules, facts and documents read, and their claims extracted.
fn read_inputs(input: InputArgs) -> Result<(RuleSet, Option<Facts>, Vec<DocumentClaims>)> {
    let rules = load_rules(&input.rules)?;
    let facts = input.facts.as_deref().map(Facts::load).transpose()?;
    let opts = LoadOptions {
        paths: input.paths,
        manifest: input.manifest,
        default_date: input.date,
        ..Default::default()
    };
    let loaded = load_documents(&opts, &rules.boilerplate)?;
    for note in &loaded.notes {
        eprintln!("note: {note}");
    }
    for doc in loaded
        .documents
        .iter()
        .filter(|d| d.meta.published.is_none())
    {
        eprintln!(
            "warning: {}: no publication date; relative dates are left unresolved (use front matter, --manifest or --date)",
            doc.display_path()
        );
    }
    let docs = extract(loaded.documents, &rules, facts.as_ref());
    Ok((rules, facts, docs))
}

fn run_extract(args: ExtractArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let (_, _, docs) = read_inputs(args.input)?;
    let text = match args.format {
        OutputFormat::Human => reports::human::render(&docs, args.explain),
        OutputFormat::Json => reports::json::render(&docs),
        OutputFormat::Jsonl => reports::jsonl::render(&docs),
    };
    write_out(out, &text)?;
    Ok(ExitCode::SUCCESS)
}

fn run_check(args: CheckArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let (rules, facts, docs) = read_inputs(args.input)?;
    let analysis = findings::check(&docs, &rules.lexicon, facts.as_ref());
    let text = match args.format {
        CheckFormat::Human => reports::check_human::render(&docs, &analysis),
        CheckFormat::Json => reports::check_json::render(&docs, &analysis),
        CheckFormat::Jsonl => reports::check_jsonl::render(&docs, &analysis),
        CheckFormat::Dot => reports::dot::render(&docs, &ClaimGraph::build(&docs, &analysis)),
    };
    write_out(out, &text)?;
    let failing = analysis
        .findings
        .iter()
        .any(|f| f.rule.severity >= args.fail_on);
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_rules_test(dir: Option<&Path>, out: &mut dyn Write) -> Result<ExitCode> {
    let dirs: Vec<PathBuf> = dir.map(Path::to_path_buf).into_iter().collect();
    let dirs_ref: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    // Compile without checking examples at load: here failures are the report.
    let set = rules::compile_only(&dirs_ref)?;
    let outcome = examples::run(&set, |_| true);
    let mut text = String::new();
    for f in &outcome.failures {
        text.push_str(&format!("{f}\n"));
    }
    text.push_str(&format!(
        "{} passed, {} failed\n",
        outcome.passed,
        outcome.failures.len()
    ));
    write_out(out, &text)?;
    Ok(if outcome.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Writes a report; a closed pipe (`claimgraph ... | head`) is not an error.
fn write_out(out: &mut dyn Write, text: &str) -> Result<()> {
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::msg(format!("cannot write the report: {e}"))),
    }
}
