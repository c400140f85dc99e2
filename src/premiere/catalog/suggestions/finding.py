"""Finding suggested facts: run the extractor on an article, say in words what each would
change, and keep an article's suggestions in step with its text."""

from django.db import transaction
from django.utils import timezone

from premiere.extraction import Document, Gazetteer, Kind, Suggestion, extract
from premiere.extraction.dates import FuzzyDate
from premiere.extraction.regions import WORLDWIDE, region_name
from premiere.newsroom.models import Article

from ..gazetteer import gazetteer_current
from ..models import FactSuggestion, Release, Title


def _where(value: dict) -> str:
    """Return "theatrical, worldwide" or "PS5, United Kingdom"."""
    medium = value.get("channel") or value.get("medium") or "release"
    region = value.get("region") or WORLDWIDE
    return f"{medium}, {'worldwide' if region == WORLDWIDE else region_name(region)}"


def describe(kind: str, subject: dict | None, value: dict) -> str:
    """Say in words what accepting a suggestion would do to the catalog as it is now."""
    subject = subject or {}
    name = subject.get("name", "")
    known = subject.get("id") is not None
    match kind:
        case Kind.MENTION:
            return f"Link this article to {name}"
        case Kind.NEW_TITLE:
            return f"Add the new title {value.get('name', name)}"
        case Kind.NEW_PERSON | Kind.NEW_COMPANY | Kind.NEW_FRANCHISE:
            noun = kind.removeprefix("new_")
            return f"Add the new {noun} {value.get('name', name)}"
        case Kind.RELEASE | Kind.RELEASE_MOVE:
            when = FuzzyDate.parse(value.get("date") or value["to"])
            where = _where(value)
            current = None
            if known:
                current = Release.objects.filter(
                    title_id=subject["id"],
                    region=value.get("region") or "WW",
                    medium=value.get("medium", ""),
                    channel=value.get("channel", ""),
                ).first()
            if current is None:
                return f"Add a {where} release for {name}: {when}"
            if current.when == when:
                return f"Add a source for {name}'s {where} date ({when})"
            return f"Move {name}'s {where} date from {current.when} to {when}"
        case Kind.STATUS:
            label = Title.Status(value["status"]).label.lower()
            if known:
                title = Title.objects.filter(pk=subject["id"]).only("status").first()
                if title and title.status == value["status"]:
                    return f"Add a source: {name} is {label}"
                if title:
                    return f"Change {name} from {title.get_status_display().lower()} to {label}"
            return f"Record {name} as {label}"
        case Kind.CREDIT:
            return f"Credit {value['person']} as {value['role']} on {name}"
        case Kind.PLACEMENT:
            if value["placement"] == "between":
                return f"Place {name} between {value['anchor']} and {value['anchor_end']}"
            return f"Place {name} {value['placement'].replace('_', ' ')} {value['anchor']}"
        case Kind.SOURCE:
            return f"Credit {value['name']} as this story's source"
    return ""


def extract_article(
    *, headline: str, standfirst: str, body: str, published, gazetteer: Gazetteer | None = None
) -> list[Suggestion]:
    gazetteer = gazetteer or gazetteer_current()
    found = extract(
        Document(headline=headline, standfirst=standfirst, body=body, published=published),
        gazetteer,
    )
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
        suggestion.change = describe(suggestion.kind, subject, suggestion.value)
    return found


def _skip(article: Article, suggestion: Suggestion) -> bool:
    """A story's own source line is no news: "Source | Collider" on a story that credits
    Collider already (a draft started from Collider's feed says it in its last line)."""
    return (
        suggestion.kind == Kind.SOURCE
        and article.source is not None
        and suggestion.value.get("name", "").casefold() == article.source.name.casefold()
    )


@transaction.atomic
def article_suggest(*, article: Article) -> list[FactSuggestion]:
    """Run extraction on an article and keep its suggestions in step with its text.

    Idempotent: a suggestion found again is updated, not duplicated; accepted and rejected
    ones are never proposed again; pending ones the text no longer supports are dropped.
    """
    found = extract_article(
        headline=article.headline,
        standfirst=article.standfirst,
        body=article.body,
        # The desk always knows the story's day: its publication time, or today for a draft.
        published=timezone.localdate(article.publish_at or timezone.now()),
    )
    existing = {s.key: s for s in article.fact_suggestions.all()}
    seen = set()
    for suggestion in found:
        key = suggestion.key()[:500]
        if key in seen or _skip(article, suggestion):
            continue
        seen.add(key)
        fields = {
            "kind": str(suggestion.kind),
            "subject_label": suggestion.subject.name if suggestion.subject else "This story",
            "payload": suggestion.as_dict(),
            "sentence": suggestion.sentence,
            "confidence": suggestion.confidence,
            "change": suggestion.change[:300],
        }
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
