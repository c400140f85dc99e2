"""What the API answers: pydantic schemas read from model instances (ninja resolves each field
from the attribute of the same name, or from a `resolve_<field>` method).

Links are absolute URLs of the site's pages (`url`). Claims name their sources the way the
site does (`Claim.attribution`, `url`, `public_quote`): a story readers cannot see yet is never
named, linked or quoted.
"""

from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema

from premiere.catalog import regions
from premiere.catalog.models import Claim, Company, Credit, Placement, Relation, Release, Title
from premiere.extraction.dates import Precision

TitleKind = Literal[tuple(Title.Kind.values)]
TitleStatus = Literal[tuple(Title.Status.values)]
Medium = Literal[tuple(Release.Medium.values)]
Confidence = Literal[tuple(Release.Confidence.values)]
CompanyKind = Literal[tuple(Company.Kind.values)]
Role = Literal[tuple(Credit.Role.values)]


def _absolute(context, path: str) -> str:
    return context["request"].build_absolute_uri(path) if path else ""


def _page(obj, context) -> str:
    return _absolute(context, obj.get_absolute_url())


class Period(Schema):
    """A release date as announced: "2026" is the year 2026, never January 1."""

    precision: Literal[tuple(p.value for p in Precision)]
    start: date | None
    end: date | None
    label: str

    @staticmethod
    def resolve_label(obj) -> str:
        return str(obj)


# References: enough to name a thing and find it -----------------------------------------


class SectionRef(Schema):
    slug: str
    name: str
    url: str

    resolve_url = staticmethod(_page)


class SourceRef(Schema):
    """An outside outlet ("Collider") and its home page."""

    name: str
    url: str


class ArticleRef(Schema):
    slug: str
    headline: str
    published_at: datetime
    url: str

    @staticmethod
    def resolve_published_at(obj) -> datetime:
        return obj.publish_at

    resolve_url = staticmethod(_page)


class TitleRef(Schema):
    slug: str
    name: str
    kind: TitleKind
    first_release: Period
    url: str

    resolve_url = staticmethod(_page)


class PersonRef(Schema):
    slug: str
    name: str
    url: str

    resolve_url = staticmethod(_page)


class CompanyRef(Schema):
    slug: str
    name: str
    kind: CompanyKind
    url: str

    resolve_url = staticmethod(_page)


class FranchiseRef(Schema):
    slug: str
    name: str
    url: str

    resolve_url = staticmethod(_page)


# Evidence ---------------------------------------------------------------------------------


class ClaimOut(Schema):
    """Who said a fact, in which words, and when we saw it."""

    value: str
    state: Literal[tuple(Claim.State.values)]
    attribution: str
    source: SourceRef | None
    article: ArticleRef | None
    url: str
    quote: str
    observed_at: datetime

    @staticmethod
    def resolve_article(obj):
        return obj.article if obj.article_id and obj.article_is_public else None

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(context, obj.url)

    @staticmethod
    def resolve_quote(obj) -> str:
        return obj.public_quote


class ReleaseChangeOut(Schema):
    kind: str  # announced, delayed, moved up, moved, narrowed, corrected…
    previous: Period | None
    new: Period
    description: str
    changed_at: datetime
    reason: str
    claim: ClaimOut | None

    @staticmethod
    def resolve_description(obj) -> str:
        return obj.describe()


class ReleaseOut(Schema):
    region: str
    region_name: str
    worldwide: bool
    medium: Medium
    channel: str
    when: Period
    confidence: Confidence
    updated_at: datetime
    claims: list[ClaimOut]
    history: list[ReleaseChangeOut]

    @staticmethod
    def resolve_region_name(obj) -> str:
        return regions.region_name(obj.region)

    @staticmethod
    def resolve_worldwide(obj) -> bool:
        return obj.is_worldwide


class StatusChangeOut(Schema):
    status: TitleStatus
    previous: TitleStatus | Literal[""]
    changed_at: datetime
    note: str
    claims: list[ClaimOut]


class TitleCredit(Schema):
    role: Role
    character: str
    billing: int | None
    person: PersonRef | None
    company: CompanyRef | None
    claims: list[ClaimOut]


class RelationOut(Schema):
    kind: Literal[tuple(Relation.Kind.values)]
    other: TitleRef
    claims: list[ClaimOut]


class RelatedFrom(Schema):
    """Another title's relation to this one ("Chapter 2 is a sequel of" this)."""

    kind: Literal[tuple(Relation.Kind.values)]
    title: TitleRef


class PlacementOut(Schema):
    kind: Literal[tuple(Placement.Kind.values)]
    anchor: TitleRef
    anchor_end: TitleRef | None
    claims: list[ClaimOut]


class AboutSubject(Schema):
    articles: list[ArticleRef]  # the latest published stories about it

    @staticmethod
    def resolve_articles(obj) -> list:
        return obj.latest_articles


# Titles -----------------------------------------------------------------------------------


class TitleSummary(TitleRef):
    status: TitleStatus
    installment: str
    franchise: FranchiseRef | None


class TitleDetail(AboutSubject, TitleSummary):
    original_name: str
    synopsis: str
    aliases: list[str]
    parent: TitleRef | None
    children: list[TitleRef]
    updated_at: datetime
    releases: list[ReleaseOut]
    status_history: list[StatusChangeOut]
    credits: list[TitleCredit]
    relations: list[RelationOut]
    related_from: list[RelatedFrom]
    placements: list[PlacementOut]

    @staticmethod
    def resolve_aliases(obj) -> list[str]:
        return [alias.name for alias in obj.aliases.all()]


# Franchises, people, companies -------------------------------------------------------------


class FranchiseDetail(AboutSubject, FranchiseRef):
    description: str
    release_order: list[TitleRef]
    story_order: list[list[TitleRef]]  # titles set at the same moment share a group
    contradictions: list[str]


class PersonDetail(AboutSubject, PersonRef):
    aliases: list[str]
    bio: str


class CompanyDetail(AboutSubject, CompanyRef):
    aliases: list[str]


class CreditOut(Schema):
    """A person's or a company's credit on a title."""

    title: TitleRef
    role: Role
    character: str
    billing: int | None
    claims: list[ClaimOut]


# Articles ---------------------------------------------------------------------------------


class ImageOut(Schema):
    url: str
    width: int
    height: int
    alt: str
    caption: str
    credit: str

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(context, obj.file.url)

    @staticmethod
    def resolve_alt(obj) -> str:
        return obj.alt_text


class ArticleSummary(ArticleRef):
    standfirst: str
    section: SectionRef
    updated_at: datetime
    source: SourceRef | None
    source_url: str
    image: ImageOut | None
    tags: list[str]
    titles: list[TitleRef]
    people: list[PersonRef]
    companies: list[CompanyRef]
    franchises: list[FranchiseRef]

    @staticmethod
    def resolve_image(obj):
        return obj.hero_image

    @staticmethod
    def resolve_tags(obj) -> list[str]:
        return [tag.name for tag in obj.tags.all()]


class BodyBlock(Schema):
    """A stretch of the story: sanitized HTML, or a photo standing on its own line."""

    kind: Literal["html", "image"]
    html: str | None
    image: ImageOut | None

    @staticmethod
    def resolve_kind(obj) -> str:
        return "image" if obj.image else "html"

    @staticmethod
    def resolve_html(obj) -> str | None:
        return None if obj.image else obj.html


class ArticleDetail(ArticleSummary):
    body: list[BodyBlock]

    @staticmethod
    def resolve_body(obj) -> list:
        return obj.body_blocks


# Calendar and search ----------------------------------------------------------------------


class CalendarEntry(Schema):
    title: TitleRef
    region: str
    region_name: str
    worldwide: bool
    medium: Medium
    channel: str
    when: Period
    confidence: Confidence

    resolve_region_name = staticmethod(ReleaseOut.resolve_region_name)
    resolve_worldwide = staticmethod(ReleaseOut.resolve_worldwide)


class SearchHit(Schema):
    kind: Literal["article", "title", "person", "franchise", "company"]
    slug: str
    name: str
    detail: str = Field(description="What it is: a story's section and date, a title's kind…")
    url: str

    resolve_url = staticmethod(_page)


class SearchResults(Schema):
    query: str
    results: list[SearchHit]
