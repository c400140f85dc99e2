import pytest
from django.urls import reverse

from premiere.catalog import services
from premiere.catalog.models import Release

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client, make_user):
    client.force_login(make_user("chief", is_staff=True, is_superuser=True))
    return client


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


def test_the_region_is_picked_from_iso_countries(desk, collider):
    title = services.title_create(kind="film", name="Harbor Lights")
    page = desk.get(reverse("admin:catalog_release_add")).content.decode()
    assert '<option value="GB">United Kingdom</option>' in page
    form = {
        "title": title.pk,
        "region": "UK",
        "medium": "theatrical",
        "channel": "",
        "date": "2027",
        "confidence": "reported",
        "evidence_source": collider.pk,
        "catalog-claim-content_type-object_id-TOTAL_FORMS": 0,
        "catalog-claim-content_type-object_id-INITIAL_FORMS": 0,
    }
    refused = desk.post(reverse("admin:catalog_release_add"), form)
    assert "Select a valid choice" in refused.content.decode()
    assert not Release.objects.exists()


def test_a_draft_cannot_be_cited_as_evidence_on_the_desk(desk, make_article):
    draft = make_article(publish=False, headline="Not out yet")
    live = make_article(headline="Out now")
    page = desk.get(reverse("admin:catalog_release_add")).content.decode()
    assert "Out now" in page and "Not out yet" not in page
    assert draft.pk != live.pk


def test_changing_a_status_on_the_desk_keeps_history(desk, collider):
    title = services.title_create(kind="film", name="Harbor Lights", status="announced")
    url = reverse("admin:catalog_title_change", args=[title.pk])
    page = desk.get(url)
    form = {k: v for k, v in page.context["adminform"].form.initial.items() if v is not None}
    data = {
        **form,
        **_title_management(),
        "status": "filming",
        "parent": "",
        "franchise": "",
        "poster": "",
    }
    refused = desk.post(url, data)
    assert "Say where this comes from" in refused.content.decode()
    desk.post(url, {**data, "evidence_source": collider.pk})
    title.refresh_from_db()
    assert title.status == "filming"
    change = title.status_history.get()
    assert (change.previous, change.status) == ("announced", "filming")


def _title_management():
    return {
        "aliases-TOTAL_FORMS": 0,
        "aliases-INITIAL_FORMS": 0,
        "status_history-TOTAL_FORMS": 0,
        "status_history-INITIAL_FORMS": 0,
        "releases-TOTAL_FORMS": 0,
        "releases-INITIAL_FORMS": 0,
    }
