"""Episode schedules: a table of episodes and dates gives the show its first date."""

from datetime import date

from premiere.core.text import markdown_emphasis, markdown_text
from premiere.extraction import Document, Gazetteer, extract

SCHEDULE = """Apple TV+ has released the full episode schedule for **The Mapmakers**, its
eight-part mystery starring Idris Okafor. The series opens with two episodes.

| Episode | Date |
|---|---|
| 1. "The Blank Map" | February 5, 2027 |
| 2. "Meridian" | February 5, 2027 |
| 3. "Terra Incognita" | February 12, 2027 |

The show is created by Priya Raman, who also wrote *Lowmoor* for the BBC.
"""


def read(body: str):
    return extract(
        Document(
            headline="The Mapmakers: the full episode schedule",
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            published=date(2026, 12, 4),
        ),
        Gazetteer([]),
    )


def test_an_episode_table_dates_the_show_from_its_first_row():
    """Modelled on a walk-through: a season's schedule as a Markdown table gave no date, the
    show was proposed as a film, and its creator was credited on the other show the last
    sentence names."""
    found = read(SCHEDULE)
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"], release.value["channel"]) == (
        "The Mapmakers",
        "2027-02-05",
        "Apple TV",
    )
    assert release.confidence < 0.8  # no verb says it: the editor checks it
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["The Mapmakers"] == "series"
    assert "Blank Map" not in str(kinds) and "Meridian" not in kinds
    creators = [(s.subject.name, s.value["person"]) for s in found if s.kind == "credit"]
    assert ("The Mapmakers", "Priya Raman") in creators
    assert all(title != "Lowmoor" for title, _ in creators)


def test_a_row_still_to_be_announced_is_no_first_date():
    """Found in review: a "TBA" row raised a TypeError, failing the whole reading."""
    body = (
        "Apple TV+ has set **The Mapmakers**.\n\n| Episode | Air date |\n|---|---|\n"
        "| 1 | February 5, 2027 |\n| 2 | TBA |\n"
    )
    [release] = [s for s in read(body) if s.kind == "release"]
    assert release.value["date"] == "2027-02-05"
