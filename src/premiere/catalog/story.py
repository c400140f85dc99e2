"""Story order: where each title sits in its fiction, derived from what sources said.

Plain Python. Constraints come from placements ("set between 3 and 4") and relations
("prequel of"); titles no constraint separates fall back to release order. A contradiction
(a cycle, or "same time" yet "before") is reported with the statements involved, never
silently dropped: those constraints are set aside and the titles keep release order.
"""

import heapq
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Before:
    """`earlier` happens before `later` in the story; `said` is the statement it came from
    (anything whose `str()` words it: it is worded only if it is reported)."""

    earlier: int
    later: int
    said: str


@dataclass(frozen=True)
class SameTime:
    a: int
    b: int
    said: str


@dataclass
class StoryOrder:
    groups: list[list[int]]  # titles at the same moment share a group
    contradictions: list[str] = field(default_factory=list)

    @property
    def order(self) -> list[int]:
        return [node for group in self.groups for node in group]


def story_order(release_rank: dict[int, int], constraints: list) -> StoryOrder:
    """Order titles by the story, using `release_rank` (0 = released first) to break ties."""
    parent = {node: node for node in release_rank}

    def find(node):
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for item in constraints:
        if isinstance(item, SameTime) and item.a in parent and item.b in parent:
            parent[find(item.a)] = find(item.b)

    members: dict[int, list[int]] = {}
    for node in sorted(release_rank, key=release_rank.get):
        members.setdefault(find(node), []).append(node)
    rank = {root: min(release_rank[n] for n in nodes) for root, nodes in members.items()}

    contradictions, edges = [], {}
    for item in constraints:
        if not isinstance(item, Before) or item.earlier not in parent or item.later not in parent:
            continue
        a, b = find(item.earlier), find(item.later)
        if a == b:
            contradictions.append(item.said)
            continue
        edges.setdefault((a, b), []).append(item.said)

    ordered = _topological(rank, set(edges))
    placed = set(ordered)
    if len(ordered) < len(rank):
        stuck = set(rank) - placed
        following: dict[int, set[int]] = {}
        for a, b in edges:
            following.setdefault(a, set()).add(b)
        # An edge is part of a cycle when its start can be reached again from its end.
        cyclic = {
            (a, b)
            for (a, b) in edges
            if a in stuck and b in stuck and a in _reachable(b, following)
        }
        contradictions.extend(said for edge in cyclic for said in edges[edge])
        ordered = _topological(rank, set(edges) - cyclic)
    return StoryOrder(
        groups=[members[root] for root in ordered],
        contradictions=sorted({str(said) for said in contradictions}),
    )


def _topological(rank: dict[int, int], edges: set[tuple[int, int]]) -> list[int]:
    """Kahn's algorithm, taking next the free title whose story reaches the earliest release.

    A title's priority is the earliest release among itself and everything set after it, so
    a prequel released last is pulled in front of the film it precedes.
    """
    incoming = {node: 0 for node in rank}
    following: dict[int, list[int]] = {node: [] for node in rank}
    for a, b in edges:
        incoming[b] += 1
        following[a].append(b)
    priority = _earliest_reachable(rank, edges)
    ready = [(priority[node], rank[node], node) for node, count in incoming.items() if count == 0]
    heapq.heapify(ready)
    ordered = []
    while ready:
        *_, node = heapq.heappop(ready)
        ordered.append(node)
        for nxt in following[node]:
            incoming[nxt] -= 1
            if incoming[nxt] == 0:
                heapq.heappush(ready, (priority[nxt], rank[nxt], nxt))
    return ordered


def _earliest_reachable(rank: dict[int, int], edges: set[tuple[int, int]]) -> dict[int, int]:
    """Return, for each node, the earliest rank among itself and every node it reaches.

    Walking back from the nodes in rank order, the first walk to reach a node gives it its
    earliest rank, and no node is visited twice: linear in the graph, where a walk forward
    from every node was quadratic (a 300-title franchise chained by sequels spent ~15 ms of
    its page there).
    """
    preceding: dict[int, list[int]] = {}
    for a, b in edges:
        preceding.setdefault(b, []).append(a)
    priority: dict[int, int] = {}
    for node in sorted(rank, key=rank.get):
        if node in priority:
            continue
        priority[node] = rank[node]
        stack = [node]
        while stack:
            for earlier in preceding.get(stack.pop(), ()):
                if earlier not in priority:
                    priority[earlier] = rank[node]
                    stack.append(earlier)
    return priority


def _reachable(start: int, following: dict[int, set[int]]) -> set[int]:
    seen, stack = set(), [start]
    while stack:
        for nxt in following.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
