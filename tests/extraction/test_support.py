from datetime import date

from premiere.extraction.dates import FuzzyDate
from premiere.extraction.support import sentence_stating

JUNE_14 = FuzzyDate.day(2025, 6, 14)
STORY = (
    "Paper Lanterns opens in American theaters on June 7.\n\n"
    "Audiences in Britain get “Paper Lanterns” a week later, on June 14, says its distributor.\n\n"
    "The director’s previous film opened on June 14, 2019."
)


def test_the_sentence_naming_the_work_and_stating_the_date_as_the_story_wrote_it():
    found = sentence_stating(
        STORY, names=("Paper Lanterns",), when=JUNE_14, published=date(2025, 3, 1)
    )
    # curly quotes and the apostrophe kept as written, not made plain
    assert found == (
        "Audiences in Britain get “Paper Lanterns” a week later, on June 14, says its distributor."
    )


def test_no_sentence_when_the_story_never_states_the_date():
    found = sentence_stating(
        STORY,
        names=("Paper Lanterns",),
        when=FuzzyDate.day(2025, 6, 21),
        published=date(2025, 3, 1),
    )
    assert found == ""


def test_an_unnamed_sentence_counts_only_when_it_is_the_one_stating_the_date():
    story = "Paper Lanterns opens on June 7.\n\nIt follows in the UK on June 14."
    assert (
        sentence_stating(story, names=("Paper Lanterns",), when=JUNE_14, published=date(2025, 3, 1))
        == "It follows in the UK on June 14."
    )
    listing = story + "\n\nJune 14 also brings Salt Road to cinemas."
    assert (
        sentence_stating(
            listing, names=("Paper Lanterns",), when=JUNE_14, published=date(2025, 3, 1)
        )
        == ""
    )


def test_a_person_put_right_is_quoted_where_the_story_names_them_with_the_work():
    story = (
        "Paper Lanterns stars Mira Okafor. "
        "Dev Rana joins Paper Lanterns as the ferryman. Dev Rana also sings."
    )
    assert (
        sentence_stating(story, names=("Paper Lanterns",), also=("Dev Rana",))
        == "Dev Rana joins Paper Lanterns as the ferryman."
    )


def test_a_day_in_figures_abroad_is_found_as_the_extractor_read_it():
    """A French story's "sortira en salles le 06/01" was read as 6 January; put right by an
    editor, the card looked for its sentence month first and found none."""
    story = (
        "Le distributeur a présenté ses films de l'hiver aux exploitants. Le thriller Le Port "
        "des brumes sortira en salles le 06/01, et la comédie Sel noir suivra le 17/02."
    )
    found = sentence_stating(
        story,
        names=("Le Port des brumes",),
        when=FuzzyDate.day(2027, 1, 6),
        published=date(2026, 12, 5),
    )
    assert found.startswith("Le thriller Le Port des brumes sortira")
