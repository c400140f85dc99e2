"""Pictures on the catalog's pages: a title's poster or cover, a person's portrait, a
franchise's and a company's picture, credited at the head of the page, and small ones beside
the rows of lists, all from the renditions every upload gets."""

import re

import pytest
from django.utils import timezone

from premiere.catalog import services
from premiere.extraction.dates import FuzzyDate
from tests.conftest import jpeg_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def poster(make_image):
    return make_image(
        file=jpeg_upload(size=(600, 900)),
        alt_text="A dancer in a red dress mid-turn",
        credit="Lionsgate Films",
    )


def head_picture(response) -> str:
    """The entity's picture at the head of its page, as HTML."""
    (figure,) = re.findall(
        r'<figure class="entity-picture">.*?</figure>', response.content.decode(), re.S
    )
    return figure


@pytest.mark.parametrize(
    ("make", "field", "path", "label"),
    [
        (
            lambda: services.title_create(kind="film", name="Ballerina"),
            "poster",
            "/titles/ballerina/",
            "Poster",
        ),
        (
            lambda: services.title_create(kind="game", name="Ironvale"),
            "poster",
            "/titles/ironvale/",
            "Cover",
        ),
        (
            lambda: services.person_create(name="Ana de Armas"),
            "portrait",
            "/people/ana-de-armas/",
            "Portrait",
        ),
        (
            lambda: services.franchise_create(name="John Wick"),
            "picture",
            "/franchises/john-wick/",
            "Picture",
        ),
        (
            lambda: services.company_create(name="Lionsgate"),
            "picture",
            "/companies/lionsgate/",
            "Picture",
        ),
    ],
)
def test_an_entity_page_shows_its_picture_with_credit_and_alternative_text(
    client, poster, make, field, path, label
):
    entity = make()
    assert 'class="entity-picture"' not in client.get(path).content.decode()
    services.entity_update(entity=entity, **{field: poster})
    figure = head_picture(client.get(path))
    assert 'alt="A dancer in a red dress mid-turn"' in figure
    assert f"{label}: Lionsgate Films" in figure
    # Smaller formats first, for the browsers that read them; sizes from the renditions.
    assert figure.index('type="image/avif"') < figure.index('type="image/webp"')
    assert "160w" in figure and "480w" in figure
    assert 'fetchpriority="high"' in figure  # the page's first picture loads at once


def test_a_deleted_picture_leaves_the_page_without_one(client, poster):
    title = services.title_create(kind="film", name="Ballerina", poster=poster)
    poster.delete()
    response = client.get(title.get_absolute_url())
    assert response.status_code == 200
    assert 'class="entity-picture"' not in response.content.decode()


def dated_titles(n: int, poster, said_by):
    year = timezone.localdate().year + 1
    for i in range(n):
        title = services.title_create(kind="film", name=f"Wick Extra {i}", poster=poster)
        services.release_set(
            title=title, medium="theatrical", when=FuzzyDate.day(year, 3, 1 + i), evidence=said_by()
        )


@pytest.mark.parametrize("path", ["/calendar/", "/titles/", "/search/?q=wick+extra"])
def test_list_rows_show_a_small_decorative_picture_at_no_query_per_row(
    client, poster, said_by, django_assert_max_num_queries, path
):
    dated_titles(1, poster, said_by)
    with django_assert_max_num_queries(50) as one:
        client.get(path)
    dated_titles(6, poster, said_by)  # six more rows, each with a picture
    with django_assert_max_num_queries(len(one.captured_queries)):
        html = client.get(path).content.decode()
    thumbs = re.findall(r'<picture class="thumb">.*?</picture>', html, re.S)
    assert len(thumbs) == 7
    # Decorative beside a row that names its title; loaded only when scrolled to; the 160 px
    # rendition for a browser without srcset.
    assert all('alt=""' in t and 'loading="lazy"' in t and "-160.jpeg" in t for t in thumbs)


def test_a_franchise_timeline_shows_each_titles_thumbnail_in_every_list(
    client, poster, said_by, django_assert_max_num_queries
):
    """Release order, story order and "upcoming": the same entry, picture first, in each."""
    franchise = services.franchise_create(name="Wick", slug="wick")
    year = timezone.localdate().year + 1
    for i in range(3):
        title = services.title_create(
            kind="film", name=f"Wick Extra {i}", poster=poster, franchise=franchise
        )
        services.release_set(
            title=title, medium="theatrical", when=FuzzyDate.month(year, 1 + i), evidence=said_by()
        )
    services.title_create(kind="film", name="Wick Without A Poster", franchise=franchise)
    with django_assert_max_num_queries(8):
        html = client.get("/franchises/wick/").content.decode()
    entries = re.findall(r"<li>(.*?)</li>", html, re.S)
    pictured = [e for e in entries if "Wick Extra" in e]
    assert len(pictured) == 9  # three titles, three lists
    assert all(e.startswith('<picture class="thumb">') for e in pictured)
    bare = [e for e in entries if "Without A Poster" in e]
    assert len(bare) == 3 and all(e.startswith("<a href=") for e in bare)
