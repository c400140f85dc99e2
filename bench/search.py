"""Time search against the generated catalog (see bench/catalog_generate.py).

    PREMIERE_DATA_DIR=/tmp/bench-data .venv/bin/premiere reindex   # once, after generating
    PREMIERE_DATA_DIR=/tmp/bench-data .venv/bin/python bench/search.py --runs 10

Queries are drawn from the catalog itself (seeded, so runs compare): exact title, person and
franchise names, the same with one typo, half-typed names as the suggestions endpoint sees
them, very common words, words that match nothing, and hostile input. Each is fetched through
Django's test client (routing, view, search, template, middleware; no network), once to warm
up and then up to --runs times, each kind of query stopping early once it has used its
--budget seconds, so the run is bounded. It prints p50 and p95 per kind and endpoint, the
overall figures, and how often the named thing came first.
"""

import argparse
import os
import random
import statistics
import sys
import time
from urllib.parse import urlencode

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "premiere.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from premiere.catalog.models import Franchise, Person, Title  # noqa: E402
from premiere.search import selectors  # noqa: E402
from premiere.search.models import Document  # noqa: E402
from premiere.search.services import index_rebuild  # noqa: E402

TARGET_P95_MS = 30.0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="timed fetches per query")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per kind at most")
    parser.add_argument("--per-kind", type=int, default=12, help="queries of each kind")
    parser.add_argument("--seed", type=int, default=20261204)
    return parser.parse_args()


def misspell(name: str, rng: random.Random) -> str:
    """Return `name` with one typo in its longest word: a letter dropped or two swapped."""
    words = name.split()
    at = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[at]
    if len(word) < 5:
        return name
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        word = word[:i] + word[i + 1 :]
    else:
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    words[at] = word
    return " ".join(words)


def sample(model, n: int, rng: random.Random) -> list[str]:
    ids = list(model.objects.values_list("pk", flat=True))
    chosen = rng.sample(ids, min(n, len(ids)))
    return list(model.objects.filter(pk__in=chosen).values_list("name", flat=True))


def queries(n: int, rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """Return, for each kind of query, (text, the name expected first or "")."""
    titles = sample(Title, n, rng)
    people = sample(Person, n, rng)
    franchises = sample(Franchise, n, rng)
    return {
        "title, exact": [(t, t) for t in titles],
        "title, one typo": [(misspell(t, rng), t) for t in titles],
        "person, exact": [(p, p) for p in people],
        "person, one typo": [(misspell(p, rng), p) for p in people],
        "franchise, exact": [(f, f) for f in franchises],
        "half-typed": [(t[: max(3, len(t) * 2 // 3)], "") for t in titles + people],
        "common words": [(w, "") for w in ("the", "the last", "new", "of the", "a")],
        "no match": [(w, "") for w in ("zzzqx", "qwxzv plonk", "xylophonic")],
        "hostile": [
            (w, "")
            for w in ('NEAR("the" *', "-the -last", '"""', "🎬 the", "the " * 40, "x" * 5000)
        ],
    }


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(client: Client, path: str, *, runs: int, deadline: float) -> list[float]:
    response = client.get(path)  # warm up
    if response.status_code != 200:
        sys.exit(f"search bench: {path[:80]} answered {response.status_code}")
    times = []
    while len(times) < runs and time.monotonic() < deadline:
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    return times


def first_rate(cases: list[tuple[str, str]]) -> str:
    expected = [(text, name) for text, name in cases if name]
    if not expected:
        return ""
    hits = 0
    for text, name in expected:
        page = selectors.search_results(text=text).page
        hits += bool(page and page.object_list and page.object_list[0].name == name)
    return f"{hits}/{len(expected)}"


def main() -> None:
    args = parse_args()
    # As bench/catalog_pages.py: no setup_test_environment(), which slows template rendering.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # The suggestions endpoint's per-address limit would stop a benchmark, not a reader.
    settings.PREMIERE_SEARCH_SUGGEST_RATE_IP = "1000000/60"
    if not Title.objects.exists():
        sys.exit("search bench: the catalog is empty; run bench/catalog_generate.py first.")
    if not Document.objects.exists():
        print("The search index is empty; rebuilding it (premiere reindex)…")
        print(index_rebuild())
    print(
        f"{connection.vendor} at {connection.settings_dict['NAME']}: "
        f"{Document.objects.count():,} documents in the search index"
    )
    client, rng = Client(), random.Random(args.seed)
    endpoints = {"page": reverse("search:results"), "suggest": reverse("search:suggestions")}
    print(f"{'queries':18} {'endpoint':8} {'n':>4} {'p50 ms':>7} {'p95 ms':>7} {'first':>6}")
    started, every = time.monotonic(), {name: [] for name in endpoints}
    for kind, cases in queries(args.per_kind, rng).items():
        rate = first_rate(cases)
        for endpoint, path in endpoints.items():
            deadline, times = time.monotonic() + args.budget, []
            for text, _ in cases:
                url = f"{path}?{urlencode({'q': text})}"
                times += timed(client, url, runs=args.runs, deadline=deadline)
            every[endpoint] += times
            median = statistics.median(times) if times else float("nan")
            shown = rate if endpoint == "page" else ""
            print(
                f"{kind:18} {endpoint:8} {len(times):4} {median:7.1f} {p95(times):7.1f} {shown:>6}"
            )
    for endpoint, times in every.items():
        verdict = "meets" if p95(times) <= TARGET_P95_MS else "misses"
        print(
            f"All {endpoint:8} {len(times):5} fetches: p50 {statistics.median(times):.1f} ms, "
            f"p95 {p95(times):.1f} ms ({verdict} the {TARGET_P95_MS:.0f} ms target)"
        )
    print(f"Timed in {time.monotonic() - started:.0f}s.")


if __name__ == "__main__":
    main()
