//! The positions of the Sun and the Moon, for the calendars computed from
//! them (src/claims/chinese.rs, src/claims/hindu.rs).
//!
//! Sources: J. Meeus, *Astronomical Algorithms* (2nd ed., 1998): the true
//! new moon (chapter 49, with its periodic and planetary terms), the Sun's
//! apparent longitude (chapter 25, low accuracy, about 0.01°) and the
//! Moon's longitude (chapter 47, its largest periodic terms, about 0.01°);
//! ΔT (TT − UT) from the polynomials of F. Espenak and J. Meeus (NASA,
//! "Five Millennium Canon of Solar Eclipses", 2006). Instants are Julian
//! Days in UT.

/// Days from 1970-01-01 to a calendar day (in whatever time zone the
/// calendar keeps its days).
pub fn to_day(d: jiff::civil::Date) -> i64 {
    (d - jiff::civil::Date::constant(1970, 1, 1)).get_days() as i64
}

/// The calendar day `day` days from 1970-01-01.
pub fn to_date(day: i64) -> Option<jiff::civil::Date> {
    crate::claims::add_days(jiff::civil::Date::constant(1970, 1, 1), day)
}

pub const UNIX_EPOCH_JD: f64 = 2_440_587.5;
pub const SYNODIC_MONTH: f64 = 29.530_588_861;

pub fn sin_deg(x: f64) -> f64 {
    x.to_radians().sin()
}

/// TT − UT in seconds (Espenak and Meeus), for 1860 to 2150.
pub fn delta_t(year: f64) -> Option<f64> {
    let y = year;
    Some(if (1860.0..1900.0).contains(&y) {
        let t = y - 1860.0;
        7.62 + 0.5737 * t - 0.251_754 * t.powi(2) + 0.016_806_68 * t.powi(3)
            - 0.000_447_362_4 * t.powi(4)
            + t.powi(5) / 233_174.0
    } else if (1900.0..1920.0).contains(&y) {
        let t = y - 1900.0;
        -2.79 + 1.494_119 * t - 0.059_893_9 * t.powi(2) + 0.006_196_6 * t.powi(3)
            - 0.000_197 * t.powi(4)
    } else if (1920.0..1941.0).contains(&y) {
        let t = y - 1920.0;
        21.20 + 0.844_93 * t - 0.076_100 * t.powi(2) + 0.002_093_6 * t.powi(3)
    } else if (1941.0..1961.0).contains(&y) {
        let t = y - 1950.0;
        29.07 + 0.407 * t - t.powi(2) / 233.0 + t.powi(3) / 2547.0
    } else if (1961.0..1986.0).contains(&y) {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t.powi(2) / 260.0 - t.powi(3) / 718.0
    } else if (1986.0..2005.0).contains(&y) {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060_374 * t.powi(2)
            + 0.001_727_5 * t.powi(3)
            + 0.000_651_814 * t.powi(4)
            + 0.000_023_735_99 * t.powi(5)
    } else if (2005.0..2050.0).contains(&y) {
        let t = y - 2000.0;
        62.92 + 0.322_17 * t + 0.005_589 * t.powi(2)
    } else if (2050.0..=2150.0).contains(&y) {
        -20.0 + 32.0 * ((y - 1820.0) / 100.0).powi(2) - 0.5628 * (2150.0 - y)
    } else {
        return None;
    })
}

/// The year (with its fraction) of a Julian Day.
pub fn year_of(jd: f64) -> f64 {
    2000.0 + (jd - 2_451_545.0) / 365.2425
}

/// The instant (Julian Day, UT) of the true new moon of lunation `k`
/// (k = 0 is the new moon of 6 January 2000).
pub fn new_moon(k: i64) -> Option<f64> {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = 2_451_550.097_66 + SYNODIC_MONTH * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let m = 2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3;
    let mp =
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4;
    let f =
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4;
    let om = 124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3;
    let periodic = -0.40720 * sin_deg(mp)
        + 0.17241 * e * sin_deg(m)
        + 0.01608 * sin_deg(2.0 * mp)
        + 0.01039 * sin_deg(2.0 * f)
        + 0.00739 * e * sin_deg(mp - m)
        - 0.00514 * e * sin_deg(mp + m)
        + 0.00208 * e * e * sin_deg(2.0 * m)
        - 0.00111 * sin_deg(mp - 2.0 * f)
        - 0.00057 * sin_deg(mp + 2.0 * f)
        + 0.00056 * e * sin_deg(2.0 * mp + m)
        - 0.00042 * sin_deg(3.0 * mp)
        + 0.00042 * e * sin_deg(m + 2.0 * f)
        + 0.00038 * e * sin_deg(m - 2.0 * f)
        - 0.00024 * e * sin_deg(2.0 * mp - m)
        - 0.00017 * sin_deg(om)
        - 0.00007 * sin_deg(mp + 2.0 * m)
        + 0.00004 * sin_deg(2.0 * mp - 2.0 * f)
        + 0.00004 * sin_deg(3.0 * m)
        + 0.00003 * sin_deg(mp + m - 2.0 * f)
        + 0.00003 * sin_deg(2.0 * mp + 2.0 * f)
        - 0.00003 * sin_deg(mp + m + 2.0 * f)
        + 0.00003 * sin_deg(mp - m + 2.0 * f)
        - 0.00002 * sin_deg(mp - m - 2.0 * f)
        - 0.00002 * sin_deg(3.0 * mp + m)
        + 0.00002 * sin_deg(4.0 * mp);
    // The planetary arguments A1 to A14 and their coefficients.
    const PLANETARY: [(f64, f64, f64); 14] = [
        (299.77, 0.107_408, 0.000_325),
        (251.88, 0.016_321, 0.000_165),
        (251.83, 26.651_886, 0.000_164),
        (349.42, 36.412_478, 0.000_126),
        (84.66, 18.206_239, 0.000_110),
        (141.74, 53.303_771, 0.000_062),
        (207.14, 2.453_732, 0.000_060),
        (154.84, 7.306_860, 0.000_056),
        (34.52, 27.261_239, 0.000_047),
        (207.19, 0.121_824, 0.000_042),
        (291.34, 1.844_379, 0.000_040),
        (161.72, 24.198_154, 0.000_037),
        (239.56, 25.513_099, 0.000_035),
        (331.55, 3.592_518, 0.000_023),
    ];
    let planetary: f64 = PLANETARY
        .iter()
        .enumerate()
        .map(|(i, &(a, b, c))| {
            let arg = a + b * k - if i == 0 { 0.009_173 * t2 } else { 0.0 };
            c * sin_deg(arg)
        })
        .sum();
    let tt = jde + periodic + planetary;
    Some(tt - delta_t(year_of(tt))? / 86_400.0)
}

/// The Sun's apparent longitude in degrees [0, 360) at an instant (UT).
pub fn solar_longitude(jd_ut: f64) -> Option<f64> {
    let jde = jd_ut + delta_t(year_of(jd_ut))? / 86_400.0;
    let t = (jde - 2_451_545.0) / 36_525.0;
    let l0 = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let m = 357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t;
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin_deg(m)
        + (0.019_993 - 0.000_101 * t) * sin_deg(2.0 * m)
        + 0.000_289 * sin_deg(3.0 * m);
    let om = 125.04 - 1934.136 * t;
    let apparent = l0 + c - 0.005_69 - 0.004_78 * sin_deg(om);
    Some(apparent.rem_euclid(360.0))
}

/// The instant (UT) near `guess` when the Sun's `longitude` (degrees, as
/// a calendar reckons it: tropical, or sidereal) reaches `target`: steps
/// at the Sun's mean rate until they vanish.
pub fn when_sun_at(guess: f64, target: f64, longitude: impl Fn(f64) -> Option<f64>) -> Option<f64> {
    let mut jd = guess;
    for _ in 0..8 {
        let off = (target - longitude(jd)? + 180.0).rem_euclid(360.0) - 180.0;
        jd += off * 365.2422 / 360.0;
    }
    Some(jd)
}

/// The Moon's apparent longitude in degrees [0, 360) at an instant (UT):
/// the mean longitude with the periodic terms of Meeus's table 47.A down
/// to 0.0003°, and nutation (the same first term the Sun's has).
pub fn moon_longitude(jd_ut: f64) -> Option<f64> {
    let jde = jd_ut + delta_t(year_of(jd_ut))? / 86_400.0;
    let t = (jde - 2_451_545.0) / 36_525.0;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let lp = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t2 + t3 / 538_841.0
        - t4 / 65_194_000.0;
    let d = 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t2 + t3 / 545_868.0
        - t4 / 113_065_000.0;
    let m = 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t2 + t3 / 24_490_000.0;
    let mp = 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t2 + t3 / 69_699.0
        - t4 / 14_712_000.0;
    let f = 93.272_095_0 + 483_202.017_523_3 * t - 0.003_653_9 * t2 - t3 / 3_526_000.0
        + t4 / 863_310_000.0;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    // (D, M, M', F, coefficient in millionths of a degree)
    const TERMS: [(i8, i8, i8, i8, i32); 30] = [
        (0, 0, 1, 0, 6_288_774),
        (2, 0, -1, 0, 1_274_027),
        (2, 0, 0, 0, 658_314),
        (0, 0, 2, 0, 213_618),
        (0, 1, 0, 0, -185_116),
        (0, 0, 0, 2, -114_332),
        (2, 0, -2, 0, 58_793),
        (2, -1, -1, 0, 57_066),
        (2, 0, 1, 0, 53_322),
        (2, -1, 0, 0, 45_758),
        (0, 1, -1, 0, -40_923),
        (1, 0, 0, 0, -34_720),
        (0, 1, 1, 0, -30_383),
        (2, 0, 0, -2, 15_327),
        (0, 0, 1, 2, -12_528),
        (0, 0, 1, -2, 10_980),
        (4, 0, -1, 0, 10_675),
        (0, 0, 3, 0, 10_034),
        (4, 0, -2, 0, 8_548),
        (2, 1, -1, 0, -7_888),
        (2, 1, 0, 0, -6_766),
        (1, 0, -1, 0, -5_163),
        (1, 1, 0, 0, 4_987),
        (2, -1, 1, 0, 4_036),
        (2, 0, 2, 0, 3_994),
        (4, 0, 0, 0, 3_861),
        (2, 0, -3, 0, 3_665),
        (0, 1, -2, 0, -2_689),
        (2, 0, -1, 2, -2_602),
        (2, -1, -2, 0, 2_390),
    ];
    let mut sum: f64 = TERMS
        .iter()
        .map(|&(cd, cm, cmp, cf, coeff)| {
            let arg =
                f64::from(cd) * d + f64::from(cm) * m + f64::from(cmp) * mp + f64::from(cf) * f;
            let scale = match cm.abs() {
                1 => e,
                2 => e * e,
                _ => 1.0,
            };
            f64::from(coeff) * scale * sin_deg(arg)
        })
        .sum();
    let a1 = 119.75 + 131.849 * t;
    let a2 = 53.09 + 479_264.290 * t;
    sum += 3958.0 * sin_deg(a1) + 1962.0 * sin_deg(lp - f) + 318.0 * sin_deg(a2);
    let om = 125.04 - 1934.136 * t;
    let longitude = lp + sum / 1_000_000.0 - 0.004_78 * sin_deg(om);
    Some(longitude.rem_euclid(360.0))
}
