"""A weekend's new films in a box-office story, put in cinemas on the Friday it began."""

from datetime import date

import pytest

from premiere.extraction import Document, Gazetteer, extract
from premiere.extraction.rules.openings import weekend_began


def _releases(body: str, published: date, headline="Weekend box office: a new leader"):
    found = extract(Document(headline=headline, body=body, published=published), Gazetteer([]))
    return {
        (s.subject.name, s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    }


@pytest.mark.parametrize(
    "published, friday",
    [
        (date(2026, 12, 4), date(2026, 12, 4)),  # the Friday itself
        (date(2026, 12, 6), date(2026, 12, 4)),  # Sunday's estimates
        (date(2026, 12, 7), date(2026, 12, 4)),  # Monday's actuals
        (date(2026, 12, 10), date(2026, 12, 4)),  # a Thursday look back
    ],
)
def test_the_weekend_a_takings_story_tells_of_began_on_the_last_friday(published, friday):
    assert weekend_began(published) == friday


def test_a_film_that_opened_this_weekend_is_on_the_calendar_in_each_market_named():
    """Modelled on real weekend reports: the leader's opening is the news, its day unsaid."""
    releases = _releases(
        "Harbor Lights opened at number one this weekend with $40 million from 3,800 "
        "theaters, Lumen Pictures said Sunday.\n\n"
        "In the UK, Harbor Lights debuted with £4 million.",
        date(2026, 12, 6),
    )
    assert releases == {
        ("Harbor Lights", "2026-12-04", "US", "theatrical"),
        ("Harbor Lights", "2026-12-04", "GB", "theatrical"),
    }


def test_a_holdover_or_an_earlier_opening_is_no_release():
    releases = _releases(
        "Harbor Lights grossed $40 million this weekend.\n\n"
        "Iron Choir, in its third weekend, opened with $12 million in Spain.\n\n"
        "Sable Coast, which opened two weeks ago with $30 million, slipped to fourth.",
        date(2026, 12, 6),
    )
    assert releases == set()


def test_an_opening_outside_a_takings_story_gives_no_date():
    releases = _releases(
        "Harbor Lights opened with a bang, fans said after a preview in London.",
        date(2026, 12, 6),
        headline="Fans cheer Harbor Lights",
    )
    assert releases == set()


def test_a_weekend_preview_s_openers_told_by_their_cinemas(read_markdown):
    # modelled on a trade's weekend box-office preview: the lead opens this weekend, the others
    # "land" or are "out" in so many venues, an event screening earlier in the week is none
    body = (
        "Mara Lind's *Deep Orbit* opens in 671 UK cinemas this weekend.\n\n"
        "Also out this weekend is Vince Hale's *Last Call at the Anchor* in 431 sites.\n\n"
        "Fellow comedy *Rent Week* lands in 362 venues through Sovereign.\n\n"
        "*Harbour Song* had a one-night event screening in 210 cinemas on Tuesday (March 2), "
        "which took a healthy £186,000.\n\n"
        "Next weekend, the heist sequel *The Marlow Job* arrives in UK and Irish cinemas on "
        "March 12."
    )
    found = read_markdown("UK box office preview: 'Deep Orbit' lands", body, date(2027, 3, 5))
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert {
        ("Deep Orbit", "2027-03-05"),
        ("Last Call at the Anchor", "2027-03-05"),
        ("Rent Week", "2027-03-05"),
        ("The Marlow Job", "2027-03-12"),
    } <= dated
    assert not [d for d in dated if d[1] == "2027-03-02"]  # the event screening
    assert not [d for d in dated if "cinemas" in d[0]]
