"""Kept pages: a visitor's repeat visit costs no query, and every change shows at once on the
pages that show it (a test per kind of change)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from premiere.catalog import services as catalog
from premiere.community import services as community
from premiere.community.handlers import MODERATOR_GROUP
from premiere.extraction.dates import FuzzyDate
from premiere.newsroom import services as newsroom
from premiere.newsroom.models import Section


@pytest.fixture
def story(make_article):
    return make_article(headline="Harbour Lights gets a date", slug="harbour-lights-date")


def page(client, path, **headers) -> str:
    response = client.get(path, **headers)
    assert response.status_code == 200, path
    return response.content.decode()


def test_a_visitors_second_visit_costs_no_query(client, story, django_assert_num_queries):
    page(client, story.get_absolute_url())
    with django_assert_num_queries(0):
        assert "Harbour Lights gets a date" in page(client, story.get_absolute_url())


def directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def test_a_browsers_copy_is_revalidated_with_a_304_until_the_page_changes(
    client, story, editor, django_assert_num_queries
):
    first = client.get(story.get_absolute_url())
    etag = first["ETag"]
    # Browsers ask every time, shared caches (nginx, a CDN) may keep it for a second.
    assert directives(first) == {"public", "max-age=0", "s-maxage=1"}
    assert etag.startswith('W/"')  # sent gzipped or not, the page is the same page
    with django_assert_num_queries(0):
        again = client.get(story.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and "Accept-Encoding" in again["Vary"]
    story.headline = "Harbour Lights gets a new date"
    newsroom.article_save(article=story, by=editor)
    changed = client.get(story.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert "Harbour Lights gets a new date" in changed.content.decode()


def test_a_signed_in_readers_page_is_theirs_alone(client, story, make_user):
    client.force_login(make_user("nadia"))
    response = client.get(story.get_absolute_url())
    assert directives(response) == {"private", "no-cache"}
    assert not response.has_header("ETag")


def test_a_signed_in_reader_always_gets_their_own_page(client, story, make_user):
    page(client, story.get_absolute_url())  # kept for visitors
    client.force_login(make_user("nell", display_name="Nell Ward"))
    assert "Nell Ward" in page(client, story.get_absolute_url())


def test_an_edit_shows_at_once(client, story, editor):
    page(client, story.get_absolute_url())
    page(client, "/")
    story.headline = "Harbour Lights moves to May"
    newsroom.article_save(article=story, by=editor)
    assert "Harbour Lights moves to May" in page(client, story.get_absolute_url())
    assert "Harbour Lights moves to May" in page(client, "/")


def test_a_new_comment_and_its_moderation_show_at_once(client, story, make_user):
    page(client, story.get_absolute_url())
    comment = community.comment_post(
        article=story, author=make_user("ida"), body="Finally, a date for it."
    )
    assert "Finally, a date for it." in page(client, story.get_absolute_url())
    moderator = make_user("mo")
    moderator.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    community.comment_hide(comment=comment, by=moderator)
    assert "Finally, a date for it." not in page(client, story.get_absolute_url())


def test_a_threads_own_page_is_kept_and_a_new_reply_shows_at_once(
    client, story, make_user, editor, django_assert_num_queries
):
    top = community.comment_post(article=story, author=make_user("ida"), body="A date at last.")
    thread = f"/comments/{top.pk}/replies/"
    page(client, thread)
    with django_assert_num_queries(0):
        assert "A date at last." in page(client, thread)
    community.comment_post(
        article=story, author=make_user("lou"), body="And a trailer soon.", parent=top
    )
    assert "And a trailer soon." in page(client, thread)
    newsroom.article_unpublish(article=story, by=editor)
    assert client.get(thread).status_code == 404


def test_a_commenters_new_name_shows_on_the_story(client, story, make_user):
    reader = make_user("ida", display_name="Ida Moss")
    community.comment_post(article=story, author=reader, body="Finally, a date for it.")
    assert "Ida Moss" in page(client, story.get_absolute_url())
    community.profile_update(profile=reader.profile, by=reader, display_name="Ida M.", bio="")
    assert "Ida M." in page(client, story.get_absolute_url())


def test_a_new_comment_is_counted_at_once_on_the_lists_of_stories(client, story, make_user):
    """The front page and the story's section said "0 comments" to visitors for as long as
    their kept copies lived."""
    section = story.section.get_absolute_url()
    assert "0 comments" in page(client, "/") and "0 comments" in page(client, section)
    community.comment_post(article=story, author=make_user("lou"), body="Finally a date.")
    assert "1 comment<" in page(client, "/")
    assert "1 comment<" in page(client, section)


def test_publishing_and_unpublishing_show_at_once(client, story, make_article, editor):
    page(client, "/")
    other = make_article(headline="Lantern Run is out", publish=False)
    assert "Lantern Run is out" not in page(client, "/")
    newsroom.article_publish(article=other, by=editor)
    assert "Lantern Run is out" in page(client, "/")
    page(client, other.get_absolute_url())
    newsroom.article_unpublish(article=other, by=editor)
    assert "Lantern Run is out" not in page(client, "/")
    assert client.get(other.get_absolute_url()).status_code == 404


def test_a_scheduled_story_shows_when_the_worker_announces_it(client, make_article, editor):
    later = make_article(headline="Midnight Orchard trailer", publish=False)
    newsroom.article_publish(article=later, by=editor, at=timezone.now() + timedelta(hours=1))
    assert "Midnight Orchard trailer" not in page(client, "/")
    type(later).objects.filter(pk=later.pk).update(publish_at=timezone.now() - timedelta(seconds=1))
    newsroom.articles_go_live_due()
    assert "Midnight Orchard trailer" in page(client, "/")


def test_a_moved_date_shows_on_the_title_page(client, make_title, said_by):
    title = make_title("Quiet Harbour", slug="quiet-harbour")
    release = catalog.release_set(
        title=title, medium="theatrical", when=FuzzyDate.day(2031, 3, 12), evidence=said_by()
    )
    assert "March 12, 2031" in page(client, "/titles/quiet-harbour/")
    catalog.release_move(release=release, to=FuzzyDate.day(2031, 5, 21), evidence=said_by())
    assert "May 21, 2031" in page(client, "/titles/quiet-harbour/")


def test_a_poster_and_its_new_credit_show_on_the_title_page_and_in_lists(
    client, make_title, make_image, editor
):
    title = make_title("Quiet Harbour", slug="quiet-harbour")
    assert 'class="entity-picture"' not in page(client, "/titles/quiet-harbour/")
    poster = make_image(credit="Tidewater Television")
    catalog.entity_update(entity=title, poster=poster)
    assert "Poster: Tidewater Television" in page(client, "/titles/quiet-harbour/")
    assert 'class="thumb"' in page(client, "/titles/")
    poster.credit = "Harbour Pictures"
    newsroom.image_save(image=poster, by=editor)
    assert "Poster: Harbour Pictures" in page(client, "/titles/quiet-harbour/")


def test_a_moved_date_leaves_the_stories_that_mention_the_title_kept(
    client, story, make_title, said_by, django_assert_num_queries
):
    title = make_title("Harbour Lights", slug="harbour-lights")
    title.articles.add(story)
    release = catalog.release_set(
        title=title, medium="theatrical", when=FuzzyDate.day(2031, 3, 12), evidence=said_by()
    )
    page(client, story.get_absolute_url())
    page(client, "/titles/harbour-lights/")
    catalog.release_move(release=release, to=FuzzyDate.day(2031, 5, 21), evidence=said_by())
    # The story shows the title's name and address only: still kept, no query.
    with django_assert_num_queries(0):
        page(client, story.get_absolute_url())
    assert "May 21, 2031" in page(client, "/titles/harbour-lights/")


def test_a_renamed_entry_shows_in_the_stories_about_it(client, story, make_title):
    title = make_title("Harbour Lights", slug="harbour-lights")
    title.articles.add(story)
    assert ">Harbour Lights</a>" in page(client, story.get_absolute_url())
    catalog.entity_update(entity=title, name="Harbour Lights: Tides")
    assert ">Harbour Lights: Tides</a>" in page(client, story.get_absolute_url())


def test_a_renamed_section_shows_in_every_header(client, story):
    page(client, "/")
    section = Section.objects.get(slug="movies")
    section.name = "Films"
    section.save()
    assert ">Films</a>" in page(client, "/")


def test_each_region_gets_its_own_copy(client, make_title, said_by):
    title = make_title("Quiet Harbour", slug="quiet-harbour")
    catalog.release_set(
        title=title,
        region="GB",
        medium="theatrical",
        when=FuzzyDate.day(2031, 3, 12),
        evidence=said_by(),
    )
    catalog.release_set(
        title=title,
        region="US",
        medium="theatrical",
        when=FuzzyDate.day(2031, 4, 2),
        evidence=said_by(),
    )
    british = page(client, "/titles/quiet-harbour/", HTTP_ACCEPT_LANGUAGE="en-GB")
    american = page(client, "/titles/quiet-harbour/", HTTP_ACCEPT_LANGUAGE="en-US")
    assert "United Kingdom first" in british and "United States first" in american


def test_kept_pages_can_be_turned_off(client, story, settings, django_assert_max_num_queries):
    settings.PREMIERE_PAGE_CACHE = False
    page(client, story.get_absolute_url())
    with django_assert_max_num_queries(20) as captured:
        page(client, story.get_absolute_url())
    assert len(captured) > 0


def test_a_made_up_query_is_answered_but_never_kept(client, story, django_assert_max_num_queries):
    """Varying a URL cannot fill the cache: only a list's page number is part of a kept page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page(client, f"{story.get_absolute_url()}?utm=1")
    with CaptureQueriesContext(connection) as made_again:
        assert "Harbour Lights gets a date" in page(client, f"{story.get_absolute_url()}?utm=1")
    assert len(made_again) > 0
    page(client, "/?page=1")
    with django_assert_max_num_queries(0):
        page(client, "/?page=1")


def test_made_up_languages_share_their_regions_copy(client, story, django_assert_max_num_queries):
    """Accept-Language decides a region; a visitor inventing languages gets the same kept page."""
    page(client, "/", HTTP_ACCEPT_LANGUAGE="en-GB")
    with django_assert_max_num_queries(0):
        page(client, "/", HTTP_ACCEPT_LANGUAGE="en-GB;q=0.9, xx-made-up")


def test_a_page_kept_before_the_stylesheet_changed_is_not_served_after(
    client, story, settings, monkeypatch
):
    """A deploy that changes the CSS: the policy allows the new inline stylesheet by its hash,
    so a page kept with the old one would arrive unstyled. It is made again instead."""
    import base64
    import hashlib
    import re

    from premiere.core import styles

    def style_allowed(response) -> bool:
        text = re.search(r"<style>(.*?)</style>", response.content.decode(), re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        return f"'sha256-{digest}'" in response["Content-Security-Policy"]

    assert style_allowed(client.get(story.get_absolute_url()))
    text = styles.TEXT + "\n.deployed { color: red; }"
    digest = "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    monkeypatch.setattr(styles, "TEXT", text)
    monkeypatch.setattr(styles, "HASH", digest)
    settings.SECURE_CSP = {**settings.SECURE_CSP, "style-src": ["'self'", f"'{digest}'"]}
    assert style_allowed(client.get(story.get_absolute_url()))
