//! Event resolution: which claims are about the same event. Two claims
//! match only when what happened (metric or topic), where (places) and when
//! (resolved dates of their sentences) agree; where the evidence is thin,
//! they do not match. "88 injured in Sumy on Monday 24 March" and "over 115
//! injured in Sumy on Palm Sunday" share a city and a metric but not a day:
//! two events.

use crate::claims::{Claim, DateRange, DocumentClaims, Kind};
use crate::rules::Lexicon;
use std::collections::HashMap;

/// What a claim says happened, where and when, for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    /// What is measured: `people:killed`, `duration:ceasefire`, `date`.
    pub family: String,
    /// Topics of the claim's sentence (for dates, the event they date).
    pub topics: Vec<String>,
    pub qualifiers: Vec<String>,
    /// What the claim's sentence says was struck ("a strike on a hospital"):
    /// strikes on different targets are different events.
    pub targets: Vec<String>,
    pub places: Vec<String>,
    /// The places of the finest kind among `places` (the cities, else the
    /// regions, else the countries), sorted: a figure for "Harbourton and
    /// Valmora" or for all Ukraine is not one for Harbourton.
    pub spot: Vec<String>,
    /// Dates the claim is placed at: its own for dates, those of its
    /// sentence otherwise.
    pub times: Vec<DateRange>,
    /// Whether the counted noun is a generic one (people, civilians).
    pub noun: Option<String>,
    /// The one date the claim is about: its own, or that of its clause
    /// when its sentence gives several ("88 injured on March 3, and more
    /// than 115 on April 13").
    pub own: Option<DateRange>,
    /// Whether the claim totals a period ("since Monday", "in the past
    /// week"; `own` is the period): a total and one day's figure are not
    /// one event, and two totals are only when their periods start alike.
    pub total: bool,
    /// Whether the claim's sentence brings in an event of its own ("Later
    /// on Monday, a drone attack killed seven"): in one article, such a
    /// figure is not about an event told of before it.
    pub new_event: bool,
    /// Whether the sentence says the count rose to the claim's value ("the
    /// toll had risen to seven"): in one article, an update of a smaller
    /// figure told before it.
    pub risen: bool,
    /// The part of the day the claim is placed at ("Monday morning"):
    /// a morning strike and an evening one are two.
    pub part: Option<String>,
    /// For a duration, the last word of what lasts ("truce", "deal"):
    /// a "30-day truce" and a "30-day ceasefire deal" agree, but only
    /// durations of the same words are called a contradiction (a 30-hour
    /// Easter truce is not a 30-day ceasefire told wrong).
    pub head: Option<String>,
}

/// Nouns for people in general; a specific group (children, soldiers) is
/// a subset, not a competing total.
const GENERIC_PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "individuals",
    "individual",
    "civilians",
    "civilian",
    "casualties",
];

/// The group a count of people counts when it is a specific one ("two
/// children", "a soldier"): labels name it, where the unit says "people".
pub(crate) fn specific_group(c: &Claim) -> Option<&str> {
    c.noun
        .as_deref()
        .filter(|n| c.unit.as_deref() == Some("people") && !GENERIC_PEOPLE.contains(n))
}

/// What a sentence tells of its events, read once per sentence (not once
/// per claim): its resolved dates and the parts of days they name ("Monday
/// evening"), the topics, qualifiers and targets its words name, and
/// whether it brings in an event of its own.
#[derive(Default)]
struct SentenceFacts<'a> {
    dates: Vec<DateRange>,
    parts: Vec<(DateRange, &'a str)>,
    topics: Vec<String>,
    qualifiers: Vec<String>,
    targets: Vec<String>,
    new_event: bool,
}

/// The signatures of every claim of a document, in claim order.
pub fn signatures(dc: &DocumentClaims, lex: &Lexicon) -> Vec<Option<Signature>> {
    let mut facts: HashMap<(usize, usize), SentenceFacts> = HashMap::new();
    for o in &dc.claims {
        let entry = facts
            .entry((o.sentence.start, o.sentence.end))
            .or_insert_with(|| {
                let sentence = &dc.document.prose[o.sentence.clone()];
                SentenceFacts {
                    topics: lex.topics_in(sentence),
                    qualifiers: lex.qualifiers_in(sentence),
                    targets: lex.targets_in(sentence),
                    new_event: brings_in_an_event(sentence),
                    ..Default::default()
                }
            });
        if let (true, Some(d)) = (o.kind.is_date(), o.date) {
            entry.dates.push(d);
            if let Some(part) = &o.part_of_day {
                entry.parts.push((d, part));
            }
        }
    }
    dc.claims
        .iter()
        .map(|c| {
            let sentence = &facts[&(c.sentence.start, c.sentence.end)];
            let mut sig = signature_with(dc, c, lex, sentence)?;
            // A count's part of the day is that of the date it is about.
            sig.part = match &c.part_of_day {
                Some(p) => Some(p.clone()),
                None if c.kind.is_date() => None,
                None => c.when.and_then(|w| {
                    sentence
                        .parts
                        .iter()
                        .find(|(d, _)| *d == w)
                        .map(|(_, p)| p.to_string())
                }),
            };
            Some(sig)
        })
        .collect()
}

/// The signature of a claim, or `None` for claims that name no event to
/// compare (a count with no metric, a title, a statement, an elapsed war,
/// an outdated figure), given what its sentence tells.
fn signature_with(
    dc: &DocumentClaims,
    c: &Claim,
    lex: &Lexicon,
    sentence: &SentenceFacts,
) -> Option<Signature> {
    let mut head = None;
    let family = match c.kind {
        Kind::Count | Kind::Quantity | Kind::Money | Kind::Percent => {
            format!("{}:{}", c.unit.as_deref()?, c.metric.as_deref()?)
        }
        Kind::Duration => {
            let event = c.event.as_ref()?;
            if event.relation != "of" {
                return None;
            }
            // What lasts: the topic its words name ("30-day truce",
            // "30-day ceasefire deal": a ceasefire), else its last word.
            let words = format!("{} {}", &dc.document.prose[c.span.clone()], event.phrase);
            let topic = lex.topics_in(&words).into_iter().next();
            let last = event.phrase.split_whitespace().last()?.to_lowercase();
            head = Some(last.clone());
            format!("duration:{}", topic.unwrap_or(last))
        }
        Kind::Date | Kind::Weekday => "date".to_string(),
        _ => return None,
    };
    // A running total over days no one gives ("bringing the toll to 120").
    if c.total && c.when.is_none() && !c.kind.is_date() {
        return None;
    }
    // A figure the article says was replaced ("first said 30").
    if c.outdated.is_some() {
        return None;
    }
    let times: Vec<DateRange> = if c.kind.is_date() {
        c.date.into_iter().collect()
    } else if let (true, Some(w)) = (c.total, c.when) {
        // Totals meet on the first day of their periods: "since March 11"
        // in an article of April and one of May count from one day.
        vec![DateRange {
            end: w.start,
            precision: crate::claims::Precision::Day,
            nominal: None,
            ..w
        }]
    } else {
        // The sentence's dates, when the claim is about one of them; not
        // those it was refused ("the highest since 2015", "said on
        // Tuesday that"), which leave it the date of the sentence before,
        // or none.
        match c.when {
            Some(w) if sentence.dates.contains(&w) => sentence.dates.clone(),
            Some(w) => vec![w],
            None => Vec::new(),
        }
    };
    // A count of people with no noun ("the death toll rose to 9") counts
    // people in general.
    let noun = match (&c.noun, c.unit.as_deref()) {
        (Some(n), _) if GENERIC_PEOPLE.contains(&n.as_str()) => Some("people".to_string()),
        (Some(n), _) => Some(n.clone()),
        (None, Some("people")) => Some("people".to_string()),
        (None, _) => None,
    };
    Some(Signature {
        family,
        topics: sentence.topics.clone(),
        qualifiers: sentence.qualifiers.clone(),
        targets: sentence.targets.clone(),
        places: c.places.clone(),
        spot: finest_places(&c.places, lex),
        times,
        own: if c.kind.is_date() { c.date } else { c.when },
        noun,
        total: c.total,
        new_event: !c.kind.is_date() && sentence.new_event,
        risen: RISEN.is_match(&dc.document.prose[c.sentence.start.min(c.span.start)..c.span.start]),
        part: None,
        head,
    })
}

/// A count's rise told right before it: "the toll had risen to", "climbed
/// to", "has reached".
static RISEN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:(?:rose|risen|rising|rises|climbed|climbing|increased|jumped|grown|grew|mounted|swelled)\s+to|reached|has\s+hit|had\s+hit)\s+$",
    )
    .expect("risen pattern")
});

/// The places of the finest kind among `places`, sorted.
fn finest_places(places: &[String], lex: &Lexicon) -> Vec<String> {
    let rank = |name: &str| match lex.place(name).map(|p| p.kind.as_str()) {
        Some("country") => 2,
        Some("region") => 1,
        None if name.ends_with(" region") => 1,
        _ => 0,
    };
    let Some(min) = places.iter().map(|p| rank(p)).min() else {
        return Vec::new();
    };
    let mut spot: Vec<String> = places.iter().filter(|p| rank(p) == min).cloned().collect();
    spot.sort();
    spot
}

/// An event told of with "a", "another" or "a second": "a drone attack
/// killed seven", "another strike hit the city".
static NEW_EVENT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:another|an?\s+(?:second|third|fourth|separate|further|new|later|different|fresh)|an?)\s+(?:[\w-]+\s+){0,3}?(?:strike|airstrike|attack|bombing|shelling|explosion|blast|raid|assault|incident|crash|fire|shooting|collision|stampede|storm|earthquake|flood|landslide|drone|missile|rocket|bomb)s?\b",
    )
    .expect("new event pattern")
});

/// Whether `sentence` brings in an event of its own (see `NEW_EVENT`);
/// not after a form of "be" ("it was a deliberate attack" names the one
/// told of).
pub fn brings_in_an_event(sentence: &str) -> bool {
    NEW_EVENT.find_iter(sentence).any(|m| {
        let before = sentence[..m.start()].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        ![
            "was", "is", "were", "are", "be", "been", "being", "what", "as",
        ]
        .contains(&word.as_str())
    })
}

/// How well two signatures agree; lower is a closer match: (qualifiers
/// differ, days of the coarser overlapping dates, places unconfirmed).
pub type Agreement = (u8, i64, u8);

/// How well two signatures agree, when they can be about one event at all.
pub fn agreement(a: &Signature, b: &Signature) -> Option<Agreement> {
    if a.family != b.family || a.noun != b.noun || a.total != b.total {
        return None;
    }
    if a.family == "date" && !a.topics.iter().any(|t| b.topics.contains(t)) {
        return None;
    }
    let qualifiers_agree = a.qualifiers == b.qualifiers;
    let qualifiers_clash = !a.qualifiers.is_empty()
        && !b.qualifiers.is_empty()
        && !a.qualifiers.iter().any(|q| b.qualifiers.contains(q));
    if qualifiers_clash || distinct_events(a, b) {
        return None;
    }
    let places_shared = a.places.iter().any(|p| b.places.contains(p));
    if !a.places.is_empty() && !b.places.is_empty() && !places_shared {
        return None;
    }
    let coarseness = a
        .times
        .iter()
        .flat_map(|x| {
            b.times
                .iter()
                .filter(move |y| x.overlaps(y))
                .map(move |y| span_days(x).max(span_days(y)))
        })
        .min()?;
    Some((
        u8::from(!qualifiers_agree),
        coarseness,
        u8::from(!places_shared),
    ))
}

/// Whether two signatures name different targets ("a strike on a
/// hospital", "a strike on a market"): not one event.
pub fn targets_clash(a: &Signature, b: &Signature) -> bool {
    !a.targets.is_empty()
        && !b.targets.is_empty()
        && !a.targets.iter().any(|t| b.targets.contains(t))
}

/// Whether two signatures name parts of the day that do not touch
/// ("Monday morning", "Monday evening"); a morning and an afternoon may be
/// one strike told two ways.
pub fn parts_clash(a: &Signature, b: &Signature) -> bool {
    const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
    let rank = |s: &Signature| {
        s.part
            .as_deref()
            .and_then(|p| PARTS.iter().position(|q| *q == p))
    };
    matches!((rank(a), rank(b)), (Some(x), Some(y)) if x.abs_diff(y) > 1)
}

/// Whether two signatures tell of different events however alike they
/// are otherwise: different targets struck, or parts of the day apart.
pub fn distinct_events(a: &Signature, b: &Signature) -> bool {
    targets_clash(a, b) || parts_clash(a, b)
}

/// The most days the coarser date of two claims may span for differing
/// values to be a contradiction: a day, or a night or weekend. "Last week,
/// 12 killed in Harbourton" and "on Thursday, five killed in Harbourton"
/// may be two strikes of that week.
pub const MAX_CONTRADICTION_DAYS: i64 = 2;

/// Whether the evidence that two claims are about one event is strong
/// enough to call differing values a contradiction: the same places (of
/// the finest kind each names: "Harbourton and Valmora" is not Harbourton), and
/// dates no coarser than a day or a night (`MAX_CONTRADICTION_DAYS`).
pub fn strong(a: &Signature, b: &Signature, agreement: Agreement) -> bool {
    let (_, coarseness, unconfirmed_place) = agreement;
    let placed = (unconfirmed_place == 0 && a.spot == b.spot)
        || (a.family.starts_with("duration:")
            && a.qualifiers == b.qualifiers
            && !a.qualifiers.is_empty());
    // Sentences may share a day that neither claim is about: each claim's
    // own date must meet the other's too.
    let own_dates_meet = match (a.own, b.own) {
        (Some(x), Some(y)) => x.overlaps(&y),
        _ => true,
    };
    // And be of one day or night itself: "raising the toll this year to
    // 31" beside "on Tuesday" is dated this year, whatever its sentence's
    // other date.
    let own_days = [a.own, b.own]
        .iter()
        .flatten()
        .all(|d| a.total || span_days(d) <= MAX_CONTRADICTION_DAYS);
    placed && coarseness <= MAX_CONTRADICTION_DAYS && own_dates_meet && own_days && a.head == b.head
}

pub fn span_days(d: &DateRange) -> i64 {
    (d.end - d.start).get_days() as i64 + 1
}

/// A short description of the event two signatures share.
pub fn describe(a: &Signature, b: &Signature) -> String {
    // "children killed", not "people killed", when both count children.
    let family = match (a.family.strip_prefix("people:"), a.noun.as_deref()) {
        (Some(metric), Some(group)) if group != "people" => format!("{group} {metric}"),
        _ => a.family.replace(':', " "),
    };
    let mut parts = vec![family];
    let quals: Vec<&String> = a
        .qualifiers
        .iter()
        .filter(|q| b.qualifiers.contains(q))
        .collect();
    if !quals.is_empty() {
        parts.push(
            quals
                .iter()
                .map(|q| q.as_str())
                .collect::<Vec<_>>()
                .join("/"),
        );
    }
    let targets: Vec<&str> = a
        .targets
        .iter()
        .filter(|t| b.targets.contains(t))
        .map(String::as_str)
        .collect();
    if !targets.is_empty() {
        parts.push(format!("at {}", targets.join("/")));
    }
    let places: Vec<&String> = a.places.iter().filter(|p| b.places.contains(p)).collect();
    if !places.is_empty() {
        parts.push(format!(
            "in {}",
            places
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if let Some(t) = a
        .times
        .iter()
        .find(|x| b.times.iter().any(|y| x.overlaps(y)))
    {
        match a.own.filter(|_| a.total) {
            Some(p) => parts.push(format!("totals from {}", p.start)),
            None => match a.part.as_deref().filter(|p| b.part.as_deref() == Some(*p)) {
                Some(part) => parts.push(format!("on {} ({part})", t.display())),
                None => parts.push(format!("on {}", t.display())),
            },
        }
    }
    parts.join(" · ")
}

/// Dates spanning more days than this are not indexed: they are too coarse
/// to place a claim on an event.
pub const MAX_INDEXED_DAYS: i64 = 62;

/// In a day crowded with claims of one kind, each claim is compared with
/// at most this many others of that day (its neighbours in corpus order),
/// so the work per claim stays bounded however dense the archive.
pub const MAX_NEIGHBOURS: usize = 24;

/// Pairs of items that share a key and a day of their dates: the only
/// pairs worth comparing. Indexing by (key, day) keeps the work per claim
/// bounded by how many claims of that kind fall on the same days, whatever
/// the size of the corpus (and by `MAX_NEIGHBOURS` in a crowded day).
/// Pairs come out sorted, each once.
pub fn candidate_pairs<T: Ord + Copy, K: Ord + Clone>(
    items: impl IntoIterator<Item = (T, K, Vec<DateRange>)>,
) -> Vec<(T, T)> {
    let mut keys: Vec<K> = Vec::new();
    let mut entries: Vec<(u32, i32, T)> = Vec::new();
    let mut key_ids: std::collections::BTreeMap<K, u32> = Default::default();
    for (item, key, times) in items {
        let id = *key_ids.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            keys.len() as u32 - 1
        });
        for t in times.iter().filter(|t| span_days(t) <= MAX_INDEXED_DAYS) {
            let first = day_number(t.start);
            for day in first..=day_number(t.end) {
                entries.push((id, day, item));
            }
        }
    }
    entries.sort_unstable();
    entries.dedup();
    let mut pairs = Vec::new();
    let mut start = 0;
    while start < entries.len() {
        let (id, day, _) = entries[start];
        let end = start + entries[start..].partition_point(|e| (e.0, e.1) == (id, day));
        let members = &entries[start..end];
        for (k, a) in members.iter().enumerate() {
            for b in members[k + 1..].iter().take(MAX_NEIGHBOURS) {
                pairs.push(if a.2 < b.2 { (a.2, b.2) } else { (b.2, a.2) });
            }
        }
        start = end;
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The days a date spans, as day numbers (for indexing claims by day).
pub fn day_numbers(t: &DateRange) -> std::ops::RangeInclusive<i32> {
    day_number(t.start)..=day_number(t.end)
}

/// Days since 1970-01-01.
fn day_number(d: jiff::civil::Date) -> i32 {
    (d - jiff::civil::Date::constant(1970, 1, 1)).get_days()
}

#[cfg(test)]
mod tests {
    use super::brings_in_an_event;

    #[test]
    fn an_event_told_of_with_a_or_another_is_one_of_its_own() {
        for s in [
            "Later on Monday, a drone attack killed seven people.",
            "Another strike hit the city at noon, killing three.",
            "Seven people died in a second Russian missile strike.",
            "A separate explosion injured four.",
            "On Monday evening, a drone killed three people.",
        ] {
            assert!(brings_in_an_event(s), "{s}");
        }
        for s in [
            "The Monday strike on Harbourton killed 15 people.",
            "It was a deliberate attack on civilians, killing 15.",
            "The attack killed 15 people, officials said.",
            "15 people were killed in what was a missile strike.",
        ] {
            assert!(!brings_in_an_event(s), "{s}");
        }
    }
}
