"""Suggested facts: found in an article by the extractor, decided on by an editor.

Accepting one writes it to the catalog through the ordinary services, with the article (and
the outside source it credits) as evidence and the sentence as the quote.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from premiere.extraction.dates import FuzzyDate, InvalidDate
from premiere.newsroom import services as newsroom
from premiere.newsroom.models import Article, Source

from . import services
from .extraction import extract_article, gazetteer_build
from .models import (
    Company,
    FactSuggestion,
    Franchise,
    Person,
    Release,
    Title,
    TitleAlias,
)

_GAZETTEER = {"stamp": None, "value": None}


def _catalog_stamp() -> tuple:
    """A cheap fingerprint of the names in the catalog: rebuild the gazetteer when it moves."""
    from django.db.models import Count, Max

    stamp = []
    for model in (Title, TitleAlias, Person, Company, Franchise):
        row = model.objects.aggregate(n=Count("id"), last=Max("id"))
        stamp += [row["n"], row["last"]]
    stamp.append(Title.objects.aggregate(changed=Max("updated_at"))["changed"])
    return tuple(stamp)


def gazetteer_current():
    """Return the gazetteer for the catalog as it is, rebuilt only when names changed."""
    stamp = _catalog_stamp()
    if _GAZETTEER["stamp"] != stamp:
        _GAZETTEER.update(stamp=stamp, value=gazetteer_build())
    return _GAZETTEER["value"]


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
        published=timezone.localdate(article.publish_at or timezone.now()),
        gazetteer=gazetteer_current(),
    )
    existing = {s.key: s for s in article.fact_suggestions.all()}
    seen = set()
    for suggestion in found:
        key = suggestion.key()[:500]
        if key in seen:
            continue
        seen.add(key)
        fields = {
            "kind": suggestion.kind,
            "subject_label": suggestion.subject.name if suggestion.subject else "Story",
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


def _evidence(suggestion: FactSuggestion) -> services.Evidence:
    article = suggestion.article
    return services.Evidence(
        article=article,
        source=article.source,
        source_url=article.source_url,
        quote=suggestion.sentence[:1000],
        observed_at=article.publish_at or timezone.now(),
    )


def _title(subject: dict) -> Title:
    if subject.get("id"):
        return Title.objects.get(pk=subject["id"])
    match = (
        Title.objects.filter(name__iexact=subject["name"]).first()
        or Title.objects.filter(
            aliases__normalized=services.normalize_name(subject["name"])
        ).first()
    )
    if match is None:
        raise ValidationError(
            f"{subject['name']} is not in the catalog yet: accept its new-title suggestion "
            "first, or add it on the catalog desk."
        )
    return match


def _entity(subject: dict):
    model = {"title": Title, "person": Person, "company": Company, "franchise": Franchise}
    if subject["kind"] == "title":
        return _title(subject)
    return model[subject["kind"]].objects.get(pk=subject["id"])


def _when(value: dict, field: str) -> FuzzyDate:
    try:
        return FuzzyDate.parse(value[field])
    except (InvalidDate, KeyError) as error:
        raise ValidationError({field: str(error)}) from None


def _apply(suggestion: FactSuggestion, value: dict, by) -> None:
    payload = suggestion.payload
    subject = payload.get("subject") or {}
    evidence = _evidence(suggestion)
    article = suggestion.article
    kind = suggestion.kind
    if kind == "mention":
        _entity(subject).articles.add(article)
    elif kind == "new_title":
        franchise = Franchise.objects.filter(pk=value.get("franchise_id")).first()
        title = Title.objects.filter(name__iexact=value["name"]).first() or services.title_create(
            kind=value.get("title_kind") or "film", name=value["name"], franchise=franchise
        )
        relation = value.get("relation")
        first = (
            franchise.titles.in_release_order().exclude(pk=title.pk).first() if franchise else None
        )
        if relation and first:
            services.relation_add(title=title, kind=relation, other=first, evidence=evidence)
        title.articles.add(article)
    elif kind in ("release", "release_move"):
        title = _title(subject)
        if kind == "release" or value.get("medium"):
            if not value.get("medium"):
                raise ValidationError(
                    {
                        "medium": "Pick how it is released (theaters, a "
                        "platform, a streaming service…)."
                    }
                )
            if value["medium"] in ("platform", "streaming") and not value.get("channel"):
                raise ValidationError({"channel": "Name the platform or streaming service."})
            services.release_set(
                title=title,
                region=value.get("region") or "WW",
                medium=value["medium"],
                channel=value.get("channel", ""),
                when=_when(value, "date" if kind == "release" else "to"),
                confidence=value.get("confidence") or "reported",
                evidence=evidence,
                by=by,
            )
        else:
            # "Delayed to May" without a medium moves every release still on the old date.
            releases = list(Release.objects.filter(title=title))
            if "from" in value:
                origin = _when(value, "from")
                releases = [r for r in releases if origin.contains(r.when) or r.when == origin]
            if not releases:
                raise ValidationError(f"{title} has no release to move; add one instead.")
            for release in releases:
                services.release_move(
                    release=release, to=_when(value, "to"), evidence=evidence, by=by
                )
        title.articles.add(article)
    elif kind == "status":
        title = _title_or_new(subject)
        services.title_status_set(title=title, status=value["status"], evidence=evidence, by=by)
        title.articles.add(article)
    elif kind == "credit":
        title = _title(subject)
        person = (
            Person.objects.filter(pk=value.get("person_id")).first()
            or Person.objects.filter(name__iexact=value["person"]).first()
            or services.person_create(name=value["person"])
        )
        services.credit_add(
            title=title, person=person, role=value["role"], evidence=evidence, by=by
        )
        title.articles.add(article)
        person.articles.add(article)
    elif kind == "placement":
        title = _title(subject)
        services.placement_set(
            title=title,
            kind=value["placement"],
            anchor=Title.objects.get(pk=value["anchor_id"]),
            anchor_end=Title.objects.filter(pk=value.get("anchor_end_id")).first(),
            evidence=evidence,
            by=by,
        )
        title.articles.add(article)
    elif kind == "source" and article.source_id is None:
        source, _ = Source.objects.get_or_create(name=value["name"])
        article.source = source
        newsroom.article_save(article=article, by=by, comment=f"Source: {source.name}")


def _title_or_new(subject: dict) -> Title:
    """A status sentence may name a title the catalog lacks ("John Wick 5 is back on the
    table"); accepting the status then creates it, since the sentence itself is the evidence."""
    try:
        return _title(subject)
    except ValidationError:
        return services.title_create(kind=subject.get("subkind") or "film", name=subject["name"])


@transaction.atomic
def suggestion_accept(*, suggestion: FactSuggestion, by, edits: dict | None = None) -> None:
    """Write a suggestion (as edited by the editor) to the catalog, with its evidence."""
    suggestion = FactSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if suggestion.state != FactSuggestion.State.PENDING:
        raise ValidationError("This suggestion was already decided.")
    value = {**suggestion.payload.get("value", {}), **(edits or {})}
    _apply(suggestion, value, by)
    suggestion.state = FactSuggestion.State.ACCEPTED
    suggestion.decided_by, suggestion.decided_at = by, timezone.now()
    suggestion.save(update_fields=["state", "decided_by", "decided_at"])


def suggestion_reject(*, suggestion: FactSuggestion, by) -> None:
    """Reject a suggestion; it will not be proposed again for this article."""
    updated = FactSuggestion.objects.filter(
        pk=suggestion.pk, state=FactSuggestion.State.PENDING
    ).update(state=FactSuggestion.State.REJECTED, decided_by=by, decided_at=timezone.now())
    if not updated:
        raise ValidationError("This suggestion was already decided.")
