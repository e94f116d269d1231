//! From pack files to a compiled `RuleSet`: fragments expanded, regexes
//! compiled, word lists merged, and every problem reported with its file,
//! line and rule id.

use super::lexicon::{
    normalize_words, Calendar, ContextWords, HedgeConvention, Holiday, HolidayDate, Lexicon,
    Metric, Place, Shift, Unit,
};
use super::schema::{ExampleFile, PackFile, RuleFile, ValueFile};
use crate::claims::Kind;
use crate::documents::BoilerplateRule;
use crate::error::{line_col, toml_error, Error, Result};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Where a rule pack comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A default pack compiled into the binary (its path in the repository).
    Builtin(&'static str),
    File(PathBuf),
}

impl Origin {
    pub fn path(&self) -> PathBuf {
        match self {
            Origin::Builtin(name) => PathBuf::from(name),
            Origin::File(p) => p.clone(),
        }
    }
}

/// A pack's text and origin.
pub struct Source {
    pub origin: Origin,
    pub text: String,
}

impl Source {
    pub fn builtin(name: &'static str, text: &str) -> Self {
        Source {
            origin: Origin::Builtin(name),
            text: text.to_string(),
        }
    }
    pub fn file(path: PathBuf, text: String) -> Self {
        Source {
            origin: Origin::File(path),
            text,
        }
    }
}

/// The `.toml` files of a pack folder, sorted.
pub fn pack_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(dir).map_err(|e| Error::io(dir, &e))?;
    if !meta.is_dir() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::in_file(
            dir,
            "no rule packs (.toml files) in this folder",
        ));
    }
    Ok(files)
}

/// A rule pattern, compiled the first time a sentence may match it: most
/// runs need few of the rules, and compiling them all would dominate the
/// start-up of a small run. Its syntax is checked when the pack is loaded.
#[derive(Debug)]
pub struct LazyRegex {
    text: String,
    regex: std::sync::OnceLock<Regex>,
}

impl Clone for LazyRegex {
    fn clone(&self) -> Self {
        LazyRegex {
            text: self.text.clone(),
            regex: std::sync::OnceLock::new(),
        }
    }
}

impl LazyRegex {
    fn new(text: String) -> Self {
        LazyRegex {
            text,
            regex: std::sync::OnceLock::new(),
        }
    }

    /// The pattern as compiled (fragments expanded, flags set).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn get(&self) -> &Regex {
        self.regex.get_or_init(|| {
            // The prefilter set compiled this same text within this limit,
            // so it compiles alone.
            RegexBuilder::new(&self.text)
                .size_limit(PATTERN_SIZE_LIMIT)
                .build()
                .expect("a pattern the prefilter compiled")
        })
    }

    /// Names of the capture groups, from the syntax (no compilation).
    pub fn capture_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        if let Ok(hir) = regex_syntax::Parser::new().parse(&self.text) {
            collect_names(&hir, &mut names);
        }
        names
    }
}

fn collect_names(hir: &regex_syntax::hir::Hir, out: &mut Vec<String>) {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(c) => {
            if let Some(n) = &c.name {
                out.push(n.to_string());
            }
            collect_names(&c.sub, out);
        }
        HirKind::Concat(v) | HirKind::Alternation(v) => {
            v.iter().for_each(|h| collect_names(h, out))
        }
        HirKind::Repetition(r) => collect_names(&r.sub, out),
        _ => {}
    }
}

/// A compiled extraction rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub description: String,
    pub kind: Kind,
    pub metric: Option<String>,
    pub unit: Option<String>,
    pub value: Option<ValueFile>,
    /// `true` for the elapsed-duration convention of ongoing wars.
    pub elapsed: bool,
    pub priority: i32,
    pub patterns: Vec<LazyRegex>,
    /// The patterns as written, before fragments were expanded.
    pub sources: Vec<String>,
    pub examples: Vec<(usize, ExampleFile)>,
    pub ignores: Vec<(usize, String)>,
    pub origin: Origin,
    pub line: usize,
}

/// Every rule and word list of the loaded packs, ready to run.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub boilerplate: Vec<BoilerplateRule>,
    pub lexicon: Lexicon,
    /// All rule patterns in one set, to find in one pass which rules can
    /// match a sentence.
    pub prefilter: RegexSet,
    /// (rule index, index of the pattern within the rule) of each pattern
    /// in `prefilter`.
    pub pattern_rule: Vec<(usize, usize)>,
    /// Boilerplate examples, for `rules test`: (rule index, line, must match).
    pub boilerplate_examples: Vec<(usize, String, bool)>,
    pub boilerplate_origins: Vec<(Origin, usize)>,
    /// Every spelling of every place, as written (places are capitalized).
    pub places: Option<Regex>,
}

struct Parsed {
    origin: Origin,
    text: String,
    pack: PackFile,
}

fn err_at(origin: &Origin, text: &str, offset: usize, msg: impl Into<String>) -> Error {
    let (line, col) = line_col(text, offset);
    Error::in_file(origin.path(), msg).at(line, Some(col))
}

impl RuleSet {
    /// Compiles packs in order: later packs may use the fragments and words
    /// of earlier ones (and the other way round: definitions are global).
    pub fn compile(sources: Vec<Source>) -> Result<RuleSet> {
        let mut parsed = Vec::new();
        for src in sources {
            let pack: PackFile = toml::from_str(&src.text)
                .map_err(|e| toml_error(&src.origin.path(), &src.text, "rule pack", &e))?;
            parsed.push(Parsed {
                origin: src.origin,
                text: src.text,
                pack,
            });
        }
        let lexicon = build_lexicon(&parsed)?;
        let defines = build_defines(&parsed, &lexicon)?;

        let mut boilerplate = Vec::new();
        let mut boilerplate_examples = Vec::new();
        let mut boilerplate_origins = Vec::new();
        let mut rules = Vec::new();
        let mut seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
        for p in &parsed {
            for b in &p.pack.boilerplate {
                let line = line_col(&p.text, b.span().start).0;
                let b = b.get_ref();
                check_id(&mut seen, &b.id, &p.origin, line)?;
                let expanded = expand(b.pattern.get_ref(), &defines).map_err(|m| {
                    err_at(&p.origin, &p.text, b.pattern.span().start, m).rule(&b.id)
                })?;
                let pattern = build_regex(&expanded, false).map_err(|m| {
                    err_at(&p.origin, &p.text, b.pattern.span().start, m).rule(&b.id)
                })?;
                let idx = boilerplate.len();
                boilerplate_examples.extend(b.examples.iter().map(|e| (idx, e.clone(), true)));
                boilerplate_examples.extend(b.ignores.iter().map(|e| (idx, e.clone(), false)));
                boilerplate_origins.push((p.origin.clone(), line));
                boilerplate.push(BoilerplateRule {
                    id: b.id.clone(),
                    description: b.description.clone(),
                    pattern,
                });
            }
            for r in &p.pack.rule {
                let line = line_col(&p.text, r.span().start).0;
                rules.push(compile_rule(p, r.get_ref(), line, &defines, &mut seen)?);
            }
        }
        let mut all = Vec::new();
        let mut pattern_rule = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            for (k, re) in rule.patterns.iter().enumerate() {
                all.push(re.as_str().to_string());
                pattern_rule.push((i, k));
            }
        }
        let prefilter = RegexSetBuilder::new(&all)
            .size_limit(PATTERN_SIZE_LIMIT)
            .dfa_size_limit(64 << 20)
            .build()
            .map_err(|e| set_error(&rules, &e))?;
        let spellings: Vec<&str> = lexicon
            .places
            .iter()
            .flat_map(|p| {
                std::iter::once(p.name.as_str()).chain(p.variants.iter().map(String::as_str))
            })
            .collect();
        let places = if spellings.is_empty() {
            None
        } else {
            Some(
                build_regex(&format!(r"\b{}\b", alternation(spellings)), true)
                    .map_err(Error::msg)?,
            )
        };
        Ok(RuleSet {
            rules,
            boilerplate,
            lexicon,
            prefilter,
            pattern_rule,
            boilerplate_examples,
            boilerplate_origins,
            places,
        })
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

fn check_id(
    seen: &mut HashMap<String, (PathBuf, usize)>,
    id: &str,
    origin: &Origin,
    line: usize,
) -> Result<()> {
    let ok_id = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '_'));
    if !ok_id {
        return Err(Error::in_file(
            origin.path(),
            "rule ids are lower-case letters, digits, `-`, `_` and `.`",
        )
        .at(line, None)
        .rule(id));
    }
    if let Some((path, first)) = seen.insert(id.to_string(), (origin.path(), line)) {
        return Err(Error::in_file(
            origin.path(),
            format!(
                "duplicate rule id (first defined at {}:{first})",
                path.display()
            ),
        )
        .at(line, None)
        .rule(id));
    }
    Ok(())
}

fn compile_rule(
    p: &Parsed,
    r: &RuleFile,
    line: usize,
    defines: &BTreeMap<String, String>,
    seen: &mut HashMap<String, (PathBuf, usize)>,
) -> Result<Rule> {
    let id = r.id.get_ref().clone();
    check_id(seen, &id, &p.origin, line)?;
    let fail = |offset: usize, msg: String| err_at(&p.origin, &p.text, offset, msg).rule(&id);
    let kind = Kind::parse(&r.kind).ok_or_else(|| {
        fail(
            r.id.span().start,
            format!(
                "unknown kind `{}` (expected one of: {})",
                r.kind,
                Kind::NAMES.join(", ")
            ),
        )
    })?;
    let elapsed = match r.interval.as_deref() {
        None | Some("exact") => false,
        Some("elapsed") => true,
        Some(other) => {
            return Err(fail(
                r.id.span().start,
                format!("unknown interval `{other}` (expected `exact` or `elapsed`)"),
            ))
        }
    };
    if r.patterns.is_empty() {
        return Err(fail(
            r.id.span().start,
            "a rule needs at least one pattern".into(),
        ));
    }
    if r.examples.is_empty() {
        return Err(fail(
            r.id.span().start,
            "a rule needs at least one example".into(),
        ));
    }
    let mut patterns = Vec::new();
    for pat in &r.patterns {
        let expanded = expand(pat.get_ref(), defines).map_err(|m| fail(pat.span().start, m))?;
        let text = pattern_text(&expanded, r.case_sensitive);
        validate(&text).map_err(|m| fail(pat.span().start, m))?;
        patterns.push(LazyRegex::new(text));
    }
    Ok(Rule {
        id,
        description: r.description.clone(),
        kind,
        metric: r.metric.clone(),
        unit: r.unit.clone(),
        value: r.value,
        elapsed,
        priority: r.priority,
        sources: r.patterns.iter().map(|p| p.get_ref().clone()).collect(),
        patterns,
        examples: r
            .examples
            .iter()
            .map(|e| (line_col(&p.text, e.span().start).0, e.get_ref().clone()))
            .collect(),
        ignores: r
            .ignores
            .iter()
            .map(|e| (line_col(&p.text, e.span().start).0, e.get_ref().clone()))
            .collect(),
        origin: p.origin.clone(),
        line,
    })
}

/// The text a pattern is compiled from. Word boundaries are ASCII: a
/// Unicode `\b` makes the lazy DFA give up on any text with a curly quote
/// or a dash (every news article) and fall back to a far slower engine;
/// next to a non-ASCII letter an ASCII boundary still holds, since such a
/// letter is not an ASCII word byte. The case flag goes into the text, so
/// that the prefilter set matches exactly what the rule matches.
///
/// Inside a bracket class, `\p{L}` is read as Latin letters (ASCII and
/// U+00C0–U+024F) and `\p{N}` as ASCII digits: the full Unicode classes
/// make every pattern's automaton several times larger and start-up slow,
/// and rules use them for filler words and names in Latin-script news.
fn pattern_text(pattern: &str, case_sensitive: bool) -> String {
    let pattern = latin_classes(&ascii_word_boundaries(pattern));
    if case_sensitive {
        pattern
    } else {
        format!("(?i){pattern}")
    }
}

/// `\p{L}` and `\p{N}` as Latin letters and ASCII digits: spliced into a
/// bracket class, or made one where they stand alone (`\s+\p{L}`).
fn latin_classes(pattern: &str) -> String {
    const LETTERS: &str = r"a-zA-Z\x{C0}-\x{24F}";
    const DIGITS: &str = "0-9";
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut in_class = false;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        let (class, skip) = if rest.starts_with(r"\p{L}") {
            (Some(LETTERS), 5)
        } else if rest.starts_with(r"\p{N}") {
            (Some(DIGITS), 5)
        } else {
            (None, 0)
        };
        if let Some(class) = class {
            if in_class {
                out.push_str(class);
            } else {
                out.push('[');
                out.push_str(class);
                out.push(']');
            }
            rest = &rest[skip..];
            continue;
        }
        if c == '\\' {
            // An escape: copy it and the character it escapes.
            let len = rest[1..].chars().next().map_or(0, char::len_utf8);
            out.push_str(&rest[..1 + len]);
            rest = &rest[1 + len..];
            continue;
        }
        match c {
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn regex_error(e: impl std::fmt::Display) -> String {
    let msg = e.to_string();
    let last = msg
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    format!("invalid pattern: {last}")
}

/// The most memory one compiled pattern, or the set of all of them, may
/// take: a pattern such as `(\w+){1000}{1000}` is refused, not built.
const PATTERN_SIZE_LIMIT: usize = 64 << 20;

/// The error of a rule set that does not compile: the first rule whose
/// pattern is too big alone, named by file, line and id.
fn set_error(rules: &[Rule], e: &regex::Error) -> Error {
    for rule in rules {
        for re in &rule.patterns {
            if let Err(err) = RegexBuilder::new(re.as_str())
                .size_limit(PATTERN_SIZE_LIMIT)
                .build()
            {
                let mut out = Error::in_file(
                    rule.origin.path(),
                    format!("pattern too big to compile: {err}"),
                )
                .at(rule.line, None);
                out.rule = Some(rule.id.clone());
                return out;
            }
        }
    }
    Error::msg(format!(
        "the rule patterns together are too big to compile ({e}); split the packs or simplify patterns"
    ))
}

/// Checks a pattern's syntax without compiling it.
fn validate(text: &str) -> std::result::Result<(), String> {
    regex_syntax::Parser::new()
        .parse(text)
        .map(|_| ())
        .map_err(regex_error)
}

fn build_regex(pattern: &str, case_sensitive: bool) -> std::result::Result<Regex, String> {
    RegexBuilder::new(&pattern_text(pattern, case_sensitive))
        .size_limit(32 << 20)
        .build()
        .map_err(regex_error)
}

/// `\b` → `(?-u:\b)`, leaving an escaped backslash followed by `b` alone.
fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn build_lexicon(parsed: &[Parsed]) -> Result<Lexicon> {
    let mut lex = Lexicon::default();
    let mut context: Option<ContextWords> = None;
    for p in parsed {
        for h in &p.pack.hedge {
            let conv = HedgeConvention::parse(&h.get_ref().convention).ok_or_else(|| {
                err_at(&p.origin, &p.text, h.span().start, format!(
                    "unknown hedge convention `{}` (expected above, at-least, just-under, approximately, at-most or below)",
                    h.get_ref().convention
                ))
            })?;
            for w in &h.get_ref().words {
                lex.hedges.insert(normalize_words(w), conv);
            }
            for w in &h.get_ref().after {
                lex.hedges_after.insert(normalize_words(w), conv);
            }
        }
        for spanned in &p.pack.unit {
            let u = spanned.get_ref();
            if u.worth.is_some_and(|w| !(w.is_finite() && w > 0.0)) {
                return Err(err_at(
                    &p.origin,
                    &p.text,
                    spanned.span().start,
                    format!("unit `{}`: `worth` must be a positive number", u.name),
                ));
            }
            lex.add_unit(
                Unit {
                    name: u.name.clone(),
                    class: u.class.clone(),
                    worth: u.worth,
                },
                &u.words,
            );
        }
        for m in &p.pack.metric {
            let m = m.get_ref();
            lex.metrics.push(Metric {
                name: m.name.clone(),
                cues: m.cues.iter().map(|c| normalize_words(c)).collect(),
                classes: m.classes.clone(),
            });
        }
        for h in &p.pack.holiday {
            let span = h.span().start;
            let h = h.get_ref();
            let weekday = h.weekday.as_deref().and_then(crate::claims::weekday_named);
            let calendar = match h.calendar.as_deref() {
                None | Some("gregorian") => None,
                Some("hijri") => Some(Calendar::Hijri),
                Some("hebrew") => Some(Calendar::Hebrew),
                Some("chinese") => Some(Calendar::Chinese),
                Some("hindu") => Some(Calendar::Hindu),
                Some("hindu-solar") => Some(Calendar::HinduSolar),
                Some("bengali") => Some(Calendar::Bengali),
                Some("shahenshahi") => Some(Calendar::Shahenshahi),
                Some("persian") => Some(Calendar::Persian),
                Some(other) => {
                    return Err(err_at(
                        &p.origin,
                        &p.text,
                        span,
                        format!(
                        "holiday `{}`: unknown calendar `{other}` (expected gregorian, hijri, hebrew, chinese, hindu, hindu-solar, bengali, shahenshahi or persian)",
                        h.name
                    ),
                    ))
                }
            };
            let moment = match (h.at.as_deref(), calendar) {
                (None, _) => crate::claims::hindu::Moment::Sunrise,
                (Some(at), Some(Calendar::Hindu)) => crate::claims::hindu::Moment::parse(at)
                    .ok_or_else(|| {
                        err_at(
                            &p.origin,
                            &p.text,
                            span,
                            format!(
                                "holiday `{}`: unknown `at` `{at}` (expected sunrise, midday, afternoon, evening or midnight)",
                                h.name
                            ),
                        )
                    })?,
                (Some(_), _) => {
                    return Err(err_at(
                        &p.origin,
                        &p.text,
                        span,
                        format!("holiday `{}`: `at` is for the `hindu` calendar", h.name),
                    ))
                }
            };
            let hindu = matches!(
                calendar,
                Some(Calendar::Hindu | Calendar::HinduSolar | Calendar::Bengali)
            );
            if h.days.is_some_and(|d| {
                hindu || (calendar.is_none() && h.easter_offset.is_none()) || !(1..=60).contains(&d)
            }) {
                return Err(err_at(
                    &p.origin,
                    &p.text,
                    span,
                    format!(
                        "holiday `{}`: `days` (1 to 60) is for holidays with a `calendar` (hijri, hebrew or chinese) or an `easter_offset`; a Hindu holiday is one day",
                        h.name
                    ),
                ));
            }
            let shift = match h.shift.as_deref() {
                None => Shift::None,
                Some(name) => match Shift::parse(name) {
                    Some(shift) if h.month.is_some() && h.day.is_some() && calendar.is_none() && weekday.is_none() => shift,
                    Some(_) => {
                        return Err(err_at(
                            &p.origin,
                            &p.text,
                            span,
                            format!("holiday `{}`: `shift` is for a fixed `month` and `day`", h.name),
                        ))
                    }
                    None => {
                        return Err(err_at(
                            &p.origin,
                            &p.text,
                            span,
                            format!(
                                "holiday `{}`: unknown shift `{name}` (expected nearest-weekday, saturday-if-sunday or nearest-monday)",
                                h.name
                            ),
                        ))
                    }
                },
            };
            let months = match calendar {
                Some(Calendar::Hebrew) => 13,
                _ => 12,
            };
            let listed = match &h.dates {
                None => None,
                Some(list) => {
                    let mut days = Vec::with_capacity(list.len());
                    for d in list {
                        let day = crate::documents::parse_iso_day(d).map_err(|_| {
                            err_at(
                                &p.origin,
                                &p.text,
                                span,
                                format!("holiday `{}`: `{d}` is not a date (YYYY-MM-DD)", h.name),
                            )
                        })?;
                        days.push(day);
                    }
                    days.sort();
                    Some(days)
                }
            };
            let rule_given = calendar.is_some()
                || h.month.is_some()
                || h.day.is_some()
                || h.easter_offset.is_some()
                || weekday.is_some()
                || h.nth.is_some();
            if listed.is_some() && rule_given {
                return Err(err_at(
                    &p.origin,
                    &p.text,
                    span,
                    format!(
                        "holiday `{}`: `dates` stand alone (no month, day, calendar, easter_offset, weekday or nth)",
                        h.name
                    ),
                ));
            }
            let date = if let Some(days) = listed {
                HolidayDate::Listed(days.into())
            } else {
                match (calendar, h.month, h.day, h.easter_offset, weekday, h.nth) {
                    (Some(Calendar::Hindu), Some(month), Some(tithi), None, None, None)
                        if (1..=12).contains(&month) && (1..=30).contains(&tithi) =>
                    {
                        HolidayDate::Hindu {
                            month,
                            tithi,
                            at: moment,
                            offset: h.offset,
                        }
                    }
                    (Some(c @ (Calendar::HinduSolar | Calendar::Bengali)), Some(month), Some(day), None, None, None)
                        if (1..=12).contains(&month) && (1..=32).contains(&day) =>
                    {
                        HolidayDate::Solar {
                            month,
                            day,
                            rule: if c == Calendar::Bengali {
                                crate::claims::hindu::SolarRule::NextDay
                            } else {
                                crate::claims::hindu::SolarRule::BeforeSunset
                            },
                            offset: h.offset,
                        }
                    }
                    (Some(Calendar::Hijri), Some(month), Some(day), None, Some(weekday), None)
                        if (1..=12).contains(&month) && (1..=30).contains(&day) =>
                    {
                        HolidayDate::HijriWeekday {
                            month,
                            day,
                            weekday,
                        }
                    }
                    (Some(calendar), Some(month), Some(day), None, None, None)
                        if !matches!(calendar, Calendar::Hindu | Calendar::HinduSolar | Calendar::Bengali) && (1..=months).contains(&month) && (1..=30).contains(&day) =>
                    {
                        HolidayDate::Lunar {
                            calendar,
                            month,
                            day,
                            days: h.days.unwrap_or(1),
                        }
                    }
                    (None, Some(month), Some(day), None, None, None)
                        if jiff::civil::Date::new(2024, month, day).is_ok() =>
                    {
                        HolidayDate::Fixed { month, day, shift }
                    }
                    (None, Some(month), Some(day), None, Some(weekday), None)
                        if jiff::civil::Date::new(2024, month, day).is_ok() =>
                    {
                        HolidayDate::WeekdayOnOrAfter {
                            month,
                            day,
                            weekday,
                        }
                    }
                    (None, None, None, Some(offset), None, None) => HolidayDate::Easter {
                        offset,
                        orthodox: h.orthodox,
                        days: h.days.unwrap_or(1),
                    },
                    (None, Some(month), None, None, Some(weekday), Some(nth))
                        if (1..=12).contains(&month) && (nth == -1 || (1..=5).contains(&nth)) =>
                    {
                        HolidayDate::NthWeekday {
                            month,
                            weekday,
                            nth,
                            offset: h.offset,
                        }
                    }
                    _ => {
                        return Err(err_at(
                            &p.origin,
                            &p.text,
                            span,
                            format!(
                            "holiday `{}` needs a valid `month` and `day` (of its `calendar`, if it names one, or with a `weekday`: the first on or after it), an `easter_offset`, a `month`, `weekday` and `nth` (1 to 5, or -1 for the last), or its `dates`",
                            h.name
                        ),
                        ))
                    }
                }
            };
            if let Some(bad) = h
                .regions
                .iter()
                .find(|r| !crate::documents::is_region_code(r))
            {
                return Err(err_at(
                    &p.origin,
                    &p.text,
                    span,
                    format!(
                        "holiday `{}`: region `{bad}` is not a country code (ISO 3166 in capitals: \"CA\", or a subdivision, \"AU-VIC\")",
                        h.name
                    ),
                ));
            }
            lex.holidays.push(Holiday {
                name: h.name.clone(),
                aliases: h.aliases.clone(),
                date,
                regions: h.regions.clone(),
                match_case: h.match_case,
            });
        }
        for pl in &p.pack.place {
            let pl = pl.get_ref();
            lex.add_place(Place {
                name: pl.name.clone(),
                kind: pl.kind.clone(),
                variants: pl.variants.clone(),
            });
        }
        for t in &p.pack.topic {
            let t = t.get_ref();
            lex.topics.push((
                t.name.clone(),
                t.words.iter().map(|w| normalize_words(w)).collect(),
            ));
        }
        for q in &p.pack.qualifier {
            let q = q.get_ref();
            lex.qualifiers.push((
                q.name.clone(),
                q.words.iter().map(|w| normalize_words(w)).collect(),
            ));
        }
        for t in &p.pack.target {
            let t = t.get_ref();
            lex.add_target(&t.name, &t.words);
        }
        if let Some(c) = &p.pack.context {
            let c = c.get_ref();
            let norm = |v: &Vec<String>| v.iter().map(|w| normalize_words(w)).collect::<Vec<_>>();
            let ctx = context.get_or_insert_with(ContextWords::default);
            ctx.attribution_verbs.extend(norm(&c.attribution_verbs));
            ctx.complement_hedges.extend(norm(&c.complement_hedges));
            ctx.clause_hedges.extend(norm(&c.clause_hedges));
            ctx.sentence_hedges.extend(norm(&c.sentence_hedges));
            ctx.not_hedge_after.extend(norm(&c.not_hedge_after));
            ctx.party_sources.extend(norm(&c.party_sources));
            ctx.fighting_words.extend(norm(&c.fighting_words));
        }
    }
    lex.context = context.unwrap_or_default();
    Ok(lex)
}

/// A regex alternation of words, longest first, spaces matching any run of
/// white space, apostrophes either straight or curly.
pub fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words
        .into_iter()
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let parts: Vec<String> = words
        .iter()
        .map(|w| {
            w.split_whitespace()
                .map(|part| regex::escape(part).replace('\'', "['’]"))
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    format!("(?:{})", parts.join("|"))
}

fn build_defines(parsed: &[Parsed], lex: &Lexicon) -> Result<BTreeMap<String, String>> {
    let mut defines: BTreeMap<String, String> = BTreeMap::new();
    let mut origin_of: HashMap<String, (PathBuf, usize)> = HashMap::new();
    for p in parsed {
        for (name, value) in &p.pack.define {
            let line = line_col(&p.text, value.span().start).0;
            if !is_fragment_name(name) {
                return Err(Error::in_file(
                    p.origin.path(),
                    format!("fragment name `{name}` must be UPPER_CASE"),
                )
                .at(line, None));
            }
            if let Some((path, first)) = origin_of.insert(name.clone(), (p.origin.path(), line)) {
                return Err(Error::in_file(
                    p.origin.path(),
                    format!(
                        "fragment `{name}` is already defined at {}:{first}",
                        path.display()
                    ),
                )
                .at(line, None));
            }
            defines.insert(name.clone(), value.get_ref().clone());
        }
    }
    // Fragments generated from the word lists.
    let generated = [
        ("HEDGE", alternation(lex.hedges.keys().map(String::as_str))),
        (
            "HEDGE_AFTER",
            alternation(lex.hedges_after.keys().map(String::as_str)),
        ),
        // Unit symbols ("g", "ft") are matched in their own case by the
        // rules that name {class:symbol}, slang ("grand", "a dime") by the
        // rules that name {class:slang} and currency signs ("LE") by the
        // rules that write them out, never as a counted noun.
        (
            "UNIT",
            alternation(lex.unit_words_except(&["symbol", "slang", "sign"])),
        ),
        ("PLACE", alternation(lex.place_words())),
        (
            "HOLIDAY",
            // Apostrophes and full stops may be left out: "valentines day",
            // "St Patrick's Day".
            // Names that are also common words ("Lent") only as written.
            {
                let names = |exact: bool| {
                    alternation(
                        lex.holidays
                            .iter()
                            .filter(move |h| h.match_case == exact)
                            .flat_map(|h| {
                                std::iter::once(h.name.as_str())
                                    .chain(h.aliases.iter().map(String::as_str))
                            }),
                    )
                };
                let exact = names(true);
                let any_case = names(false);
                if exact == "(?:)" {
                    any_case
                } else {
                    format!("(?:{any_case}|(?-i:{exact}))")
                }
            }
            .replace("['’]", "['’]?")
            .replace(r"\.", r"\.?"),
        ),
    ];
    for (name, value) in generated {
        if defines.contains_key(name) {
            return Err(Error::msg(format!(
                "fragment `{name}` is generated from the word lists and cannot be defined"
            )));
        }
        if value != "(?:)" {
            defines.insert(name.to_string(), value);
        }
    }
    for unit in &lex.units {
        let key = format!("unit:{}", unit.name);
        let words: Vec<&str> = lex
            .unit_words()
            .filter(|w| lex.unit(w).is_some_and(|u| u.name == unit.name))
            .collect();
        defines.insert(key, alternation(words));
    }
    for class in lex
        .units
        .iter()
        .map(|u| u.class.clone())
        .collect::<HashSet<_>>()
    {
        let key = format!("class:{class}");
        // As written: symbols are matched in their own case. A word a
        // later pack gave to another class is left out.
        let words: Vec<&str> = lex
            .class_words_as_written(&class)
            .filter(|w| lex.unit(w).is_some_and(|u| u.class == class))
            .collect();
        defines.insert(key, alternation(words));
    }
    Ok(defines)
}

fn is_fragment_name(name: &str) -> bool {
    let mut cs = name.chars();
    cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && cs.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Replaces `{NAME}`, `{unit:NAME}` and `{class:NAME}` by their fragments,
/// recursively. Braces that are regex repetitions (`{2}`, `{1,3}`) are left
/// alone.
pub fn expand(
    pattern: &str,
    defines: &BTreeMap<String, String>,
) -> std::result::Result<String, String> {
    expand_depth(pattern, defines, 0)
}

fn expand_depth(
    pattern: &str,
    defines: &BTreeMap<String, String>,
    depth: usize,
) -> std::result::Result<String, String> {
    if depth > 16 {
        return Err("fragments refer to each other in a loop".into());
    }
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let before = &rest[..open];
        // `\{` is a literal brace; `\p{L}` is a Unicode class.
        let escaped = (before.ends_with('\\') && !before.ends_with("\\\\"))
            || before.ends_with("\\p")
            || before.ends_with("\\P");
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        match close {
            Some(close) if !escaped => {
                let name = &after[..close];
                let is_ref = is_fragment_name(name)
                    || name
                        .strip_prefix("unit:")
                        .or_else(|| name.strip_prefix("class:"))
                        .is_some_and(|n| !n.is_empty());
                if is_ref {
                    let value = defines
                        .get(name)
                        .ok_or_else(|| format!("unknown fragment `{{{name}}}`"))?;
                    out.push_str("(?:");
                    out.push_str(&expand_depth(value, defines, depth + 1)?);
                    out.push(')');
                } else {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_fragments_not_repetitions() {
        let mut d = BTreeMap::new();
        d.insert("A".to_string(), r"\d{1,3}".to_string());
        d.insert("B".to_string(), "{A}x".to_string());
        assert_eq!(expand(r"{B}\s{2}", &d).unwrap(), r"(?:(?:\d{1,3})x)\s{2}");
        assert!(expand("{NOPE}", &d)
            .unwrap_err()
            .contains("unknown fragment"));
        d.insert("L".to_string(), "{L}".to_string());
        assert!(expand("{L}", &d).unwrap_err().contains("loop"));
    }

    #[test]
    fn letter_classes_inside_and_outside_brackets() {
        assert_eq!(latin_classes(r"[\p{L}\-]+"), r"[a-zA-Z\x{C0}-\x{24F}\-]+");
        assert_eq!(latin_classes(r"\s+\p{L}"), r"\s+[a-zA-Z\x{C0}-\x{24F}]");
        assert_eq!(latin_classes(r"\[\p{N}\]"), r"\[[0-9]\]");
        assert_eq!(latin_classes(r"[^\]\p{N}]"), r"[^\]0-9]");
    }

    #[test]
    fn alternation_longest_first() {
        assert_eq!(
            alternation(["over", "more than", "o'er"]),
            r"(?:more\s+than|o['’]er|over)"
        );
    }
}
