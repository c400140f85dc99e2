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


def test_every_demo_fact_quotes_its_story_and_a_credit_names_its_person():
    """Walked as a reader: Keanu Reeves's and Lance Reddick's credits quoted "starring Ana de
    Armas and Norman Reedus", and the Switch 2 date quoted a sentence about another date."""
    from premiere.catalog.models import Claim, Credit
    from premiere.core.text import markdown_text

    call_command("demo")
    for claim in Claim.objects.exclude(article=None).exclude(quote="").select_related("article"):
        story = claim.article
        words = " ".join([story.headline, story.standfirst, markdown_text(story.body)])
        assert claim.quote in words, claim.quote
        fact = claim.fact
        if isinstance(fact, Credit) and fact.person_id:
            assert fact.person.name.split()[-1] in claim.quote, (fact.person.name, claim.quote)
        if getattr(fact, "channel", "") == "Switch 2":
            assert "Switch 2" in claim.quote
