"""Time the catalog's pages against a generated catalog (see bench/catalog_generate.py).

    PREMIERE_DATA_DIR=/tmp/bench-data .venv/bin/python bench/catalog_pages.py --runs 20

Each page is fetched through Django's test client (URL routing, view, selectors, template,
middleware; no network), once to warm up and then up to --runs times, stopping early when
a page has used its --budget seconds, so the whole run is bounded. It prints the median and
95th-percentile time and the query count of each page. --selectors times the selectors
alone, without views or templates, to tell query time from rendering time.
"""

import argparse
import os
import statistics
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "premiere.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from premiere.catalog import selectors  # noqa: E402
from premiere.catalog.models import Franchise, Person, Title  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed fetches per page")
    parser.add_argument("--budget", type=float, default=15.0, help="seconds per page at most")
    parser.add_argument("--selectors", action="store_true", help="time selectors, not pages")
    parser.add_argument("--only", default="", help="time only the rows whose label holds this")
    return parser.parse_args()


def subjects() -> dict:
    """Pick the heaviest real subjects of each page, and a typical one where it differs."""
    if not Title.objects.exists():
        sys.exit("catalog_pages: the catalog is empty; run bench/catalog_generate.py first.")
    busiest_title = Title.objects.annotate(n=Count("releases")).order_by("-n", "pk").first()
    typical_title = Title.objects.order_by("pk")[Title.objects.count() // 2]
    franchises = Franchise.objects.annotate(n=Count("titles")).order_by("-n", "pk")
    biggest_franchise = franchises.first()
    typical_franchise = franchises[franchises.count() // 2]
    busiest_person = Person.objects.annotate(n=Count("credits")).order_by("-n", "pk").first()
    word = busiest_title.name.split()[-1].lower()
    return {
        "title (most releases)": busiest_title,
        "title (typical)": typical_title,
        "franchise (largest)": biggest_franchise,
        "franchise (typical)": typical_franchise,
        "person (most credits)": busiest_person,
        "search word": word,
    }


def pages(found: dict) -> list[tuple[str, str, dict]]:
    """Return (label, path, headers) for every page to time."""
    calendar = reverse("catalog:calendar")
    gb = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"}
    return [
        (label, obj.get_absolute_url(), {})
        for label, obj in found.items()
        if label != "search word"
    ] + [
        ("title (most releases), GB", found["title (most releases)"].get_absolute_url(), gb),
        ("calendar", calendar, {}),
        ("calendar, GB", calendar, gb),
        ("calendar, platform PS5", f"{calendar}?medium=platform&channel=PS5", {}),
        ("calendar, by week", f"{calendar}?by=week", {}),
        ("titles search (one word)", f"{reverse('catalog:titles')}?q={found['search word']}", {}),
        (
            "titles search (two words)",
            f"{reverse('catalog:titles')}?q=the+{found['search word']}",
            {},
        ),
        ("titles search (no match)", f"{reverse('catalog:titles')}?q=zzzz", {}),
    ]


def calendar_files(found: dict) -> list[tuple[str, str, dict]]:
    """The .ics files: the whole calendar (capped at PREMIERE_CALENDAR_MAX_EVENTS), the
    largest franchise's and the busiest person's, and a poll that already holds the file."""
    try:
        whole = reverse("catalog:calendar_ics")
    except NoReverseMatch:
        return []
    franchise = reverse("catalog:franchise_ics", args=[found["franchise (largest)"].slug])
    person = reverse("catalog:person_ics", args=[found["person (most credits)"].slug])
    etag = Client().get(f"{whole}?region=WW")["ETag"]
    # "built": the cache is cleared before each fetch, so the file is made from scratch;
    # "cached": a client without the ETag, the same file already made for someone else.
    cold = {COLD: True}
    return [
        ("calendar.ics, built", f"{whole}?region=WW", cold),
        ("calendar.ics, cached", f"{whole}?region=WW", {}),
        ("calendar.ics, 304 (If-None-Match)", f"{whole}?region=WW", {"HTTP_IF_NONE_MATCH": etag}),
        ("calendar.ics GB, built", f"{whole}?region=GB", cold),
        ("calendar.ics PS5, built", f"{whole}?region=WW&medium=platform&channel=PS5", cold),
        ("franchise .ics (largest), built", f"{franchise}?region=WW", cold),
        ("person .ics (most credits), built", f"{person}?region=WW", cold),
    ]


def api_reads(found: dict) -> list[tuple[str, str, dict]]:
    """The JSON API's reads of the same subjects, and a month and a year of the calendar."""
    try:
        calendar = reverse("api:calendar")
    except NoReverseMatch:
        return []
    year = timezone.localdate().year + 1
    title = found["title (most releases)"].slug
    june = f"from={year}-06-01&to={year}-06-30"
    return [
        ("api title (most releases)", reverse("api:title", args=[title]), {}),
        ("api franchise (largest)", reverse(
            "api:franchise", args=[found["franchise (largest)"].slug]), {}),
        ("api titles, first page", reverse("api:titles"), {}),
        ("api calendar, a month", f"{calendar}?{june}", {}),
        ("api calendar, a month, GB", f"{calendar}?{june}&region=GB", {}),
        ("api calendar, a year, PS5", f"{calendar}?from={year}-01-01&to={year}-12-31"
            "&medium=platform&channel=PS5", {}),
    ]  # fmt: skip


COLD = "bench_cold"


def fetch(client, path: str, headers: dict):
    """Fetch a page; with COLD in `headers`, empty the cache first."""
    headers = dict(headers)
    if headers.pop(COLD, False):
        cache.clear()
    return client.get(path, **headers)


def selector_calls(found: dict) -> list[tuple[str, object]]:
    today = timezone.localdate()
    return [
        ("title_page (most releases)", lambda: selectors.title_page(
            title=found["title (most releases)"], region="WW")),
        ("title_page (typical)", lambda: selectors.title_page(
            title=found["title (typical)"], region="WW")),
        ("franchise_page (largest)", lambda: selectors.franchise_page(
            franchise=found["franchise (largest)"])),
        ("person_page (most credits)", lambda: selectors.person_page(
            person=found["person (most credits)"])),
        ("calendar", lambda: selectors.calendar(today=today, region="WW")),
        ("calendar, GB", lambda: selectors.calendar(today=today, region="GB")),
        ("calendar, platform PS5", lambda: selectors.calendar(
            today=today, region="WW", medium="platform", channel="PS5")),
        ("calendar_channels", selectors.calendar_channels),
    ]  # fmt: skip


def measure(call, *, runs: int, budget: float) -> tuple[list[float], int, object]:
    """Call once to warm up, then time up to `runs` calls within `budget` seconds."""
    queries = []

    # An execute wrapper, not CaptureQueriesContext: the test client's request_started
    # signal resets the query log mid-capture.
    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        result = call()
    times, deadline = [], time.monotonic() + budget
    while len(times) < runs and time.monotonic() < deadline:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times, len(queries), result


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    args = parse_args()
    # Not setup_test_environment(): it instruments template rendering, which would
    # inflate every page time. The test client only needs its host allowed.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.PREMIERE_API_RATE_IP = "1000000/60"  # the API's limit would refuse the runs
    # Pages render without a collectstatic manifest, as in the tests.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    counts = {m.__name__: m.objects.count() for m in (Title, Franchise, Person)}
    print(f"Catalog at {connection.settings_dict['NAME']}: " + ", ".join(
        f"{n:,} {name}" for name, n in counts.items()))  # fmt: skip
    found = subjects()
    if args.selectors:
        rows = [(label, "", call) for label, call in selector_calls(found)]
    else:
        try:
            client = Client()
            rows = [
                (label, path, lambda p=path, h=headers: fetch(client, p, h))
                for label, path, headers in pages(found) + calendar_files(found) + api_reads(found)
            ]
        except NoReverseMatch as missing:
            sys.exit(f"catalog_pages: a catalog page is missing ({missing}); try --selectors.")
    rows = [row for row in rows if args.only in row[0]]
    print(f"{'page':30} {'runs':>4} {'median ms':>10} {'p95 ms':>8} {'queries':>7}  path")
    started, slow = time.monotonic(), []
    for label, path, call in rows:
        times, queries, result = measure(call, runs=args.runs, budget=args.budget)
        status = getattr(result, "status_code", 200)
        if status not in (200, 304):
            slow.append(f"{label} answered {status}")
        median = statistics.median(times) if times else float("nan")
        print(f"{label:30} {len(times):4} {median:10.1f} {p95(times):8.1f} {queries:7}  {path}")
    problems = f"; {', '.join(slow)}" if slow else ""
    print(f"Timed {len(rows)} pages in {time.monotonic() - started:.0f}s{problems}.")
    if slow:
        sys.exit(1)


if __name__ == "__main__":
    main()
