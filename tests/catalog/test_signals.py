"""The catalog announces its changes (catalog/signals.py) from its services, and only changes."""

import pytest

from premiere.catalog import services, signals

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    """Everything the catalog announces during a test, as (signal name, keyword arguments)."""
    names = [
        "release_dated",
        "release_moved",
        "release_withdrawn",
        "title_status_changed",
        "title_joined_franchise",
        "credit_added",
    ]
    said = []
    receivers = {}
    for name in names:

        def receiver(sender, signal, name=name, **kwargs):
            said.append((name, kwargs))

        receivers[name] = receiver
        getattr(signals, name).connect(receiver)
    yield said
    for name, receiver in receivers.items():
        getattr(signals, name).disconnect(receiver)


def names(heard):
    return [name for name, _ in heard]


def test_a_release_is_dated_moved_and_withdrawn_back(heard, make_title, said_by, day, trade):
    title = make_title()
    release = services.release_set(
        title=title, medium="theatrical", when=day("2031-03-14"), evidence=said_by()
    )
    services.release_set(
        title=title, medium="theatrical", when=day("2031-03-14"), evidence=said_by(trade)
    )
    services.release_move(release=release, to=day("2031-04-18"), evidence=said_by(trade))
    services.claims_withdraw(claims=release.claims.filter(source=trade, value="April 18, 2031"))
    assert names(heard) == ["release_dated", "release_moved", "release_withdrawn"]
    moved, withdrawn = heard[1][1], heard[2][1]
    assert str(moved["previous"]) == "March 14, 2031" and moved["claim"].source == trade
    assert (str(withdrawn["withdrawn"]), str(withdrawn["restored"])) == (
        "April 18, 2031",
        "March 14, 2031",
    )


def test_a_release_only_one_story_supported_is_withdrawn_whole(heard, make_title, said_by, day):
    release = services.release_set(
        title=make_title(), medium="digital", when=day("2031"), evidence=said_by()
    )
    services.claims_withdraw(claims=release.claims.all())
    assert names(heard) == ["release_dated", "release_withdrawn"]
    assert heard[1][1]["restored"] is None


def test_statuses_franchises_and_credits(heard, make_title, said_by):
    franchise = services.franchise_create(name="Nightjar")
    title = make_title(franchise=franchise)
    services.title_status_set(title=title, status="filming", evidence=said_by())
    person = services.person_create(name="Ana de Armas")
    services.credit_add(title=title, person=person, role="cast", evidence=said_by())
    services.credit_add(title=title, person=person, role="cast", evidence=said_by())
    assert names(heard) == ["title_joined_franchise", "title_status_changed", "credit_added"]
    assert heard[1][1]["previous"] == "announced" and heard[1][1]["status"] == "filming"
