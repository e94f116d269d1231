//! Page boilerplate (cookie banners, "Subscribe Us", "Read more: ...",
//! comment counters) that is not article text. The patterns are rules in the
//! rule packs (`[[boilerplate]]`); a line that matches one is blanked and
//! nothing is extracted from it.

use regex::Regex;

/// A compiled boilerplate rule: a pattern matched against a whole line.
#[derive(Debug, Clone)]
pub struct BoilerplateRule {
    pub id: String,
    pub description: String,
    pub pattern: Regex,
}

impl BoilerplateRule {
    /// Whether `line` (trimmed, non-breaking spaces included, and the
    /// Markdown emphasis or quote marks around it: "*Read also: ...*") is
    /// boilerplate.
    pub fn matches(&self, line: &str) -> bool {
        let line = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '>'));
        !line.is_empty() && self.pattern.is_match(line)
    }
}
