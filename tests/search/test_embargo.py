"""Nothing findable before readers may see it: stories by their time, facts by their story."""

from datetime import timedelta

import pytest
from django.utils import timezone

from premiere.desk import services as suggestions
from premiere.newsroom import services as newsroom
from premiere.newsroom.tasks import publish_due

pytestmark = pytest.mark.django_db


def test_a_draft_is_not_findable(make_article, find, suggest):
    make_article(publish=False, headline="Secret sequel greenlit")
    assert find("secret sequel") == []
    assert suggest("secret seq") == []


def test_a_published_story_is_findable_by_its_words(make_article, find):
    make_article(headline="Studio dates its musical", body="The premiere is in Lisbon.")
    assert find("lisbon") == ["Studio dates its musical"]


def test_a_scheduled_story_is_findable_once_publish_due_has_run(
    make_article, editor, find, suggest, monkeypatch
):
    at = timezone.now() + timedelta(hours=2)
    article = make_article(headline="Embargoed trailer drops", at=at)
    assert find("embargoed trailer") == []
    assert suggest("embargoed tra") == []

    later = at + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    publish_due.call()
    article.refresh_from_db()
    assert article.live_since is not None
    assert find("embargoed trailer") == ["Embargoed trailer drops"]
    assert suggest("embargoed tra") == ["Embargoed trailer drops"]


def test_a_withdrawn_story_disappears(make_article, editor, find):
    article = make_article(headline="Leaked casting story")
    assert find("leaked casting") == ["Leaked casting story"]
    newsroom.article_unpublish(article=article, by=editor)
    assert find("leaked casting") == []


def test_a_story_pushed_back_to_later_is_hidden_again(make_article, editor, find):
    article = make_article(headline="Festival lineup revealed")
    newsroom.article_publish(article=article, by=editor, at=timezone.now() + timedelta(days=1))
    assert find("festival lineup") == []


def test_a_title_from_an_unpublished_story_waits_for_the_story(
    draft,
    editor,
    one,
    publish,
    find,
):
    """The desk holds a new title (Ballerina) accepted from a draft; search shows it only when
    the story is out, as the title page does."""
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_accept(suggestion=one(draft, "release"), by=editor)
    assert find("ballerina", kind="titles") == []
    assert find("ballerina", kind="news") == []
    publish(draft)
    assert find("ballerina", kind="titles") == ["Ballerina"]
    assert find("ballerina", kind="news") == [draft.headline]
