"""The outbox: every catalog change worth telling leaves one event, in the change's own
transaction; a change that is rolled back leaves none."""

import pytest
from django.db import transaction

from premiere.catalog import services as catalog
from premiere.follows.models import CatalogEvent

pytestmark = pytest.mark.django_db

Kind = CatalogEvent.Kind


def events(kind=None):
    rows = CatalogEvent.objects.order_by("id")
    return list(rows.filter(kind=kind) if kind else rows)


def test_a_first_date_a_move_and_a_date_again_from_another_source(make_title, said_by, day, trade):
    film = make_title("Nightjar Rising")
    release = catalog.release_set(
        title=film, medium="streaming", channel="Northlight+", when=day("2031"), evidence=said_by()
    )
    catalog.release_set(
        title=film,
        medium="streaming",
        channel="Northlight+",
        when=day("2031"),
        evidence=said_by(trade),
    )  # the same date from another source is not news
    catalog.release_move(
        release=release, to=day("2031-05-02"), evidence=said_by(trade), reason="Reshoots"
    )
    dated, moved = events()
    assert (dated.kind, moved.kind) == (Kind.RELEASE_DATED, Kind.RELEASE_MOVED)
    assert dated.release == moved.release == release and dated.title == film
    assert dated.release_type == "digital" and dated.region == "WW"
    assert dated.payload == {
        "title": "Nightjar Rising",
        "where": "Streaming on Northlight+, worldwide",
        "when": "2031",
        "per": "Collider",
    }
    assert moved.payload | {"per": ""} == {
        "title": "Nightjar Rising",
        "where": "Streaming on Northlight+, worldwide",
        "when": "May 2, 2031",
        "previous": "2031",
        "change": "narrowed",
        "per": "",
        "reason": "Reshoots",
    }
    assert moved.payload["per"] == "Trade Weekly"


def test_a_release_without_a_date_is_not_news_until_it_has_one(make_title, said_by, day):
    film = make_title("Nightjar Rising")
    release = catalog.release_set(
        title=film, medium="physical", when=day("TBA"), evidence=said_by()
    )
    assert events() == []
    catalog.release_move(release=release, to=day("2031-09"), evidence=said_by())
    [dated] = events()
    assert dated.kind == Kind.RELEASE_DATED and dated.release_type == "physical"


def test_a_game_platform_is_its_own_kind_of_release(make_title, said_by, day):
    game = make_title("Ironvale III", kind="game")
    catalog.release_set(
        title=game, medium="platform", channel="Switch 2", when=day("2032"), evidence=said_by()
    )
    assert events()[0].release_type == "platform:switch 2"


def test_a_change_rolled_back_leaves_no_event(make_title, said_by, day):
    film = make_title("Nightjar Rising")
    with pytest.raises(RuntimeError), transaction.atomic():
        catalog.release_set(title=film, medium="digital", when=day("2031"), evidence=said_by())
        raise RuntimeError("the rest of the editor's save failed")
    assert events() == []


def test_a_status_change_once_and_the_same_status_again_not(make_title, said_by, trade):
    film = make_title("Nightjar Rising")
    catalog.title_status_set(title=film, status="announced", evidence=said_by())  # as it was
    catalog.title_status_set(title=film, status="filming", evidence=said_by())
    catalog.title_status_set(title=film, status="filming", evidence=said_by(trade))
    [changed] = events()
    assert changed.kind == Kind.STATUS_CHANGED
    assert changed.payload == {
        "title": "Nightjar Rising",
        "status": "Filming",
        "previous": "Announced",
        "per": "Collider",
        "withdrawn": False,
    }


def test_a_title_joins_a_franchise_when_made_in_it_or_placed_in_it(make_title):
    nightjar = catalog.franchise_create(name="Nightjar")
    made_in = make_title("Nightjar Rising", franchise=nightjar)
    placed = make_title("Nightjar Falls")
    catalog.entity_update(entity=placed, synopsis="A prequel.")
    catalog.entity_update(entity=placed, franchise=nightjar)
    catalog.entity_update(entity=placed, franchise=nightjar)  # no change, no news
    first, second = events()
    assert (first.title, second.title) == (made_in, placed)
    assert first.franchise == second.franchise == nightjar
    assert second.payload == {
        "title": "Nightjar Falls",
        "title_kind": "film",
        "franchise": "Nightjar",
    }


def test_a_new_credit_once_however_many_sources_give_it(make_title, said_by, trade):
    film = make_title("Nightjar Rising")
    ana = catalog.person_create(name="Ana de Armas")
    studio = catalog.company_create(name="Lionsgate", kind="distributor")
    catalog.credit_add(title=film, person=ana, role="cast", character="Rooney", evidence=said_by())
    catalog.credit_add(
        title=film, person=ana, role="cast", character="Rooney", evidence=said_by(trade)
    )
    catalog.credit_add(title=film, company=studio, role="distributor", evidence=said_by())
    person, company = events()
    assert (person.person, person.company, company.company) == (ana, None, studio)
    assert person.payload == {
        "title": "Nightjar Rising",
        "credited": "Ana de Armas",
        "role": "cast",
        "character": "Rooney",
        "per": "Collider",
    }


def test_a_withdrawn_date_goes_back_and_says_so(make_title, said_by, day, trade):
    film = make_title("Nightjar Rising")
    release = catalog.release_set(
        title=film, medium="theatrical", when=day("2031-03-14"), evidence=said_by()
    )
    catalog.release_move(release=release, to=day("2031-04-18"), evidence=said_by(trade))
    catalog.claims_withdraw(claims=release.claims.filter(source=trade))
    withdrawn = events(Kind.RELEASE_WITHDRAWN)[0]
    assert withdrawn.payload == {
        "title": "Nightjar Rising",
        "where": "Theatrical, worldwide",
        "withdrawn": "April 18, 2031",
        "restored": "March 14, 2031",
        "worldwide": "",
    }
    catalog.claims_withdraw(claims=release.claims.all())  # nothing left: the release goes
    gone = events(Kind.RELEASE_WITHDRAWN)[1]
    assert gone.payload["restored"] == "" and gone.release is None and gone.title == film


def test_a_country_s_withdrawn_date_says_the_worldwide_one_stands(make_title, said_by, day):
    """Modelled on a walk-through: a reader told a title "has no date again" still saw the
    worldwide date on their page."""
    from premiere.follows import wording

    film = make_title("Nightjar Rising")
    catalog.release_set(title=film, medium="theatrical", when=day("2031-03-14"), evidence=said_by())
    american = catalog.release_set(
        title=film, region="US", medium="theatrical", when=day("2031-04-18"), evidence=said_by()
    )
    catalog.claims_withdraw(claims=american.claims.all())
    gone = events(Kind.RELEASE_WITHDRAWN)[0]
    assert wording.release_withdrawn(gone.payload) == (
        "Nightjar Rising has no date of its own again (Theatrical, United States): the report "
        "of April 18, 2031 was withdrawn, and the worldwide date, March 14, 2031, stands."
    )


def test_a_withdrawn_status_goes_back_and_says_so(make_title, said_by):
    film = make_title("Nightjar Rising")
    catalog.title_status_set(title=film, status="filming", evidence=said_by())
    change = film.status_history.get()
    catalog.claims_withdraw(claims=change.claims.all())
    back = events()[-1]
    assert back.payload == {
        "title": "Nightjar Rising",
        "status": "Announced",
        "previous": "Filming",
        "per": "",
        "withdrawn": True,
    }
