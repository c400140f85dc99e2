"""Writing an accepted suggestion to the catalog, and taking it back.

One handler per kind (a table, so a new kind is one function and one line). Every write goes
through the catalog services with the story as evidence, and what it created or linked is
recorded on the decision so that undoing it, or taking the story down, withdraws exactly that.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils import timezone

from premiere.catalog import services
from premiere.catalog.extraction import (
    PART_OF,
    corrects,
    dated_only_by,
    on_the_old_date,
    vaguer_than,
)
from premiere.catalog.models import Claim, Company, Franchise, Person, Release, Title
from premiere.core.text import markdown_text
from premiere.extraction import Kind
from premiere.extraction.dates import FuzzyDate, InvalidDate
from premiere.extraction.regions import WORLDWIDE
from premiere.extraction.support import sentence_stating
from premiere.extraction.text import normalize_name
from premiere.extraction.vocabulary import confidence_word
from premiere.newsroom import services as newsroom
from premiere.newsroom.models import Source

from .models import FactSuggestion

MODELS = {"title": Title, "person": Person, "company": Company, "franchise": Franchise}
# What a sentence states of a fact; an edit to one of these makes the quote no support.
STATED = ("date", "to", "from", "person", "company", "status")
# What another sentence of the story can be found stating (a status is worded too many ways).
RESTATABLE = {"date", "to", "person", "company"}


@dataclass
class Applying:
    """One accepted suggestion being written, and what the writing did."""

    suggestion: FactSuggestion
    by: object
    created: list = field(default_factory=list)  # [kind, id] of entities made for it
    linked: list = field(default_factory=list)  # [kind, id] of entities the story now links

    @property
    def value(self) -> dict:
        return self.suggestion.value

    @property
    def article_id(self) -> int:
        return self.suggestion.article_id

    @property
    def subject(self) -> dict:
        return self.suggestion.payload.get("subject") or {}

    @property
    def evidence(self) -> services.Evidence:
        article = self.suggestion.article
        return services.Evidence(
            article=article,
            source=article.source,
            source_url=article.source_url,
            quote=self.quote[:1000],
            observed_at=article.publish_at or timezone.now(),
            suggestion=self.suggestion,
        )

    @property
    def quote(self) -> str:
        """The sentence the card was read from; once the editor changed what it states, the
        story's sentence that states the fact as they have it, or none: the fact then
        stands on the story alone."""
        if self.quoted:
            return _as_quoted(self.suggestion.sentence)
        said = self.suggestion.payload.get("value", {})
        changed = {k for k in STATED if k in said and self.value.get(k) != said.get(k)}
        if not changed <= RESTATABLE:
            return ""
        try:
            day = next(
                (FuzzyDate.parse(self.value[k]) for k in ("date", "to") if k in changed), None
            )
        except InvalidDate:
            return ""
        return stated_in_story(
            self.suggestion,
            when=day,
            also=tuple(self.value[k] for k in ("person", "company") if k in changed),
        )

    @property
    def quoted(self) -> bool:
        """False when the editor changed what the sentence states (its date, its person, its
        status): the sentence no longer supports the fact, which stands on the story alone."""
        said = self.suggestion.payload.get("value", {})
        return all(self.value.get(k) == said.get(k) for k in STATED if k in said)

    def link(self, entity) -> None:
        article = self.suggestion.article
        if not entity.articles.filter(pk=article.pk).exists():
            entity.articles.add(article)
            self.linked.append([_kind_of(entity), entity.pk])


def requote(suggestion: FactSuggestion, sentence: str) -> None:
    """An accepted card whose fact the edited story still states as it was read, in other
    words now: the card and the claims written for it quote the story as it reads now."""
    if suggestion.sentence == sentence or not Applying(suggestion, by=None).quoted:
        return
    suggestion.sentence = sentence
    suggestion.save(update_fields=["sentence"])
    for claim in Claim.objects.filter(suggestion=suggestion, state=Claim.State.CURRENT):
        services.claim_requote(claim=claim, quote=_as_quoted(sentence)[:1000])


def stated_in_story(
    suggestion: FactSuggestion, *, when: FuzzyDate | None, also: tuple[str, ...] = ()
) -> str:
    """The story's sentence that names the card's subject and states `when` (and names each
    of `also`), as the story words it now; "" when none does."""
    article = suggestion.article
    return sentence_stating(
        story_text(article),
        names=((suggestion.payload.get("subject") or {}).get("name", ""),),
        when=when,
        also=also,
        published=timezone.localdate(article.publish_at or suggestion.found_at),
    )


def story_text(article) -> str:
    """The story's words as the extractor reads them: headline, standfirst, then the body's
    text without its Markdown."""
    return _story_text(article.headline, article.standfirst, article.body)


@lru_cache(maxsize=4)
def _story_text(headline: str, standfirst: str, body: str) -> str:
    # Read once for a page's cards, not once for each (as the desk's words of the story are).
    return "\n".join([headline, standfirst, markdown_text(body)])


# A list item's marker the desk keeps so a list reads as one ("- Nouvelle date : …"): not
# the story's words, so not in a quote of them.
LIST_MARKER = re.compile(r"^\s*[-•*]\s+", re.MULTILINE)


def _as_quoted(sentence: str) -> str:
    return LIST_MARKER.sub("", sentence)


def _kind_of(entity) -> str:
    return next(kind for kind, model in MODELS.items() if isinstance(entity, model))


def when(value: dict, name: str) -> FuzzyDate:
    try:
        return FuzzyDate.parse(value[name])
    except (InvalidDate, KeyError) as error:
        raise ValidationError({name: str(error)}) from None


# Entities -----------------------------------------------------------------------------------


def _accepted_cards_named(suggestion: FactSuggestion, kind: str, name: str) -> list:
    """The story's accepted new-entity cards of `kind` going by `name`: the name the editor
    gave, the one the story used, or another name the editor kept. Never the card asking: a
    season whose card goes by its show's name is not that show's card."""
    key = normalize_name(name)
    rows = suggestion.article.fact_suggestions.filter(
        kind=f"new_{kind}", state=FactSuggestion.State.ACCEPTED
    ).exclude(pk=suggestion.pk)
    return [
        row
        for row in rows
        if key
        in {
            normalize_name(each)
            for each in (
                row.value.get("name", ""),
                (row.payload.get("subject") or {}).get("name", ""),
                *row.value.get("aliases", []),
            )
        }
    ]


def _decided_entity(suggestion: FactSuggestion, kind: str, name: str):
    """Return the entity the editor decided a new name stands for in this story: one they
    created from its new-entity suggestion, or an existing one they said it is."""
    for row in _accepted_cards_named(suggestion, kind, name):
        if row.value.get("existing_id"):
            return MODELS[kind].objects.filter(pk=row.value["existing_id"]).first()
        for made_kind, pk in row.outcome.get("created", []):
            if made_kind == kind:
                return MODELS[kind].objects.filter(pk=pk).first()
    return None


def known_entity(kind: str, name: str):
    """The entity already called exactly `name` (or, for a title, with that alias)."""
    model = MODELS[kind]
    key = normalize_name(name)
    if kind == "title":
        match = Title.objects.filter(aliases__normalized=key).first()
        if match:
            return match
    for entity in model.objects.filter(name__iexact=name.strip()):
        return entity
    return next(
        (
            e
            for e in model.objects.filter(name__icontains=name.strip()[:40])
            if normalize_name(e.name) == key
        ),
        None,
    )


def _story_name(applying: Applying, name: str) -> list[str]:
    """A new title's other names, as accepted (the story's own among them unless the editor
    took it out). A new person keeps the name the story used when the editor gave another
    ("Dune 3" for "Dune: Part Three"): the next story saying it is about the same one."""
    key = normalize_name(name)
    if applying.suggestion.kind == Kind.NEW_TITLE:
        return [a for a in applying.value.get("aliases", []) if normalize_name(a) != key]
    said = (applying.suggestion.payload.get("subject") or {}).get("name", "")
    if key.startswith(normalize_name(said) + " "):
        said = ""  # read cut short ("Kagerou" of "Kagerou no Tsurugi"): no name of its own
    others = [said, *applying.value.get("aliases", [])]  # and "under the English title …"
    return list(dict.fromkeys(a for a in others if a and normalize_name(a) != key))


def _create(
    applying: Applying,
    kind: str,
    name: str,
    subkind: str = "",
    parent=None,
    installment="",
    aliases=(),
):
    if kind == "title":
        entity = services.title_create(
            kind=subkind or "film",
            name=name,
            parent=parent,
            installment=installment,
            aliases=aliases,
        )
    elif kind == "person":
        entity = services.person_create(name=name, aliases=aliases)
    elif kind == "company":
        entity = services.company_create(name=name)
    else:
        entity = services.franchise_create(name=name)
    applying.created.append([kind, entity.pk])
    return entity


def entity_for(applying: Applying, kind: str, name: str, pk=None, subkind: str = ""):
    """Return the entity a suggestion means: the known one it names, the one the editor
    decided on, one already so called, or else a new one."""
    if pk:
        entity = MODELS[kind].objects.filter(pk=pk).first()
        if entity is None:
            raise ValidationError(f"{name} is no longer in the catalog.")
        return entity
    return (
        _decided_entity(applying.suggestion, kind, name)
        or known_entity(kind, name)
        or _create(applying, kind, name, subkind)
    )


def _subject_title(applying: Applying) -> Title:
    """The title the fact is about: the one it was read for, or the one the editor put it on."""
    subject = applying.subject
    if retitled(applying.value, subject):
        return entity_for(applying, "title", applying.value["title"])
    return entity_for(
        applying, "title", subject.get("name", ""), subject.get("id"), subject.get("subkind", "")
    )


def retitled(value: dict, subject: dict) -> bool:
    """Whether the editor put a fact on another title than the one it was read for."""
    named = value.get("title")
    return bool(named) and normalize_name(named) != normalize_name(subject.get("name", ""))


# Handlers -----------------------------------------------------------------------------------


def apply_new_entity(applying: Applying) -> None:
    kind = applying.suggestion.kind.removeprefix("new_")
    value = applying.value
    if value.get("existing_id"):
        entity = MODELS[kind].objects.filter(pk=value["existing_id"]).first()
        if entity is None:
            raise ValidationError("The entity chosen as the same one is no longer in the catalog.")
    else:
        entity = known_entity(kind, value["name"]) or _create(
            applying,
            kind,
            value["name"],
            value.get("title_kind", ""),
            parent=_parent_or_refuse(applying.suggestion, value),
            installment=value.get("installment", ""),
            aliases=_story_name(applying, value["name"]),
        )
        if kind == "title" and ["title", entity.pk] in applying.created:
            _place_new_title(applying, entity)
    applying.link(entity)


def _parent(suggestion: FactSuggestion, value: dict) -> Title | None:
    """The show a new season or special belongs to ("Yellowjackets Season 2"), the game a
    DLC is for: the catalog's by id, or the one called by the name the editor gave (made
    from this story's card, or the catalog's); none when neither has it."""
    if value.get("title_kind") not in PART_OF:
        return None
    named = " ".join(str(value.get("parent") or "").split())
    by_id = Title.objects.filter(pk=value["parent_id"]).first() if value.get("parent_id") else None
    if by_id is not None and (not named or normalize_name(named) == normalize_name(by_id.name)):
        return by_id
    if not named:
        return None
    return _decided_entity(suggestion, "title", named) or known_entity("title", named)


def _parent_or_refuse(suggestion: FactSuggestion, value: dict) -> Title | None:
    """A parent named on the card is in the catalog or among this story's accepted cards
    (written first when the story goes out): said at once, not dropped."""
    parent = _parent(suggestion, value)
    named = " ".join(str(value.get("parent") or "").split())
    if (
        parent is None
        and named
        and value.get("title_kind") in PART_OF
        and not _accepted_cards_named(suggestion, "title", named)
    ):
        raise ValidationError(
            {
                "parent": f"No title called “{named}” in the catalog or in this story's cards: "
                "add it first, or leave this empty."
            }
        )
    return parent


def _place_new_title(applying: Applying, title: Title) -> None:
    """A new title named as a franchise's spin-off or sequel joins that franchise."""
    value = applying.value
    franchise = Franchise.objects.filter(pk=value.get("franchise_id")).first()
    if franchise is None:
        return
    services.entity_update(entity=title, franchise=franchise)
    relation = value.get("relation")
    first = franchise.titles.in_release_order().exclude(pk=title.pk).first()
    if relation and first:
        services.relation_add(
            title=title, kind=relation, other=first, evidence=applying.evidence, by=applying.by
        )


def apply_mention(applying: Applying) -> None:
    subject = applying.subject
    applying.link(entity_for(applying, subject["kind"], subject.get("name", ""), subject["id"]))


def apply_release(applying: Applying) -> None:
    title, value = _subject_title(applying), applying.value
    region = value.get("region") or WORLDWIDE
    channel = value.get("channel", "")
    current = Release.objects.filter(
        title=title, region=region, medium=value["medium"], channel=channel
    ).first()
    services.release_set(
        title=title,
        region=region,
        medium=value["medium"],
        channel=channel,
        when=when(value, "date"),
        confidence=value.get("confidence") or "reported",
        evidence=applying.evidence,
        by=applying.by,
        correction=current is not None
        and corrects(current, None, dated_only_by([current], applying.article_id), Kind.RELEASE),
    )
    applying.link(title)


def apply_release_move(applying: Applying) -> None:
    title, value = _subject_title(applying), applying.value
    if value.get("medium"):
        releases = list(
            Release.objects.filter(
                title=title,
                region=value.get("region") or WORLDWIDE,
                medium=value["medium"],
                channel=value.get("channel", ""),
            )
        )
        if not releases and (value.get("region") or WORLDWIDE) != WORLDWIDE:
            # The country saw the worldwide date of that release until now: it gets its own,
            # moved from there (below), and the worldwide date stays for everyone else.
            releases = list(
                Release.objects.filter(
                    title=title,
                    region=WORLDWIDE,
                    medium=value["medium"],
                    channel=value.get("channel", ""),
                )
            )
        if not releases:
            # A move of a release the catalog does not have yet: the new date is its date,
            # and where the story tells the old one too, the release is recorded as moved
            # ("delayed from March 3 to April 10"), its history the story's.
            release = services.release_set(
                title=title,
                region=value.get("region") or WORLDWIDE,
                medium=value["medium"],
                channel=value.get("channel", ""),
                when=when(value, "from" if value.get("from") else "to"),
                evidence=applying.evidence,
                by=applying.by,
                announce=not value.get("from"),  # followers hear of the move, once
            )
            if value.get("from"):
                services.release_move(
                    release=release,
                    to=when(value, "to"),
                    evidence=applying.evidence,
                    by=applying.by,
                )
            applying.link(title)
            return
    else:
        releases = _releases_on_the_old_date(title, value, title.name)
    region = value.get("region") or WORLDWIDE
    origin = when(value, "from") if value.get("from") else None
    dated_only = dated_only_by(releases, applying.article_id)
    for release in releases:
        # "Delayed from May 21" where the catalog only knew "TBA": the history keeps the
        # story's old date, then the delay.
        told = origin if origin is not None and vaguer_than(release.when, origin) else None
        correction = (
            told is None and release.region == region and corrects(release, origin, dated_only)
        )
        if release.region != region:
            # The country's date was the worldwide one until now: it gets its own, moved
            # from that date, and the worldwide date stays for everyone else.
            release = services.release_set(
                title=title,
                region=region,
                medium=release.medium,
                channel=release.channel,
                when=told or release.when,
                evidence=applying.evidence,
                by=applying.by,
                announce=False,  # followers hear of the country's move, once
            )
        elif told:
            # History only: followers hear "delayed from July 16", once, not "narrowed"
            # and then "delayed".
            release = services.release_move(
                release=release,
                to=told,
                evidence=applying.evidence,
                by=applying.by,
                announce=False,
            )
        services.release_move(
            release=release,
            to=when(value, "to"),
            evidence=applying.evidence,
            by=applying.by,
            correction=correction,
            # the new date stands on this story: as sure as it sounds, not as the old one was
            confidence=value.get("confidence") or confidence_word(applying.suggestion.sentence),
        )
    applying.link(title)


def _releases_on_the_old_date(title: Title | None, value: dict, name: str) -> list[Release]:
    """ "Delayed to May" without a medium moves every release still on the old date; with
    none to move, the editor says which release the new date is."""
    origin = when(value, "from") if value.get("from") else None
    releases = on_the_old_date(
        Release.objects.filter(title=title) if title else [],
        origin,
        value.get("region") or WORLDWIDE,
    )
    if not releases:
        raise ValidationError({"medium": nothing_to_move(name, value)})
    return releases


def to_tba(value: dict) -> bool:
    """A move to no date: "pulled from the schedule"."""
    return str(value.get("to", "")).upper() == "TBA"


def nothing_to_move(name: str, value: dict) -> str:
    """Why a move with no release to take along asks how the title comes out."""
    if to_tba(value):
        # "Pulled from the schedule": no medium in the story, but the catalog has no
        # undated title apart from its releases.
        return (
            f"{name} is to be TBA, and the catalog keeps a TBA date as one of a title's "
            "releases: say which (theaters, a platform, a service…), as the story does not."
        )
    return (
        f"{name} has no release on the old date to move: pick how the new date is released, "
        "and it is recorded as that release."
    )


def check(suggestion: FactSuggestion) -> None:
    """Raise now what writing an accepted fact would raise when its story goes out, where
    the catalog can tell already: a held fact the editor was told is saved must not fail
    later for a reason they could have fixed on the card."""
    value = suggestion.value
    if suggestion.kind == Kind.NEW_TITLE and not value.get("existing_id"):
        _parent_or_refuse(suggestion, value)
    if suggestion.kind == Kind.RELEASE_MOVE and not value.get("medium"):
        subject = suggestion.payload.get("subject") or {}
        if retitled(value, subject):  # put on another title: that one's releases
            title = known_entity("title", value["title"])
            subject = {"name": value["title"]}
        else:
            title = Title.objects.filter(pk=subject["id"]).first() if subject.get("id") else None
        _releases_on_the_old_date(title, value, subject.get("name") or "This title")


def apply_status(applying: Applying) -> None:
    title = _subject_title(applying)
    services.title_status_set(
        title=title, status=applying.value["status"], evidence=applying.evidence, by=applying.by
    )
    applying.link(title)


def apply_credit(applying: Applying) -> None:
    title, value = _subject_title(applying), applying.value
    if value.get("company"):
        who = {
            "company": entity_for(applying, "company", value["company"], value.get("company_id"))
        }
    else:
        who = {"person": entity_for(applying, "person", value["person"], value.get("person_id"))}
    services.credit_add(
        title=title, role=value["role"], evidence=applying.evidence, by=applying.by, **who
    )
    applying.link(title)
    for entity in who.values():
        applying.link(entity)


def apply_placement(applying: Applying) -> None:
    title, value = _subject_title(applying), applying.value
    services.placement_set(
        title=title,
        kind=value["placement"],
        anchor=entity_for(applying, "title", value["anchor"], value.get("anchor_id")),
        anchor_end=(
            entity_for(applying, "title", value["anchor_end"], value.get("anchor_end_id"))
            if value.get("anchor_end")
            else None
        ),
        evidence=applying.evidence,
        by=applying.by,
    )
    applying.link(title)


def apply_source(applying: Applying) -> None:
    article = applying.suggestion.article
    if article.source_id is not None:
        return  # the story credits an outlet already; the editor changes it on the form
    source, _ = Source.objects.get_or_create(name=applying.value["name"][:120])
    article.source = source
    newsroom.article_save(article=article, by=applying.by, comment=f"Source: {source.name}")
    applying.created.append(["source", source.pk])


APPLY: dict[Kind, Callable[[Applying], None]] = {
    Kind.NEW_FRANCHISE: apply_new_entity,
    Kind.NEW_TITLE: apply_new_entity,
    Kind.NEW_PERSON: apply_new_entity,
    Kind.NEW_COMPANY: apply_new_entity,
    Kind.MENTION: apply_mention,
    Kind.RELEASE: apply_release,
    Kind.RELEASE_MOVE: apply_release_move,
    Kind.STATUS: apply_status,
    Kind.CREDIT: apply_credit,
    Kind.PLACEMENT: apply_placement,
    Kind.SOURCE: apply_source,
}
# Changes to the story itself, not to public facts: made at once, even on a draft.
ON_THE_STORY = {Kind.SOURCE}
# When a story goes out, its decisions are written in this order: a new entity before the
# facts about it, the story's source before the claims that quote it.
ORDER = {Kind.SOURCE: 0, **{kind: 1 for kind in Kind if kind.is_new_entity}}


def apply(suggestion: FactSuggestion, by) -> None:
    """Write an accepted suggestion to the catalog and record what that did."""
    applying = Applying(suggestion, by)
    APPLY[Kind(suggestion.kind)](applying)
    suggestion.applied_at = timezone.now()
    suggestion.outcome = {"created": applying.created, "linked": applying.linked}
    suggestion.problem = ""
    suggestion.save(update_fields=["applied_at", "outcome", "problem"])


def withdraw(suggestion: FactSuggestion) -> None:
    """Take back what applying a suggestion wrote: its claims, its links, what it created."""
    services.claims_withdraw(claims=suggestion.claims.all())
    article = suggestion.article
    for kind, pk in suggestion.outcome.get("linked", []):
        entity = MODELS[kind].objects.filter(pk=pk).first()
        if entity is not None:
            entity.articles.remove(article)
    for kind, pk in reversed(suggestion.outcome.get("created", [])):
        if kind == "source":
            if article.source_id == pk:
                article.source = None
                newsroom.article_save(article=article, by=None, comment="Source withdrawn")
            continue
        entity = MODELS[kind].objects.filter(pk=pk).first()
        if entity is not None:
            services.entity_remove_if_unused(entity=entity)
    suggestion.applied_at = None
    suggestion.outcome = {}
    suggestion.save(update_fields=["applied_at", "outcome"])
