//! From a rule's match to a claim: what each named capture means (the
//! `CAPTURES` table, which `rules explain` prints and docs/RULES.md
//! follows).

use super::dates::{self, DateRange, Precision};
use super::interval::{Amount, Interval};
use super::numbers::{self, parse_number, parse_ordinal, Number};
use super::{Claim, EventAnchor, Kind};
use crate::facts::Facts;
use crate::rules::{normalize_words, HedgeConvention, Lexicon, Rule};
use jiff::civil::Date;
use regex::Captures;
use std::ops::Range;

/// Every named capture a pattern may use, and what it means.
pub const CAPTURES: &[(&str, &str)] = &[
    ("number", "a number: digits (40,000, 1.5), scale (1.5 million, 2bn), words (thirty-five, a dozen), vague plurals (dozens)"),
    ("number2", "the upper end of a range (30 to 35)"),
    ("minus", "a minus sign before the number (-5 degrees)"),
    ("fraction", "a fraction of a whole, as a percentage (half, two-thirds)"),
    ("portion", "with `whole`: so many of so many, as a percentage (the one of one in five)"),
    ("whole", "with `portion`: what it is out of (the five of one in five, the 3 of 2 out of 3)"),
    ("ordinal", "an ordinal (third, 21st)"),
    ("hedge", "a hedge word, read through the [[hedge]] conventions"),
    ("hedge_after", "a hedge after the number (\"20 or more people\"), read through the [[hedge]] `after` words"),
    ("unit", "what is counted or measured, read through [[unit]]"),
    ("noun", "a noun kept as written"),
    ("cue", "a metric cue word, read through [[metric]]"),
    ("period", "a time unit (day, week, month, year, hour)"),
    ("window", "past, last, previous, next, coming or upcoming before a length of time: the days it covers up to or from publication"),
    ("event", "the event a duration or date hangs on"),
    ("relation", "how it hangs on the event: ago, prior to, after, early in"),
    ("to_the_day", "\"today\" or \"to the day\" after \"ago\": the very day (\"a year ago today\")"),
    ("month", "a month name"),
    ("month_num", "a month as a number (the 3 of 3/11/2025)"),
    ("day2", "the last day of a range of days (the 15 of July 13 to 15)"),
    ("year2", "the last year of a range of years (2018 of between 2014 and 2018)"),
    ("year_short", "a year in two digits (74 of 31/10/74): within ten years after publication's, else the century before"),
    ("month2", "the last month of a range of months (May of from March to May)"),
    ("month_num2", "the month, in figures, of the last day of a range (11 of from 10/1 to 11/7)"),
    ("month_modifier", "next/this/current/previous/last before 'month' (the 20th of next month)"),
    ("decade_word", "a decade in words (the seventies, the nineteen seventies, the noughties, the twenty-tens)"),
    ("season", "spring, summer, autumn, fall or winter (with modifier: this/last/next; or a year)"),
    ("period_part", "beginning, middle or end (early, mid, late) of a month or year: its first, middle or last third"),
    ("quarter", "a quarter of a year: first to fourth, 1st to 4th, Q1 to Q4"),
    ("half", "a half of a year: H1, H2, first, second"),
    ("century", "a century as an ordinal (21st): 2000-2099"),
    ("day", "a day of the month"),
    ("year", "a year"),
    ("iso", "an ISO date (2025-03-11)"),
    ("weekday", "a day of the week"),
    ("modifier", "next, last or this before a weekday or month"),
    ("part", "part of the day (morning, evening), kept with the date"),
    ("relative", "a fixed relative expression (last week, overnight, recently)"),
    ("holiday", "a holiday named in [[holiday]]"),
    ("year_modifier", "last, next or this in \"of last year\" after a holiday"),
    ("years_hence", "after a holiday, the years from publication in \"3 years hence\", \"3 years from now\""),
    ("years_ago", "after a holiday, the years before publication in \"3 years ago\""),
    ("decade", "a decade (1990s)"),
    ("decade_part", "early, mid or late part of the decade"),
    ("scale", "a scale word after the unit, which multiplies the number (the million of \"75 USD million\")"),
    ("span", "narrows the claim's span to part of the match"),
    ("whole", "the whole a counted part is taken from (\"of the 60\" in \"40 of the 60 drones\"), which may hold determiners"),
    ("reject", "when it matches, the match is not a claim (regexes here cannot look behind)"),
    ("reject2", "a second context, elsewhere in the same pattern, in which the match is not a claim"),
];

/// What normalization needs besides the match.
pub struct Ctx<'a> {
    pub anchor: Option<Date>,
    /// The article's region (ISO 3166 code), for holidays kept on other
    /// days elsewhere.
    pub region: Option<&'a str>,
    pub lexicon: &'a Lexicon,
    pub facts: Option<&'a Facts>,
}

const NO_ANCHOR: &str =
    "no publication date to resolve it against (give one in front matter, a manifest or --date)";

/// Builds the claim a match of `rule` states, or `None` when the match is
/// not one after all (a number that does not parse, a date that does not
/// exist).
pub fn build(
    rule: &Rule,
    caps: &Captures,
    offset: usize,
    sentence: Range<usize>,
    ctx: &Ctx,
) -> Option<Claim> {
    let whole = caps.get(0)?;
    // A `reject` capture marks a context in which the match is not a claim
    // ("the one injured"): regexes here cannot look behind.
    if caps.name("reject").is_some() || caps.name("reject2").is_some() {
        return None;
    }
    let text = |name: &str| caps.name(name).map(|m| m.as_str());
    let mut claim = Claim {
        rule: rule.id.clone(),
        kind: rule.kind,
        span: offset + whole.start()..offset + whole.end(),
        sentence,
        amount: None,
        date: None,
        unresolved: None,
        unit: rule.unit.clone(),
        noun: None,
        metric: rule.metric.clone(),
        part_of: None,
        hedge: text("hedge")
            .or(text("hedge_after"))
            .filter(|h| !h.is_empty())
            .map(normalize_words),
        event: None,
        attribution: None,
        hedged_by: None,
        outdated: None,
        hedged_at: None,
        party: None,
        when: None,
        total: false,
        title: None,
        places: Vec::new(),
        part_of_day: text("part").map(normalize_words),
    };
    // A `span` capture narrows the claim to part of the match ("injured
    // 30" → "30"); then trim to words: patterns may take a leading space or
    // a trailing punctuation mark as context.
    let shown = caps.name("span").unwrap_or(whole);
    trim_span(&mut claim.span, shown.as_str(), offset + shown.start());
    if let Some(cue) = caps.name("cue") {
        let cue = normalize_words(cue.as_str());
        claim.metric = ctx
            .lexicon
            .metrics
            .iter()
            .find(|m| m.cues.contains(&cue))
            .map(|m| m.name.clone())
            .or(claim.metric);
    }
    if let Some(noun) = caps.name("noun") {
        // "One in five were hurt": a function word is no noun (the span
        // keeps it, so that the share, not "five were hurt", is the
        // longer reading).
        if !NOT_BETWEEN.contains(&noun.as_str().to_lowercase().as_str()) {
            claim.noun = Some(normalize_words(noun.as_str()));
        }
    }
    match rule.kind {
        Kind::Title => {
            let holder = caps
                .name("holder")?
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let office = caps
                .name("office")?
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let former = caps.name("modifier").is_some_and(|m| {
                let m = m.as_str().to_lowercase();
                m.starts_with("former") || m.starts_with("ex") || m.starts_with("then")
            });
            claim.title = Some(super::Title {
                office,
                of: caps.name("of").map(|m| m.as_str().to_string()),
                holder,
                former,
            });
        }
        Kind::Statement => {}
        Kind::Date | Kind::Weekday => date_claim(rule, caps, &mut claim, ctx)?,
        Kind::Duration => duration_claim(rule, caps, &mut claim, ctx)?,
        _ => amount_claim(rule, caps, &mut claim, ctx)?,
    }
    Some(claim)
}

fn trim_span(span: &mut Range<usize>, text: &str, start: usize) {
    let lead = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    let trail_punct = trimmed.len() - trimmed.trim_end_matches([',', '.', ';', ':']).len();
    span.start = start + lead;
    span.end = start + lead + trimmed.len() - trail_punct;
}

/// The interval a number (and hedge) states.
fn amount_of(caps: &Captures, ctx: &Ctx, claim: &mut Claim) -> Option<Amount> {
    let number = caps.name("number").map(|m| m.as_str());
    if let Some(o) = caps.name("ordinal") {
        return parse_ordinal(o.as_str()).map(Amount::exact);
    }
    if let Some(f) = caps.name("fraction") {
        // "more than half of": hedged as "more than 50%" is.
        return Some(stated(parse_fraction(f.as_str())?, claim, ctx));
    }
    // "one in five", "2 out of 3": a share, never more than the whole, and
    // never out of a year ("1 in 2019").
    if let (Some(p), Some(w)) = (caps.name("portion"), caps.name("whole")) {
        let part = parse_number(p.as_str())?.value?;
        let whole = parse_number(w.as_str())?.value?;
        let a_year = w.as_str().len() == 4
            && w.as_str().bytes().all(|b| b.is_ascii_digit())
            && (1500.0..2100.0).contains(&whole);
        if whole <= 0.0 || part <= 0.0 || part > whole || a_year {
            return None;
        }
        // "roughly 1 in 4": hedged as "roughly 25%" is.
        return Some(stated(part / whole * 100.0, claim, ctx));
    }
    // "a", "an": one (and "more than a year" is hedged like "more than 1").
    let n = if number.is_some_and(|n| n.eq_ignore_ascii_case("a") || n.eq_ignore_ascii_case("an")) {
        1.0
    } else {
        let parsed = parse_number(number?)?;
        if let Some(vague) = parsed.vague {
            claim
                .hedge
                .get_or_insert_with(|| normalize_words(number.unwrap_or_default()));
            return Some(Amount {
                nominal: None,
                interval: vague,
            });
        }
        parsed.value?
    };
    // "-5 degrees": a sign before the number (temperatures).
    let n = if caps.name("minus").is_some() { -n } else { n };
    // "75 USD million": a scale after the unit.
    let n = match caps.name("scale") {
        Some(k) => n * super::numbers::scale(&k.as_str().to_ascii_lowercase())?,
        None => n,
    };
    if let Some(hi) = caps
        .name("number2")
        .and_then(|m| parse_number(m.as_str()))
        .and_then(|p| p.value)
    {
        return Some(Amount {
            nominal: None,
            interval: Interval::between(n, hi),
        });
    }
    Some(stated(n, claim, ctx))
}

/// The interval a stated value and the claim's hedge give: "more than 30"
/// is (30, ∞); a word that is no known hedge is dropped.
fn stated(n: f64, claim: &mut Claim, ctx: &Ctx) -> Amount {
    let interval = match claim.hedge.as_deref().and_then(|h| ctx.lexicon.hedge(h)) {
        Some(conv) => Interval::hedged(n, conv),
        None => {
            claim.hedge = None;
            Interval::exact(n)
        }
    };
    Amount {
        nominal: Some(n),
        interval,
    }
}

fn fixed_amount(rule: &Rule) -> Option<Amount> {
    let v = rule.value?;
    if let Some(x) = v.value {
        return Some(Amount::exact(x));
    }
    Some(Amount {
        nominal: None,
        interval: Interval {
            min: v.min,
            max: v.max,
            min_exclusive: v.min_exclusive,
            max_exclusive: v.max_exclusive,
        },
    })
}

/// Words that cannot stand between a number and what it counts: "in 2024
/// the people" is not a count of 2024 people (nor can a capitalized month:
/// see `words_between_ok`).
const NOT_BETWEEN: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "and", "or", "but", "were", "was", "are", "is", "be", "been", "had", "have", "has",
    "in", "on", "at", "by", "to", "for", "from", "with", "than", "as", "per", "into", "after",
    "before", "since", "while", "who", "which", "when", "where", "not", "no", "more", "each",
];

fn words_between_ok(caps: &Captures) -> bool {
    let (Some(n), Some(u)) = (caps.name("number"), caps.name("unit")) else {
        return true;
    };
    if u.start() < n.end() {
        return true;
    }
    // After the whole a part is taken from: "40 of the 60 drones"; but
    // "one of the 60 drones" singles one out and counts nothing.
    let whole = caps.name("whole");
    if whole.is_some() && n.as_str().eq_ignore_ascii_case("one") {
        return false;
    }
    let from = [whole, caps.name("hedge_after")]
        .into_iter()
        .flatten()
        .map(|m| m.end())
        .fold(n.end(), usize::max);
    let gap = caps
        .get(0)
        .map_or("", |m| &m.as_str()[from - m.start()..u.start() - m.start()]);
    // "1.8m tall men": metres, not 1.8 million.
    const DIMENSIONS: [&str; 6] = ["tall", "high", "long", "wide", "deep", "thick"];
    if n.as_str().ends_with(['m', 'M'])
        && gap
            .split_whitespace()
            .any(|w| DIMENSIONS.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    !gap.split_whitespace().any(|w| {
        NOT_BETWEEN.contains(
            &w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
        // "the 3 May attack", "the 19 June votes": a capitalized month
        // makes the number a day, not a count.
        || (w.starts_with(|c: char| c.is_ascii_uppercase())
            && dates::month_number(w.trim_end_matches('.')).is_some())
    })
}

/// "half" → 50, "a third" → 33.333333, "two-thirds" → 66.666667 (percent).
fn parse_fraction(s: &str) -> Option<f64> {
    let n = normalize_words(&s.replace('-', " "));
    let v = match n.as_str() {
        "half" => 50.0,
        "a third" | "one third" => 100.0 / 3.0,
        "a quarter" | "one quarter" => 25.0,
        "two thirds" => 200.0 / 3.0,
        "three quarters" => 75.0,
        "a fifth" | "one fifth" => 20.0,
        "two fifths" => 40.0,
        "three fifths" => 60.0,
        "four fifths" => 80.0,
        "a tenth" | "one tenth" => 10.0,
        _ => return None,
    };
    Some((v * 1e6_f64).round() / 1e6)
}

fn amount_claim(rule: &Rule, caps: &Captures, claim: &mut Claim, ctx: &Ctx) -> Option<()> {
    if !words_between_ok(caps) {
        return None;
    }
    claim.amount = Some(match fixed_amount(rule) {
        Some(a) => a,
        None => amount_of(caps, ctx, claim)?,
    });
    if let Some(noun) = caps.name("unit") {
        let word = noun.as_str();
        claim.noun = Some(normalize_words(word));
        let worth = ctx.lexicon.unit(word).and_then(|u| u.worth);
        if let (Some(w), Some(a)) = (worth, claim.amount.as_mut()) {
            *a = a.scaled(w);
        }
        if claim.unit.is_none() {
            claim.unit = Some(match ctx.lexicon.unit(word) {
                Some(u) => u.name.clone(),
                // A currency code the lexicon does not name keeps its case.
                None if word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase()) => {
                    word.to_string()
                }
                None => normalize_words(word),
            });
        }
    }
    match rule.kind {
        Kind::Percent => {
            claim.unit.get_or_insert_with(|| "percent".into());
        }
        Kind::Age => {
            claim.unit.get_or_insert_with(|| "years".into());
        }
        _ => {}
    }
    Some(())
}

fn duration_claim(rule: &Rule, caps: &Captures, claim: &mut Claim, ctx: &Ctx) -> Option<()> {
    let period = caps.name("period").map(|m| m.as_str())?;
    let (_, unit) = dates::period_days(period)?;
    claim.unit = Some(unit.to_string());
    let mut amount = match fixed_amount(rule) {
        Some(a) => a,
        None => amount_of(caps, ctx, claim)?,
    };
    if rule.elapsed {
        if let Some(n) = amount.nominal {
            // An ongoing "three-year war" has passed (or is within a quarter
            // of) its third anniversary and has not reached its fourth.
            let frac = 0.25;
            amount.interval = Interval {
                min: Some(n - frac),
                max: Some(n + 1.0),
                min_exclusive: false,
                max_exclusive: true,
            };
        }
    }
    claim.amount = Some(amount);
    // "the past three weeks", "the next two days": also the days they cover.
    if let Some(w) = caps.name("window").map(|m| normalize_words(m.as_str())) {
        let past = matches!(w.as_str(), "past" | "last" | "previous");
        match (ctx.anchor, amount.interval.point()) {
            (Some(a), Some(n)) => claim.date = dates::window(n, period, a, past),
            (None, _) => claim.unresolved = Some(NO_ANCHOR.into()),
            // "the next few days": the widest the vague number allows, as
            // an approximate range.
            (Some(a), None) => {
                claim.date = amount
                    .interval
                    .max
                    .and_then(|n| dates::window(n, period, a, past))
                    .map(|d| DateRange {
                        approximate: true,
                        ..d
                    })
            }
        }
    }
    let relation = caps.name("relation").map(|m| normalize_words(m.as_str()));
    let event = caps.name("event").map(|m| event_phrase(m.as_str()));
    let ago = relation.as_deref() == Some("ago") || caps.name("ago").is_some();
    let relation = if ago {
        Some("ago".to_string())
    } else {
        relation.map(|r| canonical_relation(&r))
    };
    if ago || rule.elapsed {
        // The event happened that long before publication.
        let window = ctx
            .anchor
            .and_then(|a| window_before(a, &amount.interval, unit));
        if ctx.anchor.is_none() {
            claim.unresolved = Some(NO_ANCHOR.into());
        }
        if ago && event.is_none() {
            claim.date = window;
        }
        if let Some(phrase) = event {
            claim.event = Some(EventAnchor {
                phrase,
                relation: if ago {
                    "since".into()
                } else {
                    "elapsed".into()
                },
                window,
            });
        }
    } else if let Some(phrase) = event {
        claim.event = Some(EventAnchor {
            phrase,
            relation: relation.unwrap_or_else(|| "of".into()),
            window: None,
        });
    }
    Some(())
}

fn canonical_relation(r: &str) -> String {
    match r {
        "prior to" | "before" | "earlier than" | "ahead of" => "before",
        "after" | "later" | "following" | "after that" => "after",
        other => other,
    }
    .to_string()
}

/// Strips a leading article: "the attack on Sumy" → "attack on Sumy".
fn event_phrase(s: &str) -> String {
    let t = s.trim();
    for art in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = t.strip_prefix(art) {
            return rest.to_string();
        }
    }
    t.to_string()
}

/// "more than three years ago" lies before three years back, "nearly
/// three years ago" after it, "less than three years ago" between it and
/// publication; "about" keeps both sides. An exact day ("three days ago")
/// stays.
fn hedged_ago(d: DateRange, hedge: Option<HedgeConvention>, anchor: Date) -> DateRange {
    let Some(nominal) = d.nominal.filter(|_| d.start < d.end) else {
        return d;
    };
    let (start, end) = match hedge {
        Some(HedgeConvention::Above | HedgeConvention::AtLeast) => (d.start, nominal),
        Some(HedgeConvention::JustUnder) => (nominal, d.end),
        Some(HedgeConvention::Below | HedgeConvention::AtMost) => (nominal, anchor),
        _ => return d,
    };
    DateRange { start, end, ..d }
}

/// The days an event must fall in for "N units ago" (an interval of N) to
/// hold at `anchor`.
fn window_before(anchor: Date, interval: &Interval, unit: &str) -> Option<DateRange> {
    let minus = |x: f64| -> Option<Date> {
        match unit {
            "years" => dates::minus_years(anchor, x),
            "months" => anchor
                .checked_sub(jiff::Span::new().try_months(x.round() as i64).ok()?)
                .ok(),
            _ => {
                let (days, _) = dates::period_days(unit)?;
                dates::add_days(anchor, -((x * days).round() as i64))
            }
        }
    };
    let earliest = match interval.max {
        Some(max) => {
            let d = minus(max)?;
            if interval.max_exclusive {
                dates::add_days(d, 1)?
            } else {
                d
            }
        }
        None => return None,
    };
    let latest = match interval.min {
        Some(min) => {
            let d = minus(min)?;
            if interval.min_exclusive {
                dates::add_days(d, -1)?
            } else {
                d
            }
        }
        None => anchor,
    };
    let mut r = DateRange::span(earliest, latest, Precision::Span);
    r.approximate = interval.point().is_none();
    Some(r)
}

/// A day of the month: "15", "15th", "fifteenth", "twenty-first".
fn day_of_month(d: &str) -> Option<i8> {
    d.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse::<i8>()
        .ok()
        .or_else(|| {
            parse_ordinal(d)
                .filter(|v| (1.0..=31.0).contains(v))
                .map(|v| v as i8)
        })
        // "May twenty nine, 2016": a cardinal in words (the rules ask for a
        // year after it).
        .or_else(|| {
            numbers::parse_number(d)?
                .value
                .filter(|v| (1.0..=31.0).contains(v) && v.fract() == 0.0)
                .map(|v| v as i8)
        })
}

fn date_claim(rule: &Rule, caps: &Captures, claim: &mut Claim, ctx: &Ctx) -> Option<()> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    // "of last year": the year before publication.
    let shifted = get("year_modifier").and_then(|m| {
        let shift = match normalize_words(m).as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        ctx.anchor.map(|a| a.year() + shift)
    });
    // "Diwali two years hence", "Easter five years ago": the holiday of the
    // year so many years from publication. Not "in 3 years": "the first
    // Christmas in 3 years" is a span, not a date.
    let counted = [("years_hence", 1), ("years_ago", -1)]
        .into_iter()
        .find_map(|(name, sign)| {
            let n = get(name)?;
            let n = match normalize_words(n).as_str() {
                "a" | "an" => 1.0,
                n => numbers::parse_number(n)?.value?,
            };
            let n = (n.fract() == 0.0 && (1.0..=100.0).contains(&n)).then_some(n as i16)?;
            ctx.anchor.map(|a| a.year() + sign * n)
        });
    let year = get("year")
        .and_then(|y| y.parse::<i16>().ok().or_else(|| numbers::year_in_words(y)))
        .or(shifted)
        .or(counted)
        .or_else(|| {
            let yy: i16 = get("year_short")?.parse().ok()?;
            Some(dates::full_year(yy, ctx.anchor))
        });
    let month = get("month").and_then(dates::month_number).or_else(|| {
        get("month_num")
            .and_then(|m| m.parse::<i8>().ok())
            .filter(|m| (1..=12).contains(m))
    });
    let day = get("day").and_then(day_of_month);
    let modifier = get("modifier").map(normalize_words);
    let anchor = ctx.anchor;
    let needs_anchor = |claim: &mut Claim| {
        claim.unresolved = Some(NO_ANCHOR.into());
    };
    if let Some(iso) = get("iso") {
        claim.date = Some(DateRange::day(crate::documents::parse_iso_day(iso).ok()?));
        return Some(());
    }
    if let Some(c) = get("century") {
        let n = parse_ordinal(c)?;
        claim.date = dates::century(n as i16);
        return claim.date.map(|_| ());
    }
    if let Some(h) = get("half") {
        let second = h.ends_with('2') || h.eq_ignore_ascii_case("second");
        let y = match (year, anchor) {
            (Some(y), _) => y,
            (None, Some(a)) => a.year(),
            (None, None) => {
                needs_anchor(claim);
                return Some(());
            }
        };
        let (a, b) = if second { (7, 12) } else { (1, 6) };
        claim.date = Some(DateRange::span(
            DateRange::month(y, a)?.start,
            DateRange::month(y, b)?.end,
            Precision::Span,
        ));
        return Some(());
    }
    if let Some(q) = get("quarter") {
        let q = match q.to_lowercase().trim_start_matches(['q', 'Q']) {
            "1" | "1st" | "first" => 1,
            "2" | "2nd" | "second" => 2,
            "3" | "3rd" | "third" => 3,
            "4" | "4th" | "fourth" => 4,
            _ => return None,
        };
        match (year, anchor) {
            (Some(y), _) => claim.date = dates::quarter(y, q),
            // The most recent such quarter begun by publication.
            (None, Some(a)) => {
                let this = dates::quarter(a.year(), q)?;
                claim.date = if this.start <= a {
                    Some(this)
                } else {
                    dates::quarter(a.year() - 1, q)
                };
            }
            (None, None) => needs_anchor(claim),
        }
        return Some(());
    }
    // "from 10/1 to 11/7", "10/1/2018-10/7/2018": from a day to a day,
    // perhaps of another month; a first day after the second is in the
    // year before.
    let year2 = get("year2").and_then(|y| y.parse::<i16>().ok());
    let month2_num = get("month_num2")
        .and_then(|m| m.parse::<i8>().ok())
        .filter(|m| (1..=12).contains(m));
    if let (Some(m), Some(m2), Some(d), Some(d2)) =
        (month, month2_num, day, get("day2").and_then(day_of_month))
    {
        let end = match (year2.or(year), anchor) {
            (Some(y), _) => Date::new(y, m2, d2).ok()?,
            (None, Some(a)) => dates::yearless(m2, d2, a)?,
            (None, None) => {
                needs_anchor(claim);
                return Some(());
            }
        };
        let start = match (year, year2) {
            (Some(y), Some(_)) => Date::new(y, m, d).ok()?,
            _ => {
                let same = Date::new(end.year(), m, d).ok()?;
                if same > end {
                    Date::new(end.year() - 1, m, d).ok()?
                } else {
                    same
                }
            }
        };
        if start >= end {
            return None;
        }
        claim.date = Some(DateRange::span(start, end, Precision::Span));
        return Some(());
    }
    // "between 2014 and 2018": both years whole; "from May 2015 to 2018"
    // from the month.
    if let (Some(y), Some(y2)) = (year, year2) {
        // Without "from" or "between" the years are close: "1500-2000"
        // is an amount.
        let lead = caps.get(0).map_or("", |m| m.as_str()).to_lowercase();
        let bare = !(lead.starts_with("from") || lead.starts_with("between"));
        if y2 <= y || (bare && y2 - y > 30) {
            return None;
        }
        let start = match month {
            Some(m) => DateRange::month(y, m)?.start,
            None => DateRange::year(y)?.start,
        };
        claim.date = Some(DateRange::span(
            start,
            DateRange::year(y2)?.end,
            Precision::Span,
        ));
        return Some(());
    }
    if let Some(part) = get("period_part").map(normalize_words) {
        let whole = match (month, year) {
            (Some(m), Some(y)) => DateRange::month(y, m),
            (Some(m), None) => match anchor {
                Some(a) => dates::yearless_month(m, a),
                None => {
                    needs_anchor(claim);
                    return Some(());
                }
            },
            (None, Some(y)) => {
                claim.date = dates::part_of_year(y, &part);
                return claim.date.map(|_| ());
            }
            (None, None) => return None,
        }?;
        claim.date = dates::part_of_month(whole, &part);
        return claim.date.map(|_| ());
    }
    let day2 = get("day2").and_then(day_of_month);
    // "July 13 to 15": from the first day to the second, in its month.
    let to_day2 = |first: Date| -> Option<DateRange> {
        match day2 {
            None => Some(DateRange::day(first)),
            Some(d2) => {
                let end = Date::new(first.year(), first.month(), d2).ok()?;
                (end > first).then(|| DateRange::span(first, end, Precision::Span))
            }
        }
    };
    // "the 20th of next month": a day of a month named by its distance.
    if let (Some(mm), Some(d)) = (get("month_modifier").map(normalize_words), day) {
        let delta = match mm.as_str() {
            "next" | "coming" | "following" => 1,
            "previous" | "last" | "past" => -1,
            _ => 0,
        };
        let Some(a) = anchor else {
            needs_anchor(claim);
            return Some(());
        };
        let m = dates::month_containing(a, delta)?;
        claim.date = Some(to_day2(
            Date::new(m.start.year(), m.start.month(), d).ok()?,
        )?);
        return Some(());
    }
    // "from March to May", "Nov-Feb 2017": a year named is the second
    // month's; a first month after the second is in the year before.
    let month2 = get("month2").and_then(dates::month_number);
    if let (Some(m), Some(m2), None) = (month, month2, day) {
        let last = match (year, anchor) {
            (Some(y), _) => DateRange::month(y, m2)?,
            (None, Some(a)) => dates::yearless_month(m2, a)?,
            (None, None) => {
                needs_anchor(claim);
                return Some(());
            }
        };
        let y = last.start.year() - i16::from(m >= m2);
        let first = DateRange::month(y, m)?;
        claim.date = Some(DateRange::span(first.start, last.end, Precision::Span));
        return Some(());
    }
    // "Friday, July 18", "Friday the 13th": the weekday picks the year, or
    // the month, that the text leaves out.
    if let (Some(wd), Some(d)) = (get("weekday").and_then(dates::weekday), day) {
        if get("day2").is_none() {
            let date = match (month, year, anchor) {
                (Some(m), Some(y), _) => Date::new(y, m, d).ok(),
                (Some(m), None, Some(a)) => {
                    let found = dates::yearless_on(wd, m, d, a);
                    if let (None, Ok(day)) = (found, Date::new(2024, m, d)) {
                        // "Fri, Jul 18" where no July 18 near publication
                        // is a Friday: no date rather than one that
                        // contradicts its weekday.
                        claim.unresolved = Some(format!(
                            "no {} within a year of publication falls on a {wd:?}",
                            day.strftime("%B %-d")
                        ));
                        return Some(());
                    }
                    found
                }
                (None, None, Some(a)) => dates::day_on(wd, d, a),
                (_, _, None) => {
                    needs_anchor(claim);
                    return Some(());
                }
                (None, Some(_), _) => None,
            };
            claim.date = Some(DateRange::day(date?));
            return Some(());
        }
    }
    // "on the 15th": this month's, unless that is more than a week after
    // publication; then last month's.
    if let (None, Some(d), None) = (month, day, year) {
        let Some(a) = anchor else {
            needs_anchor(claim);
            return Some(());
        };
        let this = Date::new(a.year(), a.month(), d).ok();
        let date = match this.filter(|t| *t <= dates::add_days(a, 7).unwrap_or(a)) {
            Some(t) => t,
            None => {
                let prev = a
                    .first_of_month()
                    .checked_sub(jiff::Span::new().months(1))
                    .ok()?;
                Date::new(prev.year(), prev.month(), d).ok()?
            }
        };
        claim.date = Some(DateRange::day(date));
        return Some(());
    }
    if let Some(m) = month {
        match (day, year) {
            (Some(d), Some(y)) => claim.date = Some(to_day2(Date::new(y, m, d).ok()?)?),
            (Some(d), None) => match anchor {
                Some(a) => claim.date = Some(to_day2(dates::yearless(m, d, a)?)?),
                None => {
                    Date::new(2024, m, d).ok()?;
                    needs_anchor(claim)
                }
            },
            (None, Some(y)) => claim.date = Some(DateRange::month(y, m)?),
            (None, None) => match anchor {
                Some(a) if modifier.as_deref() == Some("last") => {
                    claim.date = dates::last_month_named(m, a)
                }
                // "next March": the first March after the month of
                // publication; "this March": the one of its year.
                Some(a) if matches!(modifier.as_deref(), Some("next" | "coming")) => {
                    let y = if m > a.month() {
                        a.year()
                    } else {
                        a.year() + 1
                    };
                    claim.date = DateRange::month(y, m)
                }
                Some(a) if modifier.as_deref() == Some("this") => {
                    claim.date = DateRange::month(a.year(), m)
                }
                Some(a) => claim.date = dates::yearless_month(m, a),
                None => needs_anchor(claim),
            },
        }
        return Some(());
    }
    // "two Thursdays ago", "three Fridays from now".
    if let (Some(wd), Some(n), Some(rel)) = (
        get("weekday").and_then(dates::weekday),
        get("number").and_then(|n| parse_number(n)?.value),
        get("relation").map(normalize_words),
    ) {
        let Some(a) = anchor else {
            needs_anchor(claim);
            return Some(());
        };
        if n < 1.0 || n.fract() != 0.0 || n > 520.0 {
            return None;
        }
        let back = matches!(rel.as_str(), "ago" | "back");
        let first = dates::resolve_weekday(wd, a, Some(if back { "this past" } else { "coming" }))?;
        let weeks = 7 * (n as i64 - 1);
        claim.date = Some(DateRange::day(dates::add_days(
            first,
            if back { -weeks } else { weeks },
        )?));
        return Some(());
    }
    if let Some(wd) = get("weekday").and_then(dates::weekday) {
        match anchor {
            Some(a) => {
                claim.date = Some(DateRange::day(dates::resolve_weekday(
                    wd,
                    a,
                    modifier.as_deref(),
                )?))
            }
            None => needs_anchor(claim),
        }
        return Some(());
    }
    if let Some(name) = get("holiday") {
        let holiday = match ctx.lexicon.holiday_in(name, ctx.region) {
            crate::rules::HolidayLookup::Found(h) => h,
            crate::rules::HolidayLookup::Unknown => return None,
            crate::rules::HolidayLookup::ByRegion => {
                let countries = ctx.lexicon.holiday_countries(name);
                let more = countries.len().saturating_sub(8);
                let mut list = countries[..countries.len().min(8)].join(", ");
                if more > 0 {
                    list.push_str(&format!(" and {more} more"));
                }
                claim.unresolved = Some(match ctx.region {
                    None => format!(
                        "“{name}” falls on different days in different countries ({list}); give the article's region (front matter, a manifest or --region)"
                    ),
                    Some(r) => {
                        let parts = ctx.lexicon.holiday_subdivisions(name, r);
                        if parts.is_empty() {
                            format!(
                                "“{name}” has no day of its own in region {r}; it falls on different days in different countries ({list})"
                            )
                        } else {
                            format!(
                                "“{name}” falls on different days in different parts of {r} ({}); give the subdivision as the region (\"{}\")",
                                parts.join(", "),
                                parts[0]
                            )
                        }
                    }
                });
                return Some(());
            }
        };
        let in_year = |y: i16| holiday.date.in_year(y);
        // Its days from the year of `a` back, as far as it may skip years.
        let back = |a: Date| {
            (0..=holiday.date.reach()).filter_map(move |k| in_year(a.year().checked_sub(k)?))
        };
        let year_modifier = get("year_modifier").map(normalize_words);
        let date = match (year, anchor) {
            (Some(y), _) => in_year(y),
            (None, Some(a)) if year_modifier.is_some() => {
                let shift = match year_modifier.as_deref() {
                    Some("last") => -1,
                    Some("next") => 1,
                    _ => 0,
                };
                in_year(a.year() + shift)
            }
            // "last Easter" is the one before publication, "next Easter"
            // the one after it, "this Easter" the one of its year.
            (None, Some(a)) if modifier.as_deref() == Some("last") => back(a).find(|d| *d < a),
            (None, Some(a)) if modifier.as_deref() == Some("next") => holiday.date.next_after(a),
            (None, Some(a)) if modifier.as_deref() == Some("this") => in_year(a.year()),
            (None, Some(a)) => {
                let limit = dates::add_days(a, dates::LOOK_AHEAD_DAYS)?;
                back(a).find(|d| *d <= limit)
            }
            (None, None) => {
                needs_anchor(claim);
                return Some(());
            }
        };
        claim.date = Some(holiday.date.observed(date?));
        return Some(());
    }
    if let Some(name) = get("season").map(normalize_words) {
        claim.date = match (year, anchor) {
            (Some(y), _) => dates::season(&name, y),
            (None, Some(a)) => {
                let m = modifier.as_deref().unwrap_or("this");
                dates::season_from(&name, m, a)
            }
            (None, None) => {
                needs_anchor(claim);
                return Some(());
            }
        };
        return claim.date.map(|_| ());
    }
    if let Some(w) = get("decade_word") {
        // "the seventies" is the decade of seventy: 1970; "the noughties"
        // 2000.
        let w = normalize_words(&w.replace('-', " "));
        // "the nineteen seventies", "the twenty tens": a century named before.
        let (century, w) = match w.split_once(' ') {
            Some(("eighteen", rest)) => (1800, rest.to_string()),
            Some(("nineteen", rest)) => (1900, rest.to_string()),
            Some(("twenty", rest)) => (2000, rest.to_string()),
            _ => (1900, w.clone()),
        };
        let start = match w.as_str() {
            "noughties" | "two thousands" => 2000,
            "tens" | "two thousand and tens" => 2010,
            _ => {
                let tens = numbers::tens_word(&format!("{}y", w.strip_suffix("ies")?))?;
                century + tens as i16
            }
        };
        claim.date = dates::decade(start, get("decade_part"));
        return claim.date.map(|_| ());
    }
    if let Some(dec) = get("decade") {
        let start: i16 = dec
            .trim_end_matches(['s', '\''])
            .trim_start_matches('\'')
            .parse()
            .ok()?;
        let start = if start < 100 { 1900 + start } else { start };
        if start % 10 != 0 {
            return None;
        }
        claim.date = dates::decade(start, get("decade_part"));
        return Some(());
    }
    if let (Some(count), Some(period)) = (get("number"), get("period")) {
        let parsed = match normalize_words(count).as_str() {
            "a" | "an" => Number {
                value: Some(1.0),
                vague: None,
            },
            _ => parse_number(count)?,
        };
        let Some(a) = anchor else {
            needs_anchor(claim);
            return Some(());
        };
        let hedge = claim.hedge.as_deref().and_then(|h| ctx.lexicon.hedge(h));
        // "a year ago today", "two years ago to the day": that very day.
        if let (Some(n), Some(_), None) = (parsed.value, caps.name("to_the_day"), hedge) {
            claim.date = Some(DateRange::day(dates::shift(a, -n, period)?));
            return Some(());
        }
        claim.date = Some(match (parsed.value, parsed.vague) {
            (Some(n), _) => hedged_ago(dates::ago(n, period, a)?, hedge, a),
            // "a few days ago": from the furthest to the nearest reading.
            (None, Some(v)) => {
                let far = dates::ago(v.max?, period, a)?;
                let near = dates::ago(v.min?, period, a)?;
                DateRange {
                    nominal: None,
                    approximate: true,
                    ..DateRange::span(far.start, near.end, Precision::Span)
                }
            }
            (None, None) => return None,
        });
        return Some(());
    }
    if let Some(rel) = get("relative") {
        let rel = normalize_words(rel);
        if let Some(ev) = get("event") {
            claim.event = Some(EventAnchor {
                phrase: event_phrase(ev),
                relation: rel.clone(),
                window: None,
            });
        }
        match anchor {
            Some(a) => claim.date = Some(dates::relative(&rel, a)?),
            None => {
                dates::relative(&rel, Date::constant(2000, 6, 15))?;
                needs_anchor(claim)
            }
        }
        return Some(());
    }
    if let Some(ev) = get("event") {
        // "early in the invasion": from the event to the end of the month
        // after it, when a fact file dates the event.
        let phrase = event_phrase(ev);
        let fact = ctx.facts.and_then(|f| f.event(&phrase));
        let window = fact.and_then(|f| {
            let end = f
                .date
                .first_of_month()
                .checked_add(jiff::Span::new().months(1))
                .ok()?
                .last_of_month();
            Some(DateRange {
                approximate: true,
                ..DateRange::span(f.date, end, Precision::Span)
            })
        });
        if window.is_none() {
            claim.unresolved = Some(format!(
                "no date known for `{phrase}` (a fact file can give one)"
            ));
        }
        claim.date = window;
        claim.event = Some(EventAnchor {
            phrase,
            relation: get("relation")
                .map(normalize_words)
                .unwrap_or_else(|| "early in".into()),
            window,
        });
        return Some(());
    }
    if let Some(y) = year {
        claim.date = DateRange::year(y);
        return Some(());
    }
    let _ = rule;
    None
}
