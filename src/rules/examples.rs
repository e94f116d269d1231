//! Running the examples that every rule carries: each text must yield a
//! claim from the rule with the span and values the example gives, and each
//! `ignores` text must yield nothing from it. Boilerplate rules must match
//! their example lines and not their `ignores`.

use super::compile::{Origin, Rule, RuleSet};
use super::schema::ExampleFile;
use crate::claims::{extract_text, Claim};
use crate::error::Error;
use jiff::civil::Date;
use std::path::PathBuf;

/// Publication date of examples that give none: Monday 24 March 2025.
pub const DEFAULT_EXAMPLE_DATE: Date = Date::constant(2025, 3, 24);

/// An example that did not come out as it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub path: PathBuf,
    pub line: usize,
    pub rule: String,
    /// The example text.
    pub text: String,
    /// What the example expects.
    pub expected: String,
    /// What came out.
    pub actual: String,
}

impl std::fmt::Display for Failure {
    /// The form `rules test` prints.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "FAIL {}:{} rule `{}`\n  text:     {:?}\n  expected: {}\n  got:      {}",
            self.path.display(),
            self.line,
            self.rule,
            self.text,
            self.expected,
            self.actual
        )
    }
}

impl Failure {
    pub fn into_error(self) -> Error {
        Error::in_file(
            &self.path,
            format!(
                "example does not hold: {:?}\n  expected: {}\n  got:      {}",
                self.text, self.expected, self.actual
            ),
        )
        .at(self.line, None)
        .rule(self.rule)
    }
}

/// The outcome of checking examples.
#[derive(Debug, Default)]
pub struct Outcome {
    pub passed: usize,
    pub failures: Vec<Failure>,
    /// Known gaps marked `todo` in fixtures.
    pub todo: usize,
}

impl Outcome {
    pub fn add(&mut self, other: Outcome) {
        self.passed += other.passed;
        self.failures.extend(other.failures);
        self.todo += other.todo;
    }
}

/// Checks the examples of the rules whose origin `include` accepts.
pub fn check(set: &RuleSet, include: impl Fn(&Origin) -> bool) -> Vec<Failure> {
    run(set, include).failures
}

/// Checks examples and counts the ones that passed.
pub fn run(set: &RuleSet, include: impl Fn(&Origin) -> bool) -> Outcome {
    let mut out = Outcome::default();
    for rule in set.rules.iter().filter(|r| include(&r.origin)) {
        for (line, ex) in &rule.examples {
            match check_example(set, rule, ex) {
                Ok(()) => out.passed += 1,
                Err((expected, actual)) => out.failures.push(Failure {
                    path: rule.origin.path(),
                    line: *line,
                    rule: rule.id.clone(),
                    text: ex.text.clone(),
                    expected,
                    actual,
                }),
            }
        }
        for (line, text) in &rule.ignores {
            let (_, claims) = extract_text(text, Some(DEFAULT_EXAMPLE_DATE), set);
            let own: Vec<&Claim> = claims.iter().filter(|c| c.rule == rule.id).collect();
            if own.is_empty() {
                out.passed += 1;
            } else {
                out.failures.push(Failure {
                    path: rule.origin.path(),
                    line: *line,
                    rule: rule.id.clone(),
                    text: text.clone(),
                    expected: "no claim from this rule".into(),
                    actual: own
                        .iter()
                        .map(|c| describe(text, c))
                        .collect::<Vec<_>>()
                        .join("; "),
                });
            }
        }
    }
    for (idx, line, must_match) in &set.boilerplate_examples {
        let rule = &set.boilerplate[*idx];
        let (origin, at) = &set.boilerplate_origins[*idx];
        if !include(origin) {
            continue;
        }
        if rule.matches(line) == *must_match {
            out.passed += 1;
        } else {
            out.failures.push(Failure {
                path: origin.path(),
                line: *at,
                rule: rule.id.clone(),
                text: line.clone(),
                expected: if *must_match {
                    "the line is boilerplate"
                } else {
                    "the line is article text"
                }
                .into(),
                actual: if *must_match {
                    "no match"
                } else {
                    "it matched"
                }
                .into(),
            });
        }
    }
    out
}

fn check_example(set: &RuleSet, rule: &Rule, ex: &ExampleFile) -> Result<(), (String, String)> {
    let published = match &ex.published {
        Some(p) => crate::documents::parse_iso_day(p)
            .map_err(|e| ("a valid `published`".to_string(), e))?,
        None => DEFAULT_EXAMPLE_DATE,
    };
    let (_, claims) = extract_text(&ex.text, Some(published), set);
    check_claims(&ex.text, &claims, &rule.id, ex)
}

/// Checks that `claims` (of `text`) hold one from rule `rule` with the
/// example's span and values; `Err((expected, got))` when not.
pub fn check_claims(
    text: &str,
    claims: &[Claim],
    rule: &str,
    ex: &ExampleFile,
) -> Result<(), (String, String)> {
    let expected = expectation(ex);
    let Some(claim) = claims
        .iter()
        .find(|c| c.rule == rule && text[c.span.clone()] == ex.span)
    else {
        let got = if claims.is_empty() {
            "no claims".to_string()
        } else {
            claims
                .iter()
                .map(|c| describe(text, c))
                .collect::<Vec<_>>()
                .join("; ")
        };
        return Err((expected, got));
    };
    let actual = describe(text, claim);
    // A duration's date is the window of the event it hangs on.
    let date = claim.date.or(claim.event.as_ref().and_then(|e| e.window));
    let iv = claim.amount.map(|a| a.interval);
    let num_eq = |want: Option<f64>, got: Option<f64>| {
        want.is_none_or(|w| got.is_some_and(|g| (w - g).abs() < 1e-6))
    };
    let ok = num_eq(ex.value, iv.and_then(|i| i.point()))
        && num_eq(ex.min, iv.and_then(|i| i.min))
        && num_eq(ex.max, iv.and_then(|i| i.max))
        && ex
            .min_exclusive
            .is_none_or(|b| iv.is_some_and(|i| i.min_exclusive == b))
        && ex
            .max_exclusive
            .is_none_or(|b| iv.is_some_and(|i| i.max_exclusive == b))
        && same(&ex.unit, &claim.unit)
        && same(&ex.metric, &claim.metric)
        && same(&ex.hedge, &claim.hedge)
        && same(&ex.hedged_by, &claim.hedged_by)
        && ex
            .attribution
            .as_ref()
            .is_none_or(|a| claim.attribution.as_ref().is_some_and(|c| &c.source == a))
        && ex
            .event
            .as_ref()
            .is_none_or(|e| claim.event.as_ref().is_some_and(|c| &c.phrase == e))
        && ex
            .start
            .as_ref()
            .is_none_or(|s| date.is_some_and(|d| day_text(d.start) == *s))
        && ex
            .end
            .as_ref()
            .is_none_or(|s| date.is_some_and(|d| day_text(d.end) == *s))
        && ex.precision.as_ref().is_none_or(|p| {
            date.is_some_and(|d| {
                serde_json::to_value(d.precision).ok() == Some(serde_json::Value::String(p.clone()))
            })
        });
    if ok {
        Ok(())
    } else {
        Err((expected, actual))
    }
}

/// A day as examples write it: ISO, or `open` for the open end of a
/// range ("after 2018").
fn day_text(d: jiff::civil::Date) -> String {
    if crate::claims::is_open_end(d) {
        "open".into()
    } else {
        d.to_string()
    }
}

fn same(want: &Option<String>, got: &Option<String>) -> bool {
    want.is_none() || want == got
}

fn expectation(ex: &ExampleFile) -> String {
    let mut parts = vec![format!("{:?}", ex.span)];
    let mut add = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            parts.push(format!("{k}={v}"));
        }
    };
    add("value", ex.value.map(|v| v.to_string()));
    add("min", ex.min.map(|v| v.to_string()));
    add("max", ex.max.map(|v| v.to_string()));
    add("min_exclusive", ex.min_exclusive.map(|v| v.to_string()));
    add("max_exclusive", ex.max_exclusive.map(|v| v.to_string()));
    add("unit", ex.unit.clone());
    add("metric", ex.metric.clone());
    add("hedge", ex.hedge.clone());
    add("start", ex.start.clone());
    add("end", ex.end.clone());
    add("precision", ex.precision.clone());
    add("event", ex.event.clone());
    add("attribution", ex.attribution.clone());
    add("hedged_by", ex.hedged_by.clone());
    parts.join(" ")
}

/// One line about a claim, for failure messages.
pub fn describe(text: &str, c: &Claim) -> String {
    let mut s = format!(
        "{:?} [{}] {}",
        &text[c.span.clone()],
        c.rule,
        c.kind.as_str()
    );
    if let Some(a) = c.amount {
        let i = a.interval;
        s += &format!(
            " {}{},{}{}",
            if i.min_exclusive { "(" } else { "[" },
            i.min.map_or("-inf".into(), |v| v.to_string()),
            i.max.map_or("inf".into(), |v| v.to_string()),
            if i.max_exclusive { ")" } else { "]" }
        );
    }
    if let Some(d) = c.date {
        s += &format!(
            " {}..{} ({:?})",
            day_text(d.start),
            day_text(d.end),
            d.precision
        );
    }
    for (k, v) in [
        ("unit", &c.unit),
        ("metric", &c.metric),
        ("hedge", &c.hedge),
        ("hedged_by", &c.hedged_by),
    ] {
        if let Some(v) = v {
            s += &format!(" {k}={v}");
        }
    }
    if let Some(a) = &c.attribution {
        s += &format!(" attribution={}", a.source);
    }
    if let Some(e) = &c.event {
        s += &format!(" event={}", e.phrase);
    }
    s
}
