"""Time the reader's pages, uncached, at whatever size the database holds.

    DATABASE_URL=postgres://premiere:premiere@127.0.0.1:5432/premiere_scale_100k \\
    PREMIERE_DATA_DIR=/tmp/scale-data PREMIERE_PAGE_CACHE=0 \\
        .venv/bin/python bench/scale.py --runs 20

Meant for the databases bench/scale_generate.py fills. Each page goes through Django's test
client, like bench/catalog_pages.py (one warm-up, then up to --runs fetches within --budget
seconds each), and the table gives the median, the 95th percentile and the query count.
Run it with PREMIERE_PAGE_CACHE=0: with the app's page cache on, every fetch after the
warm-up is two cache reads.

To see where a page's time goes: --explain prints EXPLAIN ANALYZE of its slowest queries,
--profile splits its time (cProfile, by the module each function is in) between the
database (ORM and driver), templates and the rest.
"""

import argparse
import cProfile
import pstats
import statistics
import sys
import time

from catalog_pages import fetch, measure, p95
from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.urls import reverse

from premiere.catalog.models import Franchise, Release, Title
from premiere.community.models import Comment
from premiere.newsroom.models import Article

GB = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed fetches per page")
    parser.add_argument("--budget", type=float, default=15.0, help="seconds per page at most")
    parser.add_argument("--only", default="", help="time only the rows whose label holds this")
    parser.add_argument(
        "--explain",
        type=int,
        default=0,
        metavar="N",
        help="EXPLAIN ANALYZE the N slowest queries of each page",
    )
    parser.add_argument("--profile", action="store_true", help="split each page's time")
    return parser.parse_args()  # fmt: skip


def pages() -> list[tuple[str, str, dict]]:
    """Return (label, path, headers): the heaviest real subject of each page, and a typical one."""
    if not Article.objects.exists() or not Title.objects.exists():
        sys.exit("scale: no stories or no catalog here; run bench/scale_generate.py first.")
    busiest_story = (
        Article.objects.published().annotate(n=Count("comments")).order_by("-n", "pk").first()
    )
    # A typical story: the one in the middle by comment count, among the recent ones.
    recent = Article.objects.published().order_by("-publish_at")[:2000]
    counted = sorted(
        Article.objects.filter(pk__in=recent.values("pk"))
        .annotate(n=Count("comments"))
        .values_list("n", "pk")
    )
    typical_story = Article.objects.get(pk=counted[len(counted) // 2][1])
    busiest_title = Title.objects.annotate(n=Count("releases")).order_by("-n", "pk").first()
    typical_title = Title.objects.order_by("pk")[Title.objects.count() // 2]
    franchise = Franchise.objects.annotate(n=Count("titles")).order_by("-n", "pk").first()
    word = busiest_title.name.split()[-1].lower()
    calendar = reverse("catalog:calendar")
    comments = Comment.objects.filter(article=busiest_story).count()
    return [
        ("front page", reverse("newsroom:home"), {}),
        (f"story, most comments ({comments:,})", busiest_story.get_absolute_url(), {}),
        ("story, typical", typical_story.get_absolute_url(), {}),
        (f"franchise, largest ({franchise.n})", franchise.get_absolute_url(), {}),
        ("title, typical", typical_title.get_absolute_url(), {}),
        (f"title, most releases ({busiest_title.n})", busiest_title.get_absolute_url(), {}),
        ("calendar, WW", calendar, {}),
        ("calendar, GB", calendar, GB),
        (f"search '{word}'", f"{reverse('search:results')}?q={word}", {}),
        (f"titles search '{word}'", f"{reverse('catalog:titles')}?q={word}", {}),
    ]


def explain(call, *, slowest: int) -> None:
    """Fetch once, recording each query's time, and EXPLAIN ANALYZE the slowest ones."""
    timed = []

    def record(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timed.append(((time.perf_counter() - started) * 1000, sql, params))

    with connection.execute_wrapper(record):
        call()
    total = sum(ms for ms, _, _ in timed)
    print(f"    {len(timed)} queries, {total:.1f} ms in the database")
    for ms, sql, params in sorted(timed, key=lambda row: -row[0])[:slowest]:
        print(f"    -- {ms:.1f} ms: {sql[:300]}")
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
            for (line,) in cursor.fetchall():
                print(f"       {line}")


# Where a function's own time goes, by the file it is in (first match wins). Django's text
# and date helpers count as templates: the filters are what calls them on these pages.
PARTS = [
    ("database", ("/django/db/", "/psycopg/", "/psycopg_pool/")),
    ("templates", ("/django/template/", "/templatetags/", "/django/utils/", "/django/forms/")),
    ("app", ("/premiere/",)),
]


def _part(filename: str) -> str | None:
    return next((name for name, marks in PARTS if any(m in filename for m in marks)), None)


def profile(call, *, runs: int) -> str:
    """Split the time of `runs` calls between PARTS; a built-in's time goes to its callers."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        call()
    profiler.disable()
    split = {name: 0.0 for name, _ in PARTS} | {"the rest": 0.0}
    for (filename, _, _), (_, _, own, _, callers) in pstats.Stats(profiler).stats.items():
        if filename == "~" and callers:  # a built-in: share its time among its callers
            calls = sum(caller[0] for caller in callers.values()) or 1
            for (caller_file, _, _), caller in callers.items():
                split[_part(caller_file) or "the rest"] += own * caller[0] / calls
        else:
            split[_part(filename) or "the rest"] += own
    total = sum(split.values()) or 1
    return ", ".join(f"{name} {100 * t / total:.0f}%" for name, t in split.items())


def main() -> None:
    args = parse_args()
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    if getattr(settings, "PREMIERE_PAGE_CACHE", True):
        print("scale: the page cache is on; set PREMIERE_PAGE_CACHE=0 for uncached times.")
    counts = {
        "titles": Title.objects.count(),
        "releases": Release.objects.count(),
        "stories": Article.objects.count(),
        "comments": Comment.objects.count(),
    }
    print(f"{connection.settings_dict['NAME']} ({connection.vendor}): " + ", ".join(
        f"{n:,} {name}" for name, n in counts.items()))  # fmt: skip
    client = Client()
    rows = [row for row in pages() if args.only in row[0]]
    print(f"{'page':32} {'runs':>4} {'median ms':>10} {'p95 ms':>8} {'queries':>7}  path")
    started, failed = time.monotonic(), []
    for label, path, headers in rows:

        def call(path=path, headers=headers):
            return fetch(client, path, headers)

        times, queries, result = measure(call, runs=args.runs, budget=args.budget)
        if result.status_code != 200:
            failed.append(f"{label} answered {result.status_code}")
        median = statistics.median(times) if times else float("nan")
        print(f"{label:32} {len(times):4} {median:10.1f} {p95(times):8.1f} {queries:7}  {path}")
        if args.profile:
            print(f"    time: {profile(call, runs=min(args.runs, 5))}")
        if args.explain:
            explain(call, slowest=args.explain)
    problems = f"; {', '.join(failed)}" if failed else ""
    print(f"Timed {len(rows)} pages in {time.monotonic() - started:.0f}s{problems}.")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
