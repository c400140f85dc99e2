"""After the rules: one card per fact, the most exact of those that say the same (a day over its
month, a platform over none)."""

from ..dates import FuzzyDate
from ..regions import WORLDWIDE
from ..suggestion import Suggestion
from .markets import LIMITED, PREMIERE, THEATRICAL


def most_exact(found: list[Suggestion]) -> list[Suggestion]:
    """Drop a release or a move that a more exact one of the same market narrows: a
    headline's "this summer" beside the body's "June 7, 2024" is one release told twice, and
    "slips to May" beside "from March 12 to May 21" one delay."""
    markets: dict[tuple, list[tuple[Suggestion, FuzzyDate]]] = {}
    for s in found:
        if s.kind in ("release", "release_move"):
            market = (
                s.subject.key,
                s.value["region"],
                s.value["medium"],
                s.value["channel"],
            )
            when = FuzzyDate.parse(s.value.get("date") or s.value["to"])
            markets.setdefault(market, []).append((s, when))
    # A date is narrowed by a more exact one of any medium: "delayed to next year" beside
    # "launches on PS5 and PC on February 10, 2023", "would launch for PC and Switch this
    # fall" beside "launches September 17". A festival premiere is a release of its own:
    # only another premiere narrows it, and it narrows no other; nor does a limited opening
    # narrow the wide one that follows it ("select theaters March 5th, before expanding
    # nationwide later in the spring").
    by_title: dict[tuple, list[tuple[FuzzyDate, str, str]]] = {}
    for (subject, region, medium, channel), releases in markets.items():
        key = (subject, region, medium == PREMIERE)
        by_title.setdefault(key, []).extend((when, medium, channel) for _, when in releases)
    # A day told without a platform that other platforms have by name ("arrives February 26,
    # Switch 2 version later in 2027" over "on PS5 and PC on February 26") is theirs: it
    # does not narrow the Switch 2's year.
    platform_days = {
        (subject, region, when)
        for (subject, region, medium, _), releases in markets.items()
        if medium == PLATFORM
        for _, when in releases
    }
    wider = {
        id(s)
        for (subject, region, medium, channel), releases in markets.items()
        for s, when in releases
        if any(
            other != when
            and when.contains(other)
            and not _apart(medium, channel, other_medium, other_channel)
            and not (
                medium == PLATFORM
                and not other_medium
                and (subject, region, other) in platform_days
            )
            for other, other_medium, other_channel in by_title[
                (subject, region, medium == PREMIERE)
            ]
        )
    }
    kept = [s for s in found if id(s) not in wider] if wider else found
    return _once(kept)


def _apart(medium: str, channel: str, other_medium: str, other_channel: str) -> bool:
    """Two releases a vaguer date of one does not merge into the other's: the wide opening
    after a limited one, and each named platform ("the Xbox port is due in H1 2027" beside
    "the PS5 version launches March 4")."""
    if medium == THEATRICAL and other_medium == LIMITED:
        return True
    return medium == other_medium == PLATFORM and channel != other_channel


PLATFORM = "platform"
CONFIDENCE_WORDS = {"rumored": 0, "reported": 1, "confirmed": 2}


def _once(found: list[Suggestion]) -> list[Suggestion]:
    """One card for one release told twice: "will return to Apple TV in fall 2027, the
    streamer announced" and "season 3 will premiere on Apple TV in fall 2027" differ only in
    how sure each sentence sounds; the surer one stands."""
    best: dict[tuple, Suggestion] = {}
    for s in found:
        if s.kind != "release":
            continue
        same = (s.subject.key, *(s.value[k] for k in ("date", "region", "medium", "channel")))
        held = best.get(same)
        if held is None or CONFIDENCE_WORDS.get(s.value["confidence"], 1) > CONFIDENCE_WORDS.get(
            held.value["confidence"], 1
        ):
            best[same] = s
    # "Lowlands Season 2 Sets Feb. 23 Launch" over "Hulu will premiere it on Feb. 23", "its
    # world premiere on January 24" over "premieres at Sundance on January 24": the release
    # the other sentence tells with where it is; the surer of the two stands.
    told: dict[tuple, list[tuple]] = {}
    for same in best:
        told.setdefault(same[:3], []).append(same)
    for group in told.values():
        for same in group:
            medium, channel = same[3:]
            fuller = next(
                (
                    other
                    for other in group
                    if other in best
                    and (not medium and other[3] or other[3] == medium and other[4] and not channel)
                ),
                None,
            )
            if fuller is not None:
                best[fuller].confidence = max(best[fuller].confidence, best[same].confidence)
                del best[same]
    # "…: January 14 on HBO" in a headline beside "on HBO in the US" in the body: the same
    # release, its country said in another sentence ("in China and on Netflix globally" in
    # one sentence is two).
    # "Ember Crown premieres on HBO in March" in a headline over "March 14 on HBO in the
    # US": that release, more exactly.
    # "Gläserne Bucht startet im März" over "kommt am 12. März in die deutschen Kinos": a
    # headline that says neither where nor how is the body's release too.
    regional: dict[tuple, list] = {}
    for same, s in best.items():
        if same[2] != WORLDWIDE:
            regional.setdefault(same[0], []).append((same[1], same[3:], s.sentence))
    for same in [same for same in best if same[2] == WORLDWIDE]:
        when = FuzzyDate.parse(same[1])
        if any(
            sentence != best[same].sentence
            and (date == same[1] or when.contains(FuzzyDate.parse(date)))
            and (market == same[3:] or not any(same[3:]))
            for date, market, sentence in regional.get(same[0], ())
        ):
            del best[same]
    chosen = {id(s) for s in best.values()}
    return [s for s in found if s.kind != "release" or id(s) in chosen]
