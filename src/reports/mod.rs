//! Reports: claims (and later findings) rendered for people and programs.
//! One file per output format; all of them render the same `ClaimRecord`s,
//! so a field means the same thing everywhere.

pub mod check_human;
pub mod check_json;
pub mod check_jsonl;
pub mod dot;
pub mod eval;
pub mod findings;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;

use crate::claims::{Claim, DocumentClaims, Interval};
use serde::Serialize;
use serde_json::Value;

/// The version of the JSON and JSON Lines output (docs/JSON.md). It changes
/// only when a field is removed or changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// A claim as reports show it: positions resolved to line and column.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimRecord {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: String,
    pub kind: &'static str,
    pub rule: String,
    /// The exact value, when the claim states one number.
    pub value: Value,
    pub min: Value,
    pub max: Value,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub min_exclusive: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub max_exclusive: bool,
    /// The number as written, for hedged values ("over 115" → 115).
    pub nominal: Value,
    pub unit: Option<String>,
    pub noun: Option<String>,
    pub metric: Option<String>,
    pub hedge: Option<String>,
    pub date: Option<crate::claims::DateRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
    pub event: Option<crate::claims::EventAnchor>,
    pub attribution: Option<crate::claims::Attribution>,
    pub hedged_by: Option<String>,
    /// The words that tell the claim was given before and replaced ("first
    /// said"); written only when there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outdated: Option<String>,
    pub places: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<String>,
    /// For claims that are not dates: the date their sentence gives.
    pub when: Option<crate::claims::DateRange>,
    /// The claim totals the days of `when` ("since Monday", "in the past
    /// week"); written only when it does.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub total: bool,
    /// For titles: office, country, holder and whether the holding is past.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<crate::claims::Title>,
}

/// A number as JSON: whole numbers without a fraction.
pub fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
    }
}

impl ClaimRecord {
    pub fn new(dc: &DocumentClaims, c: &Claim) -> Self {
        let doc = &dc.document;
        let (line, column) = doc.lines.line_col(&doc.raw, c.span.start);
        let (end_line, end_column) = doc.lines.line_col(&doc.raw, c.span.end);
        let iv = c.amount.map(|a| a.interval).unwrap_or_default();
        let opt = |v: Option<f64>| v.map_or(Value::Null, number);
        ClaimRecord {
            path: doc.display_path(),
            line,
            column,
            end_line,
            end_column,
            byte_start: c.span.start,
            byte_end: c.span.end,
            text: doc.raw[c.span.clone()].to_string(),
            kind: c.kind.as_str(),
            rule: c.rule.clone(),
            value: opt(c.amount.and_then(|a| a.interval.point())),
            min: opt(iv.min),
            max: opt(iv.max),
            min_exclusive: iv.min_exclusive,
            max_exclusive: iv.max_exclusive,
            nominal: opt(c.amount.and_then(|a| a.nominal)),
            unit: c.unit.clone(),
            noun: c.noun.clone(),
            metric: c.metric.clone(),
            hedge: c.hedge.clone(),
            date: c.date,
            unresolved: c.unresolved.clone(),
            event: c.event.clone(),
            attribution: c.attribution.clone(),
            hedged_by: c.hedged_by.clone(),
            outdated: c.outdated.clone(),
            places: c.places.clone(),
            part_of_day: c.part_of_day.clone(),
            when: c.when,
            total: c.total,
            title: c.title.clone(),
        }
    }
}

/// A unit as shown beside a value: singular for exactly one ("1 person",
/// "1 month"), where the unit's name is the plural ("people", "months").
pub fn unit_text<'a>(i: &Interval, unit: &'a str) -> &'a str {
    if i.point() != Some(1.0) {
        return unit;
    }
    match unit {
        "people" => "person",
        "centuries" => "century",
        "seconds" | "minutes" | "hours" | "days" | "nights" | "business days" | "weeks"
        | "fortnights" | "months" | "quarters" | "years" | "decades" => {
            unit.strip_suffix('s').unwrap_or(unit)
        }
        _ => unit,
    }
}

/// An interval in mathematical notation: `88`, `(115, ∞)`, `[3.6, 4)`.
pub fn interval_text(i: &Interval) -> String {
    if let Some(p) = i.point() {
        return fmt_num(p);
    }
    format!(
        "{}{}, {}{}",
        if i.min_exclusive || i.min.is_none() {
            "("
        } else {
            "["
        },
        i.min.map_or("-∞".into(), fmt_num),
        i.max.map_or("∞".into(), fmt_num),
        if i.max_exclusive || i.max.is_none() {
            ")"
        } else {
            "]"
        },
    )
}

pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        // Four decimals, or four significant digits for a small value
        // ("one in 5 million" is 0.00002 percent, not 0).
        let places = if v.abs() < 1e-3 {
            (-v.abs().log10()).ceil() as usize + 3
        } else {
            4
        };
        let s = format!("{v:.places$}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{fmt_num, unit_text};
    use crate::claims::Interval;

    #[test]
    fn one_of_a_unit_is_singular() {
        let one = Interval::exact(1.0);
        assert_eq!(unit_text(&one, "people"), "person");
        assert_eq!(unit_text(&one, "months"), "month");
        assert_eq!(unit_text(&one, "km"), "km");
        assert_eq!(unit_text(&Interval::exact(2.0), "months"), "months");
        assert_eq!(unit_text(&Interval::between(1.0, 2.0), "days"), "days");
    }

    #[test]
    fn numbers_keep_four_decimals_or_four_significant_digits() {
        assert_eq!(fmt_num(88.0), "88");
        assert_eq!(fmt_num(33.333333), "33.3333");
        assert_eq!(fmt_num(2.5), "2.5");
        // One in five million, as a percentage.
        assert_eq!(fmt_num(2e-5), "0.00002");
        assert_eq!(fmt_num(-0.000123456), "-0.0001235");
    }
}
