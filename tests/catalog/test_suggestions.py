from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from premiere.catalog import services, suggestions
from premiere.catalog.models import FactSuggestion, Release, Title

pytestmark = pytest.mark.django_db

STORY = (
    "The John Wick franchise will continue with a spin-off movie called Ballerina, starring "
    "Ana de Armas and Norman Reedus.\n\n"
    "It has just been confirmed that the spin-off will be released in theaters around the world "
    "next year, more specifically on June 7, 2024.\n\n"
    "The writers set it between three and four, said Shay Hatten, one of its screenwriters.\n\n"
    "And John Wick 5 is back on the table.\n\n"
    "Source | Collider"
)


@pytest.fixture
def universe(said_by, day):
    franchise = services.franchise_create(name="John Wick")
    chapters = []
    for n in range(1, 5):
        title = services.title_create(
            kind="film",
            name=f"John Wick: Chapter {n}",
            franchise=franchise,
            installment=f"Chapter {n}",
            aliases=[f"John Wick {n}"],
        )
        services.release_set(
            title=title,
            region="US",
            medium="theatrical",
            when=day(f"{2013 + 2 * n}"),
            evidence=said_by(),
        )
        chapters.append(title)
    services.person_create(name="Ana de Armas")
    return franchise, chapters


@pytest.fixture
def draft(make_article, universe):
    return make_article(
        publish=False,
        headline="Ballerina gets a release date",
        body=STORY,
        standfirst="The spin-off is dated.",
    )


def _one(article, kind, **value):
    rows = [
        s
        for s in article.fact_suggestions.filter(kind=kind)
        if all(s.payload["value"].get(k) == v for k, v in value.items())
    ]
    assert len(rows) == 1, [s.change for s in article.fact_suggestions.all()]
    return rows[0]


def test_the_story_proposes_its_facts_for_review(draft):
    suggestions.article_suggest(article=draft)
    changes = set(draft.fact_suggestions.values_list("change", flat=True))
    assert {
        "Add the new title Ballerina",
        "Credit Ana de Armas as cast on Ballerina",
        "Add a theatrical, worldwide release for Ballerina: June 7, 2024",
        "Place Ballerina between John Wick: Chapter 3 and John Wick: Chapter 4",
        "Record John Wick 5 as in development",
        "Credit Collider as this story's source",
    } <= changes


def test_accepting_writes_sourced_facts_to_the_catalog(draft, editor):
    suggestions.article_suggest(article=draft)
    for kind in ("source", "new_title", "release", "placement"):
        for row in draft.fact_suggestions.filter(kind=kind):
            suggestions.suggestion_accept(suggestion=row, by=editor)
    ballerina = Title.objects.get(name="Ballerina")
    release = Release.objects.get(title=ballerina)
    assert str(release.when) == "June 7, 2024" and release.is_worldwide
    claim = release.claims.get()
    assert claim.article == draft and claim.source.name == "Collider"
    assert "June 7, 2024" in claim.quote
    assert ballerina.relations.get().kind == "spin_off"
    placement = ballerina.placements.get()
    assert (placement.anchor.installment, placement.anchor_end.installment) == (
        "Chapter 3",
        "Chapter 4",
    )
    assert draft in ballerina.articles.all()


def test_rejected_suggestions_are_not_proposed_again(draft, editor):
    suggestions.article_suggest(article=draft)
    status = _one(draft, "status", status="in_development")
    suggestions.suggestion_reject(suggestion=status, by=editor)
    suggestions.article_suggest(article=draft)
    assert draft.fact_suggestions.filter(kind="status", state="pending").count() == 0
    assert draft.fact_suggestions.filter(kind="status", state="rejected").count() == 1


def test_running_again_on_an_edited_article_is_idempotent(draft, editor):
    suggestions.article_suggest(article=draft)
    before = draft.fact_suggestions.count()
    suggestions.article_suggest(article=draft)
    assert draft.fact_suggestions.count() == before
    draft.body = draft.body.replace("And John Wick 5 is back on the table.\n\n", "")
    draft.save()
    suggestions.article_suggest(article=draft)
    assert not draft.fact_suggestions.filter(kind="status").exists()
    assert draft.fact_suggestions.count() == before - 1


def test_an_edited_suggestion_is_accepted_as_edited(draft, editor):
    suggestions.article_suggest(article=draft)
    release = _one(draft, "release")
    with pytest.raises(ValidationError):
        suggestions.suggestion_accept(suggestion=release, by=editor)  # Ballerina is not known
    suggestions.suggestion_accept(suggestion=_one(draft, "new_title"), by=editor)
    suggestions.suggestion_accept(
        suggestion=release, by=editor, edits={"region": "GB", "date": "2024-06-14"}
    )
    saved = Release.objects.get(title__name="Ballerina")
    assert (saved.region, str(saved.when)) == ("GB", "June 14, 2024")


def test_a_bad_edit_is_refused_and_nothing_is_written(draft, editor):
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_accept(suggestion=_one(draft, "new_title"), by=editor)
    release = _one(draft, "release")
    with pytest.raises(ValidationError):
        suggestions.suggestion_accept(suggestion=release, by=editor, edits={"date": "soon"})
    assert not Release.objects.filter(title__name="Ballerina").exists()
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING


def test_a_status_for_an_unknown_title_creates_it(draft, editor):
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_accept(suggestion=_one(draft, "status"), by=editor)
    five = Title.objects.get(name="John Wick 5")
    assert five.status == "in_development"
    assert five.status_history.get().claims.get().article == draft


def test_a_delay_moves_the_release_and_keeps_history(make_article, universe, said_by, day, editor):
    _, chapters = universe
    game = services.title_create(kind="game", name="Ironvale II")
    for platform in ("PC", "PS5"):
        services.release_set(
            title=game,
            medium="platform",
            channel=platform,
            when=day("2027-03-12"),
            evidence=said_by(),
        )
    article = make_article(
        headline="Ironvale II slips",
        body="Hollowforge has pushed Ironvale II from March 12 to May 21.",
        at=timezone.now() - timedelta(days=1),
    )
    article.publish_at = timezone.datetime(2026, 11, 20, tzinfo=timezone.UTC)
    article.save()
    suggestions.article_suggest(article=article)
    suggestions.suggestion_accept(suggestion=_one(article, "release_move"), by=editor)
    for release in game.releases.all():
        assert str(release.when) == "May 21, 2027"
        assert release.history.last().describe() == "delayed from March 12 to May 21, 2027"
