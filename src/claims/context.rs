//! The context of a claim in its sentence: what happened to what it counts
//! (the metric, from cue words near it), where (places named), who says it
//! (attribution) and whether it is hedged ("claimed that", "reportedly",
//! "according to", an anonymous official).
//!
//! Hedges have scopes, because news sentences mix voices: "Russia's defence
//! ministry claimed it targeted a meeting" hedges what follows "claimed",
//! not the count before it; "a meeting, which reportedly ended in an
//! argument" hedges its own clause only; "according to X" the whole sentence.

use super::{Attribution, Claim, Kind};
use crate::rules::{Lexicon, RuleSet};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A word of a sentence: byte range (in the document) and lower-case form.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    range: Range<usize>,
    norm: String,
}

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*").unwrap());
pub(super) static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#",[”'’"]?\s+(?:which|who|while|whereas|but|although|though)\b|;|\s[–—]\s"#)
        .unwrap()
});
/// A clause joined to the one before it: ", and", ", but", "; ".
static COORDINATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+(?:and|but|while|yet|as)\s|;").unwrap());
static SCOPE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+(?:a|an|which|who|where)\b|;").unwrap());

/// The words of a sentence, with an index by lower-case form so that a
/// phrase is found by binary search rather than by a scan per phrase.
pub(crate) struct Words {
    toks: Vec<Token>,
    /// (token index, whether the key is the possessive's base) sorted by key.
    index: Vec<(u32, bool)>,
    /// A 256-bit Bloom filter of the keys: most cue phrases of a word list
    /// are absent from a sentence, and are ruled out without a search.
    bloom: [u64; 4],
}

/// The Bloom filter bit of a key (FNV-1a, folded to 8 bits).
fn bloom_bit(key: &str) -> (usize, u64) {
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    let bit = (h ^ (h >> 8) ^ (h >> 16) ^ (h >> 24)) as u8;
    (usize::from(bit >> 6), 1u64 << (bit & 63))
}

impl std::ops::Deref for Words {
    type Target = [Token];
    fn deref(&self) -> &[Token] {
        &self.toks
    }
}

impl Words {
    fn key(&self, (i, base): (u32, bool)) -> &str {
        let n = &self.toks[i as usize].norm;
        if base {
            &n[..n.len() - 2]
        } else {
            n
        }
    }

    /// Indices of the tokens where `phrase` (lower case, single spaces) starts.
    fn find(&self, phrase: &str) -> Vec<usize> {
        let (first, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
        let (word, bit) = bloom_bit(first);
        if self.bloom[word] & bit == 0 {
            return Vec::new();
        }
        let lo = self.index.partition_point(|&e| self.key(e) < first);
        if lo == self.index.len() || self.key(self.index[lo]) != first {
            return Vec::new();
        }
        let rest: Vec<&str> = if rest.is_empty() {
            Vec::new()
        } else {
            rest.split(' ').collect()
        };
        let mut out: Vec<usize> = self.index[lo..]
            .iter()
            .take_while(|&&e| self.key(e) == first)
            .map(|&(i, _)| i as usize)
            .filter(|&i| self.continues(i + 1, &rest))
            .collect();
        out.sort_unstable();
        out
    }

    /// Whether `phrase` starts at token `at`.
    fn starts_at(&self, at: usize, phrase: &str) -> bool {
        let words: Vec<&str> = phrase.split(' ').collect();
        self.continues(at, &words)
    }

    fn continues(&self, at: usize, words: &[&str]) -> bool {
        at + words.len() <= self.toks.len()
            && words.iter().enumerate().all(|(k, w)| {
                let n = &self.toks[at + k].norm;
                n == w || possessive_of(n, w)
            })
    }
}

/// Lower case, curly apostrophes straight, trailing apostrophes and hyphens
/// dropped: one allocation per word.
fn normalize_token(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '’' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    while out.ends_with(['\'', '-']) {
        out.pop();
    }
    out
}

/// The words of `sentence`, indexed.
pub(crate) fn words(prose: &str, sentence: &Range<usize>) -> Words {
    let s = &prose[sentence.clone()];
    let toks: Vec<Token> = WORD
        .find_iter(s)
        .map(|m| Token {
            range: sentence.start + m.start()..sentence.start + m.end(),
            norm: normalize_token(m.as_str()),
        })
        .collect();
    let mut index: Vec<(u32, bool)> = Vec::with_capacity(toks.len() + 4);
    for (i, t) in toks.iter().enumerate() {
        index.push((i as u32, false));
        if t.norm.ends_with("'s") {
            index.push((i as u32, true));
        }
    }
    let mut w = Words {
        toks,
        index: Vec::new(),
        bloom: [0; 4],
    };
    index.sort_by(|a, b| w.key(*a).cmp(w.key(*b)).then(a.0.cmp(&b.0)));
    for &e in &index {
        let (word, bit) = bloom_bit(w.key(e));
        w.bloom[word] |= bit;
    }
    w.index = index;
    w
}

fn possessive_of(token: &str, word: &str) -> bool {
    token.strip_suffix("'s").is_some_and(|t| t == word)
}

/// Whether the text between two tokens breaks a clause (punctuation other
/// than a comma-free space).
fn gap_breaks(prose: &str, a: &Token, b: &Token) -> bool {
    let gap = &prose[a.range.end..b.range.start];
    gap.contains([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '.'])
}

/// Whether an article is about fighting (lexicon `fighting_words`): only
/// there is a speaker such as "the army" a party to it.
pub fn about_fighting(prose: &str, lex: &Lexicon) -> bool {
    // Read in place, up to the first such word (the words are lower case:
    // the lexicon normalizes them).
    let words: Vec<&str> = prose
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let phrases: Vec<Vec<&str>> = lex
        .context
        .fighting_words
        .iter()
        .map(|p| p.split(' ').collect())
        .collect();
    (0..words.len()).any(|i| {
        phrases.iter().any(|phrase| {
            phrase
                .iter()
                .enumerate()
                .all(|(k, p)| words.get(i + k).is_some_and(|w| w.eq_ignore_ascii_case(p)))
        })
    })
}

/// Fills in the context of the claims of one sentence; `fighting` says
/// whether its article is about fighting ([`about_fighting`]).
pub fn annotate(
    claims: &mut [&mut Claim],
    prose: &str,
    sentence: &Range<usize>,
    toks: &Words,
    rules: &RuleSet,
    fighting: bool,
) {
    let lex = &rules.lexicon;
    let placed = places_at(prose, sentence, rules);
    let places = names(&placed);
    // The figures of the sentence (not its dates), in order, and where
    // each starts.
    let figure_spans: Vec<Range<usize>> = {
        let mut v: Vec<Range<usize>> = claims
            .iter()
            .filter(|c| !c.kind.is_date())
            .map(|c| c.span.clone())
            .collect();
        v.sort_unstable_by_key(|r| (r.start, r.end));
        v
    };
    let figures: Vec<usize> = figure_spans.iter().map(|r| r.start).collect();
    let attributions = attributions(prose, toks, lex);
    let hedges = hedge_scopes(prose, sentence, toks, lex);
    for i in 0..claims.len() {
        // "An average of 12 people a day": a rate takes no metric, not
        // even its rule's ("killed 4 a day").
        let rate = matches!(claims[i].kind, Kind::Count | Kind::Number)
            && super::rates::is_rate(prose, sentence, &claims[i].span);
        if rate {
            claims[i].metric = None;
        }
        let wants_metric = claims[i].metric.is_none()
            && !rate
            && matches!(claims[i].kind, Kind::Count | Kind::Number)
            && !whole_of_a_share(claims, i, prose);
        let whole = wants_metric
            .then(|| part_of(claims, i, prose, sentence, lex))
            .flatten();
        // "and three in Valmora" counts what the count before it counts.
        let gapped = (claims[i].rule == super::elided::GAPPED_RULE)
            .then(|| {
                claims[..i]
                    .iter()
                    .rev()
                    .find(|c| c.kind == Kind::Count)
                    .and_then(|c| c.metric.clone())
            })
            .flatten();
        // Its own cue, else the verb of the count before it ("killed 40
        // people last week, and 9 people on Monday"): looked for only when
        // neither "and three in Valmora" nor a whole gives the metric.
        let own = (wants_metric
            && gapped.is_none()
            && whole.is_none()
            && adds_to_a_count(prose, claims[i].span.start).is_none())
        .then(|| {
            metric_for(&*claims[i], prose, toks, lex, &figure_spans)
                .or_else(|| super::coordinated::shared_metric(claims, i, prose, sentence, lex))
        });
        let claim = &mut claims[i];
        claim.places = if claim.kind.is_date() {
            places.clone()
        } else {
            places_of_figure(prose, &placed, &figures, &claim.span)
                .unwrap_or_else(|| places.clone())
        };
        if let (true, Some(metric)) = (wants_metric, gapped) {
            claim.metric = Some(metric);
        } else if wants_metric {
            if let Some((span, metric)) = whole {
                claim.metric = Some(metric);
                claim.part_of = Some(span);
            } else if let Some(found) = own {
                claim.metric = found;
            }
        }
        // "Six people, including the gunman, died": a count with the
        // attacker in it is not one of the victims ("the gunman killed
        // five"), nor set against one.
        if claim.unit.as_deref() == Some("people") {
            if let Some(who) = with_the_attacker(prose, sentence, &claim.span, &figures) {
                let noun = claim.noun.as_deref().unwrap_or("people");
                claim.noun = Some(format!("{noun} including the {who}"));
            }
        }
        let at = claim.span.start;
        // A speaker in another clause ("..., although he acknowledged") does
        // not vouch for the claim; "according to" frames the whole sentence.
        let breaks: Vec<usize> = CLAUSE_BREAK
            .find_iter(&prose[sentence.clone()])
            .map(|m| sentence.start + m.start())
            .collect();
        // A title names a person; the verb of saying near it is usually theirs.
        if claim.kind == Kind::Title {
            continue;
        }
        let said = attributions
            .iter()
            .filter(|s| {
                let (lo, hi) = if s.at < at {
                    (s.at, at)
                } else if s.complement
                    && prose
                        .get(claim.span.end..s.at)
                        .is_some_and(|gap| COORDINATED.is_match(gap))
                {
                    // "Ukraine has fought a two-year war, and the army
                    // claimed that …": the figure before is not what the
                    // speaker said ("On Monday, officials said that …" is).
                    return false;
                } else {
                    (claim.span.end, s.at)
                };
                s.attribution.verb == "according to" || !breaks.iter().any(|b| (lo..hi).contains(b))
            })
            .min_by_key(|s| s.at.abs_diff(at));
        claim.attribution = said.map(|s| s.attribution.clone());
        // A party's account is what follows its verb, or what a verb
        // closing the sentence reports ("…, the army said."); not the
        // article's own words before the speaker ("In both instances,
        // the ministry claimed …").
        let party = said
            .filter(|s| fighting && !claim.kind.is_date() && (s.at < at || s.closing))
            .and_then(|s| party_source(prose, sentence, &s.attribution.source, lex));
        claim.party = party.as_ref().map(|(word, _)| word.clone());
        if let Some((_, word, cue_at)) = hedges
            .iter()
            .find(|(scope, _, _)| scope.start <= at && claim.span.end <= scope.end)
        {
            claim.hedged_by = Some(word.clone());
            claim.hedged_at = Some(*cue_at);
        } else if let Some((word, at)) = party {
            claim.hedged_by = Some(format!("{word} (a party to the fighting)"));
            claim.hedged_at = Some(at);
        }
        claim.outdated = super::outdated::cue(prose, sentence, &claim.span, claim.kind.is_date());
    }
}

/// Rule id of statements: hedged clauses with no number, made by the
/// context stage rather than by a rule pack.
pub const STATEMENT_RULE: &str = "statement.hedged";

/// The hedged clauses of a sentence that hold none of its claims, as
/// `statement` claims: "the ministry claimed it targeted a meeting" is an
/// assertion to verify even without a number.
pub fn statements(
    prose: &str,
    sentence: &Range<usize>,
    claims: &[Claim],
    toks: &Words,
    rules: &RuleSet,
) -> Vec<Claim> {
    let lex = &rules.lexicon;
    let attributions = attributions(prose, toks, lex);
    let mut out: Vec<Claim> = Vec::new();
    // Scopes that hold none of the sentence's claims, overlapping ones merged
    // (the first cue names the merged statement).
    let mut scopes: Vec<(Range<usize>, String, usize)> = hedge_scopes(prose, sentence, toks, lex)
        .into_iter()
        .filter(|(scope, _, _)| {
            !claims.iter().any(|c| {
                !matches!(c.kind, Kind::Title)
                    && scope.start <= c.span.start
                    && c.span.end <= scope.end
            })
        })
        .map(|(scope, word, at)| (scope.start.min(at)..scope.end, word, at))
        .collect();
    scopes.sort_by_key(|(r, _, _)| (r.start, r.end));
    let mut merged: Vec<(Range<usize>, String, usize)> = Vec::new();
    for (r, word, at) in scopes {
        match merged.last_mut() {
            Some(last) if r.start < last.0.end => last.0.end = last.0.end.max(r.end),
            _ => merged.push((r, word, at)),
        }
    }
    for (range, word, at) in merged {
        let text = &prose[range.clone()];
        let body = text.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | '–' | '—' | '-')
        });
        let lead = text.len() - body.len();
        let trimmed = body
            .trim_end()
            .trim_end_matches(['.', ',', ';', ':', '"', '”', '’'])
            .trim_end();
        let span = range.start + lead..range.start + lead + trimmed.len();
        if trimmed.split_whitespace().count() < 4 {
            continue;
        }
        let attribution = attributions
            .iter()
            .min_by_key(|s| s.at.abs_diff(at))
            .map(|s| s.attribution.clone());
        let mut claim = Claim::new(STATEMENT_RULE, Kind::Statement, span, sentence.clone());
        claim.attribution = attribution;
        claim.hedged_by = Some(word);
        claim.hedged_at = Some(at);
        claim.places = places_in(prose, sentence, rules);
        out.push(claim);
    }
    out
}

/// The epistemic hedge of a sentence with no claims of its own that hedges
/// the sentence before it: an anonymous official confirming what was said.
pub fn hedges_previous(toks: &Words, lex: &Lexicon) -> Option<(String, usize)> {
    lex.context
        .sentence_hedges
        .iter()
        .filter(|h| h.contains("anonym") || h.contains("unnamed") || h.contains("not authorized"))
        .find_map(|h| {
            toks.find(h)
                .first()
                .map(|&i| (h.clone(), toks[i].range.start))
        })
}

pub(crate) fn places_in(prose: &str, sentence: &Range<usize>, rules: &RuleSet) -> Vec<String> {
    names(&places_at(prose, sentence, rules))
}

/// The places a sentence names, each with where it stands in the prose.
fn places_at(prose: &str, sentence: &Range<usize>, rules: &RuleSet) -> Vec<(usize, String)> {
    let Some(re) = &rules.places else {
        return Vec::new();
    };
    let text = &prose[sentence.clone()];
    let mut out = Vec::new();
    for m in re.find_iter(text) {
        if let Some(p) = rules.lexicon.place(m.as_str()) {
            // "the Kharkiv region", "Kharkiv oblast": the region around a
            // city, another place (a count there is no count of the city).
            let after = &text[m.end()..];
            let name = if p.kind == "city" && REGION_AFTER.is_match(after) {
                format!("{} region", p.name)
            } else if after.starts_with('-') && after[1..].starts_with(|c: char| c.is_lowercase()) {
                // "the Moscow-installed leader", "a Kyiv-based analyst":
                // no place where anything happened.
                continue;
            } else {
                p.name.clone()
            };
            out.push((sentence.start + m.start(), name));
        }
    }
    out
}

/// The names of places, each once, in order.
fn names(placed: &[(usize, String)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, name) in placed {
        if !out.contains(name) {
            out.push(name.clone());
        }
    }
    out
}

/// The places of one figure of a sentence that names several: those from
/// it to the next figure (or "and" with a number: "Five people were killed
/// in Harbourton on Monday and three in Valmora"), else those before the
/// first figure ("In Harbourton, five were killed and three injured, and
/// one in Valmora": five and three in Harbourton). `None` when neither
/// names a place (then it has all of the sentence's: "killed five and
/// injured 12 in Harbourton").
fn places_of_figure(
    prose: &str,
    placed: &[(usize, String)],
    figures: &[usize],
    span: &Range<usize>,
) -> Option<Vec<String>> {
    if placed.len() < 2 {
        return None;
    }
    // Up to the last place: "and three" stands before its "in Valmora".
    let sentence_end = placed.last().map_or(span.end, |(p, _)| *p);
    let and_number = AND_NUMBER
        .find(&prose[span.end..sentence_end.max(span.end)])
        .map_or(usize::MAX, |m| span.end + m.start());
    let next = figures
        .iter()
        .find(|f| **f > span.start)
        .copied()
        .unwrap_or(usize::MAX)
        .min(and_number);
    if next == usize::MAX && figures.len() < 2 {
        return None;
    }
    let within = |from: usize, to: usize| -> Vec<(usize, String)> {
        placed
            .iter()
            .filter(|(p, _)| *p >= from && *p < to)
            .cloned()
            .collect()
    };
    let own = within(span.start, next);
    let before = within(0, figures[0]);
    match (own.is_empty(), before.is_empty()) {
        (false, _) => Some(names(&own)),
        (true, false) => Some(names(&before)),
        (true, true) => None,
    }
}

/// "and" before a number, opening the next figure's clause ("and three
/// in Valmora").
static AND_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\band\s+(?:another\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|dozens|hundreds)\b)")
        .expect("and-number pattern")
});

/// A word after a city's name that makes it the region around it.
static REGION_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:\s+|-)(?i:region|oblast|province|governorate)\b")
        .expect("region pattern")
});

/// The count a claim is part of, and its metric: "killed 35 people,
/// including two children, and injured 117" killed the two children too,
/// whatever cue stands nearer.
fn part_of(
    claims: &[&mut Claim],
    i: usize,
    prose: &str,
    sentence: &Range<usize>,
    lex: &Lexicon,
) -> Option<(Range<usize>, String)> {
    let claim = &claims[i];
    let before = prose[sentence.start..claim.span.start.max(sentence.start)].trim_end();
    let lead = [
        "including",
        "among them",
        "among whom",
        "of whom",
        "among those",
    ]
    .into_iter()
    .find(|w| super::numerals::ends_with_word(before, w))?;
    let gap = &before[..before.len() - lead.len()];
    let class = |c: &Claim| {
        lex.unit(c.noun.as_deref().or(c.unit.as_deref())?)
            .map(|u| u.class.clone())
    };
    // The count before it ("killed 35 people on Monday, including"), in
    // the same clause but for commas.
    let whole = claims[..i]
        .iter()
        .rev()
        .find(|w| w.kind == Kind::Count)
        .filter(|w| {
            w.span.end <= sentence.start + gap.len()
                && !prose[w.span.end..sentence.start + gap.len()].contains([';', ':', '(', ')'])
        })?;
    (class(whole)? == class(claim)?)
        .then(|| Some((whole.span.clone(), whole.metric.clone()?)))
        .flatten()
}

/// The word before a count that adds it to one given before: "another 20
/// people were injured", "a further 20", "an additional 20". Such a count
/// is no toll, and takes no metric to be compared with one.
pub fn adds_to_a_count(prose: &str, start: usize) -> Option<&'static str> {
    let before = prose[..start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    ["another", "further", "additional"]
        .into_iter()
        .find(|w| *w == word)
}

/// Whether claim `i` is the whole a share before it is taken from: "a
/// third of the 3,000 homes were damaged", "30% of its 500 staff were
/// laid off": what happened is the share's, so the whole takes no metric
/// (it had been 3,000 homes damaged).
fn whole_of_a_share(claims: &[&mut Claim], i: usize, prose: &str) -> bool {
    let start = claims[i].span.start;
    claims[..i].iter().any(|share| {
        if share.kind != Kind::Percent || share.span.end > start {
            return false;
        }
        // "of" may be the share's ("a third of") or stand between ("30%
        // of"); determiners after it.
        let gap = prose[share.span.end..start].to_lowercase();
        let mut words = gap.split_whitespace().peekable();
        let of = prose[share.span.clone()].to_lowercase().ends_with(" of")
            || words.next_if_eq(&"of").is_some();
        of && words.all(|w| matches!(w, "the" | "its" | "their" | "all" | "those" | "these"))
    })
}

/// The nearest metric cue (within six words) whose metric applies to the
/// claim's unit class: "injured 88 people", "35 civilians were killed",
/// "the deaths of 35 civilians". A whole a sentence opens with ("Of the
/// 147 drones, 97 were shot down") takes no cue past its comma: what
/// follows is the part's. A cue inside another figure ("150 people,
/// including 20 wounded soldiers") is that figure's.
fn metric_for(
    claim: &Claim,
    prose: &str,
    toks: &Words,
    lex: &Lexicon,
    figures: &[Range<usize>],
) -> Option<String> {
    let class = lex
        .unit(claim.noun.as_deref().or(claim.unit.as_deref())?)?
        .class
        .clone();
    let first = toks.iter().position(|t| t.range.end > claim.span.start)?;
    let last = toks.iter().rposition(|t| t.range.start < claim.span.end)?;
    let opening_whole = first > 0
        && toks[0].norm == "of"
        && toks[1..first]
            .iter()
            .all(|t| matches!(t.norm.as_str(), "the" | "all" | "those" | "these"));
    // Distance, after the claim or not, longer cue first: lower is nearer.
    type Rank = (usize, usize, std::cmp::Reverse<usize>);
    let mut best: Option<(Rank, &str, usize)> = None;
    for metric in lex.metrics.iter().filter(|m| m.classes.contains(&class)) {
        for cue in &metric.cues {
            let len = cue.split(' ').count();
            for i in toks.find(cue) {
                let at = toks[i].range.start;
                if figures.iter().any(|f| *f != claim.span && f.contains(&at)) {
                    continue;
                }
                let (dist, after) = if i + len <= first {
                    // "fired 200 shells, of which two were duds": what
                    // happened to a part is said after it; to "two others",
                    // after them or right before ("wounded two others"),
                    // not as the count before them ("three drones were
                    // downed and two others crashed").
                    if claim.rule == super::elided::ELIDED_RULE
                        || (claim.rule == super::elided::OTHERS_RULE && i + len < first)
                    {
                        continue;
                    }
                    // "shot down 97 of 127 drones launched overnight, as
                    // well as 4 of 6 missiles": a participle right after
                    // another figure is that figure's, unless the count is
                    // its object ("two gunmen killed 12 people").
                    if i + len < first
                        && figures.iter().any(|f| {
                            *f != claim.span && f.end <= at && prose[f.end..at].trim().is_empty()
                        })
                    {
                        continue;
                    }
                    // "killed 12 people, and 30 people in the city were
                    // evacuated": a verb before another figure is that
                    // figure's; a second object of it ("killed 12 soldiers
                    // and 3 civilians") is found by `coordinated`.
                    let cue_end = toks[i + len - 1].range.end;
                    if claim.rule != super::elided::OTHERS_RULE
                        && figures.iter().any(|f| {
                            *f != claim.span && f.start >= cue_end && f.end <= claim.span.start
                        })
                    {
                        continue;
                    }
                    (first - (i + len), 0)
                } else if i > last {
                    let gap = &prose[claim.span.end..toks[i].range.start];
                    if (opening_whole && gap.contains(',')) || ANOTHER_SUBJECT.is_match(gap) {
                        continue;
                    }
                    // "Two soldiers killed 3 civilians": a verb with a
                    // figure for its object is what the subject did.
                    let cue_end = toks[i + len - 1].range.end;
                    if figures.iter().any(|f| {
                        *f != claim.span
                            && f.start >= cue_end
                            && prose[cue_end..f.start].trim().is_empty()
                    }) {
                        continue;
                    }
                    (i - last - 1, 1)
                } else {
                    continue;
                };
                let key = (dist, after, std::cmp::Reverse(len));
                if dist <= 6 && best.is_none_or(|(b, _, _)| key < b) {
                    best = Some((key, &metric.name, i + len));
                }
            }
        }
    }
    let ((dist, after, _), metric, end) = best?;
    // "Ten people injured in the attack remain in hospital": the cue right
    // after the count is a modifier, and the clause's verb comes later;
    // those counted are some of the injured, not how many were. "The 35
    // people killed were civilians" counts all of them.
    let whole = first > 0
        && matches!(
            toks[first - 1].norm.as_str(),
            "the" | "all" | "those" | "these"
        );
    if (dist, after) == (0, 1) && end < toks.len() && !whole {
        let rest = &prose[toks[end - 1].range.end..toks[toks.len() - 1].range.end];
        let clause = rest
            .find([',', ';', ':', '(', '\u{2014}', '\u{2013}'])
            .map_or(rest, |k| &rest[..k]);
        // "20 people injured and three remain in hospital": another clause.
        let clause = CLAUSE_WORD
            .find(clause)
            .map_or(clause, |m| &clause[..m.start()]);
        if LATER_VERB.is_match(clause) {
            return None;
        }
    }
    Some(metric.to_string())
}

/// The count's clause ends, and another with its own subject follows,
/// before a cue: "twelve people were rescued and dozens remain missing",
/// "12 were rescued, while 30 are missing", "12 were rescued; others are
/// missing". What is missing is the others. ("12 people were shot and
/// killed", "12 civilians and 3 soldiers were killed": one clause.)
static ANOTHER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:;|\b(?:were|was|are|is|been)\s+[\w'’-]+\s*,?\s+(?:and|but|while|whereas)\s+(?:the\s+rest|others?|dozens|scores|hundreds|thousands|many|some|several|most|more|few|none|they|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b))",
    )
    .expect("another subject pattern")
});

/// The attacker a count of people says it includes, after the count and
/// before the next figure of its sentence: "six people, including the
/// gunman, died", "four died, including two suspected bombers" (the
/// "including" before the next figure, which may be the attackers).
fn with_the_attacker(
    prose: &str,
    sentence: &Range<usize>,
    span: &Range<usize>,
    figures: &[usize],
) -> Option<String> {
    let next = figures
        .iter()
        .copied()
        .find(|&f| f >= span.end)
        .unwrap_or(sentence.end)
        .min(sentence.end);
    let after = prose.get(span.end..sentence.end.max(span.end))?;
    let m = WITH_ATTACKER.captures(after)?;
    (span.end + m.get(0)?.start() < next).then(|| m[1].to_lowercase())
}

/// "including the gunman", "including two attackers".
static WITH_ATTACKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bincluding\s+(?:the\s+|a\s+|an\s+|one\s+|two\s+|three\s+|both\s+)?(?:(?:suspected|alleged|lone|presumed)\s+)?(gunm[ae]n|attackers?|shooters?|suspects?|bombers?|assailants?|perpetrators?|hijackers?)\b",
    )
    .expect("with-attacker pattern")
});

/// A word that opens another clause.
static CLAUSE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:and|but|or|while|as|after|when|which|who|where|whereas|because|since|until)\b",
    )
    .expect("clause word pattern")
});

/// A verb after a count and its participle that is the clause's own:
/// "(ten people injured in the attack) remain in hospital", "(14 people
/// injured on Monday) had been discharged".
static LATER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s+[\w'’.-]+){0,8}?\s+(?:remain|remains|remained|are|were|have\s+been|has\s+been|had\s+been|have\s+died|had\s+died|died|stay|stayed)\b")
        .expect("later verb pattern")
});

/// A verb of saying in a sentence, and who speaks.
struct Said {
    /// Where the verb stands in the file.
    at: usize,
    attribution: Attribution,
    /// "that" follows the verb: what is said comes after it ("…, and the
    /// army claimed that 9 drones were shot down" does not vouch for the
    /// figures before it).
    complement: bool,
    /// The verb closes its sentence ("…, the army said on Monday.") or,
    /// set off by commas with its speaker, its clause ("…, the army said,
    /// in the latest fighting"): it reports what comes before.
    closing: bool,
}

/// The verbs of saying of a sentence, in order.
fn attributions(prose: &str, toks: &Words, lex: &Lexicon) -> Vec<Said> {
    const SKIP: &[&str] = &[
        "also",
        "has",
        "have",
        "had",
        "publicly",
        "reportedly",
        "later",
        "then",
        "previously",
        "on",
        "in",
        "at",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "evening",
        "morning",
        "afternoon",
        "night",
        "last",
        "yesterday",
        "today",
        "earlier",
        "had",
        "would",
        "has",
        "is",
        "was",
        "been",
        "once",
        "again",
        "further",
        "initially",
        "originally",
        "subsequently",
        "separately",
        "meanwhile",
        "now",
        "still",
    ];
    const STOP: &[&str] = &[
        "that", "and", "but", "while", "as", "which", "who", "when", "because", "after", "before",
        "if", "although", "though", "with", "without", "whom", "whose", "where", "so",
    ];
    // "met local commanders, who told him": the verb before the noun a
    // relative clause hangs on is not part of the speaker.
    const MET: &[&str] = &[
        "met",
        "meets",
        "visited",
        "called",
        "thanked",
        "told",
        "briefed",
        "joined",
        "addressed",
    ];
    let mut out = Vec::new();
    for verb in &lex.context.attribution_verbs {
        let len = verb.split(' ').count();
        for i in toks.find(verb) {
            // "claimed by Moscow" names no speaker; "insurance claims
            // filed" is the noun.
            // "were confirmed by the ministry": the agent speaks (but
            // territory "claimed by Moscow" is no statement).
            let passive = passive_agent(prose, toks, i, len);
            let agent_speaks =
                matches!(passive, Some(Some(_))) && !matches!(verb.as_str(), "claimed" | "claims");
            if !agent_speaks
                && (is_negated(toks, i + len, lex) || claims_as_noun(verb, &toks[i + len..]))
            {
                continue;
            }
            // "That is to say", "needless to say", "I dare say": no one
            // is quoted.
            if verb == "say"
                && i > 0
                && matches!(toks[i - 1].norm.as_str(), "to" | "dare" | "let" | "let's")
            {
                continue;
            }
            // Whether the speaker and verb stand between commas ("…, the
            // army said, in the latest fighting"): they close the clause
            // before them, as a verb closing the sentence does.
            let mut set_off = false;
            let source = if verb == "according to" {
                // "according to an official who spoke on condition of
                // anonymity that 65 drones …": the speaker ends at "that".
                phrase_after(prose, toks, i + len - 1, 10, &["that"])
            } else if let Some(agent) = passive {
                // "was confirmed by the ministry": the agent speaks;
                // "were added", "an estimated 30": no one does.
                match agent {
                    Some(agent) => agent,
                    None => continue,
                }
            } else {
                // "military commanders, who informed him that": the
                // speaker is the noun the relative clause hangs on.
                let end = if i >= 2 && toks[i - 1].norm == "who" {
                    i - 1
                } else {
                    i
                };
                let mut words: Vec<&Token> = Vec::new();
                let mut next = &toks[end];
                for t in toks[..end].iter().rev().take(8) {
                    let relative = end < i && words.is_empty();
                    if (!relative && gap_breaks(prose, t, next))
                        || STOP.contains(&t.norm.as_str())
                        || (end < i && MET.contains(&t.norm.as_str()))
                    {
                        break;
                    }
                    words.push(t);
                    next = t;
                }
                words.reverse();
                // "The ministry first said" (but "First Lady ... said"
                // keeps its first word).
                while words
                    .last()
                    .is_some_and(|t| SKIP.contains(&t.norm.as_str()) || t.norm == "first")
                {
                    words.pop();
                }
                while words
                    .first()
                    .is_some_and(|t| SKIP.contains(&t.norm.as_str()))
                {
                    words.remove(0);
                }
                // "up from 20 reported earlier": after a figure the verb
                // is a participle of what was counted, and no one speaks.
                if words.last().is_some_and(|t| {
                    t.norm.starts_with(|c: char| c.is_ascii_digit())
                        && t.norm
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                }) {
                    continue;
                }
                set_off = words.first().is_some_and(|w| {
                    prose[..w.range.start].trim_end().ends_with(',')
                        && prose[toks[i + len - 1].range.end..]
                            .trim_start()
                            .starts_with(',')
                });
                let subject = span_text(prose, &words);
                if subject.is_empty() {
                    leading_name(prose, toks)
                } else {
                    subject
                }
            };
            if !source.is_empty() {
                out.push(Said {
                    at: toks[i].range.start,
                    attribution: Attribution {
                        source,
                        verb: verb.clone(),
                    },
                    complement: toks.get(i + len).is_some_and(|t| t.norm == "that"),
                    closing: set_off || closes_sentence(&toks[(i + len).min(toks.len())..]),
                });
            }
        }
    }
    out.sort_by_key(|s| s.at);
    out
}

/// A speaker who is a party to the fighting (lexicon `party_sources`):
/// the party word, when it or a head word after it ends the speaker's name
/// ("Ukraine's air force", "military commanders", "the army's spokesman";
/// not "a military analyst", nor "police commanders"), and where it stands
/// in the file.
fn party_source(
    prose: &str,
    sentence: &Range<usize>,
    source: &str,
    lex: &Lexicon,
) -> Option<(String, usize)> {
    const HEADS: &[&str] = &[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "command",
        "commander",
        "commanders",
        "officials",
        "official",
        "officers",
        "sources",
        "source",
        "statement",
    ];
    let words: Vec<String> = crate::rules::normalize_words(source)
        .split(' ')
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix('\''))
                .unwrap_or(w)
                .to_string()
        })
        .collect();
    let end = match words.last() {
        Some(w) if HEADS.contains(&w.as_str()) => words.len() - 1,
        _ => words.len(),
    };
    let word = lex.context.party_sources.iter().find(|p| {
        let p: Vec<&str> = p.split(' ').collect();
        end >= p.len()
            && words[end - p.len()..end]
                .iter()
                .zip(&p)
                .all(|(a, b)| a == b)
    })?;
    let text = &prose[sentence.clone()];
    let from = text
        .find(source)
        .map_or(sentence.start, |i| sentence.start + i);
    // Where the party's word stands in the speaker's name, read from the
    // name alone (not from the rest of the article).
    let within = prose
        .get(from..from + source.len())
        .and_then(|name| name.to_ascii_lowercase().find(word.as_str()))
        .unwrap_or(0);
    Some((word.clone(), from + within))
}

/// The verb at `i` (`len` words) read as a passive or an adjective: after
/// a form of "be" ("was reported", "were added") or an article ("an
/// estimated 30"). Then Some: the agent after "by", if one follows ("was
/// confirmed by the ministry"), else None. Not passive: None.
fn passive_agent(prose: &str, toks: &[Token], i: usize, len: usize) -> Option<Option<String>> {
    const ADVERBS: &[&str] = &[
        "also",
        "later",
        "previously",
        "publicly",
        "first",
        "officially",
    ];
    const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    const ARTICLES: &[&str] = &["a", "an", "the"];
    let mut j = i;
    while j > 0 && ADVERBS.contains(&toks[j - 1].norm.as_str()) {
        j -= 1;
    }
    let before = toks[..j].last()?.norm.as_str();
    if ARTICLES.contains(&before) {
        return Some(None);
    }
    if !BE.contains(&before) {
        return None;
    }
    if toks.get(i + len).is_none_or(|t| t.norm != "by") {
        return Some(None);
    }
    let agent = phrase_after(prose, toks, i + len, 8, &["on", "in", "at"]);
    Some((!agent.is_empty()).then_some(agent))
}

/// The words after token `at`, up to `max` of them, to a break in the text
/// or a word of `stop`: who speaks after "according to" or "by".
fn phrase_after(prose: &str, toks: &[Token], at: usize, max: usize, stop: &[&str]) -> String {
    let mut words: Vec<&Token> = Vec::new();
    let mut prev = &toks[at];
    for t in toks.iter().skip(at + 1).take(max) {
        if gap_breaks(prose, prev, t) || stop.contains(&t.norm.as_str()) {
            break;
        }
        words.push(t);
        prev = t;
    }
    span_text(prose, &words)
}

/// The run of capitalized words that opens a sentence ("Grigory Karasin,
/// head of ..., told"), skipping a leading preposition phrase.
fn leading_name(prose: &str, toks: &[Token]) -> String {
    const NOT_NAMES: &[&str] = &[
        "during",
        "on",
        "in",
        "at",
        "after",
        "before",
        "the",
        "a",
        "an",
        "this",
        "that",
        "following",
        "meanwhile",
        "however",
        "but",
        "and",
        "yet",
        "since",
        "while",
        "when",
        "as",
        "with",
        "for",
    ];
    let capital = |t: &Token| prose[t.range.clone()].starts_with(char::is_uppercase);
    let words: Vec<&Token> = toks.iter().take_while(|t| capital(t)).take(4).collect();
    if words.len() < 2 || NOT_NAMES.contains(&words[0].norm.as_str()) {
        return String::new();
    }
    span_text(prose, &words)
}

/// Whether the words after a hedge or attribution word show it is not one.
fn is_negated(toks: &Words, at: usize, lex: &Lexicon) -> bool {
    lex.context
        .not_hedge_after
        .iter()
        .any(|n| toks.starts_at(at, n))
}

fn span_text(prose: &str, words: &[&Token]) -> String {
    match (words.first(), words.last()) {
        (Some(a), Some(b)) => prose[a.range.start..b.range.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// Byte ranges of the sentence that hedges cover, with the hedge word and
/// its byte offset.
fn hedge_scopes(
    prose: &str,
    sentence: &Range<usize>,
    toks: &Words,
    lex: &Lexicon,
) -> Vec<(Range<usize>, String, usize)> {
    let s = &prose[sentence.clone()];
    let base = sentence.start;
    let ctx = &lex.context;
    let mut out = Vec::new();
    for h in &ctx.sentence_hedges {
        for i in toks.find(h) {
            // "According to X, ..." and "..., according to X." frame the
            // whole sentence; ", according to X, ..." in mid-sentence covers
            // what follows it.
            let at = toks[i].range.start;
            let framed = i == 0
                || !prose[at..sentence.end]
                    .trim_end_matches(['.', '"', '”', '’'])
                    .contains(',');
            let scope = if framed || h != "according to" {
                sentence.clone()
            } else {
                at..sentence.end
            };
            out.push((scope, h.clone(), at));
        }
    }
    let breaks: Vec<usize> = CLAUSE_BREAK
        .find_iter(s)
        .map(|m| base + m.start())
        .collect();
    for h in &ctx.clause_hedges {
        for i in toks.find(h) {
            let at = toks[i].range.start;
            let start = breaks
                .iter()
                .rev()
                .find(|&&b| b < at)
                .copied()
                .unwrap_or(base);
            let end = breaks
                .iter()
                .find(|&&b| b > at)
                .copied()
                .unwrap_or(sentence.end);
            out.push((start..end, h.clone(), at));
        }
    }
    for h in &ctx.complement_hedges {
        let len = h.split(' ').count();
        for i in toks.find(h) {
            let after = &toks[i + len..];
            if is_negated(toks, i + len, lex) || claims_as_noun(h, after) {
                continue;
            }
            // "…, Russia's defence ministry claimed (on Monday).": the
            // verb closing its sentence hedges what comes before its
            // speaker.
            if closes_sentence(after) {
                let before = &prose[base..toks[i].range.start];
                let speaker = before.rfind(',').filter(|&c| {
                    let first = before[c + 1..].split_whitespace().next().unwrap_or("");
                    !matches!(
                        first.to_ascii_lowercase().as_str(),
                        "which" | "who" | "that" | "as" | "and" | "but" | "while" | "what"
                    )
                });
                if let Some(comma) = speaker {
                    let start = breaks
                        .iter()
                        .rev()
                        .find(|&&b| b < base + comma)
                        .copied()
                        .unwrap_or(base);
                    out.push((start..base + comma, h.clone(), toks[i].range.start));
                    continue;
                }
            }
            let start = match after.iter().take(5).position(|t| t.norm == "that") {
                Some(k) => after[k].range.end,
                None => toks[i + len - 1].range.end,
            };
            let end = SCOPE_END
                .find_at(s, start - base)
                .map_or(sentence.end, |m| base + m.start());
            out.push((start..end, h.clone(), toks[i].range.start));
        }
    }
    out
}

/// Whether the words after a verb of saying leave it closing its sentence:
/// none, or a short time or place ("…, the army said on Monday.").
fn closes_sentence(after: &[Token]) -> bool {
    after.is_empty()
        || (after.len() <= 3
            && matches!(
                after[0].norm.as_str(),
                "on" | "in" | "at" | "earlier" | "later" | "late"
            ))
}

/// "Claims filed before March 1", "claims made by insurers": the noun
/// with a participle after it, not the verb that hedges what follows.
fn claims_as_noun(hedge: &str, after: &[Token]) -> bool {
    const IRREGULAR: [&str; 8] = [
        "made", "paid", "held", "brought", "sent", "taken", "given", "won",
    ];
    matches!(hedge, "claims" | "claim")
        && after.first().is_some_and(|t| {
            let w = t.norm.as_str();
            (w.ends_with("ed") && w != "need" && w != "feed") || IRREGULAR.contains(&w)
        })
}
