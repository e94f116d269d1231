//! Sizes of the units of measure claimgraph converts between: parts of one
//! length or mass added up ("7 feet 10 inches"), and the peers' units in
//! `claimgraph eval`.

/// A unit's dimension and size in that dimension's base unit (gram,
/// metre), for claimgraph's unit names and the peers'.
pub fn unit_size(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit.to_lowercase().as_str() {
        "g" | "gram" => ("mass", 1.0),
        "mg" | "milligram" => ("mass", 1e-3),
        "kg" | "kilogram" => ("mass", 1e3),
        "tonnes" | "metric ton" | "tonne" => ("mass", 1e6),
        "oz" | "ounce" => ("mass", 28.349_523_125),
        "lb" | "pound" => ("mass", 453.592_37),
        "metres" | "metre" | "meter" | "m" => ("length", 1.0),
        "km" | "kilometre" | "kilometer" => ("length", 1e3),
        "cm" | "centimetre" | "centimeter" => ("length", 1e-2),
        "mm" | "millimetre" | "millimeter" => ("length", 1e-3),
        "inches" | "inch" => ("length", 0.0254),
        "feet" | "foot" => ("length", 0.3048),
        "yards" | "yard" => ("length", 0.9144),
        "miles" | "mile" => ("length", 1609.344),
        _ => return None,
    })
}
