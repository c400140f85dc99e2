"""Titles the catalog does not know yet, proposed from how the copy names them."""


def test_a_new_title_named_in_a_status_sentence_is_proposed(facts):
    [found] = facts("And John Wick 5 is back on the table.", kind="status")
    assert (found.subject.name, found.subject.id) == ("John Wick 5", None)


def test_a_spin_off_called_something_new_is_a_new_title(facts):
    [found] = facts(
        "The John Wick franchise will continue with a spin-off movie called "
        "Dancer in Red, starring Ana de Armas.",
        kind="new_title",
    )
    assert found.value == {
        "name": "Dancer in Red",
        "title_kind": "film",
        "franchise": "John Wick",
        "franchise_id": 1,
        "relation": "spin_off",
    }
    credits = facts(
        "The John Wick franchise will continue with a spin-off movie called "
        "Dancer in Red, starring Ana de Armas.",
        kind="credit",
    )
    assert [c.subject.name for c in credits] == ["Dancer in Red"]


def test_a_new_title_named_by_its_status_is_what_the_next_sentence_is_about(facts):
    [credit] = facts("John Wick 5 is back on the table. Chad Stahelski will direct.", kind="credit")
    assert (credit.subject.name, credit.value["person"]) == ("John Wick 5", "Chad Stahelski")
