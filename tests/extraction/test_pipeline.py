"""What holds across every family of facts: which entity a name means, sentences that state
nothing, stable keys, and no Django."""

from datetime import date

import pytest

from premiere.core.text import markdown_emphasis, markdown_headings, markdown_text
from premiere.extraction import Document, Entry, Gazetteer, extract


def test_mentions_tell_the_franchise_from_the_film_and_the_character(facts):
    found = facts(
        "The John Wick franchise grows. Keanu Reeves returns as John Wick in John Wick 4.",
        kind="mention",
    )
    assert [(m.subject.kind, m.subject.id) for m in found] == [
        ("franchise", 1),
        ("person", 11),
        ("title", 4),
    ]


def test_as_that_compares_or_lists_names_a_title_not_a_character(facts):
    """ "the same day as Ballerina", "films such as Ballerina" lost the title (read as a role
    played, as in "returns as John Wick"); the date it shared went unread."""
    found = facts("Starfall Protocol opens July 17, the same day as Ballerina.", kind="release")
    assert [(s.subject.name, s.value["date"]) for s in found] == [
        ("Starfall Protocol", "2023-07-17"),
        ("Ballerina", "2023-07-17"),
    ]
    listed = facts("The studio has films such as Ballerina on its slate.", kind="mention")
    assert [m.subject.name for m in listed] == ["Ballerina"]


def test_negatives_yield_no_facts(facts):
    text = (
        "Critics loved the 2014 film. It may be the best action movie of the decade. "
        "Fans march on, and nobody has said when a sequel might come."
    )
    assert [s for s in facts(text) if s.kind != "mention"] == []


def test_suggestion_keys_are_stable_across_runs(facts):
    sentence = "Ballerina will be released in theaters on June 7, 2024."
    assert facts(sentence, kind="release")[0].key() == facts(sentence, kind="release")[0].key()


# Rules added with the evaluation set (bench/extraction) ------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The original John Wick still holds up.", [("title", 1)]),
        ("Keanu Reeves played John Wick for a decade.", [("person", 11)]),
        ("She trained to move like a ballerina.", []),
    ],
)
def test_which_john_wick_and_whether_a_word_is_a_name(facts, sentence, expected):
    found = facts(sentence, kind="mention")
    assert [(m.subject.kind, m.subject.id) for m in found] == expected


def test_the_extractor_runs_without_django():
    """premiere.extraction is plain Python: it imports and runs with Django made unimportable."""
    import subprocess
    import sys

    program = (
        "import sys; sys.modules['django'] = None\n"
        "from datetime import date\n"
        "from premiere.extraction import Document, Entry, Gazetteer, extract\n"
        "g = Gazetteer([Entry(1, 'title', 'Ballerina', (), 'film')])\n"
        "found = extract(Document(body='Ballerina opens on June 7, 2024.',"
        " published=date(2024, 1, 1)), g)\n"
        "print(sorted(str(s.kind) for s in found))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['mention', 'release']"


def test_a_title_set_in_italics_is_a_title_wherever_the_story_names_it():
    """Modelled on a walk-through: "the *Cinderfall Tactics* Switch 2 edition is planned for
    November" proposed nothing on a catalog that did not know the game."""
    story = Document(
        headline="Switch 2 edition planned for November",
        body="Developer Quillstone said the Cinderfall Tactics Switch 2 edition is planned for "
        "November. It is really coming.",
        published=date(2026, 12, 5),
        emphasized=("Cinderfall Tactics", "really"),
    )
    found = extract(story, Gazetteer([]))
    assert [(s.kind, s.subject.name) for s in found if s.kind != "mention"] == [
        ("new_title", "Cinderfall Tactics"),
        ("new_company", "Quillstone"),  # "Developer Quillstone said…"
        ("release", "Cinderfall Tactics"),
        ("credit", "Cinderfall Tactics"),
    ]
    without = extract(
        Document(headline=story.headline, body=story.body, published=story.published),
        Gazetteer([]),
    )
    assert not [s for s in without if s.kind == "release"]


def test_a_new_title_s_card_quotes_where_the_story_first_names_it():
    """Modelled on walk-throughs: the new film's card quoted the standfirst, which credits
    its director but never names the film; then the headline, where the text names it too."""
    story = Document(
        headline="Lanterns of Kessel Bay to premiere at Berlin",
        standfirst="Director Ottilie Brandt's thriller gets a festival bow.",
        body="Lanterns of Kessel Bay will screen at the Berlin International Film Festival on "
        "February 14, 2027.",
        published=date(2026, 12, 5),
    )
    [title] = [s for s in extract(story, Gazetteer([])) if s.kind == "new_title"]
    assert title.sentence == story.body  # the text's first naming, before the headline's


def test_a_spanish_title_in_sentence_case_set_in_italics_and_its_credits():
    """Modelled on a walk-through: "*Hilo rojo* desembarcará…" (Spanish titles capitalise
    only their first word) proposed nothing, and "de la directora …", "protagonizada por …"
    no credits."""
    body = (
        "Hilo rojo desembarcará en los cines el 22 de octubre. La película de la directora "
        "Carmela Ibarguren está protagonizada por Tomás Valdeolmos. Es una historia de amor "
        "en la ciudad de los sueños."
    )
    found = extract(
        Document(
            headline="Los estrenos de la semana",
            body=body,
            published=date(2026, 12, 5),
            emphasized=("Hilo rojo",),
        ),
        Gazetteer([]),
    )
    assert [(s.kind, s.subject.name) for s in found if s.kind == "release"] == [
        ("release", "Hilo rojo")
    ]
    assert [(s.value["role"], s.value["person"]) for s in found if s.kind == "credit"] == [
        ("director", "Carmela Ibarguren"),
        ("cast", "Tomás Valdeolmos"),
    ]


def test_a_store_the_game_is_sold_in_is_not_the_story_s_source():
    found = extract(
        Document(
            headline="Gloamrider dated",
            body="Gloamrider arrives first on PC via Steam on March 4, 2027, according to IGN.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [s.value["name"] for s in found if s.kind == "source"] == ["IGN"]


@pytest.mark.parametrize(
    "story, title, channel",
    [
        (
            "We now know when season 4 of Marrowgate arrives on Peacock. The fourth season of "
            "the legal drama will debut on June 3.",
            "Marrowgate — Season 4",
            "Peacock",
        ),
        (
            "Apple TV+ has set a date for Copperline. The show will start streaming on Sept. "
            "17, 2027.",
            "Copperline",
            "Apple TV",
        ),
    ],
)
def test_the_service_named_before_the_date_is_the_date_s(story, title, channel):
    """Modelled on a walk-through's TV brief: the service and the date in two sentences gave
    a date that asked the editor how it comes out, the service named just before."""
    known = Gazetteer(
        [
            Entry(1, "title", "Marrowgate", (), "series"),
            Entry(2, "title", "Copperline", (), "series"),
        ]
    )
    found = extract(Document(headline="TV news", body=story, published=date(2026, 12, 5)), known)
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["medium"], release.value["channel"]) == (
        title,
        "streaming",
        channel,
    )


def test_a_one_word_title_in_italics_opening_a_sentence_is_a_title():
    """Found walking the desk: "*Tidewrack* returns to Peacock for its third season." gave
    no card at all (a lone capitalised word opening a sentence is usually no title; one the
    writer set in italics is)."""
    story = Document(
        headline="Tidewrack sets its return date",
        body="Tidewrack returns to Peacock for its third season. The new season will debut on "
        "June 3.",
        published=date(2026, 12, 5),
        emphasized=("Tidewrack",),
    )
    [release] = [s for s in extract(story, Gazetteer([])) if s.kind == "release"]
    assert (release.subject.name, release.value["channel"]) == ("Tidewrack — Season 3", "Peacock")
    plain = Document(headline=story.headline, body=story.body, published=story.published)
    assert not [s for s in extract(plain, Gazetteer([])) if s.kind == "release"]


def test_a_new_title_is_the_kind_the_story_calls_it():
    """Modelled on a walk-through: a cancelled spin-off "which ran for a single season of
    eight episodes" and a show "The series opens with…" were proposed as films."""
    story = (
        "The streamer has cancelled the spin-off *Low Tide*, which ran for a single season "
        "of eight episodes. It also dated *Cartographers* for June 4, 2027. The series opens "
        "with two episodes. Next fall, her own series, *Lamplighters*, premieres."
    )
    found = extract(
        Document(
            headline="A renewal and a cancellation",
            body=story,
            published=date(2026, 12, 4),
            emphasized=("Low Tide", "Cartographers", "Lamplighters"),
        ),
        Gazetteer([]),
    )
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds == {"Low Tide": "series", "Cartographers": "series", "Lamplighters": "series"}


def test_an_acquisition_story_dates_each_market_and_credits_the_film_not_the_aside():
    """Modelled on a walk-through's acquisition story: "UK and Ireland rights … will release
    it on" gave Ireland only; a distributor named "… Releasing" and "earlier this autumn"
    before its date lost the US date; the director before an aside about her debut was
    credited on the debut; a quote paragraph broke the credits after it; the debut the news
    came after gave a festival date."""
    found = extract(
        Document(
            headline="Marrowby Pictures takes UK rights to Tin Lanterns",
            body=(
                "Marrowby Pictures has acquired UK and Ireland rights to the drama Tin Lanterns, "
                "and will release it in cinemas on March 19, 2027.\n\n"
                "The deal came after the film's premiere at the Lakeside Film Festival in "
                "September. Quayle Releasing, which bought North American rights earlier this "
                "autumn, will open the film in US theaters on February 26, 2027.\n\n"
                "Directed by Ilse Brannock, whose debut Paper Boats screened in Oslo in 2022, "
                "Tin Lanterns follows a widowed farmer.\n\n"
                '"It is funny and furious," said Marrowby\'s buyer, Ted Rinn.\n\n'
                "Brannock wrote the script with her longtime collaborator Felix Orme."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert sorted(
        (s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ) == [
        ("2027-02-26", "US", "theatrical"),
        ("2027-03-19", "GB", "theatrical"),
        ("2027-03-19", "IE", "theatrical"),
    ]
    assert {
        (s.subject.name, s.value["role"], s.value.get("person") or s.value.get("company"))
        for s in found
        if s.kind == "credit"
    } == {
        ("Tin Lanterns", "distributor", "Marrowby Pictures"),
        ("Tin Lanterns", "distributor", "Quayle Releasing"),
        ("Tin Lanterns", "director", "Ilse Brannock"),
        ("Tin Lanterns", "writer", "Ilse Brannock"),
        ("Tin Lanterns", "writer", "Felix Orme"),
    }


def test_a_studio_named_like_a_franchise_is_neither_and_a_swap_keeps_each_new_date(gazetteer):
    """Modelled on a walk-through: "Ironvale Studios" was read as the Ironvale franchise (a
    card at 90%, and its games made every new title a game), and "X, which had been set for
    August 6, moves back to October 22" lost its date: "had been set" ran over the move."""
    found = extract(
        Document(
            headline="Cinder Line moves up to August",
            standfirst="Ironvale Studios swaps the dates of two of its films.",
            body=(
                "Ironvale Studios has moved its action thriller Cinder Line up to August 6, "
                "2027, from October 22, 2027.\n\n"
                "The studio's animated comedy The Marmot Job, which had been set for August 6, "
                "moves back to October 22, 2027.\n\n"
                "Ironvale's calendar also includes a sequel due next year."
            ),
            published=date(2026, 12, 5),
        ),
        gazetteer,
    )
    assert not any(s.subject and s.subject.name == "Ironvale" for s in found)
    assert sorted(
        (s.subject.name, s.value["to"], s.value.get("from"))
        for s in found
        if s.kind == "release_move"
    ) == [
        ("Cinder Line", "2027-08-06", "2027-10-22"),
        ("The Marmot Job", "2027-10-22", "2027-08-06"),
    ]
    assert {s.value["title_kind"] for s in found if s.kind == "new_title"} == {"film"}


def test_a_game_with_an_english_title_is_one_game_dated_in_japan_then_the_world():
    """Modelled on a walk-through's staggered game launch: the romanised title was cut at
    "no", its English title became a second title (a film) holding the credits, "The English
    voice cast" became a person, and "A worldwide release follows…" gave no date."""
    found = extract(
        Document(
            headline="Hotaru no Michi: Path of Fireflies hits Japan in May, the world in June",
            body=(
                "Tsukimori Games has dated its action game Hotaru no Michi, which will be released "
                "outside Japan under the English title Path of Fireflies.\n\n"
                "The game launches in Japan on May 20, 2027 for PlayStation 5. A worldwide "
                "release follows four weeks later, on June 17, 2027, on PlayStation 5 and PC.\n\n"
                "Developed by Studio Hoshikawa, Path of Fireflies follows a wandering swordswoman."
                "\n\nThe English voice cast has not been announced."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    [title] = [s for s in found if s.kind == "new_title"]
    assert (title.value["name"], title.value["title_kind"], title.value["aliases"]) == (
        "Hotaru no Michi",
        "game",
        ["Path of Fireflies"],
    )
    assert sorted(
        (s.value["date"], s.value["region"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ) == [("2027-05-20", "JP", "PS5"), ("2027-06-17", "WW", "PC"), ("2027-06-17", "WW", "PS5")]
    assert {(s.subject.name, s.value["role"]) for s in found if s.kind == "credit"} == {
        ("Hotaru no Michi", "developer")
    }
    assert not [s for s in found if s.kind == "new_person"]


def test_a_shadow_dropped_game_is_out_the_day_of_the_story_and_its_named_dlc_dated():
    """Modelled on a walk-through: "shadow-drops on Switch 2 and PC, PS5 version later this
    year" gave every platform "2026"; the expansion the writer named in bold, then called
    "The DLC", got no date; "its long-rumored puzzle adventure" made it rumored."""
    body = (
        "Tallowlight Games revealed that its long-rumored puzzle adventure **Lantern Moth** is "
        "available now on Switch 2 and PC.\n\n"
        "The studio also announced the first paid expansion, **Lantern Moth: The Ashen Tides**, "
        "which adds a coastal district.\n\n"
        "The DLC arrives on February 18, 2027 for all platforms."
    )
    found = extract(
        Document(
            headline="'Lantern Moth' shadow-drops on Switch 2 and PC, PS5 version later this year",
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["channel"]) for s in found if s.kind == "release"
    ) == [
        ("Lantern Moth", "2026", "PS5"),
        ("Lantern Moth", "2026-12-05", "PC"),
        ("Lantern Moth", "2026-12-05", "Switch 2"),
        ("Lantern Moth: The Ashen Tides", "2027-02-18", ""),
    ]
    assert {(s.value["name"], s.value["title_kind"]) for s in found if s.kind == "new_title"} == {
        ("Lantern Moth", "game"),
        ("Lantern Moth: The Ashen Tides", "dlc"),
    }
    assert [s.value["status"] for s in found if s.kind == "status"] == ["released"]


def test_a_list_of_what_leaves_a_service_proposes_no_release():
    """Modelled on a walk-through's "leaving Netflix" list: the days titles go were proposed
    as releases and moves, and "Fans of Cobalt Sky" as a title."""
    body = (
        "- *Cobalt Sky* (2019) — leaves December 9\n- *The Marlowe House*, seasons 1–3 — leaves "
        "December 12\n\nThe biggest loss is *The Marlowe House*, streaming on Netflix since "
        "2020; all three seasons go on December 12. Fans of *Cobalt Sky*, the thriller directed "
        "by Tomasz Rybak, will want to move quickly: it leaves December 9. *Velvet Hours* "
        "disappears December 18."
    )
    found = extract(
        Document(
            headline="Everything Leaving Netflix in December 2026",
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            published=date(2026, 12, 1),
        ),
        Gazetteer([]),
    )
    assert [s for s in found if s.kind in ("release", "release_move")] == []
    assert "Fans of Cobalt Sky" not in {s.value["name"] for s in found if s.kind == "new_title"}


def test_an_anime_released_abroad_under_its_english_title_is_one_film():
    """Modelled on a walk-through: "…will release the film under its English title, X," and
    a headline's "Release as 'X'" made a second film holding the North American dates, and
    the standfirst's "after its Japanese opening" made October a Japanese date."""
    body = (
        "*Hoshi no Tegami*, the new feature from Studio Kazahana, will open in theaters across "
        "Japan on July 23, 2027.\n\nMeridian Releasing has acquired the North American rights "
        "and will release the film under its English title, *Letters From the Star Town*, in "
        "theaters in the United States and Canada on October 15, 2027."
    )
    found = extract(
        Document(
            headline="'Hoshi no Tegami' Gets US Release as 'Letters From the Star Town'",
            standfirst="Meridian will bring it to theaters in October, three months after its "
            "Japanese opening.",
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    [title] = [s for s in found if s.kind == "new_title"]
    assert (title.value["name"], title.value["aliases"]) == (
        "Hoshi no Tegami",
        ["Letters From the Star Town"],
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    ) == [
        ("Hoshi no Tegami", "2027-07-23", "JP"),
        ("Hoshi no Tegami", "2027-10-15", "CA"),
        ("Hoshi no Tegami", "2027-10-15", "US"),
    ]


def test_a_network_s_schedule_rows_are_series_on_the_air_in_its_country():
    """Modelled on a walk-through's fall schedule: "(series premiere, Sept. 20)" rows were
    films with no medium, worldwide; "(new time slot)" and a football slot got the frame's
    month as releases; "Northgate has moved it" made the studio a film."""
    body = (
        "Kestrel Network has set its fall 2027 schedule (all times Eastern).\n\n### Monday\n\n"
        "- 9 p.m. — *Blackwater County* (series premiere, Sept. 20)\n"
        "- 10 p.m. — *Fault Lines* (season 2 premiere, Sept. 27)\n\n### Wednesday\n\n"
        "- 9 p.m. — *Hollow Point PD* (new time slot)\n"
        "- 8 p.m. — *Kestrel Thursday Night Football*"
    )
    found = extract(
        Document(
            headline="Kestrel Network Unveils Its Fall Schedule",
            standfirst="Four new series join the lineup this September.",
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            headings=markdown_headings(body),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ) == [
        ("Blackwater County", "2027-09-20", "US", "tv"),
        ("Fault Lines — Season 2", "2027-09-27", "US", "tv"),
    ]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["Blackwater County"] == "series"


def test_a_studio_named_short_a_headline_s_move_and_an_italian_brief():
    """Modelled on a walk-through: "Northgate has moved it to October 2" (the story's
    Northgate Pictures) proposed a film called Northgate; a headline's "Delayed to Early 2028"
    stood beside the body's move from October 2027 as a second card; an Italian brief's
    director ("Il nuovo film di"), cast ("Protagonisti del film sono") and "nelle sale" were
    not read."""
    found = extract(
        Document(
            headline="Glass Harbor Delayed to Early 2028",
            body=(
                "Northgate Pictures has dated its slate. The heist thriller Glass Harbor had been "
                "set for October 2027, but Northgate has moved it to 2028."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["Glass Harbor"]
    assert [(s.value["to"], s.value.get("from")) for s in found if s.kind == "release_move"] == [
        ("2028-H1", "2027-10")
    ]
    found = extract(
        Document(
            headline="«La casa sul lago» uscirà nelle sale il 12 marzo",
            body=(
                "Il nuovo film di Giulia Ferranti, *La casa sul lago*, uscirà nelle sale italiane "
                "il 12 marzo, distribuito da Aurora Film. Lo ha annunciato ieri la casa di "
                "distribuzione.\n\nProtagonisti del film sono Matteo Varani e Chiara Bellandi."
            ),
            emphasized=("La casa sul lago",),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [
        (s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ] == [("2027-03-12", "IT", "theatrical")]
    assert {
        (s.value["role"], s.value.get("person") or s.value.get("company"))
        for s in found
        if s.kind == "credit"
    } == {
        ("director", "Giulia Ferranti"),
        ("distributor", "Aurora Film"),
        ("cast", "Matteo Varani"),
        ("cast", "Chiara Bellandi"),
    }


@pytest.mark.parametrize(
    "stamp",
    [
        "Published March 10, 2027 at 6:20 pm",
        "Publié le 10 mars 2027 à 14h05",
        "El 10 de marzo 2027 | 12:40",
        "Updated: March 10, 2027, 9:15 a.m. EST",
    ],
)
def test_the_page_s_own_time_stamp_in_the_copy_is_no_title_and_no_date(read_markdown, stamp):
    # modelled on pages pasted in whole: the time stamp under the headline stays in the copy,
    # set in italics as the page set it
    found = read_markdown(
        "Tin Harbour gets a date", f"*{stamp}*\n\n*Tin Harbour* opens on May 14.", date(2027, 3, 10)
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Tin Harbour", "2027-05-14")}
    assert {s.value["name"] for s in found if s.kind == "new_title"} == {"Tin Harbour"}
