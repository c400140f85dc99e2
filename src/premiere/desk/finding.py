"""Finding a story's suggested facts and keeping them in step with its text."""

from django.conf import settings
from django.db import transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from premiere.catalog.extraction import describe, extract_article
from premiere.catalog.models import Release
from premiere.core.text import markdown_emphasis, markdown_headings, markdown_text
from premiere.extraction import Kind, Suggestion
from premiere.extraction.text import clean, normalize_name
from premiere.newsroom.models import Article

from .applying import MODELS, requote, retitled
from .deciding import still_said, story_words, without_numbers
from .models import FactSuggestion

# What an accepted suggestion adds to a later reading of the same story: the catalog's ids of
# what it created, its words for the date, the near-duplicates it offered, the title the
# editor put it on (a key of its own, below); nor is how surely the story words it ("said"
# for "announced" in an edit is the same date, its quote the new words).
_NOT_THE_FACT = ("quote", "confirmed_by", "similar", "display", "title", "confidence")
# The facts a sentence states of a title, which a later reading may give another title (the
# show for its season, once the catalog knows both): the same words, the same fact.
_TOLD_IN_A_SENTENCE = (Kind.RELEASE, Kind.RELEASE_MOVE, Kind.STATUS, Kind.CREDIT)


def _skip(article: Article, suggestion: Suggestion) -> bool:
    """A story's own source line is no news: "Source | Collider" on a story that credits
    Collider already (a draft started from Collider's feed says it in its last line); nor is
    the newsroom itself ("…, the director told Premiere")."""
    if suggestion.kind != Kind.SOURCE:
        return False
    name = suggestion.value.get("name", "").casefold()
    if name == settings.PREMIERE_SITE_NAME.casefold():
        return True
    return article.source is not None and name == article.source.name.casefold()


def _decided_key(kind: str, subject: dict | None, value: dict) -> str:
    """A fact as the editor decided it, by names rather than ids: once a decided suggestion
    has created its title or person, reading the story again names them by id, and the same
    fact must still be known as decided."""
    subject = subject or {}
    if kind.startswith("new_"):
        # A new title or person is decided by its name: read again, the same name may come
        # with another guess at its kind (a film, then a game once a platform is named).
        return f"{kind}|{normalize_name(value.get('name') or subject.get('name') or '')}"
    name = normalize_name(subject.get("name") or "")
    return f"{kind}|{subject.get('kind')}|{name}|{_fields(value)}"


def _fields(value: dict) -> str:
    return ",".join(
        f"{k}={value[k]}" for k in sorted(value) if k not in _NOT_THE_FACT and not k.endswith("_id")
    )


def _said_key(kind: str, sentence: str, value: dict) -> str:
    """A fact by what its sentence states, whatever title a reading gives it: a credit the
    editor moved onto "Saltwick" from the "Saltwick — Season 3" it was read for, read again
    for either. A credit's sentence counts without its numbers (a date alone edited in it
    leaves the credit said); a date's does not (the date is what it says)."""
    if kind not in _TOLD_IN_A_SENTENCE:
        return ""
    words = " ".join(clean(sentence).split()).casefold()
    if kind not in (Kind.RELEASE, Kind.RELEASE_MOVE):
        words = without_numbers(words)
    return f"{kind}|said:{words}|{_fields(value)}"


def _decided_keys(row: FactSuggestion) -> set[str]:
    """The keys a decided card's fact is known by on a later reading of its story: as read
    (and as first read, for a card undone and decided again), on the title the editor put it
    on, and by what its sentence states."""
    payload, keys = row.payload, set()
    for value in _as_read(payload):
        keys.add(_decided_key(row.kind, payload.get("subject"), value))
        keys.add(_said_key(row.kind, row.sentence, value))
    if retitled(row.value or {}, payload.get("subject") or {}):
        keys.add(_decided_key(row.kind, {"kind": "title", "name": row.value["title"]}, row.value))
    return keys - {""}


def _as_read(payload: dict) -> list[dict]:
    """A card's value as the story said it, whatever the editor made of it: as it was first
    read (a card undone keeps the editor's edits on it), and where the story put it when the
    card took the editor's market."""
    value = payload.get("value", {})
    read = [value, payload.get("as_read") or value]
    return read + [_told(each, payload["read_as"]) for each in read if payload.get("read_as")]


def _told(value: dict, read_as: dict) -> dict:
    # None: the story said nothing of it (the old date of a move, given by the editor).
    return {k: v for k, v in {**value, **read_as}.items() if v is not None}


def _linked(article: Article) -> set[tuple[str, int]]:
    """What the story links already (a title accepted from it, say): its mentions are no
    news. One query per kind, however many the story names."""
    return {
        (kind, pk)
        for kind, model in MODELS.items()
        for pk in model.objects.filter(articles=article).values_list("pk", flat=True)
    }


@transaction.atomic
def article_suggest(*, article: Article) -> list[FactSuggestion]:
    """Run extraction on an article and keep its suggestions in step with its text.

    Idempotent: a suggestion found again is updated, not duplicated; accepted and rejected
    ones are never proposed again; pending ones the text no longer supports are dropped.
    """
    found = extract_article(
        headline=article.headline,
        standfirst=article.standfirst,
        body=markdown_text(article.body),  # the words, not "###" or "**" around them
        emphasized=markdown_emphasis(article.body),  # house style sets titles in italics
        headings=markdown_headings(article.body),  # a listing's titles, one over each part
        # The desk always knows the story's day: its publication time, or today for a draft.
        published=timezone.localdate(article.publish_at or timezone.now()),
        article_id=article.pk,
    )
    _give_the_story_s_medium(found, article)
    existing = {s.key: s for s in article.fact_suggestions.all()}
    decided = {
        key
        for s in existing.values()
        if s.state != FactSuggestion.State.PENDING
        for key in _decided_keys(s)
    }
    waiting = {
        _decided_key(s.kind, s.payload.get("subject"), value)
        for s in existing.values()
        if s.state == FactSuggestion.State.PENDING
        for value in _as_read(s.payload)
    }
    linked = _linked(article)
    markets = _markets_the_editor_gave(existing.values(), article)
    accepted = {  # an accepted card by the fact as read, to quote the story's new words
        _decided_key(s.kind, s.payload.get("subject"), value): s
        for s in existing.values()
        if s.state == FactSuggestion.State.ACCEPTED
        for value in _as_read(s.payload)
    }
    seen = set()
    for suggestion in found:
        key = suggestion.key()[:500]
        if key in seen or _skip(article, suggestion):
            continue
        payload = suggestion.as_dict()
        plain = _decided_key(suggestion.kind, payload["subject"], suggestion.value)
        said = _said_key(suggestion.kind, suggestion.sentence, suggestion.value)
        mention = (
            suggestion.kind == Kind.MENTION
            and (suggestion.subject.kind, suggestion.subject.id) in linked
        )
        row = existing.get(key)
        if mention and (row is None or row.state == row.State.PENDING):
            continue  # linked already (by another card): a pending card to link it goes
        # By its sentence only when not waiting as a card of its own title ("X and Y open
        # June 7": Y's date is not X's, decided).
        known = plain in decided or (said in decided and plain not in waiting)
        if known and (row is None or row.state != row.State.PENDING):
            # Decided already, as the story says it now: the editor's edits to it (a date put
            # right, a platform added) are the decision, not a new fact to propose again. The
            # story may say it in other words now: its quote follows them.
            if (card := accepted.get(plain)) is not None:
                requote(card, suggestion.sentence)
            continue
        if read_as := _as_the_editor_had_it(suggestion, markets, article):
            key, payload = suggestion.key()[:500], {**suggestion.as_dict(), "read_as": read_as}
            if key in seen:
                continue
        seen.add(key)
        fields = {**FactSuggestion.columns_for(suggestion), "payload": payload}
        row = existing.get(key)
        if row is None:
            FactSuggestion.objects.create(article=article, key=key, **fields)
        elif row.state == FactSuggestion.State.PENDING:
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
    article.fact_suggestions.filter(state=FactSuggestion.State.PENDING).exclude(
        key__in=seen
    ).delete()
    return list(article.fact_suggestions.filter(state=FactSuggestion.State.PENDING))


MARKET = ("region", "medium", "channel")
# What the editor may have given a date card that the story, put right, still does not say:
# where and how it comes out, and for a move the date it moved from.
GIVEN = {Kind.RELEASE: MARKET, Kind.RELEASE_MOVE: (*MARKET, "from")}


def _give_the_story_s_medium(found: list[Suggestion], article: Article) -> None:
    """A move of a title with no release to move ("pulled from the schedule", "moved from
    July 2 to March 3") comes out the way the story's other dates do, when they all agree
    (a studio's slate: in theaters): the card is filled in, not left asking."""
    media = {
        (s.value["medium"], s.value.get("channel", ""))
        for s in found
        if s.kind in (Kind.RELEASE, Kind.RELEASE_MOVE) and s.value.get("medium")
    }
    if len(media) != 1:
        return
    [(medium, channel)] = media
    for suggestion in found:
        if suggestion.kind != Kind.RELEASE_MOVE or suggestion.value.get("medium"):
            continue
        title_id = suggestion.subject.id if suggestion.subject else None
        if title_id is not None and Release.objects.filter(title_id=title_id).exists():
            continue  # its releases on the old date move, whatever they are
        suggestion.value.update(medium=medium, channel=channel)
        subject = {"id": title_id, "name": suggestion.subject.name if suggestion.subject else ""}
        suggestion.change = describe(
            suggestion.kind, subject, suggestion.value, article_id=article.pk
        )


def _market(kind: str, subject: dict | None, value: dict) -> tuple:
    # By name: a title new when the card was read is the catalog's (with an id) once the
    # editor accepted it, and the story read again names it the same.
    subject = subject or {}
    name = normalize_name(subject.get("name", ""))
    return (kind, name, *(value.get(field) or "" for field in MARKET))


def _markets_the_editor_gave(rows, article: Article) -> dict:
    """Where and how the editor said an accepted date comes out, by where and how the story
    had said it: "Peacock, United States" for a card read as "worldwide". For a move the
    story has since put right ("9 février", now "16 février"), the old date they gave too:
    the draft's own date corrected, not moved again."""
    given, words = {}, story_words(article)
    for row in rows:
        if row.kind not in GIVEN or row.state != FactSuggestion.State.ACCEPTED:
            continue
        if row.kind == Kind.RELEASE_MOVE and still_said(row, words):
            continue  # another move of the story's, not this one's new date
        fields = GIVEN[Kind(row.kind)]
        read_as = row.payload.get("read_as") or row.payload["value"]
        if any((row.value.get(name) or "") != (read_as.get(name) or "") for name in fields):
            subject = row.payload.get("subject")
            given[_market(row.kind, subject, read_as)] = {
                name: row.value.get(name, "")
                for name in fields
                if name in MARKET or row.value.get(name)  # an old date only as given
            }
    return given


def _as_the_editor_had_it(suggestion: Suggestion, markets: dict, article) -> dict | None:
    """A date the story gives again after an edit ("June 3" now "June 10") comes out where the
    editor said it did: the card is the same release's new date, not a second release (nor,
    for a move, a move from the date the edit took out). Return what the story itself said,
    when the card took the editor's."""
    if suggestion.kind not in GIVEN or not markets:
        return None
    subject = {"id": suggestion.subject.id, "name": suggestion.subject.name}
    given = markets.get(_market(suggestion.kind, subject, suggestion.value))
    if given is None:
        return None
    if suggestion.value.get("from"):  # the story's own old date stands
        given = {name: value for name, value in given.items() if name != "from"}
    read_as = {name: suggestion.value.get(name, "" if name in MARKET else None) for name in given}
    suggestion.value.update(given)
    suggestion.change = describe(suggestion.kind, subject, suggestion.value, article_id=article.pk)
    return read_as


SUGGEST_TASK = "premiere.desk.tasks.suggest_facts"


def article_reading_failed(*, article: Article) -> bool:
    """Whether the worker's latest reading of the story for facts failed (its error is in the
    task's record and the site's log): the editor is told, not shown "none waiting"."""
    finished = DBTaskResult.objects.filter(task_path=SUGGEST_TASK, finished_at__isnull=False)
    for status, job in finished.order_by("-finished_at").values_list("status", "args_kwargs")[:200]:
        if (job or {}).get("args") == [article.pk]:
            return status == TaskResultStatus.FAILED
    return False


def article_being_read(*, article: Article) -> bool:
    """Whether the worker has yet to read the story's latest text for facts: an editor who
    has just saved sees "being read", not "none waiting". (Only the database task backend
    keeps a queue to look at; the immediate one reads before the save returns.)"""
    waiting = DBTaskResult.objects.filter(task_path=SUGGEST_TASK, finished_at__isnull=True)
    return any(
        (job or {}).get("args") == [article.pk]
        for job in waiting.values_list("args_kwargs", flat=True)[:500]
    )
