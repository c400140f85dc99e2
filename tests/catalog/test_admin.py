import pytest
from django.urls import reverse

from premiere.catalog import services, suggestions
from premiere.catalog.models import FactSuggestion, Release, Title

pytestmark = pytest.mark.django_db

BODY = (
    "The studio confirmed that Starfall Protocol will be released in theaters worldwide on "
    "July 9, 2027. John Wick 5 is back on the table."
)


@pytest.fixture
def desk(client, make_user):
    client.force_login(make_user("chief", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def story(make_article, said_by):
    services.title_create(kind="film", name="Starfall Protocol")
    return make_article(publish=False, headline="Starfall Protocol is dated", body=BODY)


def test_saving_an_article_proposes_facts_once_it_commits(
    make_article, django_capture_on_commit_callbacks
):
    services.title_create(kind="film", name="Starfall Protocol")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(publish=False, body=BODY)
    assert article.fact_suggestions.filter(kind="release").exists()


def test_the_article_page_of_the_desk_lists_suggested_facts(desk, story):
    suggestions.article_suggest(article=story)
    page = desk.get(reverse("admin:newsroom_article_change", args=[story.pk])).content.decode()
    assert "Suggested facts" in page
    assert "Add a theatrical, worldwide release for Starfall Protocol: July 9, 2027" in page
    assert "Record John Wick 5 as in development" in page


def test_an_editor_accepts_an_edited_fact_and_rejects_another(desk, story):
    suggestions.article_suggest(article=story)
    release = story.fact_suggestions.get(kind="release")
    status = story.fact_suggestions.get(kind="status")
    url = reverse("admin:newsroom_article_suggestion_decide", args=[story.pk, release.pk])
    response = desk.post(
        url,
        {
            "decision": "accept",
            "edit_region": "GB",
            "edit_date": "2027-07-16",
            "edit_medium": "theatrical",
            "edit_channel": "",
            "edit_confidence": "confirmed",
        },
        follow=True,
    )
    assert "Accepted" in response.content.decode()
    saved = Release.objects.get(title__name="Starfall Protocol")
    assert (saved.region, str(saved.when), saved.confidence) == ("GB", "July 16, 2027", "confirmed")
    desk.post(
        reverse("admin:newsroom_article_suggestion_decide", args=[story.pk, status.pk]),
        {"decision": "reject"},
    )
    assert not Title.objects.filter(name="John Wick 5").exists()
    suggestions.article_suggest(article=story)
    assert not story.fact_suggestions.filter(state="pending", kind="status").exists()


def test_a_bad_edit_shows_why_and_keeps_the_suggestion(desk, story):
    suggestions.article_suggest(article=story)
    release = story.fact_suggestions.get(kind="release")
    response = desk.post(
        reverse("admin:newsroom_article_suggestion_decide", args=[story.pk, release.pk]),
        {"decision": "accept", "edit_date": "whenever"},
        follow=True,
    )
    assert "Not accepted" in response.content.decode()
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING


def test_readers_cannot_decide_suggestions(client, make_user, story):
    suggestions.article_suggest(article=story)
    client.force_login(make_user())
    release = story.fact_suggestions.get(kind="release")
    client.post(
        reverse("admin:newsroom_article_suggestion_decide", args=[story.pk, release.pk]),
        {"decision": "accept"},
    )
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING


def test_a_release_added_on_the_desk_needs_evidence(desk, collider):
    title = services.title_create(kind="film", name="Harbor Lights")
    url = reverse("admin:catalog_release_add")
    form = {
        "title": title.pk,
        "region": "WW",
        "medium": "theatrical",
        "channel": "",
        "date": "2027-Q3",
        "confidence": "reported",
        "reason": "",
        "catalog-claim-content_type-object_id-TOTAL_FORMS": 0,
        "catalog-claim-content_type-object_id-INITIAL_FORMS": 0,
    }
    refused = desk.post(url, form)
    assert "Say where this comes from" in refused.content.decode()
    assert not Release.objects.exists()
    desk.post(url, {**form, "evidence_source": collider.pk, "evidence_quote": "due in Q3"})
    release = Release.objects.get()
    assert str(release.when) == "Q3 2027"
    assert release.claims.get().quote == "due in Q3"


def test_changing_a_status_on_the_desk_keeps_history(desk, collider):
    title = services.title_create(kind="film", name="Harbor Lights", status="announced")
    url = reverse("admin:catalog_title_change", args=[title.pk])
    page = desk.get(url)
    form = {k: v for k, v in page.context["adminform"].form.initial.items() if v is not None}
    management = {
        "aliases-TOTAL_FORMS": 0,
        "aliases-INITIAL_FORMS": 0,
        "status_history-TOTAL_FORMS": 0,
        "status_history-INITIAL_FORMS": 0,
        "releases-TOTAL_FORMS": 0,
        "releases-INITIAL_FORMS": 0,
    }
    data = {**form, **management, "status": "filming", "parent": "", "franchise": "", "poster": ""}
    refused = desk.post(url, data)
    assert "Say where this comes from" in refused.content.decode()
    desk.post(url, {**data, "evidence_source": collider.pk})
    title.refresh_from_db()
    assert title.status == "filming"
    change = title.status_history.get()
    assert (change.previous, change.status) == ("announced", "filming")


def test_accepting_needs_catalog_rights_and_only_offered_fields_change(client, make_user, story):
    from django.contrib.auth.models import Permission

    suggestions.article_suggest(article=story)
    writer = make_user("writer", is_staff=True)
    writer.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_article", "view_article"])
    )
    client.force_login(writer)
    release = story.fact_suggestions.get(kind="release")
    url = reverse("admin:newsroom_article_suggestion_decide", args=[story.pk, release.pk])
    assert client.post(url, {"decision": "accept"}).status_code == 403
    assert not Release.objects.exists()

    writer.user_permissions.add(Permission.objects.get(codename="decide_factsuggestion"))
    client.post(
        url,
        {
            "decision": "accept",
            "edit_region": "GB",
            "edit_relation": "remake",
            "edit_title_id": "999",
        },
    )
    saved = Release.objects.get()
    assert (saved.region, saved.title.name) == ("GB", "Starfall Protocol")
