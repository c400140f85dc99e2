"""Frames: a roundup's opening names one period, and the prose that follows presents what comes
out in it, a title a sentence, without dates of their own (modelled on monthly "what's new"
pages and a channel's slate for the year)."""


def released(found):
    return sorted((s.subject.name, s.value["date"], s.value["channel"]) for s in found)


MONTH_OF_SEASONS = (
    "July is full of new seasons of the shows you already love. "
    "Harbor Lights comes back to Netflix with a bigger cast and a new lighthouse keeper. "
    "Keanu Reeves trades the suit for a raincoat in Starfall Protocol, which lands on Prime Video. "
    "And if you missed it, Ballerina star Ana de Armas explains why she left the ballet."
)


def test_titles_presented_under_a_month_s_frame_take_its_month(facts):
    found = facts(MONTH_OF_SEASONS, kind="release")
    assert released(found) == [
        ("Harbor Lights", "2023-07", "Netflix"),
        ("Starfall Protocol", "2023-07", "Prime Video"),
    ]
    # An editor confirms each one: none is taken by "Accept all confident"; each shows the
    # sentence that gives the month and the one that presents the title.
    assert all(s.confidence < 0.8 for s in found)
    assert found[0].sentence.splitlines() == [
        "July is full of new seasons of the shows you already love.",
        "Harbor Lights comes back to Netflix with a bigger cast and a new lighthouse keeper.",
    ]


def test_a_title_that_only_describes_someone_is_not_presented(facts):
    found = facts(MONTH_OF_SEASONS, kind="release")
    assert "Ballerina" not in {s.subject.name for s in found}


def test_a_channel_s_slate_for_a_year(facts):
    found = facts(
        "Harbor Lights returns for a third run, and Starfall Protocol arrives as a two-part "
        "special; both come from the team behind Tidewalk -prologue-.",
        headline="Northern channel unveils its drama slate for 2024",
        kind="release",
    )
    # The show's third run is its third season; the work the makers are known for is not on it.
    assert [(name, date) for name, date, _ in released(found)] == [
        ("Harbor Lights — Season 3", "2024"),
        ("Starfall Protocol", "2024"),
    ]


def test_a_story_about_one_title_has_no_frame(facts):
    # The headline's date is the title's own; other titles the story names get nothing.
    found = facts(
        "The shows of the season are lined up. Harbor Lights gets a new showrunner.",
        headline="'Starfall Protocol' to open in theatres on Dec 8",
        kind="release",
    )
    assert [s.subject.name for s in found] == ["Starfall Protocol"]


def test_a_title_with_its_own_date_or_a_move_keeps_the_sentence_s_reading(facts):
    found = facts(
        "July is full of new seasons of the shows you already love. "
        "Harbor Lights moves to the autumn. Starfall Protocol opens on July 21.",
        kind="release",
    )
    assert released(found) == [("Starfall Protocol", "2023-07-21", "")]


def test_a_show_moving_channel_is_presented_an_anniversary_is_not(facts):
    found = facts(
        "Harbor Lights will make its move to the main channel. "
        "Starfall Protocol celebrates its tenth anniversary with a special.",
        headline="Northern channel unveils its drama slate for 2024",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"]) for s in found] == [("Harbor Lights", "2024")]


def test_one_title_s_debut_gives_no_frame_to_the_slate_after_it(facts):
    found = facts(
        "The streamer's first Icelandic series makes its debut on Friday, the first of a slate "
        "of new shows. Harbor Lights comes back with a bigger cast.",
        kind="release",
    )
    assert "Harbor Lights" not in {s.subject.name for s in found}
