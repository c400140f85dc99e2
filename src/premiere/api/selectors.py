"""The API's reads, composed from the catalog's and the newsroom's selectors and querysets.

What a client may see is decided where the site decides it: `Article.objects.published()` for
stories, catalog rows for facts (what the desk holds for a story not yet live is not in them).
Each read costs a fixed number of queries, whatever the size of what it returns.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from django.db.models import Case, F, IntegerField, Prefetch, Value, When
from django.http import Http404

from premiere.catalog import selectors as catalog
from premiere.catalog.models import (
    WORLDWIDE,
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
)
from premiere.newsroom.models import Article
from premiere.newsroom.selectors import article_body_blocks
from premiere.search.models import Kind
from premiere.search.selectors import search_hits

from .pagination import Key, Keyset

# A detail page lists this many of the latest stories about its subject.
ARTICLES_PER_SUBJECT = 10

CLAIMS = Prefetch(
    "claims", queryset=Claim.objects.select_related("source", "article").order_by("-observed_at")
)


def _with_latest_articles(subject):
    """Give `subject` (a title, franchise, person or company) its latest live stories."""
    live = subject.articles.published().select_related("section")
    subject.latest_articles = list(live.order_by("-publish_at", "-id")[:ARTICLES_PER_SUBJECT])
    return subject


def _missing(noun: str):
    raise Http404(f"No {noun} has this slug.")


# Articles ---------------------------------------------------------------------------------

ARTICLES = Keyset(Article, Key("publish_at", descending=True), Key("id", descending=True))


def articles(*, section: str = ""):
    """Return live stories with what a listing shows: section, outlet, photo, linked entities."""
    stories = (
        Article.objects.published()
        .select_related("section", "source", "hero_image")
        .prefetch_related("tags", "titles", "people", "companies", "franchises")
    )
    if section:
        stories = stories.filter(section__slug=section)
    return stories


def article(*, slug: str) -> Article:
    """Return a live story with its body split into text and photos, or raise Http404: drafts,
    stories scheduled for later and stories taken down are not there."""
    story = articles().filter(slug=slug).first()
    if story is None:
        _missing("published story")
    story.body_blocks = article_body_blocks(story)
    return story


# Titles -----------------------------------------------------------------------------------

TITLES = Keyset(Title, Key("name"), Key("id"))


def titles(*, kind: str = "", status: str = "", franchise: str = ""):
    rows = Title.objects.select_related("franchise")
    if kind:
        rows = rows.filter(kind=kind)
    if status:
        rows = rows.filter(status=status)
    if franchise:
        rows = rows.filter(franchise__slug=franchise)
    return rows


def _releases() -> Prefetch:
    # Worldwide dates first, then each region's, each in calendar order.
    ordered = Release.objects.order_by(
        Case(When(region=WORLDWIDE, then=Value(0)), default=Value(1), output_field=IntegerField()),
        "region",
        F("date_end").asc(nulls_last=True),
        "-date_start",
        "medium",
        "channel",
    )
    history = ReleaseChange.objects.select_related("claim__source", "claim__article")
    return Prefetch(
        "releases", queryset=ordered.prefetch_related(CLAIMS, Prefetch("history", history))
    )


def title(*, slug: str) -> Title:
    """Return a title with its releases (their claims and history), status history, credits,
    relations, story placements, children and latest stories, in a fixed number of queries."""
    queryset = Title.objects.select_related("franchise", "parent").prefetch_related(
        "aliases",
        _releases(),
        Prefetch("status_history", StatusChange.objects.prefetch_related(CLAIMS)),
        Prefetch(
            "credits",
            Credit.objects.select_related("person", "company").prefetch_related(CLAIMS),
        ),
        Prefetch("relations", Relation.objects.select_related("other").prefetch_related(CLAIMS)),
        Prefetch("related_from", Relation.objects.select_related("title")),
        Prefetch(
            "placements",
            Placement.objects.select_related("anchor", "anchor_end").prefetch_related(CLAIMS),
        ),
        Prefetch("children", Title.objects.in_release_order()),
    )
    found = queryset.filter(slug=slug).first()
    return _with_latest_articles(found) if found is not None else _missing("title")


# Franchises -------------------------------------------------------------------------------

FRANCHISES = Keyset(Franchise, Key("name"), Key("id"))


def franchises():
    return Franchise.objects.all()


def franchise(*, slug: str) -> Franchise:
    """Return a franchise with its titles in release order and in story order (the franchise
    page's timeline, catalog.selectors.franchise_timeline) and its latest stories."""
    found = Franchise.objects.filter(slug=slug).first()
    if found is None:
        _missing("franchise")
    _with_latest_articles(found)
    timeline = catalog.franchise_timeline(found)
    found.release_order = timeline["release_order"]
    found.story_order = timeline["story_groups"]
    found.contradictions = timeline["contradictions"]
    return found


# People and companies ---------------------------------------------------------------------

PEOPLE = Keyset(Person, Key("name"), Key("id"))
COMPANIES = Keyset(Company, Key("name"), Key("id"))
# Newest first, titles without a date yet leading, as on the person and company pages.
CREDITS = Keyset(
    Credit,
    Key("title__first_release_end", descending=True, nulls_first=True),
    Key("title__name"),
    Key("id"),
)


def people():
    return Person.objects.all()


def companies(*, kind: str = ""):
    rows = Company.objects.all()
    return rows.filter(kind=kind) if kind else rows


def person(*, slug: str) -> Person:
    found = Person.objects.filter(slug=slug).first()
    return _with_latest_articles(found) if found is not None else _missing("person")


def company(*, slug: str) -> Company:
    found = Company.objects.filter(slug=slug).first()
    return _with_latest_articles(found) if found is not None else _missing("company")


def credits_of(entity):
    """Return a person's or a company's credits with their titles and claims."""
    return entity.credits.select_related("title").prefetch_related(CLAIMS)


# Calendar ---------------------------------------------------------------------------------

CALENDAR = Keyset(Release, Key("date_end"), Key("date_start", descending=True), Key("id"))


@dataclass(frozen=True)
class CalendarListing:
    """The calendar a reader in `region` sees, read a page at a time after a position.

    Rows come from catalog.selectors (the page's filters and its region rule: the region's own
    dates, and the worldwide ones it has none of its own for), ordered by CALENDAR's keys.
    """

    releases: object  # the filtered releases (catalog.selectors.releases_between)
    region: str

    def rows_after(self, values: list | None, count: int) -> list[Release]:
        releases = self.releases if values is None else CALENDAR.after(self.releases, values)
        return catalog.regional_first_rows(
            releases, self.region, count, order=catalog.BY_DATE_THEN_ID
        )


def calendar(
    *, start: date, end: date, region: str, kind: str = "", medium: str = "", channel: str = ""
) -> CalendarListing:
    releases = catalog.releases_between(
        start=start, end=end, kind=kind, medium=medium, channel=channel
    )
    return CalendarListing(releases=releases, region=region)


# Search -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    kind: str
    slug: str
    name: str
    detail: str
    path: str

    def get_absolute_url(self) -> str:
        return self.path


SEARCH_KINDS = tuple(Kind.values)


def search(query: str, *, kinds: Collection[str] = (), limit: int = 10) -> list[Hit]:
    """Find stories, titles, people, franchises and companies: the site's own search
    (premiere.search), so the API ranks, forgives typos and keeps embargoes as the page does."""
    return [
        Hit(hit.kind, hit.url.rstrip("/").rsplit("/", 1)[-1], hit.name, hit.detail, hit.url)
        for hit in search_hits(text=query, kinds=kinds, limit=limit)
    ]
