"""Reads that span models: what each public page shows."""

from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404

from .models import Article, Image, Rendition, Section
from .services import IMAGE_PLACEHOLDER_RE

_RENDITIONS = Prefetch("renditions", queryset=Rendition.objects.order_by("width"))


def front_page(*, latest_count: int = 7, per_section: int = 4) -> dict:
    """Return the front page: the latest stories, then the latest of each section."""
    live = Article.objects.published().for_listing()
    latest = list(live[:latest_count])
    # Each section's latest, all sections in one query: rank within the section, keep the top.
    newest_first = [F("publish_at").desc(), F("id").desc()]
    ranked = live.annotate(
        rank=Window(RowNumber(), partition_by=F("section_id"), order_by=newest_first)
    ).filter(rank__lte=per_section)
    stories: dict[int, list] = {}
    for story in ranked:
        stories.setdefault(story.section_id, []).append(story)
    by_section = [
        (section, stories[section.pk]) for section in Section.objects.all() if section.pk in stories
    ]
    return {"lead": latest[:1], "latest": latest[1:], "by_section": by_section}


def article_for_reader(*, slug: str) -> Article:
    """Return a live article, or raise Http404: drafts and future stories are not there yet."""
    readers = Article.objects.published().annotate(
        comment_count=Count("comments", filter=Q(comments__status="visible"), distinct=True)
    )
    return get_object_or_404(_article_detail(readers), slug=slug)


def article_for_preview(*, pk: int) -> Article:
    return get_object_or_404(_article_detail(Article.objects.all()), pk=pk)


def _article_detail(queryset):
    return queryset.select_related(
        "section", "hero_image", "source", "author__profile"
    ).prefetch_related(
        "tags",
        Prefetch("hero_image__renditions", queryset=Rendition.objects.order_by("width")),
        # The catalog entities the story mentions, linked in its footer.
        "titles",
        "people",
        "companies",
        "franchises",
    )


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
