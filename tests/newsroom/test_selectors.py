from datetime import timedelta

import pytest
from django.utils import timezone

from premiere.catalog import services as catalog
from premiere.community import services as community
from premiere.community.models import Comment
from premiere.newsroom import selectors
from premiere.newsroom.models import Section

pytestmark = pytest.mark.django_db


def test_the_front_page_shows_each_sections_newest_live_stories_newest_first(make_article):
    now = timezone.now()
    desks = [
        Section.objects.create(name=f"Desk {n}", slug=f"desk-{n}", position=n + 2) for n in range(2)
    ]
    for n, desk in enumerate(desks):
        for hours in range(6):
            make_article(section=desk, headline=f"{n}:{hours}h", at=now - timedelta(hours=hours))
        make_article(section=desk, headline=f"{n}:tomorrow", at=now + timedelta(days=1))
        make_article(section=desk, headline=f"{n}:draft", publish=False)
    Section.objects.create(name="Empty desk", slug="empty", position=9)

    page = selectors.front_page(latest_count=3, per_section=4)

    by_section = {
        section.name: [s.headline for s in stories] for section, stories in page["by_section"]
    }
    assert by_section == {f"Desk {n}": [f"{n}:{h}h" for h in range(4)] for n in range(2)}


def test_the_front_page_counts_each_storys_visible_comments(make_article, make_user):
    make_article(headline="Quiet")
    busy = make_article(headline="Busy")
    reader = make_user()
    for body in ("First", "Second", "Third"):
        community.comment_post(article=busy, author=reader, body=body)
    Comment.objects.filter(article=busy, body="Third").update(status=Comment.Status.HIDDEN)

    page = selectors.front_page()

    listed = (
        page["lead"] + page["latest"] + [s for _, stories in page["by_section"] for s in stories]
    )
    counts = {story.headline: story.comment_count for story in listed}
    assert counts == {"Busy": 2, "Quiet": 0}


def test_a_storys_footer_lists_its_catalog_entries_kind_by_kind_each_by_name_in_one_query(
    make_article, make_title, django_assert_num_queries
):
    story = make_article(tags=["Box office", "Awards"])
    franchise = catalog.franchise_create(name="John Wick", slug="john-wick")
    mentioned = [
        make_title("Ballerina", slug="ballerina"),
        make_title("Anora", slug="anora"),
        franchise,
        catalog.person_create(name="Keanu Reeves", slug="keanu-reeves"),
        catalog.person_create(name="Ana de Armas", slug="ana-de-armas"),
        catalog.company_create(name="Lionsgate", slug="lionsgate"),
    ]
    for entity in mentioned:
        entity.articles.add(story)
    make_title("Not in it", slug="not-in-it")

    with django_assert_num_queries(1):
        footer = selectors.article_footer_links(story)

    assert [(link.name, link.url) for link in footer["mentions"]] == [
        ("Anora", "/titles/anora/"),
        ("Ballerina", "/titles/ballerina/"),
        ("John Wick", "/franchises/john-wick/"),
        ("Ana de Armas", "/people/ana-de-armas/"),
        ("Keanu Reeves", "/people/keanu-reeves/"),
        ("Lionsgate", "/companies/lionsgate/"),
    ]
    assert [(link.name, link.url) for link in footer["tags"]] == [
        ("Awards", "/tags/awards/"),
        ("Box office", "/tags/box-office/"),
    ]


def test_a_story_that_mentions_nothing_has_only_its_tags_in_its_footer(make_article):
    footer = selectors.article_footer_links(make_article(tags=["Box office"]))

    assert footer["mentions"] == []
    assert [link.name for link in footer["tags"]] == ["Box office"]
