"""Train the model that spots titles (src/premiere/extraction/title_model.py), or study it.

    .venv/bin/python bench/extraction/title_model.py train   # writes the model the site uses
    .venv/bin/python bench/extraction/title_model.py study   # trains on the older tuning
                                                             # rounds, scores the newest four

Both learn from the shape stories' answer keys (their titles and every spelling of them),
never from the test round (`corpus.SHAPES_TEST_ROUND`): a title is each place the story
writes one of its titles' names or aliases. `study` says what the model would find on rounds
it never saw, beside what the rules find there.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import corpus as C
import pycrfsuite

from premiere.extraction.text import clean
from premiere.extraction.title_model import MODEL, features, spans, use_model, words

# Aliases that are no title's name as it stands in a sentence: "Season 2", "the film".
NOT_A_NAME = re.compile(
    r"^(?:season|series|part|vol|staffel|temporada|saison|stagione|the\s+(?:film|series|show|"
    r"game|movie))\b",
    re.I,
)
SETTINGS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
STUDIED_ROUNDS = 4


def tagged(page: dict) -> tuple[str, list, list[list[str]], list[str]]:
    """A story's text, words, features, and each word's tag: B begins a title, I goes on."""
    text, found = words(C.document(page))
    places = []
    for title in page["titles"]:
        for name in (title["name"], *title.get("aliases", ())):
            if name and (name[0].isupper() or name[0].isdigit()) and not NOT_A_NAME.match(name):
                pattern = r"(?<!\w)" + re.escape(clean(name)) + r"(?!\w)"
                places += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    tags, taken = ["O"] * len(found), []
    for start, end in sorted(places, key=lambda p: (p[0], p[0] - p[1])):  # longest first
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            inside = [i for i, w in enumerate(found) if w.start >= start and w.end <= end]
            for n, i in enumerate(inside):
                tags[i] = "I" if n else "B"
    return text, found, features(found, page.get("language") or "en"), tags


def train(pages: list[dict], path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for n, page in enumerate(pages, 1):
        _, _, rows, tags = tagged(page)
        trainer.append(rows, tags)
        if n % 100 == 0:
            print(f"  read {n} of {len(pages)} stories", file=sys.stderr)
    trainer.set_params(SETTINGS)
    trainer.train(str(path))


def study(pages: list[dict]) -> None:
    """Train on all tuning rounds but the newest four, and score those four: the model alone,
    the rules alone (no model at all), and `extract` reading with the studied model."""
    rounds = sorted({p["round"] for p in pages})
    held = set(rounds[-STUDIED_ROUNDS:])
    path = Path("/tmp/premiere-title-model-study.crfsuite")
    train([p for p in pages if p["round"] not in held], path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    known = {C._n(e.name) for e in C.demo_entries() if e.kind == "title"}
    mentions, titles = Counter(), {name: Counter() for name in ("model", "rules", "extract")}
    studied = [p for p in pages if p["round"] in held]
    for page in studied:
        text, found, rows, tags = tagged(page)
        said = {(found[a].start, found[b].end) for a, b in spans(tagger.tag(rows))}
        right = {(found[a].start, found[b].end) for a, b in spans(tags)}
        mentions.update(tp=len(said & right), fp=len(said - right), fn=len(right - said))
        names = C.Titles(page)
        wanted = {names.canonical(t["name"]) for t in page["titles"]} - known
        got = {names.canonical(text[a:b]) for a, b in said} - known
        titles["model"].update(tp=len(wanted & got), fp=len(got - wanted), fn=len(wanted - got))
    for name, model in (("rules", None), ("extract", path)):
        use_model(model)
        report = C.run(studied, "cold")
        for kind in ("new_title", "release", "credit"):
            titles[f"{name}:{kind}"] = report.scores[kind]
    use_model(MODEL)
    p = lambda c: c["tp"] / ((c["tp"] + c["fp"]) or 1)  # noqa: E731
    r = lambda c: c["tp"] / ((c["tp"] + c["fn"]) or 1)  # noqa: E731
    print(f"trained on rounds {rounds[0]}–{min(held) - 1}, scored on {sorted(held)}:")
    print(f"  places a title is written: P {p(mentions):.2f} R {r(mentions):.2f}")
    print(f"  new titles, the model alone: P {p(titles['model']):.2f} R {r(titles['model']):.2f}")
    for name in ("rules", "extract"):
        scores = [titles[f"{name}:{kind}"] for kind in ("new_title", "release", "credit")]
        print(
            f"  {'the rules alone' if name == 'rules' else 'extract with the model'}: new titles "
            + ", ".join(
                f"{kind} P {s.precision:.2f} R {s.recall:.2f}"
                for kind, s in zip(("", "release dates", "credits"), scores, strict=True)
            ).lstrip()
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("train", "study"))
    args = parser.parse_args(argv)
    pages = [p for p in C.load_pages(C.SHAPES) if p["round"] != C.SHAPES_TEST_ROUND]
    if args.action == "study":
        study(pages)
        return 0
    MODEL.parent.mkdir(exist_ok=True)
    train(pages, MODEL)
    size = MODEL.stat().st_size
    left_out = f"test round {C.SHAPES_TEST_ROUND} left out"
    print(f"trained on {len(pages)} stories ({left_out}): {MODEL.name}, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
