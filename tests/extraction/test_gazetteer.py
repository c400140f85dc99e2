from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from premiere.extraction import Entry, Gazetteer
from premiere.extraction.gazetteer import _squeeze


def test_names_are_found_on_word_boundaries_whatever_the_case_or_accents():
    gazetteer = Gazetteer([Entry(1, "person", "Zoë Kravitz"), Entry(2, "title", "Wick")])
    found = gazetteer.mentions("ZOE KRAVITZ joins; Wickham is not Wick.")
    assert [(m.surface, m.candidates[0].id) for m in found] == [("ZOE KRAVITZ", 1), ("Wick", 2)]


def test_the_longest_name_wins_where_names_overlap():
    gazetteer = Gazetteer(
        [
            Entry(1, "title", "John Wick"),
            Entry(
                4,
                "title",
                "John Wick 4",
            ),
        ]
    )
    assert [m.surface for m in gazetteer.mentions("After John Wick 4, more")] == ["John Wick 4"]


def test_aliases_find_their_entity_and_offsets_point_into_the_original_text():
    gazetteer = Gazetteer([Entry(3, "title", "Parabellum", ("John Wick 3",))])
    text = "In  “John   Wick 3” he runs."
    [mention] = gazetteer.mentions(text)
    assert text[mention.start : mention.end] == "John   Wick 3"


def test_a_large_catalog_builds_and_matches(benchmark_size=20_000):
    entries = [Entry(i, "title", f"Title Number {i}") for i in range(benchmark_size)]
    gazetteer = Gazetteer(entries)
    found = gazetteer.mentions("We loved Title Number 19999 and Title Number 7.")
    assert [m.candidates[0].id for m in found] == [19999, 7]


def test_a_name_written_in_lower_case_is_a_word_unless_the_catalog_spells_it_so():
    gazetteer = Gazetteer([Entry(5, "title", "Ballerina"), Entry(6, "title", "mother!")])
    found = gazetteer.mentions("a ballerina, BALLERINA and Ballerina; mother! too")
    assert [m.surface for m in found] == ["BALLERINA", "Ballerina", "mother"]


def test_titles_of_a_franchise_are_indexed():
    gazetteer = Gazetteer([Entry(1, "title", "One", franchise_id=7), Entry(2, "person", "Two")])
    gazetteer.add(Entry(3, "title", "Three", franchise_id=7))
    assert [e.id for e in gazetteer.in_franchise(7)] == [1, 3]


def _squeeze_one_by_one(folded: str) -> tuple[str, list[int]]:
    squeezed, offsets, previous_space = [], [], True
    for index, ch in enumerate(folded):
        if ch == " " and previous_space:
            continue
        previous_space = ch == " "
        squeezed.append(ch)
        offsets.append(index)
    return "".join(squeezed), offsets


@given(st.text(alphabet="ab ", max_size=40))
def test_squeezing_spaces_maps_every_offset_back(folded):
    line, marks, shifts = _squeeze(folded)
    expected_line, offsets = _squeeze_one_by_one(folded)
    assert line == expected_line
    assert [i + shifts[bisect_right(marks, i) - 1] for i in range(len(line))] == offsets


def test_a_known_title_written_in_lower_case_in_prose_is_not_named():
    """Modelled on a walk-through: a review's "keep the Gullrock light in 1962" linked the
    story to the film The Gullrock Light at 90%."""
    from datetime import date

    from premiere.extraction import Document, Entry, Gazetteer, extract

    gazetteer = Gazetteer([Entry(1, "title", "The Gullrock Light", (), "film")])

    def named(body):
        found = extract(Document(body=body, published=date(2026, 12, 5)), gazetteer)
        return [s.subject.name for s in found if s.kind == "mention"]

    assert named("Orla and her son keep the Gullrock light in 1962.") == []
    assert named("Orla loves the Gullrock Light, a film about her.") == ["The Gullrock Light"]
