//! Number words: units, tens, scales, ordinals and the denominators of
//! fractions.

pub(super) use crate::claims::numbers::tens_word;

/// A number word below twenty ("nought" and "nil" are zero too).
pub(super) fn unit_word(w: &str) -> Option<f64> {
    match w {
        "nought" | "naught" | "nil" => Some(0.0),
        _ => crate::claims::numbers::unit_word(w),
    }
}

pub(super) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "thousands" => 1e3,
        "lakh" | "lakhs" | "lkh" | "lkhs" | "lac" | "lacs" => 1e5,
        "million" | "millions" => 1e6,
        "crore" | "crores" | "krore" | "krores" | "cr" | "koti" => 1e7,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// "fifth" → 5; "thirds" → 3 (plural); "half" → 2; "quarters" → 4.
pub(crate) fn ordinal_word(w: &str) -> Option<(f64, bool)> {
    const ORD: [&str; 20] = [
        "zeroth",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let (base, plural) = match w.strip_suffix('s') {
        Some(b) if w != "halves" => (b, true),
        _ => (w, false),
    };
    // "twentyfifth", "thirtyfirst".
    for (k, t) in [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    .iter()
    .enumerate()
    {
        if let Some(rest) = base.strip_prefix(t).filter(|r| !r.is_empty() && *r != "th") {
            let (o, _) = ordinal_word(rest)?;
            return (o < 10.0).then_some(((k as f64 + 2.0) * 10.0 + o, plural));
        }
    }
    let v = match base {
        "nineth" => 9.0,
        "hundredth" => 1e2,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => {
            if let Some(i) = ORD.iter().position(|o| *o == base) {
                i as f64
            } else {
                (TENS.iter().position(|o| *o == base)? as f64 + 2.0) * 10.0
            }
        }
    };
    Some((v, plural))
}

/// Denominators: "half" / "halves", "quarter(s)", and ordinals from "third".
pub(super) fn denominator(w: &str) -> Option<(f64, bool)> {
    match w {
        "half" => Some((2.0, false)),
        "halves" => Some((2.0, true)),
        "quarter" => Some((4.0, false)),
        "quarters" => Some((4.0, true)),
        _ => ordinal_word(w).filter(|(v, _)| *v >= 3.0),
    }
}
