import pytest

from premiere.extraction.language import language_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les distributeurs ont annoncé les dates de sortie des films dans les salles.", "fr"),
        ("Die Kinos bleiben geschlossen, und die Verleiher haben neue Termine für den Film.", "de"),
        (
            "La película se estrena en los cines el 7 de junio, y ya tiene fecha para su serie.",
            "es",
        ),
        ("Il film uscirà nelle sale il 12 luglio, e anche la serie della Rai è pronta.", "it"),
        (
            "A Netflix vai estrear a segunda temporada da série em abril, e não será a última.",
            "pt",
        ),
        # English copy that names French and Spanish works is still English.
        ("The festival opens with Les Meutes and La Sociedad de la Nieve on the same day.", "en"),
        # Titles keep their own language: capitalised words do not count.
        (
            "La productora anuncia que THE KING'S MAN llegará a los cines el 18 de septiembre "
            "y que THE LAST DUEL se estrenará más tarde.",
            "es",
        ),
        ("", "en"),
    ],
)
def test_the_language_a_story_is_written_in(text, expected):
    assert language_of(text) == expected


def test_a_short_french_brief_is_french():
    """A two-sentence French brief ("… sortira en salles le 6 mars, distribué par Pathé. Le
    réalisateur a confirmé la nouvelle, et …") counted as English: "et", "par" count now."""
    from premiere.extraction.language import language_of

    assert (
        language_of(
            "Le film sortira en salles le 6 mars 2027, distribué par Pathé. Le réalisateur a "
            "confirmé la nouvelle, et la bande-annonce est attendue bientôt."
        )
        == "fr"
    )
