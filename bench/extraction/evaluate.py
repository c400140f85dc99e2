"""Measure the extractor against hand-labelled news texts: precision, recall and F1 per fact.

    .venv/bin/python bench/extraction/evaluate.py               # the table
    .venv/bin/python bench/extraction/evaluate.py --verbose     # and each miss, false positive
    .venv/bin/python bench/extraction/evaluate.py --throughput  # and articles/s, 100k names

Exit status 1 when a target is missed: release dates (release + release_move) precision 0.95
and recall 0.90, mention precision 0.95, and with --throughput 200 articles/s over the cases.

Each case in cases.jsonl lists every fact an editor would accept from its text, mentions
included. A suggestion counts as found when its matching key equals an expected one (see
`suggestion_key`); the fields that are only display or provenance (confidence, sentence,
"display", "from") do not count. Plain Python: no Django, so it runs anywhere the package does.
"""

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from premiere.extraction import Document, Entry, Gazetteer, Suggestion, extract
from premiere.extraction.text import normalize_name

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases.jsonl"
CATALOG = HERE / "catalog.json"

TYPES = [
    "release",
    "release_move",
    "mention",
    "status",
    "credit",
    "placement",
    "source",
    "new_title",
]
# "Release dates" are both kinds of dated fact: a new release and the new date of a delay.
DATES = ("release", "release_move")
TARGETS = {
    # row: (minimum precision, minimum recall)
    "release dates": (0.95, 0.90),
    "mention": (0.95, 0.0),
}
THROUGHPUT_TARGET = 200.0  # articles per second on one core


# Loading ------------------------------------------------------------------------------------


def load_cases(path: Path = CASES) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_entries(path: Path = CATALOG) -> list[Entry]:
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    return [
        Entry(
            id=row["id"],
            kind=row["kind"],
            name=row["name"],
            aliases=tuple(row.get("aliases", ())),
            subkind=row.get("subkind", ""),
            franchise_id=row.get("franchise_id"),
            installment=row.get("installment"),
            release_rank=row.get("release_rank"),
        )
        for row in data["entries"]
    ]


def document(case: dict) -> Document:
    return Document(
        headline=case.get("headline", ""),
        standfirst=case.get("standfirst", ""),
        body=case["body"],
        published=date.fromisoformat(case["published"]),
    )


# Matching -----------------------------------------------------------------------------------


def _n(text: str | None) -> str:
    return normalize_name(text or "")


def expected_key(fact: dict) -> tuple:
    """Return the matching key of a labelled fact: what must be right for it to count."""
    match fact["type"]:
        case "release":
            return (
                "release",
                _n(fact["title"]),
                fact["date"],
                fact["region"],
                fact["medium"],
                fact["channel"],
            )
        case "release_move":
            return ("release_move", _n(fact["title"]), fact["to"])
        case "mention":
            return ("mention", fact["kind"], fact["id"])
        case "status":
            return ("status", _n(fact["title"]), fact["status"])
        case "credit":
            who = fact.get("person") or fact["company"]  # a company's credit names it instead
            return ("credit", _n(fact["title"]), _n(who), fact["role"])
        case "placement":
            anchors = tuple(_n(a) for a in fact["anchors"])
            return ("placement", _n(fact["title"]), fact["placement"], anchors)
        case "source":
            return ("source", _n(fact["name"]))
        case "new_title":
            return ("new_title", _n(fact["name"]))
    raise ValueError(f"Unknown fact type {fact['type']!r}")


def suggestion_key(s: Suggestion) -> tuple:
    """Return the same key for what the extractor suggested."""
    title = _n(s.subject.name) if s.subject else ""
    v = s.value
    match s.kind:
        case "release":
            return ("release", title, v["date"], v["region"], v["medium"], v["channel"])
        case "release_move":
            return ("release_move", title, v["to"])
        case "mention":
            return ("mention", s.subject.kind, s.subject.id)
        case "status":
            return ("status", title, v["status"])
        case "credit":
            return ("credit", title, _n(v.get("person") or v["company"]), v["role"])
        case "placement":
            anchors = tuple(_n(v[k]) for k in ("anchor", "anchor_end") if v.get(k))
            return ("placement", title, v["placement"], anchors)
        case "source":
            return ("source", _n(v["name"]))
        case "new_title":
            return ("new_title", _n(v["name"]))
    raise ValueError(f"Unknown suggestion kind {s.kind!r}")


# Scoring ------------------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    misses: list[tuple[str, tuple, str]] = field(default_factory=list)  # case id, key, body
    false_positives: list[tuple[str, tuple, str]] = field(default_factory=list)  # …, sentence
    negatives_with_facts: list[str] = field(default_factory=list)
    cases: int = 0

    def row(self, name: str) -> Score:
        if name == "release dates":
            return sum((self.scores[t] for t in DATES), Score())
        if name == "all":
            return sum(self.scores.values(), Score())
        return self.scores[name]

    def missed_targets(self) -> list[str]:
        missed = []
        for name, (precision, recall) in TARGETS.items():
            score = self.row(name)
            if score.precision < precision:
                missed.append(f"{name} precision {score.precision:.3f} < {precision}")
            if score.recall < recall:
                missed.append(f"{name} recall {score.recall:.3f} < {recall}")
        return missed


def evaluate(cases: list[dict], gazetteer: Gazetteer) -> Report:
    """Run the extractor on every case and count hits, misses and false positives per type."""
    report = Report(cases=len(cases))
    for case in cases:
        expected = {expected_key(fact) for fact in case["expected"]}
        found: dict[tuple, str] = {}
        for suggestion in extract(document(case), gazetteer):
            found.setdefault(suggestion_key(suggestion), suggestion.sentence)
        for key in expected & found.keys():
            report.scores[key[0]].tp += 1
        for key in sorted(expected - found.keys(), key=repr):
            report.scores[key[0]].fn += 1
            report.misses.append((case["id"], key, case["body"]))
        for key in sorted(found.keys() - expected, key=repr):
            report.scores[key[0]].fp += 1
            report.false_positives.append((case["id"], key, found[key]))
        if case.get("negative") and any(key[0] != "mention" for key in found):
            report.negatives_with_facts.append(case["id"])
    return report


def table(report: Report) -> str:
    lines = [f"{'fact':<15}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}  target"]
    for name in [*TYPES, "release dates", "all"]:
        score = report.row(name)
        target = ""
        if name in TARGETS:
            precision, recall = TARGETS[name]
            target = f"P>={precision}" + (f" R>={recall}" if recall else "")
        if name == "release dates":
            lines.append("-" * 70)
        lines.append(
            f"{name:<15}{score.tp:>5}{score.fp:>5}{score.fn:>5}"
            f"{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}  {target}"
        )
    return "\n".join(lines)


SUMMARY_ROWS = ("release dates", "mention", "all")


def summary(report: Report, row: str) -> str:
    score = report.row(row)
    return f"{row}: P {score.precision:.3f} R {score.recall:.3f} ({score.tp + score.fn} facts)"


def details(report: Report) -> str:
    lines = []
    for title, rows in (("Missed", report.misses), ("False positives", report.false_positives)):
        lines.append(f"\n{title} ({len(rows)}):")
        for case_id, key, text in rows:
            lines.append(f"  [{case_id}] {key}\n      {text!r}")
    return "\n".join(lines)


# Throughput ---------------------------------------------------------------------------------

_SYLLABLES = (  # split where used
    "ka ren dor vel mi tha lo quin sar bel tor ny ash ell mor ved ri zan ca lum "
    "bra cor dax fen gal hes ist jor kel lin mar nor ost pel rho sil tam ul vor wyn"
)
_NOUNS = (  # split where used
    "Harbor Kingdom Signal Empire Witness Tide Frontier Garden Verdict Circuit Oath Crown Echo "
    "River Citadel Dynasty Mirror Wolf Covenant Horizon Station Archive Carnival Reckoning "
    "Prophecy Engine Bridge Labyrinth Outpost Vow Legacy Requiem Saga Protocol Chronicle"
)
_FIRST = (  # split where used
    "Ada Ben Chloe Dev Elena Farid Grace Hugo Iris Jonah Kira Leo Maya Nico Omar Priya Quinn "
    "Rosa Sami Tara Umar Vera Wes Yuki Zane Amara Bruno Celine Dario Esme Felix Gita Hana Ivan"
)


def generated_entries(count: int, seed: int = 7) -> list[Entry]:
    """Return `count` invented titles, people, companies and franchises, all distinct, with
    ids that cannot collide with the real catalog's. Shaped like a real catalog: six titles
    in ten (some with an alias), three people, one company or franchise."""
    rng = random.Random(seed)
    seen: set[str] = set()

    syllables, nouns, first_names = _SYLLABLES.split(), _NOUNS.split(), _FIRST.split()

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.choice((2, 2, 3)))).capitalize()

    def unique(make) -> str:
        while (name := make()) in seen:
            pass
        seen.add(name)
        return name

    entries = []
    for index in range(count):
        pk = 1_000_000 + index
        roll = index % 10
        if roll < 6:
            name = unique(
                lambda: rng.choice(
                    (
                        f"{word()} {rng.choice(nouns)}",
                        f"The {word()} {rng.choice(nouns)}",
                        f"{word()}: {rng.choice(nouns)} of {word()}",
                        f"{word()} {rng.randint(2, 9)}",
                    )
                )
            )
            aliases = (name.split(":")[0] + " Saga",) if ":" in name and roll == 0 else ()
            subkind = rng.choice(("film", "film", "series", "game"))
            entries.append(Entry(pk, "title", name, aliases, subkind, None, None, index))
        elif roll < 9:
            name = unique(lambda: f"{rng.choice(first_names)} {word()}")
            entries.append(Entry(pk, "person", name))
        elif index % 20 == 9:
            entries.append(Entry(pk, "company", unique(lambda: f"{word()} {word()} Studios")))
        else:
            entries.append(Entry(pk, "franchise", unique(lambda: f"{word()} {word()}")))
    return entries


def _one_core() -> str:
    """Pin this process to one CPU, so the figure is per core whatever the machine."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def long_articles(cases: list[dict], words: int = 600) -> list[Document]:
    """Return the case bodies joined, in order, into articles of about `words` words each: a
    story as long as a real one, so the per-article figure is not flattered by short cases."""
    articles, body, count, first = [], [], 0, cases[0]
    for case in cases:
        body.append(case["body"])
        count += len(case["body"].split())
        if count >= words:
            articles.append(document({**first, "body": "\n".join(body)}))
            body, count = [], 0
        first = first if body else case
    return articles


def _rate(documents: list[Document], gazetteer: Gazetteer, seconds: float) -> dict:
    for doc in documents:  # one warm-up pass: regex caches, first-call costs
        extract(doc, gazetteer)
    articles, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        for doc in documents:
            extract(doc, gazetteer)
        articles += len(documents)
    return {
        "articles": articles,
        "seconds": elapsed,
        "per_second": articles / elapsed,
        "words_per_article": sum(len(d.text.split()) for d in documents) / len(documents),
    }


def throughput(cases: list[dict], names: int, seconds: float) -> dict:
    pinned = _one_core()
    entries = generated_entries(names) + load_entries()
    started = time.perf_counter()
    gazetteer = Gazetteer(entries)
    gazetteer.mentions("warm up")  # the automaton is finished on first use: count it as build
    build = time.perf_counter() - started
    return {
        "entries": len(entries),
        "names": sum(1 + len(e.aliases) for e in entries),
        "build_seconds": build,
        "cases": _rate([document(case) for case in cases], gazetteer, seconds),
        "long": _rate(long_articles(cases), gazetteer, seconds),
        "pinned": pinned,
        "gazetteer": gazetteer,
    }


# Command line -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and false positive")
    parser.add_argument("--throughput", action="store_true", help="also measure articles/s")
    parser.add_argument("--names", type=int, default=100_000, help="generated catalog entries")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to measure")
    args = parser.parse_args(argv)

    cases = load_cases()
    gazetteer = Gazetteer(load_entries())
    report = evaluate(cases, gazetteer)
    facts = Counter(fact["type"] for case in cases for fact in case["expected"])
    print(
        f"{report.cases} cases ({sum(1 for c in cases if c.get('negative'))} negatives), "
        f"{sum(facts.values())} expected facts"
    )
    print(table(report))
    for split in sorted({case.get("split", "dev") for case in cases}):
        part = evaluate([c for c in cases if c.get("split", "dev") == split], gazetteer)
        print(f"  {split:<8}" + "  ".join(summary(part, row) for row in SUMMARY_ROWS))
    if report.negatives_with_facts:
        print(f"negatives that yielded facts: {', '.join(report.negatives_with_facts)}")
    if args.verbose:
        print(details(report))
    missed = report.missed_targets()

    if args.throughput:
        result = throughput(cases, args.names, args.seconds)
        print(f"\nthroughput, one core ({result['pinned']}):")
        for label, rate in (("the cases", result["cases"]), ("long articles", result["long"])):
            print(
                f"  {label:<14}{rate['per_second']:>7.0f} articles/s  ({rate['articles']} "
                f"articles of ~{rate['words_per_article']:.0f} words in {rate['seconds']:.1f} s)"
            )
        print(
            f"gazetteer: {result['entries']} entries, {result['names']} names, "
            f"built in {result['build_seconds']:.2f} s"
        )
        big = evaluate(cases, result["gazetteer"])
        dates, mention = big.row("release dates"), big.row("mention")
        print(
            f"with that catalog: release dates P {dates.precision:.3f} R {dates.recall:.3f}, "
            f"mention P {mention.precision:.3f} R {mention.recall:.3f}"
        )
        # The target is set on the cases; the long articles are reported beside it, because a
        # real story is ~35 times longer than a case.
        rate = result["cases"]["per_second"]
        if rate < THROUGHPUT_TARGET:
            missed.append(f"throughput {rate:.0f}/s < {THROUGHPUT_TARGET:.0f}/s")
        if result["long"]["per_second"] < THROUGHPUT_TARGET:
            print(
                f"note: long articles run at {result['long']['per_second']:.0f}/s, under the "
                f"{THROUGHPUT_TARGET:.0f}/s target (not gated)"
            )

    for line in missed:
        print(f"TARGET MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
