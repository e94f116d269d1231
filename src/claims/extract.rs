//! The extractor: every rule over every sentence of a document, in one pass
//! per sentence (a `RegexSet` says which rules can match), overlapping
//! matches resolved in favour of the longer span, then the context of each
//! claim filled in.

use super::context;
use super::normalize::{self, Ctx};
use super::{Claim, DateRange, Kind, Precision};
use crate::documents::{split_sentences, Document, Format, Metadata, Sentence};
use crate::facts::Facts;
use crate::rules::RuleSet;
use jiff::civil::Date;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

/// The claims of one document.
#[derive(Debug, Clone)]
pub struct DocumentClaims {
    pub document: Document,
    pub claims: Vec<Claim>,
}

/// Runs rules over documents.
#[derive(Debug, Clone, Copy)]
pub struct Extractor<'a> {
    pub rules: &'a RuleSet,
    pub facts: Option<&'a Facts>,
    /// Also report every number no rule read (`extract --numbers`).
    pub numbers: bool,
}

impl<'a> Extractor<'a> {
    pub fn new(rules: &'a RuleSet) -> Self {
        Extractor {
            rules,
            facts: None,
            numbers: false,
        }
    }

    /// Also reports every bare number, as `number` and `ordinal` claims
    /// (src/claims/numerals/). They never reach `check`.
    pub fn with_numbers(mut self, numbers: bool) -> Self {
        self.numbers = numbers;
        self
    }

    pub fn with_facts(mut self, facts: Option<&'a Facts>) -> Self {
        self.facts = facts;
        self
    }

    /// The claims of `doc`, in document order.
    pub fn claims(&self, doc: &Document) -> Vec<Claim> {
        let ctx = Ctx {
            anchor: doc.meta.published,
            region: doc.meta.region.as_deref(),
            lexicon: &self.rules.lexicon,
            facts: self.facts,
        };
        let sentences = split_sentences(&doc.prose, &doc.blocks);
        let fighting = context::about_fighting(&doc.prose, &self.rules.lexicon);
        let mut all: Vec<Claim> = Vec::new();
        let mut previous: Option<(usize, usize)> = None; // (block, first claim index) of the last sentence
        for sentence in &sentences {
            let first = all.len();
            let found = self.sentence_claims(&doc.prose, &sentence.range, &ctx);
            let found = super::joins::holiday_weekends(&doc.prose, found);
            let found = super::joins::join_date_ranges(&doc.prose, found, ctx.anchor);
            let found = super::year_after::years_after(&doc.prose, found, ctx.anchor);
            let found = super::lists::listed_dates(&doc.prose, found);
            let found = super::joins::open_ended(&doc.prose, found, &ctx);
            let found = super::joins::join_durations(&doc.prose, found, &self.rules.lexicon);
            let found = super::joins::join_offsets(&doc.prose, found, ctx.anchor);
            let found = super::joins::join_cents(&doc.prose, found, &self.rules.lexicon);
            let found = super::joins::join_measures(&doc.prose, found);
            let found =
                super::amount_ranges::join_amount_ranges(&doc.prose, found, &self.rules.lexicon);
            let found = super::elided::elided_parts(&doc.prose, found);
            let found = super::joins::nth_weekdays(&doc.prose, found);
            let found = super::joins::weeks_of(&doc.prose, found);
            let found = super::weeks::weeks_in_periods(&doc.prose, found);
            let found = super::units_in::units_in_periods(&doc.prose, found);
            let found = super::period_to::periods_to(&doc.prose, found);
            // Last: the joins above read a weekday as the past reading gave it.
            let found = super::joins::future_weekdays(&doc.prose, found, ctx.anchor);
            let found = super::year_after::future_dates(&doc.prose, found, &ctx);
            let found = super::year_after::past_dates(&doc.prose, found, ctx.anchor);
            let mut found = super::joins::weekday_ranges(&doc.prose, found, ctx.anchor);
            let words = context::words(&doc.prose, &sentence.range);
            {
                let mut refs: Vec<&mut Claim> = found.iter_mut().collect();
                context::annotate(
                    &mut refs,
                    &doc.prose,
                    &sentence.range,
                    &words,
                    self.rules,
                    fighting,
                );
            }
            let statements =
                context::statements(&doc.prose, &sentence.range, &found, &words, self.rules);
            let had_claims = !found.is_empty();
            if self.numbers {
                let numerals = bare_numbers(&doc.prose, &sentence.range, &found, self.rules);
                found.extend(numerals);
            }
            found.extend(statements);
            found.sort_by_key(|c| (c.span.start, c.span.end));
            if !had_claims {
                // An anonymous official's confirmation covers the sentence before.
                if let (Some((block, from)), Some(h)) = (
                    previous,
                    context::hedges_previous(&words, &self.rules.lexicon),
                ) {
                    if block == sentence.block {
                        for c in all[from..].iter_mut().filter(|c| c.hedged_by.is_none()) {
                            c.hedged_by = Some(h.0.clone());
                            c.hedged_at = Some(h.1);
                        }
                    }
                }
            }
            all.extend(found);
            previous = Some((sentence.block, first));
        }
        super::anchors::resolve(&doc.prose, &mut all);
        let places: Vec<Vec<String>> = sentences
            .iter()
            .map(|s| context::places_in(&doc.prose, &s.range, self.rules))
            .collect();
        set_context(
            &doc.prose,
            &mut all,
            &sentences,
            &places,
            doc.meta.published,
        );
        all
    }

    fn sentence_claims(
        &self,
        prose: &str,
        range: &std::ops::Range<usize>,
        ctx: &Ctx,
    ) -> Vec<Claim> {
        let text = &prose[range.clone()];
        let mut candidates: Vec<(Claim, i32, usize)> = Vec::new();
        for pattern_index in self.rules.prefilter.matches(text).iter() {
            let (rule_index, local) = self.rules.pattern_rule[pattern_index];
            let rule = &self.rules.rules[rule_index];
            let re = rule.patterns[local].get();
            let mut at = 0;
            'matches: while let Some(mut caps) =
                text.get(at..).and_then(|_| re.captures_at(text, at))
            {
                while let Some(from) = a_question_not_a_hedge(text, &caps) {
                    // The match again from the number on, unhedged.
                    match re.captures_at(text, from) {
                        Some(again) => caps = again,
                        None => break 'matches,
                    }
                }
                let whole = caps.get(0).expect("group 0 always matches");
                let Some(mut claim) =
                    normalize::build(rule, &caps, range.start, range.clone(), ctx)
                else {
                    at = resume_after_refusal(text, &caps);
                    continue;
                };
                super::hedge_after::take(prose, &mut claim, ctx.lexicon);
                if claim.span.start < claim.span.end
                    && !inside_a_numeral(prose, &claim.span)
                    && !inside_a_link(prose, &claim.span)
                    && !inside_a_code(prose, &claim)
                    && !a_designation(prose, &claim)
                {
                    candidates.push((claim, rule.priority, rule_index));
                }
                at = past(text, whole);
            }
        }
        // Years before a counted noun are an amount: "between 1800 and 2000
        // people", "from 1800 to 2,000 people" count people.
        let counted: Vec<(std::ops::Range<usize>, f64)> = candidates
            .iter()
            .filter(|(c, _, _)| c.kind == Kind::Count && c.noun.is_some())
            .filter_map(|(c, _, _)| Some((c.span.clone(), c.amount.as_ref()?.interval.max?)))
            .collect();
        candidates.retain(|(c, _, _)| !years_of_an_amount(prose, range, c, &counted));
        // "In March 12 soldiers were killed": the month, and the count.
        for (c, _, _) in candidates.iter_mut() {
            if let (Some(in_at), Some(d)) = (day_of_a_count(prose, c, &counted), c.date) {
                let text = &prose[c.span.clone()];
                let month_end = c.span.start + text.find(char::is_whitespace).unwrap_or(text.len());
                if let Some(m) = super::DateRange::month(d.start.year(), d.start.month()) {
                    c.span = in_at..month_end;
                    c.rule = "date.month".into();
                    c.date = Some(m);
                }
            }
        }
        // A count cannot begin inside a date: the "2018" of "Dec-2018 are
        // missing" is the date's year.
        let dates: Vec<std::ops::Range<usize>> = candidates
            .iter()
            .filter(|(c, _, _)| c.kind.is_date())
            .map(|(c, _, _)| c.span.clone())
            .collect();
        candidates.retain(|(c, _, _)| {
            c.kind != Kind::Count
                || !dates
                    .iter()
                    .any(|d| d.start < c.span.start && c.span.start < d.end)
        });
        // Longer spans first, then higher priority, then earlier rules.
        candidates.sort_by(|(a, pa, ra), (b, pb, rb)| {
            let la = a.span.end - a.span.start;
            let lb = b.span.end - b.span.start;
            lb.cmp(&la)
                .then(pb.cmp(pa))
                .then(ra.cmp(rb))
                .then(a.span.start.cmp(&b.span.start))
        });
        let mut kept: Vec<Claim> = Vec::new();
        for (claim, _, _) in candidates {
            if kept
                .iter()
                .all(|k| k.span.end <= claim.span.start || claim.span.end <= k.span.start)
            {
                kept.push(claim);
            }
        }
        kept.sort_by_key(|c| (c.span.start, c.span.end));
        kept
    }
}

/// Whether a range of years, or a year after "from" or "between", is the
/// start of an amount (so is a year after "of", "after" or "before" that a
/// counted noun follows): a counted noun follows its last number, or the next
/// number after "and"/"to", and that number is written as no year is
/// ("2,000") or lies more than 30 years on ("between 1800 and 2000
/// people"). "From 2015 to 2018 people fled" stays a range of years.
fn years_of_an_amount(
    prose: &str,
    sentence: &std::ops::Range<usize>,
    c: &Claim,
    counted: &[(std::ops::Range<usize>, f64)],
) -> bool {
    let text = &prose[c.span.clone()];
    let lead = ["from", "between"].iter().any(|w| {
        text.get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    });
    let range = c.rule == "date.year-range";
    // "a crowd of 2000 people", "after 2000 people gathered": a year is
    // not counted; "in 2014 people fled" stays a year.
    let single = c.rule == "date.year"
        && ["of ", "after ", "before "].iter().any(|w| {
            text.get(..w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w))
        });
    if single {
        return a_count_runs_on(c, counted);
    }
    if !(range || (c.rule == "date.year" && lead)) {
        return false;
    }
    let Some(first_year) = c.date.map(|d| f64::from(d.start.year())) else {
        return false;
    };
    let end = sentence.end.max(c.span.end);
    let rest = prose[c.span.end..end].trim_start();
    let next = ["and ", "to ", "-", "–"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .map(|r| end - r.trim_start().len());
    let not_a_year = |n: &std::ops::Range<usize>, v: f64| {
        prose[n.clone()].contains(',') || v - first_year > 30.0 || v <= first_year
    };
    counted.iter().any(|(n, v)| {
        let inside = c.span.start <= n.start && n.start < c.span.end && c.span.end < n.end;
        let after = !range && next == Some(n.start);
        (inside || after) && not_a_year(n, *v)
    })
}

/// Where to look again after a match that is no claim. A `reject` capture
/// refuses the whole context, so the search goes on after it; a match the
/// code refused ("two and three people": no conjunction stands between a
/// number and what it counts) may hold a claim from its next word on.
fn resume_after_refusal(text: &str, caps: &regex::Captures) -> usize {
    let whole = caps.get(0).expect("group 0 always matches");
    if caps.name("reject").is_some() || caps.name("reject2").is_some() {
        return past(text, whole);
    }
    let rest = &text[whole.start()..whole.end()];
    rest.find(char::is_whitespace)
        .and_then(|gap| {
            let after = &rest[gap..];
            let word = gap + after.len() - after.trim_start().len();
            (word < rest.len()).then_some(whole.start() + word)
        })
        .unwrap_or_else(|| past(text, whole))
}

/// "How about 20 people?", "What about 30?": "about" after "how" or
/// "what" asks, it does not hedge. Where the match's hedge is such an
/// "about", the offset after it, to match again from the number on.
fn a_question_not_a_hedge(text: &str, caps: &regex::Captures) -> Option<usize> {
    let hedge = caps.name("hedge")?;
    if !hedge.as_str().eq_ignore_ascii_case("about") {
        return None;
    }
    let before = text[..hedge.start()].trim_end();
    let asks = ["how", "what"]
        .iter()
        .any(|w| super::numerals::ends_with_word(before, w));
    asks.then(|| {
        let rest = &text[hedge.end()..];
        hedge.end() + rest.len() - rest.trim_start().len()
    })
}

/// Where the search goes on after a match: its end, or one character on
/// after an empty match.
fn past(text: &str, m: regex::Match) -> usize {
    if m.end() > m.start() {
        m.end()
    } else {
        text[m.end()..]
            .chars()
            .next()
            .map_or(text.len() + 1, |c| m.end() + c.len_utf8())
    }
}

/// Where the "in" before a month-and-day starts, when the day begins a
/// count that runs on past it: "In March 12 soldiers were killed" is March
/// and 12 soldiers ("on March 12" stays the day).
fn day_of_a_count(
    prose: &str,
    c: &Claim,
    counted: &[(std::ops::Range<usize>, f64)],
) -> Option<usize> {
    if c.rule != "date.month-day" {
        return None;
    }
    let before = prose[..c.span.start].trim_end();
    (super::numerals::ends_with_word(before, "in") && a_count_runs_on(c, counted))
        .then(|| before.len() - "in".len())
}

/// Whether a count begins inside the claim `c` and runs on past its end
/// ("2000 people" of "of 2000", "12 soldiers" of "March 12").
fn a_count_runs_on(c: &Claim, counted: &[(std::ops::Range<usize>, f64)]) -> bool {
    counted
        .iter()
        .any(|(n, _)| c.span.start < n.start && n.start < c.span.end && c.span.end < n.end)
}

/// The numbers of a sentence that no claim covers, as claims of kind
/// `number` or `ordinal`.
fn bare_numbers(
    prose: &str,
    range: &std::ops::Range<usize>,
    found: &[Claim],
    rules: &RuleSet,
) -> Vec<Claim> {
    let text = &prose[range.clone()];
    super::numerals::scan(text, &rules.lexicon)
        .into_iter()
        .map(|n| (range.start + n.span.start..range.start + n.span.end, n))
        .filter(|(span, _)| {
            found
                .iter()
                .all(|c| c.span.end <= span.start || span.end <= c.span.start)
        })
        .map(|(span, n)| {
            let (kind, rule) = if n.ordinal {
                (Kind::Ordinal, "number.ordinal")
            } else {
                (Kind::Number, "number.numeral")
            };
            let mut c = Claim::new(rule, kind, span, range.clone());
            c.amount = Some(n.amount);
            c.hedge = n.hedge;
            c
        })
        .collect()
}

/// Whether a span that starts or ends with a digit is only part of a
/// longer numeral: the "2" of "1/2", the "3" of "24/7" or of "3/11", the
/// "5" of "1.5.2025". The regex crate cannot look behind a match, so this
/// is checked here for every rule.
fn inside_a_numeral(text: &str, span: &std::ops::Range<usize>) -> bool {
    let s = &text[span.clone()];
    let before = text[..span.start].chars().next_back();
    let mut after = text[span.end..].chars();
    let (a1, a2) = (after.next(), after.next());
    let starts_digit = s.starts_with(|c: char| c.is_ascii_digit());
    let ends_digit = s.ends_with(|c: char| c.is_ascii_digit());
    // "12,34,567": a comma between digits (Indian grouping) the number
    // patterns do not read.
    let mut back = text[..span.start].chars().rev();
    let comma_group = back.next() == Some(',') && back.next().is_some_and(|c| c.is_ascii_digit());
    (starts_digit && (comma_group || matches!(before, Some('/' | '.') | Some('0'..='9'))))
        || (ends_digit && matches!(a1, Some('/')) && a2.is_some_and(|c| c.is_ascii_digit()))
}

/// Whether a date in figures is part of a longer code joined by dashes
/// ("133-03-03-2020" holds no 3 March).
fn inside_a_code(text: &str, claim: &Claim) -> bool {
    if !claim.kind.is_date() {
        return false;
    }
    let span = &claim.span;
    let b = &text.as_bytes()[..span.start];
    let a = &text.as_bytes()[span.end..];
    let digit_before = b.len() >= 2 && b[b.len() - 1] == b'-' && b[b.len() - 2].is_ascii_digit();
    let digit_after = a.len() >= 2 && a[0] == b'-' && a[1].is_ascii_digit();
    let s = text[span.clone()].as_bytes();
    (s.first().is_some_and(u8::is_ascii_digit) && digit_before)
        || (s.last().is_some_and(u8::is_ascii_digit) && digit_after)
}

/// Whether an amount's figures are part of a name: "Covid-19", "Su-34
/// jets", "MiG-29", "S-300" name a disease and aircraft, not 19 killed or
/// 34 jets (a word, a hyphen and the figures, with no space; "3km-5km" is
/// a range).
fn a_designation(text: &str, claim: &Claim) -> bool {
    if claim.kind.is_date() || !text[claim.span.clone()].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(word) = text[..claim.span.start].strip_suffix('-') else {
        return false;
    };
    // The letters of a name, not a unit after figures ("3km-5km").
    let letters = word.trim_end_matches(char::is_alphabetic);
    letters.len() < word.len() && !letters.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether a span lies in a web address or e-mail written in the text
/// ("…?q=30%25%2020%" holds no 30% claim). Looks at most 512 bytes each
/// way for the word the span is in.
fn inside_a_link(text: &str, span: &std::ops::Range<usize>) -> bool {
    const LOOK: usize = 512;
    // Most claims stand between blanks or punctuation: then the word is
    // the claim itself, which is never a link. Only a claim glued to
    // other characters needs the word around it.
    let before = text[..span.start].chars().next_back();
    let mut after = text[span.end..].chars();
    let (a1, a2) = (after.next(), after.next());
    let open = |c: char| c.is_whitespace() || "(\"“‘'[—–".contains(c);
    let close = |c: char| c.is_whitespace() || ",;!?)\"”’'—–]".contains(c);
    let ends_sentence = |c: Option<char>| c.is_none_or(char::is_whitespace);
    if before.is_none_or(open)
        && (a1.is_none_or(close) || (matches!(a1, Some('.' | ':')) && ends_sentence(a2)))
    {
        return false;
    }
    let mut from = span.start.saturating_sub(LOOK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.end + LOOK).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let start = text[from..span.start]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let end = text[span.end..to]
        .find(char::is_whitespace)
        .map_or(to, |i| span.end + i);
    let word = &text[start..end];
    word.contains("://") || word.starts_with("www.") || (word.contains('@') && word.contains('.'))
}

/// Gives each claim that is not a date the resolved date of its sentence
/// ("88 injured ... on Monday evening" happened on that Monday; of its own
/// clause when the sentence gives several), or the first of the sentence
/// before it in the same paragraph; and the places of that sentence when
/// its own names none.
fn set_context(
    prose: &str,
    claims: &mut [Claim],
    sentences: &[Sentence],
    places: &[Vec<String>],
    published: Option<Date>,
) {
    // The resolved dates of each sentence, in order, and each sentence's
    // index, looked up by range: one pass each, so a document with
    // thousands of claims costs no more per claim than a short one. A date
    // after "since", or a window ("the past week", "over the past three
    // days"), gives its clause's figures a period they total.
    type Dated = (std::ops::Range<usize>, DateRange);
    let mut dates: HashMap<(usize, usize), Vec<Dated>> = HashMap::new();
    let mut totals: HashMap<usize, DateRange> = HashMap::new();
    for c in claims.iter() {
        let period = super::totals::period(prose, &c.sentence, c, published);
        let Some(d) = c.date.filter(|_| c.kind.is_date() || period.is_some()) else {
            continue;
        };
        if let Some(p) = period {
            totals.insert(c.span.start, p);
        }
        dates
            .entry((c.sentence.start, c.sentence.end))
            .or_default()
            .push((c.span.clone(), d));
    }
    let dates_of =
        |range: &std::ops::Range<usize>| dates.get(&(range.start, range.end)).map(Vec::as_slice);
    let index: HashMap<(usize, usize), usize> = sentences
        .iter()
        .enumerate()
        .map(|(k, s)| ((s.range.start, s.range.end), k))
        .rev() // the first of equal ranges wins, as a search would find it
        .collect();
    for claim in claims.iter_mut() {
        // Dates are their own time; a duration hanging on an event has the
        // event's window instead; titles and statements have none.
        let own_time = matches!(claim.kind, Kind::Title | Kind::Statement);
        // A window ("the past three days") is its own period.
        if claim.kind.is_date()
            || own_time
            || claim.event.as_ref().is_some_and(|e| e.window.is_some())
            || totals.contains_key(&claim.span.start)
        {
            continue;
        }
        // "bringing the city's death toll to 120": a total over days no
        // one gives, compared with nothing. But "raising the death toll
        // from Sunday's shipwreck to 44" is that day's event's toll.
        if claim.kind == Kind::Count
            && super::totals::running_toll(prose, claim)
            && dates_of(&claim.sentence)
                .is_none_or(|own| day_of_its_toll(prose, &claim.span, own).is_none())
        {
            claim.total = true;
            continue;
        }
        let sentence = claim.sentence.clone();
        let k = index.get(&(sentence.start, sentence.end)).copied();
        // The sentence before, in the same paragraph: "A strike hit
        // Harbourton on Sunday. At least seven people were killed."
        // Only counts of something that happened inherit: a share or an age
        // in the next sentence is seldom about the same moment.
        // Nor a toll so far: "In total, 118 people have been killed".
        let inherits = claim.kind == Kind::Count
            && claim.metric.is_some()
            && !super::totals::so_far(&prose[sentence.clone()]);
        let before = k
            .filter(|&k| inherits && k > 0 && sentences[k - 1].block == sentences[k].block)
            .map(|k| k - 1);
        let when = dates_of(&sentence)
            .and_then(|own| nearest_date(prose, &claim.span, own))
            .or_else(|| {
                // Not a record's date: "the highest since 2015"; nor one
                // to come ("will be freed within two weeks"): what was
                // counted has happened.
                before
                    .and_then(|b| dates_of(&sentences[b].range))
                    .and_then(|d| {
                        d.iter().find(|(at, r)| {
                            !record_since(prose, at)
                                && published.is_none_or(|p| r.start < p || r.end <= p)
                        })
                    })
                    .cloned()
            });
        // "The 61-year-old has been held since May 2023": the period is
        // the holding's; an age is no total, nor that date's.
        let when =
            when.filter(|(at, _)| claim.kind != Kind::Age || !totals.contains_key(&at.start));
        if let Some((at, d)) = when {
            let period = totals.get(&at.start).copied();
            claim.when = Some(period.unwrap_or(d));
            claim.total = period.is_some();
        }
        if claim.places.is_empty() {
            if let Some(b) = before {
                claim.places = places[b].clone();
            }
        }
    }
}

/// After a record's date, the event it names and a relative clause that
/// holds the figure: "(since a March 2025) attack that killed (35)".
static SINCE_EVENT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)^,?\s+(?:[\w'’-]+\s+){0,3}?(?:that|which|in\s+which|when)\s+(?:[\w'’-]+\s+){0,3}$",
    )
    .expect("since-event pattern")
});

/// The date of its sentence a claim is about, when the sentence has more
/// than one: "88 injured on March 3, and more than 115 on April 13" are two
/// days. The one in the same clause wins (the breaks of `CLAUSE_BREAK`,
/// and ", and", ", after", ", before"), then the one fewer commas away,
/// then the nearer.
fn nearest_date(
    prose: &str,
    span: &std::ops::Range<usize>,
    dates: &[(std::ops::Range<usize>, DateRange)],
) -> Option<(std::ops::Range<usize>, DateRange)> {
    // "Turnout was 67.3 percent, up from 61 percent in 2019": a month or a
    // year after the figure a claim is compared with is that figure's. A
    // day is the change's: "the toll rose to 35 from 21 on Sunday"; but a
    // time counted back is the baseline's: "up from 18 a week ago".
    // "Unemployment is at 9.1%, the highest since 2015", "the deadliest
    // strike since 2022 killed 35": the date a record is measured from is
    // no time of the figure's, wherever it stands.
    let baseline = |(d, r): &(std::ops::Range<usize>, DateRange)| {
        span.end <= d.start
            && (matches!(r.precision, Precision::Month | Precision::Year)
                || counted_back(&prose[d.clone()]))
            && BASELINE.is_match(&prose[span.end..d.start])
            || record_since(prose, d)
            // "Officials said on Tuesday that 12 were killed": the day a
            // speaker spoke is no time of what they report (it happened
            // before, on a day the sentence before may give).
            || d.end <= span.start
                && speech_date(prose, d)
                && SPOKEN.is_match(&prose[d.end..span.start])
            // "killing 18 and injuring 64, the ministry said on Monday":
            // nor is it when the speaker's clause follows the figure.
            || span.end <= d.start
                && speech_date(prose, d)
                && prose[span.end..d.start].contains(',')
    };
    // "the deadliest since a March 2025 attack that killed 35": the figure
    // is that past event's, dated by it.
    if let Some(d) = dates.iter().find(|(d, _)| {
        d.end <= span.start
            && record_since(prose, d)
            && SINCE_EVENT.is_match(&prose[d.end..span.start])
    }) {
        return Some(d.clone());
    }
    if let Some(d) = day_of_its_toll(prose, span, dates) {
        return Some(d.clone());
    }
    if let [only] = dates {
        return (!baseline(only)).then(|| only.clone());
    }
    dates
        .iter()
        .filter(|d| !baseline(d))
        .min_by_key(|(d, _)| {
            let between = if d.end <= span.start {
                &prose[d.end..span.start]
            } else if span.end <= d.start {
                &prose[span.end..d.start]
            } else {
                ""
            };
            // The breaks a speaker's clause ends at, and ", and", ", after",
            // ", before", which open another event's.
            let lower = between.to_ascii_lowercase();
            let clauses = context::CLAUSE_BREAK.find_iter(&lower).count()
                + [", and ", ", after ", ", before "]
                    .iter()
                    .map(|w| lower.matches(w).count())
                    .sum::<usize>();
            (clauses, between.matches(',').count(), between.len())
        })
        .cloned()
}

/// Whether a date is counted back from another time: "a week ago", "two
/// days earlier".
fn counted_back(date: &str) -> bool {
    let last = date.rsplit(' ').next().unwrap_or_default();
    ["ago", "earlier", "before"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// Whether the date at `d` is when someone spoke ("said on Tuesday",
/// "told reporters on Monday"), not when anything counted happened.
fn speech_date(prose: &str, d: &std::ops::Range<usize>) -> bool {
    SPEECH_BEFORE.is_match(text_before(prose, d.start, 40))
}

/// What stands between a speaker's date and a figure it reports: "said
/// on Tuesday (that the strike killed) 12", not ", while".
static SPOKEN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^\s+(?:that\s+)?(?:[^\s,;]+\s+){0,4}$").expect("spoken pattern")
});

/// A verb of speaking right before a date: "said (on)", "told reporters
/// (on)", "announced (on)".
static SPEECH_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:said|says|say|told\s+(?:the\s+)?[\w.]+|announced|confirmed|stated|added|wrote|posted)\s+(?:on\s+)?$",
    )
    .expect("speech-date pattern")
});

/// "The death toll from Monday's earthquake rose to 112 on Tuesday": the
/// date of the event a figure is the toll of, in the figure's clause (the
/// toll is Monday's; Tuesday is only when it was counted).
fn day_of_its_toll<'a>(
    prose: &str,
    span: &std::ops::Range<usize>,
    dates: &'a [(std::ops::Range<usize>, DateRange)],
) -> Option<&'a (std::ops::Range<usize>, DateRange)> {
    dates.iter().find(|(d, _)| {
        d.end <= span.start && toll_of_the_day(prose, d) && {
            let between = prose[d.end..span.start].to_ascii_lowercase();
            !between.contains(',') && !context::CLAUSE_BREAK.is_match(&between)
        }
    })
}

/// Whether the date at `d` is a possessive that names the event of a toll:
/// "the death toll from Monday's earthquake", "the number of dead in
/// Sunday's strike".
fn toll_of_the_day(prose: &str, d: &std::ops::Range<usize>) -> bool {
    let possessive = ["'s ", "’s "].iter().any(|p| prose[d.end..].starts_with(p));
    possessive && TOLL_OF.is_match(text_before(prose, d.start, 60))
}

/// A toll, or a number of victims, of an event named next: "the death toll
/// from", "the number of people killed in".
static TOLL_OF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:toll|number\s+of\s+(?:dead|deaths|casualties|victims|injured|wounded|(?:people\s+)?(?:killed|injured|wounded|hurt)))\s+(?:from|of|in)\s+(?:the\s+)?$",
    )
    .expect("toll-of pattern")
});

/// Whether the date at `d` is the one a record is measured from ("the
/// highest since 2015"): no time of any figure.
fn record_since(prose: &str, d: &std::ops::Range<usize>) -> bool {
    let from = d.start - text_before(prose, d.start, 60).len();
    super::totals::RECORD_SINCE.is_match(&prose[from..d.end])
}

/// The `n` bytes of `prose` before `at` (a few more, to start on a
/// character boundary).
fn text_before(prose: &str, at: usize, n: usize) -> &str {
    let mut from = at.saturating_sub(n);
    while !prose.is_char_boundary(from) {
        from -= 1;
    }
    &prose[from..at]
}

/// Words that open the figure a value is compared with: "up from 61
/// percent", "compared with 2,000", "from 2.6%".
static BASELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|versus|vs\.?)\b|\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[\d$€£]",
    )
    .expect("baseline pattern")
});

/// The claims of each document, with the default options.
pub fn extract(docs: Vec<Document>, rules: &RuleSet, facts: Option<&Facts>) -> Vec<DocumentClaims> {
    extract_with(Extractor::new(rules).with_facts(facts), docs)
}

/// The claims of each document, with an extractor's options.
pub fn extract_with(ex: Extractor, docs: Vec<Document>) -> Vec<DocumentClaims> {
    // Parallel across documents; `collect` keeps their order.
    docs.into_par_iter()
        .map(|document| {
            let claims = ex.claims(&document);
            DocumentClaims { document, claims }
        })
        .collect()
}

/// An error for the first document (in order) with more claims than
/// `max`: a file that is not an article (a table of figures, a generated
/// list) costs memory in every later stage.
pub fn check_claim_limit(docs: &[DocumentClaims], max: usize) -> crate::Result<()> {
    match docs.iter().find(|d| d.claims.len() > max) {
        None => Ok(()),
        Some(d) => Err(crate::Error::msg(format!(
            "{}: {} claims, over the limit of {max} per article (raise it with --max-claims, or max-claims in claimgraph.toml)",
            d.document.display_path(),
            d.claims.len()
        ))),
    }
}

/// The claims of a text given directly (rule examples, tests): a plain-text
/// document published on `published`.
pub fn extract_text(
    text: &str,
    published: Option<Date>,
    rules: &RuleSet,
) -> (Document, Vec<Claim>) {
    extract_text_with(Extractor::new(rules), text, published)
}

/// [`extract_text`] with an extractor's options (`--numbers`).
pub fn extract_text_with(
    ex: Extractor,
    text: &str,
    published: Option<Date>,
) -> (Document, Vec<Claim>) {
    extract_text_in(ex, text, published, None)
}

/// The claims of a text given directly, written for a region (ISO 3166).
pub fn extract_text_in(
    ex: Extractor,
    text: &str,
    published: Option<Date>,
    region: Option<&str>,
) -> (Document, Vec<Claim>) {
    let rules = ex.rules;
    let meta = Metadata {
        published,
        published_from: published.map(|_| "example"),
        region: region.map(str::to_string),
        ..Default::default()
    };
    let doc = Document::new(
        PathBuf::from("<example>"),
        Format::Text,
        text.to_string(),
        std::slice::from_ref(&(0..text.len())),
        crate::documents::text_blocks(text, 0),
        meta,
        &rules.boilerplate,
    );
    let claims = ex.claims(&doc);
    (doc, claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::claims::test_dates as dates;

    #[test]
    fn a_cue_of_another_clause_with_its_own_subject_is_not_the_count_s() {
        let rules = crate::rules::load(&[]).expect("rules");
        let metric = |text: &str| -> Option<String> {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims[0].metric.clone()
        };
        for text in [
            "Twelve people were rescued and dozens remain missing.",
            "Twelve people were rescued, while others are missing.",
            "12 people were rescued and 30 remain missing.",
            "12 people were rescued; the rest are missing.",
            // The cue is another figure's.
            "Each side released 150 people, including 20 wounded soldiers.",
            // The cue is what the count did to its object.
            "Two soldiers killed 3 civilians on Monday.",
        ] {
            assert_eq!(metric(text), None, "{text}");
        }
        // A participle right after another figure is that figure's; the
        // missiles after "and" are a second object of "shot down".
        let text = "The army shot down 97 of 127 drones launched overnight, and 4 of 6 missiles.";
        let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
        let metrics: Vec<_> = claims
            .iter()
            .filter(|c| c.kind == Kind::Count)
            .map(|c| c.metric.as_deref())
            .collect();
        assert_eq!(
            metrics,
            [Some("intercepted"), Some("intercepted")],
            "{claims:#?}"
        );
        // A verb before another figure is that figure's.
        let text = "The strike killed 12 people, and 30 people in the city were evacuated.";
        let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
        assert_ne!(claims[1].metric.as_deref(), Some("killed"), "{claims:#?}");
        for text in [
            "Shelling killed 40 people last week, and 9 people on Monday.",
            "The strike killed 12 soldiers and 3 civilians.",
        ] {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            let last = claims.iter().rfind(|c| c.kind == Kind::Count).unwrap();
            assert_eq!(last.metric.as_deref(), Some("killed"), "{text}");
        }
        for text in [
            // The count is the object of the verb after another figure.
            "The gunmen killed 12 people.",
            "12 people were shot and killed.",
            "12 civilians and 3 soldiers were killed.",
            "12 people were killed and 30 injured.",
        ] {
            assert_eq!(metric(text).as_deref(), Some("killed"), "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_count_with_a_verb_later_is_no_metric() {
        let rules = crate::rules::load(&[]).expect("rules");
        let metric = |text: &str| -> Option<String> {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims[0].metric.clone()
        };
        assert_eq!(
            metric("Ten people injured in the attack remain in hospital."),
            None
        );
        assert_eq!(
            metric("14 people injured on Monday had been discharged."),
            None
        );
        // The participle is the clause's verb: a headline, a clause that
        // ends at its comma, a verb of another clause.
        assert_eq!(
            metric("20 people injured as missiles hit Kharkiv.").as_deref(),
            Some("injured")
        );
        assert_eq!(
            metric("35 people killed, officials say.").as_deref(),
            Some("killed")
        );
        assert_eq!(
            metric("20 people injured in Kharkiv and three remain in hospital.").as_deref(),
            Some("injured")
        );
        assert_eq!(
            metric("20 people were injured and three remain in hospital.").as_deref(),
            Some("injured")
        );
        // "The" or "all" before the count: all of them were.
        for text in [
            "The 35 people killed were civilians.",
            "All 12 people injured remain in hospital.",
        ] {
            assert!(metric(text).is_some(), "{text}");
        }
    }

    #[test]
    fn the_region_around_a_city_is_another_place() {
        let rules = crate::rules::load(&[]).expect("rules");
        let places = |text: &str| -> Vec<String> {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims[0].places.clone()
        };
        assert_eq!(
            places("Nine people were killed in the Kharkiv region."),
            ["Kharkiv region"]
        );
        assert_eq!(
            places("Two people were killed in Kharkiv oblast."),
            ["Kharkiv region"]
        );
        assert_eq!(
            places("Four people were killed in the city of Kharkiv."),
            ["Kharkiv"]
        );
        // "regional" is an adjective of the city's.
        assert_eq!(
            places("Three people were killed, a Kharkiv regional official said."),
            ["Kharkiv"]
        );
        // A region of its own keeps its name.
        assert_eq!(
            places("Three people were killed in the Kursk region."),
            ["Kursk"]
        );
        // "Moscow-installed" names no place where anything happened.
        assert_eq!(
            places("Two men were killed in Kherson, the Moscow-installed governor said."),
            ["Kherson"]
        );
    }

    #[test]
    fn a_count_with_the_attacker_in_it_counts_people_including_him() {
        let rules = crate::rules::load(&[]).expect("rules");
        let noun = |text: &str| -> Option<String> {
            let (_, claims) = extract_text(text, "2026-04-27".parse().ok(), &rules);
            claims[0].noun.clone()
        };
        assert_eq!(
            noun("Six people, including the gunman, died.").as_deref(),
            Some("people including the gunman")
        );
        assert_eq!(
            noun("Four people died, including two suspected bombers, and 12 were hurt.").as_deref(),
            Some("people including the bombers")
        );
        // The attacker of a later figure's clause, and a toll's own part.
        assert_eq!(
            noun("Four people died and 12 were hurt, including the gunman.").as_deref(),
            Some("people")
        );
        assert_eq!(
            noun("Five people died, including two soldiers.").as_deref(),
            Some("people")
        );
    }

    #[test]
    fn a_time_counted_back_after_a_baseline_is_the_baseline_s() {
        let rules = crate::rules::load(&[]).expect("rules");
        let when = |text: &str| {
            let (_, claims) = extract_text(text, "2026-09-11".parse().ok(), &rules);
            claims[0].when.map(|w| w.display())
        };
        assert_eq!(
            when("In Valmora, 22 people have been killed, up from 18 a week ago."),
            None
        );
        // A day is the change's.
        assert_eq!(
            when("22 people were killed, up from 18 on Monday.").as_deref(),
            Some("2026-09-07")
        );
    }

    #[test]
    fn a_past_event_after_a_record_s_date_and_a_speaker_s_day_after_the_figure() {
        let rules = crate::rules::load(&[]).expect("rules");
        let when = |text: &str| -> Vec<(String, Option<String>)> {
            let (_, claims) = extract_text(text, "2026-07-21".parse().ok(), &rules);
            claims
                .iter()
                .filter(|c| c.kind == Kind::Count)
                .map(|c| {
                    (
                        text[c.span.clone()].to_string(),
                        c.when.map(|w| w.display()),
                    )
                })
                .collect()
        };
        assert_eq!(
            when("A train crashed on Sunday. It was the worst accident since 2011, when 42 people were killed."),
            [("42 people".to_string(), Some("2011".to_string()))]
        );
        assert_eq!(
            when("A train crash on Sunday killed 18 people and injured 64, the ministry said on Monday."),
            [
                ("18 people".to_string(), Some("2026-07-19".to_string())),
                ("64".to_string(), Some("2026-07-19".to_string()))
            ]
        );
    }

    #[test]
    fn a_count_does_not_inherit_a_time_to_come() {
        let rules = crate::rules::load(&[]).expect("rules");
        let text = "Under the deal, 250 prisoners will be freed within two weeks. Shelling killed 12 people.";
        let (_, claims) = extract_text(text, "2026-03-03".parse().ok(), &rules);
        let killed = claims
            .iter()
            .find(|c| c.metric.as_deref() == Some("killed"))
            .expect("count");
        assert_eq!(killed.when, None);
    }

    #[test]
    fn an_age_takes_no_period_of_its_sentence() {
        let rules = crate::rules::load(&[]).expect("rules");
        let text = "The 61-year-old has been held since May 2023, and 12 people have been arrested since May 2023.";
        let (_, claims) = extract_text(text, "2026-03-20".parse().ok(), &rules);
        let age = claims.iter().find(|c| c.kind == Kind::Age).expect("age");
        assert_eq!((age.when, age.total), (None, false));
        let count = claims
            .iter()
            .find(|c| c.kind == Kind::Count)
            .expect("count");
        assert!(count.total && count.when.is_some());
    }

    #[test]
    fn a_running_toll_and_a_toll_so_far_have_no_day() {
        let rules = crate::rules::load(&[]).expect("rules");
        let when = |text: &str| -> Vec<(String, Option<String>, bool)> {
            let (_, claims) = extract_text(text, "2026-03-04".parse().ok(), &rules);
            claims
                .iter()
                .filter(|c| c.kind == Kind::Count)
                .map(|c| {
                    (
                        text[c.span.clone()].to_string(),
                        c.when.map(|w| w.display()),
                        c.total,
                    )
                })
                .collect()
        };
        let monday = Some("2026-03-02".to_string());
        assert_eq!(
            when("A strike killed five people on Monday, bringing the death toll to 120."),
            [
                ("five people".to_string(), monday.clone(), false),
                ("120".to_string(), None, true)
            ]
        );
        // The toll of a day's event, which the figure brings up: that day's.
        assert_eq!(
            when("Rescuers found three more bodies, raising the death toll from Monday's shipwreck to 44."),
            [("44".to_string(), monday.clone(), false)]
        );
        // Not inherited from the sentence before: a toll so far.
        assert_eq!(
            when("Five people were killed on Monday. In total, 118 people have been killed."),
            [
                ("Five people".to_string(), monday.clone(), false),
                ("118 people".to_string(), None, false)
            ]
        );
        // In a relative clause after a record's date: that past event's.
        assert_eq!(
            when("The strike on Monday was the deadliest since a March 2025 attack that killed 35 people."),
            [("35 people".to_string(), Some("2025-03".to_string()), false)]
        );
    }

    #[test]
    fn each_figure_of_a_sentence_has_the_places_of_its_clause() {
        let rules = crate::rules::load(&[]).expect("rules");
        let places = |text: &str| -> Vec<(String, Vec<String>)> {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims
                .iter()
                .filter(|c| !c.kind.is_date())
                .map(|c| (text[c.span.clone()].to_string(), c.places.clone()))
                .collect()
        };
        let own =
            |span: &str, p: &[&str]| (span.to_string(), p.iter().map(|s| s.to_string()).collect());
        assert_eq!(
            places("Five people were killed in Kharkiv on Monday and three in Sumy."),
            [own("Five people", &["Kharkiv"]), own("three", &["Sumy"])]
        );
        // One figure for two cities, or a place for all figures.
        assert_eq!(
            places("Strikes on Kharkiv and Sumy killed 12 people."),
            [own("12 people", &["Kharkiv", "Sumy"])]
        );
        assert_eq!(
            places("In Kharkiv, five people were killed and 12 injured, and one in Sumy."),
            [
                own("five people", &["Kharkiv"]),
                own("12 injured", &["Kharkiv"]),
                own("one", &["Sumy"])
            ]
        );
        // A figure whose stretch names no place has all of the sentence's.
        assert_eq!(
            places("Russia killed five people and injured 12 in Kharkiv and Sumy."),
            [
                own("five people", &["Kharkiv", "Sumy"]),
                own("12", &["Kharkiv", "Sumy"])
            ]
        );
    }

    #[test]
    fn a_match_refused_in_code_is_searched_again_from_its_next_word() {
        let rules = crate::rules::load(&[]).expect("rules");
        let spans = |text: &str| -> Vec<String> {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims
                .iter()
                .map(|c| text[c.span.clone()].to_string())
                .collect()
        };
        // "two and three people": "and" may not stand between a number
        // and what it counts, but "three people" still counts.
        assert_eq!(spans("Two and three people were hurt."), ["three people"]);
        assert_eq!(
            spans("Between two and three people were hurt."),
            ["Between two and three people"]
        );
        // A `reject` refuses the whole context: "would last 30 days" is no
        // window, and only the length of time stays.
        assert_eq!(spans("The truce would last 30 days."), ["30 days"]);
    }

    #[test]
    fn a_participle_after_a_figure_names_no_speaker() {
        let rules = crate::rules::load(&[]).expect("rules");
        let sources = |text: &str| -> Vec<Option<String>> {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims
                .iter()
                .map(|c| c.attribution.as_ref().map(|a| a.source.clone()))
                .collect()
        };
        assert_eq!(
            sources("The death toll rose to 35, up from 20 reported earlier."),
            [None]
        );
        assert_eq!(
            sources("The G7 said 20 people were hurt."),
            [Some("The G7".to_string())]
        );
        // A sentence adverb before the verb is no part of the speaker.
        assert_eq!(
            sources("Initially officials had said 40 people were killed."),
            [Some("officials".to_string())]
        );
        // "say" quotes; "to say", "needless to say" do not.
        assert_eq!(
            sources("Officials say 30 people died."),
            [Some("Officials".to_string())]
        );
        assert_eq!(sources("That is to say, 30 people came."), [None]);
        assert_eq!(sources("Needless to say, 30 people came."), [None]);
    }

    #[test]
    fn a_claim_takes_the_date_of_its_own_clause() {
        let rules = crate::rules::load(&[]).expect("rules");
        let when = |text: &str| -> Vec<(String, String)> {
            let (_, claims) = extract_text(text, "2025-04-20".parse().ok(), &rules);
            claims
                .iter()
                .filter(|c| !c.kind.is_date())
                .map(|c| {
                    let w = c.when.map(|d| d.start.to_string()).unwrap_or_default();
                    (text[c.span.clone()].to_string(), w)
                })
                .collect()
        };
        assert_eq!(
            when("Inflation slowed to 14.6% in March from 14.8% in February."),
            [
                ("14.6%".to_string(), "2025-03-01".to_string()),
                ("14.8%".to_string(), "2025-02-01".to_string())
            ]
        );
        // The date a record is measured from is no time of the figure's.
        assert_eq!(
            when("Unemployment is at 9.1%, the highest since 2015."),
            [("9.1%".to_string(), String::new())]
        );
        assert_eq!(
            when("On March 3, 35 people were killed, the most since 2022."),
            [("35 people".to_string(), "2025-03-03".to_string())]
        );
        assert_eq!(
            when("The deadliest strike since 2022 killed 35 people."),
            [("35 people".to_string(), String::new())]
        );
        // Another clause's date is farther than any in the claim's own.
        assert_eq!(
            when("On March 3, 88 people were injured, and on April 13 more than 115 people.")[0],
            ("88 people".to_string(), "2025-03-03".to_string())
        );
        // The year of the figure a value is compared with is not the
        // value's; a day after it is the change's.
        assert_eq!(
            when("Turnout was 67.3 percent, up from 61 percent in 2019."),
            [
                ("67.3 percent".to_string(), String::new()),
                ("61 percent".to_string(), "2019-01-01".to_string())
            ]
        );
        assert_eq!(
            when("The death toll rose to 35 from 21 on Sunday."),
            [("35".to_string(), "2025-04-20".to_string())]
        );
        // The toll of a day's event is that day's, whenever it was
        // counted; a comma ends the event's clause.
        assert_eq!(
            when("The death toll from Thursday's quake rose to 112 on Sunday."),
            [("112".to_string(), "2025-04-17".to_string())]
        );
        assert_eq!(
            when("The number of people killed in Friday's strike rose to 9 on Sunday."),
            [("9".to_string(), "2025-04-18".to_string())]
        );
        assert_eq!(
            when("After Friday's strike, 9 people were killed on Sunday."),
            [("9 people".to_string(), "2025-04-20".to_string())]
        );
        // The day a speaker spoke is no time of what they report: "said on
        // Saturday that" dates neither Thursday's dead nor any; after ",
        // while" the figure is the speaker's present.
        assert_eq!(
            when("Officials said on Saturday that 12 people were killed in Thursday's strike."),
            [("12 people".to_string(), "2025-04-17".to_string())]
        );
        assert_eq!(
            when("Officials said on Saturday that 12 people were killed."),
            [("12 people".to_string(), String::new())]
        );
        assert_eq!(
            when("The toll from Thursday's strike rose to 9, officials said on Saturday, while around 45 people remain in hospital."),
            [
                ("9".to_string(), "2025-04-17".to_string()),
                ("around 45 people".to_string(), "2025-04-19".to_string())
            ]
        );
    }

    #[test]
    fn the_whole_a_share_is_taken_from_takes_no_metric() {
        let rules = crate::rules::load(&[]).expect("rules");
        let metrics = |text: &str| -> Vec<(String, Option<String>)> {
            let (_, claims) = extract_text(text, "2025-04-20".parse().ok(), &rules);
            claims
                .iter()
                .filter(|c| c.kind == Kind::Count)
                .map(|c| (text[c.span.clone()].to_string(), c.metric.clone()))
                .collect()
        };
        assert_eq!(
            metrics("A third of the 3,000 homes were damaged."),
            [("3,000 homes".to_string(), None)]
        );
        assert_eq!(
            metrics("Half of the 60 drones were shot down."),
            [("60 drones".to_string(), None)]
        );
        assert_eq!(
            metrics("About 30% of residents fled, and 3,000 homes were damaged."),
            [("3,000 homes".to_string(), Some("damaged".to_string()))]
        );
    }

    #[test]
    fn two_dates_joined_are_one_range() {
        let got = dates("The mission ran from 26 June 2020 to 28 June 2021.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "from 26 June 2020 to 28 June 2021");
        assert!(
            got[0].1.starts_with("2020-06-26") && got[0].1.ends_with("2021-06-28"),
            "{got:?}"
        );
        // The first date takes the second's year.
        let got = dates("Prices rose from January to April 2015.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].1.starts_with("2015-01-01") && got[0].1.ends_with("2015-04-30"),
            "{got:?}"
        );
        // "and" joins only after "between".
        assert_eq!(dates("He spoke on March 3 and March 5.").len(), 2);
        assert_eq!(dates("Between March 2024 and May 2024 it fell.").len(), 1);
        // A first date with no year takes the second's even when the
        // publication's year is another ("Feb 1st" read alone is 2025's).
        assert_eq!(
            dates("Rates were frozen from Feb 1st to March 2019."),
            [(
                "from Feb 1st to March 2019".to_string(),
                "2019-02-01..2019-03-31".to_string()
            )]
        );
        // ... and the year before when it would come after it.
        assert_eq!(
            dates("The border was shut from December 20 to January 5, 2020.")[0].1,
            "2019-12-20..2020-01-05"
        );
        // A weekday and a day alone end on the first such day after the
        // start (published Wednesday 2025-03-12): not a start moved to a
        // year where the 11th is no Friday.
        assert_eq!(
            dates("The fair ran from Friday the 7th until Tuesday the 15th."),
            [(
                "from Friday the 7th until Tuesday the 15th".to_string(),
                "2025-03-07..2025-04-15".to_string()
            )]
        );
        // A first date with a year of its own is never moved.
        assert_eq!(dates("From March 2020 to January 2019 it fell.").len(), 2);
    }

    #[test]
    fn before_the_end_and_after_the_beginning_of_a_period() {
        // Published 2025-03-12.
        assert_eq!(
            dates("The deal will be signed before the end of the year."),
            [(
                "before the end of the year".to_string(),
                "..2025-12-31".to_string()
            )]
        );
        assert_eq!(
            dates("Talks resumed after the beginning of February."),
            [(
                "after the beginning of February".to_string(),
                "2025-02-01..".to_string()
            )]
        );
        // "after the end", "before the beginning": the period's edge part.
        assert_eq!(
            dates("Fighting eased after the end of January.")[0].1,
            "2025-02-01.."
        );
    }

    #[test]
    fn a_day_before_a_date_and_a_date_to_now() {
        assert_eq!(
            dates("Registration ran from 4 to January 22, 1995."),
            [(
                "from 4 to January 22, 1995".to_string(),
                "1995-01-04..1995-01-22".to_string()
            )]
        );
        // "between" goes with "and", "from" with "to".
        assert_eq!(
            dates("Registration ran from 4 and January 22, 1995.").len(),
            1
        );
        assert_eq!(
            dates("Registration ran from 4 and January 22, 1995.")[0].1,
            "1995-01-22"
        );
        // A first day after the second is no range.
        assert_eq!(
            dates("It ran from 24 to January 22, 1995.")[0].1,
            "1995-01-22"
        );
        assert_eq!(
            dates("Prices doubled between January 2025 and now."),
            [(
                "between January 2025 and now".to_string(),
                "2025-01-01..2025-03-12".to_string()
            )]
        );
        assert_eq!(
            dates("Prices doubled from March 2024 to date.")[0].0,
            "from March 2024 to date"
        );
        // A date after publication does not run to it.
        assert_eq!(
            dates("Prices will be fixed between May 2025 and now.")[0].1,
            "2025-05"
        );
        // "and now" needs "between".
        assert_eq!(
            dates("Prices rose in March 2024 and now fall.")[0].1,
            "2024-03"
        );
    }

    #[test]
    fn a_length_of_time_from_a_date_is_its_days() {
        // "for 90 days from March 1" runs from it; without "for", 90 days
        // from March 1 is the day it ends.
        assert_eq!(
            dates("The ban runs for 90 days from March 1."),
            [(
                "90 days from March 1".to_string(),
                "2025-03-01..2025-05-29".to_string()
            )]
        );
        assert_eq!(dates("It ends 90 days from March 1.")[0].1, "2025-05-30");
        assert_eq!(
            dates("Flights stop for 2 weeks starting March 20.")[0].1,
            "2025-03-20..2025-04-02"
        );
        assert_eq!(
            dates("Talks open 18 March for 10 days.")[0].1,
            "2025-03-18..2025-03-27"
        );
        // A length with its event stays a length: "a 30-day ceasefire
        // starting March 11" is a ceasefire 30 days long, and a date.
        assert_eq!(
            dates("A 30-day ceasefire starting March 11 was agreed.")[0].1,
            "2025-03-11"
        );
    }

    #[test]
    fn a_weekday_in_a_clause_about_the_future_lies_ahead() {
        // Published Wednesday 2025-03-12.
        let day = |text: &str| dates(text)[0].1.clone();
        assert_eq!(day("Talks will resume on Saturday."), "2025-03-15");
        assert_eq!(day("Talks resumed on Saturday."), "2025-03-08");
        assert_eq!(
            day("Witkoff is expected to travel on Friday."),
            "2025-03-14"
        );
        assert_eq!(
            day("The envoy, who arrived on Monday, will stay."),
            "2025-03-10"
        );
        // The day of something that happened, whatever the tense.
        assert_eq!(
            day("Officials will investigate the strike on Saturday."),
            "2025-03-08"
        );
        assert_eq!(day("He will discuss Monday's attack."), "2025-03-10");
        assert_eq!(
            day("Envoys will meet over the weekend."),
            "2025-03-15..2025-03-16"
        );
        assert_eq!(
            day("Strikes went on during the weekend."),
            "2025-03-08..2025-03-09"
        );
        // A weekday beside a week is a day of it.
        assert_eq!(day("Talks resume next week on Friday."), "2025-03-21");
        assert_eq!(day("Talks resume on Friday next week."), "2025-03-21");
    }

    #[test]
    fn two_weekdays_joined_are_one_range() {
        // Published Wednesday 2025-03-12.
        assert_eq!(
            dates("Putin declared a truce from 6pm on Saturday until midnight on Sunday."),
            [(
                "from 6pm on Saturday until midnight on Sunday".to_string(),
                "2025-03-08..2025-03-09".to_string()
            )]
        );
        // Read back, the first weekday is the last such before the second.
        assert_eq!(
            dates("Shelling went on from Tuesday to Monday.")[0].1,
            "2025-03-04..2025-03-10"
        );
        // In a clause about the future both lie ahead.
        assert_eq!(
            dates("The talks will run from Friday to Monday.")[0].1,
            "2025-03-14..2025-03-17"
        );
        // Without "from" or "between", two days.
        assert_eq!(dates("He worked Monday to Friday.").len(), 2);
    }

    #[test]
    fn the_weekend_of_a_holiday() {
        // Labor Day 2024 is a Monday: Saturday to Monday.
        assert_eq!(
            dates("Traffic peaked over the Labor Day 2024 weekend."),
            [(
                "Labor Day 2024 weekend".to_string(),
                "2024-08-31..2024-09-02".to_string()
            )]
        );
        // Thanksgiving 2024 is a Thursday: to the Sunday after.
        assert_eq!(
            dates("Sales rose on the weekend of Thanksgiving 2024.")[0],
            (
                "the weekend of Thanksgiving 2024".to_string(),
                "2024-11-28..2024-12-01".to_string()
            )
        );
        // The holiday alone stays one day.
        assert_eq!(dates("Sales rose on Thanksgiving 2024.")[0].1, "2024-11-28");
    }

    #[test]
    fn a_day_after_in_that_begins_a_count_is_the_count() {
        let rules = crate::rules::load(&[]).expect("rules");
        let kinds = |text: &str| -> Vec<(String, Kind)> {
            let (_, claims) = extract_text(text, "2025-03-24".parse().ok(), &rules);
            claims
                .iter()
                .map(|c| (text[c.span.clone()].to_string(), c.kind))
                .collect()
        };
        let got = kinds("In March 12 soldiers were killed.");
        assert!(
            got.iter()
                .any(|(t, k)| t.starts_with("12 soldiers") && *k == Kind::Count),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(t, k)| t == "In March" && k.is_date()),
            "{got:?}"
        );
        // "On March 12" is the day; so is "in March 12" with no count after.
        let got = kinds("On March 12 soldiers were killed.");
        assert!(got.iter().any(|(t, _)| t == "March 12"), "{got:?}");
        let got = kinds("Talks resumed in March 12 days later.");
        assert!(!got.iter().any(|(_, k)| *k == Kind::Count), "{got:?}");
    }

    #[test]
    fn years_before_a_counted_noun_are_an_amount() {
        let rules = crate::rules::load(&[]).expect("rules");
        let kinds = |text: &str| {
            let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims
                .iter()
                .map(|c| (c.kind, text[c.span.clone()].to_string()))
                .collect::<Vec<_>>()
        };
        for text in [
            "Between 1800 and 2000 people were killed.",
            "From 1800 to 2,000 people were killed.",
            "Between 1800 and 2,000 people were killed.",
        ] {
            let got = kinds(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, Kind::Count, "{text}: {got:?}");
        }
        // Years close together stay years.
        let got = kinds("Between 2015 and 2018 people fled the region.");
        assert_eq!(got[0].0, Kind::Date, "{got:?}");
        assert_eq!(
            dates("The 2014-2018 figures were revised.")[0].1,
            "2014-01-01..2018-12-31"
        );
        // Far apart without "from" or "between", an amount.
        assert!(dates("Some 1500-1900 troops arrived.").is_empty());
    }

    #[test]
    fn a_regional_holiday_without_a_region_says_why() {
        let rules = crate::rules::load(&[]).expect("rules");
        let text = "Shops close on Labour Day 2025.";
        let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].date, None);
        let why = claims[0].unresolved.as_deref().unwrap_or("");
        assert!(why.contains("AU, BZ, CA") && why.contains("more"), "{why}");
        // A region with no reading of its own says so.
        let (_, claims) = extract_text_in(
            Extractor::new(&rules),
            text,
            "2025-03-12".parse().ok(),
            Some("GB"),
        );
        let why = claims[0].unresolved.as_deref().unwrap_or("");
        assert!(why.contains("no day of its own in region GB"), "{why}");
        let (_, claims) = extract_text_in(
            Extractor::new(&rules),
            text,
            "2025-03-12".parse().ok(),
            Some("IE"),
        );
        assert_eq!(
            claims[0].date.map(|d| d.display()).as_deref(),
            Some("2025-05-05")
        );
    }

    #[test]
    fn an_amount_and_its_hundredths() {
        let rules = crate::rules::load(&[]).expect("rules");
        let money = |text: &str| {
            let (_, claims) = extract_text(text, None, &rules);
            claims
                .iter()
                .filter(|c| c.kind == Kind::Money)
                .map(|c| {
                    let a = c.amount.unwrap();
                    (
                        text[c.span.clone()].to_string(),
                        a.interval.min,
                        a.interval.max,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            money("It costs 15 dollars and 50."),
            [("15 dollars and 50".to_string(), Some(15.5), Some(15.5))]
        );
        assert_eq!(
            money("It cost thirteen dollars forty five")[0].1,
            Some(13.45)
        );
        // A hedge on the whole holds for the sum.
        let got = money("It cost more than 1 dollar and forty-two cents.");
        assert_eq!((got[0].1, got[0].2), (Some(1.42), None));
        // A number that counts something, or after a scale, is no cents.
        assert_eq!(
            money("The fine is $500 and 30 days in jail.")[0].1,
            Some(500.0)
        );
        assert_eq!(money("He paid $20 and 30 friends came.")[0].1, Some(20.0));
        assert_eq!(money("It cost $3 million 50.")[0].1, Some(3_000_000.0));
    }

    #[test]
    fn every_claim_names_what_made_it() {
        let rules = crate::rules::load(&[]).expect("rules");
        let text = "Talks ran from 4 to January 22, 1995. The ministry claimed it hit a base. \
                    It lasted 2 years and 3 months. The wall is 7 feet 10 inches. \
                    They met three days after Easter and the week of March 10. \
                    It is due the first Monday of March 2025 and 30 days from now. \
                    The last week of July and the first day of May were calm. 42 of them.";
        let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
        assert!(claims.len() >= 10, "{claims:?}");
        for c in &claims {
            assert!(
                rules.rule(&c.rule).is_some()
                    || crate::claims::stage_description(&c.rule).is_some(),
                "{} has no description",
                c.rule
            );
        }
    }

    #[test]
    fn the_nth_weekday_of_a_month() {
        let got = dates("Polls open on the first Monday of March 2025.");
        assert_eq!(
            got,
            vec![("the first Monday of March 2025".into(), "2025-03-03".into())]
        );
        let got = dates("It met on the last Sunday in February.");
        assert_eq!(
            got,
            vec![("the last Sunday in February".into(), "2025-02-23".into())]
        );
        // Published Wednesday 2025-03-12.
        let got = dates("The talks began on the third Wednesday of last month.");
        assert_eq!(
            got,
            vec![(
                "the third Wednesday of last month".into(),
                "2025-02-19".into()
            )]
        );
        // An ordinal with no month: no claim, not the nearest such weekday.
        for text in [
            "It was his first Sunday in office.",
            "The council meets on the first Monday of the month.",
            "Crowds returned for a 2nd Sunday of protests.",
        ] {
            assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
        }
        // "last Sunday" keeps its own reading.
        assert_eq!(dates("Talks resumed last Sunday.")[0].1, "2025-03-09");
    }

    #[test]
    fn a_passive_verb_of_saying_names_its_agent_or_no_one() {
        let rules = crate::rules::load(&[]).expect("rules");
        let speakers = |text: &str| -> Vec<Option<String>> {
            let (_, claims) = super::super::extract_text(text, "2025-03-12".parse().ok(), &rules);
            claims
                .iter()
                .map(|c| c.attribution.as_ref().map(|a| a.source.clone()))
                .collect()
        };
        assert_eq!(
            speakers("The deaths were confirmed by the ministry on Monday."),
            [Some("the ministry".to_string())]
        );
        assert_eq!(
            speakers("The ministry confirmed the deaths on Monday."),
            [Some("The ministry".to_string())]
        );
        // No speaker: a passive without an agent, an adjective.
        assert_eq!(speakers("Bus services were added on Monday."), [None]);
        assert_eq!(
            speakers("It was reported on Monday that the port shut."),
            [None]
        );
        assert_eq!(
            speakers("An estimated 30 people were killed on Monday."),
            [None, None]
        );
        // Territory "claimed by Moscow" is no statement.
        assert_eq!(
            speakers("The town was claimed by Moscow on Monday."),
            [None]
        );
    }

    #[test]
    fn text_after_a_length_is_read_on_character_boundaries() {
        // A length, then text that begins like "and a half" with a
        // multi-byte character where the phrase would end: the look must
        // not split it (proptest found it).
        let rules = crate::rules::load(&[]).expect("rules");
        for text in [
            "It lasted 2 hours and halé.",
            "It lasted 2 hours and a halü",
            "It lasted 2 hours and a quarteŕ",
        ] {
            let (_, claims) = super::super::extract_text(text, "2025-03-12".parse().ok(), &rules);
            assert_eq!(claims.len(), 1, "{text}");
        }
    }

    #[test]
    fn a_weekday_of_a_named_week() {
        // Published Wednesday 2025-03-12.
        let got = dates("They met on Tuesday of last week.");
        assert_eq!(
            got,
            vec![("on Tuesday of last week".into(), "2025-03-04".into())]
        );
        let got = dates("The vote is due Monday of next week.");
        assert_eq!(
            got,
            vec![("Monday of next week".into(), "2025-03-17".into())]
        );
        // The weekday's own modifier names its week: no join.
        let got = dates("It ends next Friday of next week.");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn lengths_of_time_from_publication() {
        // Published 2025-03-12.
        let got = dates("The mandate ends three weeks hence.");
        assert_eq!(
            got,
            [("three weeks hence".to_string(), "2025-04-02".to_string())]
        );
        let got = dates("They will return two years from now, he said.");
        assert_eq!(got[0].1, "2027-03-12", "{got:?}");
        // Without "hence" or "from now" a length stays a length.
        assert!(dates("The siege lasted three weeks.").is_empty());
        // "in" a length is a date only where the clause speaks of the future.
        let got = dates("The truce will expire in 30 days.");
        assert_eq!(got, [("in 30 days".to_string(), "2025-04-11".to_string())]);
        assert!(dates("The town was captured in two weeks.").is_empty());
        assert!(dates("They will not leave in two weeks.").is_empty());
        // A request to arrange something: "set up" with its object.
        let got = dates("Please set up a call in four business days.");
        assert_eq!(got[0].1, "2025-03-18", "{got:?}");
        assert!(dates("The set up a call in four days needed was long.").is_empty());
    }

    #[test]
    fn months_in_ranges_and_in_figures() {
        let got = dates("Shelling eased from November to February.");
        assert_eq!(got[0].1, "2024-11-01..2025-02-28", "{got:?}");
        let got = dates("The plan dates from 2016 November.");
        assert_eq!(got[0].1, "2016-11", "{got:?}");
        let got = dates("It was signed 31/10/74 and again 10/31/34.");
        assert_eq!(got[0].1, "1974-10-31", "{got:?}");
        // Within ten years of publication: this century.
        assert_eq!(got[1].1, "2034-10-31", "{got:?}");
        let got = dates("Polls close on the 2nd of next month.");
        assert_eq!(got[0].1, "2025-04-02", "{got:?}");
    }

    #[test]
    fn the_week_of_a_day() {
        let got = dates("Talks are set for the week of March 10, 2025.");
        assert_eq!(
            got,
            vec![(
                "the week of March 10, 2025".into(),
                "2025-03-10..2025-03-16".into()
            )]
        );
        // A day of the month alone, read as "on the 18th" is: published
        // on 12 March, the 18th of March.
        let got = dates("Talks are pencilled in for the week of the 18th.");
        assert_eq!(
            got,
            vec![(
                "the week of the 18th".into(),
                "2025-03-17..2025-03-23".into()
            )]
        );
        // Without "the" the span starts at "week".
        let got = dates("Talks are set for week of the 18th.");
        assert_eq!(got[0].0, "week of the 18th", "{got:?}");
        // Not a century.
        let got = dates("Art from the week of the 18th century.");
        assert_eq!(got[0].1, "1700-01-01..1799-12-31", "{got:?}");
    }

    #[test]
    fn lengths_of_time_around_dates() {
        let got = dates("The vote came three days after Easter 2024.");
        assert_eq!(
            got,
            vec![("three days after Easter 2024".into(), "2024-04-03".into())]
        );
        let got = dates("It was signed 2 weeks before May 13, 1999.");
        assert_eq!(
            got,
            vec![("2 weeks before May 13, 1999".into(), "1999-04-29".into())]
        );
    }

    #[test]
    fn durations_in_parts_add_up() {
        let rules = crate::rules::load(&[]).expect("rules");
        let (_, claims) = extract_text("The siege lasted 2 years and 3 months.", None, &rules);
        let d: Vec<_> = claims.iter().filter(|c| c.kind == Kind::Duration).collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].unit.as_deref(), Some("months"));
        assert_eq!(d[0].amount.and_then(|a| a.interval.point()), Some(27.0));
        let (_, claims) = extract_text("They talked for an hour and a half.", None, &rules);
        let d: Vec<_> = claims.iter().filter(|c| c.kind == Kind::Duration).collect();
        assert_eq!(d[0].amount.and_then(|a| a.interval.point()), Some(1.5));
        // A unit with an article, then more: "an hour and 45 minutes".
        let (_, claims) = extract_text("Fire went on an hour and 45 minutes.", None, &rules);
        let d: Vec<_> = claims.iter().filter(|c| c.kind == Kind::Duration).collect();
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].amount.and_then(|a| a.interval.point()), Some(105.0));
        // "one and half hours": the article may be left out.
        let (_, claims) = extract_text("It took one and half hours.", None, &rules);
        let d: Vec<_> = claims.iter().filter(|c| c.kind == Kind::Duration).collect();
        assert_eq!(d[0].amount.and_then(|a| a.interval.point()), Some(1.5));
        // A hedge on the first part holds for the whole; one on the second
        // keeps the parts apart.
        let (_, claims) = extract_text("It lasted more than 1 hour and 30 minutes.", None, &rules);
        assert_eq!(claims.len(), 1, "{claims:?}");
        let a = claims[0].amount.unwrap();
        assert_eq!(
            (a.nominal, a.interval.min, a.interval.max),
            (Some(90.0), Some(90.0), None)
        );
        assert!(a.interval.min_exclusive);
        let (_, claims) = extract_text("It lasted 2 hours and about 10 minutes.", None, &rules);
        assert_eq!(claims.len(), 2, "{claims:?}");
        // A length before an "ago" date in a smaller unit moves it back.
        assert_eq!(
            dates("They met 1 month 21 days ago."),
            [("1 month 21 days ago".to_string(), "2025-01-19".to_string())]
        );
        assert_eq!(
            dates("The war lasted 3 years, 2 days ago it ended.")[0].0,
            "2 days ago"
        );
    }

    #[test]
    fn unit_symbols_and_codes_are_no_counted_nouns() {
        let rules = crate::rules::load(&[]).expect("rules");
        for text in [
            "Two of them try to flee.",
            "The 3 g forces held.",
            "He said 2 p was the price of nothing.",
        ] {
            let (_, claims) = extract_text(text, None, &rules);
            assert!(
                claims
                    .iter()
                    .all(|c| c.kind != Kind::Count && c.kind != Kind::Money),
                "{text}: {claims:?}"
            );
        }
        let (_, claims) = extract_text("Pensions rose by 2,361 UAH and 40 TRY.", None, &rules);
        let units: Vec<_> = claims.iter().filter_map(|c| c.unit.clone()).collect();
        assert_eq!(units, ["UAH", "TRY"]);
        // The year of a date is no count.
        let (_, claims) = extract_text("Invoices for Dec-2018 are missing.", None, &rules);
        assert!(claims.iter().all(|c| c.kind != Kind::Count), "{claims:?}");
        // Symbols in their own case, capitals too: "GW" and "mL", not "gw".
        let (_, claims) = extract_text("It lost 9 GW, 4 gw and a 5 mL dose.", None, &rules);
        let units: Vec<_> = claims.iter().filter_map(|c| c.unit.clone()).collect();
        assert_eq!(units, ["GW", "ml"]);
    }

    #[test]
    fn a_date_inside_a_code_is_none() {
        assert!(dates("The code of this object is 133-03-03-2020.").is_empty());
        assert_eq!(dates("It was filed 03-03-2020.").len(), 1);
    }
}
