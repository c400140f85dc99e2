"""The catalog side of extraction: run the extractor with the catalog's names, and say in words
what each suggestion would change in the catalog as it is now."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType

from premiere.extraction import Document, Gazetteer, Kind, Suggestion, extract
from premiere.extraction.dates import FuzzyDate
from premiere.extraction.regions import WORLDWIDE, region_name
from premiere.extraction.text import normalize_name

from .gazetteer import gazetteer_current
from .models import Claim, Release, Title


def _s(name: str) -> str:
    """The possessive: "Ballerina's", "The Lantern Keepers'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _how(medium: str, channel: str = "") -> str:
    """How a release comes out, in words: "PS5", "theatrical (limited)", "TV broadcast"."""
    if channel or medium not in Release.Medium.values:
        return channel or medium
    label = Release.Medium(medium).label
    return label if label[:2].isupper() else label[0].lower() + label[1:]


def _where(value: dict) -> str:
    """Return "theatrical, worldwide", "PS5, United Kingdom", or "worldwide" alone."""
    region = value.get("region") or WORLDWIDE
    where = "worldwide" if region == WORLDWIDE else region_name(region)
    medium = _how(value.get("medium") or "", value.get("channel") or "")
    return f"{medium}, {where}" if medium else where


class CatalogNow:
    """The releases and statuses of some titles, read once for a whole story's suggestions."""

    def __init__(self, title_ids, article_id=None):
        ids = {pk for pk in title_ids if pk is not None}
        self.releases = {
            (r.title_id, r.region, r.medium, r.channel): r
            for r in Release.objects.filter(title_id__in=ids)
        }
        self.titles = {t.pk: t for t in Title.objects.filter(pk__in=ids).only("status")}
        self.told_only_by_the_story = dated_only_by(self.releases.values(), article_id)

    def release(self, title_id, value: dict):
        key = (
            title_id,
            value.get("region") or "WW",
            value.get("medium", ""),
            value.get("channel", ""),
        )
        return self.releases.get(key)

    def releases_on(self, title_id, origin: FuzzyDate | None, region: str = WORLDWIDE) -> list:
        return on_the_old_date(
            [r for (pk, *_), r in self.releases.items() if pk == title_id], origin, region
        )


def dated_only_by(releases, article_id) -> set[int]:
    """The releases whose date stands on one story alone: that story giving another date now
    corrects itself (the release never moved)."""
    releases = [r for r in releases if not r.when.is_tba]
    if article_id is None or not releases:
        return set()
    cited = defaultdict(set)
    for release_id, cites in Claim.objects.filter(
        content_type=ContentType.objects.get_for_model(Release),
        object_id__in=[r.pk for r in releases],
        state=Claim.State.CURRENT,
    ).values_list("object_id", "article_id"):
        cited[release_id].add(cites)
    return {pk for pk, articles in cited.items() if articles == {article_id}}


def on_the_old_date(releases, origin: FuzzyDate | None, region: str = WORLDWIDE) -> list:
    """The releases a move without a medium takes along: those on its old date, or all of
    them when the story names none. A move in one country ("in the UK, it moves to…") takes
    that country's own releases, or, where it has none, the worldwide ones it saw until now:
    those become the country's own, and the worldwide date stays for everyone else."""
    releases = list(releases)
    dated = [r for r in releases if origin is None or origin.contains(r.when)]
    if not dated and origin is not None:
        # The catalog's one date vaguer than the story's old one ("TBA", "2027" where the
        # story says "delayed from May 21"): that release, told its old date on the way.
        vaguer = [r for r in releases if vaguer_than(r.when, origin)]
        dated = vaguer if len(vaguer) == 1 else []
    if region == WORLDWIDE:
        return dated
    own = [r for r in dated if r.region == region]
    if own:
        return own
    # The worldwide ones it saw, unless it has its own of that kind already (split from the
    # worldwide date by an earlier story): that one is the country's date to move.
    theirs = {(r.medium, r.channel): r for r in releases if r.region == region}
    return [theirs.get((r.medium, r.channel), r) for r in dated if r.region == WORLDWIDE]


def vaguer_than(known: FuzzyDate, origin: FuzzyDate) -> bool:
    """True when the catalog's date is vaguer than the old date a story gives ("TBA", where
    it says "delayed from May 21"): the release is told its old date before it moves."""
    return known != origin and known.contains(origin)


def _own_date(name, region, media, old, when) -> str:
    """A country's date split from the worldwide one it saw until now."""
    return (
        f"Give {name} its own {region_name(region)} {media} date, moved from {old} to {when} "
        "(the worldwide date stays)"
    )


def _told_the_old_date(name, where, known, origin, when) -> str:
    return f"Record {_s(name)} {where} date as moved from {origin} to {when} (it was {known})"


def corrects(release, origin: FuzzyDate | None, dated_only: set, kind=Kind.RELEASE_MOVE) -> bool:
    """True when a story gives another date for a release it alone dated (`dated_only`): a
    plain date, or a move that no longer starts from the story's earlier date ("moves from
    December 8 to January 22" where it had said January 15). Not a delay: a correction."""
    if release.pk not in dated_only:
        return False
    if kind == Kind.RELEASE:
        return True
    return origin is not None and not origin.contains(release.when)


def _correction(name, where, known, when) -> str:
    return (
        f"Correct {_s(name)} {where} date from {known} to {when} (only this story gave {known}: "
        "a correction, not a delay)"
    )


def _also(said: str, value: dict) -> str:
    """ " (also called Dune 3)": the story's name, kept beside the one the editor gave, and
    the other names the story gives it ("under the English title …")."""
    given = value.get("name", said)
    if value.get("existing_id"):
        return ""
    others = [said] if said and normalize_name(said) != normalize_name(given) else []
    others += [a for a in value.get("aliases", []) if normalize_name(a) != normalize_name(given)]
    return f" (also called {', '.join(others)})" if others else ""


def _a(word: str) -> str:
    """The article a word takes as said aloud: "an Xbox 360", "a United Kingdom", "an HBO",
    "an FX" (letters said one by one: "aitch", "eff")."""
    first = word[:1].lower()
    spelled = word.split(" ")[0].split(",")[0]
    if len(spelled) > 1 and spelled.isupper() and first in "fhlmnrsx":
        return "an"
    if first in "aeio" or first == "x" or (first == "u" and not word.lower().startswith("uni")):
        return "an"
    return "a"


# What a title that is part of another is to it (its parent): "a special of The Simpsons".
PART_OF = {
    Title.Kind.SEASON: "a season of",
    Title.Kind.SPECIAL: "a special of",
    Title.Kind.DLC: "a DLC for",
}


def describe(
    kind: str,
    subject: dict | None,
    value: dict,
    now: CatalogNow | None = None,
    article_id: int | None = None,
) -> str:
    """Say in words what accepting a suggestion of story `article_id` would do to the
    catalog as it is now (read for this one suggestion, or taken from `now` when describing a
    story's many)."""
    subject = subject or {}
    if (
        now is None
        and subject.get("id") is not None
        and kind in (Kind.RELEASE, Kind.RELEASE_MOVE, Kind.STATUS)
    ):
        now = CatalogNow([subject["id"]], article_id)
    name = subject.get("name", "")
    known = subject.get("id") is not None
    match kind:
        case Kind.MENTION:
            return f"Link this article to {name}"
        case Kind.NEW_TITLE:
            if value.get("parent") and value.get("title_kind") in PART_OF:
                part = PART_OF[value["title_kind"]]
                return f"Add the new title {value.get('name', name)}, {part} {value['parent']}"
            kind_of = {Title.Kind.DLC: "a DLC", Title.Kind.SPECIAL: "a special"}.get(
                value.get("title_kind"), f"a {value.get('title_kind') or 'film'}"
            )
            # (its other names are the card's: the story's own is among them when kept)
            return f"Add the new title {value.get('name', name)}, {kind_of}{_also('', value)}"
        case Kind.NEW_PERSON | Kind.NEW_COMPANY | Kind.NEW_FRANCHISE:
            noun = kind.removeprefix("new_")
            also = _also(name, value) if kind == Kind.NEW_PERSON else ""
            return f"Add the new {noun} {value.get('name', name)}{also}"
        case Kind.RELEASE_MOVE if not value.get("medium"):
            when = FuzzyDate.parse(value["to"])
            origin = FuzzyDate.parse(value["from"]) if value.get("from") else None
            region = value.get("region") or WORLDWIDE
            moved = now.releases_on(subject["id"], origin, region) if known else []
            if not moved and not known and origin:
                # a title new to the catalog has no release to move: its date, and the old one
                return f"Record {_s(name)} date as moved from {origin} to {when}"
            if not moved:
                return (
                    f"Date {name} {when}: a move, but none of its releases is on the old date; "
                    "say which it is"
                )
            if moved[0].region != region:  # the country's own, split from the worldwide date
                media = ", ".join(dict.fromkeys(_how(r.medium, r.channel) for r in moved))
                return _own_date(name, region, media, moved[0].when, when)
            if len(moved) == 1:
                release = moved[0]
                where = _where(
                    {"region": release.region, "medium": release.medium, "channel": release.channel}
                )
                if origin is not None and vaguer_than(release.when, origin):
                    return _told_the_old_date(name, where, release.when, origin, when)
                if corrects(release, origin, now.told_only_by_the_story):
                    return _correction(name, where, release.when, when)
                return f"Move {_s(name)} {where} date from {release.when} to {when}"
            if origin is not None:
                return f"Move {_s(name)} {len(moved)} releases on {origin} to {when}"
            return f"Move all {len(moved)} of {_s(name)} releases to {when}"
        case Kind.RELEASE | Kind.RELEASE_MOVE:
            when = FuzzyDate.parse(value.get("date") or value["to"])
            where = _where(value)
            current = now.release(subject["id"], value) if known else None
            region = value.get("region") or WORLDWIDE
            origin = FuzzyDate.parse(value["from"]) if value.get("from") else None
            seen = now.release(subject["id"], {**value, "region": WORLDWIDE}) if known else None
            if current is None and kind == Kind.RELEASE_MOVE and seen and region != WORLDWIDE:
                medium = _how(value.get("medium") or "", value.get("channel") or "")
                return _own_date(name, region, medium, seen.when, when)
            if current is None and kind == Kind.RELEASE_MOVE and origin:
                return f"Record {_s(name)} {where} date as moved from {origin} to {when}"
            if current is None:
                return f"Add {_a(where)} {where} release for {name}: {when}"
            if current.when == when:
                return f"Add a source for {_s(name)} {where} date ({when})"
            if kind == Kind.RELEASE_MOVE and origin and vaguer_than(current.when, origin):
                return _told_the_old_date(name, where, current.when, origin, when)
            if corrects(current, origin, now.told_only_by_the_story, kind):
                return _correction(name, where, current.when, when)
            return f"Move {_s(name)} {where} date from {current.when} to {when}"
        case Kind.STATUS:
            label = Title.Status(value["status"]).label.lower()
            if known:
                title = now.titles.get(subject["id"])
                if title and title.status == value["status"]:
                    return f"Add a source: {name} is {label}"
                if title:
                    return f"Change {name} from {title.get_status_display().lower()} to {label}"
            return f"Record {name} as {label}"
        case Kind.CREDIT:
            return (
                f"Credit {value.get('person') or value.get('company')} as {value['role']} on {name}"
            )
        case Kind.PLACEMENT:
            if value["placement"] == "between":
                return f"Place {name} between {value['anchor']} and {value['anchor_end']}"
            return f"Place {name} {value['placement'].replace('_', ' ')} {value['anchor']}"
        case Kind.SOURCE:
            return f"Credit {value['name']} as this story's source"
    return ""


# A title's life in order; a cancelled one may be revived, so cancellation stands apart.
LIFECYCLE = [
    Title.Status.RUMORED,
    Title.Status.ANNOUNCED,
    Title.Status.IN_DEVELOPMENT,
    Title.Status.PRE_PRODUCTION,
    Title.Status.FILMING,
    Title.Status.POST_PRODUCTION,
    Title.Status.RELEASED,
]


def _backwards(suggestion: Suggestion, now: CatalogNow) -> bool:
    """A status earlier in a known title's life than the catalog's ("announced" for a season
    already in pre-production): the story is behind the catalog, nothing to change."""
    if suggestion.kind != Kind.STATUS or suggestion.subject.id is None:
        return False
    title = now.titles.get(suggestion.subject.id)
    proposed = suggestion.value["status"]
    if title is None or proposed not in LIFECYCLE or title.status not in LIFECYCLE:
        return False
    return LIFECYCLE.index(proposed) < LIFECYCLE.index(title.status)


def extract_article(
    *,
    headline: str,
    standfirst: str,
    body: str,
    published,
    gazetteer: Gazetteer | None = None,
    article_id: int | None = None,
    emphasized: tuple[str, ...] = (),
    headings: tuple[str, ...] = (),
) -> list[Suggestion]:
    gazetteer = gazetteer or gazetteer_current()
    found = extract(
        Document(
            headline=headline,
            standfirst=standfirst,
            body=body,
            published=published,
            emphasized=emphasized,
            headings=headings,
        ),
        gazetteer,
    )
    now = CatalogNow(
        (s.subject.id for s in found if s.subject and s.subject.kind == "title"), article_id
    )
    found = [s for s in found if not _backwards(s, now)]
    for suggestion in found:
        if suggestion.kind.is_new_entity:
            # The near-duplicate check: "Balerina" may be the Ballerina we know.
            kind = suggestion.kind.removeprefix("new_")
            suggestion.value["similar"] = [
                {"id": e.id, "name": e.name, "subkind": e.subkind}
                for e in gazetteer.similar(suggestion.value.get("name", ""), kind)
            ]
        subject = None
        if suggestion.subject:
            subject = {"id": suggestion.subject.id, "name": suggestion.subject.name}
        suggestion.change = describe(suggestion.kind, subject, suggestion.value, now)
    return found
