"""Follows factories: readers who follow things, a small catalog to follow, the worker's round."""

import pytest

from premiere.catalog import services as catalog
from premiere.follows import delivery, services
from premiere.follows.models import NoticeSettings

# The desk's story flow (a draft, its suggestions, publishing it), for the embargo tests.
from tests.desk.conftest import draft, one, publish, universe  # noqa: F401


@pytest.fixture
def reader(make_user):
    return make_user("ada")


@pytest.fixture
def follow(settings):
    """Follow something as a reader would, with a region and the kinds of release chosen."""
    settings.PREMIERE_FOLLOW_RATE_USER = "1000/60"

    def make(user, target, *, region="US", email="immediate", kinds=None, remind_days=None):
        made = services.follow_add(by=user, target=target, region=region)
        NoticeSettings.objects.filter(user=user).update(email=email, region=region)
        if kinds is not None or remind_days is not None:
            services.follow_choose(
                by=user,
                follow=made,
                every_release=kinds is None,
                kinds=kinds or (),
                remind_days=remind_days,
            )
        made.refresh_from_db()
        return made

    return make


@pytest.fixture
def saga(said_by, day):
    """A franchise with one film dated in cinemas and digitally, worldwide."""
    franchise = catalog.franchise_create(name="Nightjar")
    film = catalog.title_create(kind="film", name="Nightjar Rising", franchise=franchise)
    theatrical = catalog.release_set(
        title=film, medium="theatrical", when=day("2031-03-14"), evidence=said_by()
    )
    digital = catalog.release_set(
        title=film, medium="digital", when=day("2031-05-02"), evidence=said_by()
    )
    return {"franchise": franchise, "film": film, "theatrical": theatrical, "digital": digital}


@pytest.fixture
def deliver():
    """Run the worker's regular round in this process, as the worker would."""
    return delivery.notices_deliver
