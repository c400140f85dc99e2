import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from premiere.community import services as community
from premiere.community.models import Comment
from premiere.newsroom.models import Source

pytestmark = pytest.mark.django_db


def test_front_page_lists_live_stories_only(client, make_article):
    make_article(headline="Live story")
    make_article(headline="Draft story", publish=False)
    make_article(headline="Tomorrow's story", at=timezone.now() + timedelta(days=1))
    page = client.get("/").content.decode()
    assert "Live story" in page
    assert "Draft story" not in page
    assert "Tomorrow" not in page


def test_draft_and_scheduled_articles_are_not_found_by_readers(client, make_article):
    draft = make_article(publish=False)
    scheduled = make_article(at=timezone.now() + timedelta(hours=1))
    for article in (draft, scheduled):
        response = client.get(article.get_absolute_url())
        assert response.status_code == 404
        assert "We couldn’t find that page" in response.content.decode()


def test_staff_preview_shows_a_draft_as_readers_will_see_it(client, make_article, editor):
    draft = make_article(publish=False, headline="Secret draft")
    url = reverse("newsroom:preview", args=[draft.pk])
    assert client.get(url).status_code == 302  # to the admin sign-in
    client.force_login(editor)
    page = client.get(url).content.decode()
    assert "Secret draft" in page and "Readers cannot yet see this page" in page


def test_article_page_shows_every_element_of_a_story(client, make_article, make_image):
    hero = make_image(credit="Lionsgate Films")
    inline = make_image(caption="Ana de Armas", credit="Lionsgate Films")
    source = Source.objects.create(name="Collider", url="https://collider.com/")
    article = make_article(
        headline="A spin-off gets a date",
        standfirst="It opens worldwide next summer.",
        body=f"Intro.\n\n> A quoted line.\n\n[image:{inline.pk}]\n\nEnd.",
        hero_image=hero,
        source=source,
        source_url="https://collider.com/story",
        tags=["Ballerina"],
    )
    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    assert '<p class="kicker"><a href="/sections/movies/">Movies</a></p>' in page
    assert '<h1 id="headline">A spin-off gets a date</h1>' in page
    assert "It opens worldwide next summer." in page
    assert "Photo: Lionsgate Films" in page
    assert "<blockquote>" in page
    assert '<span class="caption">Ana de Armas</span>' in page
    assert re.search(r'<a class="fullscreen-button" href="[^"]+-1600\.jpeg" data-fullscreen>', page)
    assert 'Source | <a href="https://collider.com/story"' in page
    assert 'href="/tags/ballerina/"' in page
    assert "Sign in to comment" in page
    assert "<time datetime=" in page


def test_article_page_has_open_graph_and_news_article_data(client, make_article, make_image):
    article = make_article(headline="Quotes </script> inside", hero_image=make_image())
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Quotes &lt;/script&gt; inside">' in page
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/[^"]+social', page
    )
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Quotes </script> inside"
    assert data["datePublished"].startswith(str(article.publish_at.year))


def test_pictures_have_sizes_srcset_and_lazy_loading(client, make_article, make_image):
    image = make_image()
    article = make_article(body=f"Text\n\n[image:{image.pk}]", hero_image=make_image())
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'type="image/webp"' in page
    assert 'width="1700" height="1000"' in page
    assert 'fetchpriority="high"' in page  # the hero loads first
    assert 'loading="lazy"' in page  # the body photo waits until it is near


def test_section_page_paginates(client, make_article, settings):
    settings.PREMIERE_PAGE_SIZE = 2
    for n in range(5):
        make_article(headline=f"Story number {n}")
    first = client.get("/sections/movies/").content.decode()
    assert "Page 1 of 3" in first and "Story number 4" in first
    last = client.get("/sections/movies/?page=3").content.decode()
    assert "Story number 0" in last and "Story number 4" not in last


def test_unknown_section_and_tag_are_404(client, db):
    assert client.get("/sections/nope/").status_code == 404
    assert client.get("/tags/nope/").status_code == 404


def test_tag_page_lists_tagged_stories(client, make_article):
    make_article(headline="Tagged one", tags=["Ironvale"])
    make_article(headline="Other one")
    page = client.get("/tags/ironvale/").content.decode()
    assert "Tagged one" in page and "Other one" not in page


def test_feed_lists_live_stories(client, make_article):
    make_article(headline="In the feed")
    make_article(headline="Not yet", publish=False)
    body = client.get("/feed/").content.decode()
    assert "<title>In the feed</title>" in body and "Not yet" not in body


def test_pages_send_a_strict_content_security_policy(client, db):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_query_counts_stay_flat(client, make_article, make_image, django_assert_max_num_queries):
    for n in range(8):
        make_article(headline=f"Story {n}", hero_image=make_image(), tags=["A", "B"])
    with django_assert_max_num_queries(12):
        client.get("/")
    with django_assert_max_num_queries(6):
        client.get("/sections/movies/")
    article = make_article(hero_image=make_image(), tags=["A"])
    # The story, its hero's renditions, its footer's links, the sections, its comments.
    with django_assert_max_num_queries(5):
        client.get(article.get_absolute_url())


def test_a_storys_header_counts_its_visible_comments_whoever_reads_it(
    client, settings, make_article, make_user
):
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]
    story = make_article(headline="Busy")
    reader = make_user()
    for body in ("First", "Second", "Third", "casino tips"):
        community.comment_post(article=story, author=reader, body=body)
    Comment.objects.filter(article=story, body="Second").update(status=Comment.Status.DELETED)

    def header():
        html = client.get(story.get_absolute_url()).content.decode()
        start = html.index('<header class="story-header">')
        return html[start : html.index("</header>", start)]

    assert '<a href="#comments" data-comment-total>2 comments</a>' in header()
    client.force_login(reader)  # who also sees their comment held for review, not counted
    assert '<a href="#comments" data-comment-total>2 comments</a>' in header()


def test_preview_needs_the_right_to_see_articles_not_just_staff(client, make_user, make_article):
    draft = make_article(publish=False, headline="Embargoed")
    client.force_login(make_user("mod", is_staff=True))
    response = client.get(reverse("newsroom:preview", args=[draft.pk]))
    assert response.status_code == 403
    assert "Embargoed" not in response.content.decode()


def test_the_front_page_costs_the_same_however_many_sections(
    client, make_article, editor, django_assert_max_num_queries
):
    from premiere.newsroom.models import Section

    for n in range(6):
        section = Section.objects.create(name=f"Desk {n}", slug=f"desk-{n}", position=n + 2)
        for m in range(5):
            make_article(section=section, headline=f"Story {n}.{m}")
    with django_assert_max_num_queries(9):
        page = client.get("/").content.decode()
    for n in range(6):
        assert f"Desk {n}" in page and f"Story {n}.1" in page  # each section's latest four
    for n in range(4):  # (the newest seven of all lead the page, whatever their section)
        assert f"Story {n}.0" not in page


def test_the_front_page_lists_the_weeks_releases_for_the_readers_region(
    client, make_title, said_by
):
    from premiere.catalog import services as catalog
    from premiere.extraction.dates import FuzzyDate

    today = timezone.localdate()

    def on(days):
        day = today + timedelta(days=days)
        return FuzzyDate.day(day.year, day.month, day.day)

    game = make_title("Lantern Run", kind="game", slug="lantern-run")
    for platform in ("PC", "PS5"):
        catalog.release_set(
            title=game, medium="platform", channel=platform, when=on(2), evidence=said_by()
        )
    film = make_title("Harbour Lights", slug="harbour-lights")
    catalog.release_set(title=film, medium="theatrical", when=on(20), evidence=said_by())
    catalog.release_set(
        title=film, region="GB", medium="theatrical", when=on(0), evidence=said_by()
    )
    month = make_title("Someday Soon", slug="someday-soon")
    catalog.release_set(
        title=month,
        medium="theatrical",
        when=FuzzyDate.month(today.year, today.month),
        evidence=said_by(),
    )

    def coming(**headers):
        page = client.get("/", **headers).content.decode()
        if "Coming this week" not in page:
            return ""
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.split("Coming this week")[1]))

    american = coming(HTTP_ACCEPT_LANGUAGE="en-US")
    assert "Lantern Run PC, PS5" in american  # one row for the game's two platforms
    assert "Harbour Lights" not in american  # three weeks away there
    assert "Someday Soon" not in american  # a month is not a day this week
    british = coming(HTTP_ACCEPT_LANGUAGE="en-GB")
    assert "Today Harbour Lights" in british
