"""Reads for catalog pages. Each page costs a fixed number of queries, whatever its size."""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Prefetch, Q, prefetch_related_objects
from django.utils import timezone

from premiere.extraction.dates import PRECISION_RANK, FuzzyDate, Precision

from . import regions
from .ical import IN_CALENDARS
from .models import (
    WORLDWIDE,
    Claim,
    Credit,
    Franchise,
    Placement,
    Relation,
    Release,
    ReleaseChange,
    Title,
)
from .story import Before, SameTime, story_order


def claims_attach(facts) -> None:
    """Give each fact its claims, newest first, as `claim_list`: one query for facts of any
    kind. Django's prefetch of a generic relation builds a filtered queryset for every fact
    (some 0.2 ms each: a tenth of the page of the title with the most releases)."""
    facts = list(facts)
    wanted = defaultdict(set)
    for fact in facts:
        fact.claim_list = []
        wanted[type(fact)].add(fact.pk)
    if not facts:
        return
    types = ContentType.objects.get_for_models(*wanted)
    which = Q()
    for model, ids in wanted.items():
        which |= Q(content_type=types[model], object_id__in=ids)
    by_fact = defaultdict(list)
    for claim in Claim.objects.filter(which).select_related("source", "article"):
        by_fact[claim.content_type_id, claim.object_id].append(claim)
    for fact in facts:
        fact.claim_list = by_fact[types[type(fact)].pk, fact.pk]


def _live_articles(queryset):
    return queryset.published().select_related("section").order_by("-publish_at")


# Title page -------------------------------------------------------------------------------


@dataclass
class ReleaseRow:
    release: Release
    fallback: bool  # a worldwide date shown because the reader's region has none of its own
    history: list = field(default_factory=list)
    current_claims: list = field(default_factory=list)
    contested_claims: list = field(default_factory=list)


def title_releases(title: Title, region: str) -> list[ReleaseRow]:
    """Return the title's releases with the reader's region first.

    Where the reader's region has no date for a medium, the worldwide one is shown and
    marked as a fallback; it is never passed off as a local date.
    """
    releases = _releases_with_history(title)
    claims_attach(releases)
    return release_rows(releases, region)


def _releases_with_history(title: Title) -> list[Release]:
    history = ReleaseChange.objects.select_related("claim__source", "claim__article")
    return list(title.releases.prefetch_related(Prefetch("history", queryset=history)))


def release_rows(releases: list[Release], region: str) -> list[ReleaseRow]:
    """Return rows for `releases` (their claims attached, history prefetched), the reader's
    region first, as `title_releases` describes."""
    own_media = {(r.medium, r.channel) for r in releases if r.region == region}

    def row(release):
        claims = release.claim_list
        return ReleaseRow(
            release=release,
            fallback=release.is_worldwide
            and region != WORLDWIDE
            and (release.medium, release.channel) not in own_media,
            history=list(release.history.all()),
            current_claims=[c for c in claims if c.state == Claim.State.CURRENT],
            contested_claims=[c for c in claims if c.state == Claim.State.CONTESTED],
        )

    def priority(release):
        if release.region == region:
            first = 0
        elif release.is_worldwide:
            first = 1
        else:
            first = 2
        # (a rollout reads by day, then country by name: "December 15: France, Ireland, United
        # Kingdom; December 16: Australia, Germany")
        place = regions.region_name(release.region)
        return (first, release.when.sort_key(), place, release.medium, release.channel)

    return [row(r) for r in sorted(releases, key=priority)]


def franchise_neighbours(title: Title) -> dict:
    """Return the previous and next titles in release order and in story order."""
    if title.franchise_id is None:
        return {}
    timeline = franchise_timeline(title.franchise, pictures=False)
    result = {}
    for name, order in (
        ("release", timeline["release_order"]),
        ("story", timeline["story_titles"]),
    ):
        ids = [t.pk for t in order]
        if title.pk in ids:
            at = ids.index(title.pk)
            result[name] = {
                "previous": order[at - 1] if at > 0 else None,
                "next": order[at + 1] if at + 1 < len(order) else None,
            }
    return result


def title_page(*, title: Title, region: str) -> dict:
    releases = _releases_with_history(title)
    status_history = list(title.status_history.all())
    credits = list(title.credits.select_related("person", "company"))
    relations = list(title.relations.select_related("other"))
    placements = list(title.placements.select_related("anchor", "anchor_end"))
    # Every fact's sources in one query, whatever kind of fact: a query per kind cost the
    # page four more round trips.
    facts = [*releases, *status_history, *credits, *relations, *placements]
    claims_attach(facts)
    rows = release_rows(releases, region)
    return {
        "title": title,
        "first_where": _first_where(title, releases),
        "releases": rows,
        # "…, United States first" only where the region has dates, its own or worldwide
        "region_first": any(row.release.region == region or row.fallback for row in rows),
        "status_history": status_history,
        "cast": [c for c in credits if c.role == Credit.Role.CAST],
        "crew": [c for c in credits if c.person_id and c.role != Credit.Role.CAST],
        "companies": [c for c in credits if c.company_id],
        "relations": relations,
        "related_from": list(title.related_from.select_related("title")),
        "placements": placements,
        "neighbours": franchise_neighbours(title),
        "children": list(title.children.in_release_order()),
        "articles": list(_live_articles(_stories_about(title, facts))[:10]),
    }


def _first_where(title: Title, releases: list[Release]) -> str:
    """Where and how the title is first released ("United Kingdom, theatrical"), said beside
    its first date: the earliest anywhere may not be the reader's."""
    first = [r for r in releases if r.when == title.first_release and not r.when.is_tba]
    if not first:
        return ""
    places = {"Worldwide" if r.is_worldwide else regions.region_name(r.region) for r in first}
    return ", ".join(sorted(places)) if len(places) <= 3 else ""


def _stories_about(title: Title, facts):
    """The stories linked to the title and those its facts cite: a date sourced to a story
    puts that story in the title's news, however the fact was recorded."""
    cited = {c.article_id for fact in facts for c in fact.claim_list if c.article_id}
    stories = title.articles.model.objects
    return stories.filter(Q(titles=title) | Q(pk__in=cited)).distinct() if cited else title.articles


# Franchise timeline -----------------------------------------------------------------------


@dataclass(frozen=True)
class _RelationSaid:
    """A relation between two titles, worded as `Relation` words it when asked."""

    title: Title
    kind: str
    other: Title

    def __str__(self):
        return str(Relation(title=self.title, kind=self.kind, other=self.other))


def franchise_timeline(
    franchise: Franchise, *, pictures: bool = True, renditions: bool = True
) -> dict:
    """Return the franchise's titles in release order and in story order, what sources
    contradict, and what is still to come; `pictures=False` leaves out the posters (a
    title page wants only its neighbours' names), `renditions=False` their files (read
    later for the titles a page shows)."""
    titles = franchise.titles.in_release_order()
    if pictures:
        titles = titles.select_related("poster")
        if renditions:
            titles = titles.prefetch_related("poster__renditions")
    else:
        # The neighbours' links, and what orders them.
        titles = titles.only(
            "name", "slug", "franchise", "first_release_start", "first_release_end"
        )
    titles = list(titles)
    rank = {t.pk: i for i, t in enumerate(titles)}
    by_id = {t.pk: t for t in titles}
    constraints = []
    for p in Placement.objects.filter(title__franchise=franchise).select_related(
        "title", "anchor", "anchor_end"
    ):
        said = str(p)
        if p.kind == Placement.Kind.BETWEEN:
            constraints += [
                Before(p.anchor_id, p.title_id, said),
                Before(p.title_id, p.anchor_end_id, said),
            ]
        elif p.kind == Placement.Kind.AFTER:
            constraints.append(Before(p.anchor_id, p.title_id, said))
        elif p.kind == Placement.Kind.BEFORE:
            constraints.append(Before(p.title_id, p.anchor_id, said))
        else:
            constraints.append(SameTime(p.title_id, p.anchor_id, said))
    # Only relations within the franchise order it. Their titles are read already, and a
    # big franchise has hundreds of sequels: read as plain values, worded only if reported.
    relations = Relation.objects.filter(
        title__franchise=franchise, other__franchise=franchise
    ).values_list("title_id", "kind", "other_id")
    for title_id, kind, other_id in relations:
        said = _RelationSaid(by_id[title_id], kind, by_id[other_id])
        if kind == Relation.Kind.SEQUEL:
            constraints.append(Before(other_id, title_id, said))
        elif kind == Relation.Kind.PREQUEL:
            constraints.append(Before(title_id, other_id, said))
    order = story_order(rank, constraints)
    today = timezone.localdate()
    story_groups = [[by_id[pk] for pk in group] for group in order.groups]
    return {
        "franchise": franchise,
        "release_order": titles,
        "story_groups": story_groups,
        "story_titles": [t for group in story_groups for t in group],
        "contradictions": order.contradictions,
        "upcoming": [
            t for t in titles if t.first_release_end is None or t.first_release_end >= today
        ],
    }


TIMELINE_PER_PAGE = 200  # more titles than any real franchise has: one page for nearly all


def franchise_page(*, franchise: Franchise, page_number=None) -> dict:
    """The franchise's timeline a page at a time, the same page of both orders: a generated
    franchise of 1,468 titles made 2,936 entries and read eleven thousand renditions. Only
    the shown titles' renditions are read; what is upcoming leads the first page."""
    timeline = franchise_timeline(franchise, renditions=False)
    release_page = Paginator(timeline["release_order"], TIMELINE_PER_PAGE).get_page(page_number)
    story_page = Paginator(timeline["story_groups"], TIMELINE_PER_PAGE).get_page(
        release_page.number
    )
    upcoming = timeline["upcoming"][:TIMELINE_PER_PAGE] if release_page.number == 1 else []
    shown = {t.pk: t for t in release_page.object_list}
    shown |= {t.pk: t for group in story_page.object_list for t in group}
    shown |= {t.pk: t for t in upcoming}
    prefetch_related_objects(list(shown.values()), "poster__renditions")
    return timeline | {
        "page": release_page,
        "release_order": list(release_page.object_list),
        "story_groups": list(story_page.object_list),
        "upcoming": upcoming,
        "upcoming_more": len(timeline["upcoming"]) - len(upcoming) if upcoming else 0,
        "articles": list(_live_articles(franchise.articles)[:10]),
    }


# People and companies ---------------------------------------------------------------------


def credits_by_year(credits) -> list[tuple[str, list[Credit]]]:
    """Group credits under the year of the title's first release, newest first; titles
    without a date yet lead as "Upcoming"."""
    groups = defaultdict(list)
    for credit in credits:
        first = credit.title.first_release
        groups["Upcoming" if first.is_tba else str(first.start.year)].append(credit)
    undated = groups.pop("Upcoming", None)
    return ([("Upcoming", undated)] if undated else []) + sorted(groups.items(), reverse=True)


CREDITS_PER_PAGE = 100


def _credits_page(credits, page_number) -> dict:
    """Return one page of credits, newest first (undated ones lead), grouped by year.

    A prolific actor or a big studio has hundreds of credits; a page of a hundred keeps the
    page fast without hiding any: the rest are a link away.
    """
    ordered = (
        credits.select_related("title__poster")
        .prefetch_related("title__poster__renditions")
        .order_by(F("title__first_release_end").desc(nulls_first=True), "title__name", "id")
    )
    page = Paginator(ordered, CREDITS_PER_PAGE).get_page(page_number)
    page.object_list = list(page.object_list)
    claims_attach(page.object_list)
    return {"page": page, "credits_by_year": credits_by_year(page.object_list)}


def person_page(*, person, page_number=None) -> dict:
    return {
        "person": person,
        **_credits_page(person.credits, page_number),
        "articles": list(_live_articles(person.articles)[:10]),
    }


def company_page(*, company, page_number=None) -> dict:
    return {
        "company": company,
        **_credits_page(company.credits, page_number),
        "articles": list(_live_articles(company.articles)[:10]),
    }


# Release calendar -------------------------------------------------------------------------


@dataclass
class CalendarGroup:
    label: str
    key: tuple
    rows: list = field(default_factory=list)


def _group_for(when: FuzzyDate, by: str) -> tuple[tuple, str]:
    """Return the heading a release sits under: a week or a month for exact days, the
    period itself otherwise ("Q3 2025"), so no date is pinned to a day nobody announced.

    Headings sort by the last day they cover, then from most to least exact: June's dated
    releases, then "June, day to be announced", then "Q2", which may also mean late June.
    """
    start = when.start
    if when.precision == Precision.DAY:
        if by == "week":
            monday = start - timedelta(days=start.weekday())
            label = f"Week of {monday:%B} {monday.day}, {monday.year}"
            return (monday + timedelta(days=6), 0, monday), label
        month = FuzzyDate.month(start.year, start.month)
        return (month.end, 0, month.start), str(month)
    if when.precision == Precision.MONTH:
        return (when.end, 1, when.start), f"{when} — day to be announced"
    return (when.end, PRECISION_RANK[when.precision], when.start), f"{when} — exact date to come"


CALENDAR_LIMIT = 300
# What a calendar row shows: the release's period, medium and region, and its title's name,
# kind, address and poster. Reading only these halved the time 300 rows took to fetch: a
# title's synopsis and the poster's columns (fetched again with its renditions) were most of
# each row (bench/RESULTS.md, "The calendar for a reader in a region").
ROW_FIELDS = (
    *("title", "region", "medium", "channel", "precision", "date_start", "date_end"),
    *("title__kind", "title__name", "title__slug", "title__poster"),
)


def _rows_only(releases):
    return releases.select_related(None).select_related("title").only(*ROW_FIELDS)


def releases_between(*, start: date, end: date | None = None, kind="", medium="", channel=""):
    """Return the releases the calendar lists, filtered as its page filters them: those whose
    period ends on or after `start` (and, given `end`, on or before it), so "Q3 2025" is listed
    until September 30 and sits under the day it ends."""
    releases = Release.objects.upcoming(start).select_related("title__poster")
    if end is not None:
        releases = releases.filter(date_end__lte=end)
    return _filtered(releases, kind=kind, medium=medium, channel=channel)


def calendar(
    *,
    today: date,
    region: str,
    start: date | None = None,
    kind: str = "",
    medium: str = "",
    channel: str = "",
    by: str = "month",
    limit: int = CALENDAR_LIMIT,
) -> dict:
    """The calendar from today, or from the start of the week or month holding `start`:
    releases grouped by period, one row per release with a game's same-day platforms together,
    and the periods before and after to move to."""
    # Without a start, what is still to come; with one, the whole week or month holding it.
    first = period_start(start, by) if start else today
    base = period_start(first, by)
    releases = releases_between(start=first, kind=kind, medium=medium, channel=channel)
    rows = regional_first_rows(_rows_only(releases), region, limit + 1)
    more = len(rows) > limit
    groups: dict[tuple, CalendarGroup] = {}
    rows = with_posters(rows[:limit])
    for release in platforms_together(rows):
        key, label = _group_for(release.when, by)
        groups.setdefault(key, CalendarGroup(label=label, key=key)).rows.append(release)
    return {
        "groups": sorted(groups.values(), key=lambda g: g.key),
        "more": more,
        "region": region,
        "today": today,
        "start": first,
        "previous": period_start(base - timedelta(days=1), by),
        "next": period_start(base + timedelta(days=31 if by == "month" else 7), by),
        "filters": {"kind": kind, "medium": medium, "channel": channel, "by": by},
    }


COMING_SOON_DAYS = 7


def coming_this_week(*, today: date, region: str, limit: int = 8) -> list[Release]:
    """The releases on an exact day from today to a week on, as a reader in `region` sees
    them, a game's same-day platforms on one row: the front page's "Coming this week"."""
    releases = releases_between(
        start=today, end=today + timedelta(days=COMING_SOON_DAYS - 1)
    ).filter(precision=Precision.DAY)
    # Enough rows that merged platforms still leave `limit` releases.
    rows = platforms_together(regional_first_rows(_rows_only(releases), region, limit * 4))
    rows = rows[:limit]
    return with_posters(rows)


def with_posters(releases: list[Release]) -> list[Release]:
    """Fetch the renditions of the releases' posters in one query (their titles and posters
    came with the releases), for the thumbnails of a list."""
    prefetch_related_objects(releases, "title__poster__renditions")
    return releases


def period_start(day: date, by: str) -> date:
    """The Monday of `day`'s week, or the first of its month."""
    if by == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def platforms_together(rows: list[Release]) -> list[Release]:
    """Merge a game's releases on several platforms the same day, in the same region, into
    the first one, whose `channels` lists them all: one row per release, not per platform."""
    merged, first_of = [], {}
    for release in rows:
        release.channels = [release.channel] if release.channel else []
        if release.medium != Release.Medium.PLATFORM:
            merged.append(release)
            continue
        key = (release.title_id, release.region, release.precision, release.date_start)
        if key in first_of:
            first_of[key].channels.append(release.channel)
            continue
        first_of[key] = release
        merged.append(release)
    return merged


def _filtered(releases, *, kind: str = "", medium: str = "", channel: str = ""):
    """Apply the calendar's filters: the page and the calendar files share them."""
    if kind:
        releases = releases.filter(title__kind=kind)
    if medium:
        releases = releases.filter(medium=medium)
    if channel:
        releases = releases.filter(channel__iexact=channel)
    return releases


def calendar_releases(
    *,
    since: date,
    region: str,
    limit: int,
    titles=None,
    kind: str = "",
    medium: str = "",
    channel: str = "",
) -> list[Release]:
    """Return the releases of a calendar file, earliest first, at most `limit`.

    The page's filters and regional rule (the region's own dates, and worldwide ones where
    it has none), for the releases ending on or after `since` whose precision calendars show
    (`ical.IN_CALENDARS`), of `titles` (a queryset) when given: a title, a franchise, a
    person's credits, or anything else a caller selects. A fixed number of queries.
    """
    releases = Release.objects.filter(date_end__gte=since, precision__in=IN_CALENDARS)
    if titles is not None:
        releases = releases.filter(title__in=titles.values("pk"))
    releases = _filtered(
        releases.select_related("title"), kind=kind, medium=medium, channel=channel
    )
    return regional_first_rows(releases, region, limit)


@dataclass(frozen=True)
class CalendarOrder:
    """An order for calendar rows, as the database sorts them and as a Python key for the same
    order, so the region's rows and the worldwide ones can be merged."""

    fields: tuple
    key: Callable[[Release], tuple]


# For readers: releases ending the same day, the shorter period first, then A to Z.
BY_DATE_THEN_NAME = CalendarOrder(
    fields=("date_end", "-date_start", "title__name", "id"),
    key=lambda r: (r.date_end, -r.date_start.toordinal(), r.title.name, r.pk),
)
# For software paging through: ties broken by id alone, so the order never depends on how the
# database collates names (PostgreSQL's locale and Python do not agree on every name).
BY_DATE_THEN_ID = CalendarOrder(
    fields=("date_end", "-date_start", "id"),
    key=lambda r: (r.date_end, -r.date_start.toordinal(), r.pk),
)


def regional_first_rows(
    releases, region: str, count: int, *, order: CalendarOrder = BY_DATE_THEN_NAME
) -> list[Release]:
    """Return the first `count` releases a reader in `region` sees, in `order`.

    Same rows as `Release.objects.for_region(region)`, found from two short ordered queries
    (the region's own, the worldwide ones) merged here, plus one query for the worldwide
    dates the region overrides: on a large catalog the single OR-and-subquery form made the
    database sort every upcoming release first (see bench/RESULTS.md). The merge reads only
    what orders and matches rows; then the rows kept are read whole, once, where reading
    both sides whole built twice the releases the page shows.
    """
    if region == WORLDWIDE:
        return list(releases.filter(region=WORLDWIDE).order_by(*order.fields)[:count])
    fetch = count
    while True:
        own = _merge_rows(releases.filter(region=region), order, fetch)
        world = _merge_rows(releases.filter(region=WORLDWIDE), order, fetch)
        # A side cut off by the limit may hold more rows after its last one; past the
        # earliest such cut, the merge cannot know the order, so it stops there.
        cuts = [order.key(side[-1]) for side in (own, world) if len(side) == fetch]
        overridden = set(
            Release.objects.filter(
                region=region, title_id__in={r.title_id for r in world}
            ).values_list("title_id", "medium", "channel")
        )
        kept = [r for r in world if (r.title_id, r.medium, r.channel) not in overridden]
        rows = sorted(own + kept, key=order.key)
        if cuts:
            cut = min(cuts)
            rows = [r for r in rows if order.key(r) <= cut]
        if len(rows) >= count or not cuts or fetch >= 64 * count:
            ids = [r.pk for r in rows[:count]]
            whole = releases.in_bulk(ids)
            return [whole[pk] for pk in ids]
        fetch *= 4  # many worldwide dates were overridden: look further


def _merge_rows(releases, order: CalendarOrder, fetch: int) -> list[SimpleNamespace]:
    """Return the first `fetch` of `releases` in `order`, with only what `order.key` and
    the regional rule read (a release's dates, title, medium and channel)."""
    fields = ("pk", "title_id", "medium", "channel", "date_start", "date_end", "title__name")
    rows = releases.order_by(*order.fields).values_list(*fields)[:fetch]
    return [
        SimpleNamespace(
            pk=pk,
            title_id=title_id,
            medium=medium,
            channel=channel,
            date_start=start,
            date_end=end,
            title=SimpleNamespace(name=name),
        )
        for pk, title_id, medium, channel, start, end, name in rows
    ]


def calendar_channels() -> list[str]:
    """Return the distinct channels of all releases, in order.

    One index probe per channel (a recursive query asking each time for the next channel
    after the last one found), where `SELECT DISTINCT` read the whole index: PostgreSQL has
    no skip scan, and that took ~100 ms of every calendar page at 500k releases
    (bench/RESULTS.md, "Scale on PostgreSQL").
    """
    table = connection.ops.quote_name(Release._meta.db_table)
    column = connection.ops.quote_name(Release._meta.get_field("channel").column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH RECURSIVE found(last) AS ("
            f" SELECT MIN({column}) FROM {table} WHERE {column} > %s"
            f" UNION ALL SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > found.last)"
            f" FROM found WHERE found.last IS NOT NULL"
            f") SELECT last FROM found WHERE last IS NOT NULL",
            [""],
        )
        return [channel for (channel,) in cursor.fetchall()]


# Structured data (schema.org JSON-LD) ------------------------------------------------------

SCHEMA_TYPES = {
    Title.Kind.FILM: "Movie",
    Title.Kind.SERIES: "TVSeries",
    Title.Kind.SEASON: "TVSeason",
    Title.Kind.SPECIAL: "CreativeWork",  # a stand-up hour or a holiday episode: no one type
    Title.Kind.GAME: "VideoGame",
    Title.Kind.DLC: "VideoGame",
}
# Properties schema.org defines for each type beyond every CreativeWork's.
_PRODUCTION_COMPANY = {"Movie", "TVSeries", "TVSeason"}


def _thing(kind: str, entity, absolute) -> dict:
    return {"@type": kind, "name": entity.name, "url": absolute(entity.get_absolute_url())}


def title_structured_data(page: dict, *, absolute) -> dict:
    """Return schema.org data for a title page from what `title_page` read (no query).

    `datePublished` only for a first release known to the day: "2026" is no date of
    publication. Release events likewise list only the dates known to the day.
    """
    title: Title = page["title"]
    kind = SCHEMA_TYPES[title.kind]
    data = {"@context": "https://schema.org", **_thing(kind, title, absolute)}
    names = [a.name for a in title.aliases.all()] + (
        [title.original_name] if title.original_name else []
    )
    if names:
        data["alternateName"] = names
    if title.synopsis:
        data["description"] = title.synopsis
    first = title.first_release
    if first.precision == Precision.DAY:
        data["datePublished"] = first.start.isoformat()
    people = {role: [] for role in (Credit.Role.DIRECTOR, Credit.Role.CREATOR)}
    for credit in page["crew"]:
        if credit.role in people and credit.person not in people[credit.role]:
            people[credit.role].append(credit.person)
    roles = {Credit.Role.DIRECTOR: "director", Credit.Role.CREATOR: "creator"}
    for role, key in roles.items():
        if people[role]:
            data[key] = [_thing("Person", p, absolute) for p in people[role]]
    actors = list({c.person_id: c.person for c in page["cast"]}.values())
    if actors:
        data["actor"] = [_thing("Person", p, absolute) for p in actors]
    companies = {"productionCompany": [], "publisher": []}
    for credit in page["companies"]:
        if credit.role == Credit.Role.STUDIO and kind in _PRODUCTION_COMPANY:
            companies["productionCompany"].append(credit.company)
        elif credit.role == Credit.Role.PUBLISHER:
            companies["publisher"].append(credit.company)
    for key, found in companies.items():
        if found:
            data[key] = [_thing("Organization", c, absolute) for c in found]
    if title.parent_id:
        key = "partOfSeries" if kind == "TVSeason" else "isPartOf"
        data[key] = _thing(SCHEMA_TYPES[title.parent.kind], title.parent, absolute)
    releases = [row.release for row in page["releases"]]
    if kind == "VideoGame":
        platforms = sorted({r.channel for r in releases if r.medium == Release.Medium.PLATFORM})
        if platforms:
            data["gamePlatform"] = platforms
    events = [_release_event(r) for r in releases if r.precision == Precision.DAY]
    if events:
        data["releasedEvent"] = events
    return data


def _release_event(release: Release) -> dict:
    event = {
        "@type": "PublicationEvent",
        "name": release.where,
        "startDate": release.date_start.isoformat(),
    }
    if not release.is_worldwide:
        event["location"] = {"@type": "Country", "name": regions.region_name(release.region)}
    return event


def person_structured_data(person, *, absolute) -> dict:
    data = {"@context": "https://schema.org", **_thing("Person", person, absolute)}
    if person.aliases:
        data["alternateName"] = list(person.aliases)
    if person.bio:
        data["description"] = person.bio
    return data


def franchise_structured_data(page: dict, *, absolute) -> dict:
    """Return a franchise as a CreativeWorkSeries whose parts are its titles, in release
    order, from what `franchise_page` read (no query)."""
    franchise = page["franchise"]
    data = {"@context": "https://schema.org", **_thing("CreativeWorkSeries", franchise, absolute)}
    if franchise.description:
        data["description"] = franchise.description
    data["hasPart"] = [_thing(SCHEMA_TYPES[t.kind], t, absolute) for t in page["release_order"]]
    return data
