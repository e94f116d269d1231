//! The command line: flags as data (clap derive), and `run`, which does what
//! they ask and returns the exit status. `main` only prints errors.
//!
//! Exit status: 0 success, 1 findings at or above `--fail-on` (`check`) or
//! failing rule examples (`rules test`), 2 error (bad input, a broken rule
//! pack, a missing file).

use crate::claims::{extract_with, DocumentClaims, Extractor};
use crate::config::Config;
use crate::documents::{load_documents, parse_iso_day, LoadOptions};
use crate::error::{Error, Result};
use crate::facts::Facts;
use crate::findings::{self, Severity};
use crate::graph::ClaimGraph;
use crate::limits::{ByteSize, Limits};
use crate::lint::{self, LintOptions};
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
    /// Lint a news repository for CI: claimgraph.toml, suppressions,
    /// baselines, SARIF and GitHub annotations.
    Lint(LintArgs),
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Work with rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Score the extractor on the peers' test suites (a folder of .jsonl
    /// cases, such as ../shared/eval/peers): docs/ACCURACY.md.
    Eval(EvalArgs),
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
    /// Published articles to check a draft (PATH) against: only findings
    /// that involve the draft's claims are reported.
    #[arg(long, value_name = "DIR")]
    pub against: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The config file (default: claimgraph.toml or .claimgraph.toml in the
    /// nearest ancestor of the current folder).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// The lowest severity that fails the run (default: the config's, or error).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<Severity>,
    /// Exit 0 even when findings reach --fail-on (errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Report only findings not accepted in this baseline.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Accept every current finding: write them to this baseline and exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Write the report to this file (atomically) instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    Human,
    Json,
    Jsonl,
    Sarif,
    Github,
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
    /// Article files or folders (folders are walked for articles; `lint`
    /// defaults to the folder of claimgraph.toml, or the current one).
    pub paths: Vec<PathBuf>,
    /// A TOML manifest naming articles and their publication dates.
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub date: Option<Date>,
    /// Region (ISO 3166 code: CA, AU, GB) for articles that name none:
    /// holidays such as Thanksgiving or Labour Day fall on its days.
    #[arg(long, value_name = "CODE", value_parser = parse_region_arg)]
    pub region: Option<String>,
    /// A folder (or file) of extra rule packs, added to the default rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// A fact file: dates of events claims hang on, terms of office.
    #[arg(long, value_name = "FILE")]
    pub facts: Option<PathBuf>,
    /// Largest file read: 4096, 500K, 16M, 1G [default: 16M]. A larger
    /// file is an error that names it.
    #[arg(long, value_name = "SIZE")]
    pub max_file_size: Option<ByteSize>,
    /// Most claims one article may have [default: 20000].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(usize))]
    pub max_claims: Option<usize>,
}

impl InputArgs {
    /// The limits of the flags, then of the config, then the defaults.
    fn limits(&self, config: Option<&Config>) -> Limits {
        let d = Limits::default();
        Limits {
            max_file_bytes: self
                .max_file_size
                .or(config.and_then(|c| c.max_file_size))
                .map_or(d.max_file_bytes, |b| b.0),
            max_claims: self
                .max_claims
                .or(config.and_then(|c| c.max_claims))
                .unwrap_or(d.max_claims),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Show which rule produced each claim and how its value was normalized.
    #[arg(long)]
    pub explain: bool,
    /// Also list every number no rule reads as a claim ("number" and
    /// "ordinal" claims: "three", "21st", "between 20 and 30"). For rule
    /// writers; `check` never sees them.
    #[arg(long)]
    pub numbers: bool,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The folder of peer case files (*.jsonl).
    pub dir: PathBuf,
    #[arg(long, value_enum, default_value_t = EvalFormat::Human)]
    pub format: EvalFormat,
    /// List the failed cases, or the cases matched by a convention.
    #[arg(long, value_enum, default_value_t = EvalShow::Nothing)]
    pub show: EvalShow,
    /// Recorded figures: exit status 1 when accuracy falls more than one
    /// point below them (or false positives rise more than one point).
    #[arg(long, value_name = "FILE")]
    pub guard: Option<PathBuf>,
    /// Write the figures of this run to FILE (for --guard).
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EvalFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EvalShow {
    Nothing,
    Failures,
    Conventions,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Run every rule's examples and the annotated fixture files.
    Test {
        /// A folder of rule packs to test along with the default rules (its
        /// fixtures are the .txt and .md files beside the packs).
        dir: Option<PathBuf>,
        /// A folder of fixture files (default: tests/rules, when it exists).
        #[arg(long, value_name = "DIR")]
        fixtures: Option<PathBuf>,
    },
    /// List the rules: id, kind, metric, description.
    List {
        /// A folder of rule packs to list along with the default rules.
        #[arg(long = "rules", value_name = "DIR")]
        rules: Vec<PathBuf>,
    },
    /// Explain one rule: what it matches, its captures, examples,
    /// hedges and normalization.
    Explain {
        id: String,
        #[arg(long = "rules", value_name = "DIR")]
        rules: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
    Jsonl,
}

fn parse_region_arg(s: &str) -> std::result::Result<String, String> {
    crate::documents::parse_region(s)
}

fn parse_date_arg(s: &str) -> std::result::Result<Date, String> {
    parse_iso_day(s)
}

/// Runs a parsed command line, writing its report to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => run_extract(args, out),
        Command::Check(args) => run_check(args, out),
        Command::Lint(args) => run_lint(args, out),
        Command::Eval(args) => run_eval(args, out),
        Command::Completions { shell } => {
            let mut text = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "claimgraph",
                &mut text,
            );
            write_out(out, &String::from_utf8_lossy(&text))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules(RulesCommand::Test { dir, fixtures }) => {
            run_rules_test(dir.as_deref(), fixtures.as_deref(), out)
        }
        Command::Rules(RulesCommand::List { rules }) => {
            write_out(out, &rules::explain::list(&load_rules(&rules)?))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules(RulesCommand::Explain { id, rules }) => {
            let set = load_rules(&rules)?;
            match rules::explain::explain(&set, &id) {
                Some(text) => {
                    write_out(out, &text)?;
                    Ok(ExitCode::SUCCESS)
                }
                None => Err(Error::msg(format!(
                    "no rule `{id}` (claimgraph rules list shows them)"
                ))),
            }
        }
    }
}

/// Loads the rules with the user's packs.
pub fn load_rules(dirs: &[PathBuf]) -> Result<RuleSet> {
    let dirs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    rules::load(&dirs)
}

/// Rules, facts and documents read, and their claims extracted (with
/// every bare number too, for `extract --numbers`).
fn read_inputs(
    input: InputArgs,
    numbers: bool,
) -> Result<(RuleSet, Option<Facts>, Vec<DocumentClaims>)> {
    let rules = load_rules(&input.rules)?;
    let facts = input.facts.as_deref().map(Facts::load).transpose()?;
    let limits = input.limits(None);
    let opts = LoadOptions {
        paths: input.paths,
        manifest: input.manifest,
        default_date: input.date,
        default_region: input.region,
        limits,
        ..Default::default()
    };
    let docs = read_documents(&opts, &rules, facts.as_ref(), numbers)?;
    Ok((rules, facts, docs))
}

/// Documents read and their claims extracted with rules already loaded.
fn read_documents(
    opts: &LoadOptions,
    rules: &RuleSet,
    facts: Option<&Facts>,
    numbers: bool,
) -> Result<Vec<DocumentClaims>> {
    let loaded = load_documents(opts, &rules.boilerplate)?;
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
    let ex = Extractor::new(rules)
        .with_facts(facts)
        .with_numbers(numbers);
    let docs = extract_with(ex, loaded.documents);
    crate::claims::check_claim_limit(&docs, opts.limits.max_claims)?;
    Ok(docs)
}

fn run_eval(args: EvalArgs, out: &mut dyn Write) -> Result<ExitCode> {
    use crate::eval::guard::Recorded;
    use crate::reports::eval::Show;
    let files = crate::eval::cases::load(&args.dir)?;
    let rules = rules::compile_only(&[])?;
    let eval = crate::eval::evaluate(&files, &rules);
    let show = match args.show {
        EvalShow::Nothing => Show::Nothing,
        EvalShow::Failures => Show::Failures,
        EvalShow::Conventions => Show::Conventions,
    };
    match args.format {
        EvalFormat::Human => write_out(out, &reports::eval::render(&eval, show))?,
        EvalFormat::Json => write_out(out, &reports::eval::render_json(&eval))?,
    }
    let now = Recorded::of(&eval);
    if let Some(path) = &args.record {
        lint::baseline::write_atomically(path, &now.to_toml())?;
        eprintln!("recorded the figures in {}", path.display());
    }
    if let Some(path) = &args.guard {
        let regressions = Recorded::load(path)?.regressions(&now);
        if !regressions.is_empty() {
            for r in &regressions {
                eprintln!("accuracy regression: {r}");
            }
            return Ok(ExitCode::from(1));
        }
        eprintln!("accuracy holds against {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn run_extract(args: ExtractArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let (rules, _, docs) = read_inputs(args.input, args.numbers)?;
    let text = match args.format {
        OutputFormat::Human => reports::human::render(&docs, args.explain.then_some(&rules)),
        OutputFormat::Json => reports::json::render(&docs),
        OutputFormat::Jsonl => reports::jsonl::render(&docs),
    };
    write_out(out, &text)?;
    Ok(ExitCode::SUCCESS)
}

fn run_check(args: CheckArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let against = args.against.clone();
    let limits = args.input.limits(None);
    let region = args.input.region.clone();
    let (rules, facts, mut docs) = read_inputs(args.input, false)?;
    // A draft is checked against published articles: they are read after
    // it, and only findings that involve the draft are kept.
    let drafts = docs.len();
    if !against.is_empty() {
        // They carry their own dates; the region is the newsroom's.
        let opts = LoadOptions {
            paths: against,
            default_region: region,
            limits,
            ..Default::default()
        };
        docs.extend(read_documents(&opts, &rules, facts.as_ref(), false)?);
    }
    let mut analysis = findings::check(&docs, &rules.lexicon, facts.as_ref());
    if docs.len() > drafts {
        analysis
            .findings
            .retain(|f| f.claims.iter().any(|c| c.doc < drafts));
        analysis
            .derivations
            .retain(|d| d.copy < drafts || d.original < drafts);
    }
    match args.format {
        CheckFormat::Human => write_out(out, &reports::check_human::render(&docs, &analysis))?,
        CheckFormat::Json => write_out(out, &reports::check_json::render(&docs, &analysis))?,
        CheckFormat::Jsonl => stream_out(out, |w| {
            reports::check_jsonl::write(w, &docs, &analysis, &[])
        })?,
        CheckFormat::Dot => write_out(
            out,
            &reports::dot::render(&docs, &ClaimGraph::build(&docs, &analysis)),
        )?,
    }
    let failing = analysis.findings.iter().any(|f| f.severity >= args.fail_on);
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Whether to colour output: a terminal, and `NO_COLOR` unset or empty.
fn use_color(to_stdout: bool) -> bool {
    use std::io::IsTerminal;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    to_stdout && !no_color && std::io::stdout().is_terminal()
}

fn run_lint(args: LintArgs, out: &mut dyn Write) -> Result<ExitCode> {
    use std::io::IsTerminal;
    let config = match &args.config {
        Some(path) => Config::load(path)?,
        None => Config::discover(Path::new("."))?,
    };
    let fail_on = args.fail_on.or(config.fail_on).unwrap_or(Severity::Error);
    let limits = args.input.limits(Some(&config));
    let opts = LintOptions {
        limits,
        paths: args.input.paths,
        config,
        rules: args.input.rules,
        facts: args.input.facts,
        manifest: args.input.manifest,
        date: args.input.date,
        region: args.input.region,
        baseline: args.baseline,
        progress: std::io::stderr().is_terminal(),
    };
    let outcome = lint::run(&opts)?;
    for note in &outcome.notes {
        eprintln!("note: {note}");
    }
    if let Some(path) = &args.write_baseline {
        let entries = outcome
            .analysis
            .findings
            .iter()
            .map(|f| lint::baseline::entry(&outcome.docs, f))
            .collect();
        lint::baseline::write(path, entries)?;
        eprintln!(
            "wrote {} accepted findings to {}",
            outcome.analysis.findings.len(),
            path.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let (docs, analysis, notices) = (&outcome.docs, &outcome.analysis, &outcome.notices);
    let text = match args.format {
        LintFormat::Human => {
            let mut t = reports::check_human::render_with(
                docs,
                &analysis.derivations,
                &analysis.findings,
                notices,
                use_color(args.output.is_none()),
            );
            if outcome.suppressed + outcome.baselined > 0 {
                t.push_str(&format!(
                    "({} suppressed inline, {} accepted in the baseline)\n",
                    outcome.suppressed, outcome.baselined
                ));
            }
            t
        }
        LintFormat::Json => reports::check_json::render_with(
            docs,
            analysis,
            reports::check_json::LintExtras {
                notices,
                suppressed: Some(outcome.suppressed),
                baselined: Some(outcome.baselined),
            },
        ),
        LintFormat::Jsonl => reports::check_jsonl::render_with(docs, analysis, notices),
        LintFormat::Sarif => reports::sarif::render(docs, &analysis.findings, notices),
        LintFormat::Github => reports::github::render(docs, &analysis.findings, notices),
    };
    match &args.output {
        Some(path) => lint::baseline::write_atomically(path, &text)?,
        None => write_out(out, &text)?,
    }
    let failing = !args.exit_zero && outcome.worst().is_some_and(|w| w >= fail_on);
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_rules_test(
    dir: Option<&Path>,
    fixtures: Option<&Path>,
    out: &mut dyn Write,
) -> Result<ExitCode> {
    let dirs: Vec<&Path> = dir.into_iter().collect();
    // Compile without checking examples at load: here failures are the report.
    let set = rules::compile_only(&dirs)?;
    let mut outcome = examples::run(&set, |_| true);
    let default_fixtures = Path::new("tests/rules");
    let mut fixture_dirs: Vec<&Path> = dir.into_iter().collect();
    match fixtures {
        Some(f) => fixture_dirs.push(f),
        None if default_fixtures.is_dir() => fixture_dirs.push(default_fixtures),
        None => {}
    }
    let mut files = 0;
    for d in fixture_dirs {
        for file in rules::fixtures::files(d)? {
            outcome.add(rules::fixtures::run(&set, &file)?);
            files += 1;
        }
    }
    let mut text = String::new();
    for f in &outcome.failures {
        text.push_str(&format!("{f}\n"));
    }
    if files > 0 || outcome.todo > 0 {
        text.push_str(&format!(
            "{files} fixture files, {} known gaps (todo)\n",
            outcome.todo
        ));
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
    written(out.write_all(text.as_bytes()).and_then(|_| out.flush()))
}

/// Writes a report piece by piece through a buffer (a closed pipe, as
/// with `| head`, ends the report quietly).
fn stream_out(
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    written(write(&mut buffered).and_then(|_| buffered.flush()))
}

fn written(result: std::io::Result<()>) -> Result<()> {
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::msg(format!("cannot write the report: {e}"))),
    }
}
