"""Reads that span models: what each public page and feed shows."""

import functools
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import connection, connections, router
from django.db.models import F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.urls import reverse

from premiere.catalog.models import Company, Franchise, Person, ReleaseChange, Title

from .models import Article, Image, Rendition, Section
from .renditions import renditions_read
from .services import IMAGE_PLACEHOLDER_RE

_RENDITIONS = Prefetch("renditions", queryset=Rendition.objects.order_by("width"))


def front_page(*, latest_count: int = 7, per_section: int = 4) -> dict:
    """Return the front page: the latest stories, then the latest of each section."""
    live = Article.objects.published()
    latest = list(live.for_listing()[:latest_count])
    sections = list(Section.objects.all())
    stories: dict[int, list] = {}
    for story in _sections_newest(live, sections, per_section):
        stories.setdefault(story.section_id, []).append(story)
    by_section = [(section, stories[section.pk]) for section in sections if section.pk in stories]
    return {"lead": latest[:1], "latest": latest[1:], "by_section": by_section}


def _sections_newest(live, sections: list[Section], per_section: int):
    """Each section's newest live stories, all sections in one query."""
    if not sections:
        return []
    newest_first = [F("publish_at").desc(), F("id").desc()]
    if connection.features.supports_slicing_ordering_in_compound:
        # PostgreSQL: the union of each section's newest few, read through the publish_at
        # index. A window ranking every live story sorts them all (0.5 s at 10k stories).
        newest = [
            live.filter(section=section).order_by(*newest_first).values("pk")[:per_section]
            for section in sections
        ]
        chosen = newest[0].union(*newest[1:], all=True)
        return live.filter(pk__in=chosen).for_listing()
    # SQLite cannot limit the parts of a union; a window ranks the stories within each section.
    ranked = live.for_listing().annotate(
        rank=Window(RowNumber(), partition_by=F("section_id"), order_by=newest_first)
    )
    return ranked.filter(rank__lte=per_section)


def article_for_reader(*, slug: str) -> Article:
    """Return a live article, or raise Http404: drafts and future stories are not there yet."""
    # Its comments, and their count in its header, are the community's to read (comments_read).
    return _with_hero(get_object_or_404(_article_detail(Article.objects.published()), slug=slug))


def article_for_preview(*, pk: int) -> Article:
    return _with_hero(get_object_or_404(_article_detail(Article.objects.all()), pk=pk))


def _article_detail(queryset):
    return queryset.select_related("section", "hero_image", "source", "author__profile")


def _with_hero(article: Article) -> Article:
    if article.hero_image is not None:
        renditions_read(article.hero_image)
    return article


@dataclass(frozen=True)
class Link:
    name: str
    url: str


# What a story's footer links to, in the order it lists them: the catalog entries the story
# mentions (each one's page lists every story that mentions it), then its tags, shown only
# when it mentions none. Each kind: its link to stories and the page of one of them.
_FOOTER_LINKS = (
    (Title._meta.get_field("articles"), "catalog:title"),
    (Franchise._meta.get_field("articles"), "catalog:franchise"),
    (Person._meta.get_field("articles"), "catalog:person"),
    (Company._meta.get_field("articles"), "catalog:company"),
    (Article._meta.get_field("tags"), "newsroom:tag"),
)
_TAGS = len(_FOOTER_LINKS) - 1


@functools.cache
def _footer_sql(alias: str) -> str:
    """Each kind's names and addresses, by kind then by name as their models order them.

    Written out once rather than built by the ORM at every page: five querysets and their
    union took 2 ms of a 12 ms story page to build, the database 0.4 ms to answer."""
    quote = connections[alias].ops.quote_name
    parts = []
    for kind, (link, _) in enumerate(_FOOTER_LINKS):
        to_story = link.related_model is Article
        entity = link.model if to_story else link.related_model
        # The link table's column for the entity, and the one for the story.
        mine, story = (
            (link.m2m_column_name(), link.m2m_reverse_name())
            if to_story
            else (link.m2m_reverse_name(), link.m2m_column_name())
        )
        name, slug, pk = (
            quote(entity._meta.get_field(part).column) for part in ("name", "slug", "id")
        )
        parts.append(
            f"SELECT {kind}, e.{name}, e.{slug}, e.{pk} FROM {quote(entity._meta.db_table)} e"
            f" JOIN {quote(link.m2m_db_table())} l ON l.{quote(mine)} = e.{pk}"
            f" WHERE l.{quote(story)} = %s"
        )
    return " UNION ALL ".join(parts) + " ORDER BY 1, 2, 4"


def article_footer_links(article: Article) -> dict:
    """Return the story's catalog entries ("In this story") and its tags ("Topics"), each
    by name: one query, where a prefetch of each took five."""
    database = connections[router.db_for_read(Article, instance=article)]
    with database.cursor() as cursor:
        cursor.execute(_footer_sql(database.alias), [article.pk] * len(_FOOTER_LINKS))
        rows = cursor.fetchall()
    links: dict[int, list[Link]] = {}
    for kind, name, slug, _ in rows:
        url = reverse(_FOOTER_LINKS[kind][1], kwargs={"slug": slug})
        links.setdefault(kind, []).append(Link(name=name, url=url))
    tags = links.pop(_TAGS, [])
    return {"mentions": [link for kind in sorted(links) for link in links[kind]], "tags": tags}


@dataclass(frozen=True)
class BodyBlock:
    html: str = ""
    image: Image | None = None


def article_body_blocks(article: Article) -> list[BodyBlock]:
    """Split the stored body into text and photos, fetching every photo in one query."""
    parts = IMAGE_PLACEHOLDER_RE.split(article.body_html)
    ids = [int(part) for part in parts[1::2]]
    images = Image.objects.prefetch_related(_RENDITIONS).in_bulk(ids) if ids else {}
    blocks = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if part.strip():
                blocks.append(BodyBlock(html=part))
        elif image := images.get(int(part)):
            blocks.append(BodyBlock(image=image))
    return blocks


def article_structured_data(article: Article, *, absolute) -> dict:
    """Return schema.org NewsArticle data; `absolute` turns a path into a full URL."""
    from .renditions import renditions_of

    author = article.author.profile.display_name or article.author.get_username()
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.standfirst,
        "mainEntityOfPage": absolute(article.get_absolute_url()),
        "articleSection": article.section.name,
        "author": [{"@type": "Person", "name": author}],
        "dateModified": article.updated_at.isoformat(),
    }
    if article.publish_at:
        data["datePublished"] = article.publish_at.isoformat()
    if article.hero_image:
        renditions = renditions_of(article.hero_image)
        data["image"] = [absolute(renditions.get("social") or renditions["largest"])]
    if article.source:
        data["isBasedOn"] = article.source_url or article.source.url or article.source.name
    return data


# Feeds of catalog entities ------------------------------------------------------------------


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a title's, franchise's or person's feed: a story, or a date change."""

    title: str
    link: str
    description: str
    published: datetime
    updated: datetime
    author: str = ""
    categories: list[str] = field(default_factory=list)


def _article_entry(article: Article) -> FeedEntry:
    return FeedEntry(
        title=article.headline,
        link=article.get_absolute_url(),
        description=article.standfirst,
        published=article.publish_at,
        updated=article.updated_at,
        author=article.author.profile.display_name or article.author.get_username(),
        categories=[article.section.name],
    )


def _change_entry(change: ReleaseChange) -> FeedEntry:
    release = change.release
    title = release.title
    said = change.describe()
    description = said[:1].upper() + said[1:]
    if change.claim:
        description += f", per {change.claim.attribution}"
    if change.reason:
        description += f" ({change.reason})"
    return FeedEntry(
        title=f"{title.name} ({release.where}): {said}",
        # The line of the title page's release history that says the same.
        link=f"{title.get_absolute_url()}#release-change-{change.pk}",
        description=description + ".",
        published=change.changed_at,
        updated=change.changed_at,
        categories=["Release dates"],
    )


def _entity_entries(articles, changes, size: int) -> list[FeedEntry]:
    """Merge the latest stories and date changes, newest first: three queries in all."""
    stories = (
        articles.published()
        .select_related("section", "author__profile")
        .order_by("-publish_at", "-id")[:size]
    )
    moves = changes.select_related("release__title", "claim__source", "claim__article").order_by(
        "-changed_at", "-id"
    )[:size]
    entries = [_article_entry(a) for a in stories] + [_change_entry(c) for c in moves]
    entries.sort(key=lambda e: e.published, reverse=True)
    return entries[:size]


def title_feed(title: Title, *, size: int) -> list[FeedEntry]:
    """Return the stories linked to a title and the changes of its release dates."""
    return _entity_entries(
        Article.objects.filter(pk__in=title.articles.values("pk")),
        ReleaseChange.objects.filter(release__title=title),
        size,
    )


def franchise_feed(franchise: Franchise, *, size: int) -> list[FeedEntry]:
    """Return the stories linked to a franchise or any of its titles, and the date changes of
    its titles: a franchise of hundreds of titles costs the same three queries."""
    about_titles = Title.articles.through.objects.filter(title__franchise=franchise)
    articles = Article.objects.filter(
        Q(pk__in=franchise.articles.values("pk")) | Q(pk__in=about_titles.values("article_id"))
    )
    return _entity_entries(
        articles, ReleaseChange.objects.filter(release__title__franchise=franchise), size
    )


def person_feed(person: Person, *, size: int) -> list[FeedEntry]:
    """Return the stories linked to a person and the date changes of the titles they are
    credited on."""
    titles = Title.objects.filter(credits__person=person).values("pk")
    return _entity_entries(
        Article.objects.filter(pk__in=person.articles.values("pk")),
        ReleaseChange.objects.filter(release__title__in=titles),
        size,
    )


def site_language() -> str:
    """Return the site's language as ISO 639 ("en" for "en-us"), as news sitemaps want it."""
    return settings.LANGUAGE_CODE.split("-")[0]
