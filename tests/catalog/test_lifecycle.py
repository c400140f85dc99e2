"""A title is out once its first day of release has come (modelled on a walk-through: new
titles whose dates had all passed still said "Announced")."""

from datetime import date, timedelta

import pytest

from premiere.catalog import services
from premiere.catalog.models import Title
from premiere.extraction.dates import FuzzyDate

pytestmark = pytest.mark.django_db

TODAY = date(2027, 3, 20)


def dated(make_title, said_by, name, day, medium="theatrical", **evidence):
    title = make_title(name)
    services.release_set(
        title=title, medium=medium, when=FuzzyDate.parse(day), evidence=said_by(**evidence)
    )
    return title


def test_a_title_whose_day_has_come_is_released_on_its_date_s_evidence(make_title, said_by):
    out = dated(make_title, said_by, "Night Orchard", "2027-03-19")
    today = dated(make_title, said_by, "Hollow Crown", "2027-03-20")
    coming = dated(make_title, said_by, "Lantern Run", "2027-03-21")
    month = dated(make_title, said_by, "Glass Harbor", "2027-03")  # March may not be over
    festival = dated(make_title, said_by, "Salt Road", "2027-02-10", medium="premiere")
    cancelled = dated(make_title, said_by, "Tidewalk", "2027-01-05")
    services.title_status_set(title=cancelled, status="cancelled", evidence=said_by())

    assert services.titles_released_mark(today=TODAY) == 2

    statuses = dict(Title.objects.values_list("name", "status"))
    assert statuses[out.name] == statuses[today.name] == "released"
    for title in (coming, month, festival):
        assert statuses[title.name] == "announced"
    assert statuses[cancelled.name] == "cancelled"
    change = Title.objects.get(name="Night Orchard").status_history.first()
    assert change.note == "out since March 19, 2027"
    assert change.claims.get().source.name == "Collider"
    assert services.titles_released_mark(today=TODAY) == 0  # once


def test_a_story_taken_down_takes_the_released_status_back_with_its_date(
    make_title, make_article, said_by, editor
):
    from premiere.newsroom import services as newsroom

    story = make_article(headline="Night Orchard is out", slug="out")
    title = dated(make_title, said_by, "Night Orchard", "2027-03-19", article=story)
    services.titles_released_mark(today=TODAY)
    assert Title.objects.get(pk=title.pk).status == "released"
    newsroom.article_unpublish(article=story, by=editor)
    assert Title.objects.get(pk=title.pk).status == "announced"
    # The story's date stays in the catalog (recorded there, not on the desk), but a story
    # readers cannot open is no evidence to show them.
    assert services.titles_released_mark(today=TODAY) == 0


def test_followers_hear_a_title_is_out(make_title, said_by, make_user):
    from premiere.follows import services as follows
    from premiere.follows.delivery import notices_deliver
    from premiere.follows.models import Notice

    title = dated(make_title, said_by, "Night Orchard", str(TODAY - timedelta(days=1)))
    reader = make_user("ada")
    follows.follow_add(by=reader, target=title, region="US")
    services.titles_released_mark(today=TODAY)
    notices_deliver()
    assert Notice.objects.get(user=reader).text.startswith(
        "Night Orchard is now Released (was Announced)"
    )
