import random

import pytest

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


def _naive_story_order(release_rank, edges):
    """The definition, the slow way: take next the free title whose story reaches the
    earliest release, walking forward from every title."""

    def reachable(start):
        seen, stack = set(), [start]
        while stack:
            for a, b in edges:
                if a == stack[-1] and b not in seen:
                    seen.add(b)
                    stack.append(b)
                    break
            else:
                stack.pop()
        return seen

    priority = {
        n: min([release_rank[n], *(release_rank[m] for m in reachable(n))]) for n in release_rank
    }
    placed, order = set(), []
    while len(order) < len(release_rank):
        free = [
            n
            for n in release_rank
            if n not in placed and all(a in placed for a, b in edges if b == n)
        ]
        if not free:
            break
        node = min(free, key=lambda n: (priority[n], release_rank[n], n))
        placed.add(node)
        order.append(node)
    return order


@pytest.mark.parametrize("seed", range(40))
def test_story_order_takes_the_title_reaching_the_earliest_release_first(seed):
    """Random sequels, prequels and spin-offs among up to 30 titles, no contradiction: the
    order is the one the definition gives."""
    rng = random.Random(seed)
    size = rng.randint(2, 30)
    story = list(range(size))
    rng.shuffle(story)  # the fiction's own order; releases come in another
    released = list(range(size))
    rng.shuffle(released)
    rank = {node: released.index(node) for node in story}
    edges = {
        (story[i], story[j])
        for i in range(size)
        for j in range(i + 1, size)
        if rng.random() < 2 / size
    }
    constraints = [Before(a, b, f"{a} before {b}") for a, b in sorted(edges)]
    order = story_order(rank, constraints)
    assert order.contradictions == []
    assert order.order == _naive_story_order(rank, edges)


def test_a_long_chain_of_sequels_released_backwards_is_in_story_order():
    """3,000 titles, each a prequel of the one released before it."""
    size = 3000
    rank = {node: size - 1 - node for node in range(size)}
    constraints = [Before(n, n + 1, f"{n} is a prequel of {n + 1}") for n in range(size - 1)]
    assert story_order(rank, constraints).order == list(range(size))
