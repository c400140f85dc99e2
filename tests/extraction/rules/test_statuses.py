"""Production statuses: announced, filming, wrapped, cancelled…"""

import pytest


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("John Wick 5 is back on the table.", "in_development"),
        ("Starfall Protocol has been greenlit by the studio.", "in_development"),
        ("Harbor Lights has been cancelled after two seasons.", "cancelled"),
        ("Starfall Protocol wrapped filming in Prague.", "post_production"),
        ("Cameras are rolling on Starfall Protocol.", "filming"),
    ],
)
def test_status_changes(facts, sentence, status):
    [found] = facts(sentence, kind="status")
    assert found.value == {"status": status}


@pytest.mark.parametrize(
    "sentence, subject, status",
    [
        ("Production on Starfall Protocol began in Prague.", "Starfall Protocol", "filming"),
        ("Lionsgate is developing Starfall Protocol.", "Starfall Protocol", "in_development"),
        (
            "The sequel, titled Starfall Protocol: Reentry, is in development.",
            "Starfall Protocol: Reentry",
            "in_development",
        ),
    ],
)
def test_more_status_phrasings(facts, sentence, subject, status):
    [found] = facts(sentence, kind="status")
    assert (found.subject.name, found.value["status"]) == (subject, status)


def test_pre_production_is_not_filming(facts):
    [found] = facts("Pre-production began on Starfall Protocol.", kind="status")
    assert found.value["status"] == "pre_production"


@pytest.mark.parametrize(
    "sentence",
    [
        "Several favourites have been canceled, including Harbor Lights and Starfall Protocol.",
        "The streamer recently pulled the plug on Harbor Lights and Starfall Protocol.",
    ],
)
def test_a_cancellation_of_a_list_cancels_each(facts, sentence):
    found = facts(sentence, kind="status")
    assert sorted((s.subject.name, s.value["status"]) for s in found) == [
        ("Harbor Lights", "cancelled"),
        ("Starfall Protocol", "cancelled"),
    ]


def test_talk_of_renewals_announces_no_season(facts):
    assert not facts(
        "Harbor Lights ended on a cliffhanger. Renewal decisions are slow this year.",
        kind="status",
    )


def test_a_status_naming_no_title_is_not_the_story_s_title(facts):
    """Modelled on a pasted roundup: "all UK film releases postponed or cancelled" is about
    no one title, least of all the story's own."""
    story = (
        "Ballerina opens on June 7, 2024.\n\n"
        "The studio also shared news about other films.\n\n"
        "Here is a list of all the UK film releases postponed or cancelled by the strike."
    )
    assert facts(story, kind="status") == []


def test_a_status_in_the_sentence_after_the_title_s_is_that_title_s(facts):
    """Modelled on a walk-through: "Filming wrapped in Cornwall last month." right after a
    sentence about the show gave no card."""
    found = facts(
        "Harbor Lights picks up a year after the fire. Filming wrapped in Cornwall last month.",
        kind="status",
    )
    assert [(s.subject.name, s.value["status"]) for s in found] == [
        ("Harbor Lights", "post_production")
    ]


def test_a_status_of_another_title_is_not_the_one_before(facts):
    """Found in review: "A planned spin-off has been cancelled." cancelled the show named in
    the sentence before."""
    found = facts(
        "Harbor Lights returns on June 9. A planned spin-off has been cancelled.", kind="status"
    )
    assert found == []


def test_a_review_of_a_film_in_theaters_now_says_it_is_out(facts):
    """Modelled on a walk-through: a review of a film that "opened last Friday and is in
    theaters now" left the catalog saying it was in post-production."""
    found = facts(
        "Starfall Protocol opened last Friday and is in theaters now.",
        headline="Review",
        kind="status",
    )
    assert [(s.subject.name, s.value["status"]) for s in found] == [
        ("Starfall Protocol", "released")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Modelled on a walk-through's game stories: a status not said of the title
        "A Switch 2 version of Ironvale II is planned, and no Xbox version is in development.",
        "The studio has not said whether a spin-off of Ironvale II is in development.",
        # a title the catalog has, launched long ago: history, not news
        "Ironvale II launched on May 5, 2019, to strong sales.",
    ],
)
def test_statuses_the_story_does_not_give(facts, sentence):
    assert facts(sentence, kind="status") == []


def test_a_title_new_to_the_catalog_said_to_have_launched_is_out(facts):
    """A free-to-play game the story introduces "launched on May 5, 2026": created as
    announced, it read as not out yet."""
    [status] = facts(
        "Skyreach Arena, the hero shooter from Aurelian Games, launched on May 5, 2026, and "
        "more than 12 million players have tried it.",
        kind="status",
    )
    assert (status.subject.name, status.value["status"]) == ("Skyreach Arena", "released")


def test_each_status_goes_to_the_title_its_verb_acts_on(facts):
    """Modelled on a walk-through's upfronts headline, "…, renews Saltmarsh and cancels
    Night Desk", which proposed Saltmarsh as cancelled; "cancelled two shows" named none."""
    found = facts(
        "Crestline renews Harbor Lights and cancels Starfall Protocol.\n\n"
        "The network ordered two new series and cancelled two shows on Tuesday.",
        kind="status",
    )
    assert [(s.subject.name, s.value["status"]) for s in found] == [
        ("Starfall Protocol", "cancelled")
    ]


def test_another_expansion_s_status_is_not_this_one_s(facts):
    found = facts(
        "Ironvale II arrives on May 14, 2027, and a second expansion is in development.",
        kind="status",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence, status",
    [
        # a shoot to come is not one under way
        ("Ballerina begins production in February.", "pre_production"),
        ("Ballerina began production in February.", "filming"),
        # what the title was, or escaped, is not what it is now
        (
            "Ballerina, which had been in development for two years, has been cancelled.",
            "cancelled",
        ),
        ("Lionsgate saved Ballerina from cancellation and it is now filming.", "filming"),
    ],
)
def test_a_status_is_what_the_title_is_now(facts, sentence, status):
    """Modelled on shape studies of TV and film news: "Season two begins production in
    February" said filming, and "which had been in development for two years, has been
    cancelled" said in development."""
    assert [s.value["status"] for s in facts(sentence, kind="status")] == [status]


def test_a_version_cancelled_is_not_the_game_cancelled(facts):
    """Modelled on a shape study of game ports: "The Switch 2 version of X has been
    cancelled" cancelled the whole game."""
    assert facts("The Switch 2 version of Ironvale II has been cancelled.", kind="status") == []


@pytest.mark.parametrize(
    "body, show, before_it",
    [
        (
            "Paramount+ has ordered *Iron Prairie: 1889*, a prequel to its western drama *Iron "
            "Prairie*, straight to series.",
            "Iron Prairie: 1889",
            "Iron Prairie",
        ),
        (
            "NBC has given a series order to *Harbor Patrol*, a spinoff of *Night Desk*.",
            "Harbor Patrol",
            "Night Desk",
        ),
    ],
)
def test_a_show_ordered_to_series_is_announced_as_a_new_series(
    body, show, before_it, read_markdown
):
    """Modelled on a shape study of spin-off orders: the new show was never proposed, or its
    parent took the news."""
    from datetime import date

    found = read_markdown("A new show", body, date(2026, 12, 5))
    assert [(s.subject.name, s.value["status"]) for s in found if s.kind == "status"] == [
        (show, "announced")
    ]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds[show] == "series"
    assert set(kinds) == {show, before_it}  # the show it comes from is a title of its own


@pytest.mark.parametrize(
    "sentence",
    [
        "Peacock is pulling the plug on Ballerina after two seasons.",
        "Channel 4 has not recommissioned Ballerina.",
        "Ballerina will not continue beyond its first season.",
        "Hulu has passed on Ballerina.",
        "Ballerina wurde nach vier Staffeln abgesetzt.",
        "Canal+ a décidé d'arrêter Ballerina.",
    ],
)
def test_a_cancellation_in_the_words_networks_use(facts, sentence):
    """Modelled on round three's TV stories: of six cancellations only "has been cancelled"
    was read."""
    assert [s.value["status"] for s in facts(sentence, kind="status")] == ["cancelled"]
