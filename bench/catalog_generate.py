"""Fill an empty database with a large, seeded catalog for benchmarks.

    PREMIERE_DATA_DIR=/tmp/bench-data .venv/bin/python bench/catalog_generate.py \\
        --titles 100000 --releases 500000

This is a generator, not an import: it bypasses `catalog.services`, which spend several
queries per fact and would take hours here, and inserts rows in batches with `executemany`
(`bulk_create` builds a model instance per row and managed ~3,000 rows/s on 2 cores: a
quarter of an hour for this catalog). It writes the rows the services would: every
release, credit, status, relation and placement has a Claim from an outside Source; every
release has its "announced" ReleaseChange, and about one in ten has moved since (an earlier
date, its claim superseded, and the move in its history); `Title.first_release_*` holds the
earliest release. The same seed gives the same catalog, so timings compare across runs and machines.
"""

import argparse
import os
import random
import sys
import time
from bisect import bisect
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "premiere.settings")
django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils.text import slugify  # noqa: E402

from premiere.catalog.models import (  # noqa: E402
    Claim,
    Company,
    Credit,
    Franchise,
    Person,
    Placement,
    Relation,
    Release,
    ReleaseChange,
    StatusChange,
    Title,
    TitleAlias,
)
from premiere.catalog.services import normalize_name  # noqa: E402
from premiere.extraction.dates import FuzzyDate  # noqa: E402
from premiere.newsroom.models import Source  # noqa: E402

BATCH = 5000
# A game has 14 regions x 4 platforms = 56 distinct releases at most; stay under that.
MOST_RELEASES = 40
TODAY = date(2026, 11, 1)  # fixed, so the same seed gives the same dates on any day
NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


def _words(text: str) -> list[str]:
    return text.split()


ADJECTIVES = _words("""Silent Crimson Hollow Last Broken Golden Frozen Hidden Wild Burning
Distant Iron Glass Quiet Scarlet Endless Midnight Northern Fallen Electric Savage Gentle
Lost Paper Velvet
Bitter Final Secret Shattered Sunken Rising Pale Black Silver Restless Lonely Bright""")
NOUNS = _words("""Harbor Kingdom Signal Orchard Empire Witness Tide Lantern Frontier Garden Verdict
Circuit Oath Meridian Crown Echo River Citadel Dynasty Mirror Protocol Wolf Covenant Horizon
Station Archive Carnival Reckoning Prophecy Engine Season Bridge Labyrinth Outpost Vow""")
FIRST = _words("""Ada Ben Chloe Dev Elena Farid Grace Hugo Iris Jonah Kira Leo Maya Nico Omar Priya
Quinn Rosa Sami Tara Umar Vera Wes Xena Yuki Zane Amara Bruno Celine Dario Esme Felix Gita
Hana Ivan Juno Kofi Lena Mateo Noor""")
LAST = _words("""Okafor Lindqvist Reyes Novak Haddad Moreau Tanaka Kowalski Ferreira Brennan Ivanova
Mensah Castillo Larsen Nakamura Dubois Achebe Romano Petrov Walsh Sato Mbeki Fischer Duarte
Quist Harlow Abara Vance Solberg Ortega Kaur Byrne Ito Ferro Adeyemi""")
OUTLETS = [
    f"{a} {n} {k}" for a, n, k in zip(ADJECTIVES, NOUNS, ["Daily", "Report"] * 20, strict=False)
]

REGIONS = ["WW", "US", "GB", "CA", "AU", "IE", "DE", "FR", "ES", "IT", "JP", "KR", "BR", "MX"]
STREAMERS = ["Netflix", "Prime Video", "Disney+", "Max", "Apple TV+", "Paramount+", "Hulu"]
PLATFORMS = ["PS5", "Xbox Series X|S", "PC", "Switch 2"]
SCREEN_MEDIA = ["premiere", "theatrical_limited", "theatrical", "digital", "physical", "tv"]
ROLES = ["director", "writer", "producer", "composer"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--titles", type=int, default=100_000)
    parser.add_argument("--releases", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=20261101)
    args = parser.parse_args()
    if args.titles < 10 or not args.titles <= args.releases <= MOST_RELEASES * args.titles:
        parser.error(f"ask for at least 10 titles and 1 to {MOST_RELEASES} releases per title")
    return args


def long_tail(n: int, *, offset: int, power: float) -> list[float]:
    """Return cumulative weights, summing to 1, for picking 1..n with weight (k + offset)^-power."""
    weights = list(accumulate((k + offset) ** -power for k in range(1, n + 1)))
    return [w / weights[-1] for w in weights]


class Generator:
    def __init__(self, *, titles: int, releases: int, seed: int):
        self.rng = random.Random(seed)
        self.n_titles, self.n_releases = titles, releases
        self.counts: dict[str, int] = {}
        self.types = {
            model: ContentType.objects.get_for_model(model).pk
            for model in (Release, Credit, StatusChange, Relation, Placement)
        }
        self.claims: list[dict] = []
        self.last_in_franchise: dict[int, int] = {}
        self.title_out: list[dict] = []
        self.started = time.monotonic()

    # Writing --------------------------------------------------------------------------------

    def say(self, message: str) -> None:
        print(f"[{time.monotonic() - self.started:6.1f}s] {message}", flush=True)

    def next_id(self, model) -> int:
        self.counts[model.__name__] = self.counts.get(model.__name__, 0) + 1
        return self.counts[model.__name__]

    def save(self, model, rows: list[dict]) -> None:
        """Insert rows (field name -> value) in batches of one `executemany`.

        Every concrete field the row leaves out gets the model's default, prepared for the
        database as the ORM would, so the rows match what `Model.objects.create` writes.
        """
        if not rows:
            return
        fields = [
            f for f in model._meta.concrete_fields if f.attname in rows[0] or not f.primary_key
        ]
        names = [f.attname for f in fields]
        defaults = [None if f.null and not f.has_default() else f.get_default() for f in fields]
        # Plain strings and numbers go as they are; dates, times and JSON need the ORM's form.
        prepare = [
            f.get_internal_type() in ("DateField", "DateTimeField", "JSONField") for f in fields
        ]
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        sql = (
            f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) "
            f"VALUES ({', '.join(['%s'] * len(fields))})"
        )
        plan = list(zip(fields, names, defaults, prepare, strict=True))
        with connection.cursor() as cursor:
            for start in range(0, len(rows), BATCH):
                values = [
                    tuple(
                        field.get_db_prep_save(row.get(name, default), connection)
                        if slow
                        else row.get(name, default)
                        for field, name, default, slow in plan
                    )
                    for row in rows[start : start + BATCH]
                ]
                cursor.executemany(sql, values)

    def claim(self, model, fact_id: int, value: str, state="current", observed=None) -> int:
        claim_id = self.next_id(Claim)
        source_id = self.rng.randint(1, len(OUTLETS))
        self.claims.append(
            {
                "id": claim_id,
                "content_type_id": self.types[model],
                "object_id": fact_id,
                "value": value[:250],
                "state": state,
                "source_id": source_id,
                "source_url": f"{self.source_urls[source_id]}/story/{claim_id}",
                "observed_at": observed or NOW - timedelta(minutes=self.rng.randrange(2_000_000)),
            }
        )
        return claim_id

    # The catalog ----------------------------------------------------------------------------

    def run(self) -> None:
        with transaction.atomic():
            self.source_urls = {
                i: f"https://{slugify(name)}.example" for i, name in enumerate(OUTLETS, start=1)
            }
            self.save(
                Source,
                [
                    {"id": i, "name": name, "url": self.source_urls[i]}
                    for i, name in enumerate(OUTLETS, start=1)
                ],
            )
            self.counts["Source"] = len(OUTLETS)
            self.entities()
        self.say(
            f"{self.counts['Franchise']:,} franchises, {self.counts['Company']:,} companies, "
            f"{self.counts['Person']:,} people"
        )
        self.titles()
        per_title = self.release_counts()
        # Titles and their facts go in slices, each its own transaction, so memory stays flat
        # and progress shows.
        step = 10_000
        for start in range(0, self.n_titles, step):
            with transaction.atomic():
                ids = range(start + 1, min(start + step, self.n_titles) + 1)
                self.facts(ids, per_title)
            self.say(
                f"{ids[-1]:,} of {self.n_titles:,} titles: "
                f"{self.counts.get('Release', 0):,} releases, {self.counts['Claim']:,} claims"
            )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def entities(self) -> None:
        rng = self.rng
        self.n_franchises = max(1, self.n_titles // 20)
        self.save(
            Franchise,
            [
                {"id": i, "name": name, "slug": slugify(name)}
                for i in range(1, self.n_franchises + 1)
                for name in [f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {i}"]
            ],
        )
        self.counts["Franchise"] = self.n_franchises
        self.n_people = max(10, self.n_titles // 2)
        self.people = [""] + [
            f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(self.n_people)
        ]
        self.save(
            Person,
            [
                {"id": i, "name": name, "slug": f"{slugify(name)}-{i}"}
                for i, name in enumerate(self.people[1:], start=1)
            ],
        )
        self.counts["Person"] = self.n_people
        self.n_companies = max(5, self.n_titles // 50)
        self.companies = [""] + [
            f"{rng.choice(NOUNS)} {rng.choice(['Pictures', 'Games', 'Media'])}"
            for _ in range(self.n_companies)
        ]
        kinds = Company.Kind.values
        self.save(
            Company,
            [
                {"id": i, "name": name, "slug": f"{slugify(name)}-{i}", "kind": rng.choice(kinds)}
                for i, name in enumerate(self.companies[1:], start=1)
            ],
        )
        self.counts["Company"] = self.n_companies

    def titles(self) -> None:
        """Make the titles, written later with their facts. Franchise sizes are skewed: most
        have a handful of titles, a few have hundreds."""
        rng = self.rng
        self.title_rows = {}
        # Skewed sizes, as in life: the largest franchise has a few hundred titles and the
        # busiest person several hundred credits; most have a handful.
        self.franchise_weights = long_tail(self.n_franchises, offset=10, power=0.7)
        self.star_weights = long_tail(self.n_people, offset=20, power=0.8)
        kinds = ["film"] * 6 + ["series"] * 2 + ["season", "special", "game", "game", "dlc"]
        for i in range(1, self.n_titles + 1):
            kind = rng.choice(kinds)
            name = f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
            franchise = None
            if rng.random() < 0.6:
                franchise = bisect(self.franchise_weights, rng.random()) + 1
            parent = None
            if kind in ("season", "dlc") and i > 1:
                parent = rng.randint(max(1, i - 50), i - 1)
            self.title_rows[i] = {
                "id": i,
                "kind": kind,
                "name": name,
                "slug": f"{slugify(name)}-{i}",
                "franchise_id": franchise,
                "parent_id": parent,
                "status": rng.choice(Title.Status.values),
                "installment": f"Part {i % 9 + 1}" if franchise else "",
                "created_at": NOW,
                "updated_at": NOW,
            }

    def release_counts(self) -> list[int]:
        """Spread the releases over the titles: at least one each, a long tail with dozens."""
        extra = self.n_releases - self.n_titles
        weights = [self.rng.paretovariate(1.5) for _ in range(self.n_titles)]
        total = sum(weights)
        counts = [min(MOST_RELEASES, 1 + int(extra * w / total)) for w in weights]
        # Rounding and the cap leave some to hand out, one at a time, round the titles.
        left, i = self.n_releases - sum(counts), 0
        while left:
            if counts[i % self.n_titles] < MOST_RELEASES:
                counts[i % self.n_titles] += 1
                left -= 1
            i += 1
        return counts

    def when(self) -> FuzzyDate:
        rng = self.rng
        year = rng.randint(2016, 2030)
        roll = rng.random()
        if roll < 0.60:
            start = date(year, 1, 1) + timedelta(days=rng.randrange(365))
            return FuzzyDate.day(start.year, start.month, start.day)
        if roll < 0.75:
            return FuzzyDate.month(year, rng.randint(1, 12))
        if roll < 0.83:
            return FuzzyDate.quarter(year, rng.randint(1, 4))
        if roll < 0.88:
            return FuzzyDate.season(year, rng.randint(1, 4))
        if roll < 0.96:
            return FuzzyDate.year(year)
        return FuzzyDate.tba()

    def where(self, kind: str, n: int) -> list[tuple[str, str, str]]:
        """Return `n` distinct (region, medium, channel) for a title of this kind."""
        rng, chosen = self.rng, set()
        while len(chosen) < n:
            region = "WW" if rng.random() < 0.25 else rng.choice(REGIONS)
            if kind in ("game", "dlc"):
                medium, channel = "platform", rng.choice(PLATFORMS)
            elif rng.random() < 0.35:
                medium, channel = "streaming", rng.choice(STREAMERS)
            else:
                medium, channel = rng.choice(SCREEN_MEDIA), ""
            chosen.add((region, medium, channel))
        return sorted(chosen)

    def facts(self, ids: range, per_title: list[int]) -> None:
        rng = self.rng
        releases, changes, credits, statuses, relations, placements = [], [], [], [], [], []
        aliases = []
        for title_id in ids:
            title = self.title_rows.pop(title_id)
            dates = []
            for region, medium, channel in self.where(title["kind"], per_title[title_id - 1]):
                release_id = self.next_id(Release)
                when = self.when()
                observed = NOW - timedelta(days=rng.randrange(900))
                moved = rng.random() < 0.1  # moved since it was announced
                if moved:
                    before = self.when()
                    first = self.claim(
                        Release, release_id, str(before), "superseded", observed - timedelta(60)
                    )
                    changes.append(self.change(release_id, "announced", None, before, first))
                    claim = self.claim(Release, release_id, str(when), observed=observed)
                    changes.append(
                        self.change(release_id, when.change_from(before), before, when, claim)
                    )
                else:
                    claim = self.claim(Release, release_id, str(when), observed=observed)
                    changes.append(self.change(release_id, "announced", None, when, claim))
                releases.append(
                    {
                        "id": release_id,
                        "title_id": title_id,
                        "region": region,
                        "medium": medium,
                        "channel": channel,
                        "precision": when.precision.value,
                        "date_start": when.start,
                        "date_end": when.end,
                        "confidence": rng.choice(Release.Confidence.values),
                        "updated_at": observed,
                        "sequence": int(moved),
                    }
                )
                dates.append(when)
            first = min(dates, key=FuzzyDate.sort_key)
            title["first_release_precision"] = first.precision.value
            title["first_release_start"], title["first_release_end"] = first.start, first.end
            self.title_out.append(title)
            if rng.random() < 0.1:
                alias = f"{title['name']} {title_id % 7 + 2}"
                aliases.append(
                    {"title_id": title_id, "name": alias, "normalized": normalize_name(alias)}
                )

            status_id = self.next_id(StatusChange)
            statuses.append(
                {
                    "id": status_id,
                    "title_id": title_id,
                    "status": title["status"],
                    "changed_at": NOW,
                }
            )
            self.claim(StatusChange, status_id, Title.Status(title["status"]).label)

            crew = [("director", rng.randint(1, self.n_people))]
            if rng.random() < 0.4:
                crew.append((rng.choice(ROLES[1:]), rng.randint(1, self.n_people)))
            cast = {bisect(self.star_weights, rng.random()) + 1 for _ in range(rng.randint(1, 4))}
            rows = [(role, person, "", None) for role, person in crew]
            rows += [("cast", p, rng.choice(FIRST), b) for b, p in enumerate(sorted(cast), 1)]
            seen = set()
            for role, person, character, billing in rows:
                if (role, person, character) in seen:
                    continue
                seen.add((role, person, character))
                credit_id = self.next_id(Credit)
                credits.append(
                    {
                        "id": credit_id,
                        "title_id": title_id,
                        "person_id": person,
                        "role": role,
                        "character": character,
                        "billing": billing,
                    }
                )
                label = Credit.Role(role).label + (f" ({character})" if character else "")
                self.claim(Credit, credit_id, f"{self.people[person]} — {label}")
            credit_id, company = self.next_id(Credit), rng.randint(1, self.n_companies)
            credits.append(
                {"id": credit_id, "title_id": title_id, "company_id": company, "role": "studio"}
            )
            self.claim(Credit, credit_id, f"{self.companies[company]} — Studio")

            # A franchise title continues the franchise's previous one.
            franchise = title["franchise_id"]
            if franchise and (previous := self.last_in_franchise.get(franchise)):
                relation_id = self.next_id(Relation)
                relations.append(
                    {
                        "id": relation_id,
                        "title_id": title_id,
                        "kind": "sequel",
                        "other_id": previous,
                    }
                )
                self.claim(Relation, relation_id, f"{title['name']} — sequel of an earlier one")
                if rng.random() < 0.05:
                    placement_id = self.next_id(Placement)
                    placements.append(
                        {
                            "id": placement_id,
                            "title_id": title_id,
                            "kind": "after",
                            "anchor_id": previous,
                        }
                    )
                    self.claim(
                        Placement, placement_id, f"{title['name']}: set after an earlier one"
                    )
            if franchise:
                self.last_in_franchise[franchise] = title_id
        self.save(Title, self.title_out)
        self.save(TitleAlias, aliases)
        self.save(Release, releases)
        self.save(ReleaseChange, changes)
        self.save(StatusChange, statuses)
        self.save(Credit, credits)
        self.save(Relation, relations)
        self.save(Placement, placements)
        self.save(Claim, self.claims)
        for model, rows in (
            (Title, self.title_out),
            (TitleAlias, aliases),
            (ReleaseChange, changes),
        ):
            self.counts[model.__name__] = self.counts.get(model.__name__, 0) + len(rows)
        self.title_out, self.claims = [], []

    def change(self, release_id, kind, previous: FuzzyDate | None, new: FuzzyDate, claim_id):
        return {
            "release_id": release_id,
            "kind": kind,
            "previous_precision": previous.precision.value if previous else "",
            "previous_start": previous.start if previous else None,
            "precision": new.precision.value,
            "date_start": new.start,
            "changed_at": NOW,
            "claim_id": claim_id,
        }


def main() -> None:
    args = parse_args()
    call_command("migrate", verbosity=0)
    if Title.objects.exists() or Source.objects.exists():
        sys.exit(
            f"catalog_generate: {connection.settings_dict['NAME']} already has data; "
            "point PREMIERE_DATA_DIR (or DATABASE_URL) at an empty database."
        )
    generator = Generator(titles=args.titles, releases=args.releases, seed=args.seed)
    generator.say(f"Generating into {connection.settings_dict['NAME']} (seed {args.seed})…")
    generator.run()
    made = ", ".join(f"{count:,} {name}" for name, count in generator.counts.items())
    print(f"Generated in {time.monotonic() - generator.started:.0f}s: {made}.")


if __name__ == "__main__":
    main()
