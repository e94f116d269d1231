#!/usr/bin/env python3
"""Sorts the core cases `claimgraph eval` fails into classes, by the form of
the expression the peer expects, for docs/ACCURACY.md ("What the failures
are").

    cargo run --release -- eval ../shared/eval/peers --format json \
        | python3 bench/eval_failure_classes.py ../shared/eval/peers [N]

prints each class with its count (and, with N, its first N cases). A case
goes to the first class whose test it passes; the last class takes the
rest. The classes describe the suites' cases, they do not score them: the
scores are `claimgraph eval`'s own.
"""

import json
import pathlib
import re
import sys


def load_cases(folder):
    cases = {}
    for path in sorted(pathlib.Path(folder).glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            case = json.loads(line)
            cases[case["id"]] = case
    return cases


def is_date(case):
    return case["category"] == "date"


FIGURES = re.compile(
    r"^[\s<>=]*(from |this |next |friday |on )?[\d\s/.\-,=<>]+$"
    r"|\d+\s*/\s*\d+|\b\d{8}\b|\d{4}\s*[-/ ]\s*\d{1,2}\b"
)
UNIT_ALONE = re.compile(
    r"^(the |my |this |past |last |next |that |same |at the |remaining of |rest )?"
    r"(week|month|year|day|fortnight|weekend|hour|bom|boy|day after)( \d+)?$"
    r"|^week \d+|^cy|otd"
)
UNNAMED_DAY = re.compile(
    r"^(on |for )?(the )?(\d{1,2}|first|second|third|thirty|twenty[- ]second|twelfth|1st)$"
)
SEASON = re.compile(r"season|^(3rd|third) quarter$")
BARE_NAME = re.compile(
    r"^(sat|sun|mon|tomorrows|march( \d+| first)?|may|april|dec|mar3|february|the april)\.?$"
)

# (class, test on the case and its expected texts, lower-cased and joined)
CLASSES = [
    (
        "holidays: regional ones with no one rule (Labour Day by state), "
        "other names and peers' own computations",
        lambda c, t: "holiday" in c["tags"]
        or any(i.get("holiday") for i in c["expected"]),
    ),
    (
        'dates in bare figures ("2/15", "4.22", "15-2", "20161016", "10 31 1974", "=2019")',
        lambda c, t: is_date(c) and FIGURES.search(t),
    ),
    (
        'a unit alone as a date ("the week", "the year", "weekend", "week 31", "the day after")',
        lambda c, t: is_date(c) and UNIT_ALONE.search(t),
    ),
    (
        'a day of no named month ("the 27", "the second", "on the first")',
        lambda c, t: is_date(c) and UNNAMED_DAY.search(t),
    ),
    (
        'a season or quarter with no year ("this season", "third quarter")',
        lambda c, t: is_date(c) and SEASON.search(t),
    ),
    (
        'a lower-case or clipped month or weekday alone ("sat", "sun", "march 3", "may")',
        lambda c, t: is_date(c) and BARE_NAME.search(t),
    ),
    (
        'money: coins by name ("a quarter", "dime"), a currency before its number ("ringgit 42")',
        lambda c, t: "model:money" in c["tags"] or "model:currency" in c["tags"],
    ),
    (
        'quantities: symbols that are words in news ("3m", "5 in", "2 pm", "100t"), '
        "sums of lengths, units in brackets",
        lambda c, t: c["category"] == "quantity"
        and c["peer"] != "quantulum3"
        and "model:percent" not in c["tags"],
    ),
    (
        'quantulum3: scientific units and notation ("1 fb−1", "20 J/m^2", "66 Ma", "9.83e-3 +/- 1e-5")',
        lambda c, t: c["peer"] == "quantulum3",
    ),
    (
        'number grammar ("one hundred thirty fifths", "one twenty two", IP and phone numbers)',
        lambda c, t: c["category"] == "number" or "model:percent" in c["tags"],
    ),
    (
        'durations (1", 2\', "2 m", "1/2h", "3Y", "few hours", "the hour")',
        lambda c, t: c["category"] == "duration",
    ),
    (
        "compound dates: offsets from offsets, ranges of mixed forms, "
        '"the closest Monday to Oct 5th", assistant requests',
        lambda c, t: True,
    ),
]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cases = load_cases(sys.argv[1])
    show = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    report = json.load(sys.stdin)
    found = {name: [] for name, _ in CLASSES}
    for result in report["results"]:
        if not result["core"] or result["negative"] or result["outcome"] == "match":
            continue
        case = cases[result["id"]]
        text = " | ".join(i["text"] for i in case["expected"]).lower().strip()
        name = next(name for name, test in CLASSES if test(case, text))
        found[name].append((case["id"], text))
    for name, _ in CLASSES:
        print(f"{len(found[name]):5d}  {name}")
        for case_id, text in found[name][:show]:
            print(f"         {case_id}  {text[:70]}")
    print(f"{sum(len(v) for v in found.values()):5d}  in all")


if __name__ == "__main__":
    main()
