"""Score the extractor on real news pages nobody here wrote (see corpus/README.md).

    .venv/bin/python bench/extraction/corpus.py missing          # which page texts are absent
    .venv/bin/python bench/extraction/corpus.py split            # pages and facts per split
    .venv/bin/python bench/extraction/corpus.py score            # test split, cold and warm
    .venv/bin/python bench/extraction/corpus.py score --split dev --verbose   # tuning
    .venv/bin/python bench/extraction/corpus.py demo-catalog     # rebuild the cold catalog
    .venv/bin/python bench/extraction/corpus.py agree            # two annotators, same pages
    .venv/bin/python bench/extraction/corpus.py --set shapes score   # our stories in real shapes

`--set shapes` scores the stories of `shapes/` (see shapes/README.md) the same way: written
here in the shapes of real pages, their texts travel with the repository.

Cold: the gazetteer is the demo catalog only, so every title must be proposed as new. Warm:
each page's own titles (its "titles", aliases included) are imported first. Release dates
match on (title, date, region); credits on (title, person, role); statuses on (title,
status); how a release comes out (medium, platforms) is reported as agreement on the
matched ones. Plain Python, no Django (but for demo-catalog).
"""

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from evaluate import Score  # the same counting as the hand-written set (this folder)

from premiere.core.text import markdown_emphasis, markdown_headings, markdown_text
from premiere.extraction import Document, Entry, Gazetteer, Kind, extract
from premiere.extraction.text import normalize_name

HERE = Path(__file__).resolve().parent / "corpus"
SHAPES = Path(__file__).resolve().parent / "shapes"
SHAPES_TEST_ROUND = 17  # written against a frozen commit and scored before any tuning on it
SECOND = HERE / "second"  # the same pages written down again by another annotator
TEXTS = HERE / "texts"
DEMO_CATALOG = HERE / "demo_catalog.json"
TARGETS = {  # split test, release dates: (precision, recall)
    "cold": (0.90, 0.75),
    "warm": (0.95, 0.90),
}
# The stored pages begin with the store's own note of the page's date: not the story's text.
HALF = re.compile(r"-H[12]$")
STORE_PREFIX = re.compile(r"^\s*date \d{4}-\d\d(?:-\d\d)?\s+")


def split_of(url: str) -> str:
    """The fixed rule: test when the first 8 hex digits of SHA-256(url) are 0 or 1 mod 5."""
    return "test" if int(hashlib.sha256(url.encode()).hexdigest()[:8], 16) % 5 < 2 else "dev"


def load_pages(folder: Path = HERE) -> list[dict]:
    pages = []
    pattern = "round*.jsonl" if folder == SHAPES else "pages*.jsonl"
    for path in sorted(folder.glob(pattern)):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                page = json.loads(line)
                if "round" in page:
                    page["split"] = "test" if page["round"] == SHAPES_TEST_ROUND else "dev"
                else:
                    page["split"] = split_of(page["url"])
                page["where"] = f"{path.name}:{number}"
                pages.append(page)
    return pages


def document(page: dict) -> Document | None:
    if "text" in page:  # a story of our own (shapes/): Markdown, read as the desk reads it
        return Document(
            headline=page["headline"],
            body=markdown_text(page["text"]),
            published=date.fromisoformat(page["published"]),
            emphasized=markdown_emphasis(page["text"]),
            headings=markdown_headings(page["text"]),
        )
    path = TEXTS / f"{page['id']}.txt"
    if not path.exists():
        return None
    headline, _, body = path.read_text(encoding="utf-8").partition("\n")
    return Document(
        headline=STORE_PREFIX.sub("", headline).strip(),
        body=STORE_PREFIX.sub("", body.lstrip("\n")),
        published=date.fromisoformat(page["published"]),
    )


def demo_entries() -> list[Entry]:
    rows = json.loads(DEMO_CATALOG.read_text(encoding="utf-8"))
    return [Entry(**{**row, "aliases": tuple(row["aliases"])}) for row in rows]


def warm_entries(page: dict, start: int) -> list[Entry]:
    return [
        Entry(start + n, "title", t["name"], tuple(t.get("aliases", ())), t.get("kind", "film"))
        for n, t in enumerate(page["titles"])
    ]


# Matching -----------------------------------------------------------------------------------


def _n(text: str) -> str:
    return normalize_name(text or "")


class Titles:
    """A page's titles and their aliases: any spelling of one maps to its name."""

    def __init__(self, page: dict):
        self.names = {}
        for title in page["titles"]:
            for spelling in (title["name"], *title.get("aliases", ())):
                self.names.setdefault(_n(spelling), _n(title["name"]))

    def canonical(self, *spellings: str) -> str:
        for spelling in spellings:
            if _n(spelling) in self.names:
                return self.names[_n(spelling)]
        return _n(spellings[0]) if spellings else ""


def gold(page: dict, titles: Titles | None = None) -> dict[str, dict]:
    """The page's facts as keys; `titles` names them as another annotation of the page does."""
    own = Titles(page)
    titles = titles or own
    aliases = defaultdict(list)
    for title in page["titles"]:
        aliases[_n(title["name"])] += title.get("aliases", ())
    found = defaultdict(dict)
    for fact in page["facts"]:
        name = own.canonical(fact["title"])
        title = titles.canonical(fact["title"], name, *aliases[name])
        match fact["type"]:
            case "release":
                key = (title, fact["date"], fact.get("region") or "WW")
                found["release"][key] = fact
            case "credit":
                found["credit"][(title, _n(fact["person"]), fact["role"])] = fact
            case "status":
                found["status"][(title, fact["status"])] = fact
    return found


def predicted(page: dict, suggestions, gazetteer: Gazetteer) -> dict[str, dict]:
    titles = Titles(page)
    found = defaultdict(dict)

    def title_of(subject) -> str:
        spellings = [subject.name]
        if subject.id is not None and (entry := gazetteer.get(subject.kind, subject.id)):
            spellings += list(entry.aliases)
        return titles.canonical(*spellings)

    for s in suggestions:
        v = s.value
        match s.kind:
            case Kind.RELEASE | Kind.RELEASE_MOVE:
                # The pages were written down before a half of a year was a date's form:
                # "early 2028" was noted as its year, so a half is scored as its year there
                # (the shape stories write halves down as halves).
                when = v.get("date") or v.get("to")
                if "round" not in page:
                    when = HALF.sub("", when)
                key = (title_of(s.subject), when, v.get("region") or "WW")
                found["release"].setdefault(key, []).append(s)
            case Kind.CREDIT if "person" in v:  # a company's credit is no person's
                found["credit"].setdefault((title_of(s.subject), _n(v["person"]), v["role"]), [])
                found["credit"][(title_of(s.subject), _n(v["person"]), v["role"])].append(s)
            case Kind.STATUS:
                found["status"].setdefault((title_of(s.subject), v["status"]), []).append(s)
            case Kind.NEW_TITLE:
                found["new_title"].setdefault(titles.canonical(v["name"]), []).append(s)
    return found


@dataclass
class Report:
    scores: dict = field(default_factory=lambda: defaultdict(Score))
    medium_agree: Counter = field(default_factory=Counter)
    tiers: dict = field(default_factory=lambda: defaultdict(Counter))  # release cards by confidence
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    pages: int = 0


def _media(suggestions) -> set:
    return {(s.value.get("medium") or "", s.value.get("channel") or "") for s in suggestions}


CONFIDENT = 0.8  # the review page's "Accept all confident" takes these
TIERS = (0.9, CONFIDENT, 0.7, 0.0)


def _tier(confidence: float) -> float:
    return next(floor for floor in TIERS if confidence >= floor)


def score_page(
    page: dict, gazetteer_entries: list[Entry], mode: str, report: Report, confident=False
) -> None:
    doc = document(page)
    if doc is None:
        return
    entries = list(gazetteer_entries)
    if mode == "warm":
        entries += warm_entries(page, 10_000_000)
    gazetteer = Gazetteer(entries)
    found = extract(doc, gazetteer)
    if confident:
        found = [s for s in found if s.confidence >= CONFIDENT]
    expected, got = gold(page), predicted(page, found, gazetteer)
    report.pages += 1
    for kind in ("release", "credit", "status"):
        score = report.scores[kind]
        for key, fact in expected[kind].items():
            if key in got[kind]:
                score.tp += 1
                if kind == "release":
                    want = {(fact.get("medium") or "", c) for c in fact.get("channels") or [""]}
                    report.medium_agree[
                        "agree" if want == _media(got[kind][key]) else "differ"
                    ] += 1
            else:
                score.fn += 1
                report.misses.append((page["id"], kind, key))
        for key, suggestions in got[kind].items():
            if kind == "release":
                tier = _tier(max(s.confidence for s in suggestions))
                report.tiers[tier]["right" if key in expected[kind] else "wrong"] += 1
            if key not in expected[kind]:
                score.fp += 1
                report.wrong.append((page["id"], kind, key, suggestions[0].sentence[:160]))
    # The same dates with where they are left out: how far the title and the day are right
    # when a reader and the extractor name the region differently.
    lenient = report.scores["release, any region"]
    wanted = {(title, when) for title, when, _ in expected["release"]}
    said = {(title, when) for title, when, _ in got["release"]}
    lenient.tp += len(wanted & said)
    lenient.fn += len(wanted - said)
    lenient.fp += len(said - wanted)
    if mode == "cold":
        known = {_n(e.name) for e in gazetteer_entries if e.kind == "title"}
        wanted = {Titles(page).canonical(t["name"]) for t in page["titles"]} - known
        proposed = set(got["new_title"])
        new = report.scores["new_title"]
        new.tp += len(wanted & proposed)
        new.fn += len(wanted - proposed)
        new.fp += len(proposed - wanted)
        report.wrong += [(page["id"], "new_title", (name,), "") for name in proposed - wanted]
        report.misses += [(page["id"], "new_title", (name,)) for name in wanted - proposed]


def run(pages, mode: str, confident: bool = False) -> Report:
    report = Report()
    entries = demo_entries()
    for page in pages:
        score_page(page, entries, mode, report, confident)
    return report


def print_report(name: str, report: Report, verbose: bool) -> None:
    print(f"\n{name}: {report.pages} pages")
    print(f"{'fact':<20}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}")
    for kind in ("release", "release, any region", "credit", "status", "new_title"):
        if kind not in report.scores:
            continue
        s = report.scores[kind]
        print(f"{kind:<20}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.2f}{s.recall:>8.2f}")
    agree = report.medium_agree
    if agree:
        total = sum(agree.values())
        print(f"how released (medium, platforms) agrees on {agree['agree']}/{total} matched dates")
    if report.tiers:
        ceilings = dict(zip(TIERS, (1.0, *TIERS[:-1]), strict=True))
        print(
            "release cards right by confidence: "
            + ", ".join(
                f"{floor}–{ceilings[floor]}: {t['right']}/{t['right'] + t['wrong']}"
                for floor in TIERS
                if (t := report.tiers[floor])
            )
        )
    if verbose:
        for page, kind, key in report.misses:
            print(f"  MISS  {page} {kind} {key}")
        for page, kind, key, sentence in report.wrong:
            print(f"  WRONG {page} {kind} {key} | {sentence.replace(chr(10), ' / ')}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["corpus", "shapes"], default="corpus", dest="which")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("missing")
    sub.add_parser("split")
    scoring = sub.add_parser("score")
    scoring.add_argument("--split", choices=["test", "dev", "all"], default="test")
    scoring.add_argument("--mode", choices=["cold", "warm", "both"], default="both")
    scoring.add_argument("--verbose", action="store_true")
    scoring.add_argument("--kinds", default="", help="only these page formats (comma-separated)")
    scoring.add_argument("--group", default="", help="shapes: only this set (games, film, tv)")
    sub.add_parser("demo-catalog")
    sub.add_parser("agree")
    args = parser.parse_args(argv)
    pages = load_pages(SHAPES if args.which == "shapes" else HERE)

    if args.command == "missing":
        absent = [p for p in pages if document(p) is None]
        for page in absent:
            print(f"{page['id']}  {page['url']}")
        print(f"{len(pages) - len(absent)} of {len(pages)} page texts present.")
        return 1 if absent else 0
    if args.command == "split":
        for split in ("dev", "test"):
            chosen = [p for p in pages if p["split"] == split]
            facts = Counter(f["type"] for p in chosen for f in p["facts"])
            formats = Counter(p["format"] for p in chosen)
            print(f"{split}: {len(chosen)} pages, facts {dict(facts)}, formats {dict(formats)}")
        return 0
    if args.command == "demo-catalog":
        return demo_catalog()
    if args.command == "agree":
        return agree(pages)

    chosen = [p for p in pages if args.split == "all" or p["split"] == args.split]
    if args.kinds:
        chosen = [p for p in chosen if p["format"] in args.kinds.split(",")]
    if args.group:
        chosen = [p for p in chosen if p.get("set") == args.group]
    missing = sum(1 for p in chosen if document(p) is None)
    if missing:
        print(f"note: {missing} page texts are missing (see `missing`); they are not scored.")
    failed = []
    for mode in ("cold", "warm") if args.mode == "both" else (args.mode,):
        report = run(chosen, mode)
        print_report(f"{mode}, {args.split} split", report, args.verbose)
        tier = run(chosen, mode, confident=True).scores["release"]
        print(
            f"  confident only (>= {CONFIDENT}): release P {tier.precision:.2f} "
            f"R {tier.recall:.2f} ({tier.tp} of {tier.tp + tier.fn})"
        )
        readers(chosen, mode)
        p_target, r_target = TARGETS[mode]
        s = report.scores["release"]
        if args.split == "test" and (s.precision < p_target or s.recall < r_target):
            failed.append(f"{mode}: release dates P {s.precision:.2f} R {s.recall:.2f}")
    if failed:
        print("\nbelow target: " + "; ".join(failed))
    return 1 if failed else 0


def readers(pages: list[dict], mode: str) -> None:
    """Release dates scored against each reader of the pages written down twice, and against
    both: a date either one wrote is right, and the dates both wrote are the ones to find."""
    seconds = {p["id"]: p for p in load_pages(SECOND)}
    twice = [p for p in pages if p["id"] in seconds and document(p) is not None]
    if not twice:
        return
    first, second = Score(), Score()
    said = right = wanted = found = 0
    entries = demo_entries()
    for page in twice:
        gazetteer = Gazetteer(entries + (warm_entries(page, 10_000_000) if mode == "warm" else []))
        got = set(predicted(page, extract(document(page), gazetteer), gazetteer)["release"])
        one = set(gold(page)["release"])
        two = set(gold(seconds[page["id"]], Titles(page))["release"])
        for score, answer in ((first, one), (second, two)):
            score.tp += len(got & answer)
            score.fn += len(answer - got)
            score.fp += len(got - answer)
        said, right = said + len(got), right + len(got & (one | two))
        wanted, found = wanted + len(one & two), found + len(got & one & two)
    print(
        f"  {len(twice)} pages written down twice, release P / R against the first reader "
        f"{first.precision:.2f} / {first.recall:.2f}, the second {second.precision:.2f} / "
        f"{second.recall:.2f}; right if either wrote it, of those both wrote "
        f"{right / max(said, 1):.2f} / {found / max(wanted, 1):.2f}"
    )


def agree(pages: list[dict]) -> int:
    """How far two careful readers agree: the ceiling any extractor is measured under.

    The first annotation is read as the answer and the second as a prediction, so "precision"
    is the share of the second reader's facts the first also wrote down.
    """
    first = {p["id"]: p for p in pages}
    second = [p for p in load_pages(SECOND) if p["id"] in first]
    if not second:
        print(f"No second annotation in {SECOND}.")
        return 1
    scores = defaultdict(Score)
    releases = Counter()
    for page in second:
        one = first[page["id"]]
        expected, got = gold(one), gold(page, Titles(one))
        for kind in ("release", "credit", "status"):
            score = scores[kind]
            score.tp += len(expected[kind].keys() & got[kind].keys())
            score.fn += len(expected[kind].keys() - got[kind].keys())
            score.fp += len(got[kind].keys() - expected[kind].keys())
        dated = {(t, d) for t, d, _ in expected["release"]}
        for title, when, _ in got["release"].keys() - expected["release"].keys():
            if (title, when) in dated:
                releases["same date, other region"] += 1
            elif any(t == title for t, _ in dated):
                releases["same title, other date"] += 1
            elif title in {Titles(one).canonical(t["name"]) for t in one["titles"]}:
                releases["a title the first reader gave no date"] += 1
            else:
                releases["a title the first reader did not name"] += 1
    splits = Counter(first[p["id"]]["split"] for p in second)
    print(f"{len(second)} pages written down twice ({dict(splits)})")
    print(f"{'fact':<12}{'both':>6}{'2nd':>6}{'1st':>6}{'P':>8}{'R':>8}")
    for kind, s in scores.items():
        print(f"{kind:<12}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.2f}{s.recall:>8.2f}")
    print(
        "release dates only the second reader wrote: "
        + ", ".join(f"{why} {n}" for why, n in releases.most_common())
    )
    return 0


def demo_catalog() -> int:
    """Load the demo into a throwaway SQLite database and write its gazetteer entries."""
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        os.environ["PREMIERE_DATA_DIR"] = folder
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/demo.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "premiere.settings")
        import django
        from django.core.management import call_command

        django.setup()
        with open(os.devnull, "w") as quiet:
            call_command("migrate", verbosity=0, stdout=quiet)
            call_command("demo", stdout=quiet)
        from premiere.catalog.gazetteer import gazetteer_build

        rows = [
            {**entry.__dict__, "aliases": list(entry.aliases)}
            for entry in gazetteer_build().entries
        ]
    DEMO_CATALOG.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(rows)} demo entries written to {DEMO_CATALOG.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
