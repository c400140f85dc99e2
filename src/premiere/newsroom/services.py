"""Every change to newsroom content goes through these functions: admin, commands, tests."""

import re
from datetime import datetime

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from premiere.core.slugs import unique_slug
from premiere.core.text import render_article

from .models import Article, Image, Section, Source, Tag
from .renditions import renditions_make
from .signals import article_saved

# A photo stands on a line of its own in the Markdown body: [image:12]
IMAGE_LINE = re.compile(r"^\[image:(\d+)\]\s*$", re.MULTILINE)
# In the stored HTML, the same photo is a placeholder the page fills with its figure.
IMAGE_PLACEHOLDER = '<figure data-image="{}"></figure>'
IMAGE_PLACEHOLDER_RE = re.compile(r'<figure data-image="(\d+)"></figure>')


def body_render(markdown: str) -> str:
    """Return the sanitized HTML of an article body, photos left as placeholders."""
    parts = IMAGE_LINE.split(markdown)
    html = []
    # split() alternates text, image id, text, image id, …
    for index, part in enumerate(parts):
        if index % 2:
            html.append(IMAGE_PLACEHOLDER.format(int(part)))
        elif part.strip():
            html.append(render_article(part))
    return "\n".join(html)


def body_image_ids(body_html: str) -> list[int]:
    return [int(found) for found in IMAGE_PLACEHOLDER_RE.findall(body_html)]


def body_check(markdown: str) -> None:
    """Raise ValidationError if the body points at photos that do not exist."""
    ids = {int(found) for found in IMAGE_LINE.findall(markdown)}
    missing = ids - set(Image.objects.filter(pk__in=ids).values_list("pk", flat=True))
    if missing:
        listed = ", ".join(f"[image:{pk}]" for pk in sorted(missing))
        raise ValidationError(f"No image has the number used in {listed}.")


def article_save(*, article: Article, by, comment: str = "Saved") -> Article:
    """Validate and save an article, render its body and keep a revision of it."""
    try:
        body_check(article.body)
    except ValidationError as error:
        raise ValidationError({"body": error.messages}) from None
    article.body_html = body_render(article.body)
    if not article.slug:
        article.slug = unique_slug(Article, article.headline, exclude_pk=article.pk)
    now = timezone.now()
    if article.status == Article.Status.PUBLISHED and article.publish_at is None:
        article.publish_at = now
    if article.status == Article.Status.PUBLISHED and article.publish_at > now:
        # "Published" with a time still to come is a schedule; say so in lists.
        article.status = Article.Status.SCHEDULED
    article.full_clean()
    article.updated_at = now
    with transaction.atomic(), reversion.create_revision():
        article.save()
        if by is not None:
            reversion.set_user(by)
        reversion.set_comment(comment)
        article_saved.send(sender=Article, article=article)
    return article


def article_create(
    *,
    section: Section,
    headline: str,
    standfirst: str,
    body: str,
    author,
    slug: str = "",
    hero_image: Image | None = None,
    source: Source | None = None,
    source_url: str = "",
    tags: list[str] = (),
) -> Article:
    """Create a draft."""
    article = Article(
        section=section,
        headline=headline,
        standfirst=standfirst,
        body=body,
        author=author,
        slug=slug,
        hero_image=hero_image,
        source=source,
        source_url=source_url,
    )
    with transaction.atomic():
        article_save(article=article, by=author, comment="Created")
        if tags:
            article.tags.set(tags_get_or_create(tags))
    return article


def article_publish(*, article: Article, by, at: datetime | None = None) -> Article:
    """Publish now, or schedule for `at` when it lies in the future."""
    now = timezone.now()
    if at is not None and at > now:
        article.status, article.publish_at = Article.Status.SCHEDULED, at
        comment = f"Scheduled for {at:%Y-%m-%d %H:%M %Z}"
    else:
        # Saving a live story again keeps its first time: readers and feeds saw it then.
        if at is not None or not article.is_live:
            article.publish_at = at or now
        article.status = Article.Status.PUBLISHED
        comment = "Published"
    return article_save(article=article, by=by, comment=comment)


def article_unpublish(*, article: Article, by) -> Article:
    """Take an article back to draft; readers no longer see it."""
    article.status = Article.Status.DRAFT
    return article_save(article=article, by=by, comment="Unpublished")


def tags_get_or_create(names) -> list[Tag]:
    tags = []
    for name in names:
        name = " ".join(name.split())
        if name:
            tag = Tag.objects.filter(name__iexact=name).first()
            tags.append(tag or Tag.objects.create(name=name, slug=unique_slug(Tag, name)))
    return tags


def image_create(
    *, file, alt_text: str, credit: str, caption: str = "", focal=None, by=None
) -> Image:
    """Store a picture with its credit and alt text, and make its renditions."""
    image = Image(file=file, alt_text=alt_text, credit=credit, caption=caption, uploaded_by=by)
    if focal:
        image.focal_x, image.focal_y = focal
    return image_save(image=image, by=by)


def image_save(*, image: Image, by, file_changed: bool = False) -> Image:
    """Validate and save a picture; a new file or focal point gets fresh renditions."""
    image.full_clean()
    if image.uploaded_by is None:
        image.uploaded_by = by
    with transaction.atomic():
        image.save()
        if file_changed:
            for rendition in image.renditions.all():
                rendition.file.delete(save=False)
            image.renditions.all().delete()
        renditions_make(image)
    return image
