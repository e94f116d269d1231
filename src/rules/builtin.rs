//! The default rule packs, compiled into the binary so that claimgraph works
//! with no rules folder. A test checks that this list names every file in
//! `rules/`.

pub const PACKS: &[(&str, &str)] = &[
    (
        "rules/fragments.toml",
        include_str!("../../rules/fragments.toml"),
    ),
    (
        "rules/lexicon.toml",
        include_str!("../../rules/lexicon.toml"),
    ),
    ("rules/places.toml", include_str!("../../rules/places.toml")),
    (
        "rules/boilerplate.toml",
        include_str!("../../rules/boilerplate.toml"),
    ),
    ("rules/counts.toml", include_str!("../../rules/counts.toml")),
    ("rules/shares.toml", include_str!("../../rules/shares.toml")),
    (
        "rules/quantities.toml",
        include_str!("../../rules/quantities.toml"),
    ),
    (
        "rules/durations.toml",
        include_str!("../../rules/durations.toml"),
    ),
    ("rules/dates.toml", include_str!("../../rules/dates.toml")),
    (
        "rules/relative-dates.toml",
        include_str!("../../rules/relative-dates.toml"),
    ),
    ("rules/titles.toml", include_str!("../../rules/titles.toml")),
];
