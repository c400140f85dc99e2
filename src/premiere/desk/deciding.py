"""An editor's decisions on suggested facts: accept (as suggested or edited), reject, undo.

Every caller (the review page, its JavaScript, tests, a future API) comes through here, and
the right to decide is checked here, so no caller can forget it. An accepted fact about a
story that is not live yet is held and written when the story goes out.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from premiere.catalog.extraction import PART_OF, describe, on_the_old_date
from premiere.catalog.models import Claim, Credit, Release, Title
from premiere.core.text import markdown_text
from premiere.extraction import Kind, Subject, Suggestion
from premiere.extraction.dates import FuzzyDate, InvalidDate
from premiere.extraction.regions import WORLDWIDE, is_region
from premiere.extraction.text import clean, normalize_name, sentences
from premiere.extraction.when import find_dates
from premiere.extraction.writing import reading

from .applying import (
    ON_THE_STORY,
    apply,
    check,
    known_entity,
    nothing_to_move,
    retitled,
    stated_in_story,
    story_text,
    to_tba,
    withdraw,
)
from .models import FactSuggestion

CONFIDENT = 0.8  # "Accept all confident" takes suggestions at or above this


class DecidingDenied(PermissionDenied):
    def __init__(self):
        super().__init__("Deciding suggested facts needs the right to accept them.")


class AlreadyDecided(ValidationError):
    def __init__(self):
        super().__init__("This suggestion was already decided.")


@dataclass
class Decision:
    suggestion: FactSuggestion
    verb: str  # "Accepted", "Rejected", "Undone"
    along: int = 0  # facts resting on a new title or person, rejected or undone with it
    brought: list = field(default_factory=list)  # new entities accepted (or undone) with it
    undone: str = ""  # what an undo took back, in the words it was saved with

    @property
    def held(self) -> bool:
        return self.suggestion.is_held

    @property
    def message(self) -> str:
        """Say what was saved, as saved (edits included), and when readers will see it."""
        row = self.suggestion
        if self.verb == "Accepted":
            when = " — public when the story is published" if self.held else ""
            came = "".join(f"; with it: {entity.decided_change}" for entity in self.brought)
            return f"Saved: {row.decided_change or row.change}{came}{when}."
        facts = f"{self.along} fact{'s' if self.along != 1 else ''} about it"
        if self.verb == "Rejected":
            also = f", and the {facts}" if self.along else ""
            return f"Rejected: {row.change}{also}."
        also = f", and the {facts}," if self.along else ""
        came = "".join(f"; with it: {entity.change}" for entity in self.brought)
        undone = self.undone or row.change
        plural = self.along or self.brought
        return f"Undone: {undone}{also}{came} {'are' if plural else 'is'} back in the list."


def _require_right(by) -> None:
    if by is None or not by.has_perm("desk.decide_factsuggestion"):
        raise DecidingDenied


# Checking an edited value -------------------------------------------------------------------


def _date(value: dict, name: str, errors: dict, required: bool = True) -> None:
    if not value.get(name):
        if required:
            errors[name] = "Give a date: 2024-06-07, 2024-06, 2025-Q3, 2025-summer, 2026 or TBA."
        return
    try:
        value[name] = FuzzyDate.parse_entered(str(value[name])).canonical()
    except InvalidDate as error:
        errors[name] = str(error)


def _market(value: dict, errors: dict, *, medium_required: bool) -> None:
    region = str(value.get("region") or WORLDWIDE).strip().upper()
    if not is_region(region):
        errors["region"] = "Pick a country from the list, or Worldwide."
    value["region"] = region
    medium = value.get("medium") or ""
    if medium and medium not in Release.Medium.values:
        errors["medium"] = "Pick how it is released from the list."
    elif medium_required and not medium:
        errors["medium"] = "Pick how it is released (theaters, a platform, a streaming service…)."
    value["channel"] = str(value.get("channel") or "").strip()[:60]
    if medium in (Release.Medium.PLATFORM, Release.Medium.STREAMING) and not value["channel"]:
        errors["channel"] = "Name the platform or streaming service."


def clean_value(kind: str, value: dict) -> dict:
    """Return the value an editor accepts, checked; raise ValidationError with field errors."""
    value, errors = dict(value), {}
    if "title" in value:  # the title the editor put the fact on, as typed
        value["title"] = " ".join(str(value["title"] or "").split())[:250]
    match kind:
        case Kind.RELEASE:
            _date(value, "date", errors)
            _market(value, errors, medium_required=True)
            if value.get("confidence") not in Release.Confidence.values:
                value["confidence"] = Release.Confidence.REPORTED
        case Kind.RELEASE_MOVE:
            _date(value, "to", errors)
            _date(value, "from", errors, required=False)
            _market(value, errors, medium_required=False)
        case Kind.STATUS:
            if value.get("status") not in Title.Status.values:
                errors["status"] = "Pick a status from the list."
        case Kind.CREDIT:
            if value.get("role") not in Credit.Role.values:
                errors["role"] = "Pick a role from the list."
            if "company" in value:  # a studio, publisher, developer, distributor or network
                if not str(value.get("company") or "").strip():
                    errors["company"] = "Name the company."
            elif not str(value.get("person") or "").strip():
                errors["person"] = "Name the person."
        case _ if Kind(kind).is_new_entity:
            value["name"] = " ".join(str(value.get("name") or "").split())[:250]
            if not value["name"]:
                errors["name"] = "Give the name."
            if kind == Kind.NEW_TITLE and value.get("title_kind") not in Title.Kind.values:
                errors["title_kind"] = "Pick what kind of title it is."
            if _named_as_its_parent(value):
                errors["name"] = (
                    f"A {value['title_kind']} is not its show or game: give it a name of its "
                    f"own (“{value['name']} — Season 2”)."
                )
            if isinstance(value.get("aliases"), str):  # as typed: "Path of Fireflies, PoF"
                value["aliases"] = value["aliases"].split(",")
            if "aliases" in value:  # the name itself is no other name of it, nor its show's
                names = (" ".join(str(a).split())[:250] for a in value["aliases"])
                not_its = {normalize_name(value["name"]), normalize_name(_parent_named(value))}
                value["aliases"] = list(
                    dict.fromkeys(a for a in names if a and normalize_name(a) not in not_its)
                )
            existing = value.get("existing_id")
            value["existing_id"] = int(existing) if str(existing or "").isdigit() else None
    if errors:
        raise ValidationError(errors)
    return value


def _parent_named(value: dict) -> str:
    """The show a new season or special is part of, the game a DLC is for, as named on the
    card; "" for a title that is part of none."""
    if value.get("title_kind") not in PART_OF:
        return ""
    return " ".join(str(value.get("parent") or "").split())


def _named_as_its_parent(value: dict) -> bool:
    # Both would go by one name, and the catalog would find the show for the season.
    parent = _parent_named(value)
    return bool(parent) and normalize_name(value.get("name", "")) == normalize_name(parent)


# Decisions ----------------------------------------------------------------------------------


def _locked(suggestion: FactSuggestion) -> FactSuggestion:
    return (
        FactSuggestion.objects.select_for_update().select_related("article").get(pk=suggestion.pk)
    )


def _rests_on(row: FactSuggestion, value: dict) -> list[tuple[str, str]]:
    """The new titles and people a fact is about, as (new-entity kind, name): accepting the
    fact needs them, rejecting one of them takes the fact with it."""
    subject = row.payload.get("subject") or {}
    wanted = []
    if row.kind == Kind.NEW_TITLE:
        # A new season or special of a show the story introduces too: the show comes first.
        part_of = value.get("title_kind") in PART_OF and value.get("parent")
        if part_of and not value.get("parent_id"):
            wanted.append((Kind.NEW_TITLE, normalize_name(value["parent"])))
        return wanted
    if retitled(value, subject):
        # The editor put the fact on another title: that one, if the story introduced it
        wanted.append((Kind.NEW_TITLE, normalize_name(value["title"])))
    elif subject.get("kind") == "title" and subject.get("id") is None and subject.get("name"):
        wanted.append((Kind.NEW_TITLE, normalize_name(subject["name"])))
    if row.kind == Kind.CREDIT and not value.get("person_id") and value.get("person"):
        wanted.append((Kind.NEW_PERSON, normalize_name(value["person"])))
    if row.kind == Kind.CREDIT and not value.get("company_id") and value.get("company"):
        wanted.append((Kind.NEW_COMPANY, normalize_name(value["company"])))
    return wanted


def _check_title(row: FactSuggestion) -> None:
    """A fact put on another title names one the catalog has or the story introduces: by a
    card of its own, or by its name in the story's words (a card is made for it then, to come
    along with the fact and be put right like any other)."""
    name, key = row.value["title"], normalize_name(row.value["title"])
    cards = row.article.fact_suggestions.filter(kind=Kind.NEW_TITLE)
    proposed = any(key in _names_of(card) for card in cards)
    if proposed or known_entity("title", name) is not None:
        return
    if (said := _sentence_naming(row.article, name)) is None:
        raise ValidationError(
            {
                "title": f"No title called “{name}” in the catalog, in this story's cards or in "
                "its words."
            }
        )
    _propose_title(row, name, said)


def _check_parent(row: FactSuggestion) -> None:
    """A new season's show (a special's, a DLC's game) named on its card is one the catalog
    has or the story introduces, as a title put on a fact is: a show the story names and no
    card proposes gets a card, to come along first, as a show the reading proposed does. One
    the story does not name either is refused when the card is checked."""
    value, name = row.value, _parent_named(row.value)
    if not name or value.get("parent_id"):
        return
    key = normalize_name(name)
    cards = row.article.fact_suggestions.filter(kind=Kind.NEW_TITLE).exclude(pk=row.pk)
    if any(key in _names_of(card) for card in cards) or known_entity("title", name):
        return
    if (said := _sentence_naming(row.article, name)) is not None:
        _propose_title(row, name, said, kind=PARENT_KIND[value["title_kind"]])


def _sentence_naming(article, name: str) -> str | None:
    """The story's first sentence that names `name` as written (capitals and all)."""
    pattern = re.compile(rf"(?<![\w]){re.escape(' '.join(name.split()))}(?![\w])")
    said = sentences(clean(story_text(article)))
    return next((sentence.text for sentence in said if pattern.search(sentence.text)), None)


# What a title the editor named for a fact is, by how the fact comes out.
KIND_BY_MEDIUM = {"platform": "game", "tv": "series", "streaming": "series"}
# What a title the editor named as a new title's parent is, by what that one is part of it.
PARENT_KIND = {
    Title.Kind.SEASON: Title.Kind.SERIES,
    Title.Kind.SPECIAL: Title.Kind.SERIES,
    Title.Kind.DLC: Title.Kind.GAME,
}


def _propose_title(row: FactSuggestion, name: str, sentence: str, kind: str = "") -> FactSuggestion:
    """A new-title card for a title the story names and the reading missed: "The Ferryman's
    Daughter, directed by Colm Healy, …" once the editor puts the credit on it, or the show
    of a card the editor made its season."""
    kind = kind or KIND_BY_MEDIUM.get((row.value or {}).get("medium", ""), "film")
    found = Suggestion(
        Kind.NEW_TITLE,
        Subject(kind="title", name=name, subkind=kind),
        {"name": name, "title_kind": kind},
        sentence,
        0.5,
    )
    found.change = describe(
        found.kind, found.as_dict()["subject"], found.value, article_id=row.article_id
    )
    return FactSuggestion.objects.get_or_create(
        article=row.article, key=found.key()[:500], defaults=FactSuggestion.columns_for(found)
    )[0]


def other_names_offered(row: FactSuggestion) -> list[str]:
    """A new title's other names as its card's field offers them: the name the story used
    (kept beside a name the editor gives it, so the next story saying it finds the title;
    taken out of the field when it was a misreading) and the others the story gave ("under
    the English title …"). A card undone offers the ones the editor had left."""
    value = row.payload.get("value", {})
    if "as_read" in row.payload:
        return list(value.get("aliases") or [])
    said = (row.payload.get("subject") or {}).get("name", "")
    return list(dict.fromkeys(a for a in [said, *value.get("aliases", [])] if a))


def _other_names(row: FactSuggestion) -> list[str]:
    """A new title's other names, as the editor left them (or as read)."""
    return (row.value or row.payload.get("value") or {}).get("aliases") or []


def _names_of(row: FactSuggestion) -> set[str]:
    """A new title card's names, normalized: as suggested, as the editor renamed it, and its
    other names."""
    given = (row.value or {}).get("name", "")
    return {_suggested_name(row), *map(normalize_name, [given, *_other_names(row)])} - {""}


def _suggested_name(row: FactSuggestion) -> str:
    return normalize_name(row.payload.get("value", {}).get("name", ""))


def _entities_under(row: FactSuggestion, value: dict) -> list[FactSuggestion]:
    """The new-entity suggestions of the story that a fact rests on, whatever their state."""
    wanted = _rests_on(row, value)
    if not wanted:
        return []
    rows = row.article.fact_suggestions.filter(kind__in=[kind for kind, _ in wanted])
    return [other for other in rows if (other.kind, _suggested_name(other)) in wanted]


def _facts_resting_on(
    entity: FactSuggestion, states, *, new_entities: bool = False
) -> list[FactSuggestion]:
    """The story's suggestions in `states` that rest on a new title or person: its facts,
    and with `new_entities` the new titles under it too (a season under its show)."""
    wanted = (entity.kind, _suggested_name(entity))
    rows = entity.article.fact_suggestions.filter(state__in=states).exclude(pk=entity.pk)
    if not new_entities:
        rows = rows.exclude(kind__in=[str(kind) for kind in Kind if kind.is_new_entity])
    return [
        row
        for row in rows
        if wanted in _rests_on(row, {**row.payload.get("value", {}), **(row.value or {})})
    ]


def _accept_new_entities_first(row: FactSuggestion, by, brought: list) -> list[FactSuggestion]:
    """A fact about a title or person the catalog does not know yet takes its new-entity
    suggestion with it: the editor accepts the fact, the entity comes along. One the editor
    rejected stops the fact: it would bring the entity back unseen. Return the accepted
    entities the fact rests on."""
    accepted = []
    for entity in _entities_under(row, row.value):
        if entity.state == FactSuggestion.State.REJECTED:
            raise ValidationError(
                f"“{entity.change}” was rejected, and this fact is about it: undo that "
                "rejection first, or reject this fact too."
            )
        if entity.state == FactSuggestion.State.PENDING:
            entity = _accept(entity, by, {}, brought)
            # (an Undo of the fact takes it back too, unless another fact rests on it then)
            entity.payload = {**entity.payload, CAME_WITH: row.pk}
            entity.save(update_fields=["payload"])
            brought.append(entity)
        accepted.append(entity)
    return accepted


CAME_WITH = "came_with"  # on a new title or person accepted along with a fact: that fact


def _brought_by(row: FactSuggestion) -> list[FactSuggestion]:
    """The new entities a fact rests on that came along with a fact (not accepted on their
    own) and that nothing else accepted rests on now: an Undo of the fact puts them back in
    the list with it, whichever fact brought them."""
    return [
        entity
        for entity in _entities_under(row, row.value)
        if entity.state == FactSuggestion.State.ACCEPTED
        and entity.payload.get(CAME_WITH)
        # (nothing else accepted rests on it: a fact, or a second season under the show)
        and not [
            other
            for other in _facts_resting_on(
                entity, [FactSuggestion.State.ACCEPTED], new_entities=True
            )
            if other.pk != row.pk
        ]
    ]


def _as_named(row: FactSuggestion, entities: list[FactSuggestion]) -> tuple[dict, dict]:
    """The fact's subject and value with the names the editor gave its new title or person
    ("News Tower" for the suggested "News Tower 1.0"), as the catalog will have them."""
    subject, value = dict(row.payload.get("subject") or {}), dict(row.value)
    if retitled(value, subject):
        subject = {"kind": "title", "name": value.pop("title")}
    value.pop("title", None)
    for entity in entities:
        name = entity.value.get("name")
        if name and entity.kind == Kind.NEW_TITLE:
            subject["name"] = name
        elif name and entity.kind == Kind.NEW_PERSON:
            value["person"] = name
        elif name and entity.kind == Kind.NEW_COMPANY:
            value["company"] = name
    return subject, value


def _reject(row: FactSuggestion, by) -> None:
    if row.applied_at is not None:
        withdraw(row)
    row.state = FactSuggestion.State.REJECTED
    row.decided_by, row.decided_at = by, timezone.now()


def _back_to_pending(row: FactSuggestion) -> None:
    if row.applied_at is not None:
        withdraw(row)
    if row.state == FactSuggestion.State.ACCEPTED and row.value:
        # Back in the list as the editor last had it: a name they corrected, a region they
        # picked stay on the card (a later reading of the story proposes afresh).
        said = row.payload.get("value", {})
        row.payload = {
            **row.payload,
            "value": {**said, **row.value},
            "as_read": row.payload.get("as_read") or said,  # the story's words, still decided
        }
        row.change = row.decided_change or row.change
    row.state = FactSuggestion.State.PENDING
    row.value, row.decided_change, row.problem, row.outcome = {}, "", "", {}
    row.decided_by = row.decided_at = None
    row.save()


def _accept(row: FactSuggestion, by, edits: dict, brought: list | None = None) -> FactSuggestion:
    brought = [] if brought is None else brought
    row = _locked(row)
    if row.state != FactSuggestion.State.PENDING:
        raise AlreadyDecided
    if CAME_WITH in row.payload:  # accepted on its own now, not along with a fact
        row.payload = {k: v for k, v in row.payload.items() if k != CAME_WITH}
    if not still_said(row, story_words(row.article)):
        raise ValidationError(
            "The story no longer says this: it was read from words since edited away. Reject "
            "it, or put the words back and look for facts again."
        )
    said = dict(row.payload.get("value", {}))
    if row.kind == Kind.NEW_TITLE:
        # Its other names are the field's, as the editor leaves it: what the message says
        # and the title gets, no name added or dropped behind their back.
        said["aliases"] = other_names_offered(row)
    row.value = clean_value(row.kind, {**said, **edits})
    if retitled(row.value, row.payload.get("subject") or {}):
        _check_title(row)
    if row.kind == Kind.NEW_TITLE:
        _check_parent(row)
    entities = _accept_new_entities_first(row, by, brought)
    if Kind(row.kind).is_new_entity:
        entities = []  # what it rests on (a season's show) does not name it
    row.state = FactSuggestion.State.ACCEPTED
    row.decided_change = describe(row.kind, *_as_named(row, entities), article_id=row.article_id)[
        :300
    ]
    row.decided_by, row.decided_at = by, timezone.now()
    row.save()
    if row.article.is_live or row.kind in ON_THE_STORY:
        apply(row, by)
    else:
        check(row)
    return row


def suggestion_accept(*, suggestion: FactSuggestion, by, edits: dict | None = None) -> Decision:
    """Accept a suggestion, as suggested or with the editor's edits.

    On a live story the fact is written to the catalog at once; on a draft or a scheduled
    story it is held, shown to staff as pending publication, and written when the story goes
    out. A bad edit raises ValidationError with field errors and changes nothing.
    """
    _require_right(by)
    brought = []
    with transaction.atomic():
        row = _accept(suggestion, by, edits or {}, brought)
    return Decision(row, "Accepted", brought=brought)


def suggestion_reject(*, suggestion: FactSuggestion, by) -> Decision:
    """Reject a suggestion; it will not be proposed again for this article. Rejecting a new
    title or person rejects the facts about it too (accepted ones are taken back): they
    would otherwise bring it into the catalog after all."""
    _require_right(by)
    with transaction.atomic():
        row = _locked(suggestion)
        if row.state != FactSuggestion.State.PENDING:
            raise AlreadyDecided
        along = []
        if Kind(row.kind).is_new_entity:
            states = [FactSuggestion.State.PENDING, FactSuggestion.State.ACCEPTED]
            for fact in _facts_resting_on(row, states):
                fact = _locked(fact)
                _reject(fact, by)
                fact.save()
                along.append(fact.pk)
        _reject(row, by)
        row.outcome = {"rejected_with": along} if along else {}
        row.save(update_fields=["state", "decided_by", "decided_at", "outcome"])
    return Decision(row, "Rejected", len(along))


def suggestion_undo(*, suggestion: FactSuggestion, by) -> Decision:
    """Put a decided suggestion back in the list; an accepted fact already written to the
    catalog is withdrawn (its claims, and what it created if nothing else rests on it).
    Undoing a new title or person puts back the facts decided with it: accepted ones would
    create it anyway, rejected ones went with its rejection."""
    _require_right(by)
    with transaction.atomic():
        row = _locked(suggestion)
        if row.state == FactSuggestion.State.PENDING:
            raise ValidationError("This suggestion has not been decided.")
        along = []
        if Kind(row.kind).is_new_entity:
            if row.state == FactSuggestion.State.ACCEPTED:
                along = _facts_resting_on(row, [FactSuggestion.State.ACCEPTED])
            else:
                ids = (row.outcome or {}).get("rejected_with", [])
                along = list(
                    row.article.fact_suggestions.filter(
                        pk__in=ids, state=FactSuggestion.State.REJECTED
                    )
                )
            for fact in along:
                _back_to_pending(_locked(fact))
        brought = _brought_by(row) if row.state == FactSuggestion.State.ACCEPTED else []
        undone = row.decided_change or row.change
        _back_to_pending(row)
        for entity in brought:  # after the fact: its claims go first, then what it made
            _back_to_pending(_locked(entity))
    return Decision(row, "Undone", len(along), brought=brought, undone=undone)


def needs(row: FactSuggestion) -> str:
    """What a card lacks before Accept can save it, said before the editor presses it."""
    value = row.payload.get("value", {})
    new_title = (row.payload.get("subject") or {}).get("id") is None
    moves_new = row.kind == Kind.RELEASE_MOVE and new_title
    unmoved = row.kind == Kind.RELEASE_MOVE and not value.get("medium")
    if unmoved and to_tba(value) and (moves_new or not _on_the_old_date(row)):
        return nothing_to_move(row.subject_label, value)  # "pulled from the schedule"
    if (row.kind == Kind.RELEASE or moves_new) and not value.get("medium"):
        # (a move of a title new to the catalog: no release to move, one to record)
        return "Say how it is released (theaters, a platform, a service…) before accepting."
    if unmoved and not _on_the_old_date(row):
        return "No release is on the old date: say which release moves before accepting."
    return ""


def _on_the_old_date(row: FactSuggestion) -> bool:
    """True when a move that names no medium has releases to take along."""
    subject, value = row.payload.get("subject") or {}, row.payload.get("value", {})
    if subject.get("id") is None:
        return False
    try:
        origin = FuzzyDate.parse(value["from"]) if value.get("from") else None
    except InvalidDate:
        return False
    releases = Release.objects.filter(title_id=subject["id"])
    return bool(on_the_old_date(releases, origin, value.get("region") or WORLDWIDE))


def _plain(text: str) -> str:
    """Spaces evened out and quotes made plain: a card read before the desk kept the story's
    « » and “ ” quoted the rules' straight ones."""
    return " ".join(clean(text).split())


_DIGITS = re.compile(r"\d+")


def without_numbers(words: str) -> str:
    """Words as a credit's or a status's sentence counts them: its numbers aside."""
    return _DIGITS.sub("#", words)


_without_numbers = lru_cache(maxsize=8)(without_numbers)  # the story's words, once a page


def story_words(article) -> str:
    """The story's words as the desk reads them, spaces evened out and case folded (and as
    written: facts read before the desk read Markdown quote it with its marks)."""
    return _words_of(article.headline, article.standfirst, article.body)


@lru_cache(maxsize=4)
def _words_of(headline: str, standfirst: str, body: str) -> str:
    # Read once for a page's cards or an "Accept all"'s decisions, not once for each.
    return _plain(" ".join([headline, standfirst, markdown_text(body), body])).casefold()


def still_said(row: FactSuggestion, words: str) -> bool:
    """True while the story still says what a suggestion was read from: its sentence, or
    for a new title or person its name. After an edit ("now opens on February 19") an
    accepted fact is to be checked, and a card from the old text is not to be accepted; a
    credit read from a sentence whose date alone changed still stands."""
    said = row.payload.get("value") or {}
    parts = [part for part in row.sentence.split("\n") if part.strip()]
    if Kind(row.kind).is_new_entity:
        name = (row.payload.get("subject") or {}).get("name", "")
        if said.get("title_kind") == "season" and said.get("parent"):
            name = said["parent"]  # "Saltmarsh — Season 3" is the catalog's name, not the story's
        if _plain(name).casefold() in words:
            return True
        # A name the story does not spell out as read ("Brass Hollow (season 2): Friday"
        # read as "Brass Hollow: Friday", to be put right on the card): its sentence, then.
    if row.kind not in (Kind.RELEASE, Kind.RELEASE_MOVE):
        # A credit or a status read from a sentence whose date alone changed ("…, from
        # director X, opens on 15 … 22 January"): its numbers aside, the same words.
        words = _without_numbers(words)
        parts = [without_numbers(part) for part in parts]
    present = all(_plain(part).casefold() in words for part in parts)
    if present and row.kind == Kind.RELEASE:
        return _still_dated(row)
    return present or _date_stated(row)


def _still_dated(row: FactSuggestion) -> bool:
    """Whether the card's sentence, read on the story's day of publication, still gives the
    card's date: "opens Friday" read in a draft on December 5 is December 11, but the story
    scheduled for December 16 says December 18. A draft has no day yet: its cards stand."""
    article, when = row.article, _card_date(row)
    if article.publish_at is None or when is None:
        return True

    def dates_on(day) -> list:
        return [d.when for part in row.sentence.split("\n") for d in find_dates(part, day)]

    # Only a date the sentence gave when the card was read and no longer gives: the reading
    # may have placed it otherwise ("will now hit November 11th" in December: next year's).
    with reading(story_text(article)):  # "le 06/10" as the extractor read it
        then = dates_on(timezone.localdate(row.found_at))
        return when not in then or when in dates_on(timezone.localdate(article.publish_at))


def _date_stated(row: FactSuggestion) -> bool:
    """A date the story still states for its title in another sentence, or in its sentence
    rewritten around it ("…premieres on January 29 before opening on March 19", once "March
    12"): the fact stands, whatever else the edit changed."""
    when = _card_date(row) if row.kind == Kind.RELEASE else None
    return when is not None and bool(stated_in_story(row, when=when))


def _card_date(row: FactSuggestion) -> FuzzyDate | None:
    """A date card's date, as the editor left it (or as read); None for none a date can be."""
    try:
        return FuzzyDate.parse((row.value or row.payload.get("value") or {}).get("date", ""))
    except InvalidDate:
        return None


# The kinds whose accepted card stands on a claim: replaced (a correction, a later move),
# the claim is superseded, and nothing is left for the editor to undo.
CLAIMED = (Kind.RELEASE, Kind.RELEASE_MOVE, Kind.STATUS, Kind.CREDIT)


def accepted_unsaid(rows, words: str) -> list[FactSuggestion]:
    """The accepted cards the story no longer says whose facts still stand: what the editor
    is asked to check. A date the story's own correction replaced is not among them."""
    unsaid = [
        row
        for row in rows
        if row.state == FactSuggestion.State.ACCEPTED and not still_said(row, words)
    ]
    applied = [row.pk for row in unsaid if row.applied_at is not None and row.kind in CLAIMED]
    standing = set(
        Claim.objects.filter(suggestion_id__in=applied, state=Claim.State.CURRENT).values_list(
            "suggestion_id", flat=True
        )
    )
    return [row for row in unsaid if row.pk not in applied or row.pk in standing]


def suggestions_accept_confident(
    *, article, by, subject_label: str | list[str], threshold: float = CONFIDENT
) -> tuple[list[Decision], list[tuple[FactSuggestion, ValidationError]]]:
    """Accept every pending suggestion about one entity (or each of a list) at or above
    `threshold`, new entities first; return the decisions and the ones that could not be
    accepted, with why."""
    _require_right(by)
    labels = [subject_label] if isinstance(subject_label, str) else subject_label
    rows = article.fact_suggestions.filter(
        state=FactSuggestion.State.PENDING, subject_label__in=labels, confidence__gte=threshold
    )
    # A card still asking for something (how a date is released), or read from words the
    # story no longer has, waits for the editor.
    words = story_words(article)
    rows = sorted(
        (r for r in rows if not needs(r) and still_said(r, words)),
        key=lambda r: (not Kind(r.kind).is_new_entity, r.pk),
    )
    decisions, failed = [], []
    for row in rows:
        try:
            with transaction.atomic():
                brought = []
                decisions.append(Decision(_accept(row, by, {}, brought), "Accepted", 0, brought))
        except AlreadyDecided:
            continue  # taken along with a fact accepted just before
        except ValidationError as error:
            failed.append((row, error))
    return decisions, failed
