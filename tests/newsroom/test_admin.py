import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from premiere.newsroom import services
from premiere.newsroom.models import Article, Image, Rendition, Source
from tests.conftest import jpeg_upload
from tests.newsroom import broken_pictures as broken

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client, make_user):
    client.force_login(make_user("chief", is_staff=True, is_superuser=True))
    post = client.post

    def post_with_inlines(url, data=None, **kwargs):
        if "/newsroom/article/" in url and isinstance(data, dict):
            data = {**_inline_management(client), **data}
        return post(url, data, **kwargs)

    client.post = post_with_inlines
    return client


def _inline_management(desk) -> dict:
    """Return the empty management forms of whatever inlines the article form carries."""
    page = desk.get(reverse("admin:newsroom_article_add")).content.decode()
    fields = re.findall(
        r'name="([^"]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)" value="(\d+)"', page
    )
    return {
        name: ("0" if name.endswith(("TOTAL_FORMS", "INITIAL_FORMS")) else value)
        for name, value in fields
    }


def _article_form(section, **overrides):
    data = {
        "headline": "Desk story",
        "slug": "desk-story",
        "section": section.pk,
        "standfirst": "Written at the desk.",
        "body": "Body text.",
        "status": "draft",
        "publish_at_0": "",
        "publish_at_1": "",
        "author": "",
        "source": "",
        "source_url": "",
    }
    data.update(overrides)
    return data


def test_readers_cannot_open_the_desk(client, make_user):
    client.force_login(make_user())
    response = client.get(reverse("admin:newsroom_article_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_an_editor_schedules_a_story_from_the_admin(desk, section, editor):
    at = timezone.localtime() + timedelta(days=2)
    data = _article_form(
        section,
        status="scheduled",
        author=editor.pk,
        publish_at_0=at.strftime("%Y-%m-%d"),
        publish_at_1=at.strftime("%H:%M:%S"),
    )
    response = desk.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="desk-story")
    assert article.status == "scheduled" and article.body_html.strip() == "<p>Body text.</p>"
    assert not Article.objects.published().exists()
    assert desk.get(article.get_absolute_url()).status_code == 404
    preview = desk.get(reverse("newsroom:preview", args=[article.pk])).content.decode()
    assert "Desk story" in preview


def test_scheduling_without_a_time_shows_a_field_error(desk, section, editor):
    response = desk.post(
        reverse("admin:newsroom_article_add"),
        _article_form(section, status="scheduled", author=editor.pk),
    )
    assert response.status_code == 200
    assert "A scheduled article needs a publication time." in response.content.decode()
    assert not Article.objects.exists()


def test_scheduling_for_a_time_gone_by_asks_again_and_publishing_then_backdates(
    desk, section, editor
):
    """A slip (yesterday for tomorrow) put a scheduled story out at once, dated back, without
    a word; it is refused now, and choosing Published with that time still backdates."""
    at = timezone.localtime() - timedelta(days=1)
    when = {"publish_at_0": at.strftime("%Y-%m-%d"), "publish_at_1": at.strftime("%H:%M:%S")}
    data = _article_form(section, status="scheduled", author=editor.pk, **when)
    response = desk.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 200
    assert "That time has passed." in response.content.decode()
    assert not Article.objects.exists()
    data = _article_form(section, status="published", author=editor.pk, **when)
    assert desk.post(reverse("admin:newsroom_article_add"), data).status_code == 302
    article = Article.objects.get()
    assert article.is_live and abs(article.publish_at - at) < timedelta(seconds=1)


def test_a_body_with_an_unknown_photo_shows_a_field_error(desk, section, editor):
    response = desk.post(
        reverse("admin:newsroom_article_add"),
        _article_form(section, author=editor.pk, body="Text\n\n[image:4242]"),
    )
    assert "No image has the number used in [image:4242]." in response.content.decode()
    assert not Article.objects.exists()


def test_uploading_an_image_requires_credit_and_alt_text(desk):
    url = reverse("admin:newsroom_image_add")
    response = desk.post(url, {"file": jpeg_upload(), "alt_text": "", "credit": "", "caption": ""})
    assert response.status_code == 200
    assert response.content.decode().count("This field is required.") == 2
    assert not Image.objects.exists()
    response = desk.post(
        url, {"file": jpeg_upload(), "alt_text": "A stage", "credit": "Lionsgate Films"}
    )
    assert response.status_code == 302
    assert Image.objects.get().renditions.count() == 16  # 5 widths x 3 formats + social card


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        pytest.param(broken.truncated_jpeg(), "cut.jpg", "damaged or cut short", id="truncated"),
        pytest.param(
            broken.encoded((2000, 1), "PNG", noise=False),
            "strip.png",
            "it is 2000 × 1 pixels; the longer side may be at most 10 times the shorter.",
            id="2000x1-strip",
        ),
        pytest.param(
            broken.encoded((300, 17_000), "PNG", mode="L", noise=False),
            "tall.png",
            "no side may be longer than 16,383 pixels",
            id="too-long-for-webp",
        ),
        pytest.param(
            broken.png_claiming(12_000, 12_000), "bomb.png", "the limit is 40 megapixels", id="bomb"
        ),
        pytest.param(
            b"%PDF-1.7 not a picture", "cv.jpg", "it is not a JPEG, PNG, WebP or GIF", id="pdf"
        ),
        pytest.param(
            broken.encoded((300, 200), "BMP"), "old.bmp", "not a JPEG, PNG, WebP or GIF", id="bmp"
        ),
        pytest.param(
            broken.encoded((40, 300), "PNG"), "small.png", "at least 100 pixels", id="too-small"
        ),
    ],
)
def test_the_admin_shows_why_a_picture_is_refused_and_keeps_nothing(desk, data, name, reason):
    response = desk.post(
        reverse("admin:newsroom_image_add"),
        {"file": broken.upload(data, name), "alt_text": "A stage", "credit": "Lionsgate Films"},
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["file"]
    assert len(errors) == 1
    assert errors[0].startswith("This file is not a picture we can use: ")
    assert reason in errors[0]
    assert reason in response.content.decode()
    assert not Image.objects.exists()
    assert not Rendition.objects.exists()
    assert broken.media_files() == set()


def test_the_admin_refuses_a_file_over_the_size_limit(desk, settings):
    settings.PREMIERE_IMAGE_MAX_BYTES = 100_000
    response = desk.post(
        reverse("admin:newsroom_image_add"),
        {"file": broken.upload(broken.encoded()), "alt_text": "A stage", "credit": "Lionsgate"},
    )
    assert response.status_code == 200
    assert "the limit is 97.7\xa0KB" in response.context["adminform"].form.errors["file"][0]
    assert not Image.objects.exists()
    assert broken.media_files() == set()


def _image_form(image, **changes) -> dict:
    fields = {"alt_text": image.alt_text, "credit": image.credit, "caption": image.caption}
    return {**fields, "focal_x": "", "focal_y": "", **changes}


def test_a_new_file_in_the_admin_gets_new_renditions_and_the_old_files_go(
    desk, make_image, django_capture_on_commit_callbacks
):
    image = make_image(file=jpeg_upload(size=(1000, 500)))
    old_files = broken.media_files()
    new_file = broken.upload(broken.encoded((900, 600), "PNG"), "new.png")
    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(
            reverse("admin:newsroom_image_change", args=[image.pk]),
            _image_form(image, file=new_file),
        )
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.width, image.height) == (900, 600)
    plain = [
        (width, height, fmt, "")
        for width, height in ((160, 107), (480, 320), (800, 533))
        for fmt in ("avif", "jpeg", "webp")
    ]
    assert sorted(image.renditions.values_list("width", "height", "format", "crop")) == sorted(
        [*plain, (900, 472, "jpeg", "social")]
    )
    assert broken.media_files() == broken.stored_files()
    assert not old_files & broken.media_files()


def test_a_bad_new_file_in_the_admin_leaves_the_picture_as_it_was(desk, make_image):
    image = make_image()
    files = broken.media_files()
    response = desk.post(
        reverse("admin:newsroom_image_change", args=[image.pk]),
        _image_form(image, file=broken.upload(broken.truncated_jpeg())),
    )
    assert response.status_code == 200
    assert "damaged or cut short" in response.context["adminform"].form.errors["file"][0]
    assert broken.media_files() == files
    assert image.renditions.count() == 16


def test_the_stored_name_says_what_the_file_really_is(desk):
    """A PNG named .html must not be served as a web page."""
    response = desk.post(
        reverse("admin:newsroom_image_add"),
        {
            "file": broken.upload(broken.encoded((300, 200), "PNG"), "page.html", "text/html"),
            "alt_text": "A stage",
            "credit": "Lionsgate Films",
        },
    )
    assert response.status_code == 302
    assert Image.objects.get().file.name.endswith("/page.png")
    assert broken.media_files() == broken.stored_files()


def test_the_admin_history_restores_an_earlier_revision(desk, make_article):
    article = make_article(headline="Original headline")
    change = reverse("admin:newsroom_article_change", args=[article.pk])
    fields = _article_form(
        article.section,
        slug=article.slug,
        author=article.author_id,
        status="published",
        publish_at_0=timezone.localtime(article.publish_at).strftime("%Y-%m-%d"),
        publish_at_1=timezone.localtime(article.publish_at).strftime("%H:%M:%S"),
    )
    assert desk.post(change, {**fields, "headline": "Changed headline"}).status_code == 302
    article.refresh_from_db()
    assert article.headline == "Changed headline"

    history = desk.get(reverse("admin:newsroom_article_history", args=[article.pk]))
    first = Version.objects.get_for_object(article).last()
    recover = reverse("admin:newsroom_article_revision", args=[article.pk, first.pk])
    assert recover in history.content.decode()
    # The revision page is the change form filled with the old values; saving it restores them.
    form = desk.get(recover)
    assert 'value="Original headline"' in form.content.decode()
    assert desk.post(recover, {**fields, "headline": "Original headline"}).status_code == 302
    article.refresh_from_db()
    assert article.headline == "Original headline"


def test_article_list_is_searchable_and_filterable(desk, make_article):
    make_article(headline="Ironvale slips to May")
    make_article(headline="Quiet weekend", publish=False)
    found = desk.get(reverse("admin:newsroom_article_changelist"), {"q": "Ironvale"})
    assert "Ironvale slips to May" in found.content.decode()
    assert "Quiet weekend" not in found.content.decode()
    drafts = desk.get(reverse("admin:newsroom_article_changelist"), {"status__exact": "draft"})
    assert "Quiet weekend" in drafts.content.decode()


def test_publish_now_from_the_admin_with_an_empty_time(desk, section, editor):
    """What an editor does: choose Published, leave "Publish at" empty, press Save."""
    data = _article_form(section, status="published", author=editor.pk)
    response = desk.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="desk-story")
    assert article.is_live and timezone.now() - article.publish_at < timedelta(minutes=1)
    assert desk.get(article.get_absolute_url()).status_code == 200


def test_scheduling_without_a_time_in_the_admin_shows_a_field_error(desk, section, editor):
    data = _article_form(section, status="scheduled", author=editor.pk)
    response = desk.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 200
    assert "A scheduled article needs a publication time." in response.content.decode()
    assert not Article.objects.exists()


def test_a_draft_saves_without_a_standfirst_but_goes_out_only_with_one(desk, section, editor):
    """Modelled on two walk-throughs: every first save of a pasted draft failed on an empty
    standfirst, which a newsroom writes last."""
    data = _article_form(section, status="draft", author=editor.pk, standfirst="")
    response = desk.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="desk-story")
    change = reverse("admin:newsroom_article_change", args=[article.pk])
    page = desk.get(change).content.decode()
    data = _article_form(section, status="published", author=editor.pk, standfirst="")
    data["opened_version"] = re.search(r'name="opened_version" value="([^"]+)"', page).group(1)
    response = desk.post(change, data)
    assert response.status_code == 200
    assert "A story goes out with a standfirst" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT and not article.is_live


def test_republishing_from_the_admin_after_taking_it_down_uses_the_new_time(desk, make_article):
    article = make_article(at=timezone.now() - timedelta(days=5))
    change = reverse("admin:newsroom_article_change", args=[article.pk])
    fields = _article_form(article.section, slug=article.slug, author=article.author_id)
    assert desk.post(change, {**fields, "status": "draft"}).status_code == 302
    article.refresh_from_db()
    assert not article.is_live and article.publish_at is None
    assert desk.post(change, {**fields, "status": "published"}).status_code == 302
    article.refresh_from_db()
    assert article.is_live and timezone.now() - article.publish_at < timedelta(minutes=1)


def test_saving_a_form_opened_before_another_change_is_refused_and_loses_nothing(
    desk, make_article
):
    """Back to the form after the review page set the story's source, then Save: the old
    empty source must not be written over the new one."""
    article = make_article(publish=False, headline="Lantern Street is dated")
    change = reverse("admin:newsroom_article_change", args=[article.pk])
    page = desk.get(change).content.decode()
    opened = re.search(r'name="opened_version" value="([^"]+)"', page).group(1)
    fields = _article_form(
        article.section, slug=article.slug, author=article.author_id, opened_version=opened
    )
    article.source = Source.objects.create(name="Variety")
    services.article_save(article=article, by=None, comment="Source: Variety")

    response = desk.post(change, {**fields, "standfirst": "A new standfirst."})
    assert response.status_code == 200
    assert "This story was saved again after this page was opened" in response.content.decode()
    article.refresh_from_db()
    assert article.source.name == "Variety" and article.standfirst != "A new standfirst."
    # Opened afresh, the same change saves.
    page = desk.get(change).content.decode()
    fields["opened_version"] = re.search(r'name="opened_version" value="([^"]+)"', page).group(1)
    fields["source"] = article.source_id
    assert desk.post(change, {**fields, "standfirst": "A new standfirst."}).status_code == 302
    article.refresh_from_db()
    assert (article.source.name, article.standfirst) == ("Variety", "A new standfirst.")


def test_the_headline_and_standfirst_boxes_hold_what_is_typed(desk):
    """Walked in the browser: both were the admin's narrow one-line box, cutting them off."""
    page = desk.get(reverse("admin:newsroom_article_add")).content.decode()
    assert re.search(r'<input type="text" name="headline"[^>]*class="vLargeTextField"', page)
    assert re.search(r'<textarea name="standfirst"[^>]*rows="3"', page)


def test_view_on_site_opens_the_story_readers_see_once_it_is_out(desk, make_article):
    """Walked in the browser: after publishing, "View on site" still opened the preview."""
    draft = make_article(publish=False)
    change = reverse("admin:newsroom_article_change", args=[draft.pk])
    assert reverse("newsroom:preview", args=[draft.pk]) in desk.get(change).content.decode()
    live = make_article(headline="A story that is out")
    page = desk.get(reverse("admin:newsroom_article_change", args=[live.pk])).content.decode()
    assert f'href="{live.get_absolute_url()}"' in page
