"""Could a learned model pair titles with dates where the rules miss them? A study, not a part.

For each shape story of the tuning rounds (never the test round), every title the extractor
knows or proposes is paired with every date read in the same line, or in the dated line just
above a list's row. Each pair gets features a model can learn from: how far apart they are,
what lies between, how precise the date is, whether it is past, whether a rule already said
it. A pair is right when the story's answer key dates that title on that day (in any region).

A logistic regression is trained leaving one round out at a time and scored on that round:
what a model trained on the other rounds would add to the rules' cards on copy it never saw.

    pip install -e '.[study]'
    .venv/bin/python bench/extraction/pairing.py [--mode warm|cold]

Results are in ../RESULTS.md ("A learned pairing of titles and dates"), measured before the
title model (c619db4): since then cold stories also pair the titles it proposes, and it was
trained on these same rounds, so cold figures from a later commit read higher than they are.
"""

import argparse
import re
import sys
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

import corpus as C

from premiere.extraction import Entry, Gazetteer, Kind, extract
from premiere.extraction.when import find_dates
from premiere.extraction.writing import reading

WORD = re.compile(r"\w+")
LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s")
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
DISTANCES = (3, 10, 25, 60, 150)
HEADING_REACH = 12  # lines a list's row may sit below its dated heading


def _bucket(value, edges) -> str:
    return next((str(edge) for edge in edges if value <= edge), "more")


def _precision(canonical: str) -> str:
    for name, pattern in (
        ("day", r"\d{4}-\d\d-\d\d"),
        ("month", r"\d{4}-\d\d"),
        ("year", r"\d{4}"),
    ):
        if re.fullmatch(pattern, canonical):
            return name
    return "period"


class Named(NamedTuple):
    """A title where the story names it."""

    start: int
    end: int
    title: str  # as the answer key names it
    surface: str


class Story:
    """One story's rule cards and its (title, date) pairs, each with features and a label."""

    def __init__(self, page: dict, mode: str, demo: list[Entry]):
        self.page = page
        entries = demo + (C.warm_entries(page, 10_000_000) if mode == "warm" else [])
        gazetteer = Gazetteer(entries)
        doc = C.document(page)
        cards = extract(doc, gazetteer)
        self.titles = C.Titles(page)
        predicted = C.predicted(page, cards, gazetteer)["release"]
        self.rules = set(predicted)
        self.expected = set(C.gold(page)["release"])
        self.expected_pairs = {(title, when) for title, when, _ in self.expected}
        regions = Counter(region for _, _, region in self.rules).most_common(1)
        self.market = regions[0][0] if regions else "WW"
        known = [e for e in entries if e.kind == "title"]
        for n, card in enumerate(cards):  # what the rules proposed or dated is a title too
            name = card.value.get("name") if card.kind == Kind.NEW_TITLE else None
            if card.kind in (Kind.RELEASE, Kind.RELEASE_MOVE) and card.subject:
                name = card.subject.name
            if name:
                known.append(Entry(20_000_000 + n, "title", name, (), "film"))
        self.named: set[str] = set()  # the titles found anywhere in the story
        self.pairs = list(self._pairs(doc, Gazetteer(known)))
        self.chance: dict = {}  # (title, day) -> the model's, once the story's fold is scored

    def _pairs(self, doc, names: Gazetteer):
        text = doc.headline + "\n" + doc.body
        lines, at = [], 0
        for line in text.split("\n"):
            lines.append((at, line))
            at += len(line) + 1
        dates = {}
        with reading(text, self.page.get("language", "")):
            for number, (start, line) in enumerate(lines):
                for d in find_dates(line, doc.published) if line.strip() else ():
                    dates.setdefault(number, []).append(
                        replace(d, start=d.start + start, end=d.end + start)
                    )
        mentions = {}
        starts = [start for start, _ in lines]
        for m in names.mentions(text):
            if entry := next((e for e in m.candidates if e.kind == "title"), None):
                number = max(i for i, s in enumerate(starts) if s <= m.start)
                name = self.titles.canonical(entry.name, *entry.aliases)
                mentions.setdefault(number, []).append(Named(m.start, m.end, name, m.surface))
                self.named.add(name)
        rule_pairs = {(title, when) for title, when, _ in self.rules}
        for number, here in mentions.items():
            start, line = lines[number]
            candidates = [(d, "same") for d in dates.get(number, [])]
            for above in range(number - 1, max(-1, number - HEADING_REACH), -1):
                if not lines[above][1].strip():
                    continue
                if above in dates and above not in mentions and len(lines[above][1]) < 80:
                    candidates += [(d, "heading") for d in dates[above]]
                    break
                if not LIST_ITEM.match(lines[above][1]) and len(lines[above][1]) > 80:
                    break
            for title in here:
                for d, relation in candidates:
                    when = d.when.canonical()
                    features = self._features(text, doc, start, line, title, d, when, relation)
                    features["rule"] = int((title.title, when) in rule_pairs)
                    features["rule_date_elsewhere"] = int(
                        any(w == when and t != title.title for t, w in rule_pairs)
                    )
                    yield (title.title, when), features

    def _features(self, text, doc, start, line, title, d, when, relation) -> dict:
        f = {
            f"relation={relation}": 1,
            f"precision={_precision(when)}": 1,
            "list_item": int(bool(LIST_ITEM.match(line))),
            "relative": int(d.relative),
            "past": int(d.when.start is not None and d.when.start < doc.published),
            f"language={self.page.get('language') or 'en'}": 1,
        }
        if relation == "heading":
            f["title_opens_row"] = int(title.start - start < 12)
            return f
        before = d.end <= title.start
        gap = text[d.end : title.start] if before else text[title.end : d.start]
        f["date_first"] = int(before)
        side = "date_first" if before else "title_first"
        f[f"{side}_within={_bucket(len(gap), DISTANCES)}"] = 1
        f["sentence_between"] = int(bool(SENTENCE_BREAK.search(gap)))
        words = [w.lower() for w in WORD.findall(gap)]
        for w in words if len(words) <= 6 else ["(long)"]:
            f[f"between={w}"] = 1
        for w in [w.lower() for w in WORD.findall(text[max(0, d.start - 30) : d.start])][-2:]:
            f[f"before_date={w}"] = 1
        return f


def _folds(stories: list[Story]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rounds = sorted({s.page["round"] for s in stories})
    for held in rounds:
        train = [
            (f, pair in s.expected_pairs)
            for s in stories
            if s.page["round"] != held
            for pair, f, *_ in s.pairs
        ]
        vectorizer = DictVectorizer()
        model = LogisticRegression(max_iter=2000).fit(
            vectorizer.fit_transform([f for f, _ in train]), [y for _, y in train]
        )
        for story in (s for s in stories if s.page["round"] == held and s.pairs):
            chances = model.predict_proba(vectorizer.transform([f for _, f in story.pairs]))
            for (pair, _), p in zip(story.pairs, chances[:, 1], strict=True):
                story.chance[pair] = max(story.chance.get(pair, 0.0), p)
        print(f"  round {held} held out: trained on {len(train):,} pairs", file=sys.stderr)


def _score(stories: list[Story], threshold: float | None) -> tuple[float, float]:
    tp = fp = fn = 0
    for story in stories:
        keys = set(story.rules)
        if threshold is not None:
            said = {(t, w) for t, w, _ in keys}
            region_of_day = {w: r for _, w, r in sorted(keys)}
            for pair, chance in story.chance.items():
                if chance >= threshold and pair not in said:
                    keys.add((*pair, region_of_day.get(pair[1], story.market)))
        tp += len(keys & story.expected)
        fp += len(keys - story.expected)
        fn += len(story.expected - keys)
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=("warm", "cold"), default="warm")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("pairing.py: scikit-learn is missing: pip install -e '.[study]'", file=sys.stderr)
        return 1
    demo = C.demo_entries()
    pages = [p for p in C.load_pages(C.SHAPES) if p["round"] != C.SHAPES_TEST_ROUND]
    stories = []
    for n, page in enumerate(pages, 1):
        stories.append(Story(page, args.mode, demo))
        if n % 100 == 0:
            print(f"  read {n} of {len(pages)} stories", file=sys.stderr)
    _folds(stories)
    latest = max(s.page["round"] for s in stories)
    groups = (
        ("all tuning rounds", stories),
        (f"round {latest}", [s for s in stories if s.page["round"] == latest]),
    )
    print(f"{args.mode}, release dates strict, each round scored by a model trained on the others")
    for label, chosen in groups:
        p, r = _score(chosen, None)
        print(f"  {label}: rules alone P {p:.2f} R {r:.2f}")
        for threshold in (0.5, 0.7):
            p, r = _score(chosen, threshold)
            print(f"    + learned pairs at {threshold}: P {p:.2f} R {r:.2f}")
    missed = [
        (s, pair) for s in stories for pair in s.expected_pairs - {(t, w) for t, w, _ in s.rules}
    ]
    covered = [s.chance[pair] for s, pair in missed if pair in s.chance]
    wrong = [c for s in stories for pair, c in s.chance.items() if pair not in s.expected_pairs]
    median = lambda xs: sorted(xs)[len(xs) // 2] if xs else 0.0  # noqa: E731
    candidates = [(s, pair) for s, pair in missed if pair in s.chance]
    no_title = [(s, pair) for s, pair in missed if pair not in s.chance and pair[0] not in s.named]
    print(
        f"  pairs the rules miss: {len(missed)}: {len(candidates)} are pairs here (median "
        f"chance {median(covered):.2f}; wrong pairs' median {median(wrong):.2f}), "
        f"{len(no_title)} have no title found, {len(missed) - len(candidates) - len(no_title)} "
        "their title but not on the day's line or under its heading"
    )
    print(f"{len(stories)} stories, {sum(len(s.pairs) for s in stories):,} pairs studied")
    return 0


if __name__ == "__main__":
    sys.exit(main())
