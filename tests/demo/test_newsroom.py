import pytest
from django.core.management import call_command

from premiere.community.models import Comment
from premiere.follows.models import Follow
from premiere.newsroom.models import Article, Image

pytestmark = pytest.mark.django_db


def test_demo_loads_the_reference_story_and_is_idempotent(capsys):
    call_command("demo")
    counts = (
        Article.objects.count(),
        Image.objects.count(),
        Comment.objects.count(),
        Follow.objects.count(),
    )
    call_command("demo")
    assert (
        Article.objects.count(),
        Image.objects.count(),
        Comment.objects.count(),
        Follow.objects.count(),
    ) == counts
    assert "nothing new" in capsys.readouterr().out.splitlines()[-1]

    story = Article.objects.published().get(slug="ballerina-john-wick-spin-off-release-date")
    assert story.section.name == "Gaming Club"
    assert story.hero_image.credit == "Lionsgate Films"
    assert story.source.name == "Collider"
    assert Image.objects.filter(caption="Ana de Armas", pk__in=_body_images(story)).exists()
    assert Article.objects.published().count() >= 5
    assert Article.objects.exclude(pk__in=Article.objects.published()).count() == 2


def _body_images(article):
    from premiere.newsroom.services import body_image_ids

    return body_image_ids(article.body_html)


def test_the_demo_readers_follow_some_of_the_demo_catalog():
    call_command("demo")
    maya = Follow.objects.filter(user__username="maya")
    assert {str(f.target) for f in maya} == {"John Wick", "Ana de Armas", "Movies"}
    theo = Follow.objects.get(user__username="theo", franchise__slug="ironvale")
    assert theo.release_types == ["digital"] and theo.remind_days == 3


def test_a_fresh_demo_has_something_coming_this_week_on_the_front_page(client):
    call_command("demo")
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    coming = page.split("Coming this week", 1)[1].split("</section>", 1)[0]
    assert "The Lantern Keepers" in coming
    assert "Tidebreaker" in coming and "PC, Switch 2" in coming
