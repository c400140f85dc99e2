import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from premiere.extraction import when
from premiere.extraction.when import find_dates
from premiere.extraction.writing import writing

PUBLISHED = date(2023, 6, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on June 7, 2024", "June 7, 2024"),
        ("on 7 June 2024", "June 7, 2024"),
        ("on the 7th of June", "June 7, 2023"),
        ("on 14 June", "June 14, 2023"),
        ("from 1 July with two episodes", "July 1, 2023"),
        ("on 2024-06-07", "June 7, 2024"),
        ("in June 2024", "June 2024"),
        ("next year", "2024"),
        ("later this year", "2023"),
        ("this fall", "Fall 2023"),
        ("next spring", "Spring 2024"),
        ("in Q3 2025", "Q3 2025"),
        ("in the third quarter of 2025", "Q3 2025"),
        # the halves a year is announced in: "early 2026" is no promise for all of it
        ("early 2026", "H1 2026"),
        ("in the second half of 2026", "H2 2026"),
        ("in H1 2027", "H1 2027"),
        ("its late 2026 debut", "H2 2026"),
        ("early next year", "H1 2024"),
        ("by mid-2026", "2026"),
        # seasons as French, Spanish, German, Italian and Portuguese copy name them
        ("est prévue pour l'automne 2025", "Fall 2025"),
        ("llegará en otoño de 2025", "Fall 2025"),
        ("kommt im Herbst 2025", "Fall 2025"),
        ("arriverà in primavera", "Spring 2024"),
        ("in 2027", "2027"),
        ("holiday 2025", "Q4 2025"),
        ("next month", "July 2023"),
        ("in March", "March 2024"),
        ("in August", "August 2023"),
        ("summer of 2025", "Summer 2025"),
        ("is TBA", "TBA"),
        # PUBLISHED is a Thursday: a bare day after a release word is the next one.
        ("is scheduled to open on Friday", "June 2, 2023"),
        ("it premieres Sunday at 9pm", "June 4, 2023"),
        ("Friday's mainstream openings are as follows", "June 2, 2023"),
        ("pushed into 2024", "2024"),
        ("coming out in the new year", "2024"),
        ("released on Switch in the fall of this year", "Fall 2023"),
        ("the ghost story is slated for a 2025 release", "2025"),
        ("Harbor Lights rounds out the season at the end of October", "October 2023"),
        # Figures in an order only one reading allows: a part above 12 is the day.
        ("Harbor Lights (11/24/23) closes the year", "November 24, 2023"),
        ("en salles le 24/11/2023", "November 24, 2023"),
    ],
)
def test_each_phrasing_gets_the_precision_it_carries(text, expected):
    assert [str(d.when) for d in find_dates(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        *("the 2014 film", "it may be good", "they march on", "February 30, 2024"),
        *("about 2,024 fans", "all 13 episodes", "on 31 June"),
        *("Stranger Things 5 May Be Delayed Again", "the top 10 March releases"),
        # What dates the news or names a work, not a release.
        *("it opened Friday to good reviews", "its release date was announced today"),
        *("a sequel to 1999's Harbor Lights", "the biggest game of 2025"),
        # Figures that are no date, or a date read one way in New York and another in London.
        *("a 1/2/3 split", "open 24/7/365", "Harbor Lights (4/3/24) is out"),
    ],
)
def test_things_that_are_not_release_dates(text):
    assert find_dates(text, PUBLISHED) == []


def test_a_sentence_with_two_dates_keeps_both_in_order():
    found = find_dates("pushed from March 28 to May 9", date(2024, 11, 1))
    assert [str(d.when) for d in found] == ["March 28, 2025", "May 9, 2025"]
    assert all(d.relative for d in found)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "on",
                "in",
                "from",
                "to",
                "June",
                "7",
                "7th",
                "of",
                "2024",
                ",",
                "Q3",
                "third",
                "quarter",
                "this",
                "next",
                "fall",
                "holiday",
                "season",
                "month",
                "year",
                "early",
                "TBA",
                "no release date",
                "may",
                "March",
                "the",
            ]
        ),
        max_size=12,
    ).map(" ".join),
    published=st.dates(date(2000, 1, 1), date(2060, 12, 31)),
)
def test_skipping_patterns_without_their_clues_changes_nothing(text, published):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(when, "_COMPILED", [(n, p, ()) for n, p, _ in when._COMPILED])
        patch.setattr(when, "_DIGIT", re.compile(r"."))  # every text looks like it has a clue
        every_pattern = find_dates(text, published)
    assert find_dates(text, published) == every_pattern


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le film sortira le 13 septembre.", "2023-09-13"),
        ("Il est repoussé au 1er novembre 2024.", "2024-11-01"),
        ("La película se estrenará el 7 de junio de 2024.", "2024-06-07"),
        ("Der Film startet am 5. März 2024 im Kino.", "2024-03-05"),
        # German months spelled as in English, after a day with its dot
        ("Der Film startet am 12. November im Kino.", "2023-11-12"),
        ("Der Kinostart ist der 1. August 2024.", "2024-08-01"),
        ("Il film uscirà il 12 luglio.", "2023-07-12"),
        ("A série estreia em abril do ano que vem.", "2024-04"),
        ("Le jeu arrive en juillet 2024.", "2024-07"),
        ("Die Serie kommt in diesem Jahr.", "2023"),
        ("La sortie est désormais à dater.", "TBA"),
    ],
)
def test_dates_in_the_languages_wire_copy_arrives_in(text, expected):
    assert [d.when.canonical() for d in find_dates(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Mars 5 is a good day for astronomy.",  # a French month capitalized is the planet
        "The crew lands on Mars 5 times.",
    ],
)
def test_a_month_name_of_another_language_needs_its_own_spelling(text):
    assert [d.text for d in find_dates(text, PUBLISHED) if "ma" in d.text.lower()] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "It airs June 3, 2027 in the US and the following day in the UK.",
            ["2027-06-03", "2027-06-04"],
        ),
        ("PS5 on March 31, 2027, and PC a week later.", ["2027-03-31", "2027-04-07"]),
        (
            "It airs in June and the following day is a holiday.",
            ["2023-06"],
        ),  # no day to count from
    ],
)
def test_a_day_counted_from_the_day_given_before_it(text, expected):
    assert [d.when.canonical() for d in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text", ["It has been delayed indefinitely.", "It is on hold until further notice."]
)
def test_a_release_put_off_with_no_new_date_has_none(text):
    """Modelled on delay briefs: "delayed indefinitely" gave no card (the date is gone)."""
    assert [d.when.canonical() for d in find_dates(text, PUBLISHED)] == ["TBA"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Warner Bros. has set it for a Christmas Day release.", ["2023-12-25"]),
        ("It streams on New Year's Day 2025.", ["2025-01-01"]),
        ("It streams on New Year’s Day.", ["2024-01-01"]),
    ],
)
def test_a_day_the_calendar_names(text, expected):
    """Modelled on a trade brief: "set for a Christmas Day release" gave no date."""
    assert [d.when.canonical() for d in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It opens on Thanksgiving Day.", ["2023-11-23"]),  # the fourth Thursday
        ("It opens on Thanksgiving Day 2027.", ["2027-11-25"]),
        ("It is a Thanksgiving release.", ["2023-11"]),  # they open the Wednesday before
        ("It isn't out until Labor Day weekend.", ["2023-09"]),
        ("It opens on Memorial Day 2028.", ["2028-05-29"]),  # the last Monday
        ("It airs on Labor Day.", ["2023-09-04"]),  # the first Monday
    ],
)
def test_an_american_holiday_is_its_day_or_its_month(text, expected):
    """Modelled on box-office copy: "isn't out until Memorial Day weekend" and "moved up
    from its Thanksgiving date" gave no date. A weekend around a holiday is its month."""
    assert [d.when.canonical() for d in find_dates(text, PUBLISHED)] == expected


def test_a_streaming_listing_s_label_names_the_coming_day():
    """Modelled on a weekly streaming post: "Coming to Netflix: Friday" gave no date."""
    monday = date(2026, 12, 28)
    found = find_dates("Coming to Netflix: Friday", monday)
    assert [d.when.canonical() for d in found] == ["2027-01-01"]
    assert [d.when.canonical() for d in find_dates("It comes to Max on Sunday.", monday)] == [
        "2027-01-03"
    ]
    # a day with its date is that date
    assert [d.when.canonical() for d in find_dates("Coming to Max: Friday, March 3", monday)] == [
        "2027-03-03"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It is out on Blu-ray on 10/26.", ["2023-10-26"]),
        ("The street date is 2/19.", ["2024-02-19"]),  # a day long gone: next year's
        ("Loved by 3/4 of fans, rated 4/5 stars, open 24/7.", []),
        ("It airs Thursdays on 9/8c.", []),  # an hour in each time zone
        ("It moved from 5/2 to 13/2.", ["2023-05-02"]),  # no thirteenth month
    ],
)
def test_a_day_in_american_figures_after_a_word_that_leads_to_it(text, expected):
    """Modelled on disc-release columns: "on Blu-ray, DVD, and 4K Ultra HD on 10/26, with the
    Digital release expected on 9/17" gave no date."""
    assert [d.when.canonical() for d in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le film sortira dès le 06/10 en salles.", ["2023-10-06"]),
        ("Il ne sortira plus le 10/11 mais le 12/01/2024.", ["2023-11-10", "2024-01-12"]),
        ("Présenté ce jeudi 23/09, puis *Les Rives* (03/11).", ["2023-09-23", "2023-11-03"]),
        ("Im Kino am 14.10. und ab 02.11.2023 im Stream.", ["2023-10-14", "2023-11-02"]),
        ("Note : 8/10, et (10/10) pour la musique ; vu 3/4 de la salle.", []),
        ("Le thriller (07/10) est une réussite ; le 3/4 des salles le garde.", []),
        ("Hafenkante startet ab 21.10 Uhr im ZDF.", []),  # an hour
        ("Marea Alta registró una caída del 12.5% el fin de semana.", []),
        ("Die Serie startet am 5.1. bei Netflix, der Film le 9/12.", ["2024-01-05", "2023-12-09"]),
    ],
)
def test_a_day_in_figures_reads_day_first_in_copy_abroad(text, expected):
    """Modelled on a French distributors' line-up: "dès le 06/10", "(15/12)" and "ne
    sortira plus le 10/11 mais le 12/01/2028" gave no date at all."""
    with writing(day_first=True):
        found = find_dates(text, PUBLISHED)
    assert [d.when.canonical() for d in found] == expected


def test_a_day_in_figures_stays_month_first_in_english_copy():
    """The same figures in English copy: 06/10 after "on" is June 10, and "(03/11)" alone
    is left unread."""
    found = find_dates("It opens on 06/10 and (03/11) in some markets.", PUBLISHED)
    assert [d.when.canonical() for d in found] == ["2023-06-10"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both games launch in fiscal Q2.", ["2023-Q3"]),  # July to September
        ("It slipped to fiscal Q4.", ["2024-Q1"]),  # January to March of the next year
        ("The remake is due in Q3 of fiscal 2025.", ["2024-Q4"]),
        ("FY24 Q1 brings the sequel.", ["2023-Q2"]),
        ("It is due in fiscal Q3 2025.", ["2024-Q4"]),
        ("The fiscal third quarter brings two launches.", ["2023-Q4"]),
    ],
)
def test_a_company_s_fiscal_quarter_is_the_calendar_s_it_falls_in(text, expected):
    """Modelled on an earnings-call recap: "its fiscal year 2028 started on April 1", then
    "will all launch in fiscal Q2" gave Q2 of the calendar, April to June."""
    with writing(fiscal_start=4):
        found = find_dates(text, PUBLISHED)
    assert [d.when.canonical() for d in found] == expected


def test_a_fiscal_quarter_without_the_company_s_year_is_no_date():
    """Without the story saying when the fiscal year starts, "fiscal Q2" is left unread
    rather than taken for the calendar's second quarter."""
    assert find_dates("Both games launch in fiscal Q2.", PUBLISHED) == []
    assert [d.when.canonical() for d in find_dates("It is out in Q2.", PUBLISHED)] == ["2023-Q2"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It came out on PC, PS5 and Xbox Series X|S on April 12 and sold well.", ["2023-04-12"]),
        ("The remake was a hit when it opened in theaters in April.", ["2023-04"]),
        ("The sequel comes out on April 12.", ["2024-04-12"]),  # to come: next year's
        ("The sequel opens in theaters in April.", ["2024-04"]),
        ("The film, which premiered at Cannes, arrives in theaters in April.", ["2024-04"]),
        ("It premiered on the streaming service on April 14 and was renewed.", ["2023-04-14"]),
        # another verb's day after it: to come
        (
            "Tidewater, which opened in theaters in May, begins streaming on April 9.",
            ["2023-05", "2024-04-09"],
        ),
        (
            "Its first season premiered in 2022, and the second premieres on April 9.",
            ["2022", "2024-04-09"],
        ),
    ],
)
def test_a_day_told_as_gone_by_is_the_one_before_publication(text, expected):
    """Modelled on a games-sales brief: "Vaultbreaker's Oath came out on PC, PS5 and Xbox
    Series X|S on August 12 and has since sold…", published in the autumn, gave next
    August 12."""
    assert [d.when.canonical() for d in find_dates(text, PUBLISHED)] == expected


def test_a_day_gone_by_just_before_new_year_is_not_taken_back_twice():
    """Published January 5: "came out on December 28" is the December just gone."""
    found = find_dates("It came out on PC and PS5 on December 28.", date(2027, 1, 5))
    assert [d.when.canonical() for d in found] == ["2026-12-28"]


def test_this_season_said_after_it_is_over_is_the_coming_one():
    """Modelled on a December brief: "will air this spring" gave the spring just gone."""
    december = date(2026, 12, 5)
    assert [d.when.canonical() for d in find_dates("It airs this spring.", december)] == [
        "2027-spring"
    ]
    april = date(2026, 4, 1)
    assert [d.when.canonical() for d in find_dates("It airs this spring.", april)] == [
        "2026-spring"
    ]


def test_a_season_s_debut_is_the_coming_season():
    """Modelled on renewal briefs: "set for a fall debut", "eyeing a summer release" gave no
    date."""
    december = date(2026, 12, 5)
    found = find_dates("It is set for a fall debut, not a summer release.", december)
    assert [d.when.canonical() for d in found] == ["2027-fall", "2027-summer"]
    assert find_dates("A summer of reruns.", december) == []


def test_a_day_counted_in_weeks_from_another_title_s():
    """Modelled on trade briefs: "opens July 17, a week before Paper Lions" dates Paper Lions
    (July 24); "two weeks after X" counts back."""
    found = find_dates("It opens July 17, a week before Paper Lions.", PUBLISHED)
    assert [d.when.canonical() for d in found] == ["2023-07-17", "2023-07-24"]
    found = find_dates("It opens July 17, two weeks after Paper Lions.", PUBLISHED)
    assert [d.when.canonical() for d in found] == ["2023-07-17", "2023-07-03"]
    found = find_dates("It opens July 17, a week before the holiday.", PUBLISHED)
    assert [d.when.canonical() for d in found] == ["2023-07-17"]


@pytest.mark.parametrize(
    "text, day",
    [
        # British listings: a day after its weekday, or alone in a listing's brackets
        ("The series begins Sunday 7 March at 9pm.", "2027-03-07"),
        ("Red Dust Motel (10 February)", "2027-02-10"),
        ("Love Shack Down Under (Seasons 1–3, 5 February)", "2027-02-05"),
    ],
)
def test_a_british_day_after_its_weekday_or_in_brackets(text, day):
    assert [d.when.canonical() for d in find_dates(text, date(2027, 2, 3))] == [day]


@pytest.mark.parametrize("text", ["top 10 March releases", "Stranger Things 5 May Be Delayed"])
def test_a_number_before_a_month_without_its_weekday_or_brackets_is_no_day(text):
    assert find_dates(text, date(2027, 2, 3)) == []
