from premiere.catalog.story import Before, SameTime, story_order

# Release order: chapters 1-4 came out first, the spin-off after chapter 4.
RELEASED = {1: 0, 2: 1, 3: 2, 4: 3, 5: 4}


def test_without_constraints_story_follows_release_order():
    assert story_order(RELEASED, []).order == [1, 2, 3, 4, 5]


def test_a_spin_off_set_between_three_and_four_sits_between_them():
    said = "spin-off: set between 3 and 4"
    order = story_order(RELEASED, [Before(3, 5, said), Before(5, 4, said)])
    assert order.order == [1, 2, 3, 5, 4]
    assert order.contradictions == []


def test_a_prequel_goes_first_even_when_released_last():
    assert story_order(RELEASED, [Before(5, 1, "5 is a prequel of 1")]).order == [5, 1, 2, 3, 4]


def test_titles_at_the_same_time_share_a_group():
    order = story_order(RELEASED, [SameTime(5, 2, "5 happens during 2")])
    assert order.groups == [[1], [2, 5], [3], [4]]


def test_contradictory_placements_are_reported_and_the_rest_still_holds():
    constraints = [
        Before(3, 5, "source A: 5 after 3"),
        Before(5, 3, "source B: 5 before 3"),
        Before(1, 2, "2 is a sequel of 1"),
    ]
    order = story_order(RELEASED, constraints)
    assert order.contradictions == ["source A: 5 after 3", "source B: 5 before 3"]
    assert order.order == [1, 2, 3, 4, 5]  # the disputed pair falls back to release order


def test_a_title_after_a_contradiction_keeps_its_own_placement():
    constraints = [Before(2, 3, "x"), Before(3, 2, "y"), Before(4, 1, "4 is a prequel of 1")]
    order = story_order(RELEASED, constraints)
    assert order.contradictions == ["x", "y"]
    assert order.order.index(4) < order.order.index(1)


def test_same_time_yet_ordered_is_a_contradiction():
    order = story_order(RELEASED, [SameTime(2, 5, "same"), Before(2, 5, "before")])
    assert order.contradictions == ["before"]
