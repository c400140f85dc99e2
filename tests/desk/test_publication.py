"""Nothing public before its time: facts accepted from a story follow the story."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from premiere.catalog import services
from premiere.catalog.models import Release, Title
from premiere.desk import services as suggestions
from premiere.desk.models import FactSuggestion
from premiere.newsroom import services as newsroom

pytestmark = pytest.mark.django_db


@pytest.fixture
def accepted(draft, editor, one):
    """The Ballerina draft with its release, placement and cast accepted."""
    suggestions.article_suggest(article=draft)
    for kind, value in (("release", {}), ("placement", {}), ("credit", {"person": "Ana de Armas"})):
        suggestions.suggestion_accept(suggestion=one(draft, kind, **value), by=editor)
    return draft


def _title_page(client, slug="ballerina"):
    return client.get(reverse("catalog:title", kwargs={"slug": slug}))


def test_facts_from_a_draft_wait_for_the_story(accepted, client, publish):
    assert not Title.objects.filter(name="Ballerina").exists()
    assert _title_page(client).status_code == 404
    assert accepted.fact_suggestions.filter(state="accepted", applied_at__isnull=True).count() >= 3
    publish(accepted)
    page = _title_page(client).content.decode()
    assert "June 7, 2024" in page and "Ana de Armas" in page
    release = Release.objects.get(title__name="Ballerina")
    assert release.claims.get().article == accepted
    # the quote shown is the sentence that says the date
    assert "more specifically on June 7, 2024" in release.claims.get().quote


def test_staff_see_held_facts_marked_on_the_title_page(draft, editor, one, client, make_user):
    ballerina = services.title_create(kind="film", name="Ballerina")
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_accept(suggestion=one(draft, "release"), by=editor)
    assert "June 7, 2024" not in _title_page(client).content.decode()
    client.force_login(editor)
    page = _title_page(client, ballerina.slug).content.decode()
    assert "Pending publication" in page and "June 7, 2024" in page


def test_a_scheduled_story_s_facts_go_public_at_its_time(
    accepted, publish, client, django_capture_on_commit_callbacks
):
    at = timezone.now() + timedelta(hours=2)
    publish(accepted, at=at)
    assert not Release.objects.filter(title__name="Ballerina").exists()
    assert newsroom.articles_go_live_due() == 0
    # its time comes (the row's time is moved, as the clock would)
    type(accepted).objects.filter(pk=accepted.pk).update(
        publish_at=timezone.now() - timedelta(seconds=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert newsroom.articles_go_live_due() == 1
    assert Release.objects.filter(title__name="Ballerina").exists()


def test_taking_a_story_down_takes_its_unconfirmed_facts_back(
    accepted, publish, editor, said_by, day, client
):
    publish(accepted)
    ballerina = Title.objects.get(name="Ballerina")
    # another source confirms the cast, not the date
    ana = ballerina.credits.get(person__name="Ana de Armas")
    services.credit_add(title=ballerina, person=ana.person, role="cast", evidence=said_by())
    newsroom.article_unpublish(article=accepted, by=editor)
    assert not Release.objects.filter(title=ballerina).exists()
    assert not ballerina.placements.exists()
    assert ballerina.credits.filter(person__name="Ana de Armas").exists()
    assert accepted.fact_suggestions.filter(state="accepted", applied_at__isnull=True).exists()
    # out again, the same facts come back once
    publish(accepted)
    assert Release.objects.filter(title=ballerina).count() == 1


def test_the_calendar_and_the_export_wait_for_the_story(draft, editor, one, client, publish):
    services.title_create(kind="film", name="Ballerina")
    draft.body = draft.body.replace("June 7, 2024", "June 7, 2031")
    newsroom.article_save(article=draft, by=editor)
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_accept(suggestion=one(draft, "release"), by=editor)

    def exported():
        out = io.StringIO()
        call_command("catalog", "export", stdout=out)
        return out.getvalue()

    assert "Ballerina" not in client.get(reverse("catalog:calendar")).content.decode()
    assert "2031-06-07" not in exported()
    publish(draft)
    assert "Ballerina" in client.get(reverse("catalog:calendar")).content.decode()
    assert "2031-06-07" in exported()


def test_a_held_fact_that_cannot_be_written_says_why(accepted, publish, one, client, editor):
    accepted.fact_suggestions.filter(kind="placement").update(
        value={
            "placement": "between",
            "anchor": "Gone",
            "anchor_id": 999999,
            "anchor_end": "Also gone",
            "anchor_end_id": 999998,
        }
    )
    publish(accepted)
    row = accepted.fact_suggestions.get(kind="placement")
    assert row.state == FactSuggestion.State.ACCEPTED and row.applied_at is None
    assert "no longer in the catalog" in row.problem
    # The story's form says so too, rather than counting it as waiting for publication.
    client.force_login(editor)
    form = client.get(reverse("admin:newsroom_article_change", args=[accepted.pk]))
    assert "1 accepted but not written" in form.content.decode()
    assert "waiting for publication" not in form.content.decode()
    assert Release.objects.filter(title__name="Ballerina").exists()


@pytest.mark.parametrize("way", ["its delete page", "the list's delete action"])
def test_deleting_a_published_story_in_the_admin_takes_its_facts_with_it(
    accepted, publish, client, editor, way
):
    publish(accepted)
    assert "June 7, 2024" in _title_page(client).content.decode()
    client.force_login(editor)

    if way == "its delete page":
        url, data = reverse("admin:newsroom_article_delete", args=[accepted.pk]), {}
    else:
        url = reverse("admin:newsroom_article_changelist")
        data = {"action": "delete_selected", "_selected_action": [accepted.pk]}
    response = client.post(url, {**data, "post": "yes"})

    assert response.status_code == 302
    assert not type(accepted).objects.filter(pk=accepted.pk).exists()
    # the title it introduced and its facts stood on this story alone: they go with it
    assert _title_page(client).status_code == 404


def test_the_review_page_says_a_live_story_s_facts_are_going_public_until_written(
    accepted, client, editor
):
    """Modelled on a walk-through: just after publishing, the page said "Live: facts you
    accept go public at once" beside decisions still marked "Pending publication"."""
    client.force_login(editor)
    review = reverse("admin:newsroom_article_facts", args=[accepted.pk])
    assert "Pending publication" in client.get(review).content.decode()
    # Out, its facts not yet written (the worker's task waits its turn)
    type(accepted).objects.filter(pk=accepted.pk).update(
        status="published", publish_at=timezone.now() - timedelta(seconds=1)
    )
    page = client.get(review).content.decode()
    assert "Going public" in page and "Pending publication" not in page


def test_a_date_edited_away_before_publication_never_goes_public(
    make_article, editor, one, publish, client
):
    """Modelled on a walk-through: the draft's "14 March" was accepted, the text changed to
    "21 March" and its new card accepted too; published, the title page said "Announced for
    March 14, per Premiere" then "Corrected to March 21", a date the story never printed."""
    services.title_create(kind="film", name="The Weight of Rivers")
    story = make_article(
        publish=False,
        headline="The Weight of Rivers dated",
        body="The Weight of Rivers opens in UK cinemas on 14 March 2027.",
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(suggestion=one(story, "release"), by=editor)
    story.body = story.body.replace("14 March", "21 March")
    story.save()
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(suggestion=one(story, "release", date="2027-03-21"), by=editor)
    publish(story)
    [release] = Release.objects.filter(title__name="The Weight of Rivers")
    assert str(release.when) == "March 21, 2027" and release.history.count() == 1
    stale = one(story, "release", date="2027-03-14")
    assert stale.applied_at is None and "no longer says this" in stale.problem
    page = client.get("/titles/the-weight-of-rivers/").content.decode()
    assert "March 14" not in page


def test_a_fact_the_edited_story_still_states_quotes_its_new_words(
    make_article, editor, one, publish, client
):
    """Modelled on walk-throughs: after a published story's sentence was reworded (its date
    unchanged), the title page still quoted the words it no longer had."""
    services.title_create(kind="film", name="The Weight of Rivers")
    story = make_article(
        publish=False,
        headline="The Weight of Rivers dated",
        body="The Weight of Rivers will open in UK cinemas on 14 March 2027, its studio announced.",
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(suggestion=one(story, "release"), by=editor)
    publish(story)
    # reworded, its verb and how surely it says so too ("announced" is confirmed, not so this)
    story.body = "The Weight of Rivers opens in UK cinemas on 14 March 2027, after a festival run."
    story.save()
    suggestions.article_suggest(article=story)
    page = client.get("/titles/the-weight-of-rivers/").content.decode()
    assert "after a festival run" in page
    assert "its studio announced" not in page
    assert not story.fact_suggestions.filter(kind="release", state="pending").exists()
    # and the card shows the words the story has now
    card = one(story, "release")
    assert card.sentence.endswith("after a festival run.")


def test_a_draft_s_moved_date_corrected_before_publication_is_no_delay(
    make_article, editor, one, publish, client
):
    """Modelled on a browser walk: a draft's move ("sortira finalement le 9 février 2028")
    was accepted with its old date and its release given by the editor; the text put right
    to "16 février", read again, came as a move "none of its releases is on the old date",
    and published the title page said "Delayed from February 9 to February 16, 2028", the
    delay the editor had given lost."""
    story = make_article(
        publish=False,
        headline="The Lantern Keeper moves",
        body="Delayed again, The Lantern Keeper will now open on February 9, 2028 in theaters.",
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(
        suggestion=one(story, "release_move"),
        by=editor,
        edits={"medium": "theatrical", "from": "2027-03-18"},
    )
    story.body = story.body.replace("February 9", "February 16")
    story.save()
    suggestions.article_suggest(article=story)
    again = one(story, "release_move", to="2028-02-16")
    # the new date of the move the editor gave, not a move still to be pinned down
    assert again.change == (
        "Record The Lantern Keeper's theatrical, worldwide date as moved from March 18, 2027 "
        "to February 16, 2028"
    )
    suggestions.suggestion_accept(suggestion=again, by=editor)
    publish(story)
    [release] = Release.objects.filter(title__name="The Lantern Keeper")
    assert [h.describe() for h in release.history.all()] == [
        "announced for March 18, 2027",
        "delayed from March 18, 2027 to February 16, 2028",
    ]
    page = client.get(f"/titles/{release.title.slug}/").content.decode()
    assert "February 9" not in page
