"""A story links the first mention of each catalog entry it is about to that entry's page."""

import pytest

from premiere.catalog import services as catalog
from premiere.newsroom import services
from premiere.newsroom.mentions import Target, link_first_mentions

BODY = """## Ballerina in June

Ana de Armas returns as Eve in Ballerina, set in the world of John Wick.
Ana de Armas trained for months, and Ballerina is the franchise's first spin-off.

> "It was the hardest thing I have done," said Ana de Armas.

Read [our Ballerina review](https://example.com/review) too.
"""


@pytest.fixture
def story(make_article, make_title, section):
    article = make_article(headline="Ballerina sets a date", body=BODY)
    ballerina = make_title("Ballerina", slug="ballerina", aliases=["From the World of John Wick"])
    ana = catalog.person_create(name="Ana de Armas", slug="ana-de-armas")
    wick = catalog.franchise_create(name="John Wick", slug="john-wick")
    for entity in (ballerina, ana, wick):
        entity.articles.add(article)
    article.refresh_from_db()
    return article


def test_the_first_mention_of_each_linked_entry_becomes_a_link(client, story):
    html = story.body_html
    assert html.count('<a href="/people/ana-de-armas/">Ana de Armas</a>') == 1
    assert html.count('<a href="/titles/ballerina/">Ballerina</a>') == 1
    assert html.count('<a href="/franchises/john-wick/">John Wick</a>') == 1
    # The first mention is the one linked: "returns as Eve in Ballerina", not the heading's.
    linked = 'returns as Eve in <a href="/titles/ballerina/">Ballerina</a>'
    assert linked in html
    assert linked in client.get(story.get_absolute_url()).content.decode()


def test_headings_attributions_and_existing_links_are_left_alone(story):
    html = story.body_html
    assert "<h2>Ballerina in June</h2>" in html
    assert "said Ana de Armas." in html  # in the quote: not linked
    assert ">our Ballerina review</a>" in html


def test_an_editor_can_turn_the_links_off(story, editor):
    story.link_mentions = False
    services.article_save(article=story, by=editor)
    assert "/people/ana-de-armas/" not in story.body_html


def test_unlinking_an_entry_removes_its_link(story):
    from premiere.catalog.models import Person

    Person.objects.get(slug="ana-de-armas").articles.remove(story)
    story.refresh_from_db()
    assert "/people/ana-de-armas/" not in story.body_html
    assert "/titles/ballerina/" in story.body_html


def test_the_links_follow_an_entry_that_moves_to_a_new_address(
    client, story, django_capture_on_commit_callbacks
):
    from premiere.catalog.models import Person

    ana = Person.objects.get(slug="ana-de-armas")
    client.get(story.get_absolute_url())  # kept for visitors
    with django_capture_on_commit_callbacks(execute=True):
        catalog.entity_update(entity=ana, slug="ana-de-armas-actor")
    page = client.get(story.get_absolute_url()).content.decode()
    assert '<a href="/people/ana-de-armas-actor/">Ana de Armas</a>' in page
    assert 'href="/people/ana-de-armas/"' not in page


def test_names_are_matched_whole_and_the_longest_first():
    html = "<p>John Wick: Chapter 4 outgrossed John Wickham's documentary.</p>"
    linked = link_first_mentions(
        html,
        [
            Target(("John Wick",), "/franchises/john-wick/"),
            Target(("John Wick: Chapter 4",), "/titles/chapter-4/"),
        ],
    )
    assert linked == (
        '<p><a href="/titles/chapter-4/">John Wick: Chapter 4</a> outgrossed '
        "John Wickham's documentary.</p>"
    )


def test_a_name_with_an_apostrophe_is_linked_where_the_page_curls_it():
    """A walk-through's festival story: "The Cartographer's Widow" was printed with a curled
    apostrophe and left unlinked, where every other name of the story was linked."""
    html = link_first_mentions(
        "<p>It opens with The Cartographer’s Widow on Friday.</p>",
        [Target(("The Cartographer's Widow",), "/titles/widow/")],
    )
    assert '<a href="/titles/widow/">The Cartographer’s Widow</a>' in html
