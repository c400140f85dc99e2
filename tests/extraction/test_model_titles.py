"""The new-title cards for the titles the model spots: what they propose, and what never."""

from premiere.extraction.model_titles import MOST_MODEL_TITLES

CONFIDENT = 0.8  # the review page's "Accept all confident" takes these


def test_a_title_named_in_passing_is_proposed_for_the_editor_to_weigh(new_titles):
    """Modelled on shape studies: a work set in italics that no fact or cue names (someone's
    earlier film) was never proposed, so the catalog never heard of it."""
    [title] = new_titles(
        "A quieter film from Locarno's winner",
        "The director, whose debut *Salt Years* won at Locarno, returns with a quieter film.",
    )
    assert (title.value["name"], title.subject.id) == ("Salt Years", None)
    assert "whose debut Salt Years" in title.sentence  # the sentence that names it
    assert title.confidence < CONFIDENT  # one by one, never in "Accept all confident"


def test_a_title_abroad_in_sentence_case_is_proposed(new_titles):
    """Modelled on Italian listings copy: "la docuserie *X*, in onda sul Nove…" named a show
    no rule read, its title in sentence case with a comma inside."""
    body = (
        "Settembre porta molte novità nei palinsesti. Tra queste c'è la docuserie *Nina, "
        "l'ultima diva*, in onda sul Nove giovedì sera ma già visibile in streaming, e il "
        "ritorno di un varietà molto amato dal pubblico del sabato."
    )
    names = [s.value["name"] for s in new_titles("Le novità della tv di settembre", body)]
    assert "Nina, l'ultima diva" in names


def test_a_part_someone_plays_is_no_title(new_titles):
    titles = new_titles(
        "Casting news",
        'Mara Quill will play the bounty hunter "Saint" in *Glass Meridian*, the new series '
        "from Lumen.",
    )
    assert "Saint" not in [s.value["name"] for s in titles]


def test_a_prize_or_a_part_played_set_in_italics_is_no_title(new_titles):
    prize = new_titles(
        "Venice winners",
        "Marta Lind's *Salt Years* won the *Golden Lion* on Saturday, ahead of *The Glass "
        "Orchard*.",
    )
    assert [s.value["name"] for s in prize] == ["Salt Years", "The Glass Orchard"]
    part = new_titles(
        "Casting", "Tom Hale, who played *Detective Anna Grey* on the show, joins *Copper Saint*."
    )
    assert [s.value["name"] for s in part] == ["Copper Saint"]


def test_a_run_that_swallows_titles_set_apart_is_none_of_them(new_titles):
    """Found in review: "…following *Dune* and *Dune: Part Two*" was read as one title."""
    found = new_titles(
        "Dune dated",
        "*Dune: Part Three* opens on December 17, 2027, following *Dune* and *Dune: Part Two*.",
    )
    assert "Dune and Dune: Part Two" not in [s.value["name"] for s in found]


def test_a_story_gets_at_most_so_many_of_the_model_s_titles(new_titles):
    """Found in review: a feed's summary repeated thousands of times gave a card for each
    name in it, and each card is looked up in the catalog: a worker held for seconds."""
    names = [
        f"The {a} {n}"
        for a in ("Silent", "Copper", "Glass", "Winter", "Amber")
        for n in (
            "Harbor",
            "Orchard",
            "Crossing",
            "Lantern",
            "River",
            "Garden",
            "Station",
            "Meridian",
        )
    ]
    body = "This week's releases: " + ", ".join(f"*{name}*" for name in names) + "."
    found = new_titles("Everything out this week", body)
    assert len([s for s in found if s.confidence < CONFIDENT]) == MOST_MODEL_TITLES
