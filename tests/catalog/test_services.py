from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from premiere.catalog import services
from premiere.catalog.models import Claim, Credit, Release, ReleaseChange, Title
from premiere.extraction.dates import FuzzyDate

pytestmark = pytest.mark.django_db


def test_a_fact_without_evidence_is_refused():
    with pytest.raises(ValidationError):
        services.Evidence()


def test_a_new_release_is_announced_with_its_source(make_title, said_by, day):
    title = make_title()
    release = services.release_set(
        title=title,
        medium="theatrical",
        when=day("2024-06-07"),
        confidence="confirmed",
        evidence=said_by(quote="opens worldwide on June 7, 2024"),
    )
    assert str(release.when) == "June 7, 2024" and release.is_worldwide
    claim = release.claims.get()
    assert str(claim) == "June 7, 2024 per Collider"
    assert claim.quote == "opens worldwide on June 7, 2024"
    assert [change.describe() for change in release.history.all()] == ["announced for June 7, 2024"]


def test_an_article_quoting_a_source_is_attributed_to_both(make_title, make_article, collider, day):
    article = make_article(source=collider)
    release = services.release_set(
        title=make_title(),
        medium="theatrical",
        when=day("2024-06-07"),
        evidence=services.Evidence(article=article, source=collider),
    )
    claim = release.claims.get()
    assert claim.attribution == "Premiere (quoting Collider)"
    assert claim.url == article.get_absolute_url()
    # Walked as a reader: with the source's own page noted too, "Premiere (quoting
    # Collider)" led to Collider's home page, not to the story.
    claim.source_url = "https://collider.example/ballerina"
    assert claim.url == article.get_absolute_url()


def test_a_moved_release_keeps_its_history_and_old_sources(make_title, said_by, trade, day):
    title = make_title()
    release = services.release_set(
        title=title, medium="theatrical", when=day("2025-03-28"), evidence=said_by()
    )
    services.release_move(
        release=release, to=day("2025-05-09"), evidence=said_by(trade), reason="Effects work"
    )
    release.refresh_from_db()
    assert str(release.when) == "May 9, 2025"
    last = release.history.last()
    assert last.describe() == "delayed from March 28 to May 9, 2025"
    assert last.reason == "Effects work" and last.claim.source == trade
    states = dict(release.claims.values_list("source__name", "state"))
    assert states == {"Collider": "superseded", "Trade Weekly": "current"}


def test_the_same_date_from_another_source_adds_a_source_not_a_change(
    make_title, said_by, trade, day
):
    release = services.release_set(
        title=make_title(),
        medium="theatrical",
        when=day("2025-Q3"),
        evidence=said_by(),
        confidence="rumored",
    )
    services.release_set(
        title=release.title,
        medium="theatrical",
        when=day("2025-Q3"),
        evidence=said_by(trade),
        confidence="confirmed",
    )
    release.refresh_from_db()
    assert release.history.count() == 1
    assert release.claims.filter(state="current").count() == 2
    assert release.confidence == "confirmed"


def test_a_disagreeing_source_is_shown_beside_the_current_one(make_title, said_by, trade, day):
    release = services.release_set(
        title=make_title(), medium="theatrical", when=day("2025-07"), evidence=said_by()
    )
    services.release_contest(release=release, when=day("2025-08"), evidence=said_by(trade))
    release.refresh_from_db()
    assert str(release.when) == "July 2025"  # the accepted date does not move
    claims = {c.source.name: (c.value, c.state) for c in release.claims.all()}
    assert claims == {
        "Collider": ("July 2025", "current"),
        "Trade Weekly": ("August 2025", "contested"),
    }


def test_narrowing_a_year_to_a_quarter_is_not_a_delay(make_title, said_by, day):
    release = services.release_set(
        title=make_title(), medium="theatrical", when=day("2025"), evidence=said_by()
    )
    services.release_move(release=release, to=day("2025-Q3"), evidence=said_by())
    assert release.history.last().describe() == "narrowed from 2025 to Q3 2025"


def test_the_title_remembers_its_first_release(make_title, said_by, day):
    title = make_title()
    services.release_set(
        title=title, region="US", medium="theatrical", when=day("2025-06-06"), evidence=said_by()
    )
    services.release_set(title=title, medium="digital", when=day("2025-Q3"), evidence=said_by())
    title.refresh_from_db()
    assert str(title.first_release) == "June 6, 2025"


def test_a_disc_is_no_first_release_unless_it_is_all_the_catalog_knows(make_title, said_by, day):
    """A walk-through's disc column: "returns to print in a steelbook on 3/9" showed as the
    film's "First release"; a disc or a download comes after the work came out."""
    title = make_title()
    services.release_set(title=title, medium="physical", when=day("2025-03-09"), evidence=said_by())
    title.refresh_from_db()
    assert str(title.first_release) == "March 9, 2025"  # all the catalog knows
    services.release_set(
        title=title, medium="streaming", channel="Netflix", when=day("2025-06"), evidence=said_by()
    )
    title.refresh_from_db()
    assert str(title.first_release) == "June 2025"


def test_one_release_per_title_region_medium_and_channel(make_title, day):
    title = make_title()
    Release.objects.create(title=title, medium="theatrical", precision="tba")
    with pytest.raises(IntegrityError):
        Release.objects.create(title=title, medium="theatrical", precision="tba")


def test_a_stored_period_must_match_its_precision(make_title, day):
    with pytest.raises(IntegrityError):
        Release.objects.create(title=make_title(), medium="theatrical", precision="year")


@pytest.mark.parametrize("region", ["gb", "GBR", "U1"])
def test_bad_regions_are_refused(make_title, said_by, day, region):
    with pytest.raises(ValidationError) as error:
        services.release_set(
            title=make_title(),
            medium="theatrical",
            region=region,
            when=day("2025"),
            evidence=said_by(),
        )
    assert "region" in error.value.message_dict
    assert not Release.objects.exists()


def test_streaming_needs_a_service_name(make_title, said_by, day):
    with pytest.raises(ValidationError) as error:
        services.release_set(
            title=make_title(), medium="streaming", when=day("2025"), evidence=said_by()
        )
    assert "channel" in error.value.message_dict
    assert not Claim.objects.exists() and not ReleaseChange.objects.exists()


def test_status_changes_keep_their_history_and_sources(make_title, said_by, trade):
    title = make_title("John Wick 5", status="announced")
    earlier = timezone.now() - timedelta(days=30)
    services.title_status_set(
        title=title, status="cancelled", evidence=said_by(observed_at=earlier)
    )
    services.title_status_set(
        title=title, status="in_development", evidence=said_by(quote="back on the table")
    )
    services.title_status_set(title=title, status="in_development", evidence=said_by(trade))
    title.refresh_from_db()
    assert title.status == "in_development"
    history = list(title.status_history.all())
    assert [(h.previous, h.status) for h in history] == [
        ("cancelled", "in_development"),
        ("announced", "cancelled"),
    ]
    assert history[0].claims.count() == 2  # a second source for the same status


def test_credits_are_sourced_and_not_duplicated(make_title, said_by, trade):
    title = make_title()
    person = services.person_create(name="Ana de Armas")
    for source in (said_by(), said_by(trade)):
        services.credit_add(
            title=title, person=person, role="cast", character="Eve", evidence=source
        )
    credit = Credit.objects.get()
    assert credit.claims.count() == 2


def test_a_credit_names_a_person_or_a_company_not_both(make_title, said_by):
    title = make_title()
    person = services.person_create(name="Len Wiseman")
    company = services.company_create(name="Lionsgate")
    with pytest.raises(ValidationError):
        services.credit_add(
            title=title, person=person, company=company, role="director", evidence=said_by()
        )


def test_aliases_match_however_they_are_written(make_title):
    title = make_title("John Wick: Chapter 4", aliases=["John Wick 4", "JOHN WICK 4!"])
    assert list(title.aliases.values_list("normalized", flat=True)) == ["john wick 4"]
    assert Title.objects.filter(aliases__normalized=services.normalize_name("john  wick 4")).get()


def test_the_between_placement_needs_both_ends(make_title, said_by):
    spin_off, third = make_title(), make_title("Chapter 3")
    with pytest.raises(ValidationError):
        services.placement_set(title=spin_off, kind="between", anchor=third, evidence=said_by())


def test_unknown_status_is_refused(make_title, said_by):
    with pytest.raises(ValidationError):
        services.title_status_set(title=make_title(), status="vibes", evidence=said_by())


def test_a_source_naming_a_release_s_channel_names_that_release_s(make_title, said_by, trade, day):
    """ "On BBC One" for the UK broadcast the catalog had with no channel: the same release,
    its channel now known, not a second UK broadcast beside it."""
    show = make_title("Harbor Lights Nine", kind="series")
    first = services.release_set(
        title=show, region="GB", medium="tv", when=day("2027-04"), evidence=said_by()
    )
    named = services.release_set(
        title=show,
        region="GB",
        medium="tv",
        channel="BBC One",
        when=day("2027-04-09"),
        evidence=said_by(trade),
    )
    assert named.pk == first.pk and Release.objects.filter(title=show).count() == 1
    assert (named.channel, str(named.when)) == ("BBC One", "April 9, 2027")
    other = services.release_set(
        title=show,
        region="GB",
        medium="tv",
        channel="ITV1",
        when=day("2027-05"),
        evidence=said_by(),
    )
    assert other.pk != first.pk  # a second channel is a second broadcast


def test_a_history_says_a_date_came_or_went_in_words(make_title, said_by, day):
    """Walked as a reader: "Narrowed from TBA to May 26, 2028" and "announced for TBA"."""
    release = services.release_set(
        title=make_title(), medium="theatrical", when=day("TBA"), evidence=said_by()
    )
    services.release_move(release=release, to=day("2028-05-26"), evidence=said_by())
    services.release_move(release=release, to=day("TBA"), evidence=said_by())
    assert [change.describe() for change in release.history.all()] == [
        "announced, date to come",
        "dated May 26, 2028",
        "date withdrawn (was May 26, 2028)",
    ]


def test_release_dates_take_any_precision(make_title, said_by):
    title = make_title()
    for medium, text in [("theatrical", "2026"), ("digital", "TBA"), ("physical", "2026-fall")]:
        services.release_set(
            title=title, medium=medium, when=FuzzyDate.parse(text), evidence=said_by()
        )
    assert sorted(str(r.when) for r in title.releases.all()) == ["2026", "Fall 2026", "TBA"]


def test_a_withdrawn_status_goes_back_to_the_one_before(make_title, said_by):
    title = make_title(status="pre_production")
    services.title_status_set(title=title, status="filming", evidence=said_by())
    services.claims_withdraw(claims=title.status_history.get().claims.all())
    title.refresh_from_db()
    assert title.status == "pre_production" and not title.status_history.exists()


def test_only_a_claim_from_one_of_our_stories_follows_its_words(make_title, said_by, day):
    """An outside source's words are what it said then; our story's are what it says now."""
    release = services.release_set(
        title=make_title(), medium="theatrical", when=day("2025-06"), evidence=said_by(quote="x")
    )
    claim = release.claims.get()
    with pytest.raises(ValidationError):
        services.claim_requote(claim=claim, quote="other words")
    claim.refresh_from_db()
    assert claim.quote == "x"
