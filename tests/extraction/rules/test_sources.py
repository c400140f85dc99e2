"""The outlet a story credits."""

import pytest


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Source | Collider", "Collider"),
        ("Hatten told Collider that it is ready.", "Collider"),
        ("The date is June 7, according to Variety.", "Variety"),
    ],
)
def test_source_attribution(values, facts, text, outlet):
    assert values(facts(text, kind="source"), "name") == [(outlet,)]


def test_a_source_at_the_start_of_a_sentence(values, facts):
    found = facts("According to Variety, Ballerina opens on June 7, 2024.", kind="source")
    assert values(found, "name") == [("Variety",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ballerina returns in May, according to Apple.",
        "Ballerina returns in May, according to Redstack Studios.",
    ],
)
def test_a_company_behind_the_work_is_no_outlet(facts, sentence):
    """Modelled on a walk-through: "according to Apple" was offered as the story's source."""
    assert facts(sentence, kind="source") == []
