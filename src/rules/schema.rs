//! The rule-pack file format, as serde reads it. Unknown keys are errors;
//! spans are kept so that every error can name its line. The format is
//! documented key by key in docs/RULES.md.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// One rule pack file (`rules/*.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    /// Named regex fragments, used as `{NAME}` in patterns of every pack.
    #[serde(default)]
    pub define: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    pub hedge: Vec<Spanned<HedgeFile>>,
    #[serde(default)]
    pub unit: Vec<Spanned<UnitFile>>,
    #[serde(default)]
    pub metric: Vec<Spanned<MetricFile>>,
    #[serde(default)]
    pub holiday: Vec<Spanned<HolidayFile>>,
    #[serde(default)]
    pub place: Vec<Spanned<PlaceFile>>,
    #[serde(default)]
    pub topic: Vec<Spanned<WordsFile>>,
    #[serde(default)]
    pub qualifier: Vec<Spanned<WordsFile>>,
    #[serde(default)]
    pub target: Vec<Spanned<WordsFile>>,
    pub context: Option<Spanned<ContextFile>>,
    #[serde(default)]
    pub boilerplate: Vec<Spanned<BoilerplateFile>>,
    #[serde(default)]
    pub rule: Vec<Spanned<RuleFile>>,
}

/// Words that turn a number into an interval, with their convention.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeFile {
    /// `above`, `at-least`, `just-under`, `approximately`, `at-most`, `below`.
    pub convention: String,
    pub words: Vec<String>,
    /// Words that hedge the figure before them ("20 people or more").
    #[serde(default)]
    pub after: Vec<String>,
}

/// A unit (what is counted or measured) and the words that name it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitFile {
    pub name: String,
    pub words: Vec<String>,
    /// The class of the unit (`person`, `object`, `mass`, `length`, ...):
    /// metrics apply to classes.
    pub class: String,
    /// How many of `name` one of these is worth: a dime is 0.1 USD. The
    /// amount is converted ("ten dimes" is 1 USD).
    #[serde(default)]
    pub worth: Option<f64>,
}

/// A metric (what happened to what is counted) and its cue words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricFile {
    pub name: String,
    pub cues: Vec<String>,
    /// Unit classes the metric applies to.
    pub classes: Vec<String>,
}

/// A named day: a fixed month and day, or an offset from (Western or
/// Orthodox) Easter Sunday.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayFile {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    pub easter_offset: Option<i16>,
    #[serde(default)]
    pub orthodox: bool,
    /// With `month` and `nth`: the nth such weekday of the month; with
    /// `month` and `day`: the first such weekday on or after the day.
    pub weekday: Option<String>,
    /// 1 to 5, or -1 for the last.
    pub nth: Option<i8>,
    /// Days after the nth weekday (Black Friday: 1), or after the day a
    /// `hindu` tithi is kept (Holi: 1).
    #[serde(default)]
    pub offset: i16,
    /// `hijri`, `hebrew`, `chinese`, `hindu` (lunar: `day` is the tithi),
    /// `hindu-solar` or `bengali`: `month` and `day` are of that calendar.
    pub calendar: Option<String>,
    /// For the `hindu` calendar: the moment whose tithi decides the day
    /// (`sunrise`, `midday`, `afternoon`, `evening`, `midnight`).
    pub at: Option<String>,
    /// How many days the holiday lasts (Ramadan: 30, Lent: 46); 1 unless
    /// said. For holidays with a `calendar` or an `easter_offset`.
    pub days: Option<i8>,
    /// For a fixed `month` and `day`: where it is kept when the day is a
    /// weekend (`nearest-weekday`, `saturday-if-sunday`, `nearest-monday`).
    pub shift: Option<String>,
    /// Its days, one a year (YYYY-MM-DD), for a holiday no rule gives.
    pub dates: Option<Vec<String>>,
    /// The regions (ISO 3166 codes: "CA", "AU") where the name means this
    /// day; none for the reading used wherever no region says otherwise.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Match the name and aliases only as written, for a name that is also
    /// a common word: "Lent", not "lent".
    #[serde(default)]
    pub match_case: bool,
}

/// A place and its spellings; the first spelling is the canonical name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceFile {
    pub name: String,
    #[serde(default)]
    pub variants: Vec<String>,
    /// `city`, `region`, `country`.
    pub kind: String,
}

/// A named group of words: a topic ("ceasefire": ceasefire, truce), a
/// qualifier that tells events of one topic apart ("partial": limited,
/// energy), or a target that tells strikes apart ("hospital": clinic).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordsFile {
    pub name: String,
    pub words: Vec<String>,
}

/// Words that attribute a claim to someone or hedge it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFile {
    /// Verbs of saying: "said", "stated", "told", "according to".
    pub attribution_verbs: Vec<String>,
    /// Hedges whose scope is what follows them in the clause ("claimed that").
    pub complement_hedges: Vec<String>,
    /// Hedges whose scope is their clause ("reportedly").
    pub clause_hedges: Vec<String>,
    /// Hedges whose scope is the whole sentence ("according to", an
    /// anonymous official).
    pub sentence_hedges: Vec<String>,
    /// Words that, right after a hedge word, show it is not one ("claimed
    /// by", "claiming the lives").
    pub not_hedge_after: Vec<String>,
    /// Speakers who are a party to the fighting ("military", "armed
    /// forces"): what they are quoted as saying is their side's account,
    /// hedged as a claim is.
    #[serde(default)]
    pub party_sources: Vec<String>,
    /// Words that tell an article is about fighting ("war", "shelling",
    /// "front line"): only there is such a speaker a party to it.
    #[serde(default)]
    pub fighting_words: Vec<String>,
}

/// A line-level pattern of page boilerplate.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoilerplateFile {
    pub id: String,
    pub description: String,
    pub pattern: Spanned<String>,
    /// Lines that must match.
    pub examples: Vec<String>,
    /// Lines that must not match.
    #[serde(default)]
    pub ignores: Vec<String>,
}

/// An extraction rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub id: Spanned<String>,
    pub description: String,
    pub kind: String,
    /// A fixed metric; without it, counts take their metric from cue words
    /// near them.
    pub metric: Option<String>,
    /// A fixed unit; without it, the `unit` capture names it.
    pub unit: Option<String>,
    /// A fixed value, for rules whose text has no number ("the majority").
    pub value: Option<ValueFile>,
    /// How a number with a period reads as an interval: `exact` (default)
    /// or `elapsed` (an ongoing "three-year war": N-0.25 to N+1 years).
    pub interval: Option<String>,
    /// Wins over other rules matching a span of the same length.
    #[serde(default)]
    pub priority: i32,
    #[serde(default)]
    pub case_sensitive: bool,
    pub patterns: Vec<Spanned<String>>,
    #[serde(default)]
    pub examples: Vec<Spanned<ExampleFile>>,
    /// Texts in which this rule must find nothing.
    #[serde(default)]
    pub ignores: Vec<Spanned<String>>,
}

/// A fixed value (or interval) given by a rule.
#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct ValueFile {
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    #[serde(default)]
    pub min_exclusive: bool,
    #[serde(default)]
    pub max_exclusive: bool,
}

/// A text that must yield a claim from the rule, and what the claim holds.
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct ExampleFile {
    pub text: String,
    /// The exact text of the claim's span.
    pub span: String,
    /// Publication date for resolving dates (default 2025-03-24, a Monday).
    pub published: Option<String>,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_exclusive: Option<bool>,
    pub max_exclusive: Option<bool>,
    pub unit: Option<String>,
    pub metric: Option<String>,
    pub hedge: Option<String>,
    /// Resolved date interval, ISO days.
    pub start: Option<String>,
    pub end: Option<String>,
    pub precision: Option<String>,
    /// Event phrase a duration hangs on.
    pub event: Option<String>,
    pub attribution: Option<String>,
    pub hedged_by: Option<String>,
}
