"""Where a title sits in its story."""


def test_story_placement_between_numbered_chapters(facts):
    [found] = facts(
        "Ballerina is great. The only reason we set it between three and four was "
        "John's free time.",
        headline="Ballerina news",
        kind="placement",
    )
    assert found.subject.name == "Ballerina"
    assert (found.value["anchor_id"], found.value["anchor_end_id"]) == (3, 4)


def test_story_placement_after_a_named_title(facts):
    [found] = facts("Ballerina takes place after John Wick 3.", kind="placement")
    assert (found.value["placement"], found.value["anchor_id"]) == ("after", 3)


def test_a_placement_anchor_is_the_longest_known_title(facts):
    [found] = facts("Ballerina takes place after John Wick: Chapter 2.", kind="placement")
    assert found.value["anchor_id"] == 2
