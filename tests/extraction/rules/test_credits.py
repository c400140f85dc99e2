"""Cast and crew."""

from datetime import date

import pytest

from premiere.extraction import Document, Gazetteer, extract


def test_cast_and_crew(values, facts):
    found = facts(
        "Ballerina, starring Ana de Armas and Norman Reedus, is directed by Len "
        "Wiseman. Shay Hatten, one of its screenwriters, spoke to us.",
        kind="credit",
    )
    assert values(found, "role", "person", "person_id") == [
        ("cast", "Ana de Armas", 10),
        ("cast", "Norman Reedus", 12),
        ("director", "Len Wiseman", None),
        ("writer", "Shay Hatten", None),
    ]
    assert {s.subject.name for s in found} == {"Ballerina"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chad Stahelski directed Ballerina.", [("director", "Chad Stahelski")]),
        ("Ballerina is from a script by Shay Hatten.", [("writer", "Shay Hatten")]),
        (
            "Written and directed by Len Wiseman, Ballerina is a revenge story.",
            [("writer", "Len Wiseman"), ("director", "Len Wiseman")],
        ),
        ("Ballerina has Chad Stahelski producing.", [("producer", "Chad Stahelski")]),
        ("Ballerina has Ana de Armas attached to star.", [("cast", "Ana de Armas")]),
        ("Norman Reedus has joined the cast of Ballerina.", [("cast", "Norman Reedus")]),
        ("Ballerina, with Shay Hatten writing, is moving.", [("writer", "Shay Hatten")]),
        # a company producing is the studio behind it, never a person
        ("Ironvale II, with Hollowforge Games producing, is huge.", [("studio", None)]),
        ("Ballerina directed by Len Wiseman is out.", [("director", "Len Wiseman")]),
        # Modelled on trade casting round-ups ("In development" columns)
        (
            "Ana de Armas, Dara Quill and Norman Reedus have joined the ensemble cast of "
            "Ballerina.",
            [("cast", "Ana de Armas"), ("cast", "Dara Quill"), ("cast", "Norman Reedus")],
        ),
        (
            "Ballerina has added Dara Quill and Norman Reedus to its cast.",
            [("cast", "Dara Quill"), ("cast", "Norman Reedus")],
        ),
        (
            "Dara Quill and Norman Reedus are set to star in Ballerina.",
            [("cast", "Dara Quill"), ("cast", "Norman Reedus")],
        ),
        ("Len Wiseman is set to direct Ballerina.", [("director", "Len Wiseman")]),
        ("Len Wiseman helms Ballerina for Lionsgate.", [("director", "Len Wiseman")]),
        # Modelled on walk-throughs: a festival's, a studio's director is not the film's
        (
            "Ballerina will close the festival, festival director Dara Quill said.",
            [],
        ),
        ("Ballerina is a thriller, creative director Dara Quill said.", []),
        (
            "Ballerina is the second feature from Dara Quill, who wrote and directed it.",
            [("writer", "Dara Quill"), ("director", "Dara Quill")],
        ),
        (
            "Ballerina: Dara Quill and Norman Reedus star as twins.",
            [("cast", "Dara Quill"), ("cast", "Norman Reedus")],
        ),
        # Modelled on a walk-through's Spanish and German stories
        ("Ballerina, creada por Dara Quill, vuelve.", [("creator", "Dara Quill")]),
        (
            "Ballerina, der neue Film von Regisseurin Dara Quill mit Norman Reedus in der "
            "Hauptrolle, startet im Mai.",
            [("director", "Dara Quill"), ("cast", "Norman Reedus")],
        ),
    ],
)
def test_more_credit_phrasings(values, facts, sentence, expected):
    assert sorted(values(facts(sentence, kind="credit"), "role", "person")) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, people",
    [
        (
            "Starfall Protocol, a drama starring Michael B. Jordan, opens soon.",
            ["Michael B. Jordan"],
        ),
        (
            "Starfall Protocol co-stars Mara Ellison, Jon Reyes, and Tilda Marsh.",
            ["Jon Reyes", "Mara Ellison", "Tilda Marsh"],
        ),
        (
            "Starfall Protocol, written and directed by Oscar-winning Mara Ellison, opens soon.",
            ["Mara Ellison"],
        ),
        (
            "Starfall Protocol is directed by Emmy Award-winner Jon Reyes.",
            ["Jon Reyes"],
        ),
        # A job before the name is not part of it, whichever side the verb is on.
        ("Starfall Protocol is back. Director Mara Ellison will direct.", ["Mara Ellison"]),
        ("In Starfall Protocol, star Jon Reyes will star as a pilot.", ["Jon Reyes"]),
    ],
)
def test_people_are_named_as_the_catalog_would(facts, sentence, people):
    found = facts(sentence, kind="credit")
    assert sorted({s.value["person"] for s in found}) == people


def test_a_credit_naming_no_title_is_not_the_story_s_title_from_paragraphs_away(facts):
    """Modelled on a roundup pasted whole: a credit sentence far from the story's only title
    is about something else; one that points back ("the spin-off") is about it."""
    story = (
        "Ballerina opens on June 7, 2024.\n\n"
        "The studio also shared news about other films.\n\n"
        "Rockstar Games wrote in their news update that more is coming.\n\n"
        "Denis Villeneuve directed the new cut."
    )
    assert facts(story, kind="credit") == []
    [credit] = facts(story + "\n\nThe spin-off is directed by Len Wiseman.", kind="credit")
    assert (credit.subject.name, credit.value["person"]) == ("Ballerina", "Len Wiseman")


def test_a_credit_in_the_sentence_after_a_title_is_that_title_s(facts):
    [credit] = facts(
        "Starfall Protocol is back on the slate. Chad Stahelski will direct.", kind="credit"
    )
    assert (credit.subject.name, credit.value["role"]) == ("Starfall Protocol", "director")


@pytest.mark.parametrize(
    "story, expected",
    [
        (
            "Showrunner Dana Okafor returns for the new season of Harbor Lights.",
            [("Harbor Lights", "producer", "Dana Okafor")],
        ),
        (
            "Harbor Lights returns in May, with Dana Okafor back as showrunner.",
            [("Harbor Lights", "producer", "Dana Okafor")],
        ),
        (
            "Harbor Lights is back for a third season. Dana Okafor, who created the series, "
            "returns as showrunner.",
            [
                ("Harbor Lights — Season 3", "producer", "Dana Okafor"),
                ("Harbor Lights", "creator", "Dana Okafor"),
            ],
        ),
    ],
)
def test_a_show_s_runner_and_creator(facts, story, expected):
    """Modelled on renewal stories: the showrunner was never proposed, and the one "who
    created the series" belongs to the show, not to the season the story is about."""
    found = facts(story, kind="credit")
    assert [(s.subject.name, s.value["role"], s.value["person"]) for s in found] == expected


def test_a_run_of_credits_after_the_title_s_sentence_stays_with_that_title(facts, values):
    """Modelled on a walk-through: "X and Y star as … Z directs from a script by W." after a
    sentence naming the film credited the stars but not the director and the writer."""
    found = facts(
        "Ballerina has been moved to March 10, 2028. Dara Quill and Norman Reedus star as "
        "two engineers. Len Wiseman directs from a script by Shay Hatten.",
        kind="credit",
    )
    assert values(found, "role", "person") == [
        ("cast", "Dara Quill"),
        ("cast", "Norman Reedus"),
        ("director", "Len Wiseman"),
        ("writer", "Shay Hatten"),
    ]
    assert {s.subject.name for s in found} == {"Ballerina"}


def test_the_companies_behind_a_title_are_credited_known_or_new(facts):
    """Modelled on two walk-throughs: "developed by … and published by …" and "Neon has
    bought the US rights" proposed no company at all."""
    found = facts(
        "Ironvale II is developed by Hollowforge Games and published by Halcyon Publishing. "
        "Ballerina is distributed by Vantablack Films. Neon has bought the rights to the "
        "novel series.",
    )
    credits = [
        (s.subject.name, s.value["role"], s.value["company"], s.value["company_id"])
        for s in found
        if s.kind == "credit"
    ]
    assert credits == [
        ("Ironvale II", "developer", "Hollowforge Games", 41),
        ("Ironvale II", "publisher", "Halcyon Publishing", None),
        ("Ballerina", "distributor", "Vantablack Films", None),
    ]
    assert sorted(s.value["name"] for s in found if s.kind == "new_company") == [
        "Halcyon Publishing",
        "Vantablack Films",
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Hollis Grant and Mira Okafor play siblings who inherit a farm.",
            ["Hollis Grant", "Mira Okafor"],
        ),
        ("Ana de Armas has been cast as the new captain.", ["Ana de Armas"]),
        ("Ana de Armas has been cast to play a record producer.", ["Ana de Armas"]),
        ("Ana de Armas has been cast to play Elias Varga's sister.", ["Ana de Armas"]),
        ("Keanu Reeves joins as a retired detective.", ["Keanu Reeves"]),
        (
            "Keanu Reeves is set to play the villain, and Ana de Armas voices the dragon.",
            ["Keanu Reeves", "Ana de Armas"],
        ),
        ("Ana de Armas plays in a band between shoots.", []),
        (
            "It co-stars Keanu Reeves as a flood engineer and Ana de Armas, as his sister.",
            ["Keanu Reeves", "Ana de Armas"],
        ),
        ("Ana de Armas again voices the courier Sora.", ["Ana de Armas"]),
        ("Keanu Reeves, as ever, is a fan.", []),
        ("The premise plays out over one night.", []),
    ],
)
def test_a_role_described_is_a_cast_credit(facts, sentence, expected):
    """Modelled on trailer round-ups and renewal stories: "Hollis Grant and Mira Okafor play
    siblings", "Jonah Whitfield joins as a retired detective" gave no cast credit."""
    found = facts("Starfall Protocol opens in June. " + sentence, kind="credit")
    assert [s.value["person"] for s in found] == expected
    assert all(s.subject.name == "Starfall Protocol" for s in found)


def test_an_anime_s_series_composer_writes_it(facts):
    """A walk-through's anime story: "series composer Kenji Morooka" was credited with the
    music; series composition is the head writer's job."""
    found = facts(
        "Starfall Protocol's series composer Keanu Reeves returns, with music by Ana de Armas.",
        kind="credit",
    )
    assert sorted((s.value["person"], s.value["role"]) for s in found) == [
        ("Ana de Armas", "composer"),
        ("Keanu Reeves", "writer"),
    ]


def test_a_publisher_named_first_in_its_sentence(facts):
    """A walk-through's game story: "Publisher Vantablue Interactive said…" gave no credit
    (only "developer …" in lower case was read)."""
    found = facts("Publisher Hollowforge Games said Ironvale II sold well.", kind="credit")
    assert [(s.subject.name, s.value["role"], s.value["company"]) for s in found] == [
        ("Ironvale II", "publisher", "Hollowforge Games")
    ]


def test_a_director_signed_on(facts):
    """A walk-through's casting round-up: "Gideon Achterberg has signed on to direct" gave no
    credit."""
    found = facts("Starfall Protocol is a go. Keanu Reeves has signed on to direct.", kind="credit")
    assert [(s.value["person"], s.value["role"]) for s in found] == [("Keanu Reeves", "director")]


def test_a_company_named_short_after_its_full_name_is_one_company(facts):
    """A walk-through's game story: "Publisher Quillstone said…" after "Quillstone
    Entertainment" proposed a second new company and a second credit."""
    found = facts(
        "Ironvale II is developed by Quillstone Entertainment. Publisher Quillstone said "
        "Ironvale II sold well."
    )
    assert [s.value["name"] for s in found if s.kind == "new_company"] == [
        "Quillstone Entertainment"
    ]
    assert {s.value["company"] for s in found if s.kind == "credit"} == {"Quillstone Entertainment"}


def test_a_renewal_s_cast_paragraph_credits_the_new_season(facts):
    """Modelled on a walk-through's renewal story: the cast paragraph after "join the cast"
    names no title, its credits were lost, and "produced by" a company made it a person."""
    found = facts(
        "Lanternfall returns for its third season on April 8, 2024 on Veridian+.\n\n"
        "The fantasy drama, created by showrunner Petra Halvorsen, is a hit.\n\n"
        "Three new faces join the cast for season three. Jonah Ferrante will play Casimir "
        "Vell, an exiled general; Adaeze Mbeki-Cole joins as a cartographer; and veteran "
        "stage actor Rupert Lindqvist has been cast in a recurring role as the high priest.\n\n"
        "Returning cast members include Sable Okonkwo-Hart and Emmett Drayce.\n\n"
        "Lanternfall is produced by Cobalt Harbor Television.",
        headline="Lanternfall returns in April",
    )
    credits = {
        (s.subject.name, s.value["role"], s.value.get("person") or s.value.get("company"))
        for s in found
        if s.kind == "credit"
    }
    season = "Lanternfall — Season 3"
    assert {
        ("Lanternfall", "creator", "Petra Halvorsen"),
        *((season, "cast", name) for name in ("Jonah Ferrante", "Adaeze Mbeki-Cole")),
        *((season, "cast", name) for name in ("Rupert Lindqvist", "Sable Okonkwo-Hart")),
        (season, "cast", "Emmett Drayce"),
    } <= credits
    assert any(c[1:] == ("studio", "Cobalt Harbor Television") for c in credits)
    assert [s.value["name"] for s in found if s.kind == "new_company"] == [
        "Cobalt Harbor Television"
    ]
    assert "Cobalt Harbor Television" not in {
        s.value["name"] for s in found if s.kind == "new_person"
    }
    assert not any(c[2] == "Casimir Vell" for c in credits)  # the part, not who plays it


def test_the_person_a_story_is_about_is_who_he_or_she_and_their_surname_mean(facts):
    """Modelled on two walk-throughs: an obituary's "in which he plays a retired lighthouse
    keeper" and an interview's "Kowalczyk wrote the screenplay and will direct." (the full
    name only in the headline) credited nobody."""
    found = facts(
        "Dorian Vale completed one final film. The Long Quiet, a drama directed by Tess "
        "Harrowby in which he plays a retired lighthouse keeper, opens in theaters on September "
        "10, 2024.",
        headline="Dorian Vale, character actor of the westerns, dies at 84",
        kind="credit",
    )
    assert {(s.subject.name, s.value["role"], s.value["person"]) for s in found} == {
        ("The Long Quiet", "director", "Tess Harrowby"),
        ("The Long Quiet", "cast", "Dorian Vale"),
    }
    found = facts(
        "Her next film is The Quiet Cartographer, now in development. Kowalczyk wrote the "
        "screenplay and will direct.",
        headline="Ines Kowalczyk on 'The Quiet Cartographer' and taking her time",
        kind="credit",
    )
    assert {(s.value["role"], s.value["person"]) for s in found} == {
        ("writer", "Ines Kowalczyk"),
        ("director", "Ines Kowalczyk"),
    }


def test_more_credit_shapes_from_festival_and_streaming_copy(facts):
    """Modelled on two walk-throughs: a co-creator after "created the series with", a cast
    member "new to the cast", a co-writer surname, "a documentary by", and the distributor
    that "has set the film to open" or "will also release that film"."""
    found = facts(
        "Harbor Lights returns on February 4, 2024. Showrunner Dana Okafor, who created the "
        "series with Rohan Mistry-Hale, spoke to us. New to the cast this season is Agathe "
        "Solberg.",
        kind="credit",
    )
    people = {(s.value["role"], s.value["person"]) for s in found}
    assert {("creator", "Rohan Mistry-Hale"), ("cast", "Agathe Solberg")} <= people
    found = facts(
        "Also screening is Starfall Protocol, a road comedy from first-time director Marcus "
        "Oyelaran. Quillstone Releasing has set the film to open on April 2, 2024. Oyelaran "
        "co-wrote the script with his sister, novelist Adaeze Oyelaran.\n\n"
        "Rounding out the trio is Ballerina, a documentary by Petra Malinowska. Fernhollow "
        "Pictures will also release that film, which hits theaters on May 7, 2024. Jordan "
        "Peele will release the film too.",
        kind="credit",
    )
    assert {
        (s.subject.name, s.value["role"], s.value.get("person") or s.value.get("company"))
        for s in found
    } == {
        ("Starfall Protocol", "director", "Marcus Oyelaran"),
        ("Starfall Protocol", "distributor", "Quillstone Releasing"),
        ("Starfall Protocol", "writer", "Marcus Oyelaran"),
        ("Starfall Protocol", "writer", "Adaeze Oyelaran"),
        ("Ballerina", "director", "Petra Malinowska"),
        ("Ballerina", "distributor", "Fernhollow Pictures"),
    }


def test_a_sequel_s_returning_director_is_a_person_and_a_newcomer_has_no_title(facts):
    """Modelled on a walk-through: "Tomasz Veld, who directed the first film, is returning
    to direct" made a film called Tomasz Veld that took every credit after it, and
    "Newcomer Priya Castellane" a person of that name."""
    found = facts(
        "Quicksilver Run 2 is set for a May 4, 2029 release in theaters. Tomasz Veld, who "
        "directed the first film, is returning to direct from a script by Imogen Faulkes. "
        "Newcomer Priya Castellane joins the cast as an Interpol agent.",
        headline="Quicksilver Run 2 is set",
    )
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["Quicksilver Run 2"]
    assert {
        (s.subject.name, s.value["role"], s.value["person"]) for s in found if s.kind == "credit"
    } == {
        ("Quicksilver Run 2", "director", "Tomasz Veld"),
        ("Quicksilver Run 2", "writer", "Imogen Faulkes"),
        ("Quicksilver Run 2", "cast", "Priya Castellane"),
    }


def test_a_brazilian_brief_s_market_and_cast():
    """Modelled on a walk-through's Portuguese brief: "nos cinemas brasileiros" gave a
    worldwide date, and "X interpreta a protagonista, e Y vive o irmão" no cast."""
    from datetime import date

    from premiere.extraction import Document, Gazetteer, extract

    found = extract(
        Document(
            headline="'O Verão de Iracema' estreia nos cinemas brasileiros em 12 de março",
            body=(
                "'O Verão de Iracema', novo longa da diretora Heloísa Bastos, estreia nos cinemas "
                "brasileiros em 12 de março, com distribuição da Jaguaré Filmes.\n\nO drama "
                "acompanha Iracema, uma professora que volta à cidade natal. Luana Pestana "
                "interpreta a protagonista, e Rodrigo Amaral vive o irmão."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [(s.value["date"], s.value["region"]) for s in found if s.kind == "release"] == [
        ("2027-03-12", "BR")
    ]
    assert {(s.value["role"], s.value["person"]) for s in found if s.kind == "credit"} >= {
        ("cast", "Luana Pestana"),
        ("cast", "Rodrigo Amaral"),
    }


@pytest.mark.parametrize(
    "story, expected",
    [
        # Modelled on casting news from a walk-through: who leaves is no credit, who comes in is
        (
            "Dara Quill has exited Ballerina over scheduling conflicts and will be replaced by "
            "Tilda Marsh.",
            [("cast", "Tilda Marsh")],
        ),
        (
            "Ballerina stars Jon Reyes, Mara Ellison and Dara Quill, who exited the project "
            "last month.",
            [("cast", "Jon Reyes"), ("cast", "Mara Ellison")],
        ),
        (
            "Jon Reyes, who was set to star in Ballerina, has left the project. Tilda Marsh "
            "has replaced him.",
            [("cast", "Tilda Marsh")],
        ),
        ("Tilda Marsh replaces Jon Reyes in Ballerina.", [("cast", "Tilda Marsh")]),
        (
            "Jon Reyes has dropped out of Ballerina; the role was recast with Tilda Marsh.",
            [("cast", "Tilda Marsh")],
        ),
        # the job that changes hands, said in the sentence before
        (
            "Dara Quill has stepped down as director of Ballerina. Tilda Marsh takes over.",
            [("director", "Tilda Marsh")],
        ),
        # leaving a company is a career, not a credit taken away
        (
            "Dara Quill, who exited Northlight Pictures in 2024, will direct Ballerina.",
            [("director", "Dara Quill")],
        ),
        (
            "Tilda Marsh joins a cast that includes Jon Reyes and Mara Ellison in Ballerina.",
            [("cast", "Jon Reyes"), ("cast", "Mara Ellison"), ("cast", "Tilda Marsh")],
        ),
        (
            "Dara Quill is directing Ballerina from her own script.",
            [("director", "Dara Quill"), ("writer", "Dara Quill")],
        ),
        ("In Ballerina the detective will be played by Tilda Marsh.", [("cast", "Tilda Marsh")]),
        # no one left: "steps in" alone is no casting
        ("Ballerina is late, and Tilda Marsh steps in to explain why.", []),
    ],
)
def test_casting_changes(values, facts, story, expected):
    assert sorted(values(facts(story, kind="credit"), "role", "person")) == sorted(expected)


def test_who_left_is_not_proposed_as_a_new_person(facts):
    found = facts("Dara Quill has exited Ballerina and will be replaced by Tilda Marsh.")
    assert [s.value["name"] for s in found if s.kind == "new_person"] == ["Tilda Marsh"]


@pytest.mark.parametrize(
    "story, expected",
    [
        # Modelled on a walk-through's TV stories: co-stars and returning leads were missed
        ("Ballerina is back. Tilda Marsh and Jon Reyes co-star.", ["Jon Reyes", "Tilda Marsh"]),
        ("Ballerina is back. Tilda Marsh and Jon Reyes also star.", ["Jon Reyes", "Tilda Marsh"]),
        ("Ballerina is set in Truro. Dara Quill co-stars as the detective.", ["Dara Quill"]),
        ("Ballerina starred Dara Quill as a radio host.", ["Dara Quill"]),
        (
            "Ballerina stars Dara Quill as union organiser Ruth Harlan and Tilda Marsh as mine "
            "owner Beatriz Vance.",
            ["Dara Quill", "Tilda Marsh"],
        ),
        ("Jon Reyes returns as harbor master Tom Bexley in Ballerina.", ["Jon Reyes"]),
        (
            "Ballerina will return next spring, with Dara Quill and Jon Reyes back in the lead "
            "roles.",
            ["Dara Quill", "Jon Reyes"],
        ),
        # a job, not a part; a statement, not a script
        ("Jon Reyes returns as showrunner of Ballerina.", []),
        ("Dara Quill wrote on social media that Ballerina was over.", []),
    ],
)
def test_co_stars_and_returning_leads(facts, story, expected):
    found = facts(story, kind="credit")
    assert sorted(s.value["person"] for s in found if s.value["role"] in ("cast", "writer")) == (
        expected
    )


def test_a_creator_named_before_a_return_is_no_show(facts):
    """A walk-through's standfirst "The drama from creator Delia Marchetti will return for a
    third season" proposed a series called Delia Marchetti, and its credits went to it."""
    found = facts(
        "The coastal drama from creator Dara Quill will return for a third season next spring.",
        headline="Harborlight renewed",
    )
    assert not [s for s in found if s.kind == "new_title" and "Dara Quill" in s.value["name"]]


@pytest.mark.parametrize(
    "story, expected",
    [
        # Modelled on a walk-through's game stories: the studio after "from" was never read
        (
            "Saltreach, the coastal colony builder from independent studio Furrow & Finch, will "
            "leave early access and release in full on February 24, 2027.",
            [("Saltreach", "developer", "Furrow & Finch")],
        ),
        (
            "Hollow Verge, the co-op dungeon crawler from Cinderpath Games, launches on PS5 on "
            "March 4, 2027.",
            [("Hollow Verge", "developer", "Cinderpath Games")],
        ),
        (
            "Glass Harbor, the heist thriller from Northlight Pictures, opens in theaters on "
            "March 4, 2027. It is produced by Northlight Pictures.",
            [("Glass Harbor", "studio", "Northlight Pictures")],
        ),
        # a person's film, a place's: no company
        ("Glass Harbor, a drama from Ada Brennan, opens on March 4, 2027.", []),
    ],
)
def test_who_makes_it(facts, story, expected):
    found = facts(story, kind="credit")
    assert [
        (s.subject.name, s.value["role"], s.value["company"]) for s in found if "company" in s.value
    ] == expected


def test_a_company_s_credit_stays_when_someone_leaves(facts):
    found = facts(
        "Dara Quill has exited Ballerina. Lumen Films will release Ballerina in U.S. theaters.",
        kind="credit",
    )
    assert [(s.value["role"], s.value["company"]) for s in found] == [
        ("distributor", "Lumen Films")
    ]


def test_a_casting_story_s_credits_stay_on_its_film():
    """Modelled on a walk-through: the newcomer's earlier film, "best known for …", took the
    co-stars; "produced by Oslo-based Fjordlys Film" was a person."""
    found = extract(
        Document(
            headline="Jon Reyes exits The Salt Road",
            body=(
                'Jon Reyes has exited "The Salt Road," a thriller for Lumen Films, and will be '
                'replaced by Tilda Marsh. Marsh, best known for "The Long Quiet," will now play '
                "the role opposite Dara Quill and Omar Haddad. It is produced by Oslo-based "
                "Fjordlys Film."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    credits = [s for s in found if s.kind == "credit"]
    assert {s.subject.name for s in credits} == {"The Salt Road"}
    named = sorted((s.value["role"], s.value.get("person") or s.value["company"]) for s in credits)
    assert named == [
        ("cast", "Dara Quill"),
        ("cast", "Omar Haddad"),
        ("cast", "Tilda Marsh"),
        ("studio", "Fjordlys Film"),
    ]


def test_who_will_write_and_direct_is_both(values, facts):
    found = facts("Dara Quill will write and direct Ballerina.", kind="credit")
    assert sorted(values(found, "role", "person")) == [
        ("director", "Dara Quill"),
        ("writer", "Dara Quill"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Modelled on a walk-through: "X's drama" never made X the director outside festivals
        ("Dara Quill's adventure drama Ballerina opens on May 3.", [("director", "Dara Quill")]),
        (
            'Lumen Films will release "Ballerina," Dara Quill\'s drama about sisters, on May 3.',
            [("director", "Dara Quill")],
        ),
        # a star's film by its name alone is not said to be theirs to direct
        ("Jon Reyes's Ballerina opens on May 3.", []),
    ],
)
def test_a_maker_s_possessive_with_the_work_s_kind(values, facts, sentence, expected):
    found = [s for s in facts(sentence, kind="credit") if "person" in s.value]
    assert values(found, "role", "person") == expected


def test_a_credit_is_not_the_earlier_work_named_after_someone_in_brackets():
    """Modelled on a shape study of casting news: "Directed by Sofia Lindqvist (Low Tide)
    from a script by Marcus Bell, the film stars Theo Ramsay" credited all three to Low Tide,
    Lindqvist's earlier film."""
    from datetime import date

    from premiere.extraction import Document, Entry, Gazetteer, extract

    gazetteer = Gazetteer(
        [Entry(1, "title", "Bullet Saint", (), "film"), Entry(2, "title", "Low Tide", (), "film")]
    )
    found = extract(
        Document(
            headline="Bullet Saint finds its director",
            body="Bullet Saint is a thriller set in Marseille. Directed by Sofia Lindqvist (Low "
            "Tide) from a script by Marcus Bell, the film stars Theo Ramsay.",
            published=date(2026, 12, 5),
        ),
        gazetteer,
    )
    credits = {
        (s.subject.name, s.value["person"], s.value["role"]) for s in found if s.kind == "credit"
    }
    assert credits == {
        ("Bullet Saint", "Sofia Lindqvist", "director"),
        ("Bullet Saint", "Marcus Bell", "writer"),
        ("Bullet Saint", "Theo Ramsay", "cast"),
    }


def test_a_director_named_to_a_festival_jury_is_no_credit(facts):
    found = facts(
        "Ballerina will open the festival. Director Helga Strom has been named president of "
        "the jury.",
        kind="credit",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence, credits",
    [
        (
            "He joins a cast that already includes Ada Brennan, Tomas Veld and Rhiannon Tate.",
            {("Ada Brennan", "cast"), ("Tomas Veld", "cast"), ("Rhiannon Tate", "cast")},
        ),
        ("Mira Castell has agreed to star in the film.", {("Mira Castell", "cast")}),
        ("Owen Pike will play the lead.", {("Owen Pike", "cast")}),
        (
            "Rhiannon Tate and Kofi Mensah return, joined by Lars Holm.",
            {("Rhiannon Tate", "cast"), ("Kofi Mensah", "cast"), ("Lars Holm", "cast")},
        ),
        (
            "The film is the directorial debut of Nils Ekdahl and Paz Romero.",
            {("Nils Ekdahl", "director"), ("Paz Romero", "director")},
        ),
        (
            "Writer-director Cole Amara also wrote the score.",
            {("Cole Amara", "writer"), ("Cole Amara", "director")},
        ),
        (
            "Joining the eight-episode drama are Theo Abernathy and Ruth Castellanos.",
            {("Theo Abernathy", "cast"), ("Ruth Castellanos", "cast")},
        ),
        (
            "Written by former barrister Oluwaseun Adebayo, the drama opens in May.",
            {("Oluwaseun Adebayo", "writer")},
        ),
        ("Maren Kovacs plays Edda, the harbour master's daughter.", {("Maren Kovacs", "cast")}),
        ("Starring Hesper Lund, the film follows a ferry pilot.", {("Hesper Lund", "cast")}),
        ("Kade Foster and Lucy Amadi will return.", set()),
        (
            "The six-part drama, with Dominic Ashgrove and Idris Kamau joining previously "
            "announced leads Petra Vashti and Caleb Rourke-Mills, is adapted by Oona "
            "Bright-Carver from a 2019 novel.",
            {
                ("Dominic Ashgrove", "cast"),
                ("Idris Kamau", "cast"),
                ("Petra Vashti", "cast"),
                ("Caleb Rourke-Mills", "cast"),
                ("Oona Bright-Carver", "writer"),
            },
        ),
        (
            "Ingrid Solberg (The Pale Orchard) directs all six episodes.",
            {("Ingrid Solberg", "director")},
        ),
        (
            "Executive producers are Howard Penrose and Sunita Rai.",
            {("Howard Penrose", "producer"), ("Sunita Rai", "producer")},
        ),
        (
            "Creator and star Kemi Adewale plays the lead.",
            {("Kemi Adewale", "creator"), ("Kemi Adewale", "cast")},
        ),
        (
            "Felix Oduya, Sanne de Wit and Jorge Alcazar have joined Harbor Lights.",
            {("Felix Oduya", "cast"), ("Sanne de Wit", "cast"), ("Jorge Alcazar", "cast")},
        ),
        (
            "He joins Kasia Brandt and Tomiwa Bell in the cast.",
            {("Kasia Brandt", "cast"), ("Tomiwa Bell", "cast")},
        ),
    ],
)
def test_casting_news_in_the_shapes_the_trades_write_it(sentence, credits):
    """Modelled on shape studies of casting news: each of these gave no credit, or made a
    title of someone ("Starring Hesper Lund, the film…", "Kade Foster and Lucy Amadi will
    return", whose "title" then took the next sentences' credits), or a person of "director
    Cole Amara also wrote the score"."""
    from datetime import date

    from premiere.extraction import Document, Entry, Gazetteer, extract

    found = extract(
        Document(
            headline="Casting news",
            body=f"Harbor Lights is a drama from Lumen.\n\n{sentence}",
            published=date(2026, 12, 5),
        ),
        Gazetteer([Entry(1, "title", "Harbor Lights", (), "film")]),
    )
    assert {(s.value["person"], s.value["role"]) for s in found if s.kind == "credit"} == credits
    assert {s.subject.name for s in found if s.kind == "credit"} <= {"Harbor Lights"}
    # no one is made a title; someone's earlier work, in brackets after their name, is one
    earlier = ["The Pale Orchard"] if "(The Pale Orchard)" in sentence else []
    assert [s.value["name"] for s in found if s.kind == "new_title"] == earlier


@pytest.mark.parametrize(
    "body",
    [
        # modelled on casting news: who each newcomer is, in lower case, inside the list
        "Ballerina has found its last lead. Mara Quill joins a cast that already includes "
        "Ana de Armas, newcomer Tova Lind and young breakout Remi Osei.",
        "Ballerina stars Ana de Armas. Mara Quill, Tova Lind and veteran character actor Remi "
        "Osei round out the cast.",
    ],
)
def test_a_cast_list_keeps_the_names_described_in_lower_case(facts, body):
    found = facts(body, kind="credit")
    assert {"Tova Lind", "Remi Osei"} <= {s.value["person"] for s in found}
    assert {s.subject.name for s in found} == {"Ballerina"}


def test_a_film_called_by_its_maker_s_name_as_a_saga_is_the_maker_s(facts):
    # modelled on a streamer's slate: the title, then its maker's possessive and its kind
    found = facts(
        '"Paper Kingdoms," Rafal Osten\'s black-and-white family saga, will play in cinemas '
        "from November 3, 2027.",
        kind="credit",
    )
    assert [(s.subject.name, s.value["person"], s.value["role"]) for s in found] == [
        ("Paper Kingdoms", "Rafal Osten", "director")
    ]


def test_an_anime_announcement_s_cast_rows_staff_and_theme_song(facts):
    # Modelled on an anime announcement: the opening theme in quotes is a song, not a title;
    # a cast list's rows ("Name as Part") and its staff labels are the show's; the director's
    # earlier works in brackets are not what he directs now.
    found = facts(
        'The video for Ballerina previews the opening theme "Glass Horizon" by rock band '
        "Lowlight Parade.\n\nThe newly announced cast members are:\n\n"
        "- Haruka Mizu as Tsumugi Arakawa\n- Ren Ishi as Daichi Koyanagi\n\n"
        "- Music: Yosuke Hana\n\n"
        "Keisuke Ori (Moonlit Relay, Paper Crane Brigade) is directing the anime.",
        kind="credit",
    )
    assert sorted((s.subject.name, s.value["person"], s.value["role"]) for s in found) == [
        ("Ballerina", "Haruka Mizu", "cast"),
        ("Ballerina", "Keisuke Ori", "director"),
        ("Ballerina", "Ren Ishi", "cast"),
        ("Ballerina", "Yosuke Hana", "composer"),
    ]
