from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import reversion
from django.core.exceptions import ValidationError
from django.utils import timezone

from premiere.core.signals import article_went_live, article_withdrawn
from premiere.newsroom import services
from premiere.newsroom.models import Article, Image, Rendition
from tests.newsroom import broken_pictures as broken

pytestmark = pytest.mark.django_db


def test_a_new_article_is_a_draft_nobody_can_read(make_article):
    article = make_article(publish=False)
    assert article.status == Article.Status.DRAFT
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_publishing_makes_the_article_visible_now(make_article):
    article = make_article()
    assert article.status == Article.Status.PUBLISHED
    assert article.publish_at <= timezone.now()
    assert list(Article.objects.published()) == [article]


def test_scheduled_article_is_hidden_until_its_time(make_article):
    at = timezone.now() + timedelta(hours=2)
    article = make_article(at=at)
    assert article.status == Article.Status.SCHEDULED
    assert not Article.objects.published().exists()
    assert Article.objects.published(now=at - timedelta(seconds=1)).count() == 0
    # No job flips the status: the same row is visible once its time has come.
    assert list(Article.objects.published(now=at)) == [article]


def test_saving_cannot_change_when_readers_see_a_story(make_article, editor):
    """Publishing has one path: a plain save that changes status or time is refused."""
    article = make_article(publish=False)
    article.status = Article.Status.PUBLISHED
    article.publish_at = timezone.now()
    with pytest.raises(services.PublicationChange):
        services.article_save(article=article, by=editor)
    assert not Article.objects.published().exists()


def test_publishing_with_a_future_time_schedules(make_article, editor):
    article = make_article(publish=False)
    services.article_publish(article=article, by=editor, at=timezone.now() + timedelta(days=1))
    article.refresh_from_db()
    assert article.status == Article.Status.SCHEDULED and article.live_since is None


def test_republishing_a_live_story_keeps_its_first_time(make_article, editor):
    article = make_article(at=timezone.now() - timedelta(days=3))
    first = article.publish_at
    services.article_publish(article=article, by=editor)
    assert article.publish_at == first


def test_unpublished_article_disappears(make_article, editor):
    article = make_article()
    services.article_unpublish(article=article, by=editor)
    assert not Article.objects.published().exists()
    article.refresh_from_db()
    assert article.publish_at is None and article.live_since is None


def test_republishing_after_an_unpublish_uses_the_new_time(make_article, editor):
    article = make_article(at=timezone.now() - timedelta(days=3))
    services.article_unpublish(article=article, by=editor)
    services.article_publish(article=article, by=editor)
    article.refresh_from_db()
    assert timezone.now() - article.publish_at < timedelta(minutes=1)


@contextmanager
def _heard(*signals):
    """Record what the newsroom announces while the block runs."""
    heard = []
    receivers = []
    for signal in signals:

        def receiver(article, signal=signal, **kwargs):
            heard.append((signal, article.pk))

        signal.connect(receiver, weak=False, dispatch_uid=f"test-{id(signal)}")
        receivers.append(signal)
    try:
        yield heard
    finally:
        for signal in receivers:
            signal.disconnect(dispatch_uid=f"test-{id(signal)}")


def test_going_live_and_coming_down_are_announced_once(make_article, editor):
    with _heard(article_went_live, article_withdrawn) as heard:
        article = make_article()
        services.article_publish(article=article, by=editor)  # already live: nothing new
        services.article_unpublish(article=article, by=editor)
    assert heard == [(article_went_live, article.pk), (article_withdrawn, article.pk)]


def test_a_scheduled_story_is_announced_once_its_time_has_come(make_article, editor):
    at = timezone.now() + timedelta(hours=1)
    with _heard(article_went_live) as heard:
        article = make_article(at=at)
        assert services.articles_go_live_due() == 0 and heard == []
        assert services.articles_go_live_due(now=at + timedelta(seconds=1)) == 1
        assert services.articles_go_live_due(now=at + timedelta(seconds=2)) == 0
    assert heard == [(article_went_live, article.pk)]


def test_slug_comes_from_the_headline_and_stays_unique(make_article):
    first = make_article(headline="Ballerina gets a date")
    second = make_article(headline="Ballerina gets a date")
    assert first.slug == "ballerina-gets-a-date"
    assert second.slug == "ballerina-gets-a-date-2"


def test_every_save_keeps_a_revision_that_can_be_restored(make_article, editor):
    article = make_article(headline="First headline")
    article.headline = "Second headline"
    services.article_save(article=article, by=editor, comment="Sharper headline")
    versions = reversion.models.Version.objects.get_for_object(article)
    assert versions.count() >= 3  # created, published, edited
    assert versions[0].revision.get_comment() == "Sharper headline"
    assert versions[0].revision.user == editor
    versions.last().revision.revert()
    article.refresh_from_db()
    assert article.headline == "First headline"


@pytest.mark.parametrize(
    "markdown, forbidden",
    [
        ("<script>alert(1)</script>", "<script"),
        ("[click](javascript:alert(1))", 'href="javascript:'),
        ('<img src=x onerror="alert(1)">', "<img"),
        ('<iframe src="https://evil.example"></iframe>', "<iframe"),
    ],
)
def test_article_bodies_are_sanitized(make_article, markdown, forbidden):
    article = make_article(body=f"Intro.\n\n{markdown}\n\nOutro.")
    # Raw HTML shows as text (escaped), so the markup never reaches the page.
    assert forbidden not in article.body_html
    assert "Intro." in article.body_html


def test_body_photos_become_placeholders_between_text(make_article, make_image):
    image = make_image(caption="Ana de Armas")
    article = make_article(body=f"Before.\n\n[image:{image.pk}]\n\nAfter **bold**.")
    assert services.body_image_ids(article.body_html) == [image.pk]
    assert article.body_html.index("Before.") < article.body_html.index("data-image")
    assert "<strong>bold</strong>" in article.body_html


def test_a_body_pointing_at_a_missing_photo_is_refused(make_article):
    with pytest.raises(ValidationError) as error:
        make_article(body="Text.\n\n[image:999]")
    assert "[image:999]" in str(error.value)
    assert not Article.objects.exists()


def test_tags_are_reused_case_insensitively(make_article):
    first = make_article(tags=["John Wick"])
    second = make_article(tags=["john wick", "Ballerina"])
    assert first.tags.get() == second.tags.get(name="John Wick")


def _refused(data: bytes, name: str = "photo.jpg") -> str:
    """Upload `data` through the service; return the message, having checked nothing was kept."""
    with pytest.raises(ValidationError) as error:
        services.image_create(file=broken.upload(data, name), alt_text="A stage", credit="Studio")
    assert not Image.objects.exists()
    assert not Rendition.objects.exists()
    assert broken.media_files() == set()
    (message,) = error.value.message_dict["file"]
    assert message.startswith("This file is not a picture we can use: ")
    return message


def test_a_truncated_jpeg_is_refused_and_nothing_is_kept():
    assert "damaged or cut short" in _refused(broken.truncated_jpeg())


def test_a_2000_by_1_strip_is_refused_and_nothing_is_kept():
    message = _refused(broken.encoded((2000, 1), "PNG", noise=False), "strip.png")
    assert "it is 2000 × 1 pixels; the longer side may be at most 10 times the shorter" in message


def test_a_picture_too_tall_for_webp_is_refused_and_nothing_is_kept():
    # Its renditions would keep the width (under 480 px) and so be 17,000 px tall: more than
    # WebP can hold.
    message = _refused(broken.encoded((300, 17_000), "PNG", mode="L", noise=False), "tall.png")
    assert "no side may be longer than 16,383 pixels" in message


def test_a_png_claiming_12000_by_12000_pixels_is_refused_from_its_header():
    # The file holds no pixels at all: a refusal about its size shows nothing was decoded.
    message = _refused(broken.png_claiming(12_000, 12_000), "bomb.png")
    assert "the limit is 40 megapixels" in message


def test_a_file_over_the_size_limit_is_refused_and_nothing_is_kept(settings):
    settings.PREMIERE_IMAGE_MAX_BYTES = 100_000
    data = broken.encoded((800, 600), "JPEG")
    assert len(data) > 100_000
    assert "the limit is 97.7\xa0KB" in _refused(data)


def test_a_picture_whose_renditions_cannot_be_remade_loses_none_of_them(make_image, editor):
    image = make_image()
    files = broken.media_files()
    Path(image.file.path).write_bytes(b"the disk lost it")
    image.focal_x = 0.2
    with pytest.raises(ValidationError) as error:
        services.image_save(image=image, by=editor, file_changed=True)
    assert "damaged or cut short" in error.value.message_dict["file"][0]
    assert image.renditions.count() == 16
    assert broken.media_files() == files
