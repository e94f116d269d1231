//! Values as intervals. A plain number is the interval [N, N]; a hedged one
//! follows one convention (docs/RULES.md#hedges):
//!
//! | hedge                         | interval          |
//! |-------------------------------|-------------------|
//! | over / more than N            | (N, ∞)            |
//! | at least N                    | [N, ∞)            |
//! | nearly / almost N             | [0.9·N, N)        |
//! | around / about N              | [0.9·N, 1.1·N]    |
//! | up to / at most N             | [0, N]            |
//! | fewer than / under N          | [0, N)            |

use crate::rules::HedgeConvention;
use serde::Serialize;

/// An interval of real numbers; an open end is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Interval {
    pub min: Option<f64>,
    pub max: Option<f64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub min_exclusive: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub max_exclusive: bool,
}

impl Interval {
    pub fn exact(v: f64) -> Self {
        Interval {
            min: Some(v),
            max: Some(v),
            ..Default::default()
        }
    }

    pub fn between(lo: f64, hi: f64) -> Self {
        Interval {
            min: Some(lo.min(hi)),
            max: Some(hi.max(lo)),
            ..Default::default()
        }
    }

    /// The interval a hedge gives a nominal value.
    pub fn hedged(n: f64, hedge: HedgeConvention) -> Self {
        let round = |x: f64| (x * 1e6).round() / 1e6;
        match hedge {
            HedgeConvention::Above => Interval {
                min: Some(n),
                max: None,
                min_exclusive: true,
                max_exclusive: false,
            },
            HedgeConvention::AtLeast => Interval {
                min: Some(n),
                max: None,
                ..Default::default()
            },
            // "nearly -5 degrees" is just above -5: (-5, -4.5].
            HedgeConvention::JustUnder if n < 0.0 => Interval {
                min: Some(n),
                max: Some(round(0.9 * n)),
                min_exclusive: true,
                max_exclusive: false,
            },
            HedgeConvention::JustUnder => Interval {
                min: Some(round(0.9 * n)),
                max: Some(n),
                min_exclusive: false,
                max_exclusive: true,
            },
            HedgeConvention::Approximately => Interval::between(round(0.9 * n), round(1.1 * n)),
            // Below a negative value there is no floor.
            HedgeConvention::AtMost | HedgeConvention::Below if n < 0.0 => Interval {
                min: None,
                max: Some(n),
                min_exclusive: false,
                max_exclusive: hedge == HedgeConvention::Below,
            },
            HedgeConvention::AtMost => Interval::between(0.0, n),
            HedgeConvention::Below => Interval {
                min: Some(0.0),
                max: Some(n),
                min_exclusive: false,
                max_exclusive: true,
            },
        }
    }

    /// The single value, if the interval is one point.
    pub fn point(&self) -> Option<f64> {
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b && !self.min_exclusive && !self.max_exclusive => Some(a),
            _ => None,
        }
    }

    /// Whether some value lies in both intervals. With `integer`, the values
    /// are whole counts, so (115, ∞) and [0, 116) share nothing.
    pub fn overlaps(&self, other: &Interval, integer: bool) -> bool {
        let lo = lower(self, integer).max(lower(other, integer));
        let hi = upper(self, integer).min(upper(other, integer));
        if integer {
            lo.ceil() <= hi.floor()
        } else {
            lo < hi || (lo == hi && self.contains_edge(lo) && other.contains_edge(lo))
        }
    }

    /// The values in both intervals (empty when they do not overlap: check
    /// with [`Interval::overlaps`] first).
    pub fn intersection(&self, other: &Interval) -> Interval {
        // The higher floor and the lower ceiling; at a tie, an exclusive end
        // wins. An open end is no bound.
        let (min, min_exclusive) = match (self.min, other.min) {
            (None, _) => (other.min, other.min_exclusive),
            (_, None) => (self.min, self.min_exclusive),
            (Some(a), Some(b)) if a > b => (Some(a), self.min_exclusive),
            (Some(a), Some(b)) if b > a => (Some(b), other.min_exclusive),
            (Some(a), _) => (Some(a), self.min_exclusive || other.min_exclusive),
        };
        let (max, max_exclusive) = match (self.max, other.max) {
            (None, _) => (other.max, other.max_exclusive),
            (_, None) => (self.max, self.max_exclusive),
            (Some(a), Some(b)) if a < b => (Some(a), self.max_exclusive),
            (Some(a), Some(b)) if b < a => (Some(b), other.max_exclusive),
            (Some(a), _) => (Some(a), self.max_exclusive || other.max_exclusive),
        };
        Interval {
            min,
            max,
            min_exclusive,
            max_exclusive,
        }
    }

    fn contains_edge(&self, x: f64) -> bool {
        !(self.min == Some(x) && self.min_exclusive || self.max == Some(x) && self.max_exclusive)
    }
}

/// The smallest value in the interval (integers: an exclusive bound moves by one).
fn lower(i: &Interval, integer: bool) -> f64 {
    match i.min {
        None => f64::NEG_INFINITY,
        Some(v) if integer && i.min_exclusive => v.floor() + 1.0,
        Some(v) => v,
    }
}

fn upper(i: &Interval, integer: bool) -> f64 {
    match i.max {
        None => f64::INFINITY,
        Some(v) if integer && i.max_exclusive => v.ceil() - 1.0,
        Some(v) => v,
    }
}

/// A value: its nominal number as written and the interval it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Amount {
    /// The number as written ("over 115" → 115); `None` for vague words
    /// ("hundreds").
    pub nominal: Option<f64>,
    pub interval: Interval,
}

impl Amount {
    pub fn exact(v: f64) -> Self {
        Amount {
            nominal: Some(v),
            interval: Interval::exact(v),
        }
    }

    /// The amount in a unit `worth` times larger ("ten dimes" → 1 USD),
    /// rounded to a millionth so that 3 × 0.1 is 0.3.
    pub fn scaled(self, worth: f64) -> Self {
        let f = |v: f64| (v * worth * 1e6).round() / 1e6;
        Amount {
            nominal: self.nominal.map(f),
            interval: Interval {
                min: self.interval.min.map(f),
                max: self.interval.max.map(f),
                ..self.interval
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_compared_in_days() {
        let rules = crate::rules::load(&[]).expect("rules");
        let value = |text: &str| {
            let (_, claims) = crate::claims::extract_text(text, None, &rules);
            claims[0].compared_value().unwrap()
        };
        let hours = value("a 72-hour truce");
        assert_eq!((hours.min, hours.max), (Some(3.0), Some(3.0)));
        assert!(hours.overlaps(&value("a three-day truce"), false));
        // A month is 28 to 31 days: a one-month truce may be a 30-day one,
        // not a 40-day one.
        let month = value("a one-month truce");
        assert!(month.overlaps(&value("a 30-day truce"), false));
        assert!(!month.overlaps(&value("a 40-day truce"), false));
    }

    #[test]
    fn an_intersection_keeps_the_tighter_ends() {
        let at_least = Interval::hedged(40.0, HedgeConvention::AtLeast);
        let about = Interval::hedged(100.0, HedgeConvention::Approximately);
        let both = at_least.intersection(&about);
        assert_eq!((both.min, both.max), (Some(90.0), Some(110.0)));
        let over = Interval::hedged(90.0, HedgeConvention::Above);
        let both = over.intersection(&about);
        assert_eq!((both.min, both.min_exclusive), (Some(90.0), true));
        assert!(!both.overlaps(&Interval::exact(90.0), true));
        assert!(both.overlaps(&Interval::exact(91.0), true));
        // Disjoint intervals give an empty one.
        let e = Interval::exact(112.0).intersection(&Interval::exact(163.0));
        assert!(!e.overlaps(&e, true));
    }

    #[test]
    fn hedges_follow_the_convention() {
        let over = Interval::hedged(115.0, HedgeConvention::Above);
        assert!(!over.overlaps(&Interval::exact(88.0), true));
        assert!(!over.overlaps(&Interval::exact(115.0), true));
        assert!(over.overlaps(&Interval::exact(116.0), true));
        let at_least = Interval::hedged(30.0, HedgeConvention::AtLeast);
        assert!(at_least.overlaps(&Interval::exact(35.0), true));
        let nearly = Interval::hedged(4.0, HedgeConvention::JustUnder);
        assert_eq!(
            (nearly.min, nearly.max, nearly.max_exclusive),
            (Some(3.6), Some(4.0), true)
        );
        assert!(!nearly.overlaps(&Interval::exact(4.0), false));
        let cold = Interval::hedged(-5.0, HedgeConvention::JustUnder);
        assert_eq!((cold.min, cold.max), (Some(-5.0), Some(-4.5)));
        let under = Interval::hedged(-30.0, HedgeConvention::Below);
        assert_eq!(
            (under.min, under.max, under.max_exclusive),
            (None, Some(-30.0), true)
        );
        let around = Interval::hedged(100.0, HedgeConvention::Approximately);
        assert_eq!((around.min, around.max), (Some(90.0), Some(110.0)));
    }
}
