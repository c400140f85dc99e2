"""Every change to newsroom content goes through these functions: admin, commands, tests."""

import logging
import re
from datetime import datetime
from functools import partial

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from premiere.catalog.models import Claim
from premiere.catalog.services import claims_withdraw
from premiere.core.signals import article_saved, article_went_live, article_withdrawn
from premiere.core.slugs import unique_slug
from premiere.core.text import render_article

from .mentions import Target, link_first_mentions
from .models import Article, Image, Rendition, Section, Source, Tag
from .pictures import Picture, picture_check
from .renditions import renditions_make

log = logging.getLogger(__name__)

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


def _body_html(article: Article) -> str:
    """The body's HTML with the first mention of each linked catalog entry made a link."""
    html = body_render(article.body)
    if article.pk is None or not article.link_mentions:
        return html
    return link_first_mentions(html, _mention_targets(article))


def _mention_targets(article: Article) -> list[Target]:
    targets = [
        Target(
            (title.name, *(alias.name for alias in title.aliases.all())), title.get_absolute_url()
        )
        for title in article.titles.prefetch_related("aliases")
    ]
    for related in (article.people, article.companies, article.franchises):
        for entity in related.all():
            aliases = getattr(entity, "aliases", None) or []
            targets.append(Target((entity.name, *aliases), entity.get_absolute_url()))
    return targets


def article_mentions_refresh(*, article: Article) -> None:
    """Render the body's links again after the catalog entries it is linked to changed (the
    desk linked a title, an editor unlinked a person). Derived HTML, so no revision."""
    html = _body_html(article)
    if html != article.body_html:
        article.body_html = html
        Article.objects.filter(pk=article.pk).update(body_html=html)


class PublicationChange(ValueError):
    """A caller tried to change when readers see a story outside the publishing services."""


def _stored_publication(article: Article) -> tuple:
    if article.pk is None:
        return (Article.Status.DRAFT, None)
    stored = Article.objects.filter(pk=article.pk).values_list("status", "publish_at").first()
    return stored or (Article.Status.DRAFT, None)


def _write(*, article: Article, by, comment: str) -> Article:
    try:
        body_check(article.body)
    except ValidationError as error:
        raise ValidationError({"body": error.messages}) from None
    article.body_html = _body_html(article)
    if not article.slug:
        article.slug = unique_slug(Article, article.headline, exclude_pk=article.pk)
    article.full_clean()
    article.updated_at = timezone.now()
    with transaction.atomic(), reversion.create_revision():
        article.save()
        if by is not None:
            reversion.set_user(by)
        reversion.set_comment(comment)
        article_saved.send(sender=Article, article=article)
    return article


def article_save(*, article: Article, by, comment: str = "Saved") -> Article:
    """Validate and save an article's content, render its body and keep a revision of it.

    When readers see it is not changed here: that is `article_publish` and
    `article_unpublish`, so every way of publishing behaves the same.
    """
    if (article.status, article.publish_at) != _stored_publication(article):
        raise PublicationChange("Publish or unpublish through article_publish/article_unpublish.")
    return _write(article=article, by=by, comment=comment)


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
    """Publish now, or schedule for `at` when it lies in the future.

    A story that is already live keeps its first time unless `at` says otherwise: readers and
    feeds saw it then. A story published again after being taken down goes out at the new time.
    """
    was_live = _stored_live(article)
    now = timezone.now()
    if at is not None and at > now:
        article.status, article.publish_at = Article.Status.SCHEDULED, at
        comment = f"Scheduled for {timezone.localtime(at):%Y-%m-%d %H:%M %Z}"
    else:
        if at is not None or not was_live:
            article.publish_at = at or now
        article.status = Article.Status.PUBLISHED
        comment = "Published"
    with transaction.atomic():
        _write(article=article, by=by, comment=comment)
        _announce(article, was_live=was_live)
    return article


def article_unpublish(*, article: Article, by) -> Article:
    """Take an article back to draft; readers no longer see it, and its time is forgotten."""
    was_live = _stored_live(article)
    article.status, article.publish_at = Article.Status.DRAFT, None
    with transaction.atomic():
        _write(article=article, by=by, comment="Unpublished")
        _announce(article, was_live=was_live)
    return article


def article_delete(*, article: Article, by) -> None:
    """Delete a story. Its facts leave public pages first, as when it is taken down (a fact
    only this story vouched for goes, a moved date falls back to the one before), and any
    claim still resting on it alone is withdrawn: a claim must name its evidence."""
    with transaction.atomic():
        if article.live_since is not None or _stored_live(article):
            article_withdrawn.send(sender=Article, article=article)
        claims_withdraw(claims=Claim.objects.filter(article=article, source__isnull=True))
        log.info("Article %s deleted by %s", article.pk, getattr(by, "pk", None))
        article.delete()


def _stored_live(article: Article) -> bool:
    status, publish_at = _stored_publication(article)
    live = status != Article.Status.DRAFT and publish_at is not None
    return live and publish_at <= timezone.now()


def _announce(article: Article, *, was_live: bool) -> None:
    """Tell the other apps when a story goes live or is taken down (its facts follow it).

    Sent inside the saving transaction; a receiver with slow work enqueues it on commit.
    """
    if article.is_live and article.live_since is None:
        article.live_since = timezone.now()
        Article.objects.filter(pk=article.pk).update(live_since=article.live_since)
        article_went_live.send(sender=Article, article=article)
    elif not article.is_live and (was_live or article.live_since is not None):
        article.live_since = None
        Article.objects.filter(pk=article.pk).update(live_since=None)
        article_withdrawn.send(sender=Article, article=article)


def articles_go_live_due(*, now: datetime | None = None) -> int:
    """Announce the scheduled stories whose time has come; return how many.

    A scheduled story is visible by itself at its time (the published queryset compares
    times); what follows it (the facts it carries) waits for this call, which the worker
    makes every few seconds.
    """
    due = Article.objects.published(now=now).filter(live_since__isnull=True)
    count = 0
    for article in due.iterator():
        with transaction.atomic():
            claimed = Article.objects.filter(pk=article.pk, live_since__isnull=True).update(
                live_since=timezone.now()
            )
            if claimed:  # another worker may have announced it a moment ago
                article_went_live.send(sender=Article, article=article)
                count += 1
    return count


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
    """Check and store a picture with its credit and alt text, and make its renditions."""
    picture = _picture_check(file)
    file.name = picture.filename(file.name)
    # Given its size, the model does not open the file again to read it.
    image = Image(
        file=file,
        width=picture.width,
        height=picture.height,
        alt_text=alt_text,
        credit=credit,
        caption=caption,
        uploaded_by=by,
    )
    if focal:
        image.focal_x, image.focal_y = focal
    return _image_write(image=image, by=by, renditions_stale=False)


def image_save(*, image: Image, by, file_changed: bool = False) -> Image:
    """Validate and save a picture; a new file or focal point gets fresh renditions.

    A file not yet stored is checked first (`picture_check`) and stored under the extension
    of what it really is.
    """
    # An uncommitted file is one just assigned (an upload); a stored one was checked before.
    new_file = bool(image.file) and not image.file._committed
    if new_file:
        picture = _picture_check(image.file)
        image.file.name = picture.filename(image.file.name)
    stale = file_changed or (new_file and image.pk is not None)
    return _image_write(image=image, by=by, renditions_stale=stale)


def _picture_check(file) -> Picture:
    try:
        return picture_check(file)
    except ValidationError as error:
        raise ValidationError({"file": error.messages}) from None


def _image_write(*, image: Image, by, renditions_stale: bool) -> Image:
    """Save the row and its renditions; keep the files of both, or of neither.

    Files this call stores are removed again if it fails; the files a new file or fresh
    renditions replace are removed once the change is committed, so a failure loses nothing.
    """
    new_file = not image.file._committed
    # A stored file was checked when it came in. Cleaning it again would make Django read its
    # width and height back from storage, and a file gone bad there would blank them.
    image.full_clean(exclude=["file"] if image.file and not new_file else None)
    if image.uploaded_by is None:
        image.uploaded_by = by
    replaced = _replaced_files(image, original=new_file, renditions=renditions_stale)
    try:
        with transaction.atomic():
            image.save()
            if renditions_stale:
                image.renditions.all().delete()
            renditions_make(image)
    except ValidationError as error:
        _stored_file_forget(image, stored_here=new_file)
        raise ValidationError({"file": error.messages}) from None
    except OSError as error:
        # A full disk, a media folder that cannot be written: the editor's fault is none, and
        # nothing was kept; say so on the form instead of a server error.
        _stored_file_forget(image, stored_here=new_file)
        log.error("Picture not stored: %s", error)
        raise ValidationError(
            {
                "file": "The picture could not be stored (the media folder cannot be written). "
                "Nothing was saved; try again later or tell the site's administrator."
            }
        ) from None
    except BaseException:
        _stored_file_forget(image, stored_here=new_file)
        raise
    if replaced:
        transaction.on_commit(partial(_files_delete, image.file.storage, replaced))
    return image


def _files_delete(storage, names: list[str]) -> None:
    for name in names:
        storage.delete(name)


def _replaced_files(image: Image, *, original: bool, renditions: bool) -> list[str]:
    if image.pk is None:
        return []
    names = []
    if original:
        names += Image.objects.filter(pk=image.pk).values_list("file", flat=True)
    if renditions:
        names += Rendition.objects.filter(image=image).values_list("file", flat=True)
    return [name for name in names if name]


def _stored_file_forget(image: Image, *, stored_here: bool) -> None:
    # The rollback took the row away; the file it pointed at goes too, if this call stored it.
    if stored_here and image.file._committed and image.file.name:
        image.file.storage.delete(image.file.name)


def images_renditions_fill(*, report=None) -> tuple[int, int, list[tuple[Image, str]]]:
    """Make the renditions every picture lacks: a width or a format added since it was
    uploaded (the 160 px thumbnail and AVIF came later than most pictures).

    Returns (renditions made, pictures that got any, [(picture, why) for those that could
    not be read]); `report(done, total)` is called as it goes. A picture that fails keeps
    what it had and the others go on.
    """
    made, touched, failed = 0, 0, []
    images = Image.objects.order_by("pk")
    total = images.count()
    for done, image in enumerate(images.iterator(), 1):
        try:
            new = renditions_make(image)
        except Exception as error:  # a decoder or encoder fed bad bytes may raise anything
            reason = error.messages[0] if isinstance(error, ValidationError) else str(error)
            failed.append((image, reason or type(error).__name__))
        else:
            made += len(new)
            touched += bool(new)
        if report:
            report(done, total)
    return made, touched, failed
