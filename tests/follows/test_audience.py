"""Who is told: the follows that cover a change, the kinds of release and regions they chose."""

import pytest

from premiere.catalog import services as catalog
from premiere.follows.audience import audience, follows_covering, region_matches
from premiere.follows.models import CatalogEvent

pytestmark = pytest.mark.django_db


def latest_event():
    return CatalogEvent.objects.latest("id")


def test_a_title_is_covered_by_itself_its_series_its_franchise_and_its_credits(
    make_user, follow, make_title, said_by
):
    franchise = catalog.franchise_create(name="Harbor")
    series = make_title("Harbor Lights", kind="series", franchise=franchise)
    season = make_title("Harbor Lights — Season 3", kind="season", parent=series)
    writer = catalog.person_create(name="Ida Lane")
    network = catalog.company_create(name="Northlight", kind="network")
    catalog.credit_add(title=season, person=writer, role="writer", evidence=said_by())
    catalog.credit_add(title=season, company=network, role="network", evidence=said_by())
    unrelated = make_title("Other Show", kind="series")
    follows = [
        follow(make_user(name), target)
        for name, target in [
            ("season", season),
            ("series", series),
            ("franchise", franchise),
            ("writer", writer),
            ("network", network),
            ("other", unrelated),
        ]
    ]
    covering = follows_covering([season.pk])
    assert sorted(f.user.username for f in covering[season.pk]) == [
        "franchise",
        "network",
        "season",
        "series",
        "writer",
    ]
    assert follows[-1] not in covering[season.pk]


def test_a_release_change_goes_to_those_who_chose_its_kind_in_their_region(
    make_user, follow, saga, said_by, day
):
    digital_only = follow(make_user("digital"), saga["franchise"], kinds=["digital"])
    cinema_only = follow(make_user("cinema"), saga["franchise"], kinds=["theatrical"])
    everything = follow(make_user("all"), saga["film"])
    none = follow(make_user("none"), saga["film"], kinds=[])
    catalog.release_move(release=saga["digital"], to=day("2031-06-01"), evidence=said_by())
    assert set(audience(latest_event())) == {digital_only.user_id, everything.user_id}
    # A French theatrical date: for readers in France, or who have not said where they are.
    french = follow(make_user("fr"), saga["film"], region="FR")
    anywhere = follow(make_user("ww"), saga["film"], region="WW")
    catalog.release_set(
        title=saga["film"],
        region="FR",
        medium="theatrical",
        when=day("2031-03-20"),
        evidence=said_by(),
    )
    assert set(audience(latest_event())) == {french.user_id, anywhere.user_id}
    # A status is not a kind of release: everyone covering the title hears it.
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    assert len(audience(latest_event())) == 6
    assert none.user_id in audience(latest_event())
    assert cinema_only.user_id in audience(latest_event())


def test_a_new_title_goes_to_the_franchise_s_followers_a_credit_to_the_person_s(
    make_user, follow, saga, make_title, said_by
):
    fan = follow(make_user("fan"), saga["franchise"])
    title_fan = follow(make_user("title"), saga["film"])
    ana = catalog.person_create(name="Ana de Armas")
    ana_fan = follow(make_user("ana"), ana)
    make_title("Nightjar Falls", franchise=saga["franchise"])
    assert set(audience(latest_event())) == {fan.user_id}
    catalog.credit_add(title=saga["film"], person=ana, role="cast", evidence=said_by())
    assert set(audience(latest_event())) == {ana_fan.user_id}
    assert title_fan.user_id not in audience(latest_event())


def test_inactive_readers_are_not_told(make_user, follow, saga, said_by):
    gone = follow(make_user("gone"), saga["film"])
    type(gone.user).objects.filter(pk=gone.user_id).update(is_active=False)
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    assert audience(latest_event()) == {}


@pytest.mark.parametrize(
    ("reader", "release", "dated", "told"),
    [
        ("US", "US", {"US"}, True),
        ("US", "WW", {"WW"}, True),
        ("US", "FR", {"FR", "US"}, False),
        ("US", "FR", {"FR", "WW"}, False),
        ("US", "FR", {"FR"}, True),  # France's date is all there is for a reader in the US
        ("WW", "FR", {"FR", "WW"}, True),
    ],
)
def test_regions(reader, release, dated, told):
    assert region_matches(reader, release, dated) is told


def test_a_reader_whose_region_has_no_date_hears_the_first_one_set_elsewhere(
    make_user, follow, make_title, said_by, day
):
    """A reader in Britain following a film dated only for American cinemas: that date is the
    news, until a British (or worldwide) date is set; then only those."""
    film = make_title("Harbor Lights")
    briton = follow(make_user("gb"), film, region="GB")
    catalog.release_set(
        title=film, region="US", medium="theatrical", when=day("2031-03-20"), evidence=said_by()
    )
    assert set(audience(latest_event())) == {briton.user_id}
    catalog.release_set(
        title=film, region="GB", medium="theatrical", when=day("2031-04-03"), evidence=said_by()
    )
    assert set(audience(latest_event())) == {briton.user_id}
    us = film.releases.get(region="US")
    catalog.release_move(release=us, to=day("2031-03-27"), evidence=said_by())
    assert audience(latest_event()) == {}
