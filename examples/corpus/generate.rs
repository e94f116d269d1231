#![allow(dead_code)] // each bench and example uses a part of it
//! A deterministic generator of realistic news articles for benchmarks:
//! events (strikes on a city on a day, with counts) reported by several
//! outlets, some rewriting another (derived copies), some disagreeing on a
//! count, some updating a toll a day later; with hedges, attributions,
//! durations, relative and absolute dates, ages, shares and page
//! boilerplate. The same seed gives the same articles, byte for byte.

/// splitmix64: small, fast and good enough for varied text.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const CITIES: &[&str] = &[
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Sumy",
    "Kherson",
    "Zaporizhzhia",
    "Kryvyi Rih",
    "Mykolaiv",
    "Poltava",
    "Chernihiv",
    "Lviv",
    "Kyiv",
];
const SPELLINGS: &[(&str, &str)] = &[
    ("Kryvyi Rih", "Kryvyy Rih"),
    ("Kharkiv", "Kharkov"),
    ("Odesa", "Odessa"),
    ("Kyiv", "Kiev"),
];
const OUTLETS: &[&str] = &[
    "North Wire",
    "Coastal Post",
    "Daily Ledger",
    "Evening Courier",
    "Metro Times",
    "Harbour Herald",
    "Plains Gazette",
    "River News",
];
const WEAPONS: &[&str] = &[
    "missile strike",
    "drone attack",
    "artillery barrage",
    "glide-bomb attack",
    "rocket strike",
];
const SOURCES: &[&str] = &[
    "regional officials said",
    "the governor said",
    "the mayor's office said",
    "emergency services reported",
    "police said",
    "officials told reporters",
];
const HEDGED: &[&str] = &[
    "the army claimed",
    "according to an official who spoke on condition of anonymity",
    "reportedly",
    "local media claimed",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FILLER: &[&str] = &[
    "Rescue teams worked through the night to clear the rubble, and volunteers handed out water and blankets to families who had lost their homes.",
    "Residents described a loud explosion followed by a second blast, and windows were shattered several streets away from the impact site.",
    "The city council said schools would stay closed while engineers inspected the damaged buildings and the heating network.",
    "Diplomats in several capitals condemned the attack and called for a return to negotiations under international mediation.",
    "Power was restored to most districts by the evening, although some neighbourhoods still had no running water.",
    "Analysts said the strike fitted a pattern of attacks on infrastructure ahead of the winter, when demand for electricity peaks.",
    "Hospitals in the region asked for blood donors and said they had enough beds for the wounded for now.",
    "Local businesses reopened cautiously, and long queues formed outside the few pharmacies that had power.",
];

/// One generated article: file stem, publication date, source, text.
pub struct Article {
    pub name: String,
    pub published: String,
    pub source: String,
    pub text: String,
}

fn date(day: u64) -> (i32, u32, u32, usize) {
    // Days from 2024-01-01 (a Monday), without leap-year drift beyond a day.
    let mut y = 2024;
    let mut d = day as i64;
    loop {
        let len = if y % 4 == 0 { 366 } else { 365 };
        if d < len {
            break;
        }
        d -= len;
        y += 1;
    }
    let lens = [
        31,
        if y % 4 == 0 { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut m = 0;
    while d >= lens[m] {
        d -= lens[m];
        m += 1;
    }
    (y, m as u32 + 1, d as u32 + 1, (day % 7) as usize)
}

/// Article `i` of a corpus generated with `seed`. Articles come in groups
/// of four about one event: an original, an independent report (sometimes
/// with another count), a rewrite of the original, and a next-day update.
pub fn article(i: u64, seed: u64) -> Article {
    let event = i / 4;
    let role = i % 4;
    let mut ev = Rng::new(seed ^ event.wrapping_mul(0xA24B_AED4_963E_E407));
    let city = ev.pick(CITIES);
    let weapon = ev.pick(WEAPONS);
    let day = 30 + event * 3 % 900 + ev.below(2);
    let killed = 2 + ev.below(40);
    let injured = killed * 2 + ev.below(60);
    let ceasefire = [10, 20, 30, 60][ev.below(4) as usize];
    let war_years = ["two", "three", "three", "four"][ev.below(4) as usize];
    let hedge_line = ev.pick(HEDGED);
    let (y, m, d, wd) = date(day);
    let weekday = WEEKDAYS[wd];
    let pub_day = if role == 3 {
        day + 1
    } else {
        day + ev.below(1)
    };
    let (py, pm, pd, _) = date(pub_day);
    let mut r = Rng::new(seed ^ i.wrapping_mul(0xD1B5_4A32_D192_ED03));
    let source = OUTLETS[((event + role) % OUTLETS.len() as u64) as usize].to_string();
    let spelled = if role == 1 {
        SPELLINGS
            .iter()
            .find(|(a, _)| *a == city)
            .map_or(city, |(_, b)| *b)
    } else {
        city
    };
    let killed_here = if role == 1 && r.below(3) == 0 {
        killed + 1 + r.below(5)
    } else {
        killed
    };
    let mut text = String::new();
    match role {
        0 | 2 => {
            text += &format!("{} kills {} in {}\n\n", capital(weapon), killed, city);
            if role == 2 {
                text += &format!("Officials said a {weapon} in {city} killed {killed_here} people on {weekday}, while {injured} others were wounded.\n\n");
            } else {
                text += &format!("A {weapon} on {city} killed {killed_here} people and injured {injured} on {weekday}, {}.\n\n", r.pick(SOURCES));
            }
            text += &format!("Among the dead was a {}-year-old man, and at least {} children were taken to hospital.\n\n", 20 + r.below(60), 1 + r.below(6));
            text += &format!("The attack came as envoys discussed a {ceasefire}-day ceasefire that both sides had agreed to in principle last week.\n\n");
        }
        1 => {
            text += &format!("{} hit by {}\n\n", spelled, weapon);
            text += &format!(
                "At least {killed_here} people were killed in {spelled} on {weekday}, {}.\n\n",
                r.pick(SOURCES)
            );
            text += &format!("More than {} residential buildings were damaged, and about {} residents were left without heating.\n\n", 5 + r.below(30), 1000 * (1 + r.below(40)));
        }
        _ => {
            text += &format!("{} toll rises\n\n", city);
            text += &format!("The death toll from {weekday}'s {weapon} on {city} rose to {}, officials said on {}.\n\n", killed + r.below(4), WEEKDAYS[(wd + 1) % 7]);
        }
    }
    text += &format!("In the three-hour meeting that followed, officials said nearly {}% of the city's shelters were full.\n\n", 40 + r.below(55));
    text += &format!("Ukraine has fought the {war_years}-year war since the full-scale invasion, and {hedge_line} that {} drones were shot down overnight.\n\n", 5 + r.below(80));
    text += &format!(
        "The proposal has been on the table since {} {}, and talks are due to resume in {}.\n\n",
        MONTHS[(m as usize + 10) % 12],
        1 + r.below(27),
        MONTHS[m as usize % 12]
    );
    let fillers = 9 + r.below(8);
    for _ in 0..fillers {
        text += r.pick(FILLER);
        text += "\n\n";
    }
    if r.below(3) == 0 {
        text += "Read more: Talks on grain exports resume – report\n\n";
    }
    text += "Subscribe now\n";
    let _ = (y, d);
    Article {
        name: format!("{i:06}"),
        published: format!("{py:04}-{pm:02}-{pd:02}"),
        source,
        text,
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}

/// The article as Markdown with front matter.
pub fn markdown(a: &Article) -> String {
    format!(
        "---\ntitle: \"{}\"\ndate: {}\noutlet: {}\n---\n\n{}",
        a.text.lines().next().unwrap_or(""),
        a.published,
        a.source,
        a.text
    )
}
